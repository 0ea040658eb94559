"""Fresh held-out round 6, Portuguese (pt): writes ledger.json, emails/*.eml and expected.json here.

Written by QA pass qa6a from POLICY_SPEC.md alone. MIT licence. Deterministic, stdlib only.
"""
import json
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANG = "pt"
LO = "support@leadsoptima.com"
OWD = "optimawebdesigns12@gmail.com"
IST = timezone(timedelta(hours=5, minutes=30))
LEDGER = {"customers": [], "projects": [], "payments": []}
CASES = []
MAILS = {}


def cust(email, plan, status="active", cps=None, cpe=None, name=None, trial_ends=None):
    LEDGER["customers"].append({"brand": "leadsoptima", "email": email, "name": name, "plan": plan,
                                "status": status, "trial_ends": trial_ends,
                                "current_period_start": cps, "current_period_end": cpe})


TAX = {"monthly": ("1499.00", "269.82"), "quarterly": ("3999.00", "719.82"), "annual": ("11988.00", "2157.84")}


def sub(pid, inv, email, plan, paid_at, ps, pe, amount=None, tax=None, status="paid"):
    a, t = TAX[plan]
    LEDGER["payments"].append({"brand": "leadsoptima", "id": pid, "invoice": inv, "customer_email": email,
                               "kind": "subscription", "plan": plan, "amount": amount or a, "tax": tax or t,
                               "currency": "INR", "paid_at": paid_at, "period_start": ps, "period_end": pe,
                               "status": status})


def proj(name, email, ws=None):
    LEDGER["projects"].append({"brand": "optima_webdesign", "name": name, "contract_email": email,
                               "work_started_at": ws})


def opay(pid, inv, project, kind, amount, tax, paid_at, status="paid", **kw):
    rec = {"brand": "optima_webdesign", "id": pid, "invoice": inv, "project": project, "kind": kind,
           "amount": amount, "tax": tax, "currency": "INR", "paid_at": paid_at, "status": status,
           "setup_fee": None, "service_start": None, "next_billing_at": None, "period_start": None,
           "period_end": None, "milestone_status": None}
    rec.update(kw)
    LEDGER["payments"].append(rec)


def mail(name, frm, to, subject, date, body, html=None, headers=None, reply_to=None, parent=None):
    """date: 'YYYY-MM-DD HH:MM +HHMM' (the sender's local time and offset)."""
    dt = datetime.strptime(date, "%Y-%m-%d %H:%M %z")
    msg = EmailMessage(policy=SMTP)
    msg["From"] = frm
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(dt)
    mid = f"<{LANG}-{name}@mail.fresh6.example>"
    msg["Message-ID"] = mid
    if reply_to:
        msg["Reply-To"] = reply_to
    if parent:
        pmid = MAILS[parent]
        support = f"<reply-{LANG}-{parent}@support.fresh6.example>"
        msg["In-Reply-To"] = support
        msg["References"] = f"{pmid} {support}"
    for k, v in (headers or {}).items():
        msg[k] = v
    if html and body is None:
        msg.set_content(html, subtype="html")
    else:
        msg.set_content(body)
        if html:
            msg.add_alternative(html, subtype="html")
    MAILS[name] = mid
    path = HERE / "emails" / f"{name}.eml"
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(msg.as_bytes())
    return f"emails/{name}.eml"


def case(cid, files, brand, status, decisions=(), rules=(), spec="", missing=None, extra_ok=False,
         ambiguous=None):
    c = {"id": f"{LANG}-{cid}", "lang": LANG, "files": list(files), "brand": brand, "status": status,
         "rules": list(rules)}
    if missing is not None:
        c["missing"] = list(missing)
    c["decisions"] = [dict(d) for d in decisions]
    if extra_ok:
        c["extra_ok"] = True
    c["spec"] = spec
    if ambiguous:
        c["ambiguous"] = ambiguous
    CASES.append(c)


def D(intent, outcome, amount=None, eff=None):
    d = {"intent": intent, "outcome": outcome}
    if outcome == "approve":
        d["amount"] = amount
    if eff:
        d["effective_date"] = eff
    return d


def ist(date):
    return datetime.strptime(date, "%Y-%m-%d %H:%M %z").astimezone(IST).strftime("%Y-%m-%d %H:%M IST")



