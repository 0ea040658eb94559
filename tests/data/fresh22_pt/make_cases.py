"""fresh22_pt: held-out cases in Portuguese (Brazil, Portugal, Angola, Mozambique).

Stdlib only, deterministic: `python3 make_cases.py` writes ledger.json, emails/*.eml and
expected.json beside this file. MIT, like the project; all text written for this project.
"""

from __future__ import annotations

import json
import shutil
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANG = "pt"
LO = "LeadsOptima Support <support@leadsoptima.com>"
OWD = "Optima WebDesign <optimawebdesigns12@gmail.com>"
LOB, OWB = "leadsoptima", "optima_webdesign"



def cust(email, name, plan, status="active", start=None, end=None, trial_ends=None):
    return {"brand": LOB, "email": email, "name": name, "plan": plan, "status": status,
            "trial_ends": trial_ends, "current_period_start": start, "current_period_end": end}


def lopay(pid, inv, email, plan, amount, tax, paid_at, ps, pe, status="paid"):
    return {"brand": LOB, "id": pid, "invoice": inv, "customer_email": email, "kind": "subscription",
            "plan": plan, "amount": amount, "tax": tax, "currency": "INR", "paid_at": paid_at,
            "period_start": ps, "period_end": pe, "status": status}


def proj(name, contract, started):
    return {"brand": OWB, "name": name, "contract_email": contract, "work_started_at": started}


def owpay(pid, inv, project, kind, amount, tax, paid_at, **kw):
    base = {"brand": OWB, "id": pid, "invoice": inv, "project": project, "kind": kind,
            "amount": amount, "tax": tax, "currency": "INR", "paid_at": paid_at, "status": "paid",
            "setup_fee": None, "service_start": None, "next_billing_at": None,
            "period_start": None, "period_end": None, "milestone_status": None}
    base.update(kw)
    return base


M = ("1499.00", "269.82")
Q = ("3999.00", "719.82")
A = ("11988.00", "2157.84")

CUSTOMERS = [
    cust("ana.souza@uol.com.br", "Ana Souza", "monthly", start="2025-09-23", end="2025-10-22"),
    cust("ricardo.almeida@bol.com.br", "Ricardo Almeida", "quarterly", start="2025-09-10", end="2025-12-09"),
    cust("ines.carvalho@sapo.pt", "Inês Carvalho", "annual", start="2025-09-15", end="2026-09-14"),
    cust("manuel.dossantos@gmail.com", "Manuel dos Santos", "quarterly", start="2025-09-24", end="2025-12-23"),
    cust("beatriz.lima@gmail.com", "Beatriz Lima", "monthly", start="2025-09-26", end="2025-10-25"),
    cust("thiago.martins@terra.com.br", "Thiago Martins", "monthly", start="2025-09-22", end="2025-10-21"),
    cust("carla.ferreira@hotmail.com", "Carla Ferreira", "annual", start="2025-09-25", end="2026-09-24"),
    cust("joao.pereira@sapo.pt", "João Pereira", "monthly", start="2025-09-08", end="2025-10-07"),
    cust("luana.rocha@gmail.com", "Luana Rocha", "monthly", start="2025-09-28", end="2025-10-27"),
    cust("paulo.nunes@yahoo.com.br", "Paulo Nunes", "quarterly", start="2025-08-15", end="2025-11-14"),
    cust("fernanda.costa@gmail.com", "Fernanda Costa", "monthly", status="trial", trial_ends="2025-10-08"),
    cust("rui.marques@marquesfilhos.pt", "Rui Marques", "annual", start="2025-05-10", end="2026-05-09"),
    cust("vinicius.barros@gmail.com", "Vinícius Barros", "monthly"),
    cust("marcia@telesarquitetura.com.br", "Márcia Teles", "quarterly", start="2025-09-01", end="2025-11-30"),
    cust("eduardo.fonseca@gmail.com", "Eduardo Fonseca", "monthly", start="2025-09-24", end="2025-10-23"),
    cust("helena.matos@matosimobiliaria.pt", "Helena Matos", "annual", start="2025-02-01", end="2026-01-31"),
    cust("joana.silva@gmail.com", "Joana Silva", "monthly", start="2025-09-25", end="2025-10-24"),
    cust("antonio.ribeiro@ribeiro-contabilidade.pt", "António Ribeiro", "monthly", start="2025-09-26", end="2025-10-25"),
    cust("larissa.mendes@gmail.com", "Larissa Mendes", "monthly", start="2025-09-21", end="2025-10-20"),
    cust("gustavo.araujo@gmail.com", "Gustavo Araújo", "monthly", start="2025-09-27", end="2025-10-26"),
    cust("renato.cardoso@gmail.com", "Renato Cardoso", "monthly", start="2025-09-25", end="2025-10-24"),
    cust("silvia.prado@outlook.com", "Sílvia Prado", "monthly", start="2025-09-27", end="2025-10-26"),
    cust("claudia.vieira@gmail.com", "Cláudia Vieira", "quarterly", start="2025-07-25", end="2025-10-24"),
    cust("nelson.machava@tvcabo.co.mz", "Nelson Machava", "annual", start="2025-01-20", end="2026-01-19"),
]

