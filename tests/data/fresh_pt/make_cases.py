"""Fresh held-out round, Portuguese (pt): writes ledger.json, emails/*.eml and expected.json here.

Written by the QA pass from POLICY_SPEC.md alone (MIT, like the project). Deterministic: no randomness.
Run: python3 make_cases.py
"""
import json
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANG = "pt"
LO_TO = "support@leadsoptima.com"
OWD_TO = "optimawebdesigns12@gmail.com"


def tz(hours, minutes=0):
    return timezone(timedelta(hours=hours, minutes=minutes))


IST = tz(5, 30)
BR = tz(-3)       # Brasilia (no DST)
PT = tz(1)        # Lisbon, summer time
UTC = timezone.utc

customers, projects, payments = [], [], []
cases = []


def lo_customer(email, name, plan, status="active", start=None, end=None, trial_ends=None):
    customers.append({"brand": "leadsoptima", "email": email, "name": name, "plan": plan, "status": status,
                      "trial_ends": trial_ends, "current_period_start": start, "current_period_end": end})


def lo_pay(pid, invoice, email, plan, amount, paid_at, pstart, pend, tax="0.00", status="paid"):
    payments.append({"brand": "leadsoptima", "id": pid, "invoice": invoice, "customer_email": email,
                     "kind": "subscription", "plan": plan, "amount": amount, "tax": tax, "currency": "INR",
                     "paid_at": paid_at, "period_start": pstart, "period_end": pend, "status": status})


def owd_project(name, email, work_started_at=None):
    projects.append({"brand": "optima_webdesign", "name": name, "contract_email": email,
                     "work_started_at": work_started_at})


def owd_pay(pid, invoice, project, kind, amount, paid_at, tax="0.00", **extra):
    rec = {"brand": "optima_webdesign", "id": pid, "invoice": invoice, "project": project, "kind": kind,
           "amount": amount, "tax": tax, "currency": "INR", "paid_at": paid_at, "status": "paid",
           "setup_fee": None, "service_start": None, "next_billing_at": None,
           "period_start": None, "period_end": None, "milestone_status": None}
    rec.update(extra)
    payments.append(rec)


def mail(name, frm, to, subject, when, body, html=None, html_only=False, headers=None, reply_to_of=None):
    """Write emails/<name>.eml; returns (relative path, Message-ID)."""
    msg = EmailMessage(policy=SMTP)
    msg["From"] = frm
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(when)
    mid = f"<{name}.{when.strftime('%Y%m%d%H%M')}@mail.fresh-{LANG}.example>"
    msg["Message-ID"] = mid
    if reply_to_of:
        msg["In-Reply-To"] = reply_to_of
        msg["References"] = reply_to_of
    for k, v in (headers or {}).items():
        msg[k] = v
    if html_only:
        msg.set_content(html, subtype="html")
    else:
        msg.set_content(body)
        if html:
            msg.add_alternative(html, subtype="html")
            msg.set_boundary(f"==fresh-{LANG}-{name}==")  # fixed, so the output is deterministic
    path = HERE / "emails" / f"{name}.eml"
    path.write_bytes(msg.as_bytes())
    return f"emails/{name}.eml", mid


def case(cid, files, brand, status, decisions, spec, rules=(), missing=None, extra_ok=False, ambiguous=None):
    c = {"id": cid, "lang": LANG, "files": files, "brand": brand, "status": status, "rules": list(rules)}
    if missing is not None:
        c["missing"] = missing
    c["decisions"] = decisions
    if extra_ok:
        c["extra_ok"] = True
    c["spec"] = spec
    if ambiguous:
        c["ambiguous"] = ambiguous
    cases.append(c)


def d(intent, outcome, amount=None, effective_date=None):
    out = {"intent": intent, "outcome": outcome}
    if outcome == "approve":
        out["amount"] = amount
    if effective_date:
        out["effective_date"] = effective_date
    return out