# ---------------------------------------------------------------- LeadsOptima
def leadsoptima():
    # l01 duplicate, Brazil, sloppy invoice
    cust("thiago.moura@mouraimoveis.com.br", "monthly", cps="2025-09-24", cpe="2025-10-23", name="Thiago Moura")
    sub("pay_pt_7101", "LO-INV-77101", "thiago.moura@mouraimoveis.com.br", "monthly", "2025-09-24T14:00:00", "2025-09-24", "2025-10-23")
    sub("pay_pt_7102", "LO-INV-77102", "thiago.moura@mouraimoveis.com.br", "monthly", "2025-09-24T14:01:00", "2025-09-24", "2025-10-23")
    f = mail("l01-duplicidade-br", "Thiago Moura <thiago.moura@mouraimoveis.com.br>", LO,
             "cobrança em duplicidade", "2025-09-27 09:12 -0300",
             "Bom dia pessoal,\n\nVi no extrato do cartão que a mensalidade de vcs entrou duas vezes no dia 24, "
             "1.499,00 + impostos cada. A segunda é a LO-INV 77102. Preciso do estorno dessa segunda cobrança, "
             "por favor.\n\nAbs,\nThiago Moura\nMoura Imóveis - Campinas/SP")
    case("l01-dup-brazil", [f], "leadsoptima", "decided", [D("refund", "approve", "1499.00")],
         spec="L2 duplicate_payment ('entrou duas vezes'); pair 2025-09-24 same period; request 2025-09-27 17:42 IST = "
              "day 3 (L3); 'LO-INV 77102' matches LO-INV-77102 (section 8) -> L4 approve 1499.00 before tax")

    # l02 duplicate, Portugal, day 7 in IST late evening
    cust("rui.carvalho@carvalhoeassociados.pt", "quarterly", cps="2025-09-18", cpe="2025-12-17", name="Rui Carvalho")
    sub("pay_pt_7111", "LO-INV-77111", "rui.carvalho@carvalhoeassociados.pt", "quarterly", "2025-09-18T23:10:00", "2025-09-18", "2025-12-17")
    sub("pay_pt_7112", "LO-INV-77112", "rui.carvalho@carvalhoeassociados.pt", "quarterly", "2025-09-18T23:15:00", "2025-09-18", "2025-12-17")
    f = mail("l02-duplicado-pt-dia7", "Rui Carvalho <rui.carvalho@carvalhoeassociados.pt>", LO,
             "Pagamento em duplicado - fatura LO-INV-77112", "2025-09-25 19:00 +0100",
             "Exmos. Senhores,\n\nVerifiquei que a subscrição trimestral foi debitada em duplicado no passado dia 18 "
             "(3.999,00 INR acrescidos de IVA, duas vezes). Solicito a devolução do segundo débito, fatura LO-INV-77112.\n\n"
             "Com os melhores cumprimentos,\nRui Carvalho\nCarvalho & Associados, Lda. - Porto")
    case("l02-dup-day7-portugal", [f], "leadsoptima", "decided", [D("refund", "approve", "3999.00")],
         spec="charge local date 2025-09-18 (23:15 IST) is day 0; Date 2025-09-25 19:00 +0100 = 23:30 IST, day 7 "
              "(inside, L3); duplicate pair -> L4 approve 3999.00")

    # l03 duplicate outside the window
    cust("camila.rocha@rochanutri.com.br", "monthly", cps="2025-09-02", cpe="2025-10-01", name="Camila Rocha")
    sub("pay_pt_7121", "LO-INV-77121", "camila.rocha@rochanutri.com.br", "monthly", "2025-09-02T10:00:00", "2025-09-02", "2025-10-01")
    sub("pay_pt_7122", "LO-INV-77122", "camila.rocha@rochanutri.com.br", "monthly", "2025-09-02T10:02:00", "2025-09-02", "2025-10-01")
    f = mail("l03-duplicado-fora-prazo", "Camila Rocha <camila.rocha@rochanutri.com.br>", LO,
             "Fui cobrada 2x", "2025-09-10 11:00 -0300",
             "Oi, tudo bem? Só agora reparei que fui cobrada duas vezes no dia 2 pela mensalidade. Queria o "
             "reembolso da cobrança repetida (LO-INV-77122).\n\nObrigada!\nCamila")
    case("l03-dup-outside", [f], "leadsoptima", "decided", [D("refund", "deny")],
         spec="charge 2025-09-02; request 2025-09-10 19:30 IST = day 8 > 7 -> deny L3")

    # l04 duplicate claimed, ledger shows one charge -> escalate
    cust("leandro.pires@pirestech.com.br", "monthly", cps="2025-09-26", cpe="2025-10-25", name="Leandro Pires")
    sub("pay_pt_7131", "LO-INV-77131", "leandro.pires@pirestech.com.br", "monthly", "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
    f = mail("l04-duplicado-sem-par", "Leandro Pires <leandro.pires@pirestech.com.br>", LO,
             "Cobrança dupla", "2025-09-28 20:00 -0300",
             "Boa noite. Meu banco mostra dois débitos de vcs no dia 26, um deles é a fatura LO-INV-77131. "
             "Peço o reembolso do valor cobrado em dobro.\n\nLeandro Pires\nPires Tech")
    case("l04-dup-no-pair", [f], "leadsoptima", "decided", [D("refund", "escalate")],
         spec="duplicate_payment claimed inside the window (day 3), but the ledger holds only one charge -> L4 escalate")

    # l05 billing error, wrong amount -> escalate
    cust("financeiro@escolaaprender.com.br", "annual", cps="2025-09-20", cpe="2026-09-19", name="Escola Aprender")
    sub("pay_pt_7141", "LO-INV-77141", "financeiro@escolaaprender.com.br", "annual", "2025-09-20T10:00:00", "2025-09-20", "2026-09-19",
        amount="13488.00", tax="2427.84")
    f = mail("l05-valor-errado", "Financeiro Escola Aprender <financeiro@escolaaprender.com.br>", LO,
             "Valor cobrado diferente do contratado - NF LO-INV-77141", "2025-09-23 10:00 -0300",
             "Prezados,\n\nNa renovação do plano anual foi cobrado 13.488,00 quando o valor contratado é 11.988,00. "
             "Solicitamos a correção e o reembolso da diferença cobrada a mais.\n\nAtenciosamente,\n"
             "Departamento Financeiro\nEscola Aprender Ltda.")
    case("l05-wrong-amount", [f], "leadsoptima", "decided", [D("refund", "escalate")],
         spec="wrong amount = billing_error (L2); day 3 (L3) -> L5 escalate, no amount")

    # l06 access failure -> escalate
    cust("gui.santos.barbearia@gmail.com", "monthly", cps="2025-09-21", cpe="2025-10-20", name="Guilherme Santos")
    sub("pay_pt_7151", "LO-INV-77151", "gui.santos.barbearia@gmail.com", "monthly", "2025-09-21T10:00:00", "2025-09-21", "2025-10-20")
    f = mail("l06-nao-consigo-acessar", "Guilherme Santos <gui.santos.barbearia@gmail.com>", LO,
             "nao consigo entrar na conta", "2025-09-26 07:30 -0300",
             "fala pessoal, desde terça nao consigo acessar o painel, fica carregando e depois da erro. ja limpei "
             "cache, troquei de navegador, falei com o suporte no chat e nada. paguei a mensalidade dia 21 "
             "(LO-INV-77151) e nao to conseguindo usar, quero meu dinheiro de volta\n\nGui\nBarbearia do Gui")
    case("l06-access-failure", [f], "leadsoptima", "decided", [D("refund", "escalate")],
         spec="access_failure, charge 2025-09-21, request 2025-09-26 16:00 IST day 5 (L3) -> L6 escalate")

    # l07 too expensive, Portugal -> deny L1
    cust("marta.sequeira@sequeiradecor.pt", "annual", cps="2025-09-25", cpe="2026-09-24", name="Marta Sequeira")
    sub("pay_pt_7161", "LO-INV-77161", "marta.sequeira@sequeiradecor.pt", "annual", "2025-09-25T10:00:00", "2025-09-25", "2026-09-24")
    f = mail("l07-caro-demais", "Marta Sequeira <marta.sequeira@sequeiradecor.pt>", LO,
             "Pedido de reembolso", "2025-09-26 12:00 +0100",
             "Boa tarde,\n\nSubscrevi ontem o plano anual (fatura LO-INV-77161) mas, feitas as contas, é demasiado "
             "caro para uma loja pequena como a nossa. Gostaria de pedir o reembolso.\n\nObrigada,\nMarta Sequeira\n"
             "Sequeira Decor - Braga")
    case("l07-too-expensive-pt", [f], "leadsoptima", "decided", [D("refund", "deny")],
         spec="'demasiado caro' is not an L2 exception -> L1 deny (cancellation offered, not asked for)")

    # l08 cancel + refund of unused days -> refund deny, cancel
    cust("paulo.henrique@phcontabil.com.br", "quarterly", cps="2025-08-15", cpe="2025-11-14", name="Paulo Henrique")
    sub("pay_pt_7171", "LO-INV-77171", "paulo.henrique@phcontabil.com.br", "quarterly", "2025-08-15T10:00:00", "2025-08-15", "2025-11-14")
    f = mail("l08-cancelar-e-devolver-dias", "Paulo Henrique <paulo.henrique@phcontabil.com.br>", LO,
             "Cancelamento + reembolso proporcional", "2025-09-24 15:00 -0300",
             "Olá,\n\nQuero cancelar o plano trimestral. O escritório foi incorporado por outra contabilidade que "
             "já tem CRM. Como ainda faltam quase dois meses, peço também o reembolso proporcional dos dias que não "
             "vou usar (fatura LO-INV-77171).\n\nAtt,\nPaulo Henrique\nPH Contábil")
    case("l08-cancel-and-prorata", [f], "leadsoptima", "decided",
         [D("refund", "deny"), D("cancellation", "cancel", eff="2025-11-14")],
         spec="refund of unused days: L1 deny (clause 2 no partial refunds); L8 cancel effective current_period_end 2025-11-14")

    # l09 cancel annual, fallback from the last charge
    cust("joana.ferraz@ferrazarquitetura.com.br", "annual", name="Joana Ferraz")
    sub("pay_pt_7181", "LO-INV-77181", "joana.ferraz@ferrazarquitetura.com.br", "annual", "2025-03-12T10:00:00", "2025-03-12", None)
    f = mail("l09-cancelar-anual", "Joana Ferraz <joana.ferraz@ferrazarquitetura.com.br>", LO,
             "Cancelar renovação automática", "2025-09-22 09:00 -0300",
             "Bom dia! Gostaria de cancelar meu plano anual para que não renove em março. Estamos reduzindo as "
             "ferramentas do escritório. Até quando consigo usar?\n\nJoana Ferraz\nFerraz Arquitetura")
    case("l09-cancel-annual-fallback", [f], "leadsoptima", "decided", [D("cancellation", "cancel", eff="2026-03-11")],
         spec="no current_period_end: L8 fallback 2025-03-12 + 12 months - 1 day = 2026-03-11")

    # l10 negation: no refund, just cancel (Brazil casual)
    cust("bia.lemos.doces@gmail.com", "quarterly", cps="2025-07-05", cpe="2025-10-04", name="Beatriz Lemos")
    sub("pay_pt_7191", "LO-INV-77191", "bia.lemos.doces@gmail.com", "quarterly", "2025-07-05T10:00:00", "2025-07-05", "2025-10-04")
    f = mail("l10-nao-quero-reembolso", "Bia Lemos <bia.lemos.doces@gmail.com>", LO,
             "cancelamento", "2025-09-25 21:40 -0300",
             "oii, quero cancelar o plano trimestral. nao quero reembolso nem nada, so nao quero que renove em "
             "outubro pq vou fechar a confeitaria por uns meses (bebe chegando rs)\n\nbjs Bia")
    case("l10-negation-cancel", [f], "leadsoptima", "decided", [D("cancellation", "cancel", eff="2025-10-04")],
         spec="'nao quero reembolso' adds no refund (section 8); L8 cancel effective current_period_end 2025-10-04")

    # l11 hypothetical -> other
    cust("contato@vidasaudavel.com.br", "monthly", status="trial", trial_ends="2025-10-08", name="Vida Saudável")
    f = mail("l11-hipotetico", "Vida Saudável <contato@vidasaudavel.com.br>", LO,
             "Dúvida sobre reembolso", "2025-09-26 14:00 -0300",
             "Olá! Estamos no período de teste. Se a gente assinar o plano anual e depois perceber que não funciona "
             "pro nosso nicho, daria pra pedir reembolso? E se cancelar no meio do ano, devolvem algo?\n\nAbraço,\nRenata")
    case("l11-hypothetical-other", [f], "leadsoptima", "other",
         spec="hypothetical refund/cancellation questions before subscribing (section 8) -> other")

    # l12 how-to -> other
    cust("adm@clinicasorriso.com.br", "monthly", cps="2025-09-10", cpe="2025-10-09", name="Clínica Sorriso")
    sub("pay_pt_7201", "LO-INV-77201", "adm@clinicasorriso.com.br", "monthly", "2025-09-10T10:00:00", "2025-09-10", "2025-10-09")
    f = mail("l12-como-fatura", "Clínica Sorriso <adm@clinicasorriso.com.br>", LO,
             "CNPJ na fatura", "2025-09-24 10:00 -0300",
             "Boa tarde, como faço para colocar o CNPJ da clínica nas próximas faturas? A contadora pediu. "
             "Não achei no menu Billing.\n\nObrigada\nSílvia - administrativo")
    case("l12-howto-other", [f], "leadsoptima", "other",
         spec="how-to question about invoice data -> other")

    # l13 C2: from personal address naming the registered one
    cust("comercial@tintasbrilho.com.br", "monthly", cps="2025-09-15", cpe="2025-10-14", name="Tintas Brilho")
    sub("pay_pt_7211", "LO-INV-77211", "comercial@tintasbrilho.com.br", "monthly", "2025-09-15T10:00:00", "2025-09-15", "2025-10-14")
    f = mail("l13-email-pessoal", "Marcos Brilho <marcosbrilho@yahoo.com.br>", LO,
             "cancelar assinatura", "2025-09-25 16:00 -0300",
             "Olá, sou o dono da Tintas Brilho. O e-mail cadastrado é comercial@tintasbrilho.com.br, mas estou sem "
             "acesso a ele hoje. Quero cancelar a assinatura mensal, não estamos usando.\n\nMarcos")
    case("l13-c2-personal-address", [f], "leadsoptima", "need_info", rules=["C2"],
         spec="sender is not the registered email he names -> C2 need_info, no account details")

    # l14 forward (Encaminhada) from a colleague naming the registered owner -> C2
    cust("diretoria@grupolumen.com.br", "annual", cps="2025-05-01", cpe="2026-04-30", name="Grupo Lumen")
    sub("pay_pt_7221", "LO-INV-77221", "diretoria@grupolumen.com.br", "annual", "2025-05-01T10:00:00", "2025-05-01", "2026-04-30")
    f = mail("l14-encaminhada", "Priscila Nogueira <priscila.nogueira@grupolumen.com.br>", LO,
             "Fwd: cancelamento LeadsOptima", "2025-09-29 09:00 -0300",
             "Segue abaixo o pedido da diretoria, por favor providenciar.\n\nPriscila\n\n"
             "---------- Mensagem encaminhada ---------\nDe: Diretoria Grupo Lumen <diretoria@grupolumen.com.br>\n"
             "Data: sex., 26 de set. de 2025 às 18:40\nAssunto: cancelamento LeadsOptima\n"
             "Para: Priscila Nogueira <priscila.nogueira@grupolumen.com.br>\n\n"
             "Priscila, peça o cancelamento do plano anual da LeadsOptima na conta diretoria@grupolumen.com.br. "
             "Vamos centralizar o marketing na agência.\n")
    case("l14-forward-c2", [f], "leadsoptima", "need_info", rules=["C2"],
         spec="forwarded request names registered email diretoria@... other than the sender (section 8 Forwards) -> C2")

    # l15 thread: refund without a reason, asked, answered (duplicate)
    cust("otavio.reis@reisseguros.com.br", "monthly", cps="2025-09-27", cpe="2025-10-26", name="Otávio Reis")
    sub("pay_pt_7231", "LO-INV-77231", "otavio.reis@reisseguros.com.br", "monthly", "2025-09-27T09:00:00", "2025-09-27", "2025-10-26")
    sub("pay_pt_7232", "LO-INV-77232", "otavio.reis@reisseguros.com.br", "monthly", "2025-09-27T09:01:00", "2025-09-27", "2025-10-26")
    f1 = mail("l15a-sem-motivo", "Otávio Reis <otavio.reis@reisseguros.com.br>", LO,
              "Reembolso LO-INV-77232", "2025-09-28 10:00 -0300",
              "Prezados, solicito o reembolso da fatura LO-INV-77232.\n\nAtenciosamente,\nOtávio Reis\n"
              "Reis Corretora de Seguros\nCorretor SUSEP 10.2030405")
    f2 = mail("l15b-motivo", "Otávio Reis <otavio.reis@reisseguros.com.br>", LO,
              "Re: Reembolso LO-INV-77232", "2025-09-29 08:30 -0300",
              "Bom dia. O motivo: a mensalidade de setembro foi cobrada duas vezes no mesmo dia, essa fatura é a "
              "cobrança repetida.\n\nOtávio\n\nEm dom., 28 de set. de 2025 às 19:05, LeadsOptima Support "
              "<support@leadsoptima.com> escreveu:\n> Olá Otávio, para analisarmos precisamos do motivo...\n",
              parent="l15a-sem-motivo")
    case("l15-thread-reason", [f1, f2], "leadsoptima", "decided", [D("refund", "approve", "1499.00")],
         spec="C3: reason asked (the first email only restates the request and a signature, section 8), answered "
              "'cobrada duas vezes'; request time = first email 2025-09-28 18:30 IST, day 1 -> L4 approve 1499.00")

    # l16 need_info: refund with only a restated request and signature
    cust("lucas.almeida@almeidaadvocacia.pt", "monthly", cps="2025-09-23", cpe="2025-10-22", name="Lucas Almeida")
    sub("pay_pt_7241", "LO-INV-77241", "lucas.almeida@almeidaadvocacia.pt", "monthly", "2025-09-23T10:00:00", "2025-09-23", "2025-10-22")
    f = mail("l16-so-pedido", "Lucas Almeida <lucas.almeida@almeidaadvocacia.pt>", LO,
             "Reembolso", "2025-09-25 10:00 +0100",
             "Bom dia,\n\nVenho por este meio solicitar o reembolso da fatura LO-INV-77241.\n\nCumprimentos,\n"
             "Lucas Almeida\nAlmeida Advocacia - Lisboa\n\nEsta mensagem é confidencial e destina-se exclusivamente "
             "ao destinatário.")
    case("l16-missing-reason", [f], "leadsoptima", "need_info", missing=["reason"],
         spec="restating the request, sign-off, signature and disclaimer are not reasons (section 8) -> need_info "
              "reason (C3); 'Advocacia' in a signature is no legal threat")

    # l17 C4: Procon + chargeback, with cancellation -> both escalate
    cust("rodrigo.teles@telesmotos.com.br", "monthly", cps="2025-09-25", cpe="2025-10-24", name="Rodrigo Teles")
    sub("pay_pt_7251", "LO-INV-77251", "rodrigo.teles@telesmotos.com.br", "monthly", "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
    f = mail("l17-procon", "Rodrigo Teles <rodrigo.teles@telesmotos.com.br>", LO,
             "CANCELAMENTO E ESTORNO IMEDIATO", "2025-09-26 18:00 -0300",
             "Vcs renovaram minha assinatura sem aviso (LO-INV-77251). Quero o cancelamento AGORA e o estorno. "
             "Se não resolverem até amanhã vou abrir reclamação no Procon e pedir chargeback no cartão.\n\nRodrigo Teles")
    case("l17-procon-chargeback-c4", [f], "leadsoptima", "decided",
         [D("refund", "escalate"), D("cancellation", "escalate")], rules=["C4"],
         spec="Procon (consumer protection) and chargeback threat -> C4 escalates every intent, the cancellation "
              "included (section 8)")

    # l18 out of office, Portugal
    f = mail("l18-ausencia", "Teresa Magalhães <teresa.magalhaes@hotelribeira.pt>", LO,
             "Resposta automática: Ausente", "2025-09-22 09:00 +0100",
             "Encontro-me ausente do escritório até dia 6 de outubro, sem acesso ao e-mail. Para assuntos urgentes "
             "contacte reservas@hotelribeira.pt.\n\nTeresa Magalhães",
             headers={"Auto-Submitted": "auto-replied"})
    case("l18-out-of-office", [f], "leadsoptima", "ignore", rules=["C7"],
         spec="Auto-Submitted: auto-replied -> C7 ignore")

    # l19 past event: cancelled, charged again -> billing error escalate
    cust("fabio.ramos@ramosfitness.com.br", "monthly", status="cancelled", cps="2025-08-20", cpe="2025-09-19", name="Fábio Ramos")
    sub("pay_pt_7261", "LO-INV-77261", "fabio.ramos@ramosfitness.com.br", "monthly", "2025-08-20T10:00:00", "2025-08-20", "2025-09-19")
    sub("pay_pt_7262", "LO-INV-77262", "fabio.ramos@ramosfitness.com.br", "monthly", "2025-09-20T10:00:00", "2025-09-20", "2025-10-19")
    f = mail("l19-cancelei-e-cobraram", "Fábio Ramos <fabio.ramos@ramosfitness.com.br>", LO,
             "Cobrança indevida", "2025-09-22 12:00 -0300",
             "Olá. Cancelei o plano no dia 14/09 pelo próprio sistema (tenho o print) e mesmo assim no dia 20 "
             "veio mais uma cobrança, fatura LO-INV-77262. Peço o estorno dessa cobrança indevida.\n\nFábio Ramos")
    case("l19-charged-after-cancel", [f], "leadsoptima", "decided", [D("refund", "escalate")],
         spec="charged after cancelling = billing_error (L2); charge 2025-09-20, request day 2 -> L5 escalate")

    # l20 HTML-only Apple Mail, access failure outside the window
    cust("estudio@fotoluz.com.br", "monthly", cps="2025-08-31", cpe="2025-09-30", name="Estúdio Fotoluz")
    sub("pay_pt_7271", "LO-INV-77271", "estudio@fotoluz.com.br", "monthly", "2025-08-31T10:00:00", "2025-08-31", "2025-09-30")
    html = ("<html><head><meta http-equiv='Content-Type' content='text/html; charset=utf-8'></head>"
            "<body style='word-wrap: break-word;'><div>Olá equipe LeadsOptima,</div><div><br></div>"
            "<div>Desde o começo do mês a plataforma não carrega pra mim, só fica a tela branca. Paguei dia 31/08 "
            "(fatura LO-INV-77271) e praticamente não usei. Quero o reembolso.</div><div><br></div>"
            "<div>Enviado do meu iPad</div><div>Carla - Estúdio Fotoluz</div></body></html>")
    f = mail("l20-html-fora-prazo", "Estúdio Fotoluz <estudio@fotoluz.com.br>", LO,
             "Plataforma não carrega", "2025-09-18 10:00 -0300", None, html=html)
    case("l20-html-access-outside", [f], "leadsoptima", "decided", [D("refund", "deny")],
         spec="HTML-only; access_failure but charge 2025-08-31, request 2025-09-18 = day 18 > 7 -> deny L3")

    # l21 three identical charges over a week: only the one inside the window
    cust("henrique.barros@barrospet.com.br", "monthly", cps="2025-09-15", cpe="2025-10-14", name="Henrique Barros")
    sub("pay_pt_7281", "LO-INV-77281", "henrique.barros@barrospet.com.br", "monthly", "2025-09-15T10:00:00", "2025-09-15", "2025-10-14")
    sub("pay_pt_7282", "LO-INV-77282", "henrique.barros@barrospet.com.br", "monthly", "2025-09-16T10:00:00", "2025-09-15", "2025-10-14")
    sub("pay_pt_7283", "LO-INV-77283", "henrique.barros@barrospet.com.br", "monthly", "2025-09-23T10:00:00", "2025-09-15", "2025-10-14")
    f = mail("l21-tres-cobrancas", "Henrique Barros <henrique.barros@barrospet.com.br>", LO,
             "3 cobranças da mesma mensalidade", "2025-09-24 09:00 -0300",
             "Olá, a mensalidade de setembro foi cobrada três vezes: dia 15, dia 16 e de novo ontem, dia 23 "
             "(LO-INV-77281, LO-INV-77282 e LO-INV-77283). Quero o reembolso das cobranças repetidas.\n\n"
             "Henrique\nBarros Pet Shop")
    case("l21-three-charges-window", [f], "leadsoptima", "decided", [D("refund", "approve", "1499.00")],
         spec="three identical charges, same period 2025-09-15..2025-10-14 (section 8): duplicates are 09-16 (request "
              "2025-09-24 17:30 IST = day 8, outside L3) and 09-23 (day 1, inside) -> refund only 1499.00")

    # l22 cancel, Portugal wording (anular a subscrição)
    cust("ines.valente@valentecatering.pt", "monthly", cps="2025-09-12", cpe="2025-10-11", name="Inês Valente")
    sub("pay_pt_7291", "LO-INV-77291", "ines.valente@valentecatering.pt", "monthly", "2025-09-12T10:00:00", "2025-09-12", "2025-10-11")
    f = mail("l22-anular-subscricao", "Inês Valente <ines.valente@valentecatering.pt>", LO,
             "Anular subscrição", "2025-09-30 18:00 +0100",
             "Olá,\n\nPretendo anular a minha subscrição mensal. A empresa vai mudar de ramo e deixa de precisar "
             "da ferramenta. Agradeço que me confirmem a data até à qual a conta fica activa.\n\nObrigada,\nInês Valente")
    case("l22-cancel-portugal", [f], "leadsoptima", "decided", [D("cancellation", "cancel", eff="2025-10-11")],
         spec="L8 cancel effective current_period_end 2025-10-11")

    # l23 Angola, casual cancel with typos, from the registered address
    cust("kiame.dasilva@gmail.com", "quarterly", cps="2025-08-01", cpe="2025-10-31", name="Kiame da Silva")
    sub("pay_pt_7301", "LO-INV-77301", "kiame.dasilva@gmail.com", "quarterly", "2025-08-01T10:00:00", "2025-08-01", "2025-10-31")
    f = mail("l23-angola", "Kiame da Silva <kiame.dasilva@gmail.com>", LO,
             "cancelamento do plano", "2025-09-27 11:00 +0100",
             "Bom dia. Venho pedir o cancelamento do meu plano trimestal, a minha empresa aqui em luanda ja nao "
             "vai continuar com as campanhas online este ano. Obrigado pela atençao.\nKiame")
    case("l23-cancel-angola", [f], "leadsoptima", "decided", [D("cancellation", "cancel", eff="2025-10-31")],
         spec="L8 cancel effective current_period_end 2025-10-31 (typo 'trimestal' does not matter: the plan is on record)")

    # l24 trial, asks money back -> deny L7
    cust("nathalia.prado@pradoestetica.com.br", "monthly", status="trial", trial_ends="2025-10-04", name="Nathália Prado")
    f = mail("l24-teste-gratis", "Nathália Prado <nathalia.prado@pradoestetica.com.br>", LO,
             "devolução", "2025-09-29 13:00 -0300",
             "Oi, to no teste grátis e não gostei, não é pra mim. Quero a devolução do dinheiro, por favor. Obrigada")
    case("l24-trial-refund", [f], "leadsoptima", "decided", [D("refund", "deny")],
         spec="trial account with no charges -> L7 deny (no billing unless they subscribe)")


# ---------------------------------------------------------------- Optima WebDesign
def optima():
    # o01 deposit (sinal) at 49.5 h, Brazil -> approve
    proj("Site Pousada Maré Alta", "reservas@pousadamarealta.com.br")
    opay("pay_pt_8001", "OWD-2025-701", "Site Pousada Maré Alta", "deposit", "35000.00", "6300.00", "2025-09-22T15:00:00")
    f = mail("o01-sinal-49h", "Pousada Maré Alta <reservas@pousadamarealta.com.br>", OWD,
             "Refund Request — Site Pousada Maré Alta / OWD-2025-701", "2025-09-24 08:00 -0300",
             "Olá, equipe Optima!\n\nPagamos o sinal do site da Pousada Maré Alta anteontem (OWD-2025-701). "
             "Infelizmente a pousada foi colocada à venda pelos sócios e não vamos mais investir no site agora. "
             "Como ainda não começaram, pedimos a devolução do sinal.\n\nUm abraço,\nCecília\nPousada Maré Alta - Paraty")
    case("o01-deposit-49h", [f], "optima_webdesign", "decided", [D("refund", "approve", "35000.00")], extra_ok=True,
         spec="O2: paid 2025-09-22 15:00 IST; request 2025-09-24 16:30 IST = 49.5 h < 72 h, no work started -> "
              "approve 35000.00 (tax not refunded, C6)")

    # o02 deposit at 73.5 h, Portugal -> deny
    proj("Loja Online Azulejos Lusos", "geral@azulejoslusos.pt")
    opay("pay_pt_8002", "OWD-2025-702", "Loja Online Azulejos Lusos", "deposit", "26000.00", "4680.00", "2025-09-20T09:00:00")
    f = mail("o02-sinal-73h", "Azulejos Lusos <geral@azulejoslusos.pt>", OWD,
             "Devolução do sinal - Loja Online Azulejos Lusos", "2025-09-23 06:00 +0100",
             "Bom dia,\n\nPagámos no sábado o sinal da loja online (fatura OWD-2025-702). Entretanto a fábrica "
             "decidiu vender só a revendedores, pelo que a loja deixou de fazer sentido. Pedimos a devolução do "
             "sinal, uma vez que ainda estamos dentro das 72 horas.\n\nCom os melhores cumprimentos,\nAntónio Lopes")
    case("o02-deposit-73h", [f], "optima_webdesign", "decided", [D("refund", "deny")], extra_ok=True,
         spec="O2: paid 2025-09-20 09:00 IST; Date 2025-09-23 06:00 +0100 = 10:30 IST = 73.5 h >= 72 h -> deny")

    # o03 discovery, nothing started -> approve
    proj("Identidade Visual Café Cerrado", "cafecerrado.contato@gmail.com")
    opay("pay_pt_8003", "OWD-2025-703", "Identidade Visual Café Cerrado", "discovery", "15000.00", "2700.00", "2025-09-24T10:00:00")
    f = mail("o03-discovery-nao-iniciado", "Café Cerrado <cafecerrado.contato@gmail.com>", OWD,
             "reembolso da fase de descoberta", "2025-09-26 19:00 -0300",
             "Boa noite! Pagamos a fase de descoberta da Identidade Visual Café Cerrado (OWD-2025-703) mas ainda "
             "não marcamos nenhuma reunião. Meu sócio saiu da sociedade e o projeto vai ficar parado, então "
             "gostaríamos do reembolso.\n\nValeu,\nDaniel")
    case("o03-discovery-not-started", [f], "optima_webdesign", "decided", [D("refund", "approve", "15000.00")],
         spec="O1: work_started_at empty -> refundable in full, 15000.00 before tax")

    # o04 discovery started -> deny
    proj("Portal Cooperativa Agrícola Vale Verde", "ti@coopvaleverde.com.br", ws="2025-09-15T10:00:00")
    opay("pay_pt_8004", "OWD-2025-704", "Portal Cooperativa Agrícola Vale Verde", "discovery", "20000.00", "3600.00", "2025-09-12T10:00:00")
    f = mail("o04-discovery-iniciado", "TI Coop Vale Verde <ti@coopvaleverde.com.br>", OWD,
             "Cancelamento e reembolso - Portal Cooperativa Agrícola Vale Verde", "2025-09-25 10:00 -0300",
             "Prezados,\n\nApós o workshop de descoberta (fatura OWD-2025-704) a diretoria decidiu não seguir com o "
             "portal neste ano fiscal. Solicitamos o reembolso do valor pago.\n\nAtenciosamente,\nEquipe de TI")
    case("o04-discovery-started", [f], "optima_webdesign", "decided", [D("refund", "deny")], extra_ok=True,
         spec="O1: workshop started 2025-09-15, before the request -> deny")

    # o05 milestone not started, amount with paise
    proj("App Delivery Sabor Mineiro", "socios@sabormineiro.com.br")
    opay("pay_pt_8005", "OWD-2025-705", "App Delivery Sabor Mineiro", "milestone", "27500.50", "4950.09",
         "2025-09-05T10:00:00", milestone_status="not_started")
    f = mail("o05-marco-nao-iniciado", "Sabor Mineiro <socios@sabormineiro.com.br>", OWD,
             "Reembolso da etapa 3 - App Delivery Sabor Mineiro", "2025-09-23 14:00 -0300",
             "Oi pessoal, a etapa 3 do App Delivery Sabor Mineiro (módulo de fidelidade, fatura OWD-2025-705) a "
             "gente decidiu tirar do escopo, o iFood já faz isso pra nós. Como vocês ainda não começaram essa "
             "etapa, queremos o reembolso dela.\n\nAbs\nWellington")
    case("o05-milestone-not-started", [f], "optima_webdesign", "decided", [D("refund", "approve", "27500.50")],
         spec="O3: milestone not_started -> approve its amount 27500.50 before tax")

    # o06 milestone completed -> deny
    proj("Site Institucional Construtora Alicerce", "marketing@construtoraalicerce.com.br")
    opay("pay_pt_8006", "OWD-2025-706", "Site Institucional Construtora Alicerce", "milestone", "22000.00", "3960.00",
         "2025-08-25T10:00:00", milestone_status="completed")
    f = mail("o06-marco-concluido", "Marketing Alicerce <marketing@construtoraalicerce.com.br>", OWD,
             "Reembolso layout", "2025-09-22 10:00 -0300",
             "Bom dia. O layout do Site Institucional Construtora Alicerce (etapa 1, OWD-2025-706) foi entregue, mas "
             "o novo diretor não gostou do resultado. Solicitamos o reembolso dessa etapa.\n\nAtt.\nMarketing")
    case("o06-milestone-completed", [f], "optima_webdesign", "decided", [D("refund", "deny")],
         spec="O3/O6: completed milestone -> deny")

    # o07 milestone in progress -> escalate
    proj("E-commerce Moda Praia Iemanjá", "loja@modapraiaiemanja.com.br")
    opay("pay_pt_8007", "OWD-2025-707", "E-commerce Moda Praia Iemanjá", "milestone", "32000.00", "5760.00",
         "2025-09-12T10:00:00", milestone_status="in_progress")
    f = mail("o07-marco-em-andamento", "Moda Praia Iemanjá <loja@modapraiaiemanja.com.br>", OWD,
             "Parar etapa 2 e reembolso", "2025-09-27 11:00 -0300",
             "Olá! Precisamos parar a etapa 2 do E-commerce Moda Praia Iemanjá (OWD-2025-707) porque a coleção "
             "de verão foi cancelada pelo fornecedor. Sei que já começaram, mas pedimos o reembolso do que "
             "ainda não foi feito.\n\nBeijos,\nJuliana")
    case("o07-milestone-in-progress", [f], "optima_webdesign", "decided", [D("refund", "escalate")], extra_ok=True,
         spec="O3: milestone in_progress -> escalate")

    # o08 retainer, notice exactly on the cut-off date -> cancel day before next billing
    proj("Gestão de Redes Sociais Padaria Trigo", "padariatrigo@gmail.com")
    opay("pay_pt_8008", "OWD-2025-708", "Gestão de Redes Sociais Padaria Trigo", "retainer", "8500.00", "1530.00",
         "2025-09-05T10:00:00", period_start="2025-09-05", period_end="2025-10-04", next_billing_at="2025-10-05T00:00:00")
    f = mail("o08-retainer-7dias", "Padaria Trigo <padariatrigo@gmail.com>", OWD,
             "Cancelar gestão de redes sociais", "2025-09-28 10:00 -0300",
             "Oi, tudo bem? Quero cancelar o retainer de Gestão de Redes Sociais Padaria Trigo (última fatura "
             "OWD-2025-708). Minha sobrinha vai cuidar do Instagram da padaria daqui pra frente.\n\nDona Lourdes")
    case("o08-retainer-exact-cutoff", [f], "optima_webdesign", "decided", [D("cancellation", "cancel", eff="2025-10-04")],
         spec="O4: next_billing_at 2025-10-05, cut-off 2025-09-28; request 2025-09-28 18:30 IST is on the cut-off "
              "('on or before', section 1) -> cancel effective 2025-10-04")

    # o09 retainer, short notice -> next cycle billed
    proj("Suporte Técnico Loja Vinhos do Sul", "adm@vinhosdosul.com.br")
    opay("pay_pt_8009", "OWD-2025-709", "Suporte Técnico Loja Vinhos do Sul", "retainer", "6000.00", "1080.00",
         "2025-09-03T10:00:00", period_start="2025-09-03", period_end="2025-10-02", next_billing_at="2025-10-03T00:00:00")
    f = mail("o09-retainer-aviso-curto", "Vinhos do Sul <adm@vinhosdosul.com.br>", OWD,
             "Cancelamento suporte técnico", "2025-09-29 09:00 -0300",
             "Prezados, solicitamos o cancelamento do contrato de Suporte Técnico Loja Vinhos do Sul "
             "(OWD-2025-709). A loja virtual será migrada para a plataforma da distribuidora.\n\nAtenciosamente,\n"
             "Rafael Becker\nVinhos do Sul - Bento Gonçalves/RS")
    case("o09-retainer-short-notice", [f], "optima_webdesign", "decided", [D("cancellation", "cancel", eff="2025-11-02")],
         spec="O4: next_billing_at 2025-10-03, cut-off 2025-09-26; request 2025-09-29 < 7 days -> next cycle "
              "2025-10-03..2025-11-02 billed, effective 2025-11-02")

    # o10 hosting annual within 14 days -> approve prorated
    proj("Hosting Clínica Bem Estar", "ti@clinicabemestar.pt")
    opay("pay_pt_8010", "OWD-2025-710", "Hosting Clínica Bem Estar", "hosting_annual", "24000.00", "4320.00",
         "2025-09-24T10:00:00", setup_fee="3000.00", service_start="2025-09-25")
    f = mail("o10-alojamento-14dias", "TI Clínica Bem Estar <ti@clinicabemestar.pt>", OWD,
             "Cancelamento do alojamento anual e reembolso", "2025-09-26 15:00 +0100",
             "Exmos. Senhores,\n\nContratámos o alojamento anual (Hosting Clínica Bem Estar, fatura OWD-2025-710) há "
             "dois dias. O grupo hospitalar que adquiriu a clínica exige que todos os sistemas fiquem nos seus "
             "servidores. Solicitamos o cancelamento e o reembolso proporcional previsto na vossa política.\n\n"
             "Melhores cumprimentos,\nNuno Ferreira")
    case("o10-hosting-prorated", [f], "optima_webdesign", "decided", [D("refund", "approve", "19250.00")], extra_ok=True,
         spec="O5: service_start 2025-09-25, request day 1; monthly_value = (24000 - 3000)/12 = 1750; "
              "24000 - 3000 - 1750 x 1 = 19250.00")

    # o11 maintenance annual before the service starts -> consumed 1
    proj("Manutenção Site Escola de Música Choro", "secretaria@escolachoro.com.br")
    opay("pay_pt_8011", "OWD-2025-711", "Manutenção Site Escola de Música Choro", "maintenance_annual", "13200.00", "2376.00",
         "2025-09-25T10:00:00", setup_fee="1200.00", service_start="2025-10-10")
    f = mail("o11-manutencao-antes-inicio", "Escola Choro <secretaria@escolachoro.com.br>", OWD,
             "Desistência da manutenção anual", "2025-09-27 10:00 -0300",
             "Olá! Pagamos a manutenção anual do site (Manutenção Site Escola de Música Choro, OWD-2025-711), que só "
             "começa dia 10/10. A escola vai fechar a unidade no fim do ano, então desistimos e pedimos o reembolso.\n\n"
             "Secretaria - Escola de Música Choro")
    case("o11-maintenance-before-start", [f], "optima_webdesign", "decided", [D("refund", "approve", "11000.00")],
         extra_ok=True,
         spec="O5 before the service starts: consumed_months = 1 (section 8); (13200 - 1200)/12 = 1000; "
              "13200 - 1200 - 1000 = 11000.00")

    # o12 maintenance annual on day 15 -> deny
    proj("Manutenção Loja Artesanato Bahia", "artesanatobahia@hotmail.com")
    opay("pay_pt_8012", "OWD-2025-712", "Manutenção Loja Artesanato Bahia", "maintenance_annual", "9600.00", "1728.00",
         "2025-09-12T10:00:00", setup_fee="0.00", service_start="2025-09-12")
    f = mail("o12-manutencao-dia15", "Artesanato Bahia <artesanatobahia@hotmail.com>", OWD,
             "reembolso manutencao", "2025-09-27 09:00 -0300",
             "boa dia, quero cancelar a manutencao anual da Manutenção Loja Artesanato Bahia (OWD-2025-712) e "
             "receber o reembolso, a loja fechou. so faz 2 semanas\n\nMaria do Carmo")
    case("o12-maintenance-day15", [f], "optima_webdesign", "decided", [D("refund", "deny")], extra_ok=True,
         spec="O5: service_start 2025-09-12, request 2025-09-27 17:30 IST = day 15 > 14 -> deny")

    # o13 SSL certificate (third party) -> deny
    proj("Site Advocacia Monteiro", "escritorio@monteiroadv.com.br")
    opay("pay_pt_8013", "OWD-2025-713", "Site Advocacia Monteiro", "third_party", "3500.00", "630.00", "2025-09-25T10:00:00")
    f = mail("o13-ssl", "Escritório Monteiro <escritorio@monteiroadv.com.br>", OWD,
             "Certificado SSL cobrado", "2025-09-26 10:00 -0300",
             "Prezados, foi cobrado o certificado SSL do Site Advocacia Monteiro (OWD-2025-713), mas nossa "
             "hospedagem já oferece SSL gratuito. Solicitamos a devolução desse valor.\n\nAtenciosamente,\n"
             "Dra. Helena Monteiro\nMonteiro Advocacia")
    case("o13-ssl-third-party", [f], "optima_webdesign", "decided", [D("refund", "deny")],
         spec="O6: third_party (SSL) -> never refundable; the sender being a law office is no legal threat")

    # o14 setup fee -> deny
    proj("Plataforma EAD Instituto Saber", "financeiro@institutosaber.pt")
    opay("pay_pt_8014", "OWD-2025-714", "Plataforma EAD Instituto Saber", "setup", "5000.00", "900.00", "2025-09-25T10:00:00")
    f = mail("o14-taxa-ativacao", "Financeiro Instituto Saber <financeiro@institutosaber.pt>", OWD,
             "Taxa de activação", "2025-09-27 10:00 +0100",
             "Boa tarde,\n\nFoi-nos cobrada a taxa de activação da Plataforma EAD Instituto Saber (OWD-2025-714). "
             "Como adiámos o arranque da plataforma para 2026, solicitamos o reembolso da mesma.\n\nCumprimentos,\n"
             "Departamento Financeiro")
    case("o14-setup-fee", [f], "optima_webdesign", "decided", [D("refund", "deny")],
         spec="O6: setup/activation fee -> never refundable")

    # o15 change request -> deny
    proj("Site Imobiliária Horizonte", "contato@imobhorizonte.com.br")
    opay("pay_pt_8015", "OWD-2025-715", "Site Imobiliária Horizonte", "change_request", "4800.00", "864.00", "2025-09-24T10:00:00")
    f = mail("o15-alteracao-escopo", "Imobiliária Horizonte <contato@imobhorizonte.com.br>", OWD,
             "Estorno da alteração", "2025-09-25 16:00 -0300",
             "Olá, pagamos a alteração fora do escopo (filtro por bairro) no Site Imobiliária Horizonte, fatura "
             "OWD-2025-715, mas o gerente mudou de ideia e não quer mais o filtro. Pode estornar?\n\nObrigado,\nJefferson")
    case("o15-change-request", [f], "optima_webdesign", "decided", [D("refund", "deny")],
         spec="O6: change request outside the original scope -> never refundable")

    # o16 C2: a colleague writes, contract email is the owner's
    proj("Loja Virtual Ótica Foco", "dono@oticafoco.com.br")
    opay("pay_pt_8016", "OWD-2025-716", "Loja Virtual Ótica Foco", "deposit", "18000.00", "3240.00", "2025-09-29T10:00:00")
    f = mail("o16-outro-remetente", "Vendas Ótica Foco <vendas@oticafoco.com.br>", OWD,
             "Cancelar loja virtual e devolver sinal", "2025-09-30 08:00 -0300",
             "Bom dia, o Sr. Osvaldo pediu para cancelarmos a Loja Virtual Ótica Foco e solicitar a devolução do "
             "sinal (OWD-2025-716), ele decidiu vender só na loja física.\n\nAtt.\nKátia - vendas")
    case("o16-c2-colleague", [f], "optima_webdesign", "need_info", rules=["C2"],
         spec="sender vendas@ is not the contract email dono@ (C2, Optima explicit) -> need_info")

    # o17 chargeback threat on a deposit -> escalate
    proj("Site Academia Força Total", "academiaforcatotal@gmail.com")
    opay("pay_pt_8017", "OWD-2025-717", "Site Academia Força Total", "deposit", "12000.00", "2160.00", "2025-09-10T10:00:00")
    f = mail("o17-chargeback", "Academia Força Total <academiaforcatotal@gmail.com>", OWD,
             "DEVOLUÇÃO DO SINAL", "2025-09-25 20:00 -0300",
             "Paguei o sinal do Site Academia Força Total (OWD-2025-717) faz duas semanas e até agora ninguém me "
             "mandou nada. Quero meu dinheiro de volta, senão vou contestar a compra no cartão (chargeback) e "
             "colocar vcs no Reclame Aqui.\n\nMarcelo")
    case("o17-chargeback-c4", [f], "optima_webdesign", "decided", [D("refund", "escalate")], rules=["C4"], extra_ok=True,
         spec="chargeback threat -> C4 escalate (the deposit would otherwise be denied after 72 h)")

    # o18 Portugal: DECO / Livro de Reclamações / lawyer on a retainer cancellation -> escalate
    proj("Marketing Digital Quinta do Vale", "quintadovale@sapo.pt")
    opay("pay_pt_8018", "OWD-2025-718", "Marketing Digital Quinta do Vale", "retainer", "10000.00", "1800.00",
         "2025-09-01T10:00:00", period_start="2025-09-01", period_end="2025-09-30", next_billing_at="2025-10-01T00:00:00")
    f = mail("o18-advogado-deco", "Quinta do Vale <quintadovale@sapo.pt>", OWD,
             "Cancelamento do contrato de marketing", "2025-09-27 10:00 +0100",
             "Exmos. Senhores,\n\nPela presente comunico o cancelamento do contrato de Marketing Digital Quinta do "
             "Vale (fatura OWD-2025-718), por incumprimento: há um mês que não publicam nada. Não aceito pagar "
             "outubro. Caso insistam na cobrança, o assunto seguirá para o meu advogado e apresentarei queixa à "
             "DECO e no Livro de Reclamações.\n\nJosé Vale")
    case("o18-lawyer-deco-c4", [f], "optima_webdesign", "decided", [D("cancellation", "escalate")], rules=["C4"],
         extra_ok=True,
         spec="advogado + consumer association threat -> C4 escalates the whole case, the cancellation included "
              "(section 8), although the notice is short (O4)")

    # o19 forward of own earlier mail with no reason -> need_info reason
    proj("Site Loja de Bicicletas Pedal", "pedal.bikes@outlook.com")
    opay("pay_pt_8019", "OWD-2025-719", "Site Loja de Bicicletas Pedal", "retainer", "5500.00", "990.00",
         "2025-09-20T10:00:00", period_start="2025-09-20", period_end="2025-10-19", next_billing_at="2025-10-20T00:00:00")
    f = mail("o19-encaminhado-sem-motivo", "Pedal Bikes <pedal.bikes@outlook.com>", OWD,
             "ENC: Cancelamento Site Loja de Bicicletas Pedal", "2025-09-29 09:00 -0300",
             "Segue abaixo. Favor providenciar.\n\n"
             "________________________________\nDe: Pedal Bikes <pedal.bikes@outlook.com>\n"
             "Enviado: sexta-feira, 26 de setembro de 2025 17:20\nPara: optimawebdesigns12@gmail.com\n"
             "Assunto: Cancelamento Site Loja de Bicicletas Pedal\n\n"
             "Bom dia, solicito o cancelamento do retainer do Site Loja de Bicicletas Pedal, fatura OWD-2025-719.\n"
             "Obrigado\nRoberto\n")
    case("o19-forward-no-reason", [f], "optima_webdesign", "need_info", missing=["reason"],
         spec="forward ('ENC:') read for its request; 'Segue abaixo. Favor providenciar' is a forwarding note, not a "
              "reason (section 8); Optima requires a reason for cancellations -> need_info reason")

    # o20 thread: retainer cancellation without reason, answered -> cancel
    proj("SEO Loja Cosméticos Flor de Lis", "contato@flordelis.com.br")
    opay("pay_pt_8020", "OWD-2025-720", "SEO Loja Cosméticos Flor de Lis", "retainer", "7500.00", "1350.00",
         "2025-09-18T10:00:00", period_start="2025-09-18", period_end="2025-10-17", next_billing_at="2025-10-18T00:00:00")
    f1 = mail("o20a-cancelar", "Flor de Lis Cosméticos <contato@flordelis.com.br>", OWD,
              "Cancelamento SEO Loja Cosméticos Flor de Lis - OWD-2025-720", "2025-09-24 10:00 -0300",
              "Olá, por favor cancelem o SEO da Loja Cosméticos Flor de Lis (OWD-2025-720).\n\nAtt,\nLarissa")
    f2 = mail("o20b-motivo", "Flor de Lis Cosméticos <contato@flordelis.com.br>", OWD,
              "Re: Cancelamento SEO Loja Cosméticos Flor de Lis - OWD-2025-720", "2025-09-25 09:00 -0300",
              "Oi! O motivo é que vamos investir só em anúncios pagos a partir de outubro, o SEO não trouxe o "
              "retorno esperado.\n\nLarissa\n\nEm qua., 24 de set. de 2025 às 19:30, Optima WebDesign escreveu:\n"
              "> Pode nos informar o motivo do cancelamento?", parent="o20a-cancelar")
    case("o20-thread-reason-cancel", [f1, f2], "optima_webdesign", "decided",
         [D("cancellation", "cancel", eff="2025-10-17")],
         spec="C3: reason asked and answered; request time = first email 2025-09-24 18:30 IST; next_billing_at "
              "2025-10-18, cut-off 2025-10-11 -> O4 cancel effective 2025-10-17")

    # o21 question -> other
    proj("Loja Virtual Empório Nordeste", "emporionordeste@gmail.com")
    f = mail("o21-pergunta-pix", "Empório Nordeste <emporionordeste@gmail.com>", OWD,
             "Pix na loja", "2025-09-29 15:00 -0300",
             "Olá! Dá pra incluir pagamento por Pix na Loja Virtual Empório Nordeste? Quanto custaria a mais?\n\nEdvaldo")
    case("o21-question-other", [f], "optima_webdesign", "other",
         spec="a question about a new feature: neither refund nor cancellation -> other")

    # o22 deposit payment failed -> escalate
    proj("Site Clínica Veterinária Amigo Fiel", "clinica@amigofiel.vet.br")
    opay("pay_pt_8021", "OWD-2025-721", "Site Clínica Veterinária Amigo Fiel", "deposit", "14000.00", "2520.00",
         "2025-09-28T10:00:00", status="failed")
    f = mail("o22-pagamento-falhou", "Clínica Amigo Fiel <clinica@amigofiel.vet.br>", OWD,
             "Reembolso do sinal - Site Clínica Veterinária Amigo Fiel", "2025-09-29 10:00 -0300",
             "Bom dia, o banco diz que o pagamento do sinal (OWD-2025-721) não foi concluído, mas o valor saiu da "
             "conta. Como desistimos do site (a clínica foi vendida), pedimos a devolução.\n\nDr. Caio")
    case("o22-failed-payment", [f], "optima_webdesign", "decided", [D("refund", "escalate")], extra_ok=True,
         spec="payment status failed: a refund of a payment not 'paid' is escalate (section 8)")


# ---------------------------------------------------------------- hard / cross-cutting
def hard():
    # h01 DSN (RFC 3464) from postmaster
    msg_from = "postmaster@sapo.pt"
    f = mail("h01-dsn", f"Mail Delivery System <{msg_from}>", OWD,
             "Mensagem não entregue: Cancelamento", "2025-09-26 03:00 +0100",
             "Esta é uma mensagem automática do sistema de correio.\n\nNão foi possível entregar a sua mensagem a "
             "um ou mais destinatários:\n\n  joao.antigo@sapo.pt\n    550 5.1.1 User unknown\n",
             headers={"Auto-Submitted": "auto-generated"})
    case("h01-dsn-postmaster", [f], "optima_webdesign", "ignore", rules=["C7"],
         spec="postmaster sender, Auto-Submitted: auto-generated, delivery failure report -> C7 ignore")

    # h02 payment gateway notification, auto-generated
    f = mail("h02-notificacao-gateway", "PagFácil Notificações <nao-responda@pagfacil.com.br>", LO,
             "Estorno processado - transação 88812", "2025-09-27 04:00 -0300",
             "Olá, o estorno da transação 88812 foi processado com sucesso. Esta é uma mensagem automática, "
             "não responda.", headers={"Auto-Submitted": "auto-generated", "Precedence": "bulk"})
    case("h02-gateway-notification", [f], "leadsoptima", "ignore", rules=["C7"],
         spec="Auto-Submitted: auto-generated and Precedence: bulk -> C7 ignore")

    # h03 mailing list
    f = mail("h03-lista", "Grupo Empreendedores SP <empreendedores-sp@googlegroups.com>", LO,
             "[empreendedores-sp] alguém já pediu reembolso na LeadsOptima?", "2025-09-24 12:00 -0300",
             "Pessoal, alguém aqui já conseguiu reembolso com a LeadsOptima? Quero cancelar o meu plano.\n\n"
             "--\nVocê está recebendo esta mensagem porque se inscreveu no grupo empreendedores-sp.",
             headers={"List-Id": "<empreendedores-sp.googlegroups.com>", "Precedence": "list"})
    case("h03-mailing-list", [f], "leadsoptima", "ignore", rules=["C7"],
         spec="List-Id / Precedence: list -> C7 ignore, whatever it says")

    # h04 unknown sender at Optima
    f = mail("h04-desconhecido", "Sandro Vieira <sandro.vieira.consultor@gmail.com>", OWD,
             "Reembolso projeto", "2025-09-28 11:00 -0300",
             "Olá, quero o reembolso do projeto Site Vieira Consultoria, fatura OWD-2025-799, pois o trabalho não "
             "começou e desisti da consultoria.\n\nSandro")
    case("h04-unknown-sender-optima", [f], "optima_webdesign", "need_info", rules=["C2"],
         spec="no project/payment on record for this sender, project or invoice -> never approve; unknown sender "
              "(C2, C3)",
         ambiguous="an unknown project with a stated invoice could also be escalated ('no matching record is "
                   "escalated'); C2 need_info chosen because the sender is not on record")

    # h05 LeadsOptima customer writes to Optima
    f = mail("h05-marca-errada", "Thiago Moura <thiago.moura@mouraimoveis.com.br>", OWD,
             "cancelar plano mensal", "2025-09-29 10:00 -0300",
             "Olá, quero cancelar meu plano mensal da plataforma de leads, não vamos mais usar.\n\nThiago")
    case("h05-other-brand", [f], "optima_webdesign", "need_info", rules=["C2"],
         spec="C1: To picks Optima WebDesign; the sender has no Optima project (section 8 'The other brand's customer') "
              "-> C2, C3")

    # h06 Portuguese+English mix, case-insensitive registered address, duplicate via Reply-To irrelevant
    cust("Sergio.Antunes@AntunesDistribuicao.pt", "monthly", cps="2025-09-26", cpe="2025-10-25", name="Sérgio Antunes")
    sub("pay_pt_7311", "LO-INV-77311", "Sergio.Antunes@AntunesDistribuicao.pt", "monthly", "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
    sub("pay_pt_7312", "LO-INV-77312", "Sergio.Antunes@AntunesDistribuicao.pt", "monthly", "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
    f = mail("h06-maiusculas", "Sergio Antunes <sergio.antunes@antunesdistribuicao.pt>", LO,
             "double charge / débito em duplicado", "2025-09-29 09:00 +0100",
             "Hello, desculpem o inglês misturado: fomos debitados duas vezes no dia 26 pela mensalidade, same "
             "amount, same period. A fatura duplicada é a LO/INV/77312. Please refund.\n\nSérgio Antunes",
             reply_to="compras@antunesdistribuicao.pt")
    case("h06-case-insensitive-dup", [f], "leadsoptima", "decided", [D("refund", "approve", "1499.00")],
         spec="From matches the registered email case-insensitively (section 8; Reply-To is irrelevant); "
              "'LO/INV/77312' matches LO-INV-77312; pair on 2025-09-26, request day 3 -> L4 approve 1499.00")


if __name__ == "__main__":
    import shutil
    shutil.rmtree(HERE / "emails", ignore_errors=True)
    leadsoptima()
    optima()
    hard()
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids))
    invs = [p["invoice"] for p in LEDGER["payments"]]
    assert len(invs) == len(set(invs))
    (HERE / "ledger.json").write_text(json.dumps(LEDGER, indent=1, ensure_ascii=False) + "\n")
    (HERE / "expected.json").write_text(json.dumps({"cases": CASES}, indent=1, ensure_ascii=False) + "\n")
    print(len(CASES), "cases")