LO_PAYMENTS = [
    lopay("pt_p01", "LO-INV-60101", "ana.souza@uol.com.br", "monthly", *M, "2025-09-23T14:00:00", "2025-09-23", "2025-10-22"),
    lopay("pt_p02", "LO-INV-60102", "ana.souza@uol.com.br", "monthly", *M, "2025-09-23T14:01:00", "2025-09-23", "2025-10-22"),
    lopay("pt_p03", "LO-INV-60111", "ricardo.almeida@bol.com.br", "quarterly", *Q, "2025-09-10T12:00:00", "2025-09-10", "2025-12-09"),
    lopay("pt_p04", "LO-INV-60112", "ricardo.almeida@bol.com.br", "quarterly", *Q, "2025-09-10T12:01:00", "2025-09-10", "2025-12-09"),
    lopay("pt_p05", "LO-INV-60121", "ines.carvalho@sapo.pt", "annual", *A, "2025-09-15T09:00:00", "2025-09-15", "2026-09-14"),
    lopay("pt_p06", "LO-INV-60122", "ines.carvalho@sapo.pt", "annual", *A, "2025-09-15T09:02:00", "2025-09-15", "2026-09-14"),
    lopay("pt_p07", "LO-INV-60131", "manuel.dossantos@gmail.com", "quarterly", *Q, "2025-09-24T16:00:00", "2025-09-24", "2025-12-23"),
    lopay("pt_p08", "LO-INV-60132", "manuel.dossantos@gmail.com", "quarterly", *Q, "2025-09-24T16:01:00", "2025-09-24", "2025-12-23"),
    lopay("pt_p09", "LO-INV-60133", "manuel.dossantos@gmail.com", "quarterly", *Q, "2025-09-24T16:02:00", "2025-09-24", "2025-12-23"),
    lopay("pt_p10", "LO-INV-60141", "beatriz.lima@gmail.com", "monthly", *M, "2025-09-26T10:00:00", "2025-09-26", "2025-10-25"),
    lopay("pt_p11", "LO-INV-60151", "thiago.martins@terra.com.br", "monthly", *M, "2025-09-22T10:00:00", "2025-09-22", "2025-10-21"),
    lopay("pt_p12", "LO-INV-60161", "carla.ferreira@hotmail.com", "annual", *A, "2025-09-25T10:00:00", "2025-09-25", "2026-09-24"),
    lopay("pt_p13", "LO-INV-60171", "joao.pereira@sapo.pt", "monthly", *M, "2025-09-08T10:00:00", "2025-09-08", "2025-10-07"),
    lopay("pt_p14", "LO-INV-60181", "luana.rocha@gmail.com", "monthly", *M, "2025-09-28T10:00:00", "2025-09-28", "2025-10-27"),
    lopay("pt_p15", "LO-INV-60191", "paulo.nunes@yahoo.com.br", "quarterly", *Q, "2025-08-15T10:00:00", "2025-08-15", "2025-11-14"),
    lopay("pt_p16", "LO-INV-60201", "rui.marques@marquesfilhos.pt", "annual", *A, "2025-05-10T10:00:00", "2025-05-10", "2026-05-09"),
    lopay("pt_p17", "LO-INV-60211", "vinicius.barros@gmail.com", "monthly", *M, "2025-08-31T20:30:00-03:00", "2025-09-01", "2025-09-30"),
    lopay("pt_p18", "LO-INV-60212", "vinicius.barros@gmail.com", "monthly", *M, "2025-09-30T20:30:00-03:00", "2025-10-01", "2025-10-31"),
    lopay("pt_p19", "LO-INV-60221", "marcia@telesarquitetura.com.br", "quarterly", *Q, "2025-09-01T10:00:00", "2025-09-01", "2025-11-30"),
    lopay("pt_p20", "LO-INV-60231", "eduardo.fonseca@gmail.com", "monthly", *M, "2025-09-24T10:00:00", "2025-09-24", "2025-10-23"),
    lopay("pt_p21", "LO-INV-60232", "eduardo.fonseca@gmail.com", "monthly", *M, "2025-09-24T10:01:00", "2025-09-24", "2025-10-23"),
    lopay("pt_p22", "LO-INV-60241", "helena.matos@matosimobiliaria.pt", "annual", *A, "2025-02-01T10:00:00", "2025-02-01", "2026-01-31"),
    lopay("pt_p23", "LO-INV-60251", "joana.silva@gmail.com", "monthly", *M, "2025-09-25T10:00:00", "2025-09-25", "2025-10-24"),
    lopay("pt_p24", "LO-INV-60252", "joana.silva@gmail.com", "monthly", *M, "2025-09-25T10:02:00", "2025-09-25", "2025-10-24"),
    lopay("pt_p25", "LO-INV-60261", "antonio.ribeiro@ribeiro-contabilidade.pt", "monthly", *M, "2025-09-26T10:00:00", "2025-09-26", "2025-10-25"),
    lopay("pt_p26", "LO-INV-60271", "larissa.mendes@gmail.com", "monthly", *M, "2025-09-21T20:00:00", "2025-09-21", "2025-10-20"),
    lopay("pt_p27", "LO-INV-60272", "larissa.mendes@gmail.com", "monthly", *M, "2025-09-21T20:01:00", "2025-09-21", "2025-10-20"),
    lopay("pt_p28", "LO-INV-60281", "gustavo.araujo@gmail.com", "monthly", *M, "2025-08-27T10:00:00", "2025-08-27", "2025-09-26"),
    lopay("pt_p29", "LO-INV-60282", "gustavo.araujo@gmail.com", "monthly", *M, "2025-09-27T10:00:00", "2025-09-27", "2025-10-26"),
    lopay("pt_p30", "LO-INV-60291", "renato.cardoso@gmail.com", "monthly", *M, "2025-09-25T10:00:00", "2025-09-25", "2025-10-24"),
    lopay("pt_p31", "LO-INV-60301", "silvia.prado@outlook.com", "monthly", *M, "2025-09-27T10:00:00", "2025-09-27", "2025-10-26"),
    lopay("pt_p32", "LO-INV-60311", "claudia.vieira@gmail.com", "quarterly", *Q, "2025-07-25T10:00:00", "2025-07-25", "2025-10-24"),
    lopay("pt_p33", "LO-INV-60321", "nelson.machava@tvcabo.co.mz", "annual", *A, "2025-01-20T10:00:00", "2025-01-20", "2026-01-19"),
]

PROJECTS = [
    proj("Pousada Ilha Azul", "reservas@pousadailhaazul.co.mz", None),
    proj("Pastelaria Belém Doce", "encomendas@belemdoce.pt", None),
    proj("Auto Peças Rodrigues", "financeiro@autopecasrodrigues.com.br", "2025-09-25T11:00:00"),
    proj("Clínica Bem Estar", "adm@clinicabemestar.com.br", "2025-09-29T10:00:00"),
    proj("Escola de Surf Ericeira", "info@surfericeira.pt", "2025-09-15T10:00:00"),
    proj("Fazenda Boa Vista", "contato@fazendaboavista.agr.br", "2025-08-01T10:00:00"),
    proj("Academia Corpo em Forma", "gerencia@corpoemforma.com.br", "2025-04-01T10:00:00"),
    proj("Imobiliária Tejo", "geral@imobiliariatejo.pt", "2025-03-01T10:00:00"),
    proj("Portal Notícias do Sertão", "redacao@noticiasdosertao.com.br", "2025-01-10T10:00:00"),
    proj("Hotel Praia Dourada", "reservas@hotelpraiadourada.com.br", "2025-09-20T00:00:00"),
    proj("Cooperativa Café do Cerrado", "ti@cafedocerrado.coop.br", None),
    proj("Restaurante O Bacalhau", "restaurante@obacalhau.pt", "2025-09-10T00:00:00"),
    proj("Studio Foto Luz", "contato@studiofotoluz.com.br", "2025-08-20T10:00:00"),
    proj("Padaria Pão Quente", "padariapaoquente@gmail.com", "2025-08-01T10:00:00"),
    proj("Ótica Visão Total", "gerente@oticavisaototal.com.br", None),
    proj("Contabilidade Lusa", "geral@contabilidadelusa.pt", "2025-01-05T10:00:00"),
    proj("Loja Capulana", "loja@capulana.co.mz", None),
    proj("Construtora Horizonte", "financeiro@construtorahorizonte.com.br", "2025-08-15T10:00:00"),
    proj("Quinta do Vale", "enoturismo@quintadovale.pt", None),
]

