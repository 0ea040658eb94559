"""Generator for a fresh held-out round (QA pass, this session, written from POLICY_SPEC.md alone).

Stdlib only; deterministic. Writes ledger.json, emails/*.eml and expected.json beside this file.
Licence: MIT (like the project); all text written for this project.
"""
import json
import os
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
IST = timezone(timedelta(hours=5, minutes=30))
LO = "support@leadsoptima.com"
OWD = "optimawebdesigns12@gmail.com"

customers, projects, payments, cases = [], [], [], []


def date(ist, off):
    """`ist` is the local time in the brands' zone (Asia/Kolkata); the header is written in the
    sender's own UTC offset `off` (hours), so the weekday always matches the date."""
    dt = datetime.fromisoformat(ist).replace(tzinfo=IST)
    return format_datetime(dt.astimezone(timezone(timedelta(hours=off))))


def cust(email, name, plan, ps=None, pe=None, status="active", trial_ends=None):
    customers.append({"brand": "leadsoptima", "email": email, "name": name, "plan": plan,
                      "status": status, "trial_ends": trial_ends,
                      "current_period_start": ps, "current_period_end": pe})


def lpay(pid, inv, email, plan, amount, paid_at, ps=None, pe=None, status="paid", tax="0.00"):
    payments.append({"brand": "leadsoptima", "id": pid, "invoice": inv, "customer_email": email,
                     "kind": "subscription", "plan": plan, "amount": amount, "tax": tax,
                     "currency": "INR", "paid_at": paid_at, "period_start": ps, "period_end": pe,
                     "status": status})


def proj(name, email, work=None):
    projects.append({"brand": "optima_webdesign", "name": name, "contract_email": email,
                     "work_started_at": work})


def opay(pid, inv, project, kind, amount, paid_at, tax="0.00", status="paid", **kw):
    rec = {"brand": "optima_webdesign", "id": pid, "invoice": inv, "project": project, "kind": kind,
           "amount": amount, "tax": tax, "currency": "INR", "paid_at": paid_at, "status": status,
           "setup_fee": None, "service_start": None, "next_billing_at": None,
           "period_start": None, "period_end": None, "milestone_status": None}
    rec.update(kw)
    payments.append(rec)


