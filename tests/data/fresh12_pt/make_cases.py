"""Fresh held-out round 12, Portuguese (pt-BR and pt-PT): writes ledger.json, emails/*.eml and
expected.json beside this file. Written by QA pass qa12b from POLICY_SPEC.md alone. MIT licence.
Deterministic: no randomness, fixed Message-IDs and dates."""

import json
import os
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
LANG = "pt"
LO = "support@leadsoptima.com"
OWD = "optimawebdesigns12@gmail.com"
IST = timezone(timedelta(hours=5, minutes=30))
BRT = timezone(timedelta(hours=-3))   # Brasília
WEST = timezone(timedelta(hours=1))   # Lisbon, summer time

customers, projects, payments, cases = [], [], [], []


def cust(email, name, plan, status="active", cps=None, cpe=None, trial_ends=None):
    customers.append({"brand": "leadsoptima", "email": email, "name": name, "plan": plan, "status": status,
                      "trial_ends": trial_ends, "current_period_start": cps, "current_period_end": cpe})


def proj(name, email, started=None):
    projects.append({"brand": "optima_webdesign", "name": name, "contract_email": email,
                     "work_started_at": started})


def lopay(pid, inv, email, plan, amount, tax, paid_at, ps=None, pe=None, status="paid"):
    payments.append({"brand": "leadsoptima", "id": pid, "invoice": inv, "customer_email": email,
                     "kind": "subscription", "plan": plan, "amount": amount, "tax": tax, "currency": "INR",
                     "paid_at": paid_at, "period_start": ps, "period_end": pe, "status": status})


def owpay(pid, inv, project, kind, amount, tax, paid_at, status="paid", setup_fee=None, service_start=None,
          next_billing_at=None, ps=None, pe=None, milestone_status=None):
    payments.append({"brand": "optima_webdesign", "id": pid, "invoice": inv, "project": project, "kind": kind,
                     "amount": amount, "tax": tax, "currency": "INR", "paid_at": paid_at, "status": status,
                     "setup_fee": setup_fee, "service_start": service_start, "next_billing_at": next_billing_at,
                     "period_start": ps, "period_end": pe, "milestone_status": milestone_status})


def eml(name, frm, to, subject, when, body=None, html=None, headers=None, reply_to=None, irt=None):
    """when = (y, m, d, hh, mm, tz); returns the relative file name."""
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = frm
    msg["To"] = to
    msg["Subject"] = subject
    y, m, d, hh, mm, tz = when
    msg["Date"] = format_datetime(datetime(y, m, d, hh, mm, 0, tzinfo=tz))
    msg["Message-ID"] = f"<{name}.pt12@mail.example>"
    if irt:
        msg["In-Reply-To"] = f"<{irt}>"
        msg["References"] = f"<{irt}>"
    if reply_to:
        msg["Reply-To"] = reply_to
    for k, v in (headers or {}).items():
        msg[k] = v
    if body is not None:
        msg.set_content(body)
        if html is not None:
            msg.add_alternative(html, subtype="html")
            msg.set_boundary("=_alt_{name}_pt12")
    else:
        msg.set_content(html, subtype="html")
    rel = f"emails/{name}.eml"
    with open(os.path.join(HERE, rel), "wb") as fh:
        fh.write(msg.as_bytes())
    return rel


def case(cid, files, brand, status, decisions, spec, rules=(), missing=None, extra_ok=False, ambiguous=None):
    c = {"id": f"pt-{cid}", "lang": LANG, "files": files, "brand": brand, "status": status,
         "rules": list(rules)}
    if missing is not None:
        c["missing"] = missing
    c["decisions"] = decisions
    if extra_ok:
        c["extra_ok"] = True
    c["spec"] = spec
    if ambiguous:
        c["ambiguous"] = ambiguous
    cases.append(c)


def dec(intent, outcome, amount=None, eff=None):
    d = {"intent": intent, "outcome": outcome}
    if outcome == "approve":
        d["amount"] = amount
    if eff is not None:
        d["effective_date"] = eff
    return d


os.makedirs(os.path.join(HERE, "emails"), exist_ok=True)
for old in os.listdir(os.path.join(HERE, "emails")):
    os.remove(os.path.join(HERE, "emails", old))

LOB, OWB = "leadsoptima", "optima_webdesign"

# ---------------------------------------------------------------- LeadsOptima
# l01 duplicate, approve
cust("mari.tavares.ads@gmail.com", "Mariana Tavares", "monthly", cps="2025-09-24", cpe="2025-10-23")
lopay("pay_pt_7101", "LO-INV-71001", "mari.tavares.ads@gmail.com", "monthly", "1499.00", "269.82",
      "2025-09-24T10:02:00", "2025-09-24", "2025-10-23")
lopay("pay_pt_7102", "LO-INV-71002", "mari.tavares.ads@gmail.com", "monthly", "1499.00", "269.82",
      "2025-09-24T10:03:00", "2025-09-24", "2025-10-23")
f = eml("l01-dup-inside", "Mariana Tavares <mari.tavares.ads@gmail.com>", LO, "cobrança em dobro!!",
        (2025, 9, 26, 9, 40, BRT),
        "Oi pessoal, bom dia\n\nOlhando a fatura do cartão vi que a assinatura mensal da LeadsOptima foi "
        "cobrada duas vezes no dia 24/09, dois lançamentos de ₹ 1.499,00 com um minuto de diferença.\n"
        "A segunda é a lo inv 71002. Podem estornar a duplicada por favor?\n\nObrigada!\nMari\n\n"
        "Enviado do meu iPhone")
case("l01-dup-inside", [f], LOB, "decided", [dec("refund", "approve", "1499.00")],
     "L2 duplicate_payment ('cobrada duas vezes'); ledger has two paid monthly charges 1499.00 for period "
     "2025-09-24..2025-10-23; request 2025-09-26 18:10 IST = day 2 <= 7 (L3); L4 approve the duplicate's "
     "amount before tax 1499.00 (C6); invoice reference 'lo inv 71002' = LO-INV-71002 (section 8)")

# l02 duplicate, Brazilian Date header crosses into day 8 in IST
cust("rafael.nogueira@nogueiraimoveis.com.br", "Rafael Nogueira", "annual", cps="2025-09-20", cpe="2026-09-19")
lopay("pay_pt_7111", "LO-INV-71011", "rafael.nogueira@nogueiraimoveis.com.br", "annual", "11988.00", "2157.84",
      "2025-09-20T11:00:00", "2025-09-20", "2026-09-19")
lopay("pay_pt_7112", "LO-INV-71012", "rafael.nogueira@nogueiraimoveis.com.br", "annual", "11988.00", "2157.84",
      "2025-09-20T11:00:40", "2025-09-20", "2026-09-19")
f = eml("l02-dup-day8-tz", "Rafael Nogueira <rafael.nogueira@nogueiraimoveis.com.br>", LO,
        "Pagamento duplicado plano anual - LO-INV-71012", (2025, 9, 27, 20, 15, BRT),
        "Boa noite,\n\nSó hoje percebi que o plano anual foi debitado 2 vezes no sábado passado (20/09), "
        "₹ 11.988,00 cada. Fatura da segunda cobrança: LO-INV-71012.\n"
        "Solicito o reembolso do valor pago a mais.\n\nAtt,\nRafael Nogueira\nNogueira Imóveis | CRECI 45.221-F\n"
        "(11) 98877-1020")
case("l02-dup-day8-tz", [f], LOB, "decided", [dec("refund", "deny")],
     "Date: Sat 2025-09-27 20:15 -03:00 = Sun 2025-09-28 04:45 IST; charge local date 2025-09-20 = day 0, "
     "request is day 8 > 7: L3 deny (section 1: request time in the brand's zone; the customer's own date "
     "27/09 would be day 7)")

# l03 duplicate, Lisbon, exactly day 7
cust("ines.carvalho@pastelariabelem.pt", "Inês Carvalho", "quarterly", cps="2025-09-19", cpe="2025-12-18")
lopay("pay_pt_7121", "LO-INV-71021", "ines.carvalho@pastelariabelem.pt", "quarterly", "3999.00", "719.82",
      "2025-09-19T14:00:00", "2025-09-19", "2025-12-18")
lopay("pay_pt_7122", "LO-INV-71022", "ines.carvalho@pastelariabelem.pt", "quarterly", "3999.00", "719.82",
      "2025-09-19T14:05:00", "2025-09-19", "2025-12-18")
f = eml("l03-dup-day7", "Inês Carvalho <ines.carvalho@pastelariabelem.pt>", LO,
        "Débito em duplicado - plano trimestral", (2025, 9, 26, 18, 30, WEST),
        "Exmos. Senhores,\n\nVenho por este meio informar que o plano trimestral da nossa conta foi debitado em "
        "duplicado no passado dia 19 de setembro (faturas LO-INV-71021 e LO-INV-71022, 3.999,00 cada uma).\n"
        "Agradeço a devolução do segundo débito, fatura LO-INV-71022.\n\nCom os melhores cumprimentos,\n"
        "Inês Carvalho\nPastelaria Belém Lda.\n\nEsta mensagem e quaisquer anexos são confidenciais. Se a recebeu "
        "por engano, por favor apague-a e avise o remetente.")
case("l03-dup-day7", [f], LOB, "decided", [dec("refund", "approve", "3999.00")],
     "Date: Fri 2025-09-26 18:30 +01:00 = 2025-09-26 23:00 IST; charge 2025-09-19 = day 0, request day 7, "
     "'day 7 is inside' (L3); two paid quarterly charges same period -> L4 approve 3999.00 before tax")

# l04 three identical charges
cust("thiago.r.almeida@outlook.com", "Thiago Almeida", "monthly", cps="2025-09-25", cpe="2025-10-24")
for i, t in enumerate(["09:00:00", "09:00:30", "09:01:10"]):
    lopay(f"pay_pt_713{i}", f"LO-INV-7103{i}", "thiago.r.almeida@outlook.com", "monthly", "1499.00", "269.82",
          f"2025-09-25T{t}", "2025-09-25", "2025-10-24")