OW_PAYMENTS = [
    owpay("pt_w01", "OWD-2025-401", "Pousada Ilha Azul", "deposit", "22000.00", "3960.00", "2025-09-20T10:00:00"),
    owpay("pt_w02", "OWD-2025-402", "Pastelaria Belém Doce", "deposit", "16000.00", "2880.00", "2025-09-16T14:00:00"),
    owpay("pt_w03", "OWD-2025-403", "Auto Peças Rodrigues", "deposit", "14000.00", "2520.00", "2025-09-24T10:00:00"),
    owpay("pt_w04", "OWD-2025-404", "Clínica Bem Estar", "discovery", "9000.00", "1620.00", "2025-09-22T12:00:00"),
    owpay("pt_w05", "OWD-2025-405", "Escola de Surf Ericeira", "discovery", "7500.00", "1350.00", "2025-09-12T12:00:00"),
    owpay("pt_w06", "OWD-2025-406", "Fazenda Boa Vista", "milestone", "30000.00", "5400.00", "2025-08-10T12:00:00", milestone_status="approved"),
    owpay("pt_w07", "OWD-2025-407", "Fazenda Boa Vista", "milestone", "20000.00", "3600.00", "2025-09-01T12:00:00", milestone_status="in_progress"),
    owpay("pt_w08", "OWD-2025-408", "Fazenda Boa Vista", "milestone", "26500.50", "4770.09", "2025-09-18T12:00:00", milestone_status="not_started"),
    owpay("pt_w09", "OWD-2025-409", "Academia Corpo em Forma", "retainer", "12000.00", "2160.00", "2025-09-15T09:00:00",
          period_start="2025-09-15", period_end="2025-10-14", next_billing_at="2025-10-15T00:00:00"),
    owpay("pt_w10", "OWD-2025-410", "Imobiliária Tejo", "retainer", "14000.00", "2520.00", "2025-09-05T09:00:00",
          period_start="2025-09-05", period_end="2025-10-04", next_billing_at="2025-10-05T00:00:00"),
    owpay("pt_w11", "OWD-2025-411", "Portal Notícias do Sertão", "retainer", "19000.00", "3420.00", "2025-09-01T09:00:00",
          period_start="2025-09-01", period_end="2025-09-30", next_billing_at="2025-11-01T00:00:00"),
    owpay("pt_w12", "OWD-2025-412", "Portal Notícias do Sertão", "retainer", "19000.00", "3420.00", "2025-09-20T09:00:00",
          period_start="2025-10-01", period_end="2025-10-31", next_billing_at="2025-11-01T00:00:00"),
    owpay("pt_w13", "OWD-2025-413", "Hotel Praia Dourada", "hosting_annual", "15000.00", "2700.00", "2025-09-19T12:00:00",
          setup_fee="1000.00", service_start="2025-09-20"),
    owpay("pt_w14", "OWD-2025-414", "Cooperativa Café do Cerrado", "maintenance_annual", "9000.00", "1620.00", "2025-09-25T12:00:00",
          setup_fee="600.00", service_start="2025-10-06"),
    owpay("pt_w15", "OWD-2025-415", "Restaurante O Bacalhau", "hosting_annual", "12000.00", "2160.00", "2025-09-09T12:00:00",
          setup_fee="1200.00", service_start="2025-09-10"),
    owpay("pt_w16", "OWD-2025-416", "Studio Foto Luz", "third_party", "6000.00", "1080.00", "2025-09-22T12:00:00"),
    owpay("pt_w17", "OWD-2025-417", "Padaria Pão Quente", "change_request", "4500.00", "810.00", "2025-09-19T12:00:00"),
    owpay("pt_w18", "OWD-2025-418", "Ótica Visão Total", "deposit", "13000.00", "2340.00", "2025-09-27T15:00:00"),
    owpay("pt_w19", "OWD-2025-419", "Contabilidade Lusa", "retainer", "11000.00", "1980.00", "2025-09-10T09:00:00",
          period_start="2025-09-10", period_end="2025-10-09", next_billing_at="2025-10-10T00:00:00"),
    owpay("pt_w20", "OWD-2025-420", "Loja Capulana", "deposit", "18000.00", "3240.00", "2025-09-27T12:00:00"),
    owpay("pt_w21", "OWD-2025-421", "Construtora Horizonte", "milestone", "35000.00", "6300.00", "2025-09-15T12:00:00",
          milestone_status="not_started"),
    owpay("pt_w22", "OWD-2025-422", "Quinta do Vale", "deposit", "17500.00", "3150.00", "2025-09-25T12:00:00", status="failed"),
]

LEDGER = {"customers": CUSTOMERS, "projects": PROJECTS, "payments": LO_PAYMENTS + OW_PAYMENTS}

# ---------------------------------------------------------------------------------------------

EMAILS: dict[str, EmailMessage] = {}
CASES: list[dict] = []


def when(y, mo, d, h, mi, off):
    return datetime(y, mo, d, h, mi, tzinfo=timezone(timedelta(hours=off)))


