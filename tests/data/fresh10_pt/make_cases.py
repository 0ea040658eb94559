"""Fresh round 10, Portuguese (pt): writes ledger.json, emails/*.eml and expected.json here.

Written by a QA pass from POLICY_SPEC.md alone. Deterministic, stdlib only. MIT licence.
Run: python3 make_cases.py
"""

import json
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
EMAILS = HERE / "emails"
LANG = "pt"

IST = timezone(timedelta(hours=5, minutes=30))
SAO_PAULO = timezone(timedelta(hours=-3))
MANAUS = timezone(timedelta(hours=-4))
LISBOA = timezone(timedelta(hours=1))      # WEST in September

LO = "support@leadsoptima.com"
OWD = "optimawebdesigns12@gmail.com"
OWD_BILLING = "billing@optimawebdesign.com"

customers, projects, payments, cases = [], [], [], []
if EMAILS.exists():
    for _old in EMAILS.glob("*.eml"):
        _old.unlink()
_msgid = [0]


def d(y, m, day, hh, mm, tz=IST):
    return datetime(y, m, day, hh, mm, tzinfo=tz)


def lo_customer(email, name, plan, start=None, end=None, status="active", trial_ends=None):
    customers.append({"brand": "leadsoptima", "email": email, "name": name, "plan": plan, "status": status,
                      "trial_ends": trial_ends, "current_period_start": start, "current_period_end": end})