f = eml("l04-triple-charge", "Thiago Almeida <thiago.r.almeida@outlook.com>", LO, "cobraram 3x a mensalidade",
        (2025, 9, 27, 11, 5, BRT),
        "ola\n\na mensalidade de setembro caiu TRES vezes no meu cartao no dia 25, 1.499,00 cada. as faturas sao "
        "LO-INV-71030, LO-INV-71031 e LO-INV-71032. so contratei uma assinatura né, quero de volta as duas "
        "cobranças a mais\n\nvlw\nThiago")
case("l04-triple-charge", [f], LOB, "decided", [dec("refund", "approve", "2998.00")],
     "section 8 'three or more identical charges': charges 2 and 3 of 2025-09-25 are duplicates, request "
     "2025-09-27 19:35 IST = day 2, both inside L3 -> L4 approve 2 x 1499.00 = 2998.00")

# l05 duplicate claimed, ledger shows one charge
cust("contato@lojadacamila.com.br", "Camila Rocha", "monthly", cps="2025-09-23", cpe="2025-10-22")
lopay("pay_pt_7141", "LO-INV-71041", "contato@lojadacamila.com.br", "monthly", "1499.00", "269.82",
      "2025-09-23T08:00:00", "2025-09-23", "2025-10-22")
f = eml("l05-dup-no-pair", "Camila Rocha <contato@lojadacamila.com.br>", LO, "Re: Sua fatura LO-INV-71041",
        (2025, 9, 25, 16, 20, BRT),
        "Boa tarde!\n\nNo extrato do banco aparecem dois débitos da LeadsOptima, parece que paguei duas vezes a "
        "fatura LO-INV-71041. Podem verificar e devolver um deles?\n\nCamila\nLoja da Camila - moda praia",
        irt="invoice-LO-INV-71041.20250923@mail.leadsoptima.com")
case("l05-dup-no-pair", [f], LOB, "decided", [dec("refund", "escalate")],
     "L2 duplicate_payment claimed, request day 2 (L3 inside), but the ledger holds a single charge for the "
     "period: L4 'No such pair in the ledger: escalate'")

# l06 charged after cancelling (past event)
cust("joao.pedro.matos@yahoo.com.br", "João Pedro Matos", "monthly", status="cancelled",
     cps="2025-08-23", cpe="2025-09-22")
lopay("pay_pt_7151", "LO-INV-71051", "joao.pedro.matos@yahoo.com.br", "monthly", "1499.00", "269.82",
      "2025-08-23T10:00:00", "2025-08-23", "2025-09-22")
lopay("pay_pt_7152", "LO-INV-71052", "joao.pedro.matos@yahoo.com.br", "monthly", "1499.00", "269.82",
      "2025-09-23T10:00:00", "2025-09-23", "2025-10-22")
f = eml("l06-charged-after-cancel", "João Pedro Matos <joao.pedro.matos@yahoo.com.br>", LO,
        "cancelei e continuaram cobrando", (2025, 9, 24, 10, 12, BRT),
        "Prezados,\n\nCancelei minha assinatura mensal no dia 14/09 pelo próprio painel (Billing > Cancel Plan) e "
        "mesmo assim ontem entrou uma nova cobrança, fatura LO-INV-71052. Quero o estorno dessa cobrança indevida.\n\n"
        "Grato,\nJoão Pedro")
case("l06-charged-after-cancel", [f], LOB, "decided", [dec("refund", "escalate")],
     "L2 billing_error ('cancelei ... e mesmo assim ... cobrança'); charge 2025-09-23, request 2025-09-24 18:42 "
     "IST = day 1 (L3); L5 escalate with the charge found. Past cancellation is a fact, not a new request")

# l07 wrong plan charged
cust("financeiro@academiaforcatotal.com.br", "Academia Força Total", "monthly", cps="2025-09-26", cpe="2025-10-25")
lopay("pay_pt_7161", "LO-INV-71061", "financeiro@academiaforcatotal.com.br", "annual", "11988.00", "2157.84",
      "2025-09-26T12:30:00", "2025-09-26", "2026-09-25")
f = eml("l07-wrong-plan", "Financeiro Academia Força Total <financeiro@academiaforcatotal.com.br>", LO,
        "Plano errado cobrado - INV 71061", (2025, 9, 29, 9, 0, BRT),
        None,
        "<html><body><p>Olá equipe LeadsOptima,</p><p>Nosso plano é o <b>mensal</b>, mas no dia 26/09 fomos "
        "cobrados pelo plano <b>anual</b> (₹11.988,00), fatura LO-INV-71061. Ninguém aqui pediu upgrade.</p>"
        "<p>Pedimos o reembolso dessa cobrança e que voltem a cobrar só o mensal.</p>"
        "<p>Att.<br>Depto. Financeiro<br>Academia Força Total</p></body></html>")
case("l07-wrong-plan", [f], LOB, "decided", [dec("refund", "escalate")],
     "HTML-only. L2 billing_error (charged the annual plan instead of the monthly one); charge 2025-09-26, "
     "request 2025-09-29 = day 3 (L3); L5 escalate")

# l08 access failure inside
cust("lucas@agenciaonda.com.br", "Lucas Fontes", "quarterly", cps="2025-09-22", cpe="2025-12-21")
lopay("pay_pt_7171", "LO-INV-71071", "lucas@agenciaonda.com.br", "quarterly", "3999.00", "719.82",
      "2025-09-22T09:30:00", "2025-09-22", "2025-12-21")
f = eml("l08-access-failure", "Lucas Fontes <lucas@agenciaonda.com.br>", LO,
        "Sem acesso à plataforma desde sexta", (2025, 9, 28, 22, 10, BRT),
        "Olá,\n\nDesde sexta-feira não consigo entrar na plataforma: coloco email e senha e a tela fica "
        "carregando e volta pro login. Já troquei a senha, testei no Chrome e no Safari, nada. Paguei o trimestre "
        "agora dia 22 (fatura LO-INV-71071) e não consegui usar. Se não tiver solução, quero o reembolso.\n\n"
        "Lucas Fontes\nAgência Onda")
case("l08-access-failure", [f], LOB, "decided", [dec("refund", "escalate")],
     "L2 access_failure ('não consigo entrar'); charge 2025-09-22, request 2025-09-29 06:40 IST = day 7 inside "
     "(L3); L6 escalate (verified and unresolved by support)")

# l09 access failure outside window
cust("patricia.lemos@lemoseventos.com", "Patrícia Lemos", "monthly", cps="2025-09-03", cpe="2025-10-02")
lopay("pay_pt_7181", "LO-INV-71081", "patricia.lemos@lemoseventos.com", "monthly", "1499.00", "269.82",
      "2025-09-03T15:00:00", "2025-09-03", "2025-10-02")
f = eml("l09-access-outside", "Patrícia Lemos <patricia.lemos@lemoseventos.com>", LO,
        "reembolso - plataforma fora do ar", (2025, 9, 23, 14, 0, BRT),
        "Bom dia. O painel de vocês não carrega há semanas, fica só a tela branca. Paguei a mensalidade "
        "LO-INV-71081 no dia 3 e praticamente não usei. Quero meu dinheiro de volta.\nPatrícia")
case("l09-access-outside", [f], LOB, "decided", [dec("refund", "deny")],
     "L2 access_failure, but charge 2025-09-03 and request 2025-09-23 22:30 IST = day 20 > 7: L3 deny")

# l10 changed mind (L1)
cust("hsouza.consultoria@gmail.com", "Henrique Souza", "monthly", cps="2025-09-27", cpe="2025-10-26")
lopay("pay_pt_7191", "LO-INV-71091", "hsouza.consultoria@gmail.com", "monthly", "1499.00", "269.82",
      "2025-09-27T07:45:00", "2025-09-27", "2025-10-26")
f = eml("l10-changed-mind", "Henrique Souza <hsouza.consultoria@gmail.com>", LO,
        "Reembolso mensalidade", (2025, 9, 29, 8, 30, BRT),
        "Olá, tudo bem?\n\nA renovação do mês caiu sábado (LO-INV-71091) mas eu vou parar de prospectar pelo "
        "LinkedIn por uns meses, então não vou usar a ferramenta. Dá pra devolver o valor? Acho que nem abri "
        "o sistema desde a renovação.\n\nAbraço,\nHenrique")
case("l10-changed-mind", [f], LOB, "decided", [dec("refund", "deny")],
     spec="L1: not using the product is not one of the L2 exceptions -> deny, reply offers cancellation "
          "(day 2, inside L3, so the reason decides). No cancellation asked (a pause 'por uns meses'): L1 says the "
          "reply offers cancellation, so a cancellation decision would act on a request never made (no extra_ok)")

# l11 trial
cust("bia.moraes.nutri@gmail.com", "Beatriz Moraes", "monthly", status="trial", trial_ends="2025-10-08")
f = eml("l11-trial", "Beatriz Moraes <bia.moraes.nutri@gmail.com>", LO, "devolução do valor",
        (2025, 9, 30, 19, 0, BRT),
        "Oi! Comecei o teste grátis semana passada e achei a ferramenta complicada demais pro meu consultório. "
        "Quero cancelar e receber de volta o que foi pago, por favor.\n\nBeatriz Moraes\nNutricionista - CRN3 51234")
case("l11-trial", [f], LOB, "decided", [dec("refund", "deny")], extra_ok=True,
     spec="L7: account status trial, no charges in the ledger -> refund deny (nothing to refund; no billing "
          "unless they subscribe). The cancellation part may also be decided (extra_ok)")

# l12 negation + cancel
cust("andre.figueiredo@figueiredoadv.com.br", "André Figueiredo", "quarterly", cps="2025-09-01", cpe="2025-11-30")
lopay("pay_pt_7201", "LO-INV-71201", "andre.figueiredo@figueiredoadv.com.br", "quarterly", "3999.00", "719.82",
      "2025-09-01T10:00:00", "2025-09-01", "2025-11-30")
f = eml("l12-cancel-no-refund", "André Figueiredo <andre.figueiredo@figueiredoadv.com.br>", LO,
        "Cancelamento da assinatura", (2025, 9, 25, 11, 0, BRT),
        "Prezados, bom dia.\n\nNão quero reembolso nenhum, sei que o trimestre já foi pago. Só peço que a "
        "assinatura não seja renovada: favor cancelar o plano trimestral. O escritório vai centralizar a "
        "captação em outra ferramenta.\n\nAtenciosamente,\nAndré Figueiredo")