def mail(fname, frm, to, subject, dt, body, *, html=None, headers=None, irt=None, refs=None, reply_to=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = format_datetime(dt)
    dom = frm.split("@")[-1].strip(">").strip() or "localhost"
    m["Message-ID"] = f"<{LANG}.{fname}@{dom}>"
    if irt:
        m["In-Reply-To"] = irt if irt.startswith("<") else f"<{irt}>"
    if refs:
        m["References"] = " ".join(refs)
    if reply_to:
        m["Reply-To"] = reply_to
    for k, v in (headers or {}).items():
        m[k] = v
    if html and body is None:
        m.set_content(html, subtype="html")
    else:
        m.set_content(body)
        if html:
            m.add_alternative(html, subtype="html")
    EMAILS[fname] = m
    return f"emails/{fname}.eml"


def mid(fname):
    m = EMAILS[fname]
    return m["Message-ID"]


def case(n, short, brand, status, files, decisions=(), rules=(), missing=None, extra_ok=False, spec="",
         ambiguous=None):
    c = {"id": f"{LANG}-l{n:02d}-{short}", "lang": LANG, "files": list(files), "brand": brand,
         "status": status, "rules": list(rules)}
    if missing is not None:
        c["missing"] = list(missing)
    c["decisions"] = [dict(d) for d in decisions]
    if extra_ok:
        c["extra_ok"] = True
    if ambiguous:
        c["ambiguous"] = ambiguous
    c["spec"] = spec
    CASES.append(c)


def refund(outcome, amount=None):
    return {"intent": "refund", "outcome": outcome, "amount": amount}


def cancel(outcome="cancel", eff=None):
    d = {"intent": "cancellation", "outcome": outcome}
    if eff:
        d["effective_date"] = eff
    return d


LOA = "support@leadsoptima.com"
OWA = "optimawebdesigns12@gmail.com"

BR, AM, PT, AO, MZ = -3, -4, 1, 1, 2  # September 2025: São Paulo, Manaus, Lisbon (WEST), Luanda, Maputo

# ============================ LeadsOptima ============================

f = mail("l01-cobranca-duplicada-sp", "Ana Souza <ana.souza@uol.com.br>", LOA,
         "Cobrança em duplicidade", when(2025, 9, 25, 9, 20, BR),
         "Bom dia, pessoal!\n\nOlhando a fatura do cartão vi que vocês me cobraram duas vezes a mensalidade no dia "
         "23, dois lançamentos de 1.499,00 um atrás do outro. Meu plano é o mensal.\nA cobrança repetida é a "
         "LO-INV-60102.\n\nPodem estornar essa segunda, por favor?\n\nObrigada!\nAna Souza\nEnviado do meu iPhone")
case(1, "cobranca-duplicada-sp", LOB, "decided", [f], [refund("approve", "1499.00")],
     spec="L2 duplicate + L4: two paid 1499.00 charges 2025-09-23, same period; email 2025-09-25 17:50 IST "
          "(day 2): refund the duplicate LO-INV-60102, 1499.00.")

f = mail("l02-manaus-dia-8", "Ricardo Almeida <ricardo.almeida@bol.com.br>", LOA,
         "cobrado 2 vezes", when(2025, 9, 17, 21, 0, AM),
         "boa noite\nfui cobrado duas vezes no trimestral dia 10, LO-INV-60111 e LO-INV-60112. quero o estorno "
         "da segunda cobrança\nvaleu\nRicardo - Manaus/AM")
case(2, "manaus-dia-8", LOB, "decided", [f], [refund("deny")],
     spec="L3: charges 2025-09-10 IST; email 2025-09-17 21:00 -04:00 = 2025-09-18 06:30 IST = day 8 (day 7 in "
          "Manaus, but days count in the brand's zone): deny.")

f = mail("l03-lisboa-dia-7", "Inês Carvalho <ines.carvalho@sapo.pt>", LOA,
         "Pagamento em duplicado - plano anual", when(2025, 9, 22, 18, 0, PT),
         "Boa tarde,\n\nVerifiquei no homebanking que o plano anual me foi debitado duas vezes no passado dia 15 "
         "(11.988 cada). A fatura a mais é a lo-inv 60122.\nAgradeço a devolução do valor em duplicado.\n\n"
         "Com os melhores cumprimentos,\nInês Carvalho\nPorto")
case(3, "lisboa-dia-7", LOB, "decided", [f], [refund("approve", "11988.00")],
     spec="L3 day 7 inside: charges 2025-09-15 IST; email 2025-09-22 18:00 +01:00 = 22:30 IST on 09-22, day 7; "
          "'lo-inv 60122' matches LO-INV-60122 (section 8): approve 11988.00.")

f = mail("l04-luanda-tres-vezes", "Manuel dos Santos <manuel.dossantos@gmail.com>", LOA,
         "Débito três vezes", when(2025, 9, 25, 10, 0, AO),
         "Bom dia,\n\nO banco debitou o plano trimestral três vezes ontem, 3.999 cada, mesmo período. As faturas "
         "LO-INV-60132 e LO-INV-60133 estão a mais. Solicito a devolução das duas.\n\nMelhores cumprimentos,\n"
         "Manuel dos Santos\nLuanda, Angola")
case(4, "luanda-tres-vezes", LOB, "decided", [f], [refund("approve", "7998.00")],
     spec="Section 8 three identical charges 2025-09-24 (60131-60133, 3999.00, same period); email 2025-09-25 "
          "14:30 IST: the two after the first are duplicates inside L3: 2 x 3999.00 = 7998.00.")

f = mail("l05-acho-que-dobrado", "Beatriz Lima <beatriz.lima@gmail.com>", LOA,
         "cobrança dobrada?", when(2025, 9, 27, 11, 30, BR),
         "Oi, acho que vocês me cobraram em dobro esse mês, apareceu duas vezes no app do banco. Pode "
         "devolver o que foi a mais? bjs Bia")
case(5, "acho-que-dobrado", LOB, "decided", [f], [refund("escalate")],
     spec="L4: duplicate claimed inside the window but the ledger has one charge (LO-INV-60141, filled from the "
          "ledger): escalate, no amount.")

f = mail("l06-valor-errado", "Thiago Martins <thiago.martins@terra.com.br>", LOA,
         "Valor errado na cobrança", when(2025, 9, 24, 14, 10, BR),
         "Boa tarde. A cobrança LO-INV-60151 veio com valor errado: me cobraram a mais do que o preço do "
         "mensal que aparece no site. Peço o reembolso da diferença.\nAtt,\nThiago Martins")
case(6, "valor-errado", LOB, "decided", [f], [refund("escalate")],
     spec="L2 billing_error (wrong amount) inside the window (charge 2025-09-22, email 2025-09-24): L5 escalate.")

html = ("<html><body><div style=\"font-family:Calibri\">Olá,<br><br>Desde ontem <i>não consigo fazer login</i> na "
        "plataforma, dá erro de senha inválida mesmo depois de redefinir três vezes. Paguei o anual há dois "
        "dias (LO-INV-60161) e não consegui usar nada.<br>Quero meu dinheiro de volta.<br><br>Carla Ferreira"
        "<br><span style=\"color:#888\">Enviado do Outlook para Android</span></div></body></html>")
f = mail("l07-nao-consigo-login-html", "Carla Ferreira <carla.ferreira@hotmail.com>", LOA,
         "Sem acesso", when(2025, 9, 27, 8, 45, BR), None, html=html)
case(7, "nao-consigo-login-html", LOB, "decided", [f], [refund("escalate")],
     spec="HTML-only mail. L2 access_failure inside the window (charge 2025-09-25, email 2025-09-27 17:15 IST): "
          "L6 escalate.")

f = mail("l08-nao-abre-fora-prazo", "João Pereira <joao.pereira@sapo.pt>", LOA,
         "Plataforma não abre", when(2025, 9, 20, 11, 0, PT),
         "Bom dia. A plataforma não abre há uma semana, fica sempre a carregar. Pago a mensalidade (LO-INV-60171) "
         "e não consigo trabalhar. Quero o reembolso.\nJoão Pereira")
case(8, "nao-abre-fora-prazo", LOB, "decided", [f], [refund("deny")],
     spec="L3: charge 2025-09-08; email 2025-09-20 15:30 IST = day 12 > 7: deny.")

f = mail("l09-nem-usei", "Luana Rocha <luana.rocha@gmail.com>", LOA,
         "reembolso", when(2025, 9, 29, 10, 0, BR),
         "Oi gente, renovou ontem sozinho e eu nem usei o sistema esse mês, tô sem tempo. Quero o reembolso da "
         "mensalidade (LO-INV-60181).\nLuana")
case(9, "nem-usei", LOB, "decided", [f], [refund("deny")],
     spec="L1: 'nem usei' (did not use it) is no exception reason: deny, cancellation offered; none asked.")

f = mail("l10-desisti-cancelar-e-reembolso", "Paulo Nunes <paulo.nunes@yahoo.com.br>", LOA,
         "Cancelamento + reembolso", when(2025, 9, 26, 16, 40, BR),
         "Prezados, desisti da ferramenta, achei cara demais pro meu negócio. Quero cancelar o plano trimestral e "
         "receber de volta o proporcional dos meses que faltam.\nPaulo Nunes\nCuritiba/PR")
case(10, "desisti-cancelar-e-reembolso", LOB, "decided", [f], [refund("deny"), cancel(eff="2025-11-14")],
     spec="L1 (too expensive, unused months) -> refund deny; L8 cancel with current_period_end 2025-11-14.")

f = mail("l11-teste-gratis", "Fernanda Costa <fernanda.costa@gmail.com>", LOA,
         "Estorno do teste", when(2025, 9, 30, 9, 0, BR),
         "Olá! Estou no período de teste grátis e não gostei, não serve pra minha loja. Quero o estorno do que "
         "foi cobrado.\nFernanda")
case(11, "teste-gratis", LOB, "decided", [f], [refund("deny")],
     spec="L7: trial account, no charges: deny, nothing is billed unless they subscribe.")

f = mail("l12-rescisao-formal-porto", "Rui Marques <rui.marques@marquesfilhos.pt>", LOA,
         "Pedido de cancelamento da subscrição", when(2025, 9, 23, 10, 0, PT),
         "Exmos. Senhores,\n\nVenho por este meio solicitar o cancelamento da subscrição anual associada a este "
         "endereço, uma vez que a empresa foi integrada num grupo que utiliza outra solução de CRM.\n\n"
         "Com os melhores cumprimentos,\nRui Marques\nGerente\nMarques & Filhos, Lda.\n\n"
         "Esta mensagem e quaisquer anexos são confidenciais e destinados exclusivamente ao destinatário. Se a "
         "recebeu por engano, por favor informe o remetente e apague-a.")
case(12, "rescisao-formal-porto", LOB, "decided", [f], [cancel(eff="2026-05-09")],
     spec="L8: annual, current_period_end 2026-05-09 from the ledger; the confidentiality notice is no C4.")

f = mail("l13-cobrou-de-novo-cancelar", "Vinícius Barros <vinicius.barros@gmail.com>", LOA,
         "cancelar assinatura", when(2025, 9, 30, 20, 50, BR),
         "acabou de cair mais uma cobrança da mensalidade. quero cancelar a assinatura, vou fechar o CNPJ. "
         "obrigado\nVinícius")
case(13, "cobrou-de-novo-cancelar", LOB, "decided", [f], [cancel(eff="2025-10-31")],
     spec="L8 fallback (no current_period_end): last charge 2025-09-30T20:30-03:00 = 2025-10-01 05:00 IST "
          "(before the email, 05:20 IST); local date 2025-10-01 + 1 month - 1 day = 2025-10-31.")

f = mail("l14-hotmail-pessoal", "Márcia Teles <marcia.teles@hotmail.com>", LOA,
         "Cancelar conta do escritório", when(2025, 9, 24, 15, 0, BR),
         "Olá, a conta está no e-mail marcia@telesarquitetura.com.br, plano trimestral. Estou escrevendo do meu "
         "pessoal porque o do escritório está fora do ar. Quero cancelar, fechamos o escritório.\nMárcia Teles")
case(14, "hotmail-pessoal", LOB, "need_info", [f], rules=["C2"],
     spec="C2: the sender is not the registered email she names: ask her to write from it.")

fwd = ("---------- Mensagem encaminhada ---------\n"
       "De: Eduardo Fonseca <eduardo.fonseca@gmail.com>\n"
       "Date: qui., 25 de set. de 2025 às 19:12\n"
       "Subject: LeadsOptima\n"
       "To: Patrícia Fonseca <patricia.fonseca@gmail.com>\n\n"
       "Paty, manda pra LeadsOptima: me cobraram duas vezes a mensalidade no dia 24 (LO-INV-60232). Minha conta "
       "é eduardo.fonseca@gmail.com. Pede o estorno.\n")
f = mail("l15-encaminhado-esposa", "Patrícia Fonseca <patricia.fonseca@gmail.com>", LOA,
         "Fwd: LeadsOptima", when(2025, 9, 25, 19, 30, BR), "Segue o pedido do meu marido.\n\n" + fwd)
case(15, "encaminhado-esposa", LOB, "need_info", [f], rules=["C2"],
     spec="Section 8 forwards: a Gmail forward carries a refund request naming eduardo.fonseca@gmail.com; the "
          "sender is another address -> C2.")

f = mail("l16-reply-to-escritorio", "Helena Matos <helena.matos.pessoal@gmail.com>", LOA,
         "Cancelamento", when(2025, 9, 26, 12, 0, PT),
         "Boa tarde, pretendo cancelar a subscrição anual, mudámos de ferramenta. Respondam para o e-mail da "
         "empresa, se faz favor.\nHelena Matos",
         reply_to="helena.matos@matosimobiliaria.pt")
case(16, "reply-to-escritorio", LOB, "need_info", [f], rules=["C2"],
     spec="Section 8 addresses: Reply-To (the registered address) never verifies; From is not on record: C2.")

f = mail("l17-mais-tag", "Joana Silva <joana.silva+leadsoptima@gmail.com>", LOA,
         "Cobrança duplicada LO-INV-60252", when(2025, 9, 26, 20, 0, BR),
         "Oi! Fui cobrada duas vezes no dia 25, a LO-INV-60252 é a repetida. Podem devolver? Obrigada, Joana")
case(17, "mais-tag", LOB, "need_info", [f], rules=["C2"],
     spec="Section 8 addresses: joana.silva+leadsoptima@gmail.com is another address than the registered "
          "joana.silva@gmail.com: C2, nothing about the account.")

f = mail("l18-sem-motivo-disclaimer", "António Ribeiro <antonio.ribeiro@ribeiro-contabilidade.pt>", LOA,
         "Pedido de reembolso", when(2025, 9, 29, 9, 45, PT),
         "Exmos. Senhores,\n\nSolicito o reembolso do último pagamento efetuado.\n\nSem outro assunto de momento, "
         "apresento os meus cumprimentos.\n\nAntónio Ribeiro\nTOC n.º 12345\nRibeiro Contabilidade, Lda.\n\n"
         "AVISO: Esta mensagem é confidencial. Antes de imprimir, pense no ambiente.")
case(18, "sem-motivo-disclaimer", LOB, "need_info", [f], missing=["reason"],
     spec="Section 8 what a reason is: restated request, courtesy, signature, disclaimer; plan and invoice "
          "filled from the ledger (one charge LO-INV-60261): ask for the reason.")

f1 = mail("l19a-pedido", "Larissa Mendes <larissa.mendes@gmail.com>", LOA,
          "Reembolso LO-INV-60272", when(2025, 9, 27, 8, 0, BR),
          "Bom dia, quero o reembolso da fatura LO-INV-60272, plano mensal. Obrigada, Larissa")
f2 = mail("l19b-resposta", "Larissa Mendes <larissa.mendes@gmail.com>", LOA,
          "Re: Reembolso LO-INV-60272 [LO-3318]", when(2025, 9, 30, 9, 10, BR),
          "Oi, o motivo: fui cobrada duas vezes no dia 21, essa fatura é a cobrança repetida.\n\nLarissa\n\n"
          "Em sáb., 27 de set. de 2025 às 11:02, LeadsOptima Support <support@leadsoptima.com> escreveu:\n"
          "> Olá Larissa, para analisarmos o pedido precisamos do motivo do reembolso.\n"
          "> LeadsOptima Support Team\n",
          irt="pt.lo-3318-reply@leadsoptima.com",
          refs=["<pt.l19a-pedido@gmail.com>", "<pt.lo-3318-reply@leadsoptima.com>"])
case(19, "resposta-com-motivo", LOB, "decided", [f1, f2], [refund("approve", "1499.00")],
     spec="C3 thread (reference [LO-3318], References to the first email): first email 2025-09-27 16:30 IST "
          "(day 6); reason 'cobrada duas vezes' on 2025-09-30 (day 9); request time is the first email: L4 "
          "approve LO-INV-60272 1499.00.")

f = mail("l20-sem-acesso-sem-fatura", "Gustavo Araújo <gustavo.araujo@gmail.com>", LOA,
         "não consigo acessar", when(2025, 9, 29, 13, 0, BR),
         "Boa tarde, não consigo acessar a plataforma desde sábado, fica dando erro 403. Quero o reembolso do "
         "pagamento.\nGustavo")
case(20, "sem-acesso-sem-fatura", LOB, "need_info", [f], missing=["invoice_number"],
     spec="L2 access_failure, but the account has two charges (2025-08-27, 2025-09-27) and none is named: ask "
          "for invoice_number (C3).")

f = mail("l21-procon-advogado", "Renato Cardoso <renato.cardoso@gmail.com>", LOA,
         "ABSURDO", when(2025, 9, 28, 18, 0, BR),
         "Não consigo entrar no sistema há 3 dias e ninguém responde. Cancelem minha assinatura e devolvam meu "
         "dinheiro, senão vou abrir reclamação no Procon e meu advogado entra com ação.\nRenato")
case(21, "procon-advogado", LOB, "decided", [f], [refund("escalate"), cancel("escalate")], rules=["C4"],
     spec="C4 (Procon consumer protection, lawyer) covers the whole case: refund and cancellation escalate.")

f = mail("l22-contestar-cartao", "Sílvia Prado <silvia.prado@outlook.com>", LOA,
         "Contestação", when(2025, 9, 29, 11, 0, BR),
         "Olá. Fui cobrada em duplicidade e ninguém me respondeu. Se não devolverem até sexta vou contestar a "
         "compra com a operadora do cartão (chargeback).\nSílvia Prado")
case(22, "contestar-cartao", LOB, "decided", [f], [refund("escalate")], rules=["C4"],
     spec="C4 chargeback threat: escalate (even though the ledger has one charge only).")

f = mail("l23-ausente", "Inês Carvalho <ines.carvalho@sapo.pt>", LOA,
         "Resposta automática: Ausente do escritório", when(2025, 9, 23, 9, 0, PT),
         "Estarei ausente até dia 3 de outubro. Para assuntos urgentes contacte geral@carvalho.pt.",
         headers={"Auto-Submitted": "auto-replied"})
case(23, "ausente", LOB, "ignore", [f], rules=["C7"],
     spec="C7: Auto-Submitted: auto-replied out-of-office: ignore.")

f = mail("l24-newsletter", "Blog Marketing Digital <news@marketingdigitalbr.com.br>", LOA,
         "10 dicas para reduzir o cancelamento de clientes e pedidos de reembolso", when(2025, 9, 24, 7, 0, BR),
         "Olá! Nesta edição: como reduzir cancelamentos, evitar estornos e chargebacks.\n"
         "Para sair da lista clique aqui.",
         headers={"List-Id": "Marketing Digital BR <news.marketingdigitalbr.com.br>", "Precedence": "bulk",
                  "List-Unsubscribe": "<mailto:sair@marketingdigitalbr.com.br>"})
case(24, "newsletter", LOB, "ignore", [f], rules=["C7"],
     spec="C7: List-Id and Precedence: bulk (a newsletter quoting cancellation and chargeback words): ignore.")

f = mail("l25-proprio-endereco", "LeadsOptima Billing <billing@leadsoptima.com>", LOA,
         "Cópia: fatura LO-INV-60101 - pagamento confirmado", when(2025, 9, 23, 14, 5, 5.5),
         "Cópia interna: o pagamento da fatura LO-INV-60101 foi confirmado. Para cancelar ou pedir reembolso, "
         "responda a este e-mail.")
case(25, "proprio-endereco", LOB, "ignore", [f], rules=["C7"],
     spec="C7: sent from the brand's own address (billing@leadsoptima.com): ignore.")

f = mail("l26-nao-quero-reembolso", "Ana Souza <ana.souza@uol.com.br>", LOA,
         "Mudar para o anual", when(2025, 9, 30, 15, 0, BR),
         "Oi! Não quero reembolso nenhum nem cancelar, tá tudo ótimo. Só queria saber como faço para mudar do "
         "mensal para o anual.\nAna")
case(26, "nao-quero-reembolso", LOB, "other", [f],
     spec="Section 8 negation: 'Não quero reembolso nenhum nem cancelar' adds no intent; plan change question -> "
          "other.")

f = mail("l27-antes-de-assinar", "Loja Kitanda <contato@lojakitanda.com.br>", LOA,
         "Dúvida antes de assinar", when(2025, 9, 25, 10, 30, BR),
         "Boa tarde! Se eu assinar o plano anual e não gostar, vocês devolvem o dinheiro? Tem como pagar no Pix?"
         "\nAbraço, Kátia")
case(27, "antes-de-assinar", LOB, "other", [f],
     spec="Section 8 hypothetical before buying: a policy question -> other.")

f = mail("l28-obrigado-estorno", "Manuel dos Santos <manuel.dossantos@gmail.com>", LOA,
         "Re: Débito três vezes", when(2025, 9, 30, 11, 0, AO),
         "Muito obrigado, já recebi a devolução. Excelente atendimento!\nManuel",
         irt="pt.l04-luanda-tres-vezes@gmail.com", refs=["<pt.l04-luanda-tres-vezes@gmail.com>"])
case(28, "obrigado-estorno", LOB, "other", [f],
     spec="A thank-you after a refund asks for nothing -> other.")

f = mail("l29-nota-fiscal", "Thiago Martins <thiago.martins@terra.com.br>", LOA,
         "Nota fiscal com CNPJ", when(2025, 9, 26, 10, 0, BR),
         "Bom dia, vocês conseguem emitir a nota da LO-INV-60151 no CNPJ 12.345.678/0001-90 (Martins Comércio "
         "ME)? Preciso para a contabilidade.\nObrigado")
case(29, "nota-fiscal", LOB, "other", [f],
     spec="Invoice question that asks for nothing else -> other.")

f = mail("l30-ja-fui-reembolsada-cancelar", "Cláudia Vieira <claudia.vieira@gmail.com>", LOA,
         "cancelamento", when(2025, 9, 29, 14, 0, BR),
         "Olá, em julho vocês já me reembolsaram uma cobrança duplicada, obrigada. Agora quero cancelar o plano "
         "trimestral porque vou me aposentar.\nCláudia")
case(30, "ja-fui-reembolsada-cancelar", LOB, "decided", [f], [cancel(eff="2025-10-24")],
     spec="Section 8 past events: the past refund adds no intent; L8 cancel, current_period_end 2025-10-24.")

f = mail("l31-cliente-da-optima", "Pousada Ilha Azul <reservas@pousadailhaazul.co.mz>", LOA,
         "Cancelar", when(2025, 9, 24, 10, 0, MZ),
         "Bom dia, queremos cancelar a subscrição mensal porque a pousada fecha na época das chuvas.\n"
         "Pousada Ilha Azul")
case(31, "cliente-da-optima", LOB, "need_info", [f], rules=["C2"],
     spec="Section 8 the other brand's customer: unknown in LeadsOptima's ledger: C2 (write from the "
          "registered address).")

f = mail("l32-maputo-ditado", "Nelson Machava <nelson.machava@tvcabo.co.mz>", LOA,
         "cancelamento", when(2025, 9, 26, 17, 0, MZ),
         "boa tarde quero cancelar o plano anual por favor obrigado nelson machava enviado do meu telemóvel")
case(32, "maputo-ditado", LOB, "decided", [f], [cancel(eff="2026-01-19")],
     spec="Dictated, no punctuation, no reason (LeadsOptima does not hold a cancellation up): L8 cancel, "
          "current_period_end 2026-01-19.")

# ============================ Optima WebDesign ============================

f = mail("l33-sinal-71h", "Pousada Ilha Azul <reservas@pousadailhaazul.co.mz>", OWA,
         "Refund Request — Pousada Ilha Azul / OWD-2025-401", when(2025, 9, 23, 6, 10, MZ),
         "Bom dia,\n\nPedimos o reembolso do sinal do projeto Pousada Ilha Azul (fatura OWD-2025-401): um "
         "incêndio na cozinha danificou a pousada e vamos fechar por uns meses para obras.\n\n"
         "Cumprimentos,\nAdelino Cossa")
case(33, "sinal-71h", OWB, "decided", [f], [refund("approve", "22000.00")],
     spec="O2: paid 2025-09-20 10:00 IST; email 2025-09-23 06:10 +02 = 09:40 IST, 71 h 40 min, no work: approve "
          "22000.00.")

f = mail("l34-sinal-72h-exatas", "Pastelaria Belém Doce <encomendas@belemdoce.pt>", OWA,
         "Devolução do sinal - Pastelaria Belém Doce", when(2025, 9, 19, 9, 30, PT),
         "Bom dia,\n\nSolicitamos a devolução do sinal pago na terça (OWD-2025-402), projeto Pastelaria Belém "
         "Doce. O senhorio não renovou o contrato da loja e vamos fechar.\n\nAtenciosamente,\nGerência")
case(34, "sinal-72h-exatas", OWB, "decided", [f], [refund("deny")],
     spec="Section 8 exactly 72 h: paid 2025-09-16 14:00 IST, email 2025-09-19 09:30 +01 = 14:00 IST: deny (O2).")

f = mail("l35-sinal-obra-comecou", "Financeiro Auto Peças <financeiro@autopecasrodrigues.com.br>", OWA,
         "Estorno do sinal", when(2025, 9, 25, 10, 0, BR),
         "Bom dia, pagamos ontem o sinal do projeto Auto Peças Rodrigues (NF OWD-2025-403). O sócio decidiu "
         "vender só pelo Mercado Livre. Pedimos o estorno.\nAtt, Financeiro")
case(35, "sinal-obra-comecou", OWB, "decided", [f], [refund("deny")],
     spec="O2 whichever first: paid 2025-09-24 10:00 IST, email 2025-09-25 18:30 IST (32.5 h) but work began "
          "2025-09-25 11:00 IST: deny.")

f = mail("l36-discovery-sessao-marcada", "Clínica Bem Estar <adm@clinicabemestar.com.br>", OWA,
         "Reembolso discovery Clínica Bem Estar", when(2025, 9, 26, 11, 0, BR),
         "Olá. Pagamos a etapa de discovery (OWD-2025-404) do projeto Clínica Bem Estar; a primeira sessão só "
         "está marcada para segunda, dia 29. A clínica foi vendida e os novos donos não querem site. Pedimos o "
         "reembolso integral.\nDra. Patrícia Gomes")
case(36, "discovery-sessao-marcada", OWB, "decided", [f], [refund("approve", "9000.00")],
     spec="O1: work_started_at 2025-09-29 is later than the request (2025-09-26 19:30 IST): full refund 9000.00.")

f = mail("l37-discovery-ja-comecou", "Escola de Surf Ericeira <info@surfericeira.pt>", OWA,
         "Reembolso estratégia", when(2025, 9, 24, 19, 0, PT),
         "Olá malta, fizemos o workshop de estratégia do projeto Escola de Surf Ericeira mas não gostámos da "
         "proposta. Queremos o reembolso da fatura OWD-2025-405.\nAbraço, Tiago")
case(37, "discovery-ja-comecou", OWB, "decided", [f], [refund("deny")],
     spec="O1: sessions started 2025-09-15, before the request: deny.")

f = mail("l38-etapa-nao-iniciada", "Fazenda Boa Vista <contato@fazendaboavista.agr.br>", OWA,
         "Reembolso etapa 3 - Fazenda Boa Vista", when(2025, 9, 23, 9, 0, BR),
         "Prezados, sobre o projeto Fazenda Boa Vista: desistimos do módulo de vendas online (etapa 3, fatura "
         "OWD-2025-408), a cooperativa vai vender a safra direto para a trading. Como a etapa não começou, "
         "pedimos o reembolso de R$ 26.500,50... digo, ₹ 26.500,50.\nAtt, Sérgio Prado")
case(38, "etapa-nao-iniciada", OWB, "decided", [f], [refund("approve", "26500.50")],
     spec="O3: milestone OWD-2025-408 not_started: refund its amount before tax 26500.50 (amount written "
          "'26.500,50').")

f = mail("l39-etapa-em-andamento", "Fazenda Boa Vista <contato@fazendaboavista.agr.br>", OWA,
         "Etapa 2", when(2025, 9, 23, 9, 30, BR),
         "E a etapa 2 (OWD-2025-407) do projeto Fazenda Boa Vista está pela metade e muito atrasada. Queremos "
         "o dinheiro dessa etapa de volta.\nSérgio")
case(39, "etapa-em-andamento", OWB, "decided", [f], [refund("escalate")],
     spec="O3: milestone in_progress: escalate, no amount.")

f = mail("l40-etapa-aprovada", "Fazenda Boa Vista <contato@fazendaboavista.agr.br>", OWA,
         "Etapa 1", when(2025, 9, 24, 8, 0, BR),
         "Sobre a etapa 1 (OWD-2025-406) do projeto Fazenda Boa Vista: aprovamos na época, mas olhando agora "
         "o layout ficou fraco. Queremos reembolso.\nSérgio")
case(40, "etapa-aprovada", OWB, "decided", [f], [refund("deny")],
     spec="O3/O6: approved milestone: deny.")

f = mail("l41-mensalidade-aviso-ok", "Academia Corpo em Forma <gerencia@corpoemforma.com.br>", OWA,
         "Cancelamento do contrato mensal", when(2025, 9, 30, 11, 30, BR),
         "Boa tarde, queremos cancelar o serviço mensal do projeto Academia Corpo em Forma (OWD-2025-409). "
         "Motivo: a franqueadora vai assumir o site de todas as unidades.\nGerência")
case(41, "mensalidade-aviso-ok", OWB, "decided", [f], [cancel(eff="2025-10-14")],
     spec="O4/O8: next_billing_at 2025-10-15; request 2025-09-30 20:00 IST, on or before 2025-10-08: cancel, "
          "effective 2025-10-14.")

f = mail("l42-avenca-aviso-curto", "Imobiliária Tejo <geral@imobiliariatejo.pt>", OWA,
         "Cancelamento da avença", when(2025, 9, 29, 10, 0, PT),
         "Bom dia,\n\nVimos por este meio cancelar a avença mensal do projeto Imobiliária Tejo (fatura "
         "OWD-2025-410), por reestruturação interna.\n\nCumprimentos,\nA Administração")
case(42, "avenca-aviso-curto", OWB, "decided", [f], [cancel(eff="2025-11-04")],
     spec="O4: next_billing_at 2025-10-05, cut-off 2025-09-28; request 2025-09-29: less than 7 days, next cycle "
          "2025-10-05..2025-11-04 billed, effective 2025-11-04.")

f = mail("l43-mensalidade-paga-adiantada", "Portal Notícias do Sertão <redacao@noticiasdosertao.com.br>", OWA,
         "Encerrar contrato mensal", when(2025, 9, 24, 10, 0, BR),
         "Olá, por corte de verba precisamos encerrar o contrato mensal do Portal Notícias do Sertão "
         "(OWD-2025-411). Outubro já foi pago adiantado (OWD-2025-412).\nRedação")
case(43, "mensalidade-paga-adiantada", OWB, "decided", [f], [cancel("escalate")], extra_ok=True,
     spec="Section 8 retainer paid in advance (October paid, OWD-2025-412; notice >= 7 days before 2025-11-01): "
          "escalate. No refund asked; an extra refund escalate would be harmless.")

f = mail("l44-hospedagem-proporcional", "Hotel Praia Dourada <reservas@hotelpraiadourada.com.br>", OWA,
         "Cancelamento hospedagem anual", when(2025, 9, 26, 14, 0, BR),
         "Prezados, queremos cancelar a hospedagem anual do Hotel Praia Dourada (OWD-2025-413) e receber o "
         "reembolso proporcional. A rede que comprou o hotel tem servidor próprio.\nAtt, Marcelo")
case(44, "hospedagem-proporcional", OWB, "decided", [f], [refund("approve", "12833.33")], extra_ok=True,
     spec="O5: service_start 2025-09-20, email 2025-09-26 (day 6): 15000 - 1000 - 14000/12 (1166.666...) = "
          "12833.333... -> 12833.33.")

f = mail("l45-manutencao-antes-inicio", "TI Café do Cerrado <ti@cafedocerrado.coop.br>", OWA,
         "Cancelar manutenção anual", when(2025, 9, 28, 10, 0, BR),
         "Bom dia. A diretoria da Cooperativa Café do Cerrado decidiu contratar um analista interno, então "
         "queremos cancelar a manutenção anual (OWD-2025-414), que nem começou, e receber o reembolso.\nTI")
case(45, "manutencao-antes-inicio", OWB, "decided", [f], [refund("approve", "7700.00")], extra_ok=True,
     spec="O5 before the service starts (2025-10-06): consumed_months = 1: 9000 - 600 - 8400/12 (700) = 7700.00.")

f = mail("l46-hospedagem-dia-15", "Restaurante O Bacalhau <restaurante@obacalhau.pt>", OWA,
         "Reembolso alojamento anual", when(2025, 9, 24, 20, 0, PT),
         "Boa noite, queremos o reembolso do alojamento anual do Restaurante O Bacalhau (OWD-2025-415): "
         "decidimos ficar só com o Instagram.\nCumprimentos, Sr. Joaquim")
case(46, "hospedagem-dia-15", OWB, "decided", [f], [refund("deny")],
     spec="O5: service_start 2025-09-10; email 2025-09-24 20:00 +01 = 2025-09-25 00:30 IST = day 15 > 14: deny.")

f = mail("l47-licenca-plugin", "Studio Foto Luz <contato@studiofotoluz.com.br>", OWA,
         "reembolso licença", when(2025, 9, 24, 16, 0, BR),
         "Oi, vocês cobraram a licença do plugin de galeria (OWD-2025-416) do projeto Studio Foto Luz, mas "
         "a gente nem vai usar essa galeria. Quero reembolso.\nCamila")
case(47, "licenca-plugin", OWB, "decided", [f], [refund("deny")],
     spec="O6: third_party licence: never refundable, deny.")

f = mail("l48-alteracao-fora-escopo", "Padaria Pão Quente <padariapaoquente@gmail.com>", OWA,
         "reembolso alteração", when(2025, 9, 22, 9, 0, BR),
         "bom dia, pagamos a alteração extra do cardápio (OWD-2025-417) do projeto Padaria Pão Quente mas "
         "achamos que devia estar incluído no projeto. queremos o dinheiro de volta")
case(48, "alteracao-fora-escopo", OWB, "decided", [f], [refund("deny")],
     spec="O6: change_request outside the original scope: never refundable, deny.")

f = mail("l49-gmail-nao-contrato", "Patrícia Gomes <dra.patriciagomes@gmail.com>", OWA,
         "Reembolso discovery", when(2025, 9, 26, 12, 0, BR),
         "Olá, aqui é a Dra. Patrícia da Clínica Bem Estar, escrevo do meu e-mail pessoal. Queremos o reembolso "
         "da OWD-2025-404 porque a clínica foi vendida.\nPatrícia")
case(49, "gmail-nao-contrato", OWB, "need_info", [f], rules=["C2"],
     spec="C2: not from the contract email adm@clinicabemestar.com.br: ask for the request from it.")

fwd = ("\n\n________________________________\n"
       "De: Fazenda Boa Vista <contato@fazendaboavista.agr.br>\n"
       "Enviado: segunda-feira, 22 de setembro de 2025 17:40\n"
       "Para: Secretaria Fazenda <secretaria@fazendaboavista.agr.br>\n"
       "Assunto: Optima\n\n"
       "Manda pra Optima cancelar o projeto Fazenda Boa Vista e pedir o reembolso da etapa 3 (OWD-2025-408), "
       "a cooperativa vai vender direto.\nSérgio\n")
f = mail("l50-enc-secretaria", "Secretaria Fazenda <secretaria@fazendaboavista.agr.br>", OWA,
         "ENC: Optima", when(2025, 9, 23, 8, 0, BR), "Bom dia, segue pedido do Sr. Sérgio." + fwd)
case(50, "enc-secretaria", OWB, "need_info", [f], rules=["C2"],
     spec="Section 8 forwards (Outlook 'ENC:' block): the request is the contract holder's, but it is sent by "
          "secretaria@, not the contract email: C2.")

f = mail("l51-sem-motivo-otica", "Gerente Ótica Visão Total <gerente@oticavisaototal.com.br>", OWA,
         "Refund Request — Ótica Visão Total / OWD-2025-418", when(2025, 9, 28, 10, 0, BR),
         "Prezados,\n\nSolicito o reembolso do sinal do projeto Ótica Visão Total, fatura OWD-2025-418.\n\n"
         "Fico no aguardo.\nAtenciosamente,\nRoberto Lima\nGerente\n"
         "Antes de imprimir, pense em sua responsabilidade com o meio ambiente.")
case(51, "sem-motivo-otica", OWB, "need_info", [f], missing=["reason"],
     spec="Section 8: restating the request, courtesy and signature are no reason; Optima requires one: missing "
          "reason.")

f = mail("l52-cancelar-sem-motivo", "Contabilidade Lusa <geral@contabilidadelusa.pt>", OWA,
         "Cancelamento avença Contabilidade Lusa", when(2025, 9, 22, 15, 0, PT),
         "Boa tarde,\nSolicitamos o cancelamento da avença do projeto Contabilidade Lusa, fatura OWD-2025-419.\n"
         "Obrigado.")
case(52, "cancelar-sem-motivo", OWB, "need_info", [f], missing=["reason"],
     spec="Section 8: Optima requires a reason for cancellations too: need_info reason.")

f = mail("l53-reembolso-sem-fatura", "Portal Notícias do Sertão <redacao@noticiasdosertao.com.br>", OWA,
         "Reembolso", when(2025, 9, 25, 9, 0, BR),
         "Bom dia, podem devolver o pagamento do Portal Notícias do Sertão? O patrocinador saiu e não temos "
         "como manter.\nRedação")
case(53, "reembolso-sem-fatura", OWB, "need_info", [f], missing=["invoice_number"],
     spec="The project has two payments and none is named: ask for the invoice (C3).")

f1 = mail("l54a-sinal-sem-motivo", "Loja Capulana <loja@capulana.co.mz>", OWA,
          "Reembolso do sinal - Loja Capulana", when(2025, 9, 28, 8, 30, MZ),
          "Bom dia, peço o reembolso do sinal do projeto Loja Capulana (OWD-2025-420).\nCumprimentos,\nAmélia")
f2 = mail("l54b-pedido-motivo", OWD, "Loja Capulana <loja@capulana.co.mz>",
          "Re: Reembolso do sinal - Loja Capulana [OWD-3390]", when(2025, 9, 28, 16, 0, 5.5),
          "Olá Amélia,\n\nPara analisar o pedido precisamos do motivo.\n\nBilling & Refunds Desk — Optima WebDesign",
          irt="pt.l54a-sinal-sem-motivo@capulana.co.mz", refs=["<pt.l54a-sinal-sem-motivo@capulana.co.mz>"])
f3 = mail("l54c-motivo", "Loja Capulana <loja@capulana.co.mz>", OWA,
          "Re: Reembolso do sinal - Loja Capulana [OWD-3390]", when(2025, 9, 30, 10, 0, MZ),
          "O motivo é que o financiamento do banco não saiu e não temos como pagar o resto do projeto.\nAmélia",
          irt="pt.l54b-pedido-motivo@gmail.com",
          refs=["<pt.l54a-sinal-sem-motivo@capulana.co.mz>", "<pt.l54b-pedido-motivo@gmail.com>"])
case(54, "fio-motivo-depois", OWB, "decided", [f1, f2, f3], [refund("approve", "18000.00")],
     spec="C3 thread: deposit paid 2025-09-27 12:00 IST; first email 2025-09-28 12:00 IST (24 h, no work); the "
          "reason arrives 2025-09-30 (after 72 h) but the request time is the first email: O2 approve 18000.00.")

f = mail("l55-chargeback-construtora", "Financeiro Construtora Horizonte <financeiro@construtorahorizonte.com.br>",
         OWA, "Reembolso etapa não iniciada", when(2025, 9, 25, 15, 0, BR),
         "Prezados, pedimos o reembolso da etapa não iniciada do projeto Construtora Horizonte (OWD-2025-421): "
         "a obra foi embargada. Caso não haja retorno em 48h, abriremos chargeback junto ao banco.\nFinanceiro")
case(55, "chargeback-construtora", OWB, "decided", [f], [refund("escalate")], rules=["C4"],
     spec="C4 chargeback threat: escalate, even though O3 alone would approve.")

f = mail("l56-pagamento-falhou", "Quinta do Vale <enoturismo@quintadovale.pt>", OWA,
         "Devolução do sinal - Quinta do Vale", when(2025, 9, 26, 11, 0, PT),
         "Bom dia,\n\nO sinal do projeto Quinta do Vale (OWD-2025-422) foi debitado na conta, mas desistimos do "
         "projeto porque a vindima correu mal este ano. Pedimos a devolução.\n\nCumprimentos,\nMaria do Céu")
case(56, "pagamento-falhou", OWB, "decided", [f], [refund("escalate")],
     spec="Section 8: the payment's status is 'failed' (not paid): a refund of it is escalated.")


def write():
    for p in ("emails",):
        shutil.rmtree(HERE / p, ignore_errors=True)
    (HERE / "emails").mkdir()
    for name, m in EMAILS.items():
        (HERE / "emails" / f"{name}.eml").write_bytes(m.as_bytes(policy=SMTP))
    (HERE / "ledger.json").write_text(json.dumps(LEDGER, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (HERE / "expected.json").write_text(json.dumps({"cases": CASES}, ensure_ascii=False, indent=1) + "\n",
                                        encoding="utf-8")


if __name__ == "__main__":
    write()
    print(f"{len(CASES)} cases, {len(EMAILS)} emails")