def build():
    (HERE / "emails").mkdir(exist_ok=True)
    for old in (HERE / "emails").glob("*.eml"):
        old.unlink()


    # ---------------------------------------------------------------- LeadsOptima
    # A. three identical charges -> refund the two duplicates
    lo_customer("thiago.nogueira@nogueiraimoveis.com.br", "Thiago Nogueira", "monthly",
                start="2025-09-24", end="2025-10-23")
    for i, t in enumerate(("18:30:10", "18:30:40", "18:31:15")):
        lo_pay(f"fpt_p0{i + 1}", f"LO-INV-7200{i + 1}", "thiago.nogueira@nogueiraimoveis.com.br", "monthly", "1499.00",
               f"2025-09-24T{t}", "2025-09-24", "2025-10-23", tax="269.82")
    f, _ = mail("l4-tres-cobrancas", "Thiago Nogueira <thiago.nogueira@nogueiraimoveis.com.br>", LO_TO,
                "Cobraram 3 vezes a mensalidade!!", datetime(2025, 9, 26, 14, 10, tzinfo=BR),
                "Boa tarde pessoal,\n\nVocês me cobraram TRÊS vezes a mensalidade no dia 24/09: além da LO-INV-72001, que é a certa, "
                "vieram as faturas LO-INV-72002 e LO-INV-72003, duas cobranças duplicadas de ₹ 1.768,82 cada. Quero o estorno das duas cobranças a mais.\n\n"
                "Abs,\nThiago Nogueira\nNogueira Imóveis – CRECI 55.123-F\n")
    case("fpt-l4-tres-cobrancas", [f], "leadsoptima", "decided", [d("refund", "approve", "2998.00")],
         "L2 duplicate_payment; three paid monthly charges 1499.00 on 2025-09-24, same period; section 8: every "
         "charge after the first is a duplicate and the refund is the sum inside the L3 window: request 2025-09-26 "
         "22:40 IST = day 2 -> 1499.00 + 1499.00 = 2998.00 (before tax)")

    # B. ledger time with an offset: charge 2025-09-19T20:00Z = 2025-09-20 01:30 IST; request day 7 -> approve
    lo_customer("ines.carvalho@carvalho-arquitetos.pt", "Inês Carvalho", "annual", start="2025-09-20", end="2026-09-19")
    lo_pay("fpt_p04", "LO-INV-72004", "ines.carvalho@carvalho-arquitetos.pt", "annual", "11988.00",
           "2025-09-19T20:00:00Z", "2025-09-20", "2026-09-19")
    lo_pay("fpt_p05", "LO-INV-72005", "ines.carvalho@carvalho-arquitetos.pt", "annual", "11988.00",
           "2025-09-19T20:02:00Z", "2025-09-20", "2026-09-19")
    f, _ = mail("l3-dia7-fuso", "Inês Carvalho <ines.carvalho@carvalho-arquitetos.pt>", LO_TO,
                "Pagamento em duplicado - plano anual", datetime(2025, 9, 27, 18, 0, tzinfo=PT),
                "Boa tarde,\n\nReparei hoje que o plano anual foi debitado duas vezes no cartão da empresa "
                "(o segundo débito tem a fatura LO INV 72005). Agradeço que procedam à devolução do pagamento "
                "em duplicado com a maior brevidade.\n\nCom os melhores cumprimentos,\nInês Carvalho\n"
                "Carvalho Arquitetos, Lda. · Porto\n")
    case("fpt-l3-dia7-fuso", [f], "leadsoptima", "decided", [d("refund", "approve", "11988.00")],
         "Section 8: ledger times with an offset are converted to the brand's zone: 2025-09-19T20:00Z = 2025-09-20 "
         "01:30 IST, so day 0 is 2025-09-20; Date Sat 27 Sep 18:00 +0100 = 2025-09-27 22:30 IST = day 7, inside (L3); "
         "L4 approve 11988.00 (counting from the UTC date 2025-09-19 would wrongly give day 8)")

    # C. too expensive -> deny L1
    lo_customer("renata.farias@gmail.com", "Renata Farias", "quarterly", start="2025-09-22", end="2025-12-21")
    lo_pay("fpt_p06", "LO-INV-72006", "renata.farias@gmail.com", "quarterly", "3999.00", "2025-09-22T09:00:00",
           "2025-09-22", "2025-12-21", tax="719.82")
    f, _ = mail("l1-caro-demais", "Renata Farias <renata.farias@gmail.com>", LO_TO,
                "reembolso trimestral", datetime(2025, 9, 25, 20, 30, tzinfo=BR),
                "oi, tudo bem?\n\nrenovou o meu plano trimestral (fatura LO-INV-72006) e sinceramente achei caro "
                "demais pro que eu uso, a concorrência cobra metade. queria o dinheiro de volta por favor\n\n"
                "obg\nRenata\n\nEnviado do meu Galaxy\n")
    case("fpt-l1-caro-demais", [f], "leadsoptima", "decided", [d("refund", "deny")],
         "Reason 'achei caro demais' is not an L2 exception -> L1 deny, reply offers cancellation")

    # D. billing error but outside the window -> deny L3
    lo_customer("paulo.mendes@mendesauto.com.br", "Paulo Mendes", "monthly", start="2025-09-10", end="2025-10-09")
    lo_pay("fpt_p07", "LO-INV-72007", "paulo.mendes@mendesauto.com.br", "monthly", "1499.00", "2025-09-10T10:00:00",
           "2025-09-10", "2025-10-09", tax="269.82")
    f, _ = mail("l3-erro-fora-do-prazo", "Paulo Mendes <paulo.mendes@mendesauto.com.br>", LO_TO,
                "Valor errado na fatura LO-INV-72007", datetime(2025, 9, 22, 9, 0, tzinfo=BR),
                "Prezados,\n\nSó agora o financeiro percebeu que a fatura LO-INV-72007 do dia 10 de setembro veio com "
                "valor errado: o nosso plano mensal era com desconto de lançamento. Solicito o reembolso da "
                "diferença.\n\nAtenciosamente,\nPaulo Mendes\nMendes Auto Peças Ltda.\n")
    case("fpt-l3-erro-fora-do-prazo", [f], "leadsoptima", "decided", [d("refund", "deny")],
         "L2 billing_error ('valor errado'), charge 2025-09-10, request 2025-09-22 17:30 IST = day 12 > 7 -> L3 deny")

    # E. cancellation, annual, negation of refund, mixed English
    lo_customer("juliana.prado@pradoeventos.com.br", "Juliana Prado", "annual", start="2025-03-15", end="2026-03-14")
    lo_pay("fpt_p08", "LO-INV-72008", "juliana.prado@pradoeventos.com.br", "annual", "11988.00",
           "2025-03-15T10:00:00", "2025-03-15", "2026-03-14")
    f, _ = mail("l8-cancelar-anual", "Juliana Prado <juliana.prado@pradoeventos.com.br>", LO_TO,
                "Cancel my plan / cancelar plano", datetime(2025, 9, 23, 11, 45, tzinfo=BR),
                "Hi team, tudo bem?\n\nPreciso cancelar o plano anual, a agência vai usar a ferramenta do nosso "
                "novo cliente. Não estou pedindo reembolso, sei que o ano já está pago, só não quero renovação "
                "automática em março.\n\nThanks!\nJu Prado\nPrado Eventos | São Paulo\n")
    case("fpt-l8-cancelar-anual", [f], "leadsoptima", "decided",
         [d("cancellation", "cancel", effective_date="2026-03-14")],
         "Cancellation; 'Não estou pedindo reembolso' adds no refund intent; L8 effective_date = current_period_end "
         "2026-03-14")

    # F. cancel + refund of unused days -> refund deny L1, cancellation at period end
    lo_customer("rui.tavares@tavares-contabilidade.pt", "Rui Tavares", "monthly", start="2025-09-18", end="2025-10-17")
    lo_pay("fpt_p09", "LO-INV-72009", "rui.tavares@tavares-contabilidade.pt", "monthly", "1499.00",
           "2025-09-18T10:00:00", "2025-09-18", "2025-10-17", tax="269.82")
    f, _ = mail("l1-l8-dias-nao-usados", "Rui Tavares <rui.tavares@tavares-contabilidade.pt>", LO_TO,
                "Cancelamento e devolução", datetime(2025, 9, 24, 10, 0, tzinfo=PT),
                "Bom dia,\n\nVenho por este meio pedir o cancelamento da subscrição mensal e a devolução dos dias "
                "que não vou utilizar deste mês (fatura LO-INV-72009). O gabinete vai fechar no fim do mês por "
                "reforma do sócio-gerente.\n\nCumprimentos,\nRui Tavares\nTOC n.º 71234\n")
    case("fpt-l1-l8-dias-nao-usados", [f], "leadsoptima", "decided",
         [d("refund", "deny"), d("cancellation", "cancel", effective_date="2025-10-17")],
         "Both intents: refund of unused days -> L1 deny ('no partial refunds for unused days'); cancellation -> L8 "
         "effective current_period_end 2025-10-17")

    # G. access failure, HTML-only -> escalate
    lo_customer("camila.rezende@rezendeodonto.com.br", "Camila Rezende", "monthly", start="2025-09-25", end="2025-10-24")
    lo_pay("fpt_p10", "LO-INV-72010", "camila.rezende@rezendeodonto.com.br", "monthly", "1499.00",
           "2025-09-25T19:00:00", "2025-09-25", "2025-10-24", tax="269.82")
    html = ("<html><body><div dir=\"ltr\">Olá,<div><br></div><div>Desde sábado <b>não consigo fazer login</b> na "
            "plataforma, aparece &quot;sessão expirada&quot; e volta pra tela inicial. Já limpei cache, troquei de "
            "navegador, nada. O suporte no chat não resolveu.</div><div><br></div><div>Paguei a mensalidade dia 25 "
            "(fatura LO-INV-72010) e não consegui usar. Quero o reembolso.</div><div><br></div><div>--<br>Dra. "
            "Camila Rezende<br>Rezende Odontologia – Belo Horizonte</div></div></body></html>")
    f, _ = mail("l6-nao-consigo-logar", "Camila Rezende <camila.rezende@rezendeodonto.com.br>", LO_TO,
                "Sem acesso à plataforma", datetime(2025, 9, 29, 8, 30, tzinfo=BR), None, html=html, html_only=True)
    case("fpt-l6-nao-consigo-logar", [f], "leadsoptima", "decided", [d("refund", "escalate")],
         "L2 access_failure ('não consigo fazer login'); charge 2025-09-25, request 2025-09-29 17:00 IST = day 4; L6 "
         "escalate. HTML-only mail")

    # H. duplicate whose second charge is already refunded -> escalate
    lo_customer("andre.sousa@sousaengenharia.pt", "André Sousa", "quarterly", start="2025-09-23", end="2025-12-22")
    lo_pay("fpt_p11", "LO-INV-72011", "andre.sousa@sousaengenharia.pt", "quarterly", "3999.00", "2025-09-23T10:00:00",
           "2025-09-23", "2025-12-22", tax="719.82")
    lo_pay("fpt_p12", "LO-INV-72012", "andre.sousa@sousaengenharia.pt", "quarterly", "3999.00", "2025-09-23T10:01:00",
           "2025-09-23", "2025-12-22", tax="719.82", status="refunded")
    f, _ = mail("l4-ja-estornado", "André Sousa <andre.sousa@sousaengenharia.pt>", LO_TO,
                "Débito em duplicado LO-INV-72012", datetime(2025, 9, 27, 9, 30, tzinfo=PT),
                "Olá,\n\nFui cobrado duas vezes pelo trimestre no dia 23 (a segunda cobrança é a LO-INV-72012). "
                "Peço a devolução desse segundo débito.\n\nObrigado,\nAndré Sousa\n")
    case("fpt-l4-ja-estornado", [f], "leadsoptima", "decided", [d("refund", "escalate")],
         "L2 duplicate_payment, day 4; but the named charge LO-INV-72012 has status 'refunded' (section 8: a refund of "
         "a payment not 'paid' is escalated) and there is no pair of two paid charges (L4: escalate)")

    # I. +tag address -> C2
    lo_customer("mariana.lopes.mkt@gmail.com", "Mariana Lopes", "monthly", start="2025-09-12", end="2025-10-11")
    lo_pay("fpt_p13", "LO-INV-72013", "mariana.lopes.mkt@gmail.com", "monthly", "1499.00", "2025-09-12T10:00:00",
           "2025-09-12", "2025-10-11", tax="269.82")
    f, _ = mail("c2-endereco-com-tag", "Mariana Lopes <mariana.lopes.mkt+leadsoptima@gmail.com>", LO_TO,
                "cancelamento", datetime(2025, 9, 28, 16, 0, tzinfo=BR),
                "Oi! Quero cancelar minha assinatura mensal, não preciso mais. Valeu!\n\nMari\n")
    case("fpt-c2-endereco-com-tag", [f], "leadsoptima", "need_info", [],
         "Section 8: a +tag makes another address; mariana.lopes.mkt+leadsoptima@gmail.com is not the registered "
         "mariana.lopes.mkt@gmail.com, and no registered email is stated -> C2, need_info, no account details",
         rules=["C2"])

    # J. thread: duplicate without invoice, answered with a sloppy reference -> approve
    lo_customer("fabio.teixeira@teixeirafit.com.br", "Fábio Teixeira", "monthly", start="2025-09-27", end="2025-10-26")
    lo_pay("fpt_p14", "LO-INV-72014", "fabio.teixeira@teixeirafit.com.br", "monthly", "1499.00",
           "2025-09-27T19:00:00", "2025-09-27", "2025-10-26", tax="269.82")
    lo_pay("fpt_p15", "LO-INV-72015", "fabio.teixeira@teixeirafit.com.br", "monthly", "1499.00",
           "2025-09-27T19:00:50", "2025-09-27", "2025-10-26", tax="269.82")
    f1, mid = mail("c3-fio-fatura-1", "Fábio Teixeira <fabio.teixeira@teixeirafit.com.br>", LO_TO,
                   "cobrado 2x", datetime(2025, 9, 28, 9, 10, tzinfo=BR),
                   "Bom dia, fui cobrado 2 vezes pela mensalidade ontem, quero estorno de uma delas.\n\n"
                   "Fábio – Teixeira Fit Academia\n")
    f2, _ = mail("c3-fio-fatura-2", "Fábio Teixeira <fabio.teixeira@teixeirafit.com.br>", LO_TO,
                 "Re: cobrado 2x [LO-2044]", datetime(2025, 9, 29, 7, 50, tzinfo=BR),
                 "Segue o número da segunda cobrança: lo inv/72015\n\n"
                 "Em dom., 28 de set. de 2025 às 10:02, LeadsOptima Support <support@leadsoptima.com> escreveu:\n"
                 "> Olá Fábio, pode nos enviar o número da fatura da cobrança?\n",
                 headers={"In-Reply-To": "<case-LO-2044.1@leadsoptima.com>",
                          "References": f"{mid} <case-LO-2044.1@leadsoptima.com>"})
    case("fpt-c3-fio-fatura", [f1, f2], "leadsoptima", "decided", [d("refund", "approve", "1499.00")],
         "C3 thread: the invoice number arrives in the answer ('lo inv/72015' = LO-INV-72015, section 8 matching); "
         "request time = first email 2025-09-28 17:40 IST, charge 2025-09-27 -> day 1; L4 approve 1499.00")

    # K. Procon / card dispute -> C4
    lo_customer("sandra.moura@mourabeleza.com.br", "Sandra Moura", "quarterly", start="2025-09-26", end="2025-12-25")
    lo_pay("fpt_p16", "LO-INV-72016", "sandra.moura@mourabeleza.com.br", "quarterly", "3999.00", "2025-09-26T10:00:00",
           "2025-09-26", "2025-12-25", tax="719.82")
    f, _ = mail("c4-procon", "Sandra Moura <sandra.moura@mourabeleza.com.br>", LO_TO,
                "ABSURDO - fatura LO-INV-72016", datetime(2025, 9, 29, 18, 0, tzinfo=BR),
                "Vocês cobraram o plano trimestral com valor errado, bem mais caro do que o combinado. Quero o "
                "reembolso imediato. Se não resolverem até amanhã vou abrir reclamação no Procon e contestar a "
                "compra junto à operadora do cartão.\n\nSandra Moura\n")
    case("fpt-c4-procon", [f], "leadsoptima", "decided", [d("refund", "escalate")],
         "C4: consumer authority (Procon) and card dispute ('contestar a compra junto à operadora do cartão') -> "
         "escalate", rules=["C4"])

    # L. bounce from MAILER-DAEMON -> ignore
    bounce = EmailMessage(policy=SMTP)
    bounce["From"] = "Mail Delivery Subsystem <MAILER-DAEMON@mx.provedor-exemplo.com.br>"
    bounce["To"] = "billing@leadsoptima.com"
    bounce["Subject"] = "Mensagem não entregue: Sua fatura LeadsOptima"
    bounce["Date"] = format_datetime(datetime(2025, 9, 27, 3, 12, tzinfo=BR))
    bounce["Message-ID"] = "<c7-devolvida.202509270312@mx.provedor-exemplo.com.br>"
    bounce["Auto-Submitted"] = "auto-replied"
    bounce.set_content("A sua mensagem não pôde ser entregue a um ou mais destinatários.\n\n"
                       "  carlos.antigo@empresa-fechada.com.br\n    550 5.1.1 Caixa postal inexistente\n\n"
                       "Assunto original: Sua fatura LeadsOptima - pedido de reembolso recebido\n")
    bounce.add_attachment("Reporting-MTA: dns; mx.provedor-exemplo.com.br\n\n"
                          "Final-Recipient: rfc822; carlos.antigo@empresa-fechada.com.br\nAction: failed\n"
                          "Status: 5.1.1\n", subtype="plain", filename="status.txt")
    bounce.set_boundary("==fresh-pt-c7-devolvida==")
    (HERE / "emails" / "c7-devolvida.eml").write_bytes(bounce.as_bytes())
    case("fpt-c7-devolvida", ["emails/c7-devolvida.eml"], "leadsoptima", "ignore", [],
         "C7: MAILER-DAEMON sender (and Auto-Submitted) -> ignore, although the quoted subject says 'reembolso'",
         rules=["C7"])

    # M. bulk newsletter -> ignore
    f, _ = mail("c7-newsletter", "Growth Hacks BR <news@growthhacks-br.example>", "info@leadsoptima.com",
                "5 jeitos de reduzir o cancelamento de clientes", datetime(2025, 9, 30, 6, 0, tzinfo=BR),
                "Olá, LeadsOptima!\n\nNesta edição: como reduzir pedidos de reembolso e cancelamento na sua SaaS.\n\n"
                "Para cancelar a inscrição desta newsletter, clique aqui.\n",
                headers={"Precedence": "bulk", "List-Id": "Growth Hacks BR <news.growthhacks-br.example>",
                         "List-Unsubscribe": "<mailto:unsub@growthhacks-br.example>"})
    case("fpt-c7-newsletter", [f], "leadsoptima", "ignore", [],
         "C7: Precedence: bulk and List-Id -> ignore (the words 'reembolso', 'cancelamento', 'cancelar a inscrição' "
         "are not a request)", rules=["C7"])

    # N. how-to -> other
    lo_customer("eduardo.lima@limaconsultoria.com.br", "Eduardo Lima", "annual", start="2025-05-05", end="2026-05-04")
    lo_pay("fpt_p17", "LO-INV-72017", "eduardo.lima@limaconsultoria.com.br", "annual", "11988.00",
           "2025-05-05T10:00:00", "2025-05-05", "2026-05-04")
    f, _ = mail("outro-nota-fiscal", "Eduardo Lima <eduardo.lima@limaconsultoria.com.br>", LO_TO,
                "Dúvida: nota fiscal com CNPJ", datetime(2025, 9, 30, 10, 0, tzinfo=BR),
                "Olá,\n\nNão quero cancelar nada, está tudo ótimo! Só preciso saber como emitir as faturas com o "
                "CNPJ da empresa e o endereço de faturamento novo. Onde altero isso no painel?\n\n"
                "Abraço,\nEduardo Lima\n")
    case("fpt-outro-nota-fiscal", [f], "leadsoptima", "other", [],
         "How-to question; 'Não quero cancelar nada' adds no cancellation intent -> other")

    # O. pre-purchase hypothetical -> other
    f, _ = mail("outro-hipotetico", "Beatriz Antunes <beatriz.antunes.nutri@gmail.com>", LO_TO,
                "Dúvida antes de assinar", datetime(2025, 9, 29, 21, 0, tzinfo=PT),
                "Olá, boa noite. Estou a pensar subscrever o plano trimestral. Caso a plataforma não funcione "
                "bem para o meu consultório, teria direito a reembolso? E posso cancelar a qualquer momento?\n\n"
                "Obrigada,\nBeatriz\n")
    case("fpt-outro-hipotetico", [f], "leadsoptima", "other", [],
         "Section 8: a 'would I get a refund if...' question before buying is a policy question -> other")

    # ---------------------------------------------------------------- Optima WebDesign
    # P. deposit within 72 h but work already started -> deny
    owd_project("Loja Online Cerâmicas Alentejo", "geral@ceramicasalentejo.pt", work_started_at="2025-09-28T09:00:00")
    owd_pay("fpt_p31", "OWD-2025-7201", "Loja Online Cerâmicas Alentejo", "deposit", "20000.00", "2025-09-27T10:00:00",
            tax="3600.00")
    f, _ = mail("o2-trabalho-iniciado", "Cerâmicas Alentejo <geral@ceramicasalentejo.pt>", OWD_TO,
                "Pedido de reembolso — Loja Online Cerâmicas Alentejo / OWD-2025-7201",
                datetime(2025, 9, 28, 22, 0, tzinfo=PT),
                "Exmos. Senhores,\n\nNo sábado pagámos o sinal do projeto Loja Online Cerâmicas Alentejo (fatura "
                "OWD-2025-7201, 20.000,00 ₹ + IVA). Entretanto a empresa foi adquirida por um grupo que já tem "
                "loja online, pelo que pedimos o reembolso do sinal, ainda dentro das 72 horas.\n\n"
                "Com os melhores cumprimentos,\nJoaquim Rosado\nGerente\n")
    case("fpt-o2-trabalho-iniciado", [f], "optima_webdesign", "decided", [d("refund", "deny")],
         "O2 deposit paid 2025-09-27 10:00 IST; request Sun 28 Sep 22:00 +0100 = 2025-09-29 02:30 IST = 40.5 h (< 72 h) "
         "but work_started_at 2025-09-28 09:00 is earlier: 'whichever occurs first' -> deny", extra_ok=True)

    # Q. discovery with the first session scheduled after the request -> approve
    owd_project("Identidade Visual Café Jabuticaba", "contato@cafejabuticaba.com.br",
                work_started_at="2025-10-02T18:30:00")
    owd_pay("fpt_p32", "OWD-2025-7202", "Identidade Visual Café Jabuticaba", "discovery", "8500.00",
            "2025-09-24T10:00:00", tax="1530.00")
    f, _ = mail("o1-sessao-futura", "Café Jabuticaba <contato@cafejabuticaba.com.br>", OWD_TO,
                "Reembolso discovery - Identidade Visual Café Jabuticaba", datetime(2025, 9, 26, 11, 0, tzinfo=BR),
                "Olá equipe Optima,\n\nPagamos a fase de discovery (fatura OWD-2025-7202) do projeto Identidade "
                "Visual Café Jabuticaba, com a primeira sessão marcada para 2 de outubro. Infelizmente a sócia "
                "decidiu fazer a identidade com uma designer amiga da família, então pedimos o reembolso da "
                "discovery antes da sessão acontecer.\n\nObrigada pela compreensão,\nLarissa Campos\n")
    case("fpt-o1-sessao-futura", [f], "optima_webdesign", "decided", [d("refund", "approve", "8500.00")],
         "O1 discovery: work_started_at 2025-10-02 18:30 (10:00 in Brazil) is later than the request 2025-09-26 19:30 IST, so no "
         "session has started -> approve in full, before tax 8500.00")

    # R. annual hosting, request before service_start -> consumed_months 1
    owd_project("Portal Associação Surf Ericeira", "direcao@surfericeira.pt")
    owd_pay("fpt_p33", "OWD-2025-7203", "Portal Associação Surf Ericeira", "hosting_annual", "24000.00",
            "2025-09-26T10:00:00", tax="4320.00", setup_fee="3000.00", service_start="2025-10-05")
    f, _ = mail("o5-antes-do-inicio", "Direção ASE <direcao@surfericeira.pt>", OWD_TO,
                "Cancelamento alojamento anual + reembolso", datetime(2025, 9, 28, 12, 0, tzinfo=PT),
                "Olá,\n\nA direção da Associação decidiu manter o alojamento do Portal Associação Surf Ericeira no "
                "servidor da câmara municipal, que passou a ser gratuito para associações. Pedimos por isso o "
                "cancelamento do alojamento anual (fatura OWD-2025-7203), que ainda nem começou, e o respetivo "
                "reembolso.\n\nSaudações,\nTiago Franco\nTesoureiro\n")
    case("fpt-o5-antes-do-inicio", [f], "optima_webdesign", "decided", [d("refund", "approve", "19250.00")],
         "O5 hosting_annual 24000.00 incl. setup 3000.00, service_start 2025-10-05, request 2025-09-28 16:30 IST "
         "(before the start, within 14 days); section 8: consumed_months = 1; monthly_value = 21000.00/12 = 1750.00; "
         "refund = 24000.00 - 3000.00 - 1750.00 = 19250.00", extra_ok=True)

    # S. annual maintenance: rounding once at the end
    owd_project("Manutenção Site Pousada Mar Azul", "reservas@pousadamarazul.com.br")
    owd_pay("fpt_p34", "OWD-2025-7204", "Manutenção Site Pousada Mar Azul", "maintenance_annual", "10000.00",
            "2025-09-20T10:00:00", tax="1800.00", setup_fee="1000.06", service_start="2025-09-20")
    f, _ = mail("o5-arredondamento", "Pousada Mar Azul <reservas@pousadamarazul.com.br>", OWD_TO,
                "Cancelar manutenção anual - OWD-2025-7204", datetime(2025, 9, 30, 9, 0, tzinfo=BR),
                "Bom dia!\n\nQueremos cancelar o plano de manutenção anual do projeto Manutenção Site Pousada Mar "
                "Azul e receber o reembolso proporcional. Motivo: vamos migrar o site para a plataforma da rede "
                "de pousadas da qual passamos a fazer parte.\n\nAtt,\nHelena Braga\nPousada Mar Azul – Paraty/RJ\n")
    case("fpt-o5-arredondamento", [f], "optima_webdesign", "decided", [d("refund", "approve", "8249.95")],
         "O5 maintenance_annual 10000.00 incl. setup 1000.06, service_start 2025-09-20, request 2025-09-30 17:30 IST "
         "= day 10; monthly_value = 8999.94/12 = 749.995; refund = 10000.00 - 1000.06 - 749.995 = 8249.945, rounded "
         "once at the end, half-up (C6) = 8249.95 (rounding monthly_value first would give 8249.94)", extra_ok=True)

    # T. approved milestone -> deny
    owd_project("App Delivery Marmitaria Dona Zica", "financeiro@donazica.com.br", work_started_at="2025-07-01T10:00:00")
    owd_pay("fpt_p35", "OWD-2025-7205", "App Delivery Marmitaria Dona Zica", "milestone", "35000.00",
            "2025-08-01T10:00:00", tax="6300.00", milestone_status="approved")
    f, _ = mail("o3-marco-aprovado", "Financeiro Dona Zica <financeiro@donazica.com.br>", OWD_TO,
                "Fwd: reembolso etapa design", datetime(2025, 9, 25, 15, 0, tzinfo=BR),
                "Segue abaixo o nosso pedido, já aprovado pela diretoria.\n\n"
                "---------- Mensagem encaminhada ---------\n"
                "De: Financeiro Dona Zica <financeiro@donazica.com.br>\n"
                "Date: qua., 24 de set. de 2025 às 18:20\n"
                "Subject: reembolso etapa design\n"
                "To: Diretoria <diretoria@donazica.com.br>\n\n"
                "Pedimos o reembolso da etapa de design do App Delivery Marmitaria Dona Zica (fatura OWD-2025-7205, "
                "₹ 35.000,00 + impostos). O layout que aprovamos em agosto não agradou os clientes no teste "
                "com usuários.\n")
    case("fpt-o3-marco-aprovado", [f], "optima_webdesign", "decided", [d("refund", "deny")],
         "Gmail pt-BR forward from the contract email itself; O3/O6 milestone status 'approved' -> deny "
         "(approved milestones are non-refundable)")

    # U. rush fee -> deny
    owd_project("Landing Page Black Friday Calçados Vitória", "marketing@calcadosvitoria.com.br")
    owd_pay("fpt_p36", "OWD-2025-7206", "Landing Page Black Friday Calçados Vitória", "rush", "6000.00",
            "2025-09-26T10:00:00", tax="1080.00")
    f, _ = mail("o6-taxa-urgencia", "Marketing Calçados Vitória <marketing@calcadosvitoria.com.br>", OWD_TO,
                "taxa de urgencia landing page", datetime(2025, 9, 27, 10, 0, tzinfo=BR),
                "Oi, pagamos a taxa de urgência (OWD-2025-7206) da Landing Page Black Friday Calçados Vitória, mas "
                "a campanha foi adiada para dezembro e não precisamos mais da entrega expressa. Podem devolver "
                "essa taxa?\n\nValeu,\nGustavo\n")
    case("fpt-o6-taxa-urgencia", [f], "optima_webdesign", "decided", [d("refund", "deny")],
         "O6: kind rush (expedited fee) is never refundable -> deny citing 'Non-refundable items'")

    # V. retainer with the next cycle already paid, notice >= 7 days -> escalate
    owd_project("SEO Mensal Clínica Vet Patinhas", "adm@clinicapatinhas.com.br")
    owd_pay("fpt_p37", "OWD-2025-7207", "SEO Mensal Clínica Vet Patinhas", "retainer", "9000.00",
            "2025-09-20T10:00:00", tax="1620.00", period_start="2025-09-20", period_end="2025-10-19",
            next_billing_at="2025-10-20T00:00:00")
    owd_pay("fpt_p38", "OWD-2025-7208", "SEO Mensal Clínica Vet Patinhas", "retainer", "9000.00",
            "2025-09-22T10:00:00", tax="1620.00", period_start="2025-10-20", period_end="2025-11-19",
            next_billing_at="2025-11-20T00:00:00")
    f, _ = mail("o4-ciclo-pago-adiantado", "Administração Patinhas <adm@clinicapatinhas.com.br>", OWD_TO,
                "Cancelamento SEO mensal", datetime(2025, 9, 29, 14, 0, tzinfo=BR),
                "Prezados,\n\nSolicitamos o cancelamento do retainer de SEO Mensal Clínica Vet Patinhas. A "
                "clínica vai fechar a unidade do centro e não faz mais sentido investir em SEO local. Por engano "
                "já pagamos adiantado o ciclo de outubro (fatura OWD-2025-7208).\n\nAtenciosamente,\nDr. Márcio Pires\n")
    case("fpt-o4-ciclo-pago-adiantado", [f], "optima_webdesign", "decided", [d("cancellation", "escalate")],
         "O4 + section 8 'Retainer paid in advance': the next cycle (2025-10-20..2025-11-19, OWD-2025-7208) is "
         "already paid and the notice is >= 7 days (2025-09-29 <= 2025-10-20 - 7 = 2025-10-13) -> the cancellation "
         "is escalated; the advance payment is mentioned, not asked back, so a refund decision is optional (extra_ok)",
         extra_ok=True)

    # W. retainer, exactly 7 days' notice -> cancel the day before next_billing_at
    owd_project("Gestão Redes Sociais Padaria Pão de Ló", "padaria.paodelo@padariapaodelo.pt")
    owd_pay("fpt_p39", "OWD-2025-7209", "Gestão Redes Sociais Padaria Pão de Ló", "retainer", "7500.00",
            "2025-09-06T10:00:00", tax="1350.00", period_start="2025-09-06", period_end="2025-10-05",
            next_billing_at="2025-10-06T00:00:00")
    f, _ = mail("o4-sete-dias-exatos", "Padaria Pão de Ló <padaria.paodelo@padariapaodelo.pt>", OWD_TO,
                "Fim do contrato redes sociais", datetime(2025, 9, 29, 10, 0, tzinfo=PT),
                "Bom dia,\n\nQueria cancelar a avença da Gestão Redes Sociais Padaria Pão de Ló (última fatura "
                "OWD-2025-7209). A minha filha acabou o curso de marketing e vai passar a tratar das redes da "
                "padaria.\n\nObrigada por tudo,\nD. Fernanda\n")
    case("fpt-o4-sete-dias-exatos", [f], "optima_webdesign", "decided",
         [d("cancellation", "cancel", effective_date="2025-10-05")],
         "O4 retainer next_billing_at 2025-10-06; request 2025-09-29 14:30 IST; cut-off 2025-10-06 - 7 days = "
         "2025-09-29, 'on or before' -> at least 7 days' notice: effective_date = 2025-10-05 (day before "
         "next_billing_at). 'avença' is the pt-PT word for retainer")

    # X. thread: cancellation without project and invoice, asked, answered -> cancel
    owd_project("Loja Virtual Empório Mineiro", "compras@emporiomineiro.com.br")
    owd_pay("fpt_p40", "OWD-2025-7210", "Loja Virtual Empório Mineiro", "retainer", "11000.00",
            "2025-09-25T10:00:00", tax="1980.00", period_start="2025-09-25", period_end="2025-10-24",
            next_billing_at="2025-10-25T00:00:00")
    f1, mid = mail("c3-fio-projeto-1", "Empório Mineiro <compras@emporiomineiro.com.br>", OWD_TO,
                   "cancelamento", datetime(2025, 9, 25, 16, 0, tzinfo=BR),
                   "Boa tarde, queremos cancelar o contrato mensal de vocês, pois vamos fechar a loja virtual e "
                   "vender só no balcão.\n\nSebastião\n")
    f2, _ = mail("c3-fio-projeto-2", "Empório Mineiro <compras@emporiomineiro.com.br>", OWD_TO,
                 "Re: cancelamento [OWD-3107]", datetime(2025, 9, 26, 9, 30, tzinfo=BR),
                 "Bom dia. O projeto é a Loja Virtual Empório Mineiro e a última fatura é OWD 2025 7210.\n\n"
                 "Sebastião\n\n"
                 "Em qui., 25 de set. de 2025 às 17:40, Optima WebDesign <optimawebdesigns12@gmail.com> escreveu:\n"
                 "> Olá! Para seguir com o cancelamento precisamos do nome do projeto e do número da fatura.\n",
                 headers={"In-Reply-To": "<case-OWD-3107.1@optimawebdesign.com>",
                          "References": f"{mid} <case-OWD-3107.1@optimawebdesign.com>"})
    case("fpt-c3-fio-projeto", [f1, f2], "optima_webdesign", "decided",
         [d("cancellation", "cancel", effective_date="2025-10-24")],
         "C3 thread: project name and invoice ('OWD 2025 7210' = OWD-2025-7210) come in the answer; reason was in "
         "the first email; request time = first email 2025-09-26 00:30 IST <= 2025-10-25 - 7 = 2025-10-18 -> "
         "effective_date 2025-10-24")

    # Y. colleague writes from her own address -> C2
    owd_project("Site Institucional Construtora Ipê", "contratos@construtoraipe.com.br")
    owd_pay("fpt_p41", "OWD-2025-7211", "Site Institucional Construtora Ipê", "milestone", "18000.00",
            "2025-09-15T10:00:00", tax="3240.00", milestone_status="not_started")
    f, _ = mail("c2-outro-remetente", "Aline Duarte <aline.duarte@construtoraipe.com.br>", OWD_TO,
                "Reembolso etapa 2 - Site Institucional Construtora Ipê", datetime(2025, 9, 24, 10, 0, tzinfo=BR),
                "Olá, sou do financeiro da Construtora Ipê. Pedimos o reembolso da etapa 2 do Site Institucional "
                "Construtora Ipê (fatura OWD-2025-7211), que ainda não começou: a diretoria cortou o blog do "
                "escopo.\n\nAline Duarte\nAnalista Financeira\n")
    case("fpt-c2-outro-remetente", [f], "optima_webdesign", "need_info", [],
         "C2: the project's contract email is contratos@construtoraipe.com.br; the request comes from "
         "aline.duarte@construtoraipe.com.br (same company, another address) -> need_info asking for the request "
         "from the contract email, nothing about the project", rules=["C2"])

    # Z. lawyer (pt-PT) -> C4
    owd_project("Loja Vinhos Quinta do Vale Escuro", "quinta@valeescuro.pt")
    owd_pay("fpt_p42", "OWD-2025-7212", "Loja Vinhos Quinta do Vale Escuro", "milestone", "28000.00",
            "2025-08-25T10:00:00", tax="5040.00", milestone_status="completed")
    f, _ = mail("c4-advogado", "Quinta do Vale Escuro <quinta@valeescuro.pt>", OWD_TO,
                "Reclamação formal - Loja Vinhos Quinta do Vale Escuro", datetime(2025, 9, 23, 15, 0, tzinfo=PT),
                "Exmos. Senhores,\n\nA etapa do catálogo da Loja Vinhos Quinta do Vale Escuro (fatura OWD-2025-7212) "
                "foi dada como concluída, mas o catálogo continua com erros nos preços e nas castas. Exigimos o "
                "reembolso desta etapa. O assunto já foi entregue ao nosso advogado e, não havendo resposta, "
                "avançaremos com uma queixa no Livro de Reclamações.\n\nManuel Brito\nGerente\n")
    case("fpt-c4-advogado", [f], "optima_webdesign", "decided", [d("refund", "escalate")],
         "C4: lawyer ('nosso advogado') -> escalate the whole case, although O3/O6 alone would deny a completed "
         "milestone", rules=["C4"])

    # AA. scope question, mixed English -> other
    owd_project("E-commerce Moda Praia Sol & Sal", "loja@solesal.com.br")
    owd_pay("fpt_p43", "OWD-2025-7213", "E-commerce Moda Praia Sol & Sal", "milestone", "26000.00",
            "2025-09-10T10:00:00", tax="4680.00", milestone_status="in_progress")
    f, _ = mail("outro-orcamento-blog", "Sol & Sal <loja@solesal.com.br>", OWD_TO,
                "Quick question - blog page", datetime(2025, 9, 30, 11, 30, tzinfo=BR),
                "Hi guys! Tudo certo com o E-commerce Moda Praia Sol & Sal, adorando o andamento. Queria saber "
                "quanto custa adicionar uma página de blog com 3 categorias, e se dá pra entrar ainda nessa "
                "etapa ou só depois do lançamento. Não quero cancelar nem mudar nada do que já está combinado.\n\n"
                "Beijos,\nPri\n")
    case("fpt-outro-orcamento-blog", [f], "optima_webdesign", "other", [],
         "Quote request for new work; 'Não quero cancelar' is a negation -> neither refund nor cancellation: other")

    # BB. Apple Mail forward from a personal address, naming the contract email -> C2
    owd_project("Site Escola de Música Allegro", "secretaria@escolaallegro.com.br")
    owd_pay("fpt_p44", "OWD-2025-7214", "Site Escola de Música Allegro", "deposit", "16000.00", "2025-09-29T10:00:00",
            tax="2880.00")
    f, _ = mail("c2-encaminhada-apple", "Rodrigo Allegretti <rodrigo.allegretti@icloud.com>", OWD_TO,
                "Fwd: Reembolso sinal Site Escola de Música Allegro", datetime(2025, 9, 30, 8, 0, tzinfo=BR),
                "Reenviando pois acho que não chegou.\n\nEnviado do meu iPhone\n\n"
                "Início da mensagem encaminhada:\n\n"
                "> De: Secretaria Escola Allegro <secretaria@escolaallegro.com.br>\n"
                "> Data: 29 de setembro de 2025 às 21:14:03 BRT\n"
                "> Para: optimawebdesigns12@gmail.com\n"
                "> Assunto: Reembolso sinal Site Escola de Música Allegro\n>\n"
                "> Olá, o contrato do Site Escola de Música Allegro está no e-mail secretaria@escolaallegro.com.br. "
                "Pagamos hoje o sinal (OWD-2025-7214), mas a escola perdeu o patrocínio que ia pagar o site. "
                "Pedimos o reembolso do sinal.\n")
    case("fpt-c2-encaminhada-apple", [f], "optima_webdesign", "need_info", [],
         "Section 8 forwards + C2: the forwarded request names contract email secretaria@escolaallegro.com.br, the "
         "sender is rodrigo.allegretti@icloud.com -> need_info asking for the request from the contract email",
         rules=["C2"])

    # CC. Outlook (pt-PT) forward whose only text is a forwarding note and a signature -> need_info reason
    owd_project("Alojamento Web Hotel Serra da Estrela", "rececao@hotelserraestrela.pt")
    owd_pay("fpt_p45", "OWD-2025-7215", "Alojamento Web Hotel Serra da Estrela", "retainer", "6500.00",
            "2025-09-16T10:00:00", tax="1170.00", period_start="2025-09-16", period_end="2025-10-15",
            next_billing_at="2025-10-16T00:00:00")
    f, _ = mail("c3-sem-motivo", "Receção Hotel Serra da Estrela <rececao@hotelserraestrela.pt>", OWD_TO,
                "RE: Alojamento Web Hotel Serra da Estrela", datetime(2025, 9, 25, 11, 0, tzinfo=PT),
                "Bom dia, conforme abaixo. Obrigado.\n\nCom os melhores cumprimentos,\n\nNuno Salgueiro\n"
                "Receção | Hotel Serra da Estrela ****\nTel. +351 275 000 000\n"
                "Esta mensagem é confidencial. Se a recebeu por engano, por favor apague-a.\n\n"
                "De: Receção Hotel Serra da Estrela <rececao@hotelserraestrela.pt>\n"
                "Enviado: quarta-feira, 24 de setembro de 2025 18:40\n"
                "Para: optimawebdesigns12@gmail.com\n"
                "Assunto: Alojamento Web Hotel Serra da Estrela\n\n"
                "Pedimos o cancelamento da avença do projeto Alojamento Web Hotel Serra da Estrela, fatura "
                "OWD-2025-7215.\n",
                headers={"In-Reply-To": "<c3-sem-motivo-orig.202509241840@hotelserraestrela.pt>",
                         "References": "<c3-sem-motivo-orig.202509241840@hotelserraestrela.pt>"})
    case("fpt-c3-sem-motivo", [f], "optima_webdesign", "need_info", [],
         "Optima requires a reason for cancellations too (section 8); 'conforme abaixo', the sign-off, signature and "
         "disclaimer are not reasons -> C3 need_info asking for reason", missing=["reason"])

    # ---------------------------------------------------------------- write
    ledger = {"customers": customers, "projects": projects, "payments": payments}
    invoices = [p["invoice"] for p in payments]
    assert len(invoices) == len(set(invoices)), "invoice numbers must be unique"
    ids = [p["id"] for p in payments]
    assert len(ids) == len(set(ids))
    (HERE / "ledger.json").write_text(json.dumps(ledger, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    (HERE / "expected.json").write_text(json.dumps({"cases": cases}, indent=1, ensure_ascii=False) + "\n",
                                        encoding="utf-8")
    print(f"{len(cases)} cases written to {HERE}")


if __name__ == "__main__":
    build()