case("l12-cancel-no-refund", [f], LOB, "decided", [dec("cancellation", "cancel", eff="2025-11-30")],
     "Negation 'Não quero reembolso' adds no refund (section 8); L8 cancel, effective current_period_end 2025-11-30")

# l13 cancel, L8 fallback (no current period)
cust("sofia.antunes@clinicaantunes.pt", "Sofia Antunes", "quarterly")
lopay("pay_pt_7211", "LO-INV-71211", "sofia.antunes@clinicaantunes.pt", "quarterly", "3999.00", "719.82",
      "2025-08-12T16:20:00")
f = eml("l13-cancel-fallback", "Sofia Antunes <sofia.antunes@clinicaantunes.pt>", LO,
        "Pedido de cancelamento", (2025, 9, 30, 10, 0, WEST),
        "Bom dia,\n\nGostaria de cancelar a subscrição da LeadsOptima da clínica. Deixámos de fazer campanhas "
        "digitais.\n\nObrigada,\nSofia Antunes\nClínica Antunes - Fisioterapia\nTel. 219 445 870")
case("l13-cancel-fallback", [f], LOB, "decided", [dec("cancellation", "cancel", eff="2025-11-11")],
     "L8 fallback: no current_period_end; last charge local date 2025-08-12 + 3 months (quarterly) - 1 day = 2025-11-11")

# l14 cancel, fallback with UTC charge time
cust("gustavo.prado@pradologistica.com.br", "Gustavo Prado", "annual")
lopay("pay_pt_7221", "LO-INV-71221", "gustavo.prado@pradologistica.com.br", "annual", "11988.00", "2157.84",
      "2024-12-31T21:00:00Z")
f = eml("l14-cancel-utc-charge", "Gustavo Prado <gustavo.prado@pradologistica.com.br>", LO,
        "Não renovar plano anual", (2025, 9, 22, 15, 45, BRT),
        "Olá. Nosso plano anual foi contratado na virada do ano. Por favor cancelem, não vamos renovar em "
        "janeiro: a diretoria cortou o orçamento de marketing.\n\nGustavo Prado\nPrado Logística")
case("l14-cancel-utc-charge", [f], LOB, "decided", [dec("cancellation", "cancel", eff="2025-12-31")],
     "L8 fallback; charge 2024-12-31T21:00Z = 2025-01-01 02:30 IST (section 8: offsets converted), local date "
     "2025-01-01 + 12 months - 1 day = 2025-12-31")

# l15 duplicate + cancellation
cust("vanessa@doceriavanessa.com.br", "Vanessa Pires", "monthly", cps="2025-09-28", cpe="2025-10-27")
lopay("pay_pt_7231", "LO-INV-71231", "vanessa@doceriavanessa.com.br", "monthly", "1499.00", "269.82",
      "2025-09-28T13:00:00", "2025-09-28", "2025-10-27")
lopay("pay_pt_7232", "LO-INV-71232", "vanessa@doceriavanessa.com.br", "monthly", "1499.00", "269.82",
      "2025-09-28T13:02:00", "2025-09-28", "2025-10-27")
f = eml("l15-dup-and-cancel", "Vanessa Pires <vanessa@doceriavanessa.com.br>", LO,
        "Cobrança duplicada + cancelamento", (2025, 9, 30, 9, 15, BRT),
        "Oi, tudo bom?\n\nVocês me cobraram em dobro no domingo (LO-INV-71231 e LO-INV-71232). Quero o "
        "reembolso da segunda. E aproveitando: podem cancelar minha assinatura, vou fechar a loja online no fim "
        "do ano.\n\nBeijos,\nVanessa")
case("l15-dup-and-cancel", [f], LOB, "decided",
     [dec("refund", "approve", "1499.00"), dec("cancellation", "cancel", eff="2025-10-27")],
     "Refund: L2 duplicate, day 2, L4 approve 1499.00 (LO-INV-71232). Cancellation: L8 effective "
     "current_period_end 2025-10-27. Both parts decided, one reply (section 1)")

# l16 refund with no reason
cust("m.queiroz@queirozseguros.com.br", "Marcelo Queiroz", "monthly", cps="2025-09-20", cpe="2025-10-19")
lopay("pay_pt_7241", "LO-INV-71241", "m.queiroz@queirozseguros.com.br", "monthly", "1499.00", "269.82",
      "2025-09-20T10:00:00", "2025-09-20", "2025-10-19")
f = eml("l16-no-reason", "Marcelo Queiroz <m.queiroz@queirozseguros.com.br>", LO,
        "Solicitação de reembolso - LO-INV-71241", (2025, 9, 24, 17, 0, BRT),
        "Prezados,\n\nSolicito o reembolso da fatura LO-INV-71241, plano mensal.\n\nNo aguardo.\n\n"
        "Marcelo Queiroz\nQueiroz Corretora de Seguros\nSUSEP 10.2233.44\n\n"
        "AVISO: Esta mensagem pode conter informação confidencial. Caso não seja o destinatário, favor apagá-la.")
case("l16-no-reason", [f], LOB, "need_info", [], missing=["reason"],
     spec="Section 8 'what a reason is': restating the request, signature and disclaimer are not reasons; "
          "LeadsOptima requires a reason for a refund -> need_info, missing reason (C3)")

# l17 thread: missing invoice and reason, then answered -> billing error escalate
cust("eduardo.batista@ebtech.com.br", "Eduardo Batista", "monthly", cps="2025-09-25", cpe="2025-10-24")
lopay("pay_pt_7251", "LO-INV-71251", "eduardo.batista@ebtech.com.br", "monthly", "1499.00", "269.82",
      "2025-08-25T10:00:00", "2025-08-25", "2025-09-24")
