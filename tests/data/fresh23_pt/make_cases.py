"""fresh23_pt: Portuguese held-out cases (Brazil and Portugal).

Stdlib only, deterministic: `python3 make_cases.py` writes ledger.json, emails/*.eml and
expected.json beside this file.  MIT, like the project; all text written for this project.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANG = "pt"
LO = "LeadsOptima Support <support@leadsoptima.com>"
OWD = "Optima WebDesign <optimawebdesigns12@gmail.com>"
LOB, OWB = "leadsoptima", "optima_webdesign"
M = ("1499.00", "269.82")
Q = ("3999.00", "719.82")
A = ("11988.00", "2157.84")


def cust(email, name, plan, status="active", start=None, end=None, trial_ends=None):
    return {"brand": LOB, "email": email, "name": name, "plan": plan, "status": status,
            "trial_ends": trial_ends, "current_period_start": start, "current_period_end": end}


def lopay(pid, inv, email, plan, money, paid_at, ps, pe, status="paid"):
    return {"brand": LOB, "id": pid, "invoice": inv, "customer_email": email, "kind": "subscription",
            "plan": plan, "amount": money[0], "tax": money[1], "currency": "INR", "paid_at": paid_at,
            "period_start": ps, "period_end": pe, "status": status}


def proj(name, contract, started=None):
    return {"brand": OWB, "name": name, "contract_email": contract, "work_started_at": started}


def owpay(pid, inv, project, kind, amount, tax, paid_at, **kw):
    base = {"brand": OWB, "id": pid, "invoice": inv, "project": project, "kind": kind,
            "amount": amount, "tax": tax, "currency": "INR", "paid_at": paid_at, "status": "paid",
            "setup_fee": None, "service_start": None, "next_billing_at": None,
            "period_start": None, "period_end": None, "milestone_status": None}
    base.update(kw)
    return base


# ---------------------------------------------------------------- ledger
CUSTOMERS = [
    cust("ana.souza@uol.com.br", "Ana Souza", "monthly", start="2025-09-21", end="2025-10-20"),
    cust("rui.almeida@sapo.pt", "Rui Almeida", "monthly", start="2025-09-05", end="2025-10-04"),
    cust("bruno.carvalho@terra.com.br", "Bruno Carvalho", "annual", start="2025-09-26", end="2026-09-25"),
    cust("ines.rodrigues@netcabo.pt", "Inês Rodrigues", "quarterly"),
    cust("thiago.lima@gmail.com", "Thiago Lima", "monthly", start="2025-09-28", end="2025-10-27"),
    cust("joana.ferreira@gmail.com", "Joana Ferreira", "monthly", start="2025-09-02", end="2025-10-01"),
    cust("felipe.rocha@hotmail.com", "Felipe Rocha", "monthly", start="2025-09-12", end="2025-10-11"),
    cust("catarina.pinto@iol.pt", "Catarina Pinto", "quarterly", start="2025-08-10", end="2025-11-09"),
    cust("geral@contabilidadesilva.pt", "Contabilidade Silva, Lda.", "quarterly", start="2025-08-20", end="2025-11-19"),
    cust("marcelo.teixeira@bol.com.br", "Marcelo Teixeira", "annual"),
    cust("juliana.martins@gmail.com", "Juliana Martins", "monthly", status="trial", trial_ends="2025-10-03"),
    cust("leonardo@barbosaimoveis.com.br", "Leonardo Barbosa", "monthly", start="2025-09-14", end="2025-10-13"),
    cust("renato@padariapaodeouro.com.br", "Renato Oliveira", "quarterly", start="2025-07-20", end="2025-10-19"),
    cust("fernanda.alves@yahoo.com.br", "Fernanda Alves", "annual", start="2025-09-20", end="2026-09-19"),
    cust("miguel.sousa@clix.pt", "Miguel Sousa", "monthly", start="2025-09-24", end="2025-10-23"),
    cust("teresa.mendes@gmail.com", "Teresa Mendes", "annual", start="2025-06-01", end="2026-05-31"),
    cust("nuno.costa@sapo.pt", "Nuno Costa", "monthly", start="2025-09-09", end="2025-10-08"),
    cust("financeiro@agenciarumo.com.br", "Agência Rumo", "quarterly", start="2025-07-15", end="2025-10-14"),
    cust("sofia.santos@gmail.com", "Sofia Santos", "monthly", start="2025-09-27", end="2025-10-26"),
    cust("carlos.eduardo.ramos@gmail.com", "Carlos Eduardo Ramos", "monthly", start="2025-09-22", end="2025-10-21"),
    cust("raimundo.nonato@gmail.com", "Raimundo Nonato", "quarterly", start="2025-09-18", end="2025-12-17"),
    cust("patricia.gomes@outlook.com", "Patrícia Gomes", "annual", start="2025-02-10", end="2026-02-09"),
    cust("hugo.marques@gmail.com", "Hugo Marques", "monthly", start="2025-09-28", end="2025-10-27"),
    cust("aline.correia@gmail.com", "Aline Correia", "monthly", status="cancelled", start="2025-08-20", end="2025-09-19"),
    cust("gustavo.henrique@gmail.com", "Gustavo Henrique", "monthly", start="2025-09-29", end="2025-10-28"),
    cust("vasco.pereira@arquitetospereira.pt", "Vasco Pereira", "quarterly", start="2025-08-05", end="2025-11-04"),
    cust("daniela.lopes@gmail.com", "Daniela Lopes", "monthly", start="2025-09-16", end="2025-10-15"),
    cust("roberto.cunha@terra.com.br", "Roberto Cunha", "monthly", start="2025-09-17", end="2025-10-16"),
    cust("helena.moreira@gmail.com", "Helena Moreira", "quarterly", start="2025-09-10", end="2025-12-09"),
    cust("seu.jose.mecanica@gmail.com", "José Ribamar", "annual", start="2025-09-17", end="2026-09-16"),
    cust("antonio.figueiredo@sapo.pt", "António Figueiredo", "monthly", start="2025-09-24", end="2025-10-23"),
    cust("larissa.fonseca@icloud.com", "Larissa Fonseca", "monthly", start="2025-09-19", end="2025-10-18"),
]
LO_PAYMENTS = [
    lopay("pt_lo_101", "LO-INV-33101", "ana.souza@uol.com.br", "monthly", M, "2025-09-21T10:00:00", "2025-09-21", "2025-10-20"),
    lopay("pt_lo_102", "LO-INV-33102", "ana.souza@uol.com.br", "monthly", M, "2025-09-21T10:02:00", "2025-09-21", "2025-10-20"),
    lopay("pt_lo_201", "LO-INV-33201", "rui.almeida@sapo.pt", "monthly", M, "2025-09-05T10:00:00", "2025-09-05", "2025-10-04"),
    lopay("pt_lo_202", "LO-INV-33202", "rui.almeida@sapo.pt", "monthly", M, "2025-09-05T10:01:00", "2025-09-05", "2025-10-04"),
    lopay("pt_lo_301", "LO-INV-33301", "bruno.carvalho@terra.com.br", "annual", A, "2025-09-26T09:00:00", "2025-09-26", "2026-09-25"),
    lopay("pt_lo_302", "LO-INV-33302", "bruno.carvalho@terra.com.br", "annual", A, "2025-09-26T09:01:00", "2025-09-26", "2026-09-25"),
    lopay("pt_lo_303", "LO-INV-33303", "bruno.carvalho@terra.com.br", "annual", A, "2025-09-26T09:03:00", "2025-09-26", "2026-09-25"),
    lopay("pt_lo_401", "LO-INV-33401", "ines.rodrigues@netcabo.pt", "annual", A, "2025-09-25T10:00:00", "2025-09-25", "2026-09-24"),
    lopay("pt_lo_501", "LO-INV-33501", "thiago.lima@gmail.com", "monthly", M, "2025-09-28T10:00:00", "2025-09-28", "2025-10-27"),
    lopay("pt_lo_601", "LO-INV-33601", "joana.ferreira@gmail.com", "monthly", M, "2025-09-02T10:00:00", "2025-09-02", "2025-10-01"),
    lopay("pt_lo_701", "LO-INV-33701", "felipe.rocha@hotmail.com", "monthly", M, "2025-09-12T10:00:00", "2025-09-12", "2025-10-11"),
    lopay("pt_lo_801", "LO-INV-33801", "catarina.pinto@iol.pt", "quarterly", Q, "2025-08-10T10:00:00", "2025-08-10", "2025-11-09"),
    lopay("pt_lo_901", "LO-INV-33901", "geral@contabilidadesilva.pt", "quarterly", Q, "2025-08-20T10:00:00", "2025-08-20", "2025-11-19"),
    # paid_at with an offset: 2025-03-31 19:00 UTC is 2025-04-01 00:30 in Kolkata
    lopay("pt_lo_1001", "LO-INV-34001", "marcelo.teixeira@bol.com.br", "annual", A, "2025-03-31T19:00:00Z", None, None),
    lopay("pt_lo_1201", "LO-INV-34201", "leonardo@barbosaimoveis.com.br", "monthly", M, "2025-09-14T10:00:00", "2025-09-14", "2025-10-13"),
    lopay("pt_lo_1301", "LO-INV-34301", "renato@padariapaodeouro.com.br", "quarterly", Q, "2025-07-20T10:00:00", "2025-07-20", "2025-10-19"),
    lopay("pt_lo_1401", "LO-INV-34401", "fernanda.alves@yahoo.com.br", "annual", A, "2025-09-20T10:00:00", "2025-09-20", "2026-09-19"),
    lopay("pt_lo_1501", "LO-INV-34501", "miguel.sousa@clix.pt", "monthly", M, "2025-09-24T10:00:00", "2025-09-24", "2025-10-23"),
    lopay("pt_lo_1601", "LO-INV-34601", "teresa.mendes@gmail.com", "annual", A, "2025-06-01T10:00:00", "2025-06-01", "2026-05-31"),
    lopay("pt_lo_1701", "LO-INV-34701", "nuno.costa@sapo.pt", "monthly", M, "2025-09-09T10:00:00", "2025-09-09", "2025-10-08"),
    lopay("pt_lo_1801", "LO-INV-34801", "financeiro@agenciarumo.com.br", "quarterly", Q, "2025-07-15T10:00:00", "2025-07-15", "2025-10-14"),
    lopay("pt_lo_1901", "LO-INV-34901", "sofia.santos@gmail.com", "monthly", M, "2025-09-27T10:00:00", "2025-09-27", "2025-10-26"),
    lopay("pt_lo_2001", "LO-INV-35001", "carlos.eduardo.ramos@gmail.com", "monthly", M, "2025-09-22T09:00:00", "2025-09-22", "2025-10-21"),
    lopay("pt_lo_2002", "LO-INV-35002", "carlos.eduardo.ramos@gmail.com", "monthly", M, "2025-09-22T09:03:00", "2025-09-22", "2025-10-21"),
    lopay("pt_lo_2101", "LO-INV-35101", "raimundo.nonato@gmail.com", "quarterly", Q, "2025-09-18T11:00:00", "2025-09-18", "2025-12-17"),
    lopay("pt_lo_2102", "LO-INV-35102", "raimundo.nonato@gmail.com", "quarterly", Q, "2025-09-18T11:02:00", "2025-09-18", "2025-12-17"),
    lopay("pt_lo_2201", "LO-INV-35201", "patricia.gomes@outlook.com", "annual", A, "2025-02-10T10:00:00", "2025-02-10", "2026-02-09"),
    lopay("pt_lo_2301", "LO-INV-35301", "hugo.marques@gmail.com", "monthly", M, "2025-09-28T10:00:00", "2025-09-28", "2025-10-27"),
    lopay("pt_lo_2302", "LO-INV-35302", "hugo.marques@gmail.com", "monthly", M, "2025-09-28T10:01:00", "2025-09-28", "2025-10-27", status="refunded"),
    lopay("pt_lo_2401", "LO-INV-35401", "aline.correia@gmail.com", "monthly", M, "2025-09-20T10:00:00", "2025-09-20", "2025-10-19"),
    lopay("pt_lo_2501", "LO-INV-35501", "gustavo.henrique@gmail.com", "monthly", M, "2025-09-29T08:00:00", "2025-09-29", "2025-10-28"),
    lopay("pt_lo_2502", "LO-INV-35502", "gustavo.henrique@gmail.com", "monthly", M, "2025-09-29T08:02:00", "2025-09-29", "2025-10-28"),
    lopay("pt_lo_2601", "LO-INV-35601", "vasco.pereira@arquitetospereira.pt", "quarterly", Q, "2025-08-05T10:00:00", "2025-08-05", "2025-11-04"),
    lopay("pt_lo_2701", "LO-INV-35701", "daniela.lopes@gmail.com", "monthly", M, "2025-09-16T10:00:00", "2025-09-16", "2025-10-15"),
    lopay("pt_lo_2801", "LO-INV-35801", "roberto.cunha@terra.com.br", "monthly", M, "2025-09-17T10:00:00", "2025-09-17", "2025-10-16"),
    lopay("pt_lo_2901", "LO-INV-35901", "helena.moreira@gmail.com", "quarterly", Q, "2025-09-10T10:00:00", "2025-09-10", "2025-12-09"),
    lopay("pt_lo_3001", "LO-INV-36001", "seu.jose.mecanica@gmail.com", "annual", A, "2025-09-17T10:00:00", "2025-09-17", "2026-09-16"),
    lopay("pt_lo_3101", "LO-INV-36101", "antonio.figueiredo@sapo.pt", "monthly", M, "2025-09-24T10:00:00", "2025-09-24", "2025-10-23"),
    lopay("pt_lo_3102", "LO-INV-36102", "antonio.figueiredo@sapo.pt", "monthly", M, "2025-09-24T10:04:00", "2025-09-24", "2025-10-23"),
    lopay("pt_lo_3201", "LO-INV-36201", "larissa.fonseca@icloud.com", "monthly", M, "2025-09-19T10:00:00", "2025-09-19", "2025-10-18"),
]
PROJECTS = [
    proj("Loja Virtual Empório Mineiro", "contato@emporiomineiro.com.br"),
    proj("Site Quinta do Vale", "geral@quintadovale.pt"),
    proj("Portal Clínica Bem Estar", "adm@clinicabemestar.com.br", "2025-09-24T09:00:00"),
    proj("Estratégia Digital Tasca do Porto", "reservas@tascadoporto.pt"),
    proj("Consultoria UX Fintech Paulista", "produto@fintechpaulista.com.br", "2025-09-10T10:00:00"),
    proj("E-commerce Moda Carioca", "compras@modacarioca.com.br", "2025-07-01T10:00:00"),
    proj("Manutenção Site Farmácia Lusitana", "direcao@farmacialusitana.pt", "2025-05-01T10:00:00"),
    proj("Gestão Redes Sociais Açaí da Barra", "acaidabarra@gmail.com", "2025-04-01T10:00:00"),
    proj("SEO Construtora Horizonte", "marketing@construtorahorizonte.com.br", "2025-06-10T10:00:00"),
    proj("Hosting Hotel Atlântico", "rececao@hotelatlantico.pt"),
    proj("Manutenção Anual Escola Saber", "secretaria@escolasaber.com.br", "2025-09-05T10:00:00"),
    proj("Blog Viagens Pelo Mundo", "contato@viagenspelomundo.com.br", "2025-08-01T10:00:00"),
    proj("Site Restaurante Sabor Alentejano", "saboralentejano@gmail.com", "2025-09-01T10:00:00"),
    proj("Aplicativo Delivery Sul", "ti@deliverysul.com.br", "2025-08-15T10:00:00"),
    proj("Avença Blog Vinhos do Douro", "comercial@vinhosdodouro.pt", "2025-03-01T10:00:00"),
    proj("Site Cooperativa Agrícola do Ribatejo", "direcao@coopribatejo.pt", "2025-07-01T10:00:00"),
    proj("Hosting Escritório Contábil Nunes", "contabil.nunes@gmail.com"),
]
OW_PAYMENTS = [
    owpay("pt_ow_01", "OWD-2025-401", "Loja Virtual Empório Mineiro", "deposit", "40000.00", "7200.00", "2025-09-22T09:00:00"),
    owpay("pt_ow_02", "OWD-2025-402", "Site Quinta do Vale", "deposit", "20000.00", "3600.00", "2025-09-19T16:00:00"),
    owpay("pt_ow_03", "OWD-2025-403", "Portal Clínica Bem Estar", "deposit", "18000.00", "3240.00", "2025-09-23T10:00:00"),
    owpay("pt_ow_04", "OWD-2025-404", "Estratégia Digital Tasca do Porto", "discovery", "12500.00", "2250.00", "2025-09-25T10:00:00"),
    owpay("pt_ow_05", "OWD-2025-405", "Consultoria UX Fintech Paulista", "discovery", "22000.00", "3960.00", "2025-09-03T10:00:00"),
    owpay("pt_ow_11", "OWD-2025-411", "E-commerce Moda Carioca", "milestone", "50000.00", "9000.00", "2025-07-01T10:00:00", milestone_status="completed"),
    owpay("pt_ow_12", "OWD-2025-412", "E-commerce Moda Carioca", "milestone", "30000.00", "5400.00", "2025-08-25T10:00:00", milestone_status="in_progress"),
    owpay("pt_ow_13", "OWD-2025-413", "E-commerce Moda Carioca", "milestone", "26500.00", "4770.00", "2025-09-18T10:00:00", milestone_status="not_started"),
    owpay("pt_ow_21", "OWD-2025-421", "Manutenção Site Farmácia Lusitana", "retainer", "9500.00", "1710.00", "2025-09-12T10:00:00",
          period_start="2025-09-12", period_end="2025-10-11", next_billing_at="2025-10-12T00:00:00"),
    owpay("pt_ow_22", "OWD-2025-422", "Gestão Redes Sociais Açaí da Barra", "retainer", "7000.00", "1260.00", "2025-09-03T10:00:00",
          period_start="2025-09-03", period_end="2025-10-02", next_billing_at="2025-10-03T00:00:00"),
    owpay("pt_ow_23", "OWD-2025-423", "SEO Construtora Horizonte", "retainer", "16000.00", "2880.00", "2025-09-10T10:00:00",
          period_start="2025-09-10", period_end="2025-10-09", next_billing_at="2025-10-10T00:00:00"),
    owpay("pt_ow_24", "OWD-2025-424", "SEO Construtora Horizonte", "retainer", "16000.00", "2880.00", "2025-09-10T10:04:00",
          period_start="2025-10-10", period_end="2025-11-09", next_billing_at="2025-11-10T00:00:00"),
    owpay("pt_ow_31", "OWD-2025-431", "Hosting Hotel Atlântico", "hosting_annual", "10000.00", "1800.00", "2025-09-14T10:00:00",
          setup_fee="1500.00", service_start="2025-09-15"),
    owpay("pt_ow_32", "OWD-2025-432", "Manutenção Anual Escola Saber", "maintenance_annual", "21000.00", "3780.00", "2025-09-04T10:00:00",
          setup_fee="2500.00", service_start="2025-09-05"),
    owpay("pt_ow_41", "OWD-2025-441", "Blog Viagens Pelo Mundo", "third_party", "4200.00", "756.00", "2025-09-21T10:00:00"),
    owpay("pt_ow_42", "OWD-2025-442", "Site Restaurante Sabor Alentejano", "setup", "5000.00", "900.00", "2025-09-18T10:00:00"),
    owpay("pt_ow_51", "OWD-2025-451", "Aplicativo Delivery Sul", "milestone", "35000.00", "6300.00", "2025-09-19T10:00:00", milestone_status="not_started"),
    owpay("pt_ow_52", "OWD-2025-452", "Avença Blog Vinhos do Douro", "retainer", "6000.00", "1080.00", "2025-09-20T10:00:00",
          period_start="2025-09-20", period_end="2025-10-19", next_billing_at="2025-10-20T00:00:00"),
    owpay("pt_ow_53", "OWD-2025-453", "Site Cooperativa Agrícola do Ribatejo", "change_request", "7500.00", "1350.00", "2025-09-15T10:00:00"),
    owpay("pt_ow_54", "OWD-2025-454", "Hosting Escritório Contábil Nunes", "hosting_annual", "12000.00", "2160.00", "2025-09-26T10:00:00",
          setup_fee="600.00", service_start="2025-10-10"),
]

# ---------------------------------------------------------------- emails
CASES: list[dict] = []
TZ = {"BR": -3, "AM": -4, "PT": 1, "AZ": 0}


def when(y, mo, d, h, mi, zone):
    return datetime(y, mo, d, h, mi, tzinfo=timezone(timedelta(hours=TZ[zone])))


def build(cid, i, m, prev_ids):
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = m["frm"]
    msg["To"] = m["to"]
    if m.get("cc"):
        msg["Cc"] = m["cc"]
    msg["Subject"] = m["subj"]
    msg["Date"] = format_datetime(m["date"])
    dom = m["frm"].split("@")[-1].rstrip(">").strip()
    mid = f"<{cid}.{i}.{m['date'].strftime('%Y%m%d%H%M')}@{dom}>"
    msg["Message-ID"] = mid
    if m.get("reply_to"):
        msg["Reply-To"] = m["reply_to"]
    refs = list(prev_ids) + list(m.get("extra_refs", []))
    if refs:
        msg["In-Reply-To"] = refs[-1]
        msg["References"] = " ".join(refs)
    for k, v in m.get("headers", {}).items():
        msg[k] = v
    if m.get("html_only"):
        msg.set_content(m["body"], subtype="html")
    else:
        msg.set_content(m["body"])
        if m.get("html"):
            msg.add_alternative(m["html"], subtype="html")
    return msg, mid


def case(short, brand, status, decisions=(), rules=(), spec="", msgs=(), **extra):
    n = len(CASES) + 1
    cid = f"{LANG}-l{n:02d}-{short}"
    files, ids = [], []
    for i, m in enumerate(msgs):
        msg, mid = build(cid, i, m, ids)
        suffix = "" if len(msgs) == 1 else f"-{i + 1}"
        fname = f"emails/l{n:02d}-{short}{suffix}.eml"
        (HERE / fname).write_bytes(msg.as_bytes())
        files.append(fname)
        ids.append(mid)
    exp = {"id": cid, "lang": LANG, "files": files, "brand": brand, "status": status, "rules": list(rules)}
    if "missing" in extra:
        exp["missing"] = extra.pop("missing")
    exp["decisions"] = [dict(d) for d in decisions]
    exp.update(extra)
    exp["spec"] = spec
    CASES.append(exp)


def ref(outcome, amount=None):
    return {"intent": "refund", "outcome": outcome, "amount": amount}


def can(outcome="cancel", date=None):
    return {"intent": "cancellation", "outcome": outcome, "effective_date": date}


def m(frm, to, subj, date, body, **kw):
    d = {"frm": frm, "to": to, "subj": subj, "date": date, "body": body}
    d.update(kw)
    return d


def write_all():
    (HERE / "emails").mkdir(exist_ok=True)
    for old in (HERE / "emails").glob("*.eml"):
        old.unlink()
    define_cases()
    ledger = {"customers": CUSTOMERS, "projects": PROJECTS, "payments": LO_PAYMENTS + OW_PAYMENTS}
    (HERE / "ledger.json").write_text(json.dumps(ledger, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (HERE / "expected.json").write_text(json.dumps({"cases": CASES}, ensure_ascii=False, indent=1) + "\n",
                                        encoding="utf-8")


def define_cases():
    # ===================================================== LeadsOptima
    case("cobranca-duplicada-br", LOB, "decided", [ref("approve", "1499.00")],
         spec="L2 duplicate + L4: two paid 1499.00 monthly charges 2025-09-21 same period; request 2025-09-23 (day 2); refund the later one, 'LO INV 33102' = LO-INV-33102.",
         msgs=[m("Ana Souza <ana.souza@uol.com.br>", LO, "Cobrança em duplicidade",
                 when(2025, 9, 23, 10, 20, "BR"),
                 "Bom dia, tudo bem?\n\nVi na fatura do cartão que vocês me cobraram duas vezes a mensalidade no "
                 "domingo (21/09), duas compras iguais de R$... na verdade em rúpias, 1.768,82 com imposto. "
                 "A segunda é a fatura LO INV 33102. Meu plano é o mensal e o e-mail de cadastro é este.\n\n"
                 "Podem estornar a cobrança repetida, por favor?\n\nObrigada!\nAna Souza\nBelo Horizonte - MG\n")])

    case("duplicada-fora-prazo-pt", LOB, "decided", [ref("deny")],
         spec="L3: charges 2025-09-05; email 2025-09-13 10:00 +01:00 = 14:30 IST on 09-13, day 8 > 7: deny.",
         msgs=[m("Rui Almeida <rui.almeida@sapo.pt>", LO, "Débito em duplicado",
                 when(2025, 9, 13, 10, 0, "PT"),
                 "Bom dia,\n\nVerifiquei no extrato do Millennium que a mensalidade de dia 5 foi debitada duas "
                 "vezes. A fatura em duplicado é a LO-INV-33202, plano mensal. Agradeço a devolução do valor "
                 "debitado a mais.\n\nCumprimentos,\nRui Almeida\n")])

    case("tres-cobrancas-anual-br", LOB, "decided", [ref("approve", "23976.00")],
         spec="Section 8 three identical charges: 3 x 11988.00 annual 2025-09-26 same period; request 2025-09-27 (day 1); refund 2 x 11988.00 = 23976.00.",
         msgs=[m("Bruno Carvalho <bruno.carvalho@terra.com.br>", LO, "Cobraram o plano anual 3 VEZES",
                 when(2025, 9, 27, 9, 40, "BR"),
                 "Pessoal, bom dia.\n\nAssinei o plano anual ontem e o checkout travou, cliquei de novo e agora "
                 "aparecem TRÊS cobranças iguais de 11.988 + impostos no meu cartão (LO-INV-33301, LO-INV-33302 e "
                 "LO-INV-33303). Claro que eu só queria uma assinatura. Preciso do estorno das duas cobranças a "
                 "mais com urgência, estourou meu limite.\n\nValeu,\nBruno Carvalho\n")])

    case("plano-errado-pt", LOB, "decided", [ref("escalate")],
         spec="L2 billing_error (charged the annual plan, customer is on quarterly) 2025-09-25, request 2025-09-26 (day 1): L5 escalate, no amount.",
         msgs=[m("Inês Rodrigues <ines.rodrigues@netcabo.pt>", LO, "Faturação errada",
                 when(2025, 9, 26, 15, 30, "PT"),
                 "Boa tarde,\n\nTenho o plano trimestral e ontem foi-me cobrado o plano anual (11.988 + IVA), "
                 "fatura LO-INV-33401. Nunca pedi alteração de plano; trata-se de um erro de faturação. "
                 "Peço a devolução desse valor.\n\nCom os melhores cumprimentos,\nInês Rodrigues\n")])

    case("sem-acesso-br", LOB, "decided", [ref("escalate")],
         spec="L2 access_failure; one charge 2025-09-28 (invoice filled from ledger, section 1), request 2025-09-29 (day 1): L6 escalate.",
         msgs=[m("Thiago Lima <thiago.lima@gmail.com>", LO, "nao consigo logar",
                 when(2025, 9, 29, 11, 5, "BR"),
                 "Oi, paguei a mensalidade ontem e desde então não consigo logar, dá erro 500 toda hora. Já "
                 "limpei cache, troquei de navegador, abri chamado no suporte e nada resolvido. Quero meu dinheiro "
                 "de volta.\n\nThiago\n")])

    case("sem-acesso-fora-prazo-pt", LOB, "decided", [ref("deny")],
         spec="L2 access_failure but the only charge was 2025-09-02, request 2025-09-18 (day 16 > 7): L3 deny.",
         msgs=[m("Joana Ferreira <joana.ferreira@gmail.com>", LO, "Reembolso",
                 when(2025, 9, 18, 9, 30, "PT"),
                 "Olá. A plataforma não carrega há mais de uma semana, fica o ecrã em branco. Assim não dá para "
                 "trabalhar. Solicito o reembolso da mensalidade.\n\nJoana Ferreira\n")])

    case("nao-usei-br", LOB, "decided", [ref("deny")],
         spec="L1: 'quase não usei' is not an exception reason; one charge 2025-09-12, invoice filled from ledger: deny, cancellation offered.",
         msgs=[m("Felipe Rocha <felipe.rocha@hotmail.com>", LO, "reembolso",
                 when(2025, 9, 15, 21, 15, "BR"),
                 "boa noite, paguei o mês mas quase não usei, acabei ficando sem tempo pra mexer nos leads. "
                 "da pra devolver o valor? abs\n")])

    case("caro-cancelar-e-reembolso-pt", LOB, "decided", [ref("deny"), can("cancel", "2025-11-09")],
         spec="Refund: 'muito caro' is L1 (and the charge 2025-08-10 is outside L3): deny. Cancellation: L8 current_period_end 2025-11-09.",
         msgs=[m("Catarina Pinto <catarina.pinto@iol.pt>", LO, "Cancelamento e reembolso",
                 when(2025, 9, 19, 18, 0, "PT"),
                 "Boa tarde,\n\nQueria cancelar a minha subscrição trimestral; para uma empresa pequena como a "
                 "minha fica demasiado caro. Gostava também de ser reembolsada do que paguei em agosto, nem que "
                 "seja a parte que falta.\n\nObrigada,\nCatarina\n")])

    case("cancelamento-formal-pt", LOB, "decided", [can("cancel", "2025-11-19")],
         spec="L8: quarterly, current_period_end 2025-11-19: cancel.",
         msgs=[m("Contabilidade Silva <geral@contabilidadesilva.pt>", LO, "Pedido de cancelamento de subscrição",
                 when(2025, 9, 24, 10, 10, "PT"),
                 "Exmos. Senhores,\n\nVimos por este meio solicitar o cancelamento da subscrição trimestral "
                 "associada ao presente endereço, uma vez que deixámos de prestar serviços a novos clientes.\n\n"
                 "Sem outro assunto de momento, subscrevemo-nos com os melhores cumprimentos,\n\n"
                 "Dr. Manuel Silva\nContabilidade Silva, Lda.\nNIF 509 123 456\n\n"
                 "Esta mensagem é confidencial e destina-se exclusivamente ao destinatário. Se a recebeu por "
                 "engano, queira apagá-la e informar o remetente.\n")])

    case("cancelar-anual-sem-periodo-offset", LOB, "decided", [can("cancel", "2026-03-31")],
         spec="L8 fallback (no current_period_end): last charge 2025-03-31T19:00Z = 2025-04-01 00:30 Kolkata; annual: 2025-04-01 + 12 months - 1 day = 2026-03-31.",
         msgs=[m("Marcelo Teixeira <marcelo.teixeira@bol.com.br>", LO, "Cancelar assinatura",
                 when(2025, 9, 22, 14, 0, "BR"),
                 "Olá, quero cancelar minha assinatura anual, não quero que renove. Vou migrar pra outra "
                 "ferramenta que já vem com o ERP da empresa.\n\nMarcelo\n")])

    case("teste-gratis-reembolso-br", LOB, "decided", [ref("deny")],
         spec="L7: account on a free trial (status trial, no charges in the ledger): deny, nothing to refund (docs/ledger.md: status trial with trial_ends gives L7; the invoice requirement of section 3 exists to identify a charge, and a trial account has none to identify, so it is not asked for).",
         msgs=[m("Juliana Martins <juliana.martins@gmail.com>", LO, "Reembolso",
                 when(2025, 9, 27, 16, 45, "BR"),
                 "Oi! Tô no período de teste e sinceramente não gostei, achei bem confuso. Quero o reembolso.\n\n"
                 "Juliana\n")])

    case("gmail-outro-cadastro-c2", LOB, "need_info", rules=["C2"],
         spec="C2: sender leo.barbosa85@gmail.com names registered leonardo@barbosaimoveis.com.br: ask to write from it, nothing about the account.",
         msgs=[m("Leo Barbosa <leo.barbosa85@gmail.com>", LO, "Cancelamento",
                 when(2025, 9, 23, 19, 30, "BR"),
                 "Boa noite, tô mandando do meu e-mail pessoal. Quero cancelar a assinatura mensal que está no "
                 "e-mail leonardo@barbosaimoveis.com.br, a imobiliária vai fechar.\n\nLeonardo Barbosa\n")])

    case("encaminhado-gmail-c2", LOB, "need_info", rules=["C2"],
         spec="Section 8 forwards + C2: Gmail forward by the finance address; the forwarded request is for registered renato@padariapaodeouro.com.br, not the sender.",
         msgs=[m("Financeiro Padaria Pão de Ouro <financeiro@padariapaodeouro.com.br>", LO,
                 "Fwd: cancelar leadsoptima", when(2025, 9, 25, 14, 20, "BR"),
                 "Segue pedido do Renato, favor providenciar.\n\n"
                 "---------- Mensagem encaminhada ---------\n"
                 "De: Renato Oliveira <renato@padariapaodeouro.com.br>\n"
                 "Data: qui., 25 de set. de 2025 às 09:12\n"
                 "Assunto: cancelar leadsoptima\n"
                 "Para: Financeiro Padaria Pão de Ouro <financeiro@padariapaodeouro.com.br>\n\n"
                 "Kátia, manda um e-mail pra LeadsOptima cancelando o plano trimestral da conta "
                 "renato@padariapaodeouro.com.br. Não está trazendo cliente nenhum.\n\nRenato\n")])

    case("chargeback-procon-cancelar-br", LOB, "decided", [ref("escalate"), can("escalate")], rules=["C4"],
         spec="C4 covers the whole case: 'chargeback' + Procon escalates both the refund and the cancellation (section 8).",
         msgs=[m("Fernanda Alves <fernanda.alves@yahoo.com.br>", LO, "CANCELAMENTO + ESTORNO",
                 when(2025, 9, 23, 22, 10, "BR"),
                 "É a terceira vez que escrevo!!! Quero CANCELAR o plano anual e o estorno dos 11.988 cobrados dia "
                 "20. O sistema não faz metade do que o vendedor prometeu.\n\nSe até sexta não resolverem vou "
                 "pedir chargeback no cartão e abrir reclamação no Procon e no Reclame Aqui.\n\nFernanda Alves\n")])

    case("advogado-deco-pt", LOB, "decided", [ref("escalate")], rules=["C4"],
         spec="C4: 'o meu advogado' + DECO (consumer protection): escalate, whatever L5 would say.",
         msgs=[m("Miguel Sousa <miguel.sousa@clix.pt>", LO, "Valor cobrado incorreto - LO-INV-34501",
                 when(2025, 9, 25, 11, 0, "PT"),
                 "Exmos. Senhores,\n\nFoi-me cobrado um valor superior ao contratado na fatura LO-INV-34501. "
                 "Exijo a devolução imediata. Já expus a situação ao meu advogado e, na ausência de resposta, "
                 "apresentarei queixa na DECO e no Livro de Reclamações.\n\nMiguel Sousa\n")])

    case("nao-quero-reembolso-pt", LOB, "decided", [can("cancel", "2026-05-31")],
         spec="Section 8 negation: 'não pretendo qualquer reembolso' adds no refund intent; L8 cancel at current_period_end 2026-05-31.",
         msgs=[m("Teresa Mendes <teresa.mendes@gmail.com>", LO, "Não renovar",
                 when(2025, 9, 28, 17, 20, "PT"),
                 "Boa tarde,\n\nEsclareço desde já que não pretendo qualquer reembolso. Apenas quero cancelar a "
                 "subscrição anual para que não seja renovada em junho. Vou fechar a loja.\n\n"
                 "Obrigada,\nTeresa Mendes\n")])

    case("duvida-antes-de-assinar-br", LOB, "other",
         spec="Section 8 hypothetical: 'se eu assinar... vocês devolvem?' before buying is a policy question: other.",
         msgs=[m("Loja da Marta <contato@lojadamarta.com.br>", LO, "Dúvida sobre reembolso",
                 when(2025, 9, 24, 15, 0, "BR"),
                 "Olá! Estou pensando em assinar o plano trimestral. Se eu assinar e não gostar no primeiro mês, "
                 "vocês devolvem o dinheiro? Tem período de teste?\n\nBeijos,\nMarta\n")])

    case("obrigado-reembolso-pt", LOB, "other",
         spec="A thank-you for a refund already received asks for nothing: other.",
         msgs=[m("Nuno Costa <nuno.costa@sapo.pt>", LO, "Re: Reembolso aprovado [LO-5120]",
                 when(2025, 9, 30, 9, 15, "PT"),
                 "Bom dia,\n\nSó para agradecer: o reembolso já apareceu na conta. Cinco estrelas.\n\nNuno\n\n"
                 "No dia seg., 22/09/2025 às 10:02, LeadsOptima Support <support@leadsoptima.com> escreveu:\n"
                 "> Olá Nuno, aprovámos o reembolso do débito duplicado...\n",
                 extra_refs=["<lo-5120.reply@leadsoptima.com>"])])

    case("nota-fiscal-cnpj-br", LOB, "other",
         spec="Invoice question (nota fiscal with CNPJ) that asks for no refund or cancellation: other.",
         msgs=[m("Financeiro Agência Rumo <financeiro@agenciarumo.com.br>", LO, "Nota fiscal julho",
                 when(2025, 9, 23, 10, 0, "BR"),
                 "Bom dia,\n\nPrecisamos da nota fiscal referente à fatura LO-INV-34801 com o CNPJ da agência "
                 "(12.345.678/0001-90) para fechar o mês. Conseguem reenviar?\n\nAtt,\nDébora\nFinanceiro - Agência Rumo\n")])

    case("sem-motivo-assinatura-pt", LOB, "need_info", missing=["reason"],
         spec="LO refund needs a reason (section 3); the greeting, restated request and signature/disclaimer are not reasons (section 8). Plan and invoice come from the ledger (one charge).",
         msgs=[m("Sofia Santos <sofia.santos@gmail.com>", LO, "Pedido de reembolso",
                 when(2025, 9, 28, 12, 0, "PT"),
                 "Boa tarde,\n\nVenho por este meio solicitar o reembolso do último pagamento efetuado.\n\n"
                 "Fico a aguardar o vosso contacto.\n\nCom os melhores cumprimentos,\nSofia Santos\n"
                 "Tlm. 912 345 678\n\n"
                 "Antes de imprimir este e-mail pense bem se tem mesmo de o fazer.\n")])

    case("fio-responde-motivo-br", LOB, "decided", [ref("approve", "1499.00")],
         spec="C3 thread: first mail names LO-INV-35002 without a reason; the answer ('cobrou duas vezes') is merged; two paid 1499.00 charges 2025-09-22 same period; request time 2025-09-23 (day 1): L4 approve 1499.00.",
         msgs=[m("Carlos Eduardo Ramos <carlos.eduardo.ramos@gmail.com>", LO, "Estorno fatura LO-INV-35002",
                 when(2025, 9, 23, 9, 0, "BR"),
                 "Bom dia, solicito o estorno da fatura LO-INV-35002 do plano mensal. Obrigado.\n\nCarlos Eduardo\n"),
               m("Carlos Eduardo Ramos <carlos.eduardo.ramos@gmail.com>", LO, "Re: Estorno fatura LO-INV-35002 [LO-5207]",
                 when(2025, 9, 24, 8, 30, "BR"),
                 "O motivo é que o sistema me cobrou duas vezes no mesmo dia, a LO-INV-35001 e a LO-INV-35002, "
                 "pelo mesmo mês. Quero o estorno da segunda.\n\nCarlos\n\n"
                 "Em ter., 23 de set. de 2025 às 12:41, LeadsOptima Support <support@leadsoptima.com> escreveu:\n"
                 "> Olá Carlos, para analisarmos o pedido precisamos do motivo do reembolso.\n"
                 "> Referência: [LO-5207]\n",
                 extra_refs=["<lo-5207.reply@leadsoptima.com>"])])

    case("duplicada-dia7-manaus", LOB, "decided", [ref("approve", "3999.00")],
         spec="L3 day 7 inside: charges 2025-09-18 11:00 IST; email 2025-09-25 08:00 -04:00 = 17:30 IST on 09-25 (day 7): L4 approve 3999.00.",
         msgs=[m("Raimundo Nonato <raimundo.nonato@gmail.com>", LO, "cobrança dobrada do trimestral",
                 when(2025, 9, 25, 8, 0, "AM"),
                 "Bom dia. Só agora vi no aplicativo do banco que fui cobrado em dobro do plano trimestral no dia "
                 "18, duas cobranças iguais de 3.999. A repetida é a LO-INV-35102. Peço a devolução.\n\n"
                 "Raimundo Nonato\nManaus-AM\n")])

    case("html-cancelar-anual-br", LOB, "decided", [can("cancel", "2026-02-09")],
         spec="HTML-only webmail; L8: annual, current_period_end 2026-02-09: cancel.",
         msgs=[m("Patrícia Gomes <patricia.gomes@outlook.com>", LO, "Cancelamento da assinatura",
                 when(2025, 9, 20, 11, 50, "BR"), html_only=True,
                 body="<html><body><div dir=\"ltr\">Olá,<br><br>Gostaria de <b>cancelar</b> minha assinatura "
                      "anual. A empresa foi vendida e o novo dono usa outro sistema.<br><br>Att,<br>Patrícia Gomes"
                      "<br><br><i>Enviado do <a href=\"https://outlook.live.com\">Outlook</a></i></div></body></html>")])

    case("segunda-cobranca-ja-estornada-pt", LOB, "decided", [ref("escalate")],
         spec="Duplicate claimed but LO-INV-35302 has status refunded: no two paid charges (L4) and section 8 'payments not paid': escalate.",
         msgs=[m("Hugo Marques <hugo.marques@gmail.com>", LO, "Débito duplicado dia 28",
                 when(2025, 9, 29, 9, 45, "PT"),
                 "Olá, no domingo a mensalidade foi debitada duas vezes; a segunda é a LO-INV-35302. Plano mensal. "
                 "Podem devolver?\n\nHugo\n")])

    case("cobrado-apos-cancelar-br", LOB, "decided", [ref("escalate")],
         spec="L2 billing_error 'cobraram depois que cancelei'; only charge 2025-09-20 (invoice filled), request 2025-09-22 (day 2): L5 escalate.",
         msgs=[m("Aline Correia <aline.correia@gmail.com>", LO, "cobrança depois do cancelamento",
                 when(2025, 9, 22, 10, 30, "BR"),
                 "Olá! Cancelei a assinatura em agosto pelo Billing e mesmo assim dia 20 me cobraram de novo a "
                 "mensalidade. Me cobraram depois que cancelei, isso não pode. Quero o estorno.\n\nAline\n")])

    case("portunhol-ingles-double-charge-br", LOB, "decided", [ref("approve", "1499.00")],
         spec="Code-switching; L4: two paid 1499.00 charges 2025-09-29 08:00 IST; email 2025-09-29 20:30 -03:00 = 09-30 05:00 IST (day 1): approve 1499.00.",
         msgs=[m("Gustavo Henrique <gustavo.henrique@gmail.com>", LO, "double charge no cartão",
                 when(2025, 9, 29, 20, 30, "BR"),
                 "fala galera, rolou um double charge aqui, o monthly plan veio 2x na fatura do nubank. the "
                 "second one is LO-INV-35502. faz o refund dessa pfv, tks!\n\nGustavo\nEnviado do meu iPhone\n")])

    case("reply-to-nao-verifica-pt", LOB, "need_info", rules=["C2"],
         spec="Section 8: the sender is the From address; Reply-To (the registered address) never verifies anyone: C2.",
         msgs=[m("Vasco Pereira <vasco.pereira.pessoal@gmail.com>", LO, "Cancelar subscrição",
                 when(2025, 9, 22, 20, 10, "PT"),
                 "Boa noite, queria cancelar a subscrição trimestral do atelier. Respondam por favor para o "
                 "e-mail do atelier, que é o registado.\n\nVasco Pereira\nPereira Arquitetos\n",
                 reply_to="vasco.pereira@arquitetospereira.pt")])

    case("endereco-com-tag-br", LOB, "need_info", rules=["C2"],
         spec="Section 8: daniela.lopes+leads@gmail.com is another address than the registered daniela.lopes@gmail.com: C2.",
         msgs=[m("Daniela Lopes <daniela.lopes+leads@gmail.com>", LO, "cancelar",
                 when(2025, 9, 26, 13, 40, "BR"),
                 "Oi, quero cancelar o plano mensal, não estou usando. Obrigada\nDani\n")])

    case("maiusculas-cancelar-br", LOB, "decided", [can("cancel", "2025-10-16")],
         spec="Section 8: addresses compare case-insensitively (ROBERTO.CUNHA@TERRA.COM.BR is the registered one); L8 cancel at 2025-10-16.",
         msgs=[m("ROBERTO CUNHA <ROBERTO.CUNHA@TERRA.COM.BR>", LO, "CANCELAMENTO",
                 when(2025, 9, 21, 8, 30, "BR"),
                 "BOM DIA FAVOR CANCELAR MEU PLANO MENSAL POIS VOU ME APOSENTAR E FECHAR A OFICINA\n"
                 "GRATO\nROBERTO CUNHA\n")])

    case("reembolso-antigo-cancelar-agora-pt", LOB, "decided", [can("cancel", "2025-12-09")],
         spec="Past event: a refund received last year is history, not a request; the request is a cancellation: L8 cancel at 2025-12-09.",
         msgs=[m("Helena Moreira <helena.moreira@gmail.com>", LO, "Cancelamento",
                 when(2025, 9, 30, 15, 40, "PT"),
                 "Olá, no ano passado tive um problema com um débito e foram impecáveis, devolveram-me o valor "
                 "logo. Agora escrevo porque quero cancelar a subscrição trimestral: vou passar a trabalhar com "
                 "uma agência.\n\nHelena Moreira\n")])

    case("ditado-sem-pontuacao-br", LOB, "decided", [ref("deny"), can("cancel", "2026-09-16")],
         spec="Dictated mail; refund reason 'meu filho assinou / não preciso' is L1 (changed mind): deny; cancel L8 at current_period_end 2026-09-16.",
         msgs=[m("Seu José Mecânica <seu.jose.mecanica@gmail.com>", LO, "cancelar",
                 when(2025, 9, 22, 7, 40, "BR"),
                 "bom dia aqui é o josé da mecânica meu filho assinou esse plano anual sem me falar e eu não "
                 "preciso disso pra nada então quero cancelar e quero meu dinheiro de volta do ano todo por favor "
                 "obrigado\n\nEnviado do meu Android\n")])

    case("valor-por-extenso-pt", LOB, "decided", [ref("approve", "1499.00")],
         spec="Amounts in words (section 8); L4: two paid 1499.00 charges 2025-09-24 same period; request 2025-09-25 (day 1); duplicate LO-INV-36102: approve 1499.00.",
         msgs=[m("António Figueiredo <antonio.figueiredo@sapo.pt>", LO, "Pagamento em duplicado",
                 when(2025, 9, 25, 16, 5, "PT"),
                 "Exmos. Senhores,\n\nNo dia vinte e quatro foi-me debitada duas vezes a quantia de mil "
                 "quatrocentas e noventa e nove rupias, acrescida de IVA, relativa ao plano mensal. A segunda "
                 "fatura tem o número LO/INV/36102. Solicito a devolução do pagamento em duplicado.\n\n"
                 "Atenciosamente,\nAntónio Figueiredo\nCoimbra\n")])

    case("resposta-topo-iphone-cancelar-br", LOB, "decided", [can("cancel", "2025-10-18")],
         spec="Top-posted Apple Mail reply with quoted history; the new text asks to cancel: L8 cancel at current_period_end 2025-10-18.",
         msgs=[m("Larissa Fonseca <larissa.fonseca@icloud.com>", LO, "Re: Bem-vinda à LeadsOptima!",
                 when(2025, 9, 26, 18, 5, "BR"),
                 "Oi, aproveitando esse e-mail: quero cancelar minha assinatura mensal, consegui um emprego CLT "
                 "e vou fechar o MEI.\n\nLarissa\n\nEnviado do meu iPhone\n\n"
                 "> Em 19 de set. de 2025, à(s) 10:14, LeadsOptima Support <support@leadsoptima.com> escreveu:\n>\n"
                 "> Olá Larissa, seja bem-vinda! Seu plano mensal já está ativo.\n"
                 "> Para cancelar a qualquer momento, acesse Billing > Cancel Plan.\n",
                 extra_refs=["<welcome.5100@leadsoptima.com>"])])

    # ===================================================== Optima WebDesign
    case("sinal-dentro-72h-br", OWB, "decided", [ref("approve", "40000.00")], extra_ok=True,
         spec="O2: deposit 40000.00 + 7200.00 tax paid 2025-09-22 09:00 IST, no work; email 2025-09-23 14:00 -03:00 = 22:30 IST (37.5 h): approve 40000.00 (tax kept, C6).",
         msgs=[m("Empório Mineiro <contato@emporiomineiro.com.br>", OWD, "Refund Request — Loja Virtual Empório Mineiro / OWD-2025-401",
                 when(2025, 9, 23, 14, 0, "BR"),
                 "Boa tarde,\n\nPagamos ontem o sinal da Loja Virtual Empório Mineiro (OWD-2025-401). Hoje de "
                 "manhã fomos avisados que o investidor desistiu, então não temos como seguir com o projeto agora. "
                 "Solicitamos o reembolso do sinal; até onde sei vocês ainda não começaram nada.\n\n"
                 "Atenciosamente,\nGeraldo Mendes\nEmpório Mineiro\n")])

    case("sinal-72h-exatas-pt", OWB, "decided", [ref("deny")],
         spec="Section 8 exactly 72 h: deposit paid 2025-09-19 16:00 IST; email 2025-09-22 11:30 +01:00 = 16:00 IST, exactly 72 h: O2 deny.",
         msgs=[m("Quinta do Vale <geral@quintadovale.pt>", OWD, "Devolução do sinal - Site Quinta do Vale",
                 when(2025, 9, 22, 11, 30, "PT"),
                 "Bom dia,\n\nSolicitamos a devolução do sinal do Site Quinta do Vale, fatura OWD-2025-402. "
                 "A família decidiu vender a quinta e o site deixou de fazer sentido.\n\nCumprimentos,\n"
                 "Maria do Carmo Vale\n")])

    case("sinal-trabalho-iniciado-br", OWB, "decided", [ref("deny")],
         spec="O2: deposit paid 2025-09-23 10:00 IST; work started 2025-09-24 09:00 IST, before the request (2025-09-24 15:00 -03:00 = 23:30 IST, 37.5 h): whichever first: deny.",
         msgs=[m("Adm Clínica Bem Estar <adm@clinicabemestar.com.br>", OWD, "reembolso sinal portal",
                 when(2025, 9, 24, 15, 0, "BR"),
                 "Boa tarde, queremos o reembolso do sinal do Portal Clínica Bem Estar (OWD-2025-403). Os sócios "
                 "decidiram usar a plataforma do convênio.\n\nAtt\nDra. Camila Prado\n")])

    case("discovery-sem-sessao-pt", OWB, "decided", [ref("approve", "12500.00")],
         spec="O1: discovery 12500.00 paid 2025-09-25, no session started (work_started_at empty): approve 12500.00.",
         msgs=[m("Tasca do Porto <reservas@tascadoporto.pt>", OWD, "Devolução - Estratégia Digital Tasca do Porto",
                 when(2025, 9, 27, 12, 30, "PT"),
                 "Olá a todos,\n\nPagámos a sessão de estratégia (fatura OWD-2025-404), mas o senhorio não nos "
                 "renovou o contrato e vamos fechar a tasca no fim do ano. Ainda não marcámos nenhuma sessão. "
                 "Podem devolver o valor?\n\nUm abraço,\nZé Manel\n")])

    case("discovery-ja-iniciado-br", OWB, "decided", [ref("deny")],
         spec="O1: discovery sessions started 2025-09-10, request 2025-09-21: deny.",
         msgs=[m("Produto Fintech Paulista <produto@fintechpaulista.com.br>", OWD, "Pedido de reembolso consultoria UX",
                 when(2025, 9, 21, 10, 0, "BR"),
                 "Olá, fizemos os dois primeiros workshops da Consultoria UX Fintech Paulista, mas o board achou o "
                 "resultado raso. Pedimos o reembolso da fatura OWD-2025-405.\n\nAbs,\nRafael Nakamura\nHead de Produto\n")])

    case("marco-nao-iniciado-br", OWB, "decided", [ref("approve", "26500.00")], extra_ok=True,
         spec="O3: milestone OWD-2025-413 not_started: approve its amount 26500.00 (tax 4770.00 kept, C6).",
         msgs=[m("Compras Moda Carioca <compras@modacarioca.com.br>", OWD, "Reembolso etapa 3 - E-commerce Moda Carioca",
                 when(2025, 9, 27, 11, 0, "BR"),
                 "Oi, pessoal!\n\nDecidimos não fazer a integração com marketplaces (etapa 3, fatura "
                 "owd 2025 413), porque a gente vai focar só na loja própria. Como essa etapa nem começou, "
                 "pedimos o reembolso dela.\n\nBeijo,\nBianca Duarte\nCompras\n")])

    case("marco-em-andamento-br", OWB, "decided", [ref("escalate")],
         spec="O3: milestone OWD-2025-412 in_progress: escalate (billable value of work not started), no amount.",
         msgs=[m("Compras Moda Carioca <compras@modacarioca.com.br>", OWD, "Devolução parcial etapa 2",
                 when(2025, 9, 29, 16, 0, "BR"),
                 "Oi! Sobre a etapa 2 (OWD-2025-412, cadastro do catálogo): cortamos metade das coleções, então "
                 "queremos de volta a parte da etapa que não vai mais ser feita.\n\nBianca\n")])

    case("marco-concluido-br", OWB, "decided", [ref("deny")],
         spec="O3/O6: milestone OWD-2025-411 completed: deny (completed deliverables are non-refundable).",
         msgs=[m("Compras Moda Carioca <compras@modacarioca.com.br>", OWD, "Etapa 1",
                 when(2025, 9, 30, 10, 20, "BR"),
                 "Bom dia, o layout da loja (etapa 1, OWD-2025-411) foi entregue em julho mas a nova diretora de "
                 "marca odiou. Queremos o reembolso dessa etapa.\n\nBianca Duarte\n")])

    case("avenca-aviso-suficiente-pt", OWB, "decided", [can("cancel", "2025-10-11")],
         spec="O4/O8: next_billing_at 2025-10-12; request 2025-09-30 <= 2025-10-05 (7 days' notice): cancel, effective 2025-10-11.",
         msgs=[m("Direção Farmácia Lusitana <direcao@farmacialusitana.pt>", OWD,
                 "Cessação da avença - Manutenção Site Farmácia Lusitana", when(2025, 9, 30, 10, 0, "PT"),
                 "Exmos. Senhores,\n\nComunicamos que não pretendemos renovar a avença mensal de manutenção do site "
                 "(última fatura OWD-2025-421), dado que a farmácia passou a integrar um grupo com departamento "
                 "informático próprio.\n\nCom os melhores cumprimentos,\nDra. Filipa Lopes\nDiretora Técnica\n")])

    case("retainer-pouco-aviso-br", OWB, "decided", [can("cancel", "2025-11-02")],
         spec="O4: next_billing_at 2025-10-03; email 2025-09-29 18:30 -03:00 = 2025-09-30 03:00 IST > 2025-09-26 (less than 7 days): next cycle 2025-10-03..2025-11-02 billed, effective 2025-11-02.",
         msgs=[m("Açaí da Barra <acaidabarra@gmail.com>", OWD, "Cancelar gestão de redes",
                 when(2025, 9, 29, 18, 30, "BR"),
                 "Boa noite! Quero cancelar a Gestão Redes Sociais Açaí da Barra (fatura OWD-2025-422). A loja não "
                 "está dando o retorno esperado e preciso cortar custos.\n\nValeu,\nDiego\n")])

    case("retainer-pago-adiantado-br", OWB, "decided", [can("escalate")],
         spec="Section 8 retainer paid in advance: the next cycle (2025-10-10..11-09, OWD-2025-424) is paid and the notice (2025-09-24 <= 2025-10-03) is >= 7 days: escalate.",
         msgs=[m("Marketing Construtora Horizonte <marketing@construtorahorizonte.com.br>", OWD,
                 "Encerramento SEO Construtora Horizonte", when(2025, 9, 24, 9, 15, "BR"),
                 "Bom dia,\n\nVamos encerrar o contrato de SEO Construtora Horizonte, pois internalizamos o "
                 "marketing digital. Lembro que o ciclo de outubro já foi pago antecipadamente (OWD-2025-424).\n\n"
                 "Atenciosamente,\nLuciana Reis\nCoordenadora de Marketing\n")])

    case("alojamento-anual-arredondamento-pt", OWB, "decided", [ref("approve", "7791.67")], extra_ok=True,
         spec="O5 + C6: hosting 10000.00 incl. setup 1500.00, start 2025-09-15, request 2025-09-20 (day 5): 8500/12 = 708.333...; 10000-1500-708.333... = 7791.666... -> 7791.67 (rounded once, half-up).",
         msgs=[m("Receção Hotel Atlântico <rececao@hotelatlantico.pt>", OWD, "Cancelamento do alojamento anual",
                 when(2025, 9, 20, 17, 0, "PT"),
                 "Boa tarde,\n\nContratámos o alojamento anual (Hosting Hotel Atlântico, fatura OWD-2025-431), mas "
                 "a cadeia hoteleira que nos comprou exige que o site passe para os servidores do grupo. Pedimos o "
                 "cancelamento e o reembolso proporcional previsto para os primeiros 14 dias.\n\n"
                 "Cumprimentos,\nRicardo Faria\nDiretor\n")])

    case("manutencao-anual-tarde-br", OWB, "decided", [ref("deny")], extra_ok=True,
         spec="O5: maintenance_annual started 2025-09-05, request 2025-09-26 (21 days > 14): deny.",
         msgs=[m("Secretaria Escola Saber <secretaria@escolasaber.com.br>", OWD, "Reembolso manutenção anual",
                 when(2025, 9, 26, 14, 0, "BR"),
                 "Prezados,\n\nSolicitamos o reembolso proporcional do plano de manutenção anual (Manutenção Anual "
                 "Escola Saber, OWD-2025-432), tendo em vista que a mantenedora cortou o orçamento de TI.\n\n"
                 "Atenciosamente,\nProf.ª Sandra Melo\n")])

    case("licenca-tema-terceiros-br", OWB, "decided", [ref("deny")],
         spec="O6: third_party (premium theme + plugin licences, OWD-2025-441): never refundable: deny.",
         msgs=[m("Viagens Pelo Mundo <contato@viagenspelomundo.com.br>", OWD, "licença do tema",
                 when(2025, 9, 23, 20, 0, "BR"),
                 "Oi, vocês cobraram a licença do tema premium e dos plugins do Blog Viagens Pelo Mundo "
                 "(OWD-2025-441), mas eu acabei usando um tema gratuito. Quero o dinheiro de volta.\n\nPaula\n")])

    case("taxa-ativacao-pt", OWB, "decided", [ref("deny")],
         spec="O6: setup/activation fee (OWD-2025-442) is never refundable: deny.",
         msgs=[m("Sabor Alentejano <saboralentejano@gmail.com>", OWD, "Taxa de ativação",
                 when(2025, 9, 24, 15, 30, "PT"),
                 "Boa tarde, paguei a taxa de ativação do Site Restaurante Sabor Alentejano (OWD-2025-442) mas "
                 "afinal o meu sobrinho vai fazer o site. Queria que me devolvessem essa taxa.\n\n"
                 "Joaquim Serrano\n")])

    case("email-pessoal-c2-owd", OWB, "need_info", rules=["C2"],
         spec="C2 (explicit for Optima): request for Loja Virtual Empório Mineiro from a personal gmail, not the contract email contato@emporiomineiro.com.br.",
         msgs=[m("Geraldo Mendes <geraldo.mendes.bh@gmail.com>", OWD, "reembolso sinal loja virtual",
                 when(2025, 9, 23, 12, 0, "BR"),
                 "Oi, estou mandando do meu e-mail pessoal. Queremos o reembolso do sinal da Loja Virtual Empório "
                 "Mineiro (OWD-2025-401); o investidor desistiu.\n\nGeraldo\n")])

    case("chargeback-marco-br", OWB, "decided", [ref("escalate")], rules=["C4"],
         spec="C4: 'chargeback no cartão' threat: escalate, although the milestone is not_started (O3 would approve).",
         msgs=[m("TI Delivery Sul <ti@deliverysul.com.br>", OWD, "Aplicativo Delivery Sul - reembolso etapa",
                 when(2025, 9, 28, 11, 20, "BR"),
                 "Pessoal, quero o reembolso da etapa OWD-2025-451 do Aplicativo Delivery Sul, o projeto foi "
                 "cancelado pela diretoria. Se não tiver retorno até quarta vou fazer o chargeback no cartão "
                 "corporativo.\n\nMarcos Vieira\nTI\n")])

    case("cancelar-avenca-sem-motivo-pt", OWB, "need_info", missing=["reason"],
         spec="Section 8: Optima requires a reason for cancellations too; project and invoice given from the contract email; courtesy lines are no reason.",
         msgs=[m("Comercial Vinhos do Douro <comercial@vinhosdodouro.pt>", OWD, "Cancelamento",
                 when(2025, 9, 27, 10, 45, "PT"),
                 "Bom dia,\n\nSolicito o cancelamento da Avença Blog Vinhos do Douro, fatura OWD-2025-452.\n\n"
                 "Agradecendo desde já a atenção dispensada,\nCom os melhores cumprimentos,\nAna Rita Guedes\n")])

    case("marco-sem-fatura-br", OWB, "need_info", missing=["invoice_number"],
         spec="The project E-commerce Moda Carioca has three payments and the mail names none: invoice_number missing (C3); reason given.",
         msgs=[m("Compras Moda Carioca <compras@modacarioca.com.br>", OWD, "dúvida reembolso",
                 when(2025, 9, 26, 15, 10, "BR"),
                 "Oi, do projeto E-commerce Moda Carioca queremos o reembolso do que pagamos pela parte que não "
                 "vamos mais usar, porque o sócio que cuidava do atacado saiu.\n\nBianca\n")])

    case("fw-outlook-pedido-alteracao-pt", OWB, "decided", [ref("deny")],
         spec="Forward (FW:) of the contract holder's own earlier request; change_request OWD-2025-453 is never refundable (O6): deny.",
         msgs=[m("Direção Coop Ribatejo <direcao@coopribatejo.pt>", OWD, "FW: Devolução pedido de alteração",
                 when(2025, 9, 23, 9, 20, "PT"),
                 "Reencaminho o meu e-mail de sexta-feira, que ainda não teve resposta.\n\n"
                 "De: Direção Coop Ribatejo <direcao@coopribatejo.pt>\n"
                 "Enviada: 19 de setembro de 2025 16:40\n"
                 "Para: optimawebdesigns12@gmail.com\n"
                 "Assunto: Devolução pedido de alteração\n\n"
                 "Boa tarde. Pagámos o pedido de alteração do Site Cooperativa Agrícola do Ribatejo "
                 "(OWD-2025-453) para a área de associados, mas a assembleia geral chumbou a ideia. Pedimos a "
                 "devolução.\n\nEng.º Carlos Baptista\nPresidente da Direção\n")])

    case("devolvida-mailer-daemon-pt", OWB, "ignore", rules=["C7"],
         spec="C7: delivery-status report from MAILER-DAEMON: ignore.",
         msgs=[m("Mail Delivery System <MAILER-DAEMON@smtp.sapo.pt>", "optimawebdesigns12@gmail.com",
                 "Mensagem não entregue: Re: Cessação da avença", when(2025, 9, 30, 4, 2, "PT"),
                 "Não foi possível entregar a sua mensagem a informatica@farmacialusitana.pt.\n\n"
                 "550 5.1.1 Utilizador desconhecido\n",
                 headers={"Auto-Submitted": "auto-replied"})])

    case("ausente-escritorio-br", LOB, "ignore", rules=["C7"],
         spec="C7: out-of-office with Auto-Submitted: auto-replied: ignore, never answered.",
         msgs=[m("Agência Rumo <financeiro@agenciarumo.com.br>", LO, "Resposta automática: Re: Nota fiscal julho",
                 when(2025, 9, 24, 10, 1, "BR"),
                 "Olá! Estou de férias até 06/10 com acesso restrito ao e-mail. Assuntos urgentes: "
                 "(11) 4002-8922.\n",
                 headers={"Auto-Submitted": "auto-replied"},
                 extra_refs=["<lo-5160.reply@leadsoptima.com>"])])

    case("newsletter-lista-br", LOB, "ignore", rules=["C7"],
         spec="C7: mailing list (List-Id, Precedence: bulk) mentioning 'reembolso' and 'cancelar': ignore.",
         msgs=[m("Newsletter Growth Brasil <news@growthbrasil.com.br>", "support@leadsoptima.com",
                 "Como pedir reembolso de SaaS (e quando cancelar)", when(2025, 9, 25, 7, 0, "BR"),
                 "Edição 112: como pedir reembolso quando o SaaS cobra em dobro e por que cancelar antes da "
                 "renovação.\n\nPara sair da lista, clique aqui.\n",
                 headers={"List-Id": "Growth Brasil <news.growthbrasil.com.br>", "Precedence": "bulk",
                          "List-Unsubscribe": "<mailto:sair@growthbrasil.com.br>"})])

    case("hosting-antes-do-inicio-br", OWB, "decided", [ref("approve", "10450.00")], extra_ok=True,
         spec="O5 before the service starts (section 8): consumed_months 1; (12000-600)/12 = 950; 12000-600-950 = 10450.00.",
         msgs=[m("Contábil Nunes <contabil.nunes@gmail.com>", OWD, "Cancelar hospedagem anual",
                 when(2025, 9, 29, 9, 30, "BR"),
                 "Bom dia, contratamos a hospedagem anual (Hosting Escritório Contábil Nunes, OWD-2025-454) que "
                 "começaria dia 10/10, mas o escritório foi incorporado por outro e o site vai ser desativado. "
                 "Pedimos o cancelamento e o reembolso cabível.\n\nAtt,\nSérgio Nunes\n")])

    case("proprio-endereco-lo", LOB, "ignore", rules=["C7"],
         spec="C7: mail from the brand's own address (noreply@leadsoptima.com): ignore.",
         msgs=[m("LeadsOptima <noreply@leadsoptima.com>", "support@leadsoptima.com",
                 "Resumo diário de tickets", when(2025, 9, 26, 6, 30, "PT"),
                 "Resumo: 14 pedidos de reembolso, 9 cancelamentos abertos.\n")])



if __name__ == "__main__":
    write_all()
    print(f"{len(CASES)} cases written to {HERE}")
