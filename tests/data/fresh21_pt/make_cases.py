"""fresh21_pt: held-out Portuguese cases (Brazil, Portugal, Angola, Mozambique). Stdlib only, deterministic: writes ledger.json, emails/*.eml and expected.json here."""
import json
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANG = "pt"
IST = timezone(timedelta(hours=5, minutes=30))
LO = "LeadsOptima Suporte <support@leadsoptima.com>"
OWD = "Optima WebDesign <optimawebdesigns12@gmail.com>"
LOB, OWB = "leadsoptima", "optima_webdesign"
M, Q, A = ("1499.00", "269.82"), ("3999.00", "719.82"), ("11988.00", "2157.84")
# regional UTC offsets in September 2025
SP, AM, PT, AO, MZ = -3, -4, 1, 1, 2


def cust(email, name, plan, status="active", start=None, end=None, trial_ends=None):
    return {"brand": LOB, "email": email, "name": name, "plan": plan, "status": status,
            "trial_ends": trial_ends, "current_period_start": start, "current_period_end": end}


def lopay(pid, inv, email, plan, amt, paid_at, ps, pe, status="paid"):
    return {"brand": LOB, "id": pid, "invoice": inv, "customer_email": email, "kind": "subscription",
            "plan": plan, "amount": amt[0], "tax": amt[1], "currency": "INR", "paid_at": paid_at,
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


customers = [
    cust("renata.almeida@uol.com.br", "Renata Almeida", "annual", start="2025-09-20", end="2026-09-19"),
    cust("joao.pedro.lima@bol.com.br", "João Pedro Lima", "monthly", start="2025-09-05", end="2025-10-04"),
    cust("mariana.costa@sapo.pt", "Mariana Costa", "monthly", start="2025-09-10", end="2025-10-09"),
    cust("financeiro@padariaestrela.com.br", "Padaria Estrela", "quarterly", start="2025-09-22", end="2025-12-21"),
    cust("geral@oficinaminho.pt", "Oficina do Minho", "monthly", start="2025-09-23", end="2025-10-22"),
    cust("edson.mateus@ucan.co.ao", "Edson Mateus", "annual", start="2025-09-21", end="2026-09-20"),
    cust("thiago.rocha@terra.com.br", "Thiago Rocha", "monthly", start="2025-09-18", end="2025-10-17"),
    cust("bia.nascimento@gmail.com", "Beatriz Nascimento", "monthly", status="trial", trial_ends="2025-10-05"),
    cust("comercial@imobiliariatejo.pt", "Imobiliária Tejo", "monthly", start="2025-09-12", end="2025-10-11"),
    cust("helder.cossa@tdm.co.mz", "Hélder Cossa", "quarterly"),
    cust("marketing@clinicavidasaude.com.br", "Clínica Vida & Saúde", "monthly", start="2025-09-08", end="2025-10-07"),
    cust("carlos.eduardo@ig.com.br", "Carlos Eduardo Souza", "monthly", start="2025-09-25", end="2025-10-24"),
    cust("contato@moveisserrano.com.br", "Móveis Serrano", "monthly", start="2025-09-08", end="2025-10-07"),
    cust("secretaria@escolaalfa.pt", "Escola Alfa", "monthly", start="2025-09-26", end="2025-10-25"),
    cust("ricardo.ferraz@hotmail.com", "Ricardo Ferraz", "monthly", start="2025-09-27", end="2025-10-26"),
    cust("adm@contabilidadeluanda.co.ao", "Contabilidade Luanda", "monthly", start="2025-09-24", end="2025-10-23"),
    cust("larissa.mendes@yahoo.com.br", "Larissa Mendes", "monthly", start="2025-09-19", end="2025-10-18"),
    cust("paulo.nunes@netcabo.pt", "Paulo Nunes", "monthly", start="2025-09-02", end="2025-10-01"),
    cust("ops@transportesbeira.co.mz", "Transportes Beira", "quarterly", start="2025-08-01", end="2025-10-31"),
    cust("ines.carvalho@gmail.com", "Inês Carvalho", "annual", start="2025-08-30", end="2026-08-29"),
    cust("reservas@pousadamar.com.br", "Pousada do Mar", "annual", start="2025-03-01", end="2026-02-28"),
    cust("compras@grupoipe.com.br", "Grupo Ipê", "monthly", start="2025-09-14", end="2025-10-13"),
    cust("fernanda.reis@outlook.com", "Fernanda Reis", "monthly", start="2025-09-20", end="2025-10-19"),
]
payments = [
    lopay("pt_p01", "LO-INV-73101", "renata.almeida@uol.com.br", "annual", A, "2025-09-20T11:05:00", "2025-09-20", "2026-09-19"),
    lopay("pt_p02", "LO-INV-73102", "renata.almeida@uol.com.br", "annual", A, "2025-09-20T11:07:00", "2025-09-20", "2026-09-19"),
    lopay("pt_p03", "LO-INV-73111", "joao.pedro.lima@bol.com.br", "monthly", M, "2025-09-05T08:00:00", "2025-09-05", "2025-10-04"),
    lopay("pt_p04", "LO-INV-73112", "joao.pedro.lima@bol.com.br", "monthly", M, "2025-09-05T08:01:00", "2025-09-05", "2025-10-04"),
    lopay("pt_p05", "LO-INV-73121", "mariana.costa@sapo.pt", "monthly", M, "2025-09-10T09:00:00", "2025-09-10", "2025-10-09"),
    lopay("pt_p06", "LO-INV-73122", "mariana.costa@sapo.pt", "monthly", M, "2025-09-10T09:02:00", "2025-09-10", "2025-10-09"),
    lopay("pt_p07", "LO-INV-73131", "financeiro@padariaestrela.com.br", "quarterly", Q, "2025-09-22T10:00:00", "2025-09-22", "2025-12-21"),
    lopay("pt_p08", "LO-INV-73132", "financeiro@padariaestrela.com.br", "quarterly", Q, "2025-09-22T10:01:00", "2025-09-22", "2025-12-21"),
    lopay("pt_p09", "LO-INV-73133", "financeiro@padariaestrela.com.br", "quarterly", Q, "2025-09-22T10:03:00", "2025-09-22", "2025-12-21"),
    lopay("pt_p10", "LO-INV-73141", "geral@oficinaminho.pt", "monthly", M, "2025-09-23T06:00:00", "2025-09-23", "2025-10-22"),
    lopay("pt_p11", "LO-INV-73151", "edson.mateus@ucan.co.ao", "annual", A, "2025-09-21T20:30:00", "2025-09-21", "2026-09-20"),
    lopay("pt_p12", "LO-INV-73161", "thiago.rocha@terra.com.br", "monthly", M, "2025-09-18T07:00:00", "2025-09-18", "2025-10-17"),
    lopay("pt_p13", "LO-INV-73171", "comercial@imobiliariatejo.pt", "monthly", M, "2025-09-12T10:00:00", "2025-09-12", "2025-10-11"),
    lopay("pt_p14", "LO-INV-73181", "helder.cossa@tdm.co.mz", "quarterly", Q, "2025-07-31T12:00:00", "2025-07-31", "2025-10-30"),
    lopay("pt_p15", "LO-INV-73186", "marketing@clinicavidasaude.com.br", "monthly", M, "2025-09-08T09:00:00", "2025-09-08", "2025-10-07"),
    lopay("pt_p16", "LO-INV-73191", "carlos.eduardo@ig.com.br", "monthly", M, "2025-09-25T09:00:00", "2025-09-25", "2025-10-24"),
    lopay("pt_p17", "LO-INV-73196", "contato@moveisserrano.com.br", "monthly", M, "2025-09-08T09:00:00", "2025-09-08", "2025-10-07"),
    lopay("pt_p18", "LO-INV-73201", "secretaria@escolaalfa.pt", "monthly", M, "2025-09-26T09:00:00", "2025-09-26", "2025-10-25"),
    lopay("pt_p19", "LO-INV-73211", "ricardo.ferraz@hotmail.com", "monthly", M, "2025-09-27T10:00:00", "2025-09-27", "2025-10-26"),
    lopay("pt_p20", "LO-INV-73212", "ricardo.ferraz@hotmail.com", "monthly", M, "2025-09-27T10:04:00", "2025-09-27", "2025-10-26"),
    lopay("pt_p21", "LO-INV-73221", "adm@contabilidadeluanda.co.ao", "monthly", M, "2025-09-24T09:00:00", "2025-09-24", "2025-10-23"),
    lopay("pt_p22", "LO-INV-73222", "adm@contabilidadeluanda.co.ao", "monthly", M, "2025-09-24T09:01:00", "2025-09-24", "2025-10-23", status="refunded"),
    lopay("pt_p23", "LO-INV-73231", "larissa.mendes@yahoo.com.br", "monthly", M, "2025-09-19T09:00:00", "2025-09-19", "2025-10-18"),
    lopay("pt_p24", "LO-INV-73241", "paulo.nunes@netcabo.pt", "monthly", M, "2025-09-02T09:00:00", "2025-09-02", "2025-10-01"),
    lopay("pt_p25", "LO-INV-73251", "ops@transportesbeira.co.mz", "quarterly", Q, "2025-08-01T09:00:00", "2025-08-01", "2025-10-31"),
    lopay("pt_p26", "LO-INV-73261", "ines.carvalho@gmail.com", "annual", A, "2025-08-30T09:00:00", "2025-08-30", "2026-08-29"),
    lopay("pt_p27", "LO-INV-73271", "reservas@pousadamar.com.br", "annual", A, "2025-03-01T09:00:00", "2025-03-01", "2026-02-28"),
    lopay("pt_p28", "LO-INV-73281", "compras@grupoipe.com.br", "monthly", M, "2025-09-14T09:00:00", "2025-09-14", "2025-10-13"),
    lopay("pt_p29", "LO-INV-73291", "fernanda.reis@outlook.com", "monthly", M, "2025-09-20T09:00:00", "2025-09-20", "2025-10-19"),
]
projects = [
    proj("Loja Jabuticaba", "pedidos@lojajabuticaba.com.br"),
    proj("Clínica Sorriso Lisboa", "admin@sorrisolisboa.pt"),
    proj("Vinícola Serra Gaúcha", "contato@vinicolaserra.com.br", "2025-09-26T09:00:00"),
    proj("Café Kuanza", "cafekuanza@gmail.com"),
    proj("Portal Imóveis Recife", "ti@imoveisrecife.com.br", "2025-09-10T10:00:00"),
    proj("App Agenda Porto", "produto@agendaporto.pt", "2025-08-01T10:00:00"),
    proj("Colégio Santa Luzia", "direcao@colegiosantaluzia.com.br", "2025-07-01T10:00:00"),
    proj("Restaurante Maputo Grill", "admin@maputogrill.co.mz"),
    proj("Farmácia Central Benguela", "sistemas@farmaciabenguela.co.ao"),
    proj("Agência Viagens Algarve", "reservas@viagensalgarve.pt"),
    proj("Moraes Arquitetura", "contato@moraesarq.com.br"),
    proj("Ótica Visão Clara", "oticavisaoclara@gmail.com"),
    proj("Revista Horizonte", "editor@revistahorizonte.pt"),
    proj("Academia Força Total", "gerencia@forcatotal.com.br", "2025-08-15T10:00:00"),
    proj("Doceria da Vó", "doceriadavo@hotmail.com"),
    proj("Construtora Atlântico", "adm@construtoraatlantico.com.br", "2025-08-20T10:00:00"),
    proj("Pousada Ilha Bela", "pousadailhabela@gmail.com"),
    proj("Editora Pena", "pagamentos@editorapena.pt", "2025-08-01T10:00:00"),
    proj("Oficina Mecânica Sousa", "oficinasousa@gmail.com"),
]
payments += [
    owpay("pt_o01", "OWD-2025-401", "Loja Jabuticaba", "deposit", "20000.00", "3600.00", "2025-09-22T10:00:00"),
    owpay("pt_o02", "OWD-2025-402", "Clínica Sorriso Lisboa", "deposit", "25000.00", "4500.00", "2025-09-15T19:00:00"),
    owpay("pt_o03", "OWD-2025-403", "Vinícola Serra Gaúcha", "deposit", "18000.00", "3240.00", "2025-09-25T10:00:00"),
    owpay("pt_o04", "OWD-2025-404", "Café Kuanza", "discovery", "15000.00", "2700.00", "2025-09-18T10:00:00"),
    owpay("pt_o05", "OWD-2025-405", "Portal Imóveis Recife", "discovery", "12000.00", "2160.00", "2025-09-05T10:00:00"),
    owpay("pt_o06", "OWD-2025-406", "App Agenda Porto", "deposit", "30000.00", "5400.00", "2025-07-25T10:00:00"),
    owpay("pt_o07", "OWD-2025-407", "App Agenda Porto", "milestone", "35000.00", "6300.00", "2025-09-10T10:00:00", milestone_status="not_started"),
    owpay("pt_o08", "OWD-2025-408", "App Agenda Porto", "milestone", "28000.00", "5040.00", "2025-09-01T10:00:00", milestone_status="in_progress"),
    owpay("pt_o09", "OWD-2025-409", "Colégio Santa Luzia", "milestone", "22000.00", "3960.00", "2025-08-20T10:00:00", milestone_status="approved"),
    owpay("pt_o10", "OWD-2025-410", "Restaurante Maputo Grill", "retainer", "8000.00", "1440.00", "2025-09-15T10:00:00",
          period_start="2025-09-15", period_end="2025-10-14", next_billing_at="2025-10-15T00:00:00"),
    owpay("pt_o11", "OWD-2025-411", "Farmácia Central Benguela", "retainer", "9500.00", "1710.00", "2025-09-03T10:00:00",
          period_start="2025-09-03", period_end="2025-10-02", next_billing_at="2025-10-03T00:00:00"),
    owpay("pt_o12", "OWD-2025-412", "Agência Viagens Algarve", "retainer", "7000.00", "1260.00", "2025-09-20T10:00:00",
          period_start="2025-09-20", period_end="2025-10-19"),
    owpay("pt_o13", "OWD-2025-413", "Agência Viagens Algarve", "retainer", "7000.00", "1260.00", "2025-09-20T10:05:00",
          period_start="2025-10-20", period_end="2025-11-19", next_billing_at="2025-11-20T00:00:00"),
    owpay("pt_o14", "OWD-2025-414", "Moraes Arquitetura", "hosting_annual", "18000.00", "3240.00", "2025-09-20T10:00:00",
          setup_fee="2400.00", service_start="2025-09-20"),
    owpay("pt_o15", "OWD-2025-415", "Ótica Visão Clara", "hosting_annual", "12000.00", "2160.00", "2025-09-01T10:00:00",
          setup_fee="1200.00", service_start="2025-09-01"),
    owpay("pt_o16", "OWD-2025-416", "Revista Horizonte", "maintenance_annual", "24000.00", "4320.00", "2025-09-24T10:00:00",
          setup_fee="0.00", service_start="2025-10-10"),
    owpay("pt_o17", "OWD-2025-417", "Academia Força Total", "third_party", "4500.00", "810.00", "2025-09-20T10:00:00"),
    owpay("pt_o18", "OWD-2025-418", "Doceria da Vó", "rush", "6000.00", "1080.00", "2025-09-24T10:00:00"),
    owpay("pt_o19", "OWD-2025-419", "Construtora Atlântico", "milestone", "40000.00", "7200.00", "2025-09-01T10:00:00", milestone_status="completed"),
    owpay("pt_o20", "OWD-2025-420", "Pousada Ilha Bela", "discovery", "10000.00", "1800.00", "2025-09-24T10:00:00"),
    owpay("pt_o21", "OWD-2025-421", "Editora Pena", "change_request", "5500.00", "990.00", "2025-09-22T10:00:00"),
    owpay("pt_o22", "OWD-2025-422", "Oficina Mecânica Sousa", "deposit", "16000.00", "2880.00", "2025-09-29T09:00:00"),
    owpay("pt_o23", "OWD-2025-423", "Oficina Mecânica Sousa", "setup", "3000.00", "540.00", "2025-09-29T09:05:00"),
]

CASES = []
_n = [0]


def when(ist_str, off):
    """A receive time given in IST, written in the sender's own offset."""
    t = datetime.strptime(ist_str, "%Y-%m-%d %H:%M").replace(tzinfo=IST)
    return t.astimezone(timezone(timedelta(hours=off)))


def mail(name, frm, to, subject, body, ist, off, html=None, headers=None, reply_to=None):
    _n[0] += 1
    msg = EmailMessage()
    msg["From"] = frm
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(when(ist, off))
    msg["Message-ID"] = f"<{LANG}21.{name}@mail.example>"
    if reply_to:
        msg["In-Reply-To"] = reply_to[-1]
        msg["References"] = " ".join(reply_to)
    for k, v in (headers or {}).items():
        msg[k] = v
    if html and body is None:
        msg.set_content(html, subtype="html")
    else:
        msg.set_content(body)
        if html:
            msg.add_alternative(html, subtype="html")
    path = HERE / "emails" / f"{name}.eml"
    path.write_bytes(msg.as_bytes(policy=msg.policy.clone(linesep="\r\n")))
    return f"emails/{name}.eml"


def case(cid, brand, status, files, decisions=(), rules=(), missing=None, spec="", **kw):
    c = {"id": f"{LANG}-{cid}", "lang": LANG, "files": files, "brand": brand, "status": status,
         "rules": list(rules), "decisions": list(decisions), "spec": spec}
    if missing is not None:
        c["missing"] = missing
    c.update(kw)
    CASES.append(c)


def can(o, d=None):
    x = {"intent": "cancellation", "outcome": o}
    if d:
        x["effective_date"] = d
    return x


(HERE / "emails").mkdir(exist_ok=True)
for old in (HERE / "emails").glob("*.eml"):
    old.unlink()


def R(o, a=None):
    return {"intent": "refund", "outcome": o, "amount": a}


S = "support@leadsoptima.com"
W = "optimawebdesigns12@gmail.com"

def R(o, a=None):
    return {"intent": "refund", "outcome": o, "amount": a}


S = "support@leadsoptima.com"
W = "optimawebdesigns12@gmail.com"

# ---------------- LeadsOptima ----------------
f = mail("l01-cobranca-duplicada-anual", "Renata Almeida <renata.almeida@uol.com.br>", S,
         "Cobrança em duplicidade - plano anual",
         "Olá, boa tarde!\n\nFui cobrada em duplicidade no plano anual no último sábado: aparecem dois lançamentos "
         "iguais na fatura do cartão, com 2 minutos de diferença. A nota da segunda cobrança é LO-INV-73102.\n\n"
         "Peço por gentileza o estorno do valor duplicado.\n\nAtt,\nRenata Almeida\nSão Paulo - SP",
         "2025-09-24 23:30", SP)
case("l01-cobranca-duplicada-anual", LOB, "decided", [f], [R("approve", "11988.00")],
     spec="L2 duplicate, L4: two paid annual charges 2025-09-20 same period; request 2025-09-24 (day 4) -> approve 11988.00 before tax.")

f = mail("l02-duplicada-fora-prazo", "João Pedro Lima <joao.pedro.lima@bol.com.br>", S, "cobraram 2x!!!",
         "oi gente, vcs me cobraram duas vezes a mensalidade dia 5, fatura LO-INV-73112, quero meu dinheiro de volta"
         " pfv\n\nEnviado do meu iPhone", "2025-09-15 23:40", SP)
case("l02-duplicada-fora-prazo", LOB, "decided", [f], [R("deny")],
     spec="L3: charges 2025-09-05, request 2025-09-15 IST (day 10 > 7) -> deny even though duplicate.")

f = mail("l03-duplicada-dia-sete", "Mariana Costa <mariana.costa@sapo.pt>", S, "Débito a dobrar no cartão",
         "Boa tarde,\n\nFoi-me debitada a mensalidade duas vezes no dia 10/09 — tenho os dois movimentos no extrato, "
         "1.499,00 cada. Fatura lo inv 73122. Agradecia a devolução de um deles.\n\nCumprimentos,\nMariana Costa",
         "2025-09-17 22:30", PT)
case("l03-duplicada-dia-sete", LOB, "decided", [f], [R("approve", "1499.00")],
     spec="L3 day 7 inside: charge 2025-09-10 IST, request 2025-09-17 22:30 IST (18:00 +01:00); L4 approve 1499.00; 'lo inv 73122' matches.")

f = mail("l04-tres-cobrancas", "Padaria Estrela <financeiro@padariaestrela.com.br>", S,
         "3 cobranças do plano trimestral",
         "Bom dia,\n\nNa segunda (22/09) vocês cobraram TRÊS vezes o plano trimestral no nosso cartão "
         "(LO-INV-73131, LO-INV-73132 e LO-INV-73133), o mesmo período. Solicitamos o reembolso das cobranças em "
         "duplicidade.\n\nObrigado,\nSetor Financeiro - Padaria Estrela\nBelo Horizonte", "2025-09-26 20:15", SP)
case("l04-tres-cobrancas", LOB, "decided", [f], [R("approve", "7998.00")],
     spec="Sec. 8 three identical charges: 3 x 3999.00 on 2025-09-22; request day 4 -> refund 2 x 3999.00 = 7998.00.")

f = mail("l05-cobrado-apos-cancelar", "Oficina do Minho <geral@oficinaminho.pt>", S, "Cobrança após cancelamento",
         "Exmos. Senhores,\n\nCancelámos a subscrição mensal no final de agosto e mesmo assim fomos cobrados a 23 de "
         "setembro (fatura LO-INV-73141). Trata-se de um erro de faturação, pelo que solicitamos o reembolso.\n\n"
         "Com os melhores cumprimentos,\nOficina do Minho, Lda.\nBraga", "2025-09-25 18:00", PT)
case("l05-cobrado-apos-cancelar", LOB, "decided", [f], [R("escalate")],
     spec="L2 billing_error (charged after cancelling), L5: inside window (day 2) -> escalate; the past cancellation is not a new request.")

html = ("<div><p>Bom dia,</p><p>Desde terça-feira <b>não consigo entrar</b> na plataforma, dá erro no login e o "
        "painel não carrega. Já paguei o plano anual (fatura LO-INV-73151) e não consigo usar. Solicito o "
        "reembolso.</p><p>Edson Mateus<br>Luanda</p></div>")
f = mail("l06-sem-acesso-html", "Edson Mateus <edson.mateus@ucan.co.ao>", S, "Sem acesso - reembolso", None,
         "2025-09-24 14:00", AO, html=html)
case("l06-sem-acesso-html", LOB, "decided", [f], [R("escalate")],
     spec="HTML-only. L2 access_failure, L6: charge 2025-09-21, request 2025-09-24 (day 3) -> escalate.")

f = mail("l07-desisti", "Thiago Rocha <thiago.rocha@terra.com.br>", S, "reembolso",
         "E aí, paguei o mês (LO-INV-73161) mas desisti, achei outra ferramenta mais barata e nem cheguei a usar. "
         "Quero o reembolso.\nValeu\nThiago", "2025-09-20 02:00", SP)
case("l07-desisti", LOB, "decided", [f], [R("deny")],
     spec="L1: changed mind / did not use / cheaper tool -> deny (cancellation offered).")

f = mail("l08-teste-gratis", "Beatriz Nascimento <bia.nascimento@gmail.com>", S, "Reembolso período de teste",
         "Oi, tô no teste grátis e não curti. Quero que devolvam o que foi cobrado, se tiver sido.\nBia",
         "2025-09-27 19:30", SP)
case("l08-teste-gratis", LOB, "decided", [f], [R("deny")],
     spec="L7: free trial (trial_ends 2025-10-05), no charges -> deny, nothing to refund.")

f = mail("l09-cancelar-mensal", "Imobiliária Tejo <comercial@imobiliariatejo.pt>", S, "Cancelamento da subscrição",
         "Bom dia,\n\nPretendemos cancelar a nossa subscrição da LeadsOptima. Fechámos o escritório de Setúbal e já "
         "não precisamos da ferramenta.\n\nObrigado.\nDepartamento Comercial\n\n"
         "AVISO DE CONFIDENCIALIDADE: Esta mensagem e quaisquer anexos são confidenciais e destinam-se apenas ao "
         "destinatário. Se a recebeu por engano, por favor apague-a.", "2025-09-20 13:00", PT)
case("l09-cancelar-mensal", LOB, "decided", [f], [can("cancel", "2025-10-11")],
     spec="L8: current_period_end 2025-10-11 from the ledger; plan filled from the ledger (sec. 1).")

f = mail("l10-cancelar-trimestral-calculo", "Hélder Cossa <helder.cossa@tdm.co.mz>", S, "cancelar plano",
         "boa tarde, queria cancelar o meu plano trimestral, a empresa vai reduzir custos este ano. cumprimentos "
         "de maputo", "2025-09-28 18:30", MZ)
case("l10-cancelar-trimestral-calculo", LOB, "decided", [f], [can("cancel", "2025-10-30")],
     spec="L8 fallback: no current_period_end; last charge 2025-07-31 + 3 months - 1 day = 2025-10-30.")

f = mail("l11-gmail-outra-conta", "Rodrigo Farias <rodrigo.farias88@gmail.com>", S, "Estorno cobrança dupla",
         "Olá, estou escrevendo do meu e-mail pessoal. A conta está cadastrada no marketing@clinicavidasaude.com.br, "
         "plano mensal. Fomos cobrados duas vezes, fatura LO-INV-73186. Peço o estorno.\nRodrigo",
         "2025-09-10 19:00", SP)
case("l11-gmail-outra-conta", LOB, "need_info", [f], rules=["C2"],
     spec="C2: sender is not the registered email he names -> ask to write from it; nothing about the account.")

f = mail("l12-chargeback-procon", "Carlos Eduardo <carlos.eduardo@ig.com.br>", S, "RECLAMAÇÃO",
         "Vocês cobraram a mensalidade (LO-INV-73191) e a plataforma não funciona. Quero meu dinheiro de volta e "
         "cancelar a conta. Se não resolverem hoje vou contestar a compra no cartão e abrir reclamação no PROCON.",
         "2025-09-26 21:00", SP)
case("l12-chargeback-procon", LOB, "decided", [f], [R("escalate"), can("escalate")], rules=["C4"],
     spec="C4: card dispute + consumer agency threat escalate the whole case, the cancellation included (sec. 8).")

f = mail("l13-nao-quero-reembolso", "Móveis Serrano <contato@moveisserrano.com.br>", S, "Cancelamento",
         "Bom dia. Deixo claro que NÃO estou pedindo reembolso do que já foi pago, só quero cancelar a assinatura "
         "pra não renovar. Trocamos de CRM.\nAbs\nMarcos - Móveis Serrano", "2025-09-22 18:30", SP)
case("l13-nao-quero-reembolso", LOB, "decided", [f], [can("cancel", "2025-10-07")],
     spec="Sec. 8 negation: no refund intent; L8 cancel until current_period_end 2025-10-07.")

f = mail("l14-sem-motivo", "Escola Alfa <secretaria@escolaalfa.pt>", S, "Pedido de reembolso",
         "Bom dia,\n\nVimos por este meio solicitar o reembolso da fatura LO-INV-73201 do plano mensal.\n\n"
         "Aguardamos resposta.\nCom os melhores cumprimentos,\n\nSecretaria\nEscola Alfa\nRua Direita 12, Coimbra\n"
         "Tel. 239 000 000\n\nAntes de imprimir este e-mail pense no ambiente.", "2025-09-27 12:00", PT)
case("l14-sem-motivo", LOB, "need_info", [f], missing=["reason"],
     spec="C3 / sec. 8: restating the request, sign-off and signature are not a reason -> ask for reason.")

f1 = mail("l15-thread-1", "Ricardo Ferraz <ricardo.ferraz@hotmail.com>", S, "Reembolso mensalidade",
          "Olá, quero o reembolso da fatura LO-INV-73212. Obrigado.\nRicardo", "2025-09-28 19:00", SP)
f2 = mail("l15-thread-2", "Ricardo Ferraz <ricardo.ferraz@hotmail.com>", S, "RE: Reembolso mensalidade [LO-3211]",
          "O motivo é que fui cobrado duas vezes, tem dois débitos iguais no dia 27.\n\n"
          "Em dom., 28 de set. de 2025 às 14:00, LeadsOptima Suporte <support@leadsoptima.com> escreveu:\n"
          "> Para continuar, precisamos do motivo do seu pedido.", "2025-09-29 18:30", SP,
          reply_to=["<pt21.l15-thread-1@mail.example>", "<lo-3211@leadsoptima.com>"])
case("l15-thread-resposta", LOB, "decided", [f1, f2], [R("approve", "1499.00")],
     spec="C3 thread: the reply gives the reason; two paid charges 2025-09-27, request 2025-09-28 -> L4 approve 1499.00.")

f = mail("l16-encaminhado-c2", "Assistente Diretoria <assistente@grupoipe.com.br>", S, "ENC: reembolso",
         "Segue abaixo o pedido do Dr. Otávio.\n\n________________________________\n"
         "De: Otávio Ipê <otavio@grupoipe.com.br>\nEnviado: segunda-feira, 22 de setembro de 2025 09:10\n"
         "Para: Assistente Diretoria\nAssunto: reembolso\n\nPor favor peça à LeadsOptima o reembolso da fatura "
         "LO-INV-73281, cobraram valor errado. A conta é compras@grupoipe.com.br.", "2025-09-22 21:00", SP)
case("l16-encaminhado-c2", LOB, "need_info", [f], rules=["C2"],
     spec="Sec. 8 forwards (ENC:): the forwarded request names compras@grupoipe.com.br, sender differs -> C2.")

f = mail("l17-pagamento-estornado", "Contabilidade Luanda <adm@contabilidadeluanda.co.ao>", S, "Cobrança duplicada",
         "Bom dia, fomos cobrados duas vezes no plano mensal a 24/09 (LO-INV-73222). Solicitamos a devolução da "
         "cobrança duplicada.\nAtenciosamente,\nDr. Manuel Neto", "2025-09-26 14:00", AO)
case("l17-pagamento-estornado", LOB, "decided", [f], [R("escalate")],
     spec="Sec. 8: LO-INV-73222 is 'refunded', not paid -> escalate; no paid pair either (L4).")

f = mail("l18-reembolso-e-cancelamento", "Larissa Mendes <larissa.mendes@yahoo.com.br>", S, "Cancelar e devolver",
         "Oi, achei o serviço muito caro pro que eu uso. Cancela meu plano e me devolve o valor do mês "
         "(LO-INV-73231) por favor.\nBjs Larissa", "2025-09-21 19:00", SP)
case("l18-reembolso-e-cancelamento", LOB, "decided", [f], [R("deny"), can("cancel", "2025-10-18")],
     spec="L1 'too expensive' -> refund deny; L8 cancel until current_period_end 2025-10-18.")

f = mail("l19-acesso-fora-prazo", "Paulo Nunes <paulo.nunes@netcabo.pt>", S, "nao consigo fazer login",
         "ola ha dias que nao consigo fazer login na plataforma paguei dia 2 (LO-INV-73241) e nao a consegui usar "
         "quero a devolucao", "2025-09-15 14:00", PT)
case("l19-acesso-fora-prazo", LOB, "decided", [f], [R("deny")],
     spec="L3: charge 2025-09-02, request 2025-09-15 (day 13) -> deny despite access_failure.")

f = mail("l20-cancelamento-advogado", "Transportes Beira <ops@transportesbeira.co.mz>", S, "Cancelamento imediato",
         "Exmos. Senhores, solicitamos o cancelamento do plano trimestral. O nosso advogado está a analisar as "
         "condições do contrato.\nTransportes Beira, Lda.", "2025-09-23 15:00", MZ)
case("l20-cancelamento-advogado", LOB, "decided", [f], [can("escalate")], rules=["C4"],
     spec="C4 covers the whole case (lawyer mention): the cancellation is escalated.")

f = mail("l21-duvida-antes", "Gustavo Prado <gustavo.prado@gmail.com>", S, "Dúvida antes de assinar",
         "Olá! Estou pensando em assinar o plano anual. Se depois não me servir, vocês devolvem o dinheiro? Tem "
         "teste grátis?\nAbraço", "2025-09-25 19:30", SP)
case("l21-duvida-antes", LOB, "other", [f], spec="Sec. 8 hypothetical before buying -> other.")

f = mail("l22-obrigada", "Renata Almeida <renata.almeida@uol.com.br>", S, "Re: Cobrança em duplicidade - plano anual",
         "Muito obrigada, o estorno já caiu no cartão. Tudo certo!\nRenata", "2025-09-30 18:00", SP,
         reply_to=["<pt21.l01-cobranca-duplicada-anual@mail.example>"])
case("l22-obrigada", LOB, "other", [f], spec="A thank-you after a refund asks for nothing -> other.")

f = mail("l23-fatura-nif", "Inês Carvalho <ines.carvalho@gmail.com>", S, "Fatura com NIF",
         "Olá, podem enviar-me a fatura LO-INV-73261 com o NIF da empresa? Preciso para a contabilidade.\nObrigada",
         "2025-09-12 14:00", PT)
case("l23-fatura-nif", LOB, "other", [f], spec="Invoice question, no refund or cancellation -> other.")

f = mail("l24-ausente", "Pousada do Mar <reservas@pousadamar.com.br>", S, "Resposta automática: Renovação",
         "Estarei ausente até 6 de outubro. Em caso de urgência ligue para a recepção.", "2025-09-22 10:00", SP,
         headers={"Auto-Submitted": "auto-replied"})
case("l24-ausente", LOB, "ignore", [f], rules=["C7"], spec="C7: Auto-Submitted: auto-replied -> ignore.")

f = mail("l25-devolvida", "Mail Delivery System <MAILER-DAEMON@yahoo.com.br>", S, "Mensagem não entregue",
         "Não foi possível entregar a mensagem para larissa.mendes@yahoo.com.br: caixa cheia.",
         "2025-09-23 10:00", SP)
case("l25-devolvida", LOB, "ignore", [f], rules=["C7"], spec="C7: MAILER-DAEMON sender -> ignore.")

f = mail("l26-plano-errado-tarde", "Inês Carvalho <ines.carvalho@gmail.com>", S, "Cobraram-me o anual",
         "Olá,\nEu queria o plano mensal e cobraram-me o anual (LO-INV-73261), 11.988 rupias. Foi cobrado o plano "
         "errado, peço que me devolvam a diferença.\nInês", "2025-09-12 14:30", PT)
case("l26-plano-errado-tarde", LOB, "decided", [f], [R("deny")],
     spec="L3: billing_error but charge 2025-08-30, request 2025-09-12 (day 13) -> deny.")

f = mail("l27-cancelar-anual", "Pousada do Mar <reservas@pousadamar.com.br>", S, "Cancelamento da assinatura anual",
         "Boa tarde. Venho por meio deste informar que desejamos cancelar a assinatura anual da pousada, a "
         "temporada está fraca. Atenciosamente,\nCláudia Pires\nGerente", "2025-09-29 23:00", SP)
case("l27-cancelar-anual", LOB, "decided", [f], [can("cancel", "2026-02-28")],
     spec="L8: annual plan, current_period_end 2026-02-28 -> cancel effective 2026-02-28.")

f = mail("l28-ditado-duplicado", "Fernanda Reis <fernanda.reis@outlook.com>", S, "cobrança dupla",
         "oi bom dia olha no extrato aparece a mesma cobrança duas vezes da fatura LO-INV-73291 do dia 20 de "
         "setembro então preciso que devolvam uma obrigada", "2025-09-23 17:30", SP)
case("l28-ditado-duplicado", LOB, "decided", [f], [R("escalate")],
     spec="L4: claims a duplicate but the ledger holds one paid charge only -> escalate.")

f = mail("l29-pix-errado", "Padaria Estrela <financeiro@padariaestrela.com.br>", S,
         "Re: 3 cobranças do plano trimestral",
         "Só complementando: fomos cobrados três vezes pelo mesmo trimestre. Não queremos cancelar nada, a ferramenta "
         "é ótima. Queremos apenas o estorno das duplicadas (LO-INV-73132 e LO-INV-73133).\nObrigado", "2025-09-26 21:00", SP,
         reply_to=["<pt21.l04-tres-cobrancas@mail.example>"])
case("l29-so-estorno-nao-cancelar", LOB, "decided", [f], [R("approve", "7998.00")],
     spec="Negated cancellation adds no cancellation; three identical charges 2025-09-22, day 4 -> 7998.00.")

# ---------------- Optima WebDesign ----------------
f = mail("o01-sinal-ok", "Loja Jabuticaba <pedidos@lojajabuticaba.com.br>", W,
         "Refund Request — Loja Jabuticaba / OWD-2025-401",
         "Olá, pessoal da Optima!\n\nNa segunda pagamos o sinal do site (fatura OWD-2025-401, ₹ 20.000,00 + "
         "impostos). Meu sócio decidiu adiar a loja online pro ano que vem, então pedimos a devolução do sinal. "
         "Pelo que sabemos vocês ainda não começaram nada.\n\nAbraços,\nCamila Torres\nLoja Jabuticaba",
         "2025-09-24 18:30", SP)
case("o01-sinal-ok", OWB, "decided", [f], [R("approve", "20000.00")],
     spec="O2: deposit paid 2025-09-22 10:00, request 2025-09-24 18:30 (56.5 h), no work started -> approve 20000.00 (tax kept, C6).")

f = mail("o02-sinal-72h", "Clínica Sorriso <admin@sorrisolisboa.pt>", W, "Reembolso do sinal",
         "Boa tarde. Solicito a devolução do sinal da fatura OWD-2025-402 do projeto Clínica Sorriso Lisboa; a "
         "direção clínica decidiu adiar a remodelação do site.\nCumprimentos,\nDra. Sofia Matos",
         "2025-09-18 19:00", PT)
case("o02-sinal-72h", OWB, "decided", [f], [R("deny")],
     spec="Sec. 8: paid 2025-09-15 19:00 IST, request 2025-09-18 19:00 IST (14:30 +01:00) = exactly 72 h -> deny (O2).")

f = mail("o03-sinal-trabalho-iniciado", "Vinícola Serra <contato@vinicolaserra.com.br>", W,
         "Devolução do sinal - Vinícola Serra Gaúcha",
         "Oi pessoal, queremos desistir e receber de volta o sinal (OWD-2025-403). O sobrinho do dono vai fazer o "
         "site. Abraço!", "2025-09-27 19:00", SP)
case("o03-sinal-trabalho-iniciado", OWB, "decided", [f], [R("deny")], extra_ok=True,
     spec="O2: work started 2025-09-26 09:00, before the request -> deny. A cancellation part is harmless.")

f = mail("o04-descoberta-ok", "Café Kuanza <cafekuanza@gmail.com>", W, "Reembolso da sessão de estratégia",
         "Boa tarde, pagámos a consultoria de descoberta do projeto Café Kuanza mas ainda não marcámos nenhuma "
         "sessão e, por questões de tesouraria, preferimos não avançar. Pedimos o reembolso.\nObrigado\n"
         "Nelson Kiala", "2025-09-23 19:00", AO)
case("o04-descoberta-ok", OWB, "decided", [f], [R("approve", "15000.00")],
     spec="O1: discovery, no session started -> approve 15000.00; invoice filled from the project's one payment (sec. 1).")

f = mail("o05-descoberta-iniciada", "Imóveis Recife TI <ti@imoveisrecife.com.br>", W,
         "Reembolso - Portal Imóveis Recife - OWD-2025-405",
         "Prezados, solicitamos reembolso da fase de descoberta, os entregáveis não nos agradaram.\nAtt,\nTI",
         "2025-09-16 19:00", SP)
case("o05-descoberta-iniciada", OWB, "decided", [f], [R("deny")],
     spec="O1: sessions started 2025-09-10, before the request -> deny.")

f = mail("o06-marco-nao-iniciado", "Agenda Porto <produto@agendaporto.pt>", W,
         "Refund Request — App Agenda Porto / OWD-2025-407",
         "Exmos. Senhores,\n\nDecidimos retirar do âmbito o módulo de pagamentos (marco faturado na OWD-2025-407), "
         "que será desenvolvido pela nossa equipa interna. Tanto quanto sabemos ainda não foi iniciado, pelo que "
         "solicitamos o reembolso desse marco.\n\nCom os melhores cumprimentos,\nDireção de Produto",
         "2025-09-19 14:00", PT)
case("o06-marco-nao-iniciado", OWB, "decided", [f], [R("approve", "35000.00")],
     spec="O3: milestone not_started -> approve its amount 35000.00 before tax.")

f = mail("o07-marco-em-curso", "Agenda Porto <produto@agendaporto.pt>", W, "Reembolso marco OWD-2025-408",
         "Bom dia, pedimos também o reembolso do marco de design (OWD-2025-408) do projeto App Agenda Porto, "
         "porque o avanço está muito lento e não cumpre o acordado.\nCumprimentos", "2025-09-22 14:00", PT)
case("o07-marco-em-curso", OWB, "decided", [f], [R("escalate")],
     spec="O3: milestone in_progress -> escalate.")

f = mail("o08-marco-aprovado", "Colégio Santa Luzia <direcao@colegiosantaluzia.com.br>", W, "Reembolso",
         "Boa tarde, pedimos o reembolso da fatura OWD-2025-409 do projeto Colégio Santa Luzia, o layout não "
         "agradou a diretoria.\nAtenciosamente\nDireção", "2025-09-19 23:00", SP)
case("o08-marco-aprovado", OWB, "decided", [f], [R("deny")],
     spec="O3/O6: milestone approved -> deny.")

f = mail("o09-retainer-aviso", "Maputo Grill <admin@maputogrill.co.mz>", W, "Cancelamento da manutenção mensal",
         "Boa tarde. Informamos que vamos encerrar o Restaurante Maputo Grill no fim do mês, por isso cancelamos o "
         "retainer mensal (última fatura OWD-2025-410).\nCumprimentos,\nAníbal Mondlane", "2025-09-25 18:00", MZ)
case("o09-retainer-aviso", OWB, "decided", [f], [can("cancel", "2025-10-14")],
     spec="O4/O8: next_billing_at 2025-10-15; request 2025-09-25 <= 2025-10-08 -> cancel effective 2025-10-14.")

f = mail("o10-retainer-pouco-aviso", "Farmácia Central <sistemas@farmaciabenguela.co.ao>", W, "Cancelar serviço",
         "Bom dia, precisamos de cancelar o serviço mensal da Farmácia Central Benguela (fatura OWD-2025-411) "
         "porque cortaram o orçamento de informática.\nObrigado\nEng. Pedro Sapalo", "2025-09-29 14:00", AO)
case("o10-retainer-pouco-aviso", OWB, "decided", [f], [can("cancel", "2025-11-02")],
     spec="O4: next_billing_at 2025-10-03, request 2025-09-29 (< 7 days) -> next cycle 2025-10-03..2025-11-02 billed; effective 2025-11-02.")

f = mail("o11-retainer-pago-adiantado", "Viagens Algarve <reservas@viagensalgarve.pt>", W, "Cancelamento do retainer",
         "Olá,\nQueremos cancelar o retainer da Agência Viagens Algarve; a agência vai fundir-se com outra e o site "
         "passa para a equipa deles. Fatura OWD-2025-413.\nCumprimentos", "2025-09-26 14:00", PT)
case("o11-retainer-pago-adiantado", OWB, "decided", [f], [can("escalate")],
     spec="Sec. 8: next cycle (2025-10-20..11-19) already paid, notice >= 7 days -> escalate.")

f = mail("o12-hospedagem-14-dias", "Moraes Arquitetura <contato@moraesarq.com.br>", W,
         "Reembolso hospedagem anual - Moraes Arquitetura",
         "Prezados, contratamos a hospedagem anual (OWD-2025-414), mas o estúdio vai migrar tudo para o servidor "
         "da matriz em Curitiba. Solicitamos a devolução proporcional e o encerramento do plano.\nAtt,\nArq. Helena "
         "Moraes", "2025-09-28 19:00", SP)
case("o12-hospedagem-14-dias", OWB, "decided", [f], [R("approve", "14300.00")], extra_ok=True,
     spec="O5: start 2025-09-20, request 2025-09-28 (<=14 d): 18000 - 2400 - 1300 x 1 = 14300.00; the plan's end is harmless extra.")

f = mail("o13-hospedagem-tarde", "Ótica Visão Clara <oticavisaoclara@gmail.com>", W, "reembolso hospedagem",
         "oi quero reembolso da hospedagem anual da Ótica Visão Clara fatura OWD-2025-415, o site ta lento demais "
         "e vou mudar de fornecedor", "2025-09-22 19:30", AM)
case("o13-hospedagem-tarde", OWB, "decided", [f], [R("deny")],
     spec="O5: service_start 2025-09-01, request 2025-09-22 (day 21 > 14) -> deny.")

f = mail("o14-manutencao-antes", "Revista Horizonte <editor@revistahorizonte.pt>", W,
         "Reembolso manutenção anual Revista Horizonte",
         "Olá, pagámos a manutenção anual (OWD-2025-416) que começa a 10 de outubro, mas a revista vai deixar a "
         "edição digital. Pedimos o reembolso.\nCumprimentos, Rui", "2025-09-26 14:00", PT)
case("o14-manutencao-antes", OWB, "decided", [f], [R("approve", "22000.00")], extra_ok=True,
     spec="Sec. 8 O5 before start: consumed_months 1: 24000 - 0 - 2000 x 1 = 22000.00.")

f = mail("o15-dominio", "Academia Força Total <gerencia@forcatotal.com.br>", W, "Reembolso domínio",
         "Olá, cobraram a renovação do domínio e do SSL (OWD-2025-417) do projeto Academia Força Total, mas não vamos "
         "mais usar esse domínio. Queremos reembolso.", "2025-09-24 19:00", SP)
case("o15-dominio", OWB, "decided", [f], [R("deny")], spec="O6: third_party (domain, SSL) -> deny.")

f = mail("o16-urgencia", "Doceria da Vó <doceriadavo@hotmail.com>", W, "Devolução taxa de urgência",
         "Oii! Me cobraram a taxa de entrega urgente da Doceria da Vó (OWD-2025-418) e o site saiu um dia atrasado, "
         "então quero de volta.\nDona Cida", "2025-09-27 19:00", SP)
case("o16-urgencia", OWB, "decided", [f], [R("deny")], spec="O6: rush fee -> deny.")

f = mail("o17-c2-outro-email", "Diogo Martins <diogo.martins.pessoal@gmail.com>", W, "Reembolso Pousada Ilha Bela",
         "Olá, sou sócio da Pousada Ilha Bela, o contrato está no pousadailhabela@gmail.com. Queremos o reembolso da "
         "consultoria OWD-2025-420 porque mudamos os planos. Obrigado.", "2025-09-25 19:00", SP)
case("o17-c2-outro-email", OWB, "need_info", [f], rules=["C2"],
     spec="C2: sender is not the contracting email -> ask to write from it.")

f = mail("o18-chargeback", "Construtora Atlântico <adm@construtoraatlantico.com.br>", W, "Reembolso URGENTE",
         "Senhores, exigimos o reembolso do marco OWD-2025-419 do projeto Construtora Atlântico, a entrega veio com "
         "erros. Caso contrário faremos o chargeback no cartão e entraremos com ação no Juizado Especial.",
         "2025-09-25 19:00", SP)
case("o18-chargeback", OWB, "decided", [f], [R("escalate")], rules=["C4"],
     spec="C4: chargeback + small-claims court -> escalate (even though the milestone is completed).")

f = mail("o19-sem-motivo", "Pousada Ilha Bela <pousadailhabela@gmail.com>", W,
         "Refund Request — Pousada Ilha Bela / OWD-2025-420",
         "Prezados,\n\nVenho por meio deste solicitar o reembolso da fatura OWD-2025-420 do projeto Pousada Ilha "
         "Bela.\n\nSem mais para o momento.\n\nAtenciosamente,\nPousada Ilha Bela\nIlhabela - SP\n"
         "Esta mensagem é confidencial.", "2025-09-25 19:30", SP)
case("o19-sem-motivo", OWB, "need_info", [f], missing=["reason"],
     spec="C3 / sec. 8: no reason (restating, sign-off, disclaimer) -> ask for reason.")

f1 = mail("o20-thread-1", "Pousada Ilha Bela <pousadailhabela@gmail.com>", W, "Reembolso consultoria",
          "Oi, pedimos o reembolso da consultoria do projeto Pousada Ilha Bela (OWD-2025-420).\nAbs",
          "2025-09-26 19:00", SP)
f2 = mail("o20-thread-2", "Pousada Ilha Bela <pousadailhabela@gmail.com>", W, "Re: Reembolso consultoria [OWD-4120]",
          "Desculpem, o motivo: vendemos a pousada e os novos donos já têm site próprio.\n\n"
          "Em sex., 26 de set. de 2025 às 11:00, Optima WebDesign escreveu:\n> Poderia nos informar o motivo?",
          "2025-09-27 19:00", SP, reply_to=["<pt21.o20-thread-1@mail.example>", "<owd-4120@optimawebdesign.com>"])
case("o20-thread-resposta", OWB, "decided", [f1, f2], [R("approve", "10000.00")],
     spec="C3 thread: reason supplied; O1 discovery with no session started -> approve 10000.00.")

f = mail("o21-sem-fatura", "Agenda Porto <produto@agendaporto.pt>", W, "Pedido de reembolso",
         "Olá, queremos o reembolso do projeto App Agenda Porto porque a empresa entrou em reestruturação.\nObrigado",
         "2025-09-21 14:00", PT)
case("o21-sem-fatura", OWB, "need_info", [f], missing=["invoice_number"],
     spec="Sec. 4: the project has three payments and none is named -> ask for the invoice number.")

f = mail("o22-cancelar-sem-motivo", "Maputo Grill <admin@maputogrill.co.mz>", W, "Cancelamento",
         "Boa tarde, por favor cancelar o retainer do projeto Restaurante Maputo Grill, fatura OWD-2025-410.\n"
         "Obrigado,\nAníbal", "2025-09-20 18:00", MZ)
case("o22-cancelar-sem-motivo", OWB, "need_info", [f], missing=["reason"],
     spec="Sec. 8: Optima requires a reason for cancellations too -> need_info reason.")

f = mail("o23-encaminhado-c2", "Patrícia Lopes <patricia@lopescontabil.com.br>", W, "Fwd: devolução do sinal",
         "Encaminho o pedido do meu cliente.\n\n---------- Forwarded message ---------\n"
         "De: Oficina Sousa <oficinasousa@gmail.com>\nDate: seg., 29 de set. de 2025 às 12:00\n"
         "Subject: devolução do sinal\nTo: Patrícia Lopes\n\nPatrícia, peça à Optima a devolução do sinal "
         "OWD-2025-422 da Oficina Mecânica Sousa, mudamos de ideia. O e-mail do contrato é oficinasousa@gmail.com.",
         "2025-09-29 23:30", SP)
case("o23-encaminhado-c2", OWB, "need_info", [f], rules=["C2"],
     spec="Sec. 8 forward: forwarded request names the contract email oficinasousa@gmail.com, sender differs -> C2.")

f = mail("o24-encaminhado-proprio", "Oficina Sousa <oficinasousa@gmail.com>", W, "Enc: devolução do sinal",
         "Reencaminho o que mandei ontem para o endereço errado.\n\n-----Mensagem original-----\n"
         "De: Oficina Sousa <oficinasousa@gmail.com>\nEnviada em: segunda-feira, 29 de setembro de 2025 12:00\n"
         "Para: info@optimaweb.example\nAssunto: devolução do sinal\n\nOlá, queremos a devolução do sinal "
         "OWD-2025-422 do projeto Oficina Mecânica Sousa. Mudamos de ideia: a oficina vai mudar de endereço e "
         "deixamos o site para o ano que vem.", "2025-09-30 19:00", SP)
case("o24-encaminhado-proprio", OWB, "decided", [f], [R("approve", "16000.00")],
     spec="Forward from the contract email itself: O2 deposit paid 2025-09-29 09:00, request 2025-09-30 19:00 (34 h), no work -> approve 16000.00.")

f = mail("o25-mudanca-escopo", "Editora Pena <pagamentos@editorapena.pt>", W, "Reembolso alteração",
         "Bom dia, queremos o reembolso do pedido de alteração OWD-2025-421 da Editora Pena: afinal não usamos o novo "
         "formulário.\nCumprimentos", "2025-09-24 14:00", PT)
case("o25-mudanca-escopo", OWB, "decided", [f], [R("deny")], spec="O6: change_request -> deny.")

f = mail("o26-ferias", "Doceria da Vó <doceriadavo@hotmail.com>", W, "Resposta automática",
         "Obrigada pela mensagem! Estamos de férias até segunda.", "2025-09-28 10:00", SP,
         headers={"Auto-Submitted": "auto-replied"})
case("o26-ferias", OWB, "ignore", [f], rules=["C7"], spec="C7 auto-reply -> ignore.")

f = mail("o27-orcamento", "Juliana Freitas <ju.freitas@gmail.com>", W, "Orçamento",
         "Oi, quanto custa uma loja virtual? E se eu pagar o sinal e me arrepender, vocês devolvem?\nBeijos",
         "2025-09-27 19:00", SP)
case("o27-orcamento", OWB, "other", [f], spec="Sec. 8 hypothetical pre-purchase question -> other.")

f = mail("o28-newsletter", "Newsletter Design BR <news@designbr.com.br>", W, "Novidades de setembro",
         "As melhores tendências de web design do mês.", "2025-09-15 10:00", SP,
         headers={"List-Id": "<news.designbr.com.br>", "Precedence": "bulk"})
case("o28-newsletter", OWB, "ignore", [f], rules=["C7"], spec="C7: List-Id / Precedence bulk -> ignore.")


(HERE / "ledger.json").write_text(json.dumps({"customers": customers, "projects": projects,
                                              "payments": payments}, ensure_ascii=False, indent=1) + "\n")
(HERE / "expected.json").write_text(json.dumps({"cases": CASES}, ensure_ascii=False, indent=1) + "\n")
print(len(CASES), "cases")