def mail(key, frm, to, subject, when, body=None, html=None, headers=None, reply_to=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = when
    dom = frm.split("@")[-1].strip(">") if "@" in frm else "localhost"
    m["Message-ID"] = f"<{key}.{LANG}@{dom}>"
    if reply_to is not None:
        m["In-Reply-To"] = reply_to["Message-ID"]
        m["References"] = reply_to["Message-ID"]
    for k, v in (headers or {}).items():
        m[k] = v
    if body is not None:
        m.set_content(body)
        if html is not None:
            m.add_alternative(html, subtype="html")
    else:
        m.set_content(html, subtype="html")
    return m


def case(cid, msgs, brand, status, decisions=(), rules=(), missing=None, spec="", ambiguous=None,
         extra_ok=False):
    files = []
    for i, m in enumerate(msgs):
        name = f"emails/{cid}.eml" if len(msgs) == 1 else f"emails/{cid}-{i + 1}.eml"
        files.append((name, m))
    c = {"id": f"{LANG}-{cid}", "lang": LANG, "files": [f for f, _ in files], "brand": brand,
         "status": status, "rules": list(rules)}
    if missing is not None:
        c["missing"] = list(missing)
    c["decisions"] = [dict(d) for d in decisions]
    if extra_ok:
        c["extra_ok"] = True
    c["spec"] = spec
    if ambiguous:
        c["ambiguous"] = ambiguous
    c["_files"] = files
    cases.append(c)


def D(intent, outcome, amount=None, eff=None):
    d = {"intent": intent, "outcome": outcome}
    if outcome == "approve":
        d["amount"] = amount
    elif outcome in ("deny", "escalate") and intent == "refund":
        d["amount"] = None
    if intent == "cancellation" and outcome == "cancel":
        d["effective_date"] = eff
    return d


def write():
    os.makedirs(os.path.join(HERE, "emails"), exist_ok=True)
    for c in cases:
        for name, m in c.pop("_files"):
            with open(os.path.join(HERE, name), "wb") as f:
                f.write(m.as_bytes(policy=SMTP))
    with open(os.path.join(HERE, "ledger.json"), "w", encoding="utf-8") as f:
        json.dump({"customers": customers, "projects": projects, "payments": payments}, f,
                  ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump({"cases": cases}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    ids = [p["id"] for p in payments]
    invs = [p["invoice"] for p in payments if p.get("invoice")]
    assert len(ids) == len(set(ids)) and len(invs) == len(set(invs)), "duplicate id/invoice"
    print(f"{len(cases)} cases, {len(customers)} customers, {len(projects)} projects, "
          f"{len(payments)} payments")

LANG = "pt"
BR, PT = -3, 1   # UTC offsets in September 2025 (Brasília, no DST; Lisbon WEST)

# ---------------------------------------------------------------- LeadsOptima
cust("camila.rocha@rochaimoveis.com.br", "Camila Rocha", "monthly", "2025-09-24", "2025-10-23")
lpay("pt_p101", "LO-INV-80101", "camila.rocha@rochaimoveis.com.br", "monthly", "1499.00", "2025-09-24T11:00:00", "2025-09-24", "2025-10-23", tax="269.82")
lpay("pt_p102", "LO-INV-80102", "camila.rocha@rochaimoveis.com.br", "monthly", "1499.00", "2025-09-24T11:03:00", "2025-09-24", "2025-10-23", tax="269.82")
case("l01-cobranca-em-dobro-br", [mail("l01", "Camila Rocha <camila.rocha@rochaimoveis.com.br>", LO,
    "Cobrança em dobro no cartão", date("2025-09-26T19:30:00", BR),
    "Oi, pessoal, tudo bem?\n\nNo dia 24 caíram duas cobranças iguais da mensalidade no meu cartão, com três "
    "minutos de diferença. Fui cobrada em dobro pelo mesmo mês do plano mensal. A nota da segunda é a "
    "lo-inv-80102.\n\nPodem estornar essa cobrança a mais, por favor?\n\nObrigada!\nCamila Rocha\n"
    "Rocha Imóveis | Campinas-SP\n(19) 99876-1234\n")],
    "leadsoptima", "decided", [D("refund", "approve", "1499.00")],
    spec="L2 duplicate_payment, L3, L4; section 8 invoice references ('lo-inv-80102'). Two paid 1499.00 charges 2025-09-24 same period; request 2025-09-26 19:30 IST = day 2 -> approve 1499.00 (tax not refunded, C6).")

cust("rui.macedo@macedoadvisory.pt", "Rui Macedo", "quarterly", "2025-09-19", "2025-12-18")
lpay("pt_p111", "LO-INV-80111", "rui.macedo@macedoadvisory.pt", "quarterly", "6999.00", "2025-09-18T20:00:00Z", "2025-09-19", "2025-12-18")
lpay("pt_p112", "LO-INV-80112", "rui.macedo@macedoadvisory.pt", "quarterly", "6999.00", "2025-09-18T20:02:00Z", "2025-09-19", "2025-12-18")
case("l02-duplicado-dia7-utc-pt", [mail("l02", "Rui Macedo <rui.macedo@macedoadvisory.pt>", LO,
    "Débito duplicado - plano trimestral", date("2025-09-26T21:00:00", PT),
    "Boa tarde,\n\nVerifiquei no extrato que a subscrição trimestral me foi debitada duas vezes na mesma noite "
    "(6.999,00 INR cada). Solicito a devolução do débito duplicado, fatura LO-INV-80112.\n\nCom os melhores "
    "cumprimentos,\nRui Macedo\nMacedo Advisory, Lda. · Porto\n")],
    "leadsoptima", "decided", [D("refund", "approve", "6999.00")],
    spec="Section 8 'Ledger times with an offset are converted': paid_at 2025-09-18T20:00Z = 2025-09-19 01:30 IST, day 0 = 19 Sep. Request 2025-09-26 21:00 IST = day 7, inside L3 -> L4 approve 6999.00. (Counting from the UTC date, 18 Sep, would wrongly give day 8.)")

cust("thiago@academiapulso.com.br", "Thiago Nunes", "monthly", "2025-09-05", "2025-10-04")
lpay("pt_p121", "LO-INV-80121", "thiago@academiapulso.com.br", "monthly", "1799.00", "2025-09-05T10:00:00", "2025-09-05", "2025-10-04")
lpay("pt_p122", "LO-INV-80122", "thiago@academiapulso.com.br", "monthly", "1799.00", "2025-09-05T10:01:00", "2025-09-05", "2025-10-04")
case("l03-duplicado-fora-do-prazo-br", [mail("l03", "Thiago Nunes <thiago@academiapulso.com.br>", LO,
    "cobrança duplicada", date("2025-09-15T18:00:00", BR),
    "Bom dia. Só agora vi na fatura do cartão que vocês me cobraram duas vezes a mensalidade no dia 5. "
    "Quero o reembolso da duplicada, LO-INV-80122, plano mensal.\n\nThiago - Academia Pulso\n")],
    "leadsoptima", "decided", [D("refund", "deny")],
    spec="L3: charge 2025-09-05 (day 0), request 2025-09-15 = day 10 > 7 -> deny citing the 7-day rule, even for a real duplicate.")

cust("ana.figueiredo@figueiredoarquitetos.pt", "Ana Figueiredo", "monthly", "2025-09-22", "2025-10-21")
lpay("pt_p131", "LO-INV-80131", "ana.figueiredo@figueiredoarquitetos.pt", "monthly", "1499.00", "2025-09-22T10:00:00", "2025-09-22", "2025-10-21")
case("l04-mudei-de-ideias-pt", [mail("l04", "Ana Figueiredo <ana.figueiredo@figueiredoarquitetos.pt>", LO,
    "Pedido de reembolso", date("2025-09-25T15:00:00", PT),
    "Exmos. Senhores,\n\nAderi ao plano mensal na segunda-feira (fatura LO-INV-80131), mas, depois de falar com "
    "os meus sócios, concluímos que não temos volume de contactos que justifique a ferramenta. Peço, por isso, o "
    "reembolso do valor pago.\n\nMelhores cumprimentos,\nAna Figueiredo\nFigueiredo Arquitetos · Coimbra\n")],
    "leadsoptima", "decided", [D("refund", "deny")],
    spec="L1: changed mind / not enough use is not an L2 exception -> deny (the reply offers cancellation).")

cust("marcos.lima@limaautopecas.com.br", "Marcos Lima", "monthly", "2025-09-27", "2025-10-26")
lpay("pt_p141", "LO-INV-80141", "marcos.lima@limaautopecas.com.br", "monthly", "2999.00", "2025-09-27T10:00:00", "2025-09-27", "2025-10-26")
case("l05-valor-errado-br", [mail("l05", "Marcos Lima <marcos.lima@limaautopecas.com.br>", LO,
    "Valor cobrado errado", date("2025-09-28T22:00:00", BR),
    "Olá,\n\nMeu plano mensal sempre foi ₹ 1.499,00 e dessa vez veio ₹ 2.999,00 na fatura LO-INV-80141. Ninguém "
    "me avisou de reajuste, então pra mim é valor errado. Quero a diferença de volta.\n\nAbs,\nMarcos\n"
    "Lima Autopeças - Goiânia\n")],
    "leadsoptima", "decided", [D("refund", "escalate")],
    spec="L2 billing_error (wrong amount), charge 2025-09-27, request day 1 -> L5 escalate with the charge, no amount.")

cust("fernanda@docesdafe.com.br", "Fernanda Alves", "quarterly", "2025-09-23", "2025-12-22")
lpay("pt_p151", "LO-INV-80151", "fernanda@docesdafe.com.br", "quarterly", "6999.00", "2025-09-23T10:00:00", "2025-09-23", "2025-12-22")
case("l06-nao-consigo-logar-br", [mail("l06", "Fernanda Alves <fernanda@docesdafe.com.br>", LO,
    "não consigo entrar na conta", date("2025-09-27T01:00:00", BR),
    "Gente, desde terça não consigo logar de jeito nenhum. Coloco a senha, ele carrega e volta pra tela de "
    "login. Já troquei a senha duas vezes. Paguei o trimestral no dia 23 (LO-INV-80151) e não usei nada. "
    "Quero meu dinheiro de volta.\n\nFernanda\nDoces da Fê\n")],
    "leadsoptima", "decided", [D("refund", "escalate")],
    spec="L2 access_failure (cannot log in), charge 2025-09-23, request 2025-09-27 01:00 IST = day 4 -> L6 escalate.")

cust("joaquim.sousa@sousavinhos.pt", "Joaquim Sousa", "annual", "2025-04-01", "2026-03-31")
lpay("pt_p161", "LO-INV-80161", "joaquim.sousa@sousavinhos.pt", "annual", "23988.00", "2025-04-01T10:00:00", "2025-04-01", "2026-03-31")
case("l07-cancelamento-formal-pt", [mail("l07", "Joaquim Sousa <joaquim.sousa@sousavinhos.pt>", LO,
    "Cancelamento da subscrição anual", date("2025-09-17T17:00:00", PT),
    "Exmos. Senhores,\n\nVenho por este meio solicitar o cancelamento da nossa subscrição anual da LeadsOptima. "
    "A Sousa Vinhos foi adquirida por um grupo que utiliza outra plataforma de angariação de clientes, pelo que "
    "deixámos de necessitar do serviço.\n\nAgradeço que me confirmem a data até à qual a conta se mantém ativa.\n\n"
    "Com os melhores cumprimentos,\nJoaquim Sousa\nDiretor Comercial · Sousa Vinhos, S.A. · Peso da Régua\n")],
    "leadsoptima", "decided", [D("cancellation", "cancel", eff="2026-03-31")],
    spec="L8: cancel; effective_date = current_period_end 2026-03-31.")

cust("bruno@brunofotografia.com.br", "Bruno Tavares", "annual", None, None)
lpay("pt_p171", "LO-INV-80171", "bruno@brunofotografia.com.br", "annual", "23988.00", "2025-01-31T10:00:00")
case("l08-cancelar-anual-sem-periodo-br", [mail("l08", "Bruno Tavares <bruno@brunofotografia.com.br>", LO,
    "Cancelar renovação", date("2025-09-20T20:00:00", BR),
    "Fala, time! Quero cancelar meu plano anual pra não renovar em janeiro. Vou parar com o estúdio e trabalhar "
    "CLT numa agência, então não preciso mais captar cliente.\n\nValeu,\nBruno\n")],
    "leadsoptima", "decided", [D("cancellation", "cancel", eff="2026-01-30")],
    spec="L8 fallback: no current_period_end; last charge 2025-01-31 + 12 months = 2026-01-31, minus one day = 2026-01-30.")

cust("lucas@luxfitstudio.com.br", "Lucas Pereira", "monthly", "2025-09-25", "2025-10-24")
lpay("pt_p181", "LO-INV-80181", "lucas@luxfitstudio.com.br", "monthly", "1499.00", "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
case("l09-sem-acesso-cancela-e-reembolso-br", [mail("l09", "Lucas Pereira <lucas@luxfitstudio.com.br>", LO,
    "Plataforma fora do ar + cancelamento", date("2025-09-29T23:00:00", BR),
    "Boa tarde,\n\nO painel simplesmente não abre desde sexta, fica na tela branca carregando. Já perdi leads "
    "de uma campanha inteira. Não dá mais: quero cancelar a assinatura mensal e ser reembolsado da mensalidade "
    "paga dia 25 (LO-INV-80181).\n\nLucas Pereira\nLux Fit Studio\n")],
    "leadsoptima", "decided", [D("refund", "escalate"), D("cancellation", "cancel", eff="2025-10-24")],
    spec="Refund: L2 access_failure (platform not loading), day 4 -> L6 escalate. Cancellation: L8 effective current_period_end 2025-10-24.")

cust("patricia@patymodas.com.br", "Patrícia Gomes", "monthly", "2025-09-16", "2025-10-15")
lpay("pt_p191", "LO-INV-80191", "patricia@patymodas.com.br", "monthly", "1499.00", "2025-09-16T10:00:00", "2025-09-16", "2025-10-15")
case("l10-nao-quero-estorno-br", [mail("l10", "Patrícia Gomes <patricia@patymodas.com.br>", LO,
    "cancelamento", date("2025-09-22T21:30:00", BR),
    "Oi! Não estou pedindo estorno nem nada, sei que o mês já foi pago. Só quero cancelar pra não vir a próxima "
    "cobrança. A loja vai focar só no Instagram por enquanto.\n\nBeijos,\nPaty\nPaty Modas\n")],
    "leadsoptima", "decided", [D("cancellation", "cancel", eff="2025-10-15")],
    spec="Section 8 negation ('Não estou pedindo estorno') adds no refund intent; L8 cancel effective 2025-10-15.")

cust("helena@helenamarques-nutri.pt", "Helena Marques", None, None, None, status="trial", trial_ends="2025-10-03")
case("l11-periodo-experimental-pt", [mail("l11", "Helena Marques <helena@helenamarques-nutri.pt>", LO,
    "Período experimental", date("2025-09-29T13:00:00", PT),
    "Bom dia,\n\nEstou no período experimental e não vou continuar. Se houver algum valor debitado, quero a "
    "devolução.\n\nObrigada,\nHelena Marques\nNutricionista\n")],
    "leadsoptima", "decided", [D("refund", "deny")],
    spec="L7: free-trial account (status trial) with no charges -> deny, nothing to refund; no billing unless they subscribe. "
         "Not ambiguous (second-pass QA): L7 names this very case 'An account on a free trial has no charges: deny'; a trial has no plan or invoice to ask for, and section 1 says fields the ledger holds for a verified sender are not asked for. "
         "'Se houver algum valor debitado, quero a devolução' is a refund request from a trial account (the ledger shows no charge), not a policy question before buying (section 8 hypotheticals).")

cust("rodrigo@rcseguros.com.br", "Rodrigo Castro", "monthly", "2025-09-12", "2025-10-11")
lpay("pt_p201", "LO-INV-80201", "rodrigo@rcseguros.com.br", "monthly", "1499.00", "2025-07-12T10:00:00", "2025-07-12", "2025-08-11")
lpay("pt_p202", "LO-INV-80202", "rodrigo@rcseguros.com.br", "monthly", "1499.00", "2025-08-12T10:00:00", "2025-08-12", "2025-09-11")
lpay("pt_p203", "LO-INV-80203", "rodrigo@rcseguros.com.br", "monthly", "1499.00", "2025-09-12T10:00:00", "2025-09-12", "2025-10-11")
lpay("pt_p204", "LO-INV-80204", "rodrigo@rcseguros.com.br", "monthly", "1499.00", "2025-09-12T10:04:00", "2025-09-12", "2025-10-11")
case("l12-sem-numero-fatura-br", [mail("l12", "Rodrigo Castro <rodrigo@rcseguros.com.br>", LO,
    "pagamento duplicado", date("2025-09-14T20:00:00", BR),
    "Bom dia. Esse mês o pagamento da mensalidade saiu duas vezes do meu cartão. Peço o reembolso de um deles.\n\n"
    "Rodrigo Castro\nRC Corretora de Seguros\n")],
    "leadsoptima", "need_info", missing=["invoice_number"],
    spec="Section 3: a refund needs invoice_number (the charge must be identified); plan is filled from the verified sender's record and the reason is given (paid twice) -> need_info [invoice_number].",
    ambiguous="Kept by the second-pass QA: the ledger has exactly one duplicate pair this month (LO-INV-80203/80204), and section 8 'Which invoice' says the duplicate's invoice is the later one, so a bot could fill invoice_number from the ledger under section 1 ('fields that the ledger holds for a verified sender are filled from it') and approve 1499.00; section 3 (the charge must be identified) reads as asking for it. Neither C3 nor section 8 says which.")

cust("teresa.pinto@pintoeirmaos.pt", "Teresa Pinto", "monthly", "2025-09-26", "2025-10-25")
lpay("pt_p211", "LO-INV-80211", "teresa.pinto@pintoeirmaos.pt", "monthly", "1499.00", "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
case("l13-sem-motivo-pt", [mail("l13", "Teresa Pinto <teresa.pinto@pintoeirmaos.pt>", LO,
    "Reembolso LO-INV-80211", date("2025-09-29T18:00:00", PT),
    "Boa tarde,\n\nSolicito o reembolso da fatura LO-INV-80211 (plano mensal).\n\nFico a aguardar.\n\n"
    "Cumprimentos,\nTeresa Pinto\nDepartamento Financeiro | Pinto & Irmãos, Lda.\n"
    "Esta mensagem pode conter informação confidencial. Se a recebeu por engano, elimine-a.\n")],
    "leadsoptima", "need_info", missing=["reason"],
    spec="Section 8: the restated request, sign-off, signature and confidentiality footer are not a reason; plan and invoice are given -> need_info [reason].")

cust("diego@diegobarbearia.com.br", "Diego Martins", "monthly", "2025-09-20", "2025-10-19")
lpay("pt_p221", "LO-INV-80221", "diego@diegobarbearia.com.br", "monthly", "1499.00", "2025-09-20T10:00:00", "2025-09-20", "2025-10-19")
lpay("pt_p222", "LO-INV-80222", "diego@diegobarbearia.com.br", "monthly", "1499.00", "2025-09-20T10:01:00", "2025-09-20", "2025-10-19")
m1 = mail("l14a", "Diego Martins <diego@diegobarbearia.com.br>", LO, "Reembolso LO-INV-80222",
    date("2025-09-22T19:00:00", BR),
    "Olá, quero o reembolso da fatura LO-INV-80222, plano mensal.\n\nDiego\n")
m2 = mail("l14b", "Diego Martins <diego@diegobarbearia.com.br>", LO, "Re: Reembolso LO-INV-80222",
    date("2025-09-23T18:00:00", BR),
    "Opa, foi mal, esqueci de explicar: o cartão passou duas vezes no dia 20, essa é a cobrança repetida.\n\n"
    "Diego\n\nEm seg., 22 de set. de 2025 às 14:05, LeadsOptima Support <support@leadsoptima.com> escreveu:\n"
    "> Pode nos dizer o motivo do pedido?\n", reply_to=m1)
case("l14-fio-motivo-br", [m1, m2], "leadsoptima", "decided", [D("refund", "approve", "1499.00")],
    spec="C3 thread: the first mail lacks a reason; the answer (In-Reply-To) says the card was charged twice. Request time = first email 2025-09-22 19:00 IST = day 2 -> L4 approve 1499.00.")

cust("carla.mendes@mendesdental.pt", "Carla Mendes", "monthly", "2025-09-15", "2025-10-14", status="cancelled")
lpay("pt_p231", "LO-INV-80231", "carla.mendes@mendesdental.pt", "monthly", "1499.00", "2025-09-15T10:00:00", "2025-09-15", "2025-10-14")
case("l15-cobrada-apos-cancelar-pt", [mail("l15", "Carla Mendes <carla.mendes@mendesdental.pt>", LO,
    "Débito indevido após cancelamento", date("2025-09-19T14:00:00", PT),
    "Bom dia,\n\nCancelei a subscrição no dia 1 de setembro, tenho o e-mail de confirmação, e mesmo assim no dia 15 "
    "foi-me debitada nova mensalidade (LO-INV-80231). Peço a devolução desse débito.\n\nCarla Mendes\nClínica Mendes\n")],
    "leadsoptima", "decided", [D("refund", "escalate")],
    spec="Past event: charged after I cancelled -> L2 billing_error, charge 2025-09-15, request day 4 -> L5 escalate.")

cust("vinicius@vsconstrucoes.com.br", "Vinícius Souza", "annual", "2025-09-10", "2026-09-09")
lpay("pt_p241", "LO-INV-80241", "vinicius@vsconstrucoes.com.br", "annual", "23988.00", "2025-09-10T10:00:00", "2025-09-10", "2026-09-09")
case("l16-plano-errado-dia9-br", [mail("l16", "Vinícius Souza <vinicius@vsconstrucoes.com.br>", LO,
    "cobraram o anual", date("2025-09-19T20:00:00", BR),
    "Bom dia, eu queria o plano trimestral e vocês me cobraram o anual (LO-INV-80241) no dia 10. Cobrança do "
    "plano errado, quero o estorno.\n\nVinícius\n")],
    "leadsoptima", "decided", [D("refund", "deny")],
    spec="L2 billing_error but L3: charge 2025-09-10, request 2025-09-19 = day 9 > 7 -> deny citing the 7-day rule.")

cust("juliana@jucosmeticos.com.br", "Juliana Reis", "monthly", "2025-09-30", "2025-10-29")
lpay("pt_p251", "LO-INV-80251", "juliana@jucosmeticos.com.br", "monthly", "1499.00", "2025-09-30T09:00:00", "2025-09-30", "2025-10-29")
lpay("pt_p252", "LO-INV-80252", "juliana@jucosmeticos.com.br", "monthly", "1499.00", "2025-09-30T09:01:00", "2025-09-30", "2025-10-29")
case("l17-mesmo-dia-br", [mail("l17", "Juliana Reis <juliana@jucosmeticos.com.br>", LO,
    "paguei 2x", date("2025-09-30T18:30:00", BR),
    "Oi, hoje de madrugada paguei 2x a mensalidade sem querer (o app travou e apertei de novo). A segunda é "
    "LO INV 80252. Tem como devolver? Plano mensal.\nJu\n")],
    "leadsoptima", "decided", [D("refund", "approve", "1499.00")],
    spec="L4: two paid charges 2025-09-30, request 2025-09-30 18:30 IST = day 0 -> approve 1499.00; 'LO INV 80252' = LO-INV-80252.")

# ---------------------------------------------------------------- Optima WebDesign
proj("Loja Virtual Conservas Ribamar", "geral@conservasribamar.pt")
opay("pt_o01", "OWD-2025-801", "Loja Virtual Conservas Ribamar", "deposit", "35000.00", "2025-09-25T15:00:00", tax="8050.00")
case("o01-sinal-48h-pt", [mail("o01", "Conservas Ribamar <geral@conservasribamar.pt>", OWD,
    "Refund Request — Loja Virtual Conservas Ribamar / OWD-2025-801", date("2025-09-27T15:00:00", PT),
    "Bom dia,\n\nPagámos na quinta-feira o sinal do projeto Loja Virtual Conservas Ribamar (fatura OWD-2025-801). "
    "Entretanto a câmara municipal aprovou a candidatura a um programa de apoio que obriga a usar uma plataforma "
    "de comércio eletrónico já definida, pelo que não vamos avançar convosco.\n\nComo ainda nada foi começado, "
    "pedimos a devolução do sinal.\n\nCom os melhores cumprimentos,\nMaria do Céu Ribeiro\nConservas Ribamar · Matosinhos\n")],
    "optima_webdesign", "decided", [D("refund", "approve", "35000.00")],
    spec="O2: deposit paid 2025-09-25 15:00 IST, no work started; request 2025-09-27 15:00 IST = 48h < 72h -> approve 35000.00 (tax 8050.00 kept, C6).")

proj("Site Clínica Sorriso Leve", "financeiro@sorrisoleve.com.br")
opay("pt_o02", "OWD-2025-802", "Site Clínica Sorriso Leve", "deposit", "20000.00", "2025-09-20T09:00:00")
case("o02-sinal-73h-br", [mail("o02", "Financeiro Sorriso Leve <financeiro@sorrisoleve.com.br>", OWD,
    "Devolução do sinal - Site Clínica Sorriso Leve", date("2025-09-23T10:30:00", BR),
    "Boa noite,\n\nSolicitamos a devolução do sinal pago para o Site Clínica Sorriso Leve, fatura OWD-2025-802. "
    "A sócia que cuidava do marketing saiu da clínica e vamos segurar o projeto por tempo indeterminado.\n\n"
    "Atenciosamente,\nSetor Financeiro\n")],
    "optima_webdesign", "decided", [D("refund", "deny")],
    spec="O2: paid 2025-09-20 09:00 IST; email 2025-09-23 02:00 -0300 = 2025-09-23 10:30 IST = 73h30m >= 72h -> deny.")

proj("Portal Cooperativa Agro Cerrado", "ti@coopagrocerrado.com.br", work="2025-09-30T10:00:00")
opay("pt_o03", "OWD-2025-803", "Portal Cooperativa Agro Cerrado", "deposit", "28000.00", "2025-09-26T09:00:00")
case("o03-sinal-trabalho-agendado-br", [mail("o03", "TI Coop Agro Cerrado <ti@coopagrocerrado.com.br>", OWD,
    "Cancelamento e reembolso do sinal", date("2025-09-27T19:00:00", BR),
    "Bom dia,\n\nA assembleia da cooperativa não aprovou o orçamento do Portal Cooperativa Agro Cerrado, então "
    "precisamos desistir. Pedimos o reembolso do sinal (fatura OWD-2025-803). Sei que o kickoff estava marcado "
    "para terça, dia 30, mas ainda não aconteceu.\n\nAtt,\nEduardo Prado - TI\n")],
    "optima_webdesign", "decided", [D("refund", "approve", "28000.00")], extra_ok=True,
    spec="O2: paid 2025-09-26 09:00 IST, request 2025-09-27 19:00 IST = 34h < 72h, and work_started_at 2025-09-30 is later than the request -> approve 28000.00. The 'cancelamento' of the project may add a cancellation decision: extra_ok.")

proj("Identidade Visual Queijaria Serra da Estrela", "encomendas@queijariaserra.pt", work="2025-10-06T10:00:00")
opay("pt_o04", "OWD-2025-804", "Identidade Visual Queijaria Serra da Estrela", "discovery", "14000.00", "2025-09-18T10:00:00")
case("o04-discovery-ainda-nao-pt", [mail("o04", "Queijaria Serra <encomendas@queijariaserra.pt>", OWD,
    "Reembolso - sessão de estratégia", date("2025-09-24T16:00:00", PT),
    "Boa tarde,\n\nPagámos a fase de estratégia da Identidade Visual Queijaria Serra da Estrela (OWD-2025-804), com "
    "a primeira sessão marcada só para 6 de outubro. O meu pai, que é o dono, decidiu manter o rótulo antigo, "
    "que já tem 40 anos e os clientes reconhecem. Peço o reembolso desse valor.\n\nObrigado,\nTiago Lopes\n")],
    "optima_webdesign", "decided", [D("refund", "approve", "14000.00")],
    spec="O1: discovery fee; work_started_at 2025-10-06 is later than the request (2025-09-24) -> no session started, approve 14000.00.")

proj("App Delivery Açaí da Praia", "contato@acaidapraia.com.br", work="2025-08-01T10:00:00")
opay("pt_o05", "OWD-2025-805", "App Delivery Açaí da Praia", "milestone", "42000.00", "2025-09-10T10:00:00", tax="7560.00", milestone_status="not_started")
case("o05-marco-nao-iniciado-br", [mail("o05", "Açaí da Praia <contato@acaidapraia.com.br>", OWD,
    "Reembolso do marco 4 - App Delivery Açaí da Praia", date("2025-09-25T21:00:00", BR),
    "Olá, equipe!\n\nDo App Delivery Açaí da Praia, decidimos tirar o módulo de fidelidade (marco 4, fatura "
    "OWD-2025-805) porque o iFood já oferece isso pra gente sem custo. Pelo cronograma esse marco nem começou. "
    "Queremos o reembolso dele.\n\nAbraços,\nRenata\n")],
    "optima_webdesign", "decided", [D("refund", "approve", "42000.00")],
    spec="O3: milestone not_started -> approve its amount 42000.00 before tax (7560.00 tax kept).")

proj("Site Institucional Escola Raízes", "direcao@escolaraizes.pt", work="2025-07-01T10:00:00")
opay("pt_o06", "OWD-2025-806", "Site Institucional Escola Raízes", "milestone", "24000.00", "2025-08-01T10:00:00", milestone_status="completed")
case("o06-marco-concluido-pt", [mail("o06", "Direção Escola Raízes <direcao@escolaraizes.pt>", OWD,
    "Devolução de pagamento", date("2025-09-18T11:00:00", PT),
    "Caros,\n\nO design do Site Institucional Escola Raízes (fatura OWD-2025-806) ficou concluído, mas o novo conselho "
    "pedagógico não gostou das cores e quer outra abordagem. Solicitamos a devolução do montante pago por essa fase.\n\n"
    "Atenciosamente,\nA Direção\n")],
    "optima_webdesign", "decided", [D("refund", "deny")],
    spec="O3/O6: milestone completed -> deny (completed deliverables are non-refundable).")

proj("Marketplace Artesanato Nordeste", "projetos@artenordeste.com.br", work="2025-08-20T10:00:00")
opay("pt_o07", "OWD-2025-807", "Marketplace Artesanato Nordeste", "milestone", "38000.00", "2025-09-05T10:00:00", milestone_status="in_progress")
case("o07-marco-em-andamento-br", [mail("o07", "Projetos Arte Nordeste <projetos@artenordeste.com.br>", OWD,
    "reembolso parcial marco 2", date("2025-09-24T02:00:00", BR),
    "Boa tarde,\n\nO edital que bancava o Marketplace Artesanato Nordeste foi cortado e vamos ter que parar. Do marco 2 "
    "(OWD-2025-807) sei que vocês já começaram uma parte; pedimos o reembolso do que ainda não foi feito.\n\n"
    "Obrigada,\nJoana Farias\n")],
    "optima_webdesign", "decided", [D("refund", "escalate")],
    spec="O3: milestone in_progress -> escalate.")

proj("Avença Redes Sociais Pastelaria Aurora", "aurora@pastelariaaurora.pt", work="2025-03-20T10:00:00")
opay("pt_o08", "OWD-2025-808", "Avença Redes Sociais Pastelaria Aurora", "retainer", "9000.00", "2025-09-20T10:00:00",
     period_start="2025-09-20", period_end="2025-10-19", next_billing_at="2025-10-20T00:00:00")
case("o08-avenca-com-aviso-pt", [mail("o08", "Pastelaria Aurora <aurora@pastelariaaurora.pt>", OWD,
    "Rescisão da avença mensal", date("2025-09-29T19:00:00", PT),
    "Boa tarde,\n\nVenho comunicar que pretendemos terminar a Avença Redes Sociais Pastelaria Aurora (última fatura "
    "OWD-2025-808). A minha filha acabou o curso de comunicação e vai passar a tratar das redes da pastelaria.\n\n"
    "Cumprimentos,\nDona Aurora Seixas\n")],
    "optima_webdesign", "decided", [D("cancellation", "cancel", eff="2025-10-19")],
    spec="O4/O8: next_billing_at 2025-10-20; request 2025-09-29 <= 2025-10-13 -> cancel, effective the day before: 2025-10-19.")

proj("Gestão de Tráfego Pet Shop Bicho Feliz", "gerencia@bichofeliz.com.br", work="2025-04-05T10:00:00")
opay("pt_o09", "OWD-2025-809", "Gestão de Tráfego Pet Shop Bicho Feliz", "retainer", "11000.00", "2025-09-05T10:00:00",
     period_start="2025-09-05", period_end="2025-10-04", next_billing_at="2025-10-05T00:00:00")
case("o09-mensalidade-aviso-curto-br", [mail("o09", "Gerência Bicho Feliz <gerencia@bichofeliz.com.br>", OWD,
    "cancelar gestão de tráfego", date("2025-09-30T19:00:00", BR),
    "Oi, bom dia. Quero cancelar o serviço de Gestão de Tráfego Pet Shop Bicho Feliz (fatura OWD-2025-809). O "
    "movimento caiu muito e não tenho verba pra anúncio agora.\n\nSérgio\n")],
    "optima_webdesign", "decided", [D("cancellation", "cancel", eff="2025-11-04")],
    spec="O4: next_billing_at 2025-10-05; request 2025-09-30 > 2025-09-28 (less than 7 days' notice) -> next cycle 2025-10-05..2025-11-04 billed; effective 2025-11-04.")

proj("Hospedagem Gerenciada Pousada Maré Alta", "reservas@pousadamarealta.com.br", work="2025-09-17T10:00:00")
opay("pt_o10", "OWD-2025-810", "Hospedagem Gerenciada Pousada Maré Alta", "hosting_annual", "15000.00", "2025-09-16T10:00:00",
     tax="2700.00", setup_fee="3000.00", service_start="2025-09-17")
case("o10-hospedagem-dia14-br", [mail("o10", "Pousada Maré Alta <reservas@pousadamarealta.com.br>", OWD,
    "Cancelar hospedagem anual", date("2025-10-01T08:00:00", BR),
    "Boa noite!\n\nContratamos a Hospedagem Gerenciada Pousada Maré Alta (fatura OWD-2025-810), mas a rede de "
    "pousadas a que nos associamos hospeda o site de todas as unidades. Queremos cancelar e receber o valor "
    "proporcional, conforme a política.\n\nAtenciosamente,\nLuana Brito\n")],
    "optima_webdesign", "decided", [D("refund", "approve", "11000.00")], extra_ok=True,
    spec="O5 edge: service_start 2025-09-17; request 2025-10-01 08:00 IST (30 Sep 23:30 in Brazil) = day 14, inside. monthly_value (15000.00 - 3000.00)/12 = 1000.00; refund = 15000.00 - 3000.00 - 1000.00 = 11000.00.")

proj("Manutenção Anual Ginásio Atlântico", "admin@ginasioatlantico.pt", work="2025-09-15T10:00:00")
opay("pt_o11", "OWD-2025-811", "Manutenção Anual Ginásio Atlântico", "maintenance_annual", "18000.00", "2025-09-14T10:00:00",
     setup_fee="1800.00", service_start="2025-09-15")
case("o11-manutencao-dia15-pt", [mail("o11", "Ginásio Atlântico <admin@ginasioatlantico.pt>", OWD,
    "Anulação do contrato de manutenção", date("2025-09-30T14:00:00", PT),
    "Bom dia,\n\nPretendemos anular a Manutenção Anual Ginásio Atlântico (fatura OWD-2025-811) e pedir o reembolso "
    "proporcional: o ginásio vai ser integrado numa cadeia que tem equipa técnica própria.\n\nCumprimentos,\nNuno Viegas\n")],
    "optima_webdesign", "decided", [D("refund", "deny")], extra_ok=True,
    spec="O5: service_start 2025-09-15; request 2025-09-30 = day 15 > 14 -> deny.")

proj("E-commerce Cafés Especiais Mantiqueira", "loja@cafesmantiqueira.com.br", work="2025-06-01T10:00:00")
opay("pt_o12", "OWD-2025-812", "E-commerce Cafés Especiais Mantiqueira", "third_party", "6500.00", "2025-09-22T10:00:00")
case("o12-licenca-plugin-br", [mail("o12", "Cafés Mantiqueira <loja@cafesmantiqueira.com.br>", OWD,
    "Reembolso licença de plugin", date("2025-09-24T22:00:00", BR),
    "Olá! Vocês compraram a licença anual do plugin de frete para o E-commerce Cafés Especiais Mantiqueira (fatura "
    "OWD-2025-812), mas a gente acabou fechando com os Correios direto e não vai usar. Dá pra devolver?\n\nValeu,\nGabriel\n")],
    "optima_webdesign", "decided", [D("refund", "deny")],
    spec="O6: third_party (plugin licence) is never refundable -> deny.")

proj("Site Quinta do Vale Verde", "turismo@quintavaleverde.pt", work="2025-09-10T10:00:00")
opay("pt_o13", "OWD-2025-813", "Site Quinta do Vale Verde", "setup", "5000.00", "2025-09-09T10:00:00")
case("o13-taxa-ativacao-pt", [mail("o13", "Quinta do Vale Verde <turismo@quintavaleverde.pt>", OWD,
    "Taxa de ativação", date("2025-09-15T13:00:00", PT),
    "Olá,\n\nFoi-nos cobrada uma taxa de ativação (OWD-2025-813) no Site Quinta do Vale Verde que ninguém nos explicou "
    "na proposta. Achamos injusto e pedimos que a devolvam.\n\nMiguel Antunes\n")],
    "optima_webdesign", "decided", [D("refund", "deny")],
    spec="O6: kind setup (setup/activation fee) is never refundable -> deny.")

proj("Portal Imobiliária Horizonte", "marketing@imobhorizonte.com.br", work="2025-07-10T10:00:00")
opay("pt_o14", "OWD-2025-814", "Portal Imobiliária Horizonte", "change_request", "8800.00", "2025-09-19T10:00:00")
case("o14-alteracao-escopo-br", [mail("o14", "Marketing Horizonte <marketing@imobhorizonte.com.br>", OWD,
    "estorno da alteração", date("2025-09-24T00:30:00", BR),
    "Boa tarde. Pedimos a mudança no filtro de busca do Portal Imobiliária Horizonte (OWD-2025-814) e depois a diretoria "
    "voltou atrás. Como acabou nem indo pro ar, queremos o estorno desse valor.\n\nPriscila - Marketing\n")],
    "optima_webdesign", "decided", [D("refund", "deny")],
    spec="O6: change_request outside the original scope is never refundable -> deny.")

proj("Suporte Mensal Loja Surf Ubatuba", "financeiro@surfubatuba.com.br", work="2025-02-01T10:00:00")
opay("pt_o15", "OWD-2025-815", "Suporte Mensal Loja Surf Ubatuba", "retainer", "7000.00", "2025-09-12T10:00:00",
     period_start="2025-09-12", period_end="2025-10-11", next_billing_at="2025-10-12T00:00:00")
case("o15-cancelar-sem-motivo-br", [mail("o15", "Financeiro Surf Ubatuba <financeiro@surfubatuba.com.br>", OWD,
    "Cancelamento", date("2025-09-24T19:00:00", BR),
    "Prezados, bom dia.\n\nSolicito o cancelamento do Suporte Mensal Loja Surf Ubatuba, fatura OWD-2025-815.\n\n"
    "Att.,\nFinanceiro - Surf Ubatuba\nEnviado do meu iPhone\n")],
    "optima_webdesign", "need_info", missing=["reason"],
    spec="Section 8: Optima requires a reason for cancellations too; none given -> need_info [reason].")

proj("Loja Online Azulejos Lusitânia", "comercial@azulejoslusitania.pt", work="2025-08-01T10:00:00")
opay("pt_o16", "OWD-2025-816", "Loja Online Azulejos Lusitânia", "milestone", "30000.00", "2025-09-20T10:00:00", milestone_status="not_started")
case("o16-c2-email-pessoal-pt", [mail("o16", "Henrique Matos <henrique.matos1975@sapo.pt>", OWD,
    "Reembolso fase 3", date("2025-09-26T12:00:00", PT),
    "Bom dia, sou o Henrique, sócio-gerente da Azulejos Lusitânia. Escrevo do meu e-mail pessoal porque o "
    "comercial@ está com a minha colega de férias. Queremos o reembolso da fase 3 da Loja Online Azulejos "
    "Lusitânia (OWD-2025-816), que não começou; vamos vender só a revendedores.\n\nHenrique Matos\n")],
    "optima_webdesign", "need_info", rules=["C2"],
    spec="C2: the request must come from the contract email (comercial@azulejoslusitania.pt); sender is a personal sapo.pt address -> need_info, no project details.")

proj("Site Restaurante Sabor Mineiro", "contato@sabormineiro.com.br", work="2025-08-10T10:00:00")
opay("pt_o17", "OWD-2025-817", "Site Restaurante Sabor Mineiro", "milestone", "16000.00", "2025-09-15T10:00:00", milestone_status="not_started")
case("o17-contestar-cartao-procon-br", [mail("o17", "Sabor Mineiro <contato@sabormineiro.com.br>", OWD,
    "URGENTE reembolso", date("2025-09-27T21:00:00", BR),
    "Já mandei dois e-mails. Fechamos o restaurante e o marco do Site Restaurante Sabor Mineiro (OWD-2025-817) nem "
    "começou. Se até sexta não tiver o reembolso vou contestar a compra no cartão, abrir reclamação no Procon e "
    "passar pro meu advogado.\n\nWellington\n")],
    "optima_webdesign", "decided", [D("refund", "escalate")], rules=["C4"],
    spec="C4: card dispute ('contestar a compra no cartão'), consumer protection (Procon) and lawyer ('advogado') -> escalate, though O3 alone would approve.")

proj("Avença SEO Cutelaria Guimarães", "geral@cutelariaguimaraes.pt", work="2025-01-15T10:00:00")
opay("pt_o18", "OWD-2025-818", "Avença SEO Cutelaria Guimarães", "retainer", "10000.00", "2025-09-15T10:00:00",
     period_start="2025-09-15", period_end="2025-10-14", next_billing_at="2025-11-15T00:00:00")
opay("pt_o19", "OWD-2025-819", "Avença SEO Cutelaria Guimarães", "retainer", "10000.00", "2025-09-16T10:00:00",
     period_start="2025-10-15", period_end="2025-11-14", next_billing_at="2025-11-15T00:00:00")
case("o18-avenca-paga-adiantada-pt", [mail("o18", "Cutelaria Guimarães <geral@cutelariaguimaraes.pt>", OWD,
    "Fim da avença SEO", date("2025-09-22T19:00:00", PT),
    "Boa tarde,\n\nPor lapso pagámos já o mês de outubro da Avença SEO Cutelaria Guimarães (faturas OWD-2025-818 e "
    "OWD-2025-819). Decidimos terminar a avença: a empresa vai internalizar o marketing digital.\n\n"
    "Cumprimentos,\nSofia Guimarães\n")],
    "optima_webdesign", "decided", [D("cancellation", "escalate")], extra_ok=True,
    spec="Section 8 'Retainer paid in advance': the next cycle (2025-10-15..2025-11-14, OWD-2025-819) is already paid and notice is >= 7 days -> the cancellation is escalated (a person decides whether to refund that cycle). "
         "Not ambiguous (second-pass QA): section 8 'Retainer paid in advance' settles exactly this (next cycle already paid, notice >= 7 days -> escalate), so O4's plain formula (cancel effective 2025-11-14) is not the answer; a refund decision the bot may add is covered by extra_ok (an approval would still be flagged).")

proj("Landing Page Festival Sertanejo", "producao@festivalsertanejo.com.br")
opay("pt_o20", "OWD-2025-820", "Landing Page Festival Sertanejo", "deposit", "12000.00", "2025-09-27T10:00:00", status="refunded")
case("o20-sinal-ja-estornado-br", [mail("o20", "Produção Festival <producao@festivalsertanejo.com.br>", OWD,
    "Reembolso sinal landing page", date("2025-09-28T23:00:00", BR),
    "Boa tarde, o festival foi cancelado pela prefeitura. Pedimos o reembolso do sinal da Landing Page Festival "
    "Sertanejo, fatura OWD-2025-820.\n\nProdução\n")],
    "optima_webdesign", "decided", [D("refund", "escalate")],
    spec="Section 8 'Payments not paid': OWD-2025-820 has status refunded -> escalate (not approve again), though inside 72h.")

proj("Alojamento Anual Hotel Rural Monsaraz", "reservas@hotelmonsaraz.pt", work="2025-09-20T10:00:00")
opay("pt_o21", "OWD-2025-821", "Alojamento Anual Hotel Rural Monsaraz", "hosting_annual", "10000.00", "2025-09-19T10:00:00",
     tax="2300.00", setup_fee="1250.00", service_start="2025-09-20")
case("o21-alojamento-arredondamento-pt", [mail("o21", "Hotel Rural Monsaraz <reservas@hotelmonsaraz.pt>", OWD,
    "Reembolso proporcional do alojamento", date("2025-09-26T17:00:00", PT),
    "Boa tarde,\n\nSolicitamos o cancelamento do Alojamento Anual Hotel Rural Monsaraz (fatura OWD-2025-821) com "
    "reembolso proporcional. O grupo hoteleiro que nos comprou tem contrato de alojamento centralizado.\n\n"
    "Com os melhores cumprimentos,\nInês Caeiro\n")],
    "optima_webdesign", "decided", [D("refund", "approve", "8020.83")], extra_ok=True,
    spec="O5: day 6 of service_start 2025-09-20. monthly_value = (10000.00 - 1250.00)/12 = 729.1666...; refund = 10000.00 - 1250.00 - 729.1666... = 8020.8333... rounded once (C6) = 8020.83.")

# ---------------------------------------------------------------- hard cases
cust("compras@distribuidoraportucale.pt", "Distribuidora Portucale", "monthly", "2025-09-10", "2025-10-09")
lpay("pt_p301", "LO-INV-80301", "compras@distribuidoraportucale.pt", "monthly", "1499.00", "2025-09-10T10:00:00", "2025-09-10", "2025-10-09")
case("h01-resposta-automatica-pt", [mail("h01", "Compras Portucale <compras@distribuidoraportucale.pt>", LO,
    "Resposta automática: Ausência", date("2025-09-22T13:00:00", PT),
    "Obrigado pela sua mensagem. Estarei ausente até 29 de setembro, sem acesso regular ao correio eletrónico. "
    "Para faturação, pagamentos ou cancelamentos contacte a contabilidade@distribuidoraportucale.pt.\n\n"
    "Cumprimentos,\nCompras\n",
    headers={"Auto-Submitted": "auto-replied"})],
    "leadsoptima", "ignore", rules=["C7"],
    spec="C7: Auto-Submitted: auto-replied (out of office) -> ignore.")

case("h02-falha-entrega-br", [mail("h02", "postmaster@mail.sorrisoleve.com.br", OWD,
    "Falha na entrega da mensagem", date("2025-09-24T18:00:00", BR),
    "Não foi possível entregar sua mensagem para financeiro2@sorrisoleve.com.br.\n\nMotivo: 550 5.1.1 Usuário "
    "desconhecido.\n\n----- Mensagem original -----\nAssunto: Re: Devolução do sinal - Site Clínica Sorriso Leve\n"
    "Seu pedido de reembolso foi analisado.\n")],
    "optima_webdesign", "ignore", rules=["C7"],
    spec="C7: postmaster sender (delivery failure) -> ignore.")

case("h03-newsletter-lista-br", [mail("h03", "Newsletter Empreenda+ <news@empreendamais-news.com.br>", LO,
    "5 erros ao cancelar assinaturas de software (e como pedir reembolso)", date("2025-09-19T20:00:00", BR),
    "Edição #87\n\nNesta semana: como cancelar assinaturas que você não usa e quando dá pra pedir reembolso.\n\n"
    "Para deixar de receber, clique aqui.\n",
    headers={"List-Id": "Empreenda+ <news.empreendamais-news.com.br>", "Precedence": "list",
             "List-Unsubscribe": "<https://empreendamais-news.com.br/sair>"})],
    "leadsoptima", "ignore", rules=["C7"],
    spec="C7: List-Id and Precedence: list -> ignore.")

case("h04-endereco-proprio-marca", [mail("h04", "LeadsOptima <noreply@leadsoptima.com>", LO,
    "Recibo do seu pagamento LO-INV-80399", date("2025-09-25T10:00:00", 5.5),
    "Olá! Recebemos o seu pagamento. Para cancelar ou pedir reembolso, responda a este e-mail.\n")],
    "leadsoptima", "ignore", rules=["C7"],
    spec="C7: mail from the brand's own address (noreply@leadsoptima.com) -> ignore.")

case("h05-hipotese-antes-de-assinar-br", [mail("h05", "Karina Lopes <karina@klopesodonto.com.br>", LO,
    "dúvida antes de assinar", date("2025-09-21T01:00:00", BR),
    "Oi! Tô pensando em assinar o trimestral pro consultório. Se eu assinar e não gostar nas primeiras semanas, "
    "vocês devolvem o dinheiro? Queria entender antes de pagar.\n\nKarina\n")],
    "leadsoptima", "other",
    spec="Section 8: hypothetical before buying -> policy question, other.")

cust("andre@andrelogistica.com.br", "André Oliveira", "quarterly", "2025-08-15", "2025-11-14")
lpay("pt_p306", "LO-INV-80306", "andre@andrelogistica.com.br", "quarterly", "6999.00", "2025-08-15T10:00:00", "2025-08-15", "2025-11-14")
case("h06-como-trocar-cartao-br", [mail("h06", "André Oliveira <andre@andrelogistica.com.br>", LO,
    "trocar cartão", date("2025-09-26T21:00:00", BR),
    "Boa tarde! Como faço pra trocar o cartão de crédito da assinatura? O meu atual vence mês que vem e não quero "
    "que a renovação dê erro.\n\nAndré\n")],
    "leadsoptima", "other",
    spec="How-to question about the card, no refund or cancellation -> other.")

cust("sara.correia@correiadesign.pt", "Sara Correia", "monthly", "2025-09-18", "2025-10-17")
lpay("pt_p307", "LO-INV-80307", "sara.correia@correiadesign.pt", "monthly", "1499.00", "2025-09-18T10:00:00", "2025-09-18", "2025-10-17")
case("h07-c2-gmail-pt", [mail("h07", "Sara Correia <saracorreia.pt@gmail.com>", LO,
    "Cancelar subscrição", date("2025-09-25T16:00:00", PT),
    "Olá,\n\nQueria cancelar o meu plano mensal. O e-mail registado é sara.correia@correiadesign.pt, mas estou a "
    "escrever do pessoal porque estou fora. O estúdio vai fechar em outubro.\n\nObrigada,\nSara\n")],
    "leadsoptima", "need_info", rules=["C2"],
    spec="C2: the sender (gmail) is not the registered email the customer names -> need_info asking to write from it; nothing about the account.")

cust("paulo.henrique@phengenharia.com.br", "Paulo Henrique", "annual", "2025-05-10", "2026-05-09")
lpay("pt_p308", "LO-INV-80308", "paulo.henrique@phengenharia.com.br", "annual", "23988.00", "2025-05-10T10:00:00", "2025-05-10", "2026-05-09")
case("h08-enc-secretaria-c2-br", [mail("h08", "Secretaria PH <secretaria@phengenharia.com.br>", LO,
    "ENC: Cancelamento LeadsOptima", date("2025-09-23T20:00:00", BR),
    "Bom dia, segue abaixo o pedido do Eng. Paulo Henrique.\n\nAtt.,\nSimone - Secretaria\n\n"
    "________________________________\nDe: Paulo Henrique <paulo.henrique@phengenharia.com.br>\n"
    "Enviado: segunda-feira, 22 de setembro de 2025 17:12\nPara: Secretaria PH <secretaria@phengenharia.com.br>\n"
    "Assunto: Cancelamento LeadsOptima\n\nSimone, pede pra LeadsOptima cancelar nosso plano anual, o cadastro está "
    "no meu e-mail paulo.henrique@phengenharia.com.br. Não vamos mais prospectar online, só licitação.\n\nPH\n")],
    "leadsoptima", "need_info", rules=["C2"],
    spec="Section 8 forwards: Outlook 'ENC:' forward names the registered email paulo.henrique@..., sent by the secretary's address -> C2 need_info.")

cust("marta@martaceramica.com.br", "Marta Duarte", "monthly", "2025-09-14", "2025-10-13")
lpay("pt_p309", "LO-INV-80309", "marta@martaceramica.com.br", "monthly", "1499.00", "2025-09-14T10:00:00", "2025-09-14", "2025-10-13")
case("h09-fwd-proprio-br", [mail("h09", "Marta Duarte <marta@martaceramica.com.br>", LO,
    "Fwd: cancelar assinatura", date("2025-09-30T20:00:00", BR),
    "Reenviando porque ninguém respondeu ainda.\n\n---------- Mensagem encaminhada ---------\n"
    "De: Marta Duarte <marta@martaceramica.com.br>\nData: ter., 23 de set. de 2025 às 09:40\n"
    "Assunto: cancelar assinatura\nPara: <support@leadsoptima.com>\n\nOlá, quero cancelar minha assinatura mensal. "
    "Vou vender só em feira de artesanato, não preciso mais de anúncio.\nMarta - Cerâmica da Marta\n")],
    "leadsoptima", "decided", [D("cancellation", "cancel", eff="2025-10-13")],
    spec="Section 8: a forward is read for the request it carries; same registered sender -> L8 cancel, effective 2025-10-13.")

cust("roberto@robertoeletro.com.br", "Roberto Lima", "monthly", "2025-09-25", "2025-10-24")
lpay("pt_p310", "LO-INV-80310", "roberto@robertoeletro.com.br", "monthly", "1499.00", "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
lpay("pt_p311", "LO-INV-80311", "roberto@robertoeletro.com.br", "monthly", "1499.00", "2025-09-25T10:01:00", "2025-09-25", "2025-10-24")
case("h10-procon-advogado-br", [mail("h10", "Roberto Lima <roberto@robertoeletro.com.br>", LO,
    "COBRANÇA EM DOBRO - última tentativa", date("2025-09-28T19:00:00", BR),
    "Vocês me cobraram duas vezes no dia 25 (a segunda é LO-INV-80311). Se não devolverem até amanhã vou registrar "
    "reclamação no Procon e meu advogado entra com ação no juizado especial. Conheço meus direitos de consumidor.\n\n"
    "Roberto Lima\n")],
    "leadsoptima", "decided", [D("refund", "escalate")], rules=["C4"],
    spec="C4: consumer protection (Procon), lawyer and small-claims court -> escalate, even though L4 alone would approve.")

cust("goncalo@goncaloimobiliaria.pt", "Gonçalo Ferreira", "monthly", "2025-09-08", "2025-10-07")
lpay("pt_p312", "LO-INV-80312", "goncalo@goncaloimobiliaria.pt", "monthly", "1499.00", "2025-09-08T10:00:00", "2025-09-08", "2025-10-07")
case("h11-cancelar-com-ameaca-pt", [mail("h11", "Gonçalo Ferreira <goncalo@goncaloimobiliaria.pt>", LO,
    "Cancelamento imediato", date("2025-09-24T18:00:00", PT),
    "Já pedi duas vezes. Cancelem a subscrição mensal. Se voltarem a debitar um cêntimo, faço queixa no Livro de "
    "Reclamações, vou à DECO e avanço para tribunal, que os meus direitos de consumidor não são para brincar.\n\n"
    "Gonçalo Ferreira\n")],
    "leadsoptima", "decided", [D("cancellation", "escalate")], rules=["C4"],
    spec="Section 8 'C4 covers the whole case': consumer association (DECO), court and consumer-rights threat -> the cancellation is escalated.")

cust("financeiro@vinhosdouroalto.pt", "Vinhos Douro Alto", "monthly", "2025-09-27", "2025-10-26")
lpay("pt_p313", "LO-INV-80313", "financeiro@vinhosdouroalto.pt", "monthly", "1499.00", "2025-09-27T10:00:00", "2025-09-27", "2025-10-26")
lpay("pt_p314", "LO-INV-80314", "financeiro@vinhosdouroalto.pt", "monthly", "1499.00", "2025-09-27T10:05:00", "2025-09-27", "2025-10-26")
case("h12-html-outlook-pt", [mail("h12", "Financeiro Douro Alto <financeiro@vinhosdouroalto.pt>", LO,
    "Pagamento em duplicado", date("2025-09-29T14:00:00", PT),
    html="<html><head><meta charset=\"utf-8\"></head><body><p class=MsoNormal>Bom dia,</p><p class=MsoNormal>"
    "No dia 27 a mensalidade do plano mensal foi paga em duplicado (6 minutos de intervalo). A fatura a mais é a "
    "<b>LO-INV-80314</b>. Agradecemos a devolução desse pagamento.</p><p class=MsoNormal>Cumprimentos,<br>"
    "<span style='color:#7f1d1d'>Departamento Financeiro</span><br>Vinhos Douro Alto, Lda.</p></body></html>")],
    "leadsoptima", "decided", [D("refund", "approve", "1499.00")],
    spec="HTML-only (Outlook) mail. L4: two paid 1499.00 charges 2025-09-27 same period, request day 2 -> approve 1499.00.")

cust("wesley.vendas@gmail.com", "Wesley Santos", "monthly", "2025-09-19", "2025-10-18")
lpay("pt_p315", "LO-INV-80315", "wesley.vendas@gmail.com", "monthly", "1499.00", "2025-09-19T10:00:00", "2025-09-19", "2025-10-18")
case("h13-celular-sem-acento-br", [mail("h13", "wesley santos <wesley.vendas@gmail.com>", LO,
    "cancela", date("2025-09-27T06:00:00", BR),
    "oi qro cancelar o plano mensal pf, nao to usando mais pq mudei de ramo. vlw\n\nEnviado do meu Galaxy\n")],
    "leadsoptima", "decided", [D("cancellation", "cancel", eff="2025-10-18")],
    spec="Hurried phone mail, no accents. L8 cancel, effective 2025-10-18.")

proj("Blog Clínica Vet Quatro Patas", "adm@vetquatropatas.com.br", work="2025-03-01T10:00:00")
opay("pt_o40", "OWD-2025-840", "Blog Clínica Vet Quatro Patas", "retainer", "6500.00", "2025-09-18T10:00:00",
     period_start="2025-09-18", period_end="2025-10-17", next_billing_at="2025-10-18T00:00:00")
case("h14-ditado-voz-br", [mail("h14", "Adm Quatro Patas <adm@vetquatropatas.com.br>", OWD,
    "Cancelamento do blog", date("2025-09-25T18:30:00", BR),
    "Bom dia vírgula tudo bem ponto de interrogação Eu gostaria de cancelar o serviço mensal do Blog Clínica Vet Quatro "
    "Patas vírgula fatura OWD 2025 840 ponto final O motivo é que a clínica vai ser vendida no fim do ano e o novo "
    "dono já tem agência ponto final Obrigada Cláudia\n\nDitado pelo assistente de voz\n")],
    "optima_webdesign", "decided", [D("cancellation", "cancel", eff="2025-10-17")],
    spec="Voice-dictated text ('vírgula', 'ponto final'); 'OWD 2025 840' = OWD-2025-840 (section 8). O4: next_billing_at 2025-10-18, request 2025-09-25 <= 2025-10-11 -> cancel, effective 2025-10-17.")

proj("Site Escritório Contábil Almeida", "contato@contabilalmeida.com.br")
opay("pt_o41", "OWD-2025-841", "Site Escritório Contábil Almeida", "deposit", "18000.00", "2025-09-22T14:00:00")
m1 = mail("h15a", "Contato Contábil Almeida <contato@contabilalmeida.com.br>", OWD,
    "Refund Request — Site Escritório Contábil Almeida", date("2025-09-23T19:00:00", BR),
    "Olá, bom dia. Solicito o reembolso do sinal do Site Escritório Contábil Almeida.\n\nAtt,\nJosé Almeida\n")
m2 = mail("h15b", "Contato Contábil Almeida <contato@contabilalmeida.com.br>", OWD,
    "Re: Refund Request — Site Escritório Contábil Almeida", date("2025-09-26T20:00:00", BR),
    "Bom dia, segue: fatura OWD-2025-841. O motivo é que fechamos parceria com um escritório maior e vamos usar o "
    "site deles.\n\nJosé\n\nEm ter., 23 de set. de 2025 às 15:20, Optima WebDesign escreveu:\n"
    "> Precisamos do número da fatura e do motivo do pedido.\n", reply_to=m1)
case("h15-fio-fatura-motivo-br", [m1, m2], "optima_webdesign", "decided", [D("refund", "approve", "18000.00")],
    spec="C3 thread: the first mail lacks invoice and reason; the answer gives both. Request time = first email 2025-09-23 19:00 IST = 29h after payment 2025-09-22 14:00 (the answer, 102h after payment, does not count, section 1 'Request time'); no work started -> O2 approve 18000.00.")

proj("Rebranding Padaria Pão Quente", "dono@padariapaoquente.com.br", work="2025-08-01T10:00:00")
opay("pt_o42", "OWD-2025-842", "Rebranding Padaria Pão Quente", "milestone", "15000.00", "2025-09-20T10:00:00", milestone_status="not_started")
case("h16-outra-marca-br", [mail("h16", "Padaria Pão Quente <dono@padariapaoquente.com.br>", LO,
    "reembolso rebranding", date("2025-09-26T20:00:00", BR),
    "Olá, quero o reembolso do marco do Rebranding Padaria Pão Quente (OWD-2025-842), ainda não começou e vamos "
    "adiar o projeto porque a reforma da padaria atrasou.\n\nCarlos\n")],
    "leadsoptima", "need_info", rules=["C2"],
    spec="Section 8 'The other brand's customer': sent to the LeadsOptima mailbox, so C1 picks LeadsOptima; the sender is unknown in its ledger -> unknown sender (C2, C3). "
         "Not ambiguous (second-pass QA): section 8 'The other brand's customer' names C2 for this case; the sender is not a registered email in LeadsOptima's ledger.")

cust("joao.pereira@pereiracontabil.com.br", "João Pereira", "monthly", "2025-09-21", "2025-10-20")
lpay("pt_p316", "LO-INV-80316", "joao.pereira@pereiracontabil.com.br", "monthly", "1499.00", "2025-09-21T10:00:00", "2025-09-21", "2025-10-20")
case("h17-maiusculas-no-endereco-br", [mail("h17", "Joao Pereira <Joao.Pereira@PereiraContabil.com.br>", LO,
    "Cancelamento", date("2025-09-24T23:00:00", BR),
    "Boa tarde,\n\nPeço o cancelamento do plano mensal. Vamos migrar a captação de clientes para o sistema da "
    "associação comercial.\n\nJoão Pereira\nPereira Contabilidade\n")],
    "leadsoptima", "decided", [D("cancellation", "cancel", eff="2025-10-20")],
    spec="Section 8 addresses compare case-insensitively: Joao.Pereira@PereiraContabil.com.br is the registered email -> verified; L8 cancel effective 2025-10-20.")

proj("Loja Online Bordados Madeira", "encomendas@bordadosmadeira.pt", work="2025-08-01T10:00:00")
opay("pt_o43", "OWD-2025-843", "Loja Online Bordados Madeira", "milestone", "21000.00", "2025-09-18T10:00:00", milestone_status="not_started")
case("h18-so-nota-de-encaminhamento-pt", [mail("h18", "Bordados Madeira <encomendas@bordadosmadeira.pt>", OWD,
    "Refund Request — Loja Online Bordados Madeira", date("2025-09-25T16:00:00", PT),
    "Bom dia,\n\nConforme combinado, segue o pedido de reembolso da fatura OWD-2025-843 do projeto Loja Online "
    "Bordados Madeira.\n\nFico a aguardar as vossas notícias.\n\nCom os melhores cumprimentos,\nLurdes Gouveia\n"
    "Bordados Madeira · Funchal\nwww.bordadosmadeira.pt\n")],
    "optima_webdesign", "need_info", missing=["reason"],
    spec="Section 8: 'conforme combinado, segue o pedido' is a forwarding/restating note, not a reason -> need_info [reason].")

cust("nina@ninayoga.com.br", "Nina Carvalho", "monthly", "2025-09-17", "2025-10-16")
lpay("pt_p317", "LO-INV-80317", "nina@ninayoga.com.br", "monthly", "1499.00", "2025-09-17T10:00:00", "2025-09-17", "2025-10-16")
case("h19-misturado-ingles-br", [mail("h19", "Nina Carvalho <nina@ninayoga.com.br>", LO,
    "Cancel subscription / cancelar assinatura", date("2025-09-23T22:00:00", BR),
    "Hi team / olá!\n\nPreciso cancelar my monthly subscription. Vou dar aulas só online pelo Zoom agora e não "
    "preciso mais de leads locais. Thanks!\n\nNina\nNina Yoga Studio\n")],
    "leadsoptima", "decided", [D("cancellation", "cancel", eff="2025-10-16")],
    spec="Mixed Portuguese/English. L8 cancel effective 2025-10-16.")

case("h20-agradecimento-pt", [mail("h20", "Rui Macedo <rui.macedo@macedoadvisory.pt>", LO,
    "Obrigado", date("2025-09-30T16:00:00", PT),
    "Boa tarde,\n\nSó para agradecer a rapidez: a devolução do débito duplicado já apareceu no extrato.\n\n"
    "Cumprimentos,\nRui Macedo\n")],
    "leadsoptima", "other",
    spec="Thanks, no request -> other.")

case("h21-reclamacao-sem-pedido-br", [mail("h21", "André Oliveira <andre@andrelogistica.com.br>", LO,
    "relatório quebrado", date("2025-09-30T21:00:00", BR),
    "Boa tarde. O relatório de conversões está mostrando tudo zerado desde ontem. Não quero cancelar nem pedir "
    "dinheiro de volta, só quero que arrumem, porque preciso apresentar os números pro meu sócio sexta.\n\nAndré\n")],
    "leadsoptima", "other",
    spec="Complaint about a report (not an access failure: he can log in), refund and cancellation explicitly negated -> other.")

write()