lopay("pay_pt_7252", "LO-INV-71252", "eduardo.batista@ebtech.com.br", "monthly", "3999.00", "719.82",
      "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
f1 = eml("l17-thread-1", "Eduardo Batista <eduardo.batista@ebtech.com.br>", LO, "Reembolso",
         (2025, 9, 26, 8, 50, BRT),
         "Bom dia, preciso de um reembolso. Como faço?\n\nEduardo")
f2 = eml("l17-thread-2", "Eduardo Batista <eduardo.batista@ebtech.com.br>", LO, "Re: Reembolso [LO-3117]",
         (2025, 9, 30, 9, 5, BRT),
         "Segue: fatura LO INV 71252. O valor veio errado, cobraram 3.999 sendo que meu plano é o mensal de 1.499.\n\n"
         "Eduardo\n\nEm sex., 26 de set. de 2025 às 14:22, LeadsOptima Support <support@leadsoptima.com> escreveu:\n"
         "> Olá Eduardo, para analisar precisamos do número da fatura e do motivo do pedido.",
         irt="l17-thread-1.pt12@mail.example")
case("l17-thread-answered", [f1, f2], LOB, "decided", [dec("refund", "escalate")],
     "C3 thread: answer merged by In-Reply-To. L2 billing_error ('valor veio errado'); request time = first "
     "email 2025-09-26 17:20 IST, charge LO-INV-71252 2025-09-25 = day 1 (L3); L5 escalate")

# l18 hypothetical from a prospect
f = eml("l18-hypothetical", "Renata Guimarães <renata.guimaraes@imobiliariarg.com.br>", LO,
        "Dúvida antes de assinar", (2025, 9, 29, 13, 30, BRT),
        "Olá! Estou pensando em assinar o plano anual. Se eu contratar e a integração com meu CRM não funcionar, "
        "consigo pedir o dinheiro de volta? Qual o prazo?\n\nRenata")
case("l18-hypothetical", [f], LOB, "other", [],
     "Section 8: 'would I get a refund if...' before buying is a policy question -> other, nothing else asked")

# l19 how-to from customer
cust("felipe.arruda@arrudamoveis.com.br", "Felipe Arruda", "annual", cps="2025-03-10", cpe="2026-03-09")
lopay("pay_pt_7261", "LO-INV-71261", "felipe.arruda@arrudamoveis.com.br", "annual", "11988.00", "2157.84",
      "2025-03-10T10:00:00", "2025-03-10", "2026-03-09")
f = eml("l19-howto", "Felipe Arruda <felipe.arruda@arrudamoveis.com.br>", LO, "exportar leads pra planilha",
        (2025, 9, 30, 10, 40, BRT),
        "E aí pessoal, como eu exporto os leads da campanha de setembro pra uma planilha do Google? Procurei no "
        "menu e não achei. Valeu!\nFelipe")
case("l19-howto", [f], LOB, "other", [], "How-to question, neither refund nor cancellation -> other (section 1)")

# l20 C2: personal gmail names registered address
cust("financeiro@padariaestrela.com.br", "Padaria Estrela", "monthly", cps="2025-09-26", cpe="2025-10-25")
lopay("pay_pt_7271", "LO-INV-71271", "financeiro@padariaestrela.com.br", "monthly", "1499.00", "269.82",
      "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
lopay("pay_pt_7272", "LO-INV-71272", "financeiro@padariaestrela.com.br", "monthly", "1499.00", "269.82",
      "2025-09-26T10:01:00", "2025-09-26", "2025-10-25")
f = eml("l20-c2-personal", "Zé Carlos <zecarlos.estrela@gmail.com>", LO, "cobrança dupla padaria",
        (2025, 9, 27, 7, 20, BRT),
        "Bom dia, sou o dono da Padaria Estrela. A conta está no email financeiro@padariaestrela.com.br mas "
        "estou escrevendo do meu pessoal. Fomos cobrados duas vezes no dia 26, fatura LO-INV-71272. Quero o estorno.\n"
        "Zé Carlos")
case("l20-c2-personal", [f], LOB, "need_info", [], rules=["C2"],
     spec="C2: sender zecarlos.estrela@gmail.com is not the registered email it names "
          "(financeiro@padariaestrela.com.br) -> need_info asking to write from the address on record "
          "(worked example 5)")

# l21 C2: +tag address
cust("bruno.lima@gmail.com", "Bruno Lima", "monthly", cps="2025-09-21", cpe="2025-10-20")
lopay("pay_pt_7281", "LO-INV-71281", "bruno.lima@gmail.com", "monthly", "1499.00", "269.82",
      "2025-09-21T10:00:00", "2025-09-21", "2025-10-20")
f = eml("l21-c2-plustag", "Bruno Lima <bruno.lima+leadsoptima@gmail.com>", LO, "cancelar assinatura",
        (2025, 9, 24, 21, 0, BRT),
        "Fala time, quero cancelar minha assinatura mensal. Não tá trazendo resultado pro meu negócio.\nBruno",
        reply_to="bruno.lima@gmail.com")
case("l21-c2-plustag", [f], LOB, "need_info", [], rules=["C2"],
     spec="Section 8 'Addresses': a +tag makes another address and Reply-To never verifies; "
          "bruno.lima+leadsoptima@gmail.com is not on record -> C2 need_info")

# l22 Outlook forward by an assistant naming the owner's address
cust("dra.helena.vasconcelos@vasconcelosodonto.com.br", "Helena Vasconcelos", "quarterly",
     cps="2025-09-15", cpe="2025-12-14")
lopay("pay_pt_7291", "LO-INV-71291", "dra.helena.vasconcelos@vasconcelosodonto.com.br", "quarterly", "3999.00",
      "719.82", "2025-09-15T10:00:00", "2025-09-15", "2025-12-14")
f = eml("l22-fwd-assistant-c2", "Recepção Vasconcelos Odonto <recepcao@vasconcelosodonto.com.br>", LO,
        "ENC: cancelamento LeadsOptima", (2025, 9, 29, 15, 10, BRT),
        "Bom dia, encaminho o pedido da Dra. Helena abaixo. Por favor verificar.\n\nAtt, Kelly - Recepção\n\n"
        "-----Mensagem original-----\nDe: Helena Vasconcelos <dra.helena.vasconcelos@vasconcelosodonto.com.br>\n"
        "Enviada em: segunda-feira, 29 de setembro de 2025 11:02\nPara: Recepção <recepcao@vasconcelosodonto.com.br>\n"
        "Assunto: cancelamento LeadsOptima\n\nKelly, por favor peça pra LeadsOptima cancelar nosso plano "
        "trimestral, a conta é no meu email dra.helena.vasconcelos@vasconcelosodonto.com.br. Vamos usar só "
        "indicação de pacientes por enquanto.\nHelena")
case("l22-fwd-assistant-c2", [f], LOB, "need_info", [], rules=["C2"],
     spec="Section 8 'Forwards': the forwarded request names the registered email "
          "dra.helena.vasconcelos@... other than the sender recepcao@... -> C2 need_info")

# l23 C4: Procon + chargeback
cust("leticia.campos@camposdecor.com.br", "Letícia Campos", "monthly", cps="2025-09-27", cpe="2025-10-26")
lopay("pay_pt_7301", "LO-INV-71301", "leticia.campos@camposdecor.com.br", "monthly", "1499.00", "269.82",
      "2025-09-27T10:00:00", "2025-09-27", "2025-10-26")
lopay("pay_pt_7302", "LO-INV-71302", "leticia.campos@camposdecor.com.br", "monthly", "1499.00", "269.82",
      "2025-09-27T10:00:20", "2025-09-27", "2025-10-26")
f = eml("l23-c4-procon", "Letícia Campos <leticia.campos@camposdecor.com.br>", LO,
        "URGENTE cobrança em duplicidade", (2025, 9, 29, 11, 50, BRT),
        "Fui cobrada duas vezes (LO-INV-71302 é a duplicada). Se não devolverem até sexta vou abrir reclamação "
        "no Procon e pedir o chargeback no cartão. Conheço meus direitos pelo Código de Defesa do Consumidor.\n"
        "Letícia Campos")
case("l23-c4-procon", [f], LOB, "decided", [dec("refund", "escalate")], rules=["C4"],
     spec="C4: chargeback threat and consumer-protection (Procon, Código de Defesa do Consumidor) -> escalate "
          "even though L4 would approve")

# l24 C7 auto-reply
f = eml("l24-c7-autoreply", "Carla Menezes <carla.menezes@menezesarquitetura.com.br>", LO,
        "Resposta automática: Sua fatura LeadsOptima", (2025, 9, 30, 8, 0, BRT),
        "Olá! Estou de férias até 13/10 com acesso limitado ao email. Assuntos de faturamento e reembolso: "
        "falar com financeiro@menezesarquitetura.com.br.\n\nCarla Menezes",
        headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"})
case("l24-c7-autoreply", [f], LOB, "ignore", [], rules=["C7"],
     spec="C7: Auto-Submitted: auto-replied -> ignore, even though it mentions refunds")

# l25 C7 bounce
msg = EmailMessage(policy=policy.SMTP)
msg["From"] = "Mail Delivery System <MAILER-DAEMON@mx.uol.com.br>"
msg["To"] = LO
msg["Subject"] = "Mensagem não entregue: Re: Cancelamento [LO-3120]"
msg["Date"] = format_datetime(datetime(2025, 9, 30, 12, 1, 0, tzinfo=BRT))
msg["Message-ID"] = "<l25-c7-bounce.pt12@mail.example>"
msg["Auto-Submitted"] = "auto-replied"
msg.set_content("Não foi possível entregar sua mensagem a cliente.antigo@uol.com.br: caixa postal inexistente.\n\n"
                "--- Mensagem original: Re: Cancelamento [LO-3120] (cancelamento, reembolso) ---")
dsn = EmailMessage(policy=policy.SMTP)
dsn["Content-Type"] = "message/delivery-status"
per_msg, per_rcpt = EmailMessage(policy=policy.SMTP), EmailMessage(policy=policy.SMTP)
per_msg["Reporting-MTA"] = "dns; mx.uol.com.br"
per_rcpt["Final-Recipient"] = "rfc822; cliente.antigo@uol.com.br"
per_rcpt["Action"] = "failed"
per_rcpt["Status"] = "5.1.1"
dsn.set_payload([per_msg, per_rcpt])
msg.make_mixed()
msg.attach(dsn)
msg.set_type("multipart/report")
msg.set_param("report-type", "delivery-status")
msg.set_boundary("=_dsn_l25-c7-bounce")
with open(os.path.join(HERE, "emails", "l25-c7-bounce.eml"), "wb") as fh:
    fh.write(msg.as_bytes())
case("l25-c7-bounce", ["emails/l25-c7-bounce.eml"], LOB, "ignore", [], rules=["C7"],
     spec="C7: MAILER-DAEMON sender, delivery-status report -> ignore")

# ---------------------------------------------------------------- Optima WebDesign
# o01 deposit inside 72h
proj("Clínica Sorriso Vivo", "adm@clinicasorrisovivo.com.br")
owpay("pay_pt_o01", "OWD-2025-701", "Clínica Sorriso Vivo", "deposit", "35000.00", "6300.00", "2025-09-22T15:00:00")
f = eml("o01-deposit-inside", "Administração Sorriso Vivo <adm@clinicasorrisovivo.com.br>", OWD,
        "Refund Request — Clínica Sorriso Vivo / OWD-2025-701", (2025, 9, 24, 1, 30, BRT),
        "Olá equipe Optima,\n\nPagamos o sinal do site da clínica (fatura OWD-2025-701, ₹35.000,00 + "
        "impostos) na segunda, mas os sócios decidiram adiar o projeto para o ano que vem por causa da reforma do "
        "consultório. Como ainda não houve nenhuma reunião nem entrega, pedimos o reembolso do sinal.\n\n"
        "Atenciosamente,\nPriscila Andrade\nAdministração - Clínica Sorriso Vivo")
case("o01-deposit-inside", [f], OWB, "decided", [dec("refund", "approve", "35000.00")], extra_ok=True,
     spec="O2: paid 2025-09-22 15:00 IST, email Wed 2025-09-24 01:30 -03:00 = 10:00 IST (43 h < 72 h), no "
          "work_started_at -> approve 35000.00 before tax (C6)")

# o02 deposit exactly 72 h
proj("Vinícola Serra Alta", "contato@vinicolaserraalta.com.br")
owpay("pay_pt_o02", "OWD-2025-702", "Vinícola Serra Alta", "deposit", "28000.00", "5040.00", "2025-09-15T11:00:00")
f = eml("o02-deposit-72h", "Vinícola Serra Alta <contato@vinicolaserraalta.com.br>", OWD,
        "Devolução do sinal - OWD-2025-702", (2025, 9, 18, 2, 30, BRT),
        "Boa noite,\n\nReferente ao projeto Vinícola Serra Alta, fatura OWD-2025-702: fechamos com outra agência "
        "que já faz nosso e-commerce, então gostaríamos do sinal de volta.\n\nSaudações,\nOtávio Bertolini")
case("o02-deposit-72h", [f], OWB, "decided", [dec("refund", "deny")], extra_ok=True,
     spec="O2 + section 8: paid 2025-09-15 11:00 IST, email Thu 2025-09-18 02:30 -03:00 = 11:00 IST = exactly "
          "72 h, not 'before 72 hours' -> deny")

# o03 deposit, work already started
proj("Pousada Maré Mansa", "reservas@pousadamaremansa.com.br", started="2025-09-26T10:00:00")
owpay("pay_pt_o03", "OWD-2025-703", "Pousada Maré Mansa", "deposit", "18000.00", "3240.00", "2025-09-25T09:00:00")
f = eml("o03-deposit-work-started", "Pousada Maré Mansa <reservas@pousadamaremansa.com.br>", OWD,
        "Pedido de reembolso", (2025, 9, 27, 0, 30, BRT),
        "Oi Optima!\nPagamos o sinal (OWD-2025-703) do site da Pousada Maré Mansa na quinta. Ontem já teve a reunião "
        "de briefing, mas meu sócio não gostou do orçamento total e quer desistir. Dá pra devolver o sinal?\n\n"
        "Juliana\nPousada Maré Mansa - Ilhabela")
case("o03-deposit-work-started", [f], OWB, "decided", [dec("refund", "deny")], extra_ok=True,
     spec="O2 'whichever occurs first': paid 2025-09-25 09:00, work_started_at 2025-09-26 10:00 before the "
          "request 2025-09-27 09:00 IST (48 h) -> deny")

# o04 discovery, not started (start scheduled after request)
proj("Cervejaria Lúpulo Norte", "marketing@lupulonorte.com.br", started="2025-10-06T10:00:00")
owpay("pay_pt_o04", "OWD-2025-704", "Cervejaria Lúpulo Norte", "discovery", "15000.00", "2700.00",
      "2025-09-19T12:00:00")
f = eml("o04-discovery-not-started", "Marketing Lúpulo Norte <marketing@lupulonorte.com.br>", OWD,
        "Refund Request — Cervejaria Lúpulo Norte [OWD-2025-704]", (2025, 9, 29, 10, 0, BRT),
        "Prezados,\n\nPagamos a fase de descoberta/estratégia (OWD-2025-704) e o workshop estava marcado só para "
        "6 de outubro. Infelizmente a cervejaria foi vendida e o novo dono tem agência própria. Solicitamos o "
        "reembolso integral, já que nenhuma sessão aconteceu.\n\nAtt,\nDaniela Krüger\nCoordenadora de Marketing")
case("o04-discovery-not-started", [f], OWB, "decided", [dec("refund", "approve", "15000.00")], extra_ok=True,
     spec="O1: work_started_at 2025-10-06 is later than the request 2025-09-29 18:30 IST -> approve in full, "
          "15000.00 before tax")

# o05 discovery, started
proj("Escola Bilíngue Aquarela", "direcao@escolaaquarela.com.br", started="2025-09-12T14:00:00")
owpay("pay_pt_o05", "OWD-2025-705", "Escola Bilíngue Aquarela", "discovery", "12000.00", "2160.00",
      "2025-09-08T12:00:00")
f = eml("o05-discovery-started", "Direção Aquarela <direcao@escolaaquarela.com.br>", OWD,
        "reembolso fase de estratégia", (2025, 9, 24, 16, 0, BRT),
        "Boa tarde. Fizemos a primeira sessão de estratégia do projeto Escola Bilíngue Aquarela mas a proposta "
        "apresentada não tem nada a ver com a escola. Queremos reembolso da fatura OWD-2025-705.\nMarta Siqueira, Diretora")
case("o05-discovery-started", [f], OWB, "decided", [dec("refund", "deny")],
     "O1: a session started 2025-09-12, before the request -> deny")

# o06 milestone not started
proj("Ateliê Linho & Renda", "loja@linhoerenda.com.br", started="2025-08-01T10:00:00")
owpay("pay_pt_o06", "OWD-2025-706", "Ateliê Linho & Renda", "milestone", "42500.00", "7650.00",
      "2025-09-10T10:00:00", milestone_status="not_started")
f = eml("o06-milestone-not-started", "Ateliê Linho & Renda <loja@linhoerenda.com.br>", OWD,
        "Reembolso etapa 3 - loja virtual", (2025, 9, 23, 9, 30, BRT),
        "Olá,\n\nPagamos adiantado a etapa 3 (integração com o ERP, fatura OWD-2025-706) do projeto Ateliê Linho & "
        "Renda. Resolvemos trocar de ERP no ano que vem, então essa etapa não vai mais ser feita e ela nem começou. "
        "Pedimos a devolução dos 42.500,00 (sem contar o imposto, claro).\n\nCom carinho,\nRosângela")
case("o06-milestone-not-started", [f], OWB, "decided", [dec("refund", "approve", "42500.00")],
     "O3: milestone_status not_started -> approve the milestone's amount before tax 42500.00")

# o07 milestone in progress
proj("Construtora Horizonte Azul", "ti@horizonteazul.com.br", started="2025-07-01T10:00:00")
owpay("pay_pt_o07", "OWD-2025-707", "Construtora Horizonte Azul", "milestone", "60000.00", "10800.00",
      "2025-09-01T10:00:00", milestone_status="in_progress")
f = eml("o07-milestone-in-progress", "TI Horizonte Azul <ti@horizonteazul.com.br>", OWD,
        "FW: etapa do portal do cliente", (2025, 9, 26, 14, 0, BRT),
        "Pessoal, reenviando: queremos parar a etapa do portal do cliente (OWD-2025-707, projeto Construtora Horizonte "
        "Azul). A diretoria mudou a prioridade para o app de vendas. O que ainda não foi feito queremos reembolsado.\n\n"
        "Ricardo Mota | Gerente de TI\n\n"
        "________________________________\nDe: Ricardo Mota <ti@horizonteazul.com.br>\nEnviado: quinta-feira, 25 de "
        "setembro de 2025 17:40\nPara: optimawebdesigns12@gmail.com\nAssunto: etapa do portal do cliente\n\n"
        "(mesmo texto)")
case("o07-milestone-in-progress", [f], OWB, "decided", [dec("refund", "escalate")], extra_ok=True,
     spec="O3: milestone in_progress -> escalate (billable value of work not started needs a person)")

# o08 milestone approved
proj("Studio Pilates Equilíbrio", "studio@pilatesequilibrio.com.br", started="2025-08-05T10:00:00")
owpay("pay_pt_o08", "OWD-2025-708", "Studio Pilates Equilíbrio", "milestone", "22000.00", "3960.00",
      "2025-08-20T10:00:00", milestone_status="approved")
f = eml("o08-milestone-approved", "Studio Equilíbrio <studio@pilatesequilibrio.com.br>", OWD,
        "Layout aprovado mas não gostamos", (2025, 9, 22, 18, 0, BRT),
        "Oi, a gente aprovou o layout (etapa de design, OWD-2025-708, Studio Pilates Equilíbrio) meio na correria e "
        "agora olhando com calma não gostamos das cores. Queremos o dinheiro dessa etapa de volta.\nFernanda")
case("o08-milestone-approved", [f], OWB, "decided", [dec("refund", "deny")],
     "O3/O6: milestone approved -> deny (approved milestones are non-refundable)")

# o09 hosting annual inside 14 days, refund + cancel
proj("Pet Shop Bicho Feliz", "donos@bichofeliz.com.br", started="2025-06-01T10:00:00")
owpay("pay_pt_o09", "OWD-2025-709", "Pet Shop Bicho Feliz", "hosting_annual", "18000.00", "3240.00",
      "2025-09-19T10:00:00", setup_fee="2400.00", service_start="2025-09-20")
f = eml("o09-hosting-inside", "Bicho Feliz <donos@bichofeliz.com.br>", OWD,
        "Cancelar hospedagem anual e reembolso", (2025, 9, 29, 11, 0, BRT),
        "Bom dia!\n\nContratamos a hospedagem anual do site Pet Shop Bicho Feliz (fatura OWD-2025-709) no dia 19, "
        "mas a franquia exige que a gente use o servidor deles. Queremos cancelar a hospedagem e receber o "
        "reembolso proporcional.\n\nObrigado,\nMarcos e Tati")
case("o09-hosting-inside", [f], OWB, "decided", [dec("refund", "approve", "14300.00")], extra_ok=True,
     spec="O5: service_start 2025-09-20, request 2025-09-29 19:30 IST = day 9 <= 14; monthly_value = "
          "(18000.00 - 2400.00)/12 = 1300.00; refund = 18000.00 - 2400.00 - 1300.00 x 1 = 14300.00; the "
          "cancellation part is tolerated (extra_ok)")

# o10 maintenance, rounding
proj("Farmácia Vida Plena", "gerencia@farmaciavidaplena.com.br", started="2025-05-01T10:00:00")
owpay("pay_pt_o10", "OWD-2025-710", "Farmácia Vida Plena", "maintenance_annual", "25000.00", "4500.00",
      "2025-09-24T10:00:00", setup_fee="0.00", service_start="2025-09-25")
f = eml("o10-maintenance-rounding", "Gerência Vida Plena <gerencia@farmaciavidaplena.com.br>", OWD,
        "Re: Plano de manutenção anual", (2025, 9, 30, 8, 0, BRT),
        "Prezados, a rede comprou nossa farmácia e a manutenção do site passa a ser da TI deles. Pedimos o "
        "cancelamento do plano de manutenção anual do projeto Farmácia Vida Plena (OWD-2025-710) e o reembolso "
        "proporcional conforme a política de vocês (14 dias).\n\nCordialmente,\nSérgio Tavares - Gerente",
        irt="CAOWD7x2kQ1mZp9vR4tLw8bN0yE3sHfJd6@mail.gmail.com")
case("o10-maintenance-rounding", [f], OWB, "decided", [dec("refund", "approve", "22916.67")], extra_ok=True,
     spec="O5: start 2025-09-25, request 2025-09-30 16:30 IST = day 5; monthly_value = 25000.00/12 = "
          "2083.3333...; refund = 25000.00 - 0 - 2083.3333... = 22916.6666... rounded once half-up = 22916.67 (C6)")

# o11 hosting day 15
proj("Restaurante Sabor de Minas", "contato@sabordeminas.com.br", started="2025-04-01T10:00:00")
owpay("pay_pt_o11", "OWD-2025-711", "Restaurante Sabor de Minas", "hosting_annual", "12000.00", "2160.00",
      "2025-08-31T10:00:00", setup_fee="1200.00", service_start="2025-09-01")
f = eml("o11-hosting-day15", "Sabor de Minas <contato@sabordeminas.com.br>", OWD,
        "reembolso hospedagem", (2025, 9, 16, 9, 0, BRT),
        "boa tarde, queremos cancelar a hospedagem anual do Restaurante Sabor de Minas, fatura OWD 2025 711, e "
        "receber o proporcional. O site quase não tem acesso e ficou caro pra nós.\natt Dona Lurdes")
case("o11-hosting-day15", [f], OWB, "decided", [dec("refund", "deny")], extra_ok=True,
     spec="O5: service_start 2025-09-01, request 2025-09-16 17:30 IST = day 15 > 14 -> deny")

# o12 hosting exactly day 14
proj("Autoescola Via Certa", "secretaria@autoescolaviacerta.com.br", started="2025-06-01T10:00:00")
owpay("pay_pt_o12", "OWD-2025-712", "Autoescola Via Certa", "hosting_annual", "9600.00", "1728.00",
      "2025-09-16T10:00:00", setup_fee="1200.00", service_start="2025-09-17")
f = eml("o12-hosting-day14", "Secretaria Via Certa <secretaria@autoescolaviacerta.com.br>", OWD,
        "Refund Request — Autoescola Via Certa / OWD-2025-712", (2025, 9, 30, 23, 30, BRT),
        "Olá. Estamos migrando tudo para a plataforma do Detran parceiro e não vamos mais precisar da hospedagem "
        "anual que começou dia 17. Pedimos o cancelamento com o reembolso proporcional.\nAtt, Cláudia")
case("o12-hosting-day14", [f], OWB, "decided", [dec("refund", "approve", "7700.00")], extra_ok=True,
     spec="O5: start 2025-09-17, email Tue 2025-09-30 23:30 -03:00 = 2025-10-01 08:00 IST = day 14 (inside); "
          "monthly_value = 8400.00/12 = 700.00; refund = 9600.00 - 1200.00 - 700.00 = 7700.00")

# o13 maintenance before service start
proj("Marcenaria Cedro Fino", "orcamentos@cedrofino.com.br", started="2025-09-01T10:00:00")
owpay("pay_pt_o13", "OWD-2025-713", "Marcenaria Cedro Fino", "maintenance_annual", "14400.00", "2592.00",
      "2025-09-26T10:00:00", setup_fee="2400.00", service_start="2025-10-10")
f = eml("o13-maintenance-before-start", "Cedro Fino <orcamentos@cedrofino.com.br>", OWD,
        "manutenção anual - desistência", (2025, 9, 29, 9, 0, BRT),
        "Bom dia, pagamos a manutenção anual do site Marcenaria Cedro Fino (OWD-2025-713), que só começa dia 10/10. "
        "Meu sobrinho vai cuidar do site, então queremos cancelar e ser reembolsados.\nSeu Antônio")
case("o13-maintenance-before-start", [f], OWB, "decided", [dec("refund", "approve", "11000.00")], extra_ok=True,
     spec="O5 + section 8 'before the service starts: consumed_months is 1'; monthly_value = (14400.00 - "
          "2400.00)/12 = 1000.00; refund = 14400.00 - 2400.00 - 1000.00 = 11000.00")

# o14 third party
proj("Revista Digital Mosaico", "editor@revistamosaico.com.br", started="2025-07-01T10:00:00")
owpay("pay_pt_o14", "OWD-2025-714", "Revista Digital Mosaico", "third_party", "3500.00", "630.00",
      "2025-09-27T10:00:00")
f = eml("o14-third-party", "Editor Mosaico <editor@revistamosaico.com.br>", OWD,
        "estorno domínio + SSL", (2025, 9, 29, 14, 0, BRT),
        "Olá! Vocês renovaram o domínio .com.br e o certificado SSL da Revista Digital Mosaico (OWD-2025-714) mas "
        "a gente já tinha renovado direto no Registro.br. Podem estornar?\nAbs, Caio")
case("o14-third-party", [f], OWB, "decided", [dec("refund", "deny")],
     "O6: kind third_party (domain, SSL) is never refundable -> deny citing Non-refundable items")

# o15 rush fee
proj("Festival Sons do Cerrado", "producao@sonsdocerrado.com.br", started="2025-09-10T10:00:00")
owpay("pay_pt_o15", "OWD-2025-715", "Festival Sons do Cerrado", "rush", "9000.00", "1620.00",
      "2025-09-12T10:00:00")
f = eml("o15-rush", "Produção Sons do Cerrado <producao@sonsdocerrado.com.br>", OWD,
        "taxa de urgência", (2025, 9, 18, 10, 0, BRT),
        "Pessoal, pagamos a taxa de urgência (OWD-2025-715) do hotsite do Festival Sons do Cerrado, mas o festival "
        "foi adiado pra março. Não precisava mais da pressa, então queremos essa taxa de volta.\nBeto - Produção")
case("o15-rush", [f], OWB, "decided", [dec("refund", "deny")],
     "O6: kind rush (expedited fee) is never refundable -> deny")

# o16 retainer, >= 7 days notice
proj("Imobiliária Porto Seguro Lar", "diretoria@portosegurolar.com.br", started="2025-03-01T10:00:00")
owpay("pay_pt_o16", "OWD-2025-716", "Imobiliária Porto Seguro Lar", "retainer", "20000.00", "3600.00",
      "2025-09-10T10:00:00", next_billing_at="2025-10-10T00:00:00", ps="2025-09-10", pe="2025-10-09")
f = eml("o16-retainer-notice-ok", "Diretoria Porto Seguro Lar <diretoria@portosegurolar.com.br>", OWD,
        "Encerramento do contrato mensal", (2025, 9, 26, 10, 0, BRT),
        "Prezados,\n\nComunicamos o cancelamento do retainer mensal de marketing do projeto Imobiliária Porto Seguro "
        "Lar (última fatura OWD-2025-716). Motivo: vamos internalizar a equipe de marketing a partir de outubro.\n"
        "Não queremos reembolso do mês corrente.\n\nAtenciosamente,\nCélia Barros\nDiretora")
case("o16-retainer-notice-ok", [f], OWB, "decided", [dec("cancellation", "cancel", eff="2025-10-09")],
     "O4/O8: next_billing_at 2025-10-10, request 2025-09-26 18:30 IST <= 2025-10-03 (10-10 minus 7) -> cancel, "
     "effective the day before next_billing_at = 2025-10-09; negation adds no refund")

# o17 retainer short notice
proj("Academia Corpo em Forma", "gestao@corpoemforma.com.br", started="2025-02-01T10:00:00")
owpay("pay_pt_o17", "OWD-2025-717", "Academia Corpo em Forma", "retainer", "15000.00", "2700.00",
      "2025-09-05T10:00:00", next_billing_at="2025-10-05T00:00:00", ps="2025-09-05", pe="2025-10-04")
f = eml("o17-retainer-short-notice", "Gestão Corpo em Forma <gestao@corpoemforma.com.br>", OWD,
        "cancelamento retainer", (2025, 9, 29, 15, 0, BRT),
        "Olá, queremos cancelar o contrato mensal de gestão de redes (Academia Corpo em Forma, fatura OWD-2025-717). "
        "O resultado das campanhas ficou abaixo do esperado nos últimos três meses.\nGabriel Tonin - Gestor")
case("o17-retainer-short-notice", [f], OWB, "decided", [dec("cancellation", "cancel", eff="2025-11-04")],
     "O4: next_billing_at 2025-10-05; request 2025-09-29 23:30 IST is after 2025-09-28 (10-05 minus 7) -> the "
     "next cycle 2025-10-05..2025-11-04 (monthly, like the current period 09-05..10-04) is billed; effective "
     "2025-11-04")

# o18 retainer exactly 7 days before
proj("Editora Página Viva", "comercial@paginaviva.com.br", started="2025-01-10T10:00:00")
owpay("pay_pt_o18", "OWD-2025-718", "Editora Página Viva", "retainer", "12000.00", "2160.00",
      "2025-09-08T10:00:00", next_billing_at="2025-10-08T00:00:00", ps="2025-09-08", pe="2025-10-07")
f = eml("o18-retainer-exact-7", "Comercial Página Viva <comercial@paginaviva.com.br>", OWD,
        "Aviso de cancelamento - Editora Página Viva", (2025, 9, 30, 23, 50, BRT),
        "Boa noite,\n\npor meio deste, avisamos o cancelamento do contrato de suporte mensal (OWD-2025-718) da "
        "Editora Página Viva. A editora encerra as atividades digitais em outubro.\n\nCaroline Pacheco")
case("o18-retainer-exact-7", [f], OWB, "decided", [dec("cancellation", "cancel", eff="2025-10-07")],
     "O4: email Tue 2025-09-30 23:50 -03:00 = 2025-10-01 08:20 IST; 2025-10-08 minus 7 days = 2025-10-01, "
     "'on or before' -> enough notice; effective 2025-10-07 (the Brazilian date 30/09 gives the same answer)")

# o19 retainer, next cycle paid in advance
proj("Hotel Fazenda Águas Claras", "reservas@aguasclaras.com.br", started="2025-01-15T10:00:00")
owpay("pay_pt_o19a", "OWD-2025-719", "Hotel Fazenda Águas Claras", "retainer", "25000.00", "4500.00",
      "2025-09-15T10:00:00", next_billing_at="2025-10-15T00:00:00", ps="2025-09-15", pe="2025-10-14")
owpay("pay_pt_o19b", "OWD-2025-720", "Hotel Fazenda Águas Claras", "retainer", "25000.00", "4500.00",
      "2025-09-20T10:00:00", next_billing_at="2025-11-15T00:00:00", ps="2025-10-15", pe="2025-11-14")
f = eml("o19-retainer-paid-ahead", "Reservas Águas Claras <reservas@aguasclaras.com.br>", OWD,
        "Cancelamento do contrato de marketing", (2025, 9, 24, 9, 0, BRT),
        "Olá, tudo bem?\n\nQueremos encerrar o contrato mensal do Hotel Fazenda Águas Claras (faturas OWD-2025-719 e "
        "OWD-2025-720). Pagamos outubro adiantado por causa do desconto, mas o hotel vai fechar para reforma de "
        "outubro a dezembro.\n\nAbraços,\nLuíza Prates - Gerente")
case("o19-retainer-paid-ahead", [f], OWB, "decided", [dec("cancellation", "escalate")], extra_ok=True,
     spec="Section 8 'Retainer paid in advance': next cycle 2025-10-15..11-14 already paid (OWD-2025-720) and "
          "notice >= 7 days before 2025-10-15 -> cancellation escalate")

# o20 cancellation without reason (Optima requires one)
proj("Loja Pé de Moleque", "compras@pedemoleque.com.br", started="2025-02-01T10:00:00")
owpay("pay_pt_o20", "OWD-2025-721", "Loja Pé de Moleque", "retainer", "8000.00", "1440.00",
      "2025-09-20T10:00:00", next_billing_at="2025-10-20T00:00:00", ps="2025-09-20", pe="2025-10-19")
f = eml("o20-cancel-no-reason", "Compras Pé de Moleque <compras@pedemoleque.com.br>", OWD,
        "Cancelamento - Loja Pé de Moleque - OWD-2025-721", (2025, 9, 25, 10, 0, BRT),
        "Prezados,\n\nFavor cancelar o contrato mensal do projeto Loja Pé de Moleque, fatura OWD-2025-721.\n\n"
        "Fico no aguardo da confirmação.\n\nAtt,\nRoberto Nunes\nSetor de Compras\nLoja Pé de Moleque LTDA - CNPJ "
        "12.345.678/0001-90")
case("o20-cancel-no-reason", [f], OWB, "need_info", [], missing=["reason"],
     spec="Section 8: Optima WebDesign requires a reason for cancellations too; restatement, sign-off and "
          "signature are not reasons -> need_info, missing reason (C3)")

# o21 thread: missing project + invoice, then answered
proj("Confeitaria Doce Lembrança", "encomendas@docelembranca.com.br")
owpay("pay_pt_o21", "OWD-2025-722", "Confeitaria Doce Lembrança", "deposit", "16000.00", "2880.00",
      "2025-09-29T12:00:00")
f1 = eml("o21-thread-1", "Doce Lembrança <encomendas@docelembranca.com.br>", OWD, "reembolso do sinal",
         (2025, 9, 30, 0, 30, BRT),
         "Oi! Pagamos ontem o sinal do site, mas meu marido ficou doente e vamos fechar a confeitaria por uns meses. "
         "Queremos o reembolso do sinal, por favor.\nAna Paula")
f2 = eml("o21-thread-2", "Doce Lembrança <encomendas@docelembranca.com.br>", OWD,
         "Re: reembolso do sinal [OWD-4410]", (2025, 9, 30, 7, 15, BRT),
         "Bom dia! O projeto é Confeitaria Doce Lembrança e a fatura é OWD-2025-722.\nAna Paula\n\n"
         "Em ter., 30 de set. de 2025 às 10:05, Optima WebDesign <optimawebdesigns12@gmail.com> escreveu:\n"
         "> Olá! Para analisar, informe o nome do projeto e o número da fatura.",
         irt="o21-thread-1.pt12@mail.example")
case("o21-thread-answered", [f1, f2], OWB, "decided", [dec("refund", "approve", "16000.00")], extra_ok=True,
     spec="C3 thread merged by In-Reply-To; O2: paid 2025-09-29 12:00 IST, request time = first email "
          "2025-09-30 09:00 IST (21 h < 72 h), no work started -> approve 16000.00")

# o22 C2 from personal address
proj("Instituto Raízes", "projetos@institutoraizes.org.br", started="2025-09-01T10:00:00")
owpay("pay_pt_o22", "OWD-2025-723", "Instituto Raízes", "milestone", "30000.00", "5400.00",
      "2025-09-20T10:00:00", milestone_status="not_started")
f = eml("o22-c2-personal", "Tânia Ribeiro <tania.ribeiro1978@hotmail.com>", OWD,
        "Reembolso etapa 2 Instituto Raízes", (2025, 9, 26, 11, 0, BRT),
        "Olá, sou coordenadora do Instituto Raízes. O edital que financiaria a etapa 2 (OWD-2025-723) foi "
        "cancelado, então pedimos o reembolso dessa etapa, que ainda não começou. Escrevo do meu email pessoal "
        "porque estou sem acesso ao do instituto.\nTânia")
case("o22-c2-personal", [f], OWB, "need_info", [], rules=["C2"],
     spec="C2 (Optima explicit): not emailed from the contract email projetos@institutoraizes.org.br -> "
          "need_info asking to write from it; no account details")

# o23 LeadsOptima customer writes to Optima
cust("kleber.santana@santanaauto.com.br", "Kleber Santana", "monthly", cps="2025-09-10", cpe="2025-10-09")
lopay("pay_pt_7311", "LO-INV-71311", "kleber.santana@santanaauto.com.br", "monthly", "1499.00", "269.82",
      "2025-09-10T10:00:00", "2025-09-10", "2025-10-09")
f = eml("o23-other-brand", "Kleber Santana <kleber.santana@santanaauto.com.br>", OWD,
        "cancelar assinatura", (2025, 9, 27, 12, 0, BRT),
        "Boa tarde, quero cancelar minha assinatura mensal da LeadsOptima (LO-INV-71311). A ferramenta não "
        "serviu para o meu ramo.\nKleber")
case("o23-other-brand", [f], OWB, "need_info", [], rules=["C2"],
     spec="C1: sent to the Optima mailbox, so brand optima_webdesign; section 8 'the other brand's customer': "
          "the sender is unknown in Optima's ledger -> C2/C3 need_info")

# o24 C4 lawyer
proj("Distribuidora Ponto Frio Sul", "adm@pontofriosul.com.br", started="2025-07-01T10:00:00")
owpay("pay_pt_o24", "OWD-2025-724", "Distribuidora Ponto Frio Sul", "milestone", "38000.00", "6840.00",
      "2025-09-15T10:00:00", milestone_status="not_started")
f = eml("o24-c4-lawyer", "Administrativo Ponto Frio Sul <adm@pontofriosul.com.br>", OWD,
        "Reembolso etapa não iniciada - notificação", (2025, 9, 25, 13, 0, BRT),
        "Senhores,\n\nSolicitamos a devolução da etapa 4 (OWD-2025-724) do projeto Distribuidora Ponto Frio Sul, "
        "não iniciada, pois encerramos o contrato de expansão. Nosso advogado já está acompanhando o caso e, sem "
        "resposta em 5 dias, entraremos com ação judicial.\n\nDr. Wagner Lins em cópia.\nAdministrativo")
case("o24-c4-lawyer", [f], OWB, "decided", [dec("refund", "escalate")], rules=["C4"],
     spec="C4: lawyer and legal action mentioned -> escalate (O3 alone would approve)")

# o25 payment not paid (failed)
proj("Floricultura Jardim Secreto", "flores@jardimsecreto.com.br")
owpay("pay_pt_o25", "OWD-2025-725", "Floricultura Jardim Secreto", "deposit", "10000.00", "1800.00",
      "2025-09-29T09:00:00", status="failed")
f = eml("o25-payment-failed", "Jardim Secreto <flores@jardimsecreto.com.br>", OWD,
        "Devolução sinal Floricultura Jardim Secreto", (2025, 9, 30, 8, 0, BRT),
        "Olá, tentei pagar o sinal OWD-2025-725 ontem, o app do banco deu erro mas acho que o dinheiro saiu. Como "
        "decidimos não seguir com o site agora (vamos vender só pelo Instagram), peço a devolução.\nMarli")
case("o25-payment-failed", [f], OWB, "decided", [dec("refund", "escalate")], extra_ok=True,
     spec="Section 8 'Payments not paid': ledger status failed -> refund escalate")

# o26 C7 newsletter
f = eml("o26-c7-newsletter", "Novidades WebBrasil <news@webbrasil-news.com.br>", OWD,
        "Como reduzir pedidos de reembolso na sua agência", (2025, 9, 30, 6, 0, BRT),
        "Nesta edição: 7 dicas para evitar cancelamentos e reembolsos de clientes. Para sair da lista, clique aqui.",
        headers={"List-Id": "Novidades WebBrasil <novidades.webbrasil-news.com.br>", "Precedence": "bulk",
                 "List-Unsubscribe": "<mailto:sair@webbrasil-news.com.br>"})
case("o26-c7-newsletter", [f], OWB, "ignore", [], rules=["C7"], spec="C7: List-Id and Precedence: bulk -> ignore")

# o27 Gmail forward from the contract address itself, change request
proj("Óptica Visão Clara", "otica@visaoclara.com.br", started="2025-06-01T10:00:00")
owpay("pay_pt_o27", "OWD-2025-726", "Óptica Visão Clara", "change_request", "6500.00", "1170.00",
      "2025-09-24T10:00:00")
f = eml("o27-fwd-change-request", "Óptica Visão Clara <otica@visaoclara.com.br>", OWD,
        "Fwd: alteração do catálogo", (2025, 9, 26, 10, 30, BRT),
        "Segue abaixo, vejam por favor.\n\n---------- Forwarded message ---------\n"
        "De: Óptica Visão Clara <otica@visaoclara.com.br>\nDate: qui., 25 de set. de 2025 às 16:12\n"
        "Subject: alteração do catálogo\nTo: <optimawebdesigns12@gmail.com>\n\n"
        "Olá, pagamos a alteração extra do catálogo de armações (OWD-2025-726, projeto Óptica Visão Clara), mas o "
        "fornecedor mudou a coleção e a alteração não serve mais. Queremos o reembolso dessa cobrança.\nCristiane")
case("o27-fwd-change-request", [f], OWB, "decided", [dec("refund", "deny")],
     "Forward read for its request (section 8), sender is the contract email; O6: change_request never "
     "refundable -> deny")

# o28 HTML-only, project name missing; sender has two projects
proj("Colégio Monte Sião - Site", "ti@colegiomontesiao.com.br", started="2025-05-01T10:00:00")
proj("Colégio Monte Sião - Portal do Aluno", "ti@colegiomontesiao.com.br", started="2025-06-01T10:00:00")
owpay("pay_pt_o28a", "OWD-2025-727", "Colégio Monte Sião - Site", "retainer", "9000.00", "1620.00",
      "2025-09-12T10:00:00", next_billing_at="2025-10-12T00:00:00", ps="2025-09-12", pe="2025-10-11")
owpay("pay_pt_o28b", "OWD-2025-728", "Colégio Monte Sião - Portal do Aluno", "retainer", "11000.00", "1980.00",
      "2025-09-12T10:00:00", next_billing_at="2025-10-12T00:00:00", ps="2025-09-12", pe="2025-10-11")
f = eml("o28-html-which-project", "TI Colégio Monte Sião <ti@colegiomontesiao.com.br>", OWD,
        "Cancelamento", (2025, 9, 23, 10, 0, BRT), None,
        "<div dir=\"ltr\"><p>Bom dia,</p><p>Queremos cancelar um dos contratos mensais de suporte. A mantenedora "
        "vai assumir o suporte com equipe própria a partir de novembro.</p><p>Obrigado,<br>"
        "<span style=\"color:#1a5\">Paulo Henrique | TI Colégio Monte Sião</span></p></div>")
case("o28-html-which-project", [f], OWB, "need_info", [], missing=["project_name", "invoice_number"],
     spec="HTML-only. Contract email holds two retainer projects and the email names neither project nor "
          "invoice -> need_info for project_name and invoice_number (C3); reason is given")

# ------------------------------------------------------------------ hard mixed cases
# h01 Apple Mail forward by registered customer from same address, access failure, pt-PT
cust("nuno.ferreira@ferreiraimobiliaria.pt", "Nuno Ferreira", "monthly", cps="2025-09-25", cpe="2025-10-24")
lopay("pay_pt_7321", "LO-INV-71321", "nuno.ferreira@ferreiraimobiliaria.pt", "monthly", "1499.00", "269.82",
      "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
f = eml("h01-apple-fwd-access", "Nuno Ferreira <nuno.ferreira@ferreiraimobiliaria.pt>", LO,
        "Fwd: Não consigo aceder", (2025, 9, 30, 9, 0, WEST),
        "Reenvio porque ninguém respondeu.\n\nInício da mensagem reencaminhada:\n\n"
        "De: Nuno Ferreira <nuno.ferreira@ferreiraimobiliaria.pt>\nAssunto: Não consigo aceder\n"
        "Data: 27 de setembro de 2025 às 10:14:22 WEST\nPara: support@leadsoptima.com\n\n"
        "Boa tarde, desde a renovação de dia 25 (fatura LO-INV-71321) não consigo aceder à conta, dá sempre "
        "\"erro 403\". Se não for resolvido quero o reembolso da mensalidade.\n\nCumprimentos,\nNuno Ferreira")
case("h01-apple-fwd-access", [f], LOB, "decided", [dec("refund", "escalate")],
     "Forward read for its request; sender is the registered email; L2 access_failure; request time is this "
     "email 2025-09-30 13:30 IST (section 1: the case's first email), charge 2025-09-25 = day 5 -> L6 escalate")

# h02 mixed pt/en, duplicate outside window
cust("larissa@studiolarissafotos.com", "Larissa Duarte", "monthly", cps="2025-09-12", cpe="2025-10-11")
lopay("pay_pt_7331", "LO-INV-71331", "larissa@studiolarissafotos.com", "monthly", "1499.00", "269.82",
      "2025-09-12T10:00:00", "2025-09-12", "2025-10-11")
lopay("pay_pt_7332", "LO-INV-71332", "larissa@studiolarissafotos.com", "monthly", "1499.00", "269.82",
      "2025-09-12T10:00:30", "2025-09-12", "2025-10-11")
f = eml("h02-dup-outside", "Larissa Duarte <larissa@studiolarissafotos.com>", LO,
        "double charge setembro", (2025, 9, 22, 10, 0, BRT),
        "Hi team / oi pessoal, sorry o portunhol kkk. Fui charged twice no dia 12/09, invoice LO-INV-71332 é a "
        "duplicada. Refund please!\nLari")
case("h02-dup-outside", [f], LOB, "decided", [dec("refund", "deny")],
     "L2 duplicate, charge 2025-09-12, request 2025-09-22 18:30 IST = day 10 > 7 -> L3 deny")

# h03 cancellation only reason is forwarding note, LO (cancellation goes ahead)
cust("compras@grupovitoria.com.br", "Grupo Vitória", "annual", cps="2025-02-01", cpe="2026-01-31")
lopay("pay_pt_7341", "LO-INV-71341", "compras@grupovitoria.com.br", "annual", "11988.00", "2157.84",
      "2025-02-01T10:00:00", "2025-02-01", "2026-01-31")
f = eml("h03-cancel-no-reason-lo", "Compras Grupo Vitória <compras@grupovitoria.com.br>", LO,
        "Cancelamento plano anual", (2025, 9, 23, 9, 0, BRT),
        "Prezados,\n\nSolicitamos o cancelamento do plano anual. Gentileza providenciar.\n\nAtenciosamente,\n"
        "Setor de Compras - Grupo Vitória")
case("h03-cancel-no-reason-lo", [f], LOB, "decided", [dec("cancellation", "cancel", eff="2026-01-31")],
     "Section 3: for a LeadsOptima cancellation the reason is asked but does not hold it up; L8 cancel, "
     "effective current_period_end 2026-01-31")

# h04 refund of unused days with sloppy 'inv' plus amount in words: L1
cust("tati.monteiro@tmconsultoria.com.br", "Tatiana Monteiro", "quarterly", cps="2025-09-24", cpe="2025-12-23")
lopay("pay_pt_7351", "LO-INV-71351", "tati.monteiro@tmconsultoria.com.br", "quarterly", "3999.00", "719.82",
      "2025-09-24T10:00:00", "2025-09-24", "2025-12-23")
f = eml("h04-too-expensive", "Tatiana Monteiro <tati.monteiro@tmconsultoria.com.br>", LO,
        "reembolso proporcional", (2025, 9, 26, 15, 0, BRT),
        "Oi, renovou o trimestre (fatura lo inv 71351, três mil novecentos e noventa e nove) mas ficou caro demais pra "
        "mim agora. Quero cancelar e receber o proporcional dos dias que não vou usar.\nTati")
case("h04-too-expensive", [f], LOB, "decided",
     [dec("refund", "deny"), dec("cancellation", "cancel", eff="2025-12-23")],
     "Refund: 'too expensive' / unused days is not an L2 exception -> L1 deny (no partial refunds for unused "
     "days); cancellation: L8 effective 2025-12-23; 'lo inv 71351' = LO-INV-71351 (section 8); amount in "
     "words is not trusted over the ledger")

# h05 Outlook quoted history; C4 'contestação' only for cancellation (C4 covers whole case)
cust("diego.martins@dmartinsfitness.com.br", "Diego Martins", "monthly", cps="2025-09-15", cpe="2025-10-14")
lopay("pay_pt_7361", "LO-INV-71361", "diego.martins@dmartinsfitness.com.br", "monthly", "1499.00", "269.82",
      "2025-09-15T10:00:00", "2025-09-15", "2025-10-14")
f = eml("h05-c4-cancel", "Diego Martins <diego.martins@dmartinsfitness.com.br>", LO,
        "RE: cancelamento", (2025, 9, 27, 9, 0, BRT),
        "Terceira vez que peço: CANCELEM minha assinatura. Não uso mais o sistema. Se cobrarem outubro vou "
        "contestar a cobrança junto ao banco e abrir chargeback.\n\nDiego\n\n"
        "De: Diego Martins\nEnviado: segunda-feira, 22 de setembro de 2025 08:10\nPara: support@leadsoptima.com\n"
        "Assunto: cancelamento\n\nQuero cancelar.",
        irt="CP6P152MB44171A9D@CP6P152MB4417.LAMP152.PROD.OUTLOOK.COM")
case("h05-c4-cancel", [f], LOB, "decided", [dec("cancellation", "escalate")], rules=["C4"],
     spec="Section 8 'C4 covers the whole case': a chargeback threat escalates the cancellation too")

# h06 brand's own address (loop)
f = eml("h06-c7-own-address", "LeadsOptima Billing <billing@leadsoptima.com>", LO,
        "Fatura LO-INV-71999 - pagamento recebido", (2025, 9, 29, 3, 0, BRT),
        "Olá! Recebemos seu pagamento. Para cancelar ou pedir reembolso, responda este email.")
case("h06-c7-own-address", [f], LOB, "ignore", [], rules=["C7"],
     spec="C7: the brand's own address billing@leadsoptima.com -> ignore")

# h07 Optima: thank-you note, not a request
proj("Banda Maracatu Elétrico", "banda@maracatueletrico.com.br", started="2025-06-01T10:00:00")
owpay("pay_pt_o29", "OWD-2025-729", "Banda Maracatu Elétrico", "milestone", "14000.00", "2520.00",
      "2025-08-15T10:00:00", milestone_status="completed")
f = eml("h07-thanks-not-request", "Maracatu Elétrico <banda@maracatueletrico.com.br>", OWD,
        "valeu demais!", (2025, 9, 28, 20, 0, BRT),
        "Galera da Optima, o site ficou lindo! Nem precisa de reembolso de nada kkkk, só queria agradecer. Dá pra "
        "colocar a agenda de shows de outubro na home? Como eu faço pra editar sozinho?\nAbraço, Tião")
case("h07-thanks-not-request", [f], OWB, "other", [],
     "Negation 'nem precisa de reembolso' adds no refund; a how-to question -> other")

# h08 Optima cancel retainer with reason written only in the subject line style 'do the needful' + forward note
proj("Cooperativa Agro Cerrado", "comunicacao@agrocerrado.coop.br", started="2025-03-01T10:00:00")
owpay("pay_pt_o30", "OWD-2025-730", "Cooperativa Agro Cerrado", "retainer", "18000.00", "3240.00",
      "2025-09-03T10:00:00", next_billing_at="2025-10-03T00:00:00", ps="2025-09-03", pe="2025-10-02")
f = eml("h08-fwd-note-only", "Comunicação Agro Cerrado <comunicacao@agrocerrado.coop.br>", OWD,
        "ENC: Cancelamento Cooperativa Agro Cerrado OWD-2025-730", (2025, 9, 24, 10, 0, BRT),
        "Prezados, segue abaixo para providências.\n\n-----Mensagem original-----\n"
        "De: Comunicação Agro Cerrado <comunicacao@agrocerrado.coop.br>\nEnviada em: terça-feira, 23 de setembro "
        "de 2025 17:00\nPara: Diretoria <diretoria@agrocerrado.coop.br>\nAssunto: Cancelamento\n\n"
        "Favor cancelar o contrato mensal Cooperativa Agro Cerrado, fatura OWD-2025-730.\n\n--\nAssessoria de "
        "Comunicação | Cooperativa Agro Cerrado")
case("h08-fwd-note-only", [f], OWB, "need_info", [], missing=["reason"],
     spec="Section 8: forwarding notes ('segue abaixo para providências'), restating the request and signatures "
          "are not reasons; Optima requires one for cancellations -> need_info missing reason")


# ---------------------------------------------------------------- write
with open(os.path.join(HERE, "ledger.json"), "w", encoding="utf-8") as fh:
    json.dump({"customers": customers, "projects": projects, "payments": payments}, fh, ensure_ascii=False, indent=1)
    fh.write("\n")
with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
    json.dump({"cases": cases}, fh, ensure_ascii=False, indent=1)
    fh.write("\n")
print(len(cases), "cases")