def lo_pay(pid, inv, email, plan, amount, paid_at, pstart, pend, status="paid"):
    tax = (int(amount.split(".")[0]) * 18 // 100)
    payments.append({"brand": "leadsoptima", "id": pid, "invoice": inv, "customer_email": email,
                     "kind": "subscription", "plan": plan, "amount": amount, "tax": f"{tax}.00",
                     "currency": "INR", "paid_at": paid_at, "period_start": pstart, "period_end": pend,
                     "status": status})


def project(name, email, started=None):
    projects.append({"brand": "optima_webdesign", "name": name, "contract_email": email,
                     "work_started_at": started})


def owd_pay(pid, inv, proj, kind, amount, paid_at, status="paid", setup_fee=None, service_start=None,
            next_billing_at=None, period_start=None, period_end=None, milestone_status=None):
    tax = (int(amount.split(".")[0]) * 18 // 100)
    payments.append({"brand": "optima_webdesign", "id": pid, "invoice": inv, "project": proj, "kind": kind,
                     "amount": amount, "tax": f"{tax}.00", "currency": "INR", "paid_at": paid_at,
                     "status": status, "setup_fee": setup_fee, "service_start": service_start,
                     "next_billing_at": next_billing_at, "period_start": period_start,
                     "period_end": period_end, "milestone_status": milestone_status})


def mail(name, frm, to, subject, date, body, html=None, headers=None, reply_to_ids=None):
    """Write emails/<name>.eml; return (relative path, Message-ID)."""
    _msgid[0] += 1
    msg = EmailMessage(policy=SMTP)
    msg["From"] = frm
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date)
    mid = f"<fresh10-{LANG}-{_msgid[0]:03d}.{name}@mail.example>"
    msg["Message-ID"] = mid
    if reply_to_ids:
        msg["In-Reply-To"] = reply_to_ids[-1]
        msg["References"] = " ".join(reply_to_ids)
    for k, v in (headers or {}).items():
        msg[k] = v
    if html and body is None:
        msg.set_content(html, subtype="html")
    else:
        msg.set_content(body)
        if html:
            msg.add_alternative(html, subtype="html")
    EMAILS.mkdir(parents=True, exist_ok=True)
    (EMAILS / f"{name}.eml").write_bytes(msg.as_bytes())
    return f"emails/{name}.eml", mid


def case(cid, files, brand, status, decisions=(), rules=(), spec="", missing=None, extra_ok=False,
         ambiguous=None):
    c = {"id": f"{LANG}-{cid}", "lang": LANG, "files": list(files), "brand": brand, "status": status,
         "rules": list(rules)}
    if missing is not None:
        c["missing"] = list(missing)
    c["decisions"] = [dict(x) for x in decisions]
    if extra_ok:
        c["extra_ok"] = True
    c["spec"] = spec
    if ambiguous:
        c["ambiguous"] = ambiguous
    cases.append(c)


def refund(outcome, amount=None):
    r = {"intent": "refund", "outcome": outcome}
    if outcome == "approve":
        r["amount"] = amount
    return r


def cancel(outcome="cancel", effective=None):
    r = {"intent": "cancellation", "outcome": outcome}
    if effective:
        r["effective_date"] = effective
    return r



# ----------------------------------------------------------------------------------------------
# LeadsOptima
# ----------------------------------------------------------------------------------------------

# 01 duplicate, written the same evening in Brazil (day 1 in IST)
lo_customer("renata.figueiredo@figueiredoodonto.com.br", "Renata Figueiredo", "monthly", "2025-09-29", "2025-10-28")
lo_pay("pay_pt_82001", "LO-INV-82001", "renata.figueiredo@figueiredoodonto.com.br", "monthly", "1799.00",
       "2025-09-29T09:00:00", "2025-09-29", "2025-10-28")
lo_pay("pay_pt_82002", "LO-INV-82002", "renata.figueiredo@figueiredoodonto.com.br", "monthly", "1799.00",
       "2025-09-29T09:01:00", "2025-09-29", "2025-10-28")
f, _ = mail("lo01-cobranca-em-dobro", "Renata Figueiredo <renata.figueiredo@figueiredoodonto.com.br>", LO,
            "Cobrança em dobro na mensalidade", d(2025, 9, 29, 20, 0, SAO_PAULO),
            "Boa noite, pessoal!\n\nAcabei de ver no app do banco que a mensalidade do LeadsOptima foi "
            "cobrada duas vezes hoje, duas cobranças de ₹ 1.799,00 com um minuto de diferença. A fatura da "
            "segunda é LO-INV-82002. Podem estornar essa cobrança duplicada, por favor?\n\nObrigada!\n"
            "Dra. Renata Figueiredo\nFigueiredo Odontologia - Campinas/SP\n(19) 99812-4410\n")
case("lo01-cobranca-em-dobro", [f], "leadsoptima", "decided", [refund("approve", "1799.00")],
     spec="POLICY_SPEC.md section 3 L2 duplicate_payment, L4: two paid 1799.00 charges, same period; email "
          "2025-09-29 20:00 -03:00 = 2025-09-30 04:30 IST, day 1 -> approve 1799.00 before tax")

# 02 three identical charges, one duplicate outside the window
lo_customer("marcelo.tavares@tavaresimoveis.com.br", "Marcelo Tavares", "quarterly", "2025-09-10", "2025-12-09")
for pid, day in (("82011", "10"), ("82012", "18"), ("82013", "24")):
    lo_pay(f"pay_pt_{pid}", f"LO-INV-{pid}", "marcelo.tavares@tavaresimoveis.com.br", "quarterly", "5399.00",
           f"2025-09-{day}T11:00:00", "2025-09-10", "2025-12-09")
f, _ = mail("lo02-tres-cobrancas", "Marcelo Tavares <marcelo.tavares@tavaresimoveis.com.br>", LO,
            "3 cobranças do mesmo trimestre!!", d(2025, 9, 27, 10, 0, IST),
            "Olá,\n\nO plano trimestral foi cobrado TRÊS vezes para o mesmo período (10/09 a 09/12): dia 10, "
            "dia 18 e de novo dia 24. As faturas repetidas são LO-INV-82012 e LO-INV-82013. Quero de volta o "
            "que foi cobrado a mais.\n\nAtt,\nMarcelo Tavares\nTavares Imóveis\n")
case("lo02-tres-cobrancas", [f], "leadsoptima", "decided", [refund("approve", "5399.00")],
     spec="Section 8 three or more identical charges: 82012 and 82013 are duplicates; request 2025-09-27: "
          "82012 (2025-09-18) is day 9, outside L3; 82013 (2025-09-24) is day 3, inside -> approve the sum "
          "inside the window = 5399.00")

# 03 "charged twice" but the ledger holds one charge -> escalate
lo_customer("patricia.lemos@lemosestetica.com.br", "Patrícia Lemos", "monthly", "2025-09-26", "2025-10-25")
lo_pay("pay_pt_82021", "LO-INV-82021", "patricia.lemos@lemosestetica.com.br", "monthly", "1799.00",
       "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
f, _ = mail("lo03-dobro-sem-par", "Patricia Lemos <patricia.lemos@lemosestetica.com.br>", LO,
            "fui cobrada 2 vezes", d(2025, 9, 28, 14, 0, SAO_PAULO),
            "oi, tudo bem?\n\nacho que fui cobrada duas vezes esse mes, vi dois debitos no cartao, um de 1.799 "
            "e outro parecido uns dias depois. a fatura que eu tenho é a LO-INV-82021. me devolvam o valor "
            "duplicado por favor\n\nbjs\nPaty\nLemos Estética\n")
case("lo03-dobro-sem-par", [f], "leadsoptima", "decided", [refund("escalate")],
     spec="L4: duplicate_payment claimed inside the window (day 2), but the ledger has only one charge "
          "(LO-INV-82021) for the account and period -> no such pair -> escalate")

# 04 overcharge, Portugal
lo_customer("miguel.antunes@antunesvinhos.pt", "Miguel Antunes", "quarterly", "2025-09-23", "2025-12-22")
lo_pay("pay_pt_82031", "LO-INV-82031", "miguel.antunes@antunesvinhos.pt", "quarterly", "7499.00",
       "2025-09-23T10:00:00", "2025-09-23", "2025-12-22")
f, _ = mail("lo04-valor-errado", "Miguel Antunes <miguel.antunes@antunesvinhos.pt>", LO,
            "Valor errado na fatura LO-INV-82031", d(2025, 9, 24, 9, 30, LISBOA),
            "Bom dia,\n\nVerifiquei que me cobraram um valor errado na renovação trimestral: a proposta que "
            "aceitámos era de 5.399,00 e a fatura LO-INV-82031 vem com 7.499,00. Solicito o reembolso da "
            "diferença, ou do total se for mais simples.\n\nCom os melhores cumprimentos,\nMiguel Antunes\n"
            "Antunes Vinhos, Lda. · Régua\n")
case("lo04-valor-errado", [f], "leadsoptima", "decided", [refund("escalate")],
     spec="L2 billing_error (wrong amount); charge 2025-09-23, request 2025-09-24 day 1 -> L5 escalate")

# 05 access failure, day 7 once converted (Portugal)
lo_customer("sofia.cardoso@cardosoarquitetos.pt", "Sofia Cardoso", "monthly", "2025-09-18", "2025-10-17")
lo_pay("pay_pt_82041", "LO-INV-82041", "sofia.cardoso@cardosoarquitetos.pt", "monthly", "1799.00",
       "2025-09-18T15:00:00", "2025-09-18", "2025-10-17")
f, _ = mail("lo05-sem-acesso-dia7", "Sofia Cardoso <sofia.cardoso@cardosoarquitetos.pt>", LO,
            "Sem acesso à plataforma desde dia 19", d(2025, 9, 25, 19, 0, LISBOA),
            "Boa tarde,\n\nDesde dia 19 que não consigo entrar na plataforma: aparece \"erro 503\" e o painel "
            "não carrega. Já abri dois pedidos no suporte e continua igual. Paguei a mensalidade no dia 18 "
            "(fatura LO-INV-82041) e peço o reembolso, visto que não a consegui usar.\n\nCumprimentos,\n"
            "Sofia Cardoso\n")
case("lo05-sem-acesso-dia7", [f], "leadsoptima", "decided", [refund("escalate")],
     spec="L2 access_failure; charge 2025-09-18 is day 0; email 2025-09-25 19:00 +01:00 = 23:30 IST, day 7, "
          "inside -> L6 escalate")

# 06 access failure, day 8 once converted (Brazil)
lo_customer("thiago.moura@mouraauto.com.br", "Thiago Moura", "monthly", "2025-09-10", "2025-10-09")
lo_pay("pay_pt_82051", "LO-INV-82051", "thiago.moura@mouraauto.com.br", "monthly", "1799.00",
       "2025-09-10T12:00:00", "2025-09-10", "2025-10-09")
f, _ = mail("lo06-login-dia8", "Thiago Moura <thiago.moura@mouraauto.com.br>", LO,
            "nao consigo logar", d(2025, 9, 17, 22, 0, SAO_PAULO),
            "Fala pessoal,\n\nnao consigo fazer login desde sexta, da erro de senha mesmo depois de resetar. "
            "quero reembolso da mensalidade do dia 10 (LO-INV-82051), to pagando por uma coisa que nao "
            "funciona.\n\nvlw\nThiago - Moura Auto Peças\n")
case("lo06-login-dia8", [f], "leadsoptima", "decided", [refund("deny")],
     spec="L3: charge 2025-09-10; email 2025-09-17 22:00 -03:00 = 2025-09-18 06:30 IST, local date day 8 > 7 "
          "-> deny")

# 07 too expensive -> L1
lo_customer("fernanda.queiroz@queirozeventos.com.br", "Fernanda Queiroz", "annual", "2025-09-25", "2026-09-24")
lo_pay("pay_pt_82061", "LO-INV-82061", "fernanda.queiroz@queirozeventos.com.br", "annual", "21588.00",
       "2025-09-25T10:00:00", "2025-09-25", "2026-09-24")
f, _ = mail("lo07-muito-caro", "Fernanda Queiroz <fernanda.queiroz@queirozeventos.com.br>", LO,
            "Reembolso do plano anual", d(2025, 9, 27, 11, 0, SAO_PAULO),
            "Olá, equipe LeadsOptima.\n\nRenovei o plano anual no dia 25 (fatura LO-INV-82061) no impulso, mas "
            "conversando com meu sócio concluímos que ficou caro demais para o nosso tamanho. Gostaríamos do "
            "reembolso integral.\n\nAtenciosamente,\nFernanda Queiroz\nQueiroz Eventos\n")
case("lo07-muito-caro", [f], "leadsoptima", "decided", [refund("deny")],
     spec="L1: 'too expensive' is not a L2 exception -> deny even inside the 7 days (cancellation offered)")

# 08 did not use it: refund + cancel
lo_customer("gustavo.pires@pirescontabil.com.br", "Gustavo Pires", "monthly", "2025-09-15", "2025-10-14")
lo_pay("pay_pt_82071", "LO-INV-82071", "gustavo.pires@pirescontabil.com.br", "monthly", "1799.00",
       "2025-09-15T10:00:00", "2025-09-15", "2025-10-14")
f, _ = mail("lo08-nao-usei-e-cancelem", "Gustavo Pires <gustavo.pires@pirescontabil.com.br>", LO,
            "Cancelamento + reembolso", d(2025, 9, 19, 16, 0, SAO_PAULO),
            "Prezados,\n\nNão usei a ferramenta nem uma vez este mês, o escritório entrou em período de "
            "fechamento fiscal e não deu tempo. Quero o dinheiro da mensalidade de volta (LO-INV-82071) e "
            "que cancelem a assinatura.\n\nGustavo Pires\nPires Contabilidade\n")
case("lo08-nao-usei-e-cancelem", [f], "leadsoptima", "decided",
     [refund("deny"), cancel("cancel", "2025-10-14")],
     spec="Refund: 'did not use it' -> L1 deny. Cancellation: L8, current_period_end 2025-10-14")

# 09 cancellation, fallback for an annual plan
lo_customer("carla.bastos@bastosmoda.com.br", "Carla Bastos", "annual")
lo_pay("pay_pt_82081", "LO-INV-82081", "carla.bastos@bastosmoda.com.br", "annual", "21588.00",
       "2025-02-28T10:00:00", None, None)
f, _ = mail("lo09-cancelar-anual", "Carla Bastos <carla.bastos@bastosmoda.com.br>", LO,
            "Cancelar assinatura anual", d(2025, 9, 21, 9, 0, SAO_PAULO),
            "Oi! Quero cancelar minha assinatura anual para não renovar em fevereiro. A loja vai migrar "
            "tudo para o Shopify e as ferramentas de lá já resolvem a captação.\n\nBeijos,\nCarla\n"
            "Bastos Moda Feminina\n")
case("lo09-cancelar-anual", [f], "leadsoptima", "decided", [cancel("cancel", "2026-02-27")],
     spec="L8 fallback (no current_period_end in the ledger): last charge 2025-02-28 + 12 months - 1 day "
          "= 2026-02-27")

# 10 cancellation, no reason, Portugal
lo_customer("joao.pereira@pereiraseguros.pt", "João Pereira", "quarterly", "2025-07-15", "2025-10-14")
lo_pay("pay_pt_82091", "LO-INV-82091", "joao.pereira@pereiraseguros.pt", "quarterly", "7499.00",
       "2025-07-15T10:00:00", "2025-07-15", "2025-10-14")
f, _ = mail("lo10-cancelamento-sem-motivo", "João Pereira <joao.pereira@pereiraseguros.pt>", LO,
            "Pedido de cancelamento", d(2025, 9, 29, 10, 0, LISBOA),
            "Exmos. Senhores,\n\nVenho por este meio solicitar o cancelamento da minha subscrição trimestral "
            "do LeadsOptima.\n\nSem outro assunto de momento, subscrevo-me com os melhores cumprimentos,\n\n"
            "João Pereira\nPereira Seguros · Mediador de Seguros · Braga\n")
case("lo10-cancelamento-sem-motivo", [f], "leadsoptima", "decided", [cancel("cancel", "2025-10-14")],
     spec="Section 3: for LeadsOptima a missing reason does not hold a cancellation up; L8 cancel, "
          "current_period_end 2025-10-14")

# 11 negation + billing question -> other
lo_customer("larissa.monteiro@monteiropet.com.br", "Larissa Monteiro", "monthly", "2025-09-05", "2025-10-04")
lo_pay("pay_pt_82101", "LO-INV-82101", "larissa.monteiro@monteiropet.com.br", "monthly", "1799.00",
       "2025-09-05T10:00:00", "2025-09-05", "2025-10-04")
f, _ = mail("lo11-nao-quero-cancelar", "Larissa Monteiro <larissa.monteiro@monteiropet.com.br>", LO,
            "Dúvida sobre a fatura de setembro", d(2025, 9, 25, 15, 0, SAO_PAULO),
            "Oi, pessoal. Não quero cancelar nada nem pedir reembolso, tá? Só queria saber se a fatura de "
            "setembro já consta como paga, porque o boleto ficou pendente no meu app e o financeiro ficou "
            "na dúvida.\n\nObrigada,\nLarissa\nMonteiro Pet Shop\n")
case("lo11-nao-quero-cancelar", [f], "leadsoptima", "other",
     spec="Section 8 negation: 'não quero cancelar nem pedir reembolso' adds no intent; a billing question "
          "-> other")

# 12 hypothetical from a customer -> other
lo_customer("ricardo.alves@alvesengenharia.com.br", "Ricardo Alves", "monthly", "2025-09-12", "2025-10-11")
lo_pay("pay_pt_82111", "LO-INV-82111", "ricardo.alves@alvesengenharia.com.br", "monthly", "1799.00",
       "2025-09-12T10:00:00", "2025-09-12", "2025-10-11")
f, _ = mail("lo12-se-eu-mudar", "Ricardo Alves <ricardo.alves@alvesengenharia.com.br>", LO,
            "Plano anual - dúvida", d(2025, 9, 26, 10, 0, SAO_PAULO),
            "Bom dia,\n\nEstou pensando em passar do mensal para o anual. Se eu mudar e depois de um mês achar "
            "que não vale a pena, eu conseguiria pedir reembolso do restante?\n\nAbs,\nRicardo Alves\n")
case("lo12-se-eu-mudar", [f], "leadsoptima", "other",
     spec="Section 8 hypotheticals: 'if I switch ... could I get a refund' is a policy question -> other")

# 13 past event: already refunded, thanks -> other
lo_customer("beatriz.nogueira@nogueiraidiomas.com.br", "Beatriz Nogueira", "monthly", "2025-09-08", "2025-10-07")
lo_pay("pay_pt_82121", "LO-INV-82121", "beatriz.nogueira@nogueiraidiomas.com.br", "monthly", "1799.00",
       "2025-09-08T10:00:00", "2025-09-08", "2025-10-07")
f, _ = mail("lo13-ja-recebi", "Beatriz Nogueira <beatriz.nogueira@nogueiraidiomas.com.br>", LO,
            "Re: estorno", d(2025, 9, 24, 18, 0, SAO_PAULO),
            "Olá! Só passando para avisar que o estorno da cobrança duplicada que eu pedi semana passada já "
            "caiu no cartão hoje. Muito obrigada pela agilidade!\n\nBia\nNogueira Idiomas\n",
            reply_to_ids=["<reply-pt-13-estorno@leadsoptima.com>"])
case("lo13-ja-recebi", [f], "leadsoptima", "other",
     spec="Past event (a refund already received), no new request -> other")

# 14 C2: a +tag address
lo_customer("joana.prado@pradofloricultura.com.br", "Joana Prado", "monthly", "2025-09-14", "2025-10-13")
lo_pay("pay_pt_82131", "LO-INV-82131", "joana.prado@pradofloricultura.com.br", "monthly", "1799.00",
       "2025-09-14T10:00:00", "2025-09-14", "2025-10-13")
f, _ = mail("lo14-endereco-com-tag", "Joana Prado <joana.prado+leads@pradofloricultura.com.br>", LO,
            "cancelar", d(2025, 9, 22, 11, 0, SAO_PAULO),
            "Olá, quero cancelar o plano mensal. A floricultura vai fechar no fim do ano.\n\nJoana Prado\n")
case("lo14-endereco-com-tag", [f], "leadsoptima", "need_info", rules=["C2"],
     spec="Section 8 addresses: a +tag makes another address; joana.prado+leads@... is not on record -> "
          "C2 need_info, nothing about the account")

# 15 C2: Reply-To holds the registered address, From does not
lo_customer("contato@padariasaojorge.com.br", "Padaria São Jorge", "quarterly", "2025-09-20", "2025-12-19")
lo_pay("pay_pt_82141", "LO-INV-82141", "contato@padariasaojorge.com.br", "quarterly", "5399.00",
       "2025-09-20T10:00:00", "2025-09-20", "2025-12-19")
lo_pay("pay_pt_82142", "LO-INV-82142", "contato@padariasaojorge.com.br", "quarterly", "5399.00",
       "2025-09-20T10:03:00", "2025-09-20", "2025-12-19")
f, _ = mail("lo15-reply-to", "Seu Jorge <jorge.padaria1970@hotmail.com>", LO,
            "cobrança duplicada padaria", d(2025, 9, 23, 7, 0, SAO_PAULO),
            "Bom dia. Aqui é o Jorge da Padaria São Jorge. Cobraram duas vezes o trimestral no dia 20, a "
            "fatura repetida é LO-INV-82142. Favor devolver.\n\nJorge\n",
            headers={"Reply-To": "contato@padariasaojorge.com.br"})
case("lo15-reply-to", [f], "leadsoptima", "need_info", rules=["C2"],
     spec="Section 8: the sender is the From address; Reply-To never verifies anyone. From "
          "jorge.padaria1970@hotmail.com is not a registered email -> C2 need_info, no approval")

# 16 C3 thread: refund without a reason, then the reason
lo_customer("vanessa.rocha@rochafisio.com.br", "Vanessa Rocha", "monthly", "2025-09-20", "2025-10-19")
lo_pay("pay_pt_82160", "LO-INV-82160", "vanessa.rocha@rochafisio.com.br", "monthly", "1299.00",
       "2025-09-20T10:00:00", "2025-09-20", "2025-10-19")
lo_pay("pay_pt_82161", "LO-INV-82161", "vanessa.rocha@rochafisio.com.br", "monthly", "1299.00",
       "2025-09-20T10:05:00", "2025-09-20", "2025-10-19")
f1, m1 = mail("lo16a-sem-motivo", "Vanessa Rocha <vanessa.rocha@rochafisio.com.br>", LO,
              "Reembolso LO-INV-82161", d(2025, 9, 22, 9, 0, SAO_PAULO),
              "Bom dia,\n\nPeço por gentileza o reembolso da fatura LO-INV-82161.\n\nAtt,\nVanessa Rocha\n"
              "Rocha Fisioterapia\n")
f2, _ = mail("lo16b-motivo", "Vanessa Rocha <vanessa.rocha@rochafisio.com.br>", LO,
             "Re: Reembolso LO-INV-82161", d(2025, 9, 23, 8, 30, SAO_PAULO),
             "Oi, o motivo é que fui cobrada em dobro: aparecem duas cobranças iguais da mensalidade no dia "
             "20, essa LO-INV-82161 é a segunda.\n\nVanessa\n\n"
             "Em seg., 22 de set. de 2025 às 21:10, LeadsOptima Support <support@leadsoptima.com> escreveu:\n"
             "> Pode nos dizer o motivo do pedido de reembolso?\n",
             reply_to_ids=[m1, "<reply-pt-16@leadsoptima.com>"])
case("lo16-hilo-motivo", [f1, f2], "leadsoptima", "decided", [refund("approve", "1299.00")],
     spec="C3: the first email restates the request only (no reason, section 8); the answer gives "
          "duplicate_payment. Request time = first email 2025-09-22 17:30 IST, day 2 -> L4 approve 1299.00")

# 17 C4: Procon and lawyer, refund + cancellation
lo_customer("adriana.souza@souzaturismo.com.br", "Adriana Souza", "monthly", "2025-09-24", "2025-10-23")
lo_pay("pay_pt_82171", "LO-INV-82171", "adriana.souza@souzaturismo.com.br", "monthly", "2499.00",
       "2025-09-24T10:00:00", "2025-09-24", "2025-10-23")
f, _ = mail("lo17-procon", "Adriana Souza <adriana.souza@souzaturismo.com.br>", LO,
            "ABSURDO - cobrança indevida", d(2025, 9, 25, 13, 0, SAO_PAULO),
            "Vocês me cobraram 2.499 quando o meu plano sempre foi 1.799 (fatura LO-INV-82171). Quero o "
            "reembolso imediato e o cancelamento da conta. Já falei com meu advogado e vou registrar "
            "reclamação no Procon e no Reclame Aqui se não resolverem hoje.\n\nAdriana Souza\n")
case("lo17-procon", [f], "leadsoptima", "decided", [refund("escalate"), cancel("escalate")], rules=["C4"],
     spec="C4 + section 8 (C4 covers the whole case): lawyer and consumer-protection complaint -> escalate "
          "both the refund and the cancellation")

# 18 C7: mailing list newsletter
f, _ = mail("lo18-newsletter", "Newsletter Souza Turismo <news@souzaturismo.com.br>", LO,
            "Promoções de primavera: pacotes com até 30% off!", d(2025, 9, 26, 8, 0, SAO_PAULO),
            "Confira nossos pacotes de primavera! Para cancelar o recebimento destes e-mails, clique aqui.\n",
            headers={"Precedence": "bulk", "List-Id": "Clientes Souza Turismo <clientes.souzaturismo.com.br>",
                     "List-Unsubscribe": "<mailto:sair@souzaturismo.com.br>"})
case("lo18-newsletter", [f], "leadsoptima", "ignore", rules=["C7"],
     spec="C7: Precedence: bulk and List-Id -> ignore (the word 'cancelar' in the footer is no request)")

# 19 C7: auto-generated ticket acknowledgement
f, _ = mail("lo19-ticket-automatico", "Central de Atendimento <atendimento@mouraauto.com.br>", LO,
            "[Chamado #55821] Recebemos sua mensagem", d(2025, 9, 27, 9, 0, SAO_PAULO),
            "Olá! Recebemos sua mensagem e um de nossos atendentes responderá em até 24 horas úteis. Este é "
            "um e-mail automático, não responda.\n",
            headers={"Auto-Submitted": "auto-generated"})
case("lo19-ticket-automatico", [f], "leadsoptima", "ignore", rules=["C7"],
     spec="C7: Auto-Submitted: auto-generated -> ignore")

# 20 Gmail forward naming another registered address
lo_customer("financeiro@vieiraconstrutora.com.br", "Vieira Construtora", "annual", "2025-04-01", "2026-03-31")
lo_pay("pay_pt_82201", "LO-INV-82201", "financeiro@vieiraconstrutora.com.br", "annual", "21588.00",
       "2025-04-01T10:00:00", "2025-04-01", "2026-03-31")
f, _ = mail("lo20-encaminhado-outro-email", "Paulo Vieira <paulo@vieiraconstrutora.com.br>", LO,
            "Fwd: cancelamento LeadsOptima", d(2025, 9, 24, 17, 0, SAO_PAULO),
            "Segue abaixo.\n\n---------- Forwarded message ---------\n"
            "De: Cláudia Vieira <claudia@vieiraconstrutora.com.br>\n"
            "Date: ter., 23 de set. de 2025 às 16:40\nSubject: cancelamento LeadsOptima\n"
            "To: Paulo Vieira <paulo@vieiraconstrutora.com.br>\n\n"
            "Paulo, manda pra eles cancelarem o plano anual, a conta está no e-mail "
            "financeiro@vieiraconstrutora.com.br. Não vamos renovar porque a construtora parou de lançar "
            "empreendimentos este ano.\nCláudia\n")
case("lo20-encaminhado-outro-email", [f], "leadsoptima", "need_info", rules=["C2"],
     spec="Section 8 forwards: the forwarded request names the registered email financeiro@... which is not "
          "the sender paulo@... -> C2 need_info (ask for the request from that address)")

# 21 HTML-only, mixed Portuguese/English, access failure inside window
lo_customer("ops@nuvemsolarbr.com", "Nuvem Solar", "quarterly", "2025-09-27", "2025-12-26")
lo_pay("pay_pt_82211", "LO-INV-82211", "ops@nuvemsolarbr.com", "quarterly", "5399.00",
       "2025-09-27T10:00:00", "2025-09-27", "2025-12-26")
f, _ = mail("lo21-html-misturado", "Nuvem Solar Ops <ops@nuvemsolarbr.com>", LO,
            "Dashboard down / sem acesso", d(2025, 9, 30, 9, 0, MANAUS), None,
            html="<html><body><p>Hi team / Olá,</p><p>Since the renewal on 27/09 the dashboard is not "
                 "loading for anyone here, a tela fica branca. Já tentamos em 3 navegadores e o suporte do "
                 "chat não resolveu.</p><p>Pedimos o reembolso da renovação trimestral, invoice "
                 "<b>LO-INV-82211</b>.</p><p>Thanks / Obrigado,<br>Caio Ramos<br>Nuvem Solar - Manaus</p>"
                 "</body></html>")
case("lo21-html-misturado", [f], "leadsoptima", "decided", [refund("escalate")],
     spec="HTML-only; L2 access_failure ('dashboard is not loading'); charge 2025-09-27, request 2025-09-30 "
          "18:30 IST day 3 -> L6 escalate")

# 22 billing error outside window
lo_customer("eduardo.lima@limaadvocacia.com.br", "Eduardo Lima", "annual", "2025-09-01", "2026-08-31")
lo_pay("pay_pt_82221", "LO-INV-82221", "eduardo.lima@limaadvocacia.com.br", "annual", "21588.00",
       "2025-09-01T10:00:00", "2025-09-01", "2026-08-31")
f, _ = mail("lo22-plano-errado-fora-prazo", "Eduardo Lima <eduardo.lima@limaadvocacia.com.br>", LO,
            "Cobrança do plano errado", d(2025, 9, 15, 10, 0, SAO_PAULO),
            "Prezados,\n\nFui cobrado pelo plano anual (LO-INV-82221, 01/09) quando tinha escolhido o trimestral. "
            "Cobraram o plano errado. Solicito o reembolso.\n\nCordialmente,\nEduardo Lima\n")
case("lo22-plano-errado-fora-prazo", [f], "leadsoptima", "decided", [refund("deny")],
     spec="L2 billing_error but L3: charge 2025-09-01, request 2025-09-15 18:30 IST = day 14 > 7 -> deny")

# ----------------------------------------------------------------------------------------------
# Optima WebDesign
# ----------------------------------------------------------------------------------------------

# 23 deposit, 71 hours
project("Pousada Maré Alta", "reservas@pousadamarealta.com.br")
owd_pay("pay_pt_o801", "OWD-2025-801", "Pousada Maré Alta", "deposit", "18000.00", "2025-09-22T09:00:00")
f, _ = mail("owd23-sinal-71h", "Pousada Maré Alta <reservas@pousadamarealta.com.br>", OWD,
            "Refund Request — Pousada Maré Alta / OWD-2025-801", d(2025, 9, 24, 23, 30, SAO_PAULO),
            "Boa noite,\n\nPagamos o sinal do site novo da pousada (fatura OWD-2025-801) na segunda, mas a "
            "prefeitura interditou a orla para obras até março e vamos segurar qualquer investimento. "
            "Solicitamos a devolução do sinal.\n\nAtenciosamente,\nHelena Dantas\nPousada Maré Alta - "
            "Porto Seguro/BA\n")
case("owd23-sinal-71h", [f], "optima_webdesign", "decided", [refund("approve", "18000.00")],
     spec="O2: paid 2025-09-22 09:00 IST; email 2025-09-24 23:30 -03:00 = 2025-09-25 08:00 IST = 71 h < 72 h, "
          "no work -> approve 18000.00 before tax")

# 24 deposit, 4 days later
project("Escola de Música Acorde", "secretaria@escolaacorde.com.br")
owd_pay("pay_pt_o802", "OWD-2025-802", "Escola de Música Acorde", "deposit", "9000.00", "2025-09-15T10:00:00")
f, _ = mail("owd24-sinal-4-dias", "Escola Acorde <secretaria@escolaacorde.com.br>", OWD,
            "Devolução do sinal", d(2025, 9, 19, 9, 0, SAO_PAULO),
            "Olá,\n\nGostaríamos de desistir do projeto do site da Escola de Música Acorde e pedir a devolução "
            "do sinal pago dia 15 (OWD-2025-802). A diretoria preferiu investir em instrumentos este "
            "semestre.\n\nAbraços,\nLuana\nSecretaria\n")
case("owd24-sinal-4-dias", [f], "optima_webdesign", "decided", [refund("deny")], extra_ok=True,
     spec="O2: paid 2025-09-15 10:00; request 2025-09-19 17:30 IST = 103.5 h >= 72 h -> deny")

# 25 discovery: work starts after the request
project("Cafeteria Grão Nobre", "contato@graonobre.com.br", "2025-09-30T10:00:00")
owd_pay("pay_pt_o803", "OWD-2025-803", "Cafeteria Grão Nobre", "discovery", "11000.00", "2025-09-20T10:00:00")
f, _ = mail("owd25-discovery-agendada", "Grão Nobre <contato@graonobre.com.br>", OWD,
            "Cancelar workshop de estratégia e reembolso", d(2025, 9, 26, 10, 0, SAO_PAULO),
            "Oi, time Optima!\n\nO workshop de estratégia do projeto Cafeteria Grão Nobre está marcado para o "
            "dia 30, mas o sócio que ia participar saiu da empresa e vamos repensar tudo. Pedimos o reembolso "
            "da fatura OWD-2025-803.\n\nValeu,\nDiego\n")
case("owd25-discovery-agendada", [f], "optima_webdesign", "decided", [refund("approve", "11000.00")],
     extra_ok=True,
     spec="O1: work_started_at 2025-09-30 is later than the request 2025-09-26 -> nothing started -> approve "
          "11000.00")

# 26 milestone not started, with tax
project("Clínica Bem Viver", "administracao@clinicabemviver.com.br", "2025-07-01T10:00:00")
owd_pay("pay_pt_o804", "OWD-2025-804", "Clínica Bem Viver", "milestone", "42000.00", "2025-09-10T10:00:00",
        milestone_status="not_started")
f, _ = mail("owd26-marco-nao-iniciado", "Administração Bem Viver <administracao@clinicabemviver.com.br>", OWD,
            "Reembolso etapa agendamento online", d(2025, 9, 23, 14, 0, SAO_PAULO),
            "Prezados,\n\nReferente ao projeto Clínica Bem Viver: o convênio que exigia o agendamento online "
            "foi descredenciado e não precisaremos mais dessa etapa. A etapa (fatura OWD-2025-804, R$ ... "
            "quer dizer, ₹ 42.000,00 + impostos) ainda não foi iniciada. Solicitamos o reembolso.\n\n"
            "Atenciosamente,\nDr. Henrique Sales\n")
case("owd26-marco-nao-iniciado", [f], "optima_webdesign", "decided", [refund("approve", "42000.00")],
     spec="O3: milestone not_started -> approve its amount before tax, 42000.00 (tax 7560.00 not refunded, C6)")

# 27 milestone completed
project("Academia Corpo em Forma", "gerencia@corpoemforma.com.br", "2025-06-01T10:00:00")
owd_pay("pay_pt_o805", "OWD-2025-805", "Academia Corpo em Forma", "milestone", "26000.00", "2025-08-01T10:00:00",
        milestone_status="completed")
f, _ = mail("owd27-marco-concluido", "Gerência Corpo em Forma <gerencia@corpoemforma.com.br>", OWD,
            "reembolso app de treinos", d(2025, 9, 22, 19, 0, SAO_PAULO),
            "Boa noite. O módulo de treinos do app (projeto Academia Corpo em Forma, fatura OWD-2025-805) foi "
            "entregue, mas os alunos quase não usam. Queremos o reembolso dessa etapa.\n\nMarcos\n")
case("owd27-marco-concluido", [f], "optima_webdesign", "decided", [refund("deny")],
     spec="O3/O6: milestone completed -> deny")

# 28 milestone in progress (Portugal)
project("Quinta do Vale Verde", "geral@quintavaleverde.pt", "2025-08-01T10:00:00")
owd_pay("pay_pt_o806", "OWD-2025-806", "Quinta do Vale Verde", "milestone", "28000.00", "2025-09-01T10:00:00",
        milestone_status="in_progress")
f, _ = mail("owd28-marco-em-curso", "Quinta do Vale Verde <geral@quintavaleverde.pt>", OWD,
            "Pedido de reembolso - loja online", d(2025, 9, 24, 11, 0, LISBOA),
            "Caros senhores,\n\nRelativamente ao projecto Quinta do Vale Verde, decidimos vender os vinhos "
            "apenas através de distribuidores e já não precisamos da loja online. Sei que a fase da loja "
            "(factura OWD-2025-806) já começou, mas peço o reembolso do que ainda não foi feito.\n\n"
            "Melhores cumprimentos,\nAna Rebelo\n")
case("owd28-marco-em-curso", [f], "optima_webdesign", "decided", [refund("escalate")],
     spec="O3: milestone in_progress -> escalate")

# 29 retainer, one day too late
project("Imobiliária Horizonte Sul", "diretoria@horizontesul.com.br", "2025-03-01T10:00:00")
owd_pay("pay_pt_o807", "OWD-2025-807", "Imobiliária Horizonte Sul", "retainer", "24000.00",
        "2025-09-07T10:00:00", next_billing_at="2025-10-07T00:00:00", period_start="2025-09-07",
        period_end="2025-10-06")
f, _ = mail("owd29-retainer-um-dia-tarde", "Diretoria Horizonte Sul <diretoria@horizontesul.com.br>", OWD,
            "Cancelamento do retainer", d(2025, 9, 30, 23, 30, SAO_PAULO),
            "Olá,\n\nSolicitamos o cancelamento do retainer mensal do projeto Imobiliária Horizonte Sul "
            "(última fatura OWD-2025-807). Fomos comprados por uma rede nacional que centraliza o marketing.\n\n"
            "Att,\nRoberta Campos\nDiretora\n")
case("owd29-retainer-um-dia-tarde", [f], "optima_webdesign", "decided", [cancel("cancel", "2025-11-06")],
     spec="O4: next_billing_at 2025-10-07, cut-off 2025-09-30; email 2025-09-30 23:30 -03:00 = 2025-10-01 "
          "08:00 IST, after the cut-off -> next cycle 2025-10-07..2025-11-06 billed; effective 2025-11-06")

# 30 retainer, ample notice (Portugal)
project("Padaria Lusitana", "encomendas@padarialusitana.pt", "2025-02-01T10:00:00")
owd_pay("pay_pt_o808", "OWD-2025-808", "Padaria Lusitana", "retainer", "15000.00", "2025-09-20T10:00:00",
        next_billing_at="2025-10-20T00:00:00", period_start="2025-09-20", period_end="2025-10-19")
f, _ = mail("owd30-retainer-aviso-previo", "Padaria Lusitana <encomendas@padarialusitana.pt>", OWD,
            "Cancelamento da avença mensal", d(2025, 9, 24, 16, 0, LISBOA),
            "Boa tarde,\n\nQueremos cancelar a avença mensal de gestão do site (projecto Padaria Lusitana, "
            "factura OWD-2025-808). A minha filha vai passar a tratar das redes e do site.\n\n"
            "Obrigado por tudo,\nManuel Fonseca\n")
case("owd30-retainer-aviso-previo", [f], "optima_webdesign", "decided", [cancel("cancel", "2025-10-19")],
     spec="O4/O8: next_billing_at 2025-10-20, cut-off 2025-10-13; request 2025-09-24 -> cancel effective "
          "2025-10-19")

# 31 hosting annual, before the service starts
project("Ateliê Linha & Agulha", "atelie@linhaeagulha.com.br", "2025-09-01T10:00:00")
owd_pay("pay_pt_o809", "OWD-2025-809", "Ateliê Linha & Agulha", "hosting_annual", "15000.00",
        "2025-09-25T10:00:00", setup_fee="1800.00", service_start="2025-10-10")
f, _ = mail("owd31-hospedagem-antes-inicio", "Ateliê Linha & Agulha <atelie@linhaeagulha.com.br>", OWD,
            "Cancelar hospedagem anual", d(2025, 9, 27, 10, 0, SAO_PAULO),
            "Oi! Contratei a hospedagem anual do site do Ateliê Linha & Agulha (OWD-2025-809), mas descobri que "
            "a plataforma de loja que escolhi já inclui hospedagem. Quero cancelar e receber o reembolso.\n\n"
            "Beijo,\nMarina\n")
case("owd31-hospedagem-antes-inicio", [f], "optima_webdesign", "decided", [refund("approve", "12100.00")],
     extra_ok=True,
     spec="O5 + section 8 (before the service starts consumed_months = 1): (15000-1800)/12 = 1100; refund "
          "15000 - 1800 - 1100 = 12100.00. Cancellation part not scored (extra_ok)")

# 32 maintenance annual, day 14 exactly, no setup fee
project("Farmácia Vida Plena", "compras@farmaciavidaplena.com.br", "2025-08-01T10:00:00")
owd_pay("pay_pt_o810", "OWD-2025-810", "Farmácia Vida Plena", "maintenance_annual", "21000.00",
        "2025-09-15T10:00:00", service_start="2025-09-16")
f, _ = mail("owd32-manutencao-dia14", "Compras Vida Plena <compras@farmaciavidaplena.com.br>", OWD,
            "Reembolso manutenção anual", d(2025, 9, 30, 10, 0, SAO_PAULO),
            "Prezados,\n\nSolicitamos o reembolso proporcional do plano de manutenção anual do site (projeto "
            "Farmácia Vida Plena, fatura OWD-2025-810). A rede que nos franqueou exige usar o site "
            "institucional dela.\n\nAtenciosamente,\nDepartamento de Compras\n")
case("owd32-manutencao-dia14", [f], "optima_webdesign", "decided", [refund("approve", "19250.00")],
     extra_ok=True,
     spec="O5: service_start 2025-09-16 day 0; request 2025-09-30 18:30 IST = day 14, inside; no setup fee; "
          "21000/12 = 1750; refund 21000 - 0 - 1750 = 19250.00")

# 33 hosting annual, day 20
project("Oficina Mecânica Turbo", "oficina@mecanicaturbo.com.br", "2025-08-01T10:00:00")
owd_pay("pay_pt_o811", "OWD-2025-811", "Oficina Mecânica Turbo", "hosting_annual", "12000.00",
        "2025-09-05T10:00:00", setup_fee="1500.00", service_start="2025-09-06")
f, _ = mail("owd33-hospedagem-dia20", "Oficina Turbo <oficina@mecanicaturbo.com.br>", OWD,
            "reembolso hospedagem", d(2025, 9, 26, 8, 0, SAO_PAULO),
            "bom dia, quero o reembolso da hospedagem anual do projeto Oficina Mecânica Turbo, fatura "
            "OWD-2025-811, vou fechar a oficina e abrir só pelo whatsapp\n\nValdir\n")
case("owd33-hospedagem-dia20", [f], "optima_webdesign", "decided", [refund("deny")], extra_ok=True,
     spec="O5: service_start 2025-09-06, request 2025-09-26 16:30 IST = day 20 > 14 -> deny")

# 34 setup fee
project("Pet Shop Patinhas", "contato@petshoppatinhas.com.br", "2025-09-05T10:00:00")
owd_pay("pay_pt_o812", "OWD-2025-812", "Pet Shop Patinhas", "setup", "3500.00", "2025-09-05T10:00:00")
f, _ = mail("owd34-taxa-ativacao", "Pet Shop Patinhas <contato@petshoppatinhas.com.br>", OWD,
            "Taxa de ativação", d(2025, 9, 18, 15, 0, SAO_PAULO),
            "Olá, gostaria do reembolso da taxa de ativação (OWD-2025-812) do projeto Pet Shop Patinhas. "
            "Acho injusto pagar só para ativar uma conta.\n\nAtt,\nCamila\n")
case("owd34-taxa-ativacao", [f], "optima_webdesign", "decided", [refund("deny")],
     spec="O6: kind setup (setup/activation fee) -> deny")

# 35 third-party licence (Portugal)
project("Livraria Atlântico", "livraria@livrariaatlantico.pt", "2025-08-01T10:00:00")
owd_pay("pay_pt_o813", "OWD-2025-813", "Livraria Atlântico", "third_party", "6200.00", "2025-09-12T10:00:00")
f, _ = mail("owd35-licenca-plugin", "Livraria Atlântico <livraria@livrariaatlantico.pt>", OWD,
            "Reembolso licença do plugin", d(2025, 9, 15, 12, 0, LISBOA),
            "Bom dia,\n\nPagámos a licença anual do plugin de pesquisa de livros (factura OWD-2025-813, "
            "projecto Livraria Atlântico), mas o catálogo é pequeno e a pesquisa normal chega. Pedimos o "
            "reembolso da licença.\n\nCumprimentos,\nRui Teixeira\n")
case("owd35-licenca-plugin", [f], "optima_webdesign", "decided", [refund("deny")],
     spec="O6: kind third_party (premium plugin licence) -> deny")

# 36 payment already refunded -> escalate
project("Estúdio Yoga Shanti", "ola@yogashanti.com.br")
owd_pay("pay_pt_o814", "OWD-2025-814", "Estúdio Yoga Shanti", "deposit", "8000.00", "2025-09-25T10:00:00",
        status="refunded")
f, _ = mail("owd36-ja-estornado", "Yoga Shanti <ola@yogashanti.com.br>", OWD,
            "Devolução do sinal - Yoga Shanti", d(2025, 9, 26, 9, 0, SAO_PAULO),
            "Namastê!\n\nPagamos ontem o sinal do site do Estúdio Yoga Shanti (OWD-2025-814), mas a professora "
            "que ia gerir o estúdio mudou de cidade e vamos pausar o projeto. Pedimos a devolução do sinal.\n\n"
            "Com gratidão,\nPriscila\n")
case("owd36-ja-estornado", [f], "optima_webdesign", "decided", [refund("escalate")],
     spec="Section 8: payments not 'paid' (this one is 'refunded') -> the refund is escalated, even though O2 "
          "alone would approve (31.5 h, no work)")

# 37 C2: assistant forwards the director's request that names the contract email
project("Colégio Novo Saber", "direcao@colegionovosaber.com.br", "2025-05-01T10:00:00")
owd_pay("pay_pt_o815", "OWD-2025-815", "Colégio Novo Saber", "retainer", "13000.00", "2025-09-10T10:00:00",
        next_billing_at="2025-10-10T00:00:00", period_start="2025-09-10", period_end="2025-10-09")
f, _ = mail("owd37-encaminhado-assistente", "Juliana Prates <juliana.assistente@colegionovosaber.com.br>", OWD,
            "ENC: Cancelamento do contrato de manutenção", d(2025, 9, 22, 10, 0, SAO_PAULO),
            "Bom dia, encaminho o pedido da nossa diretora.\n\nJuliana Prates\nAssistente administrativa\n\n"
            "-----Mensagem original-----\nDe: Direção Colégio Novo Saber <direcao@colegionovosaber.com.br>\n"
            "Enviada em: segunda-feira, 22 de setembro de 2025 08:15\nPara: Juliana Prates\n"
            "Assunto: Cancelamento do contrato de manutenção\n\n"
            "Juliana, peça à Optima o cancelamento do retainer do projeto Colégio Novo Saber (fatura "
            "OWD-2025-815); o contrato está no e-mail direcao@colegionovosaber.com.br. A mantenedora vai "
            "padronizar os sites de todas as unidades.\n")
case("owd37-encaminhado-assistente", [f], "optima_webdesign", "need_info", rules=["C2"],
     spec="Section 8 forwards + C2: the forwarded request names the contract email direcao@... which is not "
          "the sender juliana.assistente@... -> need_info, ask for the request from the contract email")

# 38 C3 thread: two projects on one contract email; project and invoice given in the answer
project("Loja Raiz Orgânicos", "marketing@agenciaraiz.com.br", "2025-01-01T10:00:00")
project("Blog Raiz Receitas", "marketing@agenciaraiz.com.br", "2025-02-01T10:00:00")
owd_pay("pay_pt_o816", "OWD-2025-816", "Loja Raiz Orgânicos", "retainer", "17000.00", "2025-09-05T10:00:00",
        next_billing_at="2025-10-05T00:00:00", period_start="2025-09-05", period_end="2025-10-04")
owd_pay("pay_pt_o817", "OWD-2025-817", "Blog Raiz Receitas", "retainer", "9000.00", "2025-09-12T10:00:00",
        next_billing_at="2025-10-12T00:00:00", period_start="2025-09-12", period_end="2025-10-11")
f1, m1 = mail("owd38a-sem-projeto", "Marketing Raiz <marketing@agenciaraiz.com.br>", OWD,
              "cancelar retainer", d(2025, 9, 22, 11, 0, SAO_PAULO),
              "Olá! Queremos cancelar um dos retainers mensais: vamos internalizar a gestão com o time novo de "
              "marketing que contratamos.\n\nTati\nMarketing - Grupo Raiz\n")
f2, _ = mail("owd38b-projeto-e-fatura", "Marketing Raiz <marketing@agenciaraiz.com.br>", OWD,
             "Re: cancelar retainer", d(2025, 9, 23, 9, 0, SAO_PAULO),
             "Oi! É o da Loja Raiz Orgânicos, fatura owd 2025 816. O do blog continua.\n\nTati\n\n"
             "Em 22/09/2025 22:05, Optima WebDesign escreveu:\n> Qual projeto e qual fatura?\n",
             reply_to_ids=[m1, "<reply-pt-38@optimawebdesign.com>"])
case("owd38-hilo-projeto", [f1, f2], "optima_webdesign", "decided", [cancel("cancel", "2025-10-04")],
     spec="C3 thread: the contract email holds two projects, so project_name and invoice_number are asked "
          "for; the answer names Loja Raiz Orgânicos / OWD-2025-816 (section 8 invoice matching). O4: request "
          "time = first email 2025-09-22 19:30 IST; next_billing_at 2025-10-05, cut-off 2025-09-28 -> cancel "
          "effective 2025-10-04")

# 39 C4: chargeback threat on a deposit that would be refundable
project("Hamburgueria Brasa", "socios@hamburgueriabrasa.com.br")
owd_pay("pay_pt_o818", "OWD-2025-818", "Hamburgueria Brasa", "deposit", "14000.00", "2025-09-27T10:00:00")
f, _ = mail("owd39-chargeback", "Sócios Brasa <socios@hamburgueriabrasa.com.br>", OWD,
            "devolução do sinal ou chargeback", d(2025, 9, 28, 9, 0, SAO_PAULO),
            "Pessoal, desistimos do site da Hamburgueria Brasa (sinal OWD-2025-818): o ponto foi vendido. "
            "Quero o dinheiro de volta até amanhã, senão vou contestar a compra no cartão (chargeback).\n\n"
            "Rafael\n")
case("owd39-chargeback", [f], "optima_webdesign", "decided", [refund("escalate")], rules=["C4"], extra_ok=True,
     spec="C4: chargeback threat -> escalate, even though O2 alone would approve (31.5 h, no work). "
          "'desistimos do site' may also be read as a cancellation, which C4 escalates too (section 8: C4 "
          "covers the whole case): extra_ok")

# 40 HTML-only Apple Mail: deposit within 72 h but work started
project("Studio Foto Luz", "agenda@studiofotoluz.com.br", "2025-09-24T15:00:00")
owd_pay("pay_pt_o819", "OWD-2025-819", "Studio Foto Luz", "deposit", "10000.00", "2025-09-23T18:00:00")
f, _ = mail("owd40-html-trabalho-iniciado", "Studio Foto Luz <agenda@studiofotoluz.com.br>", OWD,
            "Desistência do site", d(2025, 9, 25, 10, 0, SAO_PAULO), None,
            html="<html><head><meta http-equiv='Content-Type' content='text/html; charset=utf-8'></head>"
                 "<body style='word-wrap: break-word;'><div>Olá,</div><div><br></div><div>Vamos desistir do "
                 "site do Studio Foto Luz: decidimos usar só o Instagram por enquanto. Pedimos a devolução do "
                 "sinal, fatura OWD-2025-819.</div><div><br></div><div>Enviado do meu iPhone</div>"
                 "<div>Larissa Luz</div></body></html>")
case("owd40-html-trabalho-iniciado", [f], "optima_webdesign", "decided", [refund("deny")], extra_ok=True,
     spec="O2: paid 2025-09-23 18:00, request 2025-09-25 18:30 IST (48.5 h) but work_started_at 2025-09-24 "
          "15:00 came first -> deny")

# 41 how-to question -> other
project("Sorveteria Polar", "contato@sorveteriapolar.com.br", "2025-06-01T10:00:00")
f, _ = mail("owd41-como-trocar-logo", "Sorveteria Polar <contato@sorveteriapolar.com.br>", OWD,
            "Como troco o logo do site?", d(2025, 9, 29, 14, 0, SAO_PAULO),
            "Oi, tudo bem? Fizemos um logo novo para o verão. Como eu troco o logo no site sozinha, pelo "
            "painel? Se for complicado me mandem o passo a passo.\n\nObrigada!\nElisa\n")
case("owd41-como-trocar-logo", [f], "optima_webdesign", "other",
     spec="Neither refund nor cancellation: a how-to question -> other")

# 42 C7: the brand's own address
f, _ = mail("owd42-proprio-endereco", "Optima WebDesign Billing <billing@optimawebdesign.com>", OWD,
            "Relatório semanal de faturas - reembolsos pendentes", d(2025, 9, 29, 9, 0, IST),
            "Resumo automático: 3 pedidos de reembolso pendentes, 1 cancelamento de retainer.\n")
case("owd42-proprio-endereco", [f], "optima_webdesign", "ignore", rules=["C7"],
     spec="C7: mail from the brand's own address billing@optimawebdesign.com -> ignore")

# 43 the other brand's customer writes to Optima
f, _ = mail("owd43-cliente-da-outra-marca", "Renata Figueiredo <renata.figueiredo@figueiredoodonto.com.br>", OWD,
            "Cancelar assinatura", d(2025, 9, 30, 12, 0, SAO_PAULO),
            "Olá, quero cancelar minha assinatura mensal. Estou reduzindo custos no consultório.\n\nRenata\n")
case("owd43-cliente-da-outra-marca", [f], "optima_webdesign", "need_info", rules=["C2"],
     spec="Section 8 other brand's customer: C1 picks Optima WebDesign; the sender is a LeadsOptima customer, "
          "unknown in Optima's ledger -> treated as an unknown sender (C2, C3): need_info; section 7: rules "
          "holds C2 when the sender is not the address on record (second pass: not ambiguous, section 8 names "
          "C2 for exactly this case, as pt-lo14/pt-lo15 expect C2 for unknown senders)")

# 44 forward whose only 'reason' is a forwarding note
project("Construtora Alicerce", "obras@construtoraalicerce.com.br", "2025-07-01T10:00:00")
owd_pay("pay_pt_o820", "OWD-2025-820", "Construtora Alicerce", "milestone", "33000.00", "2025-09-15T10:00:00",
        milestone_status="not_started")
f, _ = mail("owd44-so-nota-de-encaminhamento", "Obras Alicerce <obras@construtoraalicerce.com.br>", OWD,
            "Fwd: Fatura OWD-2025-820", d(2025, 9, 25, 10, 0, SAO_PAULO),
            "Por favor, ver abaixo. Queremos o reembolso desta fatura, projeto Construtora Alicerce.\n\n"
            "---------- Forwarded message ---------\n"
            "De: Optima WebDesign <optimawebdesigns12@gmail.com>\n"
            "Date: seg., 15 de set. de 2025 às 10:02\nSubject: Fatura OWD-2025-820\n"
            "To: <obras@construtoraalicerce.com.br>\n\n"
            "Segue a fatura OWD-2025-820 referente à etapa 3 (portal do cliente).\n")
case("owd44-so-nota-de-encaminhamento", [f], "optima_webdesign", "need_info", missing=["reason"],
     spec="Section 8 what a reason is: 'por favor, ver abaixo' and restating the request are not reasons, and "
          "the forwarded invoice gives none -> need_info reason (C3)")


# ----------------------------------------------------------------------------------------------
def main():
    (HERE / "ledger.json").write_text(json.dumps({"customers": customers, "projects": projects,
                                                  "payments": payments}, indent=1, ensure_ascii=False) + "\n")
    (HERE / "expected.json").write_text(json.dumps({"cases": cases}, indent=1, ensure_ascii=False) + "\n")
    invs = [p["invoice"] for p in payments]
    assert len(invs) == len(set(invs)), "invoice numbers must be unique"
    ids = [p["id"] for p in payments]
    assert len(ids) == len(set(ids))
    print(f"{len(cases)} cases, {len(payments)} payments")


if __name__ == "__main__":
    main()
