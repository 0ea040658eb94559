#!/usr/bin/env python3
"""Fresh held-out round 2, Portuguese (pt). Written by QA pass qa2a from POLICY_SPEC.md alone.
MIT licence. Stdlib only, deterministic. Writes ledger.json, emails/*.eml, expected.json here."""
import json
import os
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
LANG = "pt"
LO = "support@leadsoptima.com"
OWD = "billing@optimawebdesign.com"
IST = timezone(timedelta(hours=5, minutes=30))
LIS = timezone(timedelta(hours=1))      # Lisboa, WEST
SAO = timezone(timedelta(hours=-3))     # São Paulo

customers, projects, payments = [], [], []
cases = []


def lo_cust(email, name, plan, start, end, status="active", trial_ends=None):
    customers.append({"brand": "leadsoptima", "email": email, "name": name, "plan": plan,
                      "status": status, "trial_ends": trial_ends,
                      "current_period_start": start, "current_period_end": end})


def lo_pay(pid, inv, email, plan, amount, tax, paid_at, ps, pe, status="paid"):
    payments.append({"brand": "leadsoptima", "id": pid, "invoice": inv, "customer_email": email,
                     "kind": "subscription", "plan": plan, "amount": amount, "tax": tax,
                     "currency": "INR", "paid_at": paid_at, "period_start": ps, "period_end": pe,
                     "status": status})


def owd_proj(name, email, started=None):
    projects.append({"brand": "optima_webdesign", "name": name, "contract_email": email,
                     "work_started_at": started})


def owd_pay(pid, inv, project, kind, amount, tax, paid_at, setup_fee=None, service_start=None,
            next_billing_at=None, ps=None, pe=None, ms=None, status="paid"):
    payments.append({"brand": "optima_webdesign", "id": pid, "invoice": inv, "project": project,
                     "kind": kind, "amount": amount, "tax": tax, "currency": "INR",
                     "paid_at": paid_at, "status": status, "setup_fee": setup_fee,
                     "service_start": service_start, "next_billing_at": next_billing_at,
                     "period_start": ps, "period_end": pe, "milestone_status": ms})


def eml(name, frm, to, subject, when, body, html=None, headers=None, reply_to_id=None):
    msg = EmailMessage(policy=SMTP)
    msg["From"] = frm
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = f"<{name}.{LANG}@fresh2.example>"
    if reply_to_id:
        ref = f"<{reply_to_id}.{LANG}@fresh2.example>"
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    for k, v in (headers or {}).items():
        msg[k] = v
    if body is None:
        msg.set_content(html, subtype="html")
    else:
        msg.set_content(body)
        if html:
            msg.add_alternative(html, subtype="html")
    os.makedirs(os.path.join(HERE, "emails"), exist_ok=True)
    path = f"emails/{name}.eml"
    with open(os.path.join(HERE, path), "wb") as fh:
        fh.write(msg.as_bytes())
    return path


def case(cid, files, brand, status, decisions, spec, rules=(), missing=None, extra_ok=False,
         ambiguous=None):
    c = {"id": cid, "lang": LANG, "files": files, "brand": brand, "status": status,
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


# ---------------------------------------------------------------- LeadsOptima
# 01 three identical charges -> refund both duplicates
lo_cust("financeiro@padariapaodequeijo.com.br", "Padaria Pão de Queijo", "monthly", "2025-09-10", "2025-10-09")
for i, t in ((82001, "09:00"), (82002, "09:01"), (82003, "09:02")):
    lo_pay(f"pay_lo_{i}", f"LO-INV-{i}", "financeiro@padariapaodequeijo.com.br", "monthly", "1999.00",
           "359.82", f"2025-09-10T{t}:00", "2025-09-10", "2025-10-09")
f = eml("pt01-cobranca-tripla", "Financeiro Padaria <financeiro@padariapaodequeijo.com.br>", LO,
        "Cobrança triplicada no cartão", datetime(2025, 9, 15, 9, 20, tzinfo=SAO),
        "Bom dia,\n\nO plano mensal foi cobrado TRÊS vezes no dia 10/09 no cartão da empresa, "
        "1.999,00 cada (faturas LO-INV-82001, LO-INV-82002 e LO-INV-82003). "
        "Só temos uma conta. Peço o estorno das duas cobranças a mais, a última é a LO-INV-82003.\n\n"
        "Att,\nCláudia Nogueira\nFinanceiro - Padaria Pão de Queijo\n(31) 3333-4455")
case("f2pt-01-cobranca-tripla", [f], "leadsoptima", "decided",
     [{"intent": "refund", "outcome": "approve", "amount": "3998.00"}],
     "L2 duplicate_payment; three paid monthly charges 1999.00, same account and period "
     "2025-09-10; request 2025-09-15 17:50 IST = day 5 (L3); sec. 8 'three or more': every charge "
     "after the first is a duplicate, refund = 1999.00 x 2 = 3998.00 (before tax).")

# 02 claims double charge, ledger has only one -> escalate
lo_cust("joao.tavares.pt@sapo.pt", "João Tavares", "quarterly", "2025-09-19", "2025-12-18")
lo_pay("pay_lo_82011", "LO-INV-82011", "joao.tavares.pt@sapo.pt", "quarterly", "4497.00", "809.46",
       "2025-09-19T14:00:00", "2025-09-19", "2025-12-18")
f = eml("pt02-duplicado-sem-par", "João Tavares <joao.tavares.pt@sapo.pt>", LO,
        "Pagamento em duplicado", datetime(2025, 9, 23, 16, 0, tzinfo=LIS),
        "Boa tarde,\n\nVerifiquei no homebanking que o plano trimestral me foi debitado duas vezes "
        "(fatura LO-INV-82011). Agradeço que procedam à devolução do pagamento duplicado.\n\n"
        "Com os melhores cumprimentos,\nJoão Tavares")
case("f2pt-02-duplicado-sem-par", [f], "leadsoptima", "decided",
     [{"intent": "refund", "outcome": "escalate"}],
     "L2 duplicate_payment inside the window (charge 2025-09-19, request 2025-09-23 = day 4); "
     "the ledger holds one charge only -> L4 'No such pair in the ledger: escalate'.")

# 03 access failure day 8 -> deny
lo_cust("contato@studiopilatesviva.com.br", "Studio Pilates Viva", "monthly", "2025-09-20", "2025-10-19")
lo_pay("pay_lo_82021", "LO-INV-82021", "contato@studiopilatesviva.com.br", "monthly", "1299.00",
       "233.82", "2025-09-20T10:00:00", "2025-09-20", "2025-10-19")
f = eml("pt03-sem-acesso-dia8", "Studio Pilates Viva <contato@studiopilatesviva.com.br>", LO,
        "nao consigo acessar", datetime(2025, 9, 28, 10, 0, tzinfo=SAO),
        "oi, desde que paguei a mensalidade nao consigo logar na plataforma, fica dando senha "
        "invalida mesmo depois de resetar. quero meu dinheiro de volta, fatura lo-inv 82021, plano "
        "mensal.\n\nbjs\nFernanda\n\nEnviado do meu Galaxy")
case("f2pt-03-sem-acesso-dia8", [f], "leadsoptima", "decided",
     [{"intent": "refund", "outcome": "deny"}],
     "L2 access_failure; charge 2025-09-20 IST (day 0); request 2025-09-28 10:00 -03:00 = "
     "18:30 IST on 2025-09-28 = day 8 > 7 -> L3 deny.")

# 04 charged for wrong plan inside window -> escalate L5
lo_cust("rita.salgueiro@gmail.com", "Rita Salgueiro", "annual", "2025-09-26", "2026-09-25")
lo_pay("pay_lo_82031", "LO-INV-82031", "rita.salgueiro@gmail.com", "annual", "14388.00", "2589.84",
       "2025-09-26T08:00:00", "2025-09-26", "2026-09-25")
f = eml("pt04-plano-errado", "Rita Salgueiro <rita.salgueiro@gmail.com>", LO,
        "Cobraram o plano errado", datetime(2025, 9, 29, 11, 30, tzinfo=LIS),
        "Olá,\n\nEu escolhi o plano mensal mas cobraram-me o plano anual, 14.388,00 (fatura "
        "LO-INV-82031). Foi cobrado o plano errado e não tenho orçamento para isto. Peço o "
        "reembolso desse valor.\n\nObrigada,\nRita")
case("f2pt-04-plano-errado", [f], "leadsoptima", "decided",
     [{"intent": "refund", "outcome": "escalate"}],
     "L2 billing_error ('cobraram o plano errado'); charge 2025-09-26, request 2025-09-29 = day 3; "
     "L5 escalate with the charge found, no amount.")

# 05 plain cancellation annual -> period end
lo_cust("comercial@vinhosdouroalto.pt", "Vinhos Douro Alto", "annual", "2025-03-15", "2026-03-14")
lo_pay("pay_lo_82041", "LO-INV-82041", "comercial@vinhosdouroalto.pt", "annual", "14388.00",
       "2589.84", "2025-03-15T10:00:00", "2025-03-15", "2026-03-14")
f = eml("pt05-cancelar-anual", "Comercial Vinhos Douro Alto <comercial@vinhosdouroalto.pt>", LO,
        "Cancelamento da subscrição", datetime(2025, 9, 22, 10, 0, tzinfo=LIS),
        "Exmos. Senhores,\n\nVimos por este meio solicitar o cancelamento da nossa subscrição anual, "
        "para que não seja renovada em março. A equipa comercial passou a usar outra ferramenta.\n\n"
        "Melhores cumprimentos,\nAna Pereira\nVinhos Douro Alto, Lda.")
case("f2pt-05-cancelar-anual", [f], "leadsoptima", "decided",
     [{"intent": "cancellation", "outcome": "cancel", "effective_date": "2026-03-14"}],
     "L8 cancel: active until current_period_end 2026-03-14 from the ledger; no refund asked.")

# 06 past event: cancelled, still charged -> billing error inside window, escalate
lo_cust("marcos.lima.adv@uol.com.br", "Marcos Lima", "monthly", "2025-09-25", "2025-10-24",
        status="cancelled")
lo_pay("pay_lo_82051", "LO-INV-82051", "marcos.lima.adv@uol.com.br", "monthly", "1299.00", "233.82",
       "2025-09-25T06:00:00", "2025-09-25", "2025-10-24")
f = eml("pt06-cancelei-e-cobraram", "Marcos Lima <marcos.lima.adv@uol.com.br>", LO,
        "Cancelei e fui cobrado", datetime(2025, 9, 27, 14, 0, tzinfo=SAO),
        "Prezados,\n\nEu cancelei a assinatura mensal no dia 14 pelo próprio painel (Billing > "
        "Cancel Plan) e mesmo assim no dia 25 vocês me cobraram de novo, fatura LO-INV-82051. "
        "Solicito a devolução desse valor cobrado depois do cancelamento.\n\nAtenciosamente,\n"
        "Marcos Lima")
case("f2pt-06-cancelei-e-cobraram", [f], "leadsoptima", "decided",
     [{"intent": "refund", "outcome": "escalate"}],
     "Past event ('eu cancelei no dia 14') is not a new cancellation request; L2 billing_error "
     "('charged after I cancelled'); charge 2025-09-25, request 2025-09-27 22:30 IST = day 2; "
     "L5 escalate.")

# 07 other brand's customer writes to LeadsOptima -> unknown sender, C2
owd_proj("Quinta do Lagar", "geral@quintadolagar.pt", "2025-08-01T10:00:00")
owd_pay("pay_owd_8207", "OWD-2025-8207", "Quinta do Lagar", "deposit", "30000.00", "5400.00",
        "2025-08-01T10:00:00")
f = eml("pt07-marca-errada", "Quinta do Lagar <geral@quintadolagar.pt>", LO,
        "Pedido de reembolso", datetime(2025, 9, 24, 15, 0, tzinfo=LIS),
        "Boa tarde,\n\nGostaria de pedir o reembolso do valor que paguei por engano duas vezes "
        "(fatura OWD-2025-8207).\n\nCumprimentos,\nHenrique Matos\nQuinta do Lagar")
case("f2pt-07-marca-errada", [f], "leadsoptima", "need_info", [],
     "C1: To is support@leadsoptima.com -> LeadsOptima; sec. 8 'other brand's customer': ledger "
     "searched in LeadsOptima only, sender unknown there -> treated as unknown sender (C2, C3): "
     "need_info.", rules=["C2"])

# 08 consumer-protection threat -> escalate C4
lo_cust("camila.rocha.mkt@gmail.com", "Camila Rocha", "monthly", "2025-09-21", "2025-10-20")
lo_pay("pay_lo_82081", "LO-INV-82081", "camila.rocha.mkt@gmail.com", "monthly", "1299.00", "233.82",
       "2025-09-21T10:00:00", "2025-09-21", "2025-10-20")
f = eml("pt08-procon", "Camila Rocha <camila.rocha.mkt@gmail.com>", LO,
        "Reembolso JÁ", datetime(2025, 9, 24, 20, 15, tzinfo=SAO),
        "Assinei o plano mensal (fatura LO-INV-82081) e me arrependi, a ferramenta é muito "
        "complicada. Pelo Código de Defesa do Consumidor tenho direito de arrependimento de 7 dias. "
        "Se não devolverem meu dinheiro vou abrir reclamação no Procon e entrar no Juizado "
        "Especial.\n\nCamila")
case("f2pt-08-procon", [f], "leadsoptima", "decided",
     [{"intent": "refund", "outcome": "escalate"}],
     "C4: statutory rights (CDC), consumer body and small-claims court -> escalate, overriding "
     "L1 (changed mind).", rules=["C4"])

# 09 how-to question -> other
lo_cust("thiago.eventos@outlook.com", "Thiago Eventos", "quarterly", "2025-08-01", "2025-10-31")
lo_pay("pay_lo_82091", "LO-INV-82091", "thiago.eventos@outlook.com", "quarterly", "4497.00", "809.46",
       "2025-08-01T10:00:00", "2025-08-01", "2025-10-31")
f = eml("pt09-trocar-cartao", "Thiago Eventos <thiago.eventos@outlook.com>", LO,
        "como troco o cartao?", datetime(2025, 9, 30, 9, 45, tzinfo=SAO),
        "Opa, tudo bem?\nMeu cartão venceu e queria saber onde troco o cartão de crédito da "
        "assinatura pra próxima renovação não falhar. Não quero cancelar nada, só atualizar.\n\n"
        "Valeu!\nThiago")
case("f2pt-09-trocar-cartao", [f], "leadsoptima", "other", [],
     "How-to question (update card); 'Não quero cancelar' is negated (sec. 8) -> neither refund "
     "nor cancellation -> other.")

# ---------------------------------------------------------------- Optima WebDesign
# 10 deposit exactly 72 hours -> deny
owd_proj("Clínica Veterinária Bicho Feliz", "clinica@bichofeliz.pt", None)
owd_pay("pay_owd_8210", "OWD-2025-8210", "Clínica Veterinária Bicho Feliz", "deposit", "28000.00",
        "5040.00", "2025-09-20T15:00:00")
f = eml("pt10-sinal-72h", "Clínica Bicho Feliz <clinica@bichofeliz.pt>", OWD,
        "Refund Request — Clínica Veterinária Bicho Feliz", datetime(2025, 9, 23, 10, 30, tzinfo=LIS),
        "Bom dia,\n\nPagámos o sinal de 28.000 (OWD-2025-8210) para o site da Clínica Veterinária "
        "Bicho Feliz, mas a direção decidiu adiar o investimento para 2026. Pedimos a devolução do "
        "sinal; ainda não começaram o trabalho.\n\nCumprimentos,\nDra. Inês Barata")
case("f2pt-10-sinal-72h", [f], "optima_webdesign", "decided",
     [{"intent": "refund", "outcome": "deny"}],
     "O2 deposit paid 2025-09-20 15:00 IST; request 2025-09-23 10:30 +01:00 = 15:00 IST = exactly "
     "72 h; sec. 8 'Exactly 72 hours ... is not before 72 hours: deny'.")

# 11 maintenance annual after 14 days -> deny O5
owd_proj("Construtora Alicerce", "obras@construtoraalicerce.com.br", "2025-06-01T10:00:00")
owd_pay("pay_owd_8211", "OWD-2025-8211", "Construtora Alicerce", "maintenance_annual", "24000.00",
        "4320.00", "2025-08-30T10:00:00", setup_fee="3000.00", service_start="2025-09-01")
f = eml("pt11-manutencao-dia15", "Obras Construtora Alicerce <obras@construtoraalicerce.com.br>", OWD,
        "Reembolso manutenção anual", datetime(2025, 9, 16, 8, 0, tzinfo=SAO),
        "Prezados,\n\nReferente ao contrato de manutenção anual do projeto Construtora Alicerce "
        "(NF OWD-2025-8211, ₹ 24.000,00), vamos internalizar o site com nossa "
        "equipe de TI. Pedimos o reembolso proporcional.\n\nAtt,\nEng. Paulo Sérgio\n"
        "Construtora Alicerce Ltda.")
case("f2pt-11-manutencao-dia15", [f], "optima_webdesign", "decided",
     [{"intent": "refund", "outcome": "deny"}],
     "O5 maintenance_annual service_start 2025-09-01 (day 0); request 2025-09-16 16:30 IST = "
     "day 15 > 14 -> deny. A cancellation decision is tolerated.", extra_ok=True)

# 12 retainer, >= 7 days notice -> cancel day before next billing
owd_proj("Surf Camp Ericeira", "info@surfcampericeira.pt", "2025-04-20T10:00:00")
owd_pay("pay_owd_8212", "OWD-2025-8212", "Surf Camp Ericeira", "retainer", "18000.00", "3240.00",
        "2025-09-20T10:00:00", next_billing_at="2025-10-20", ps="2025-09-20", pe="2025-10-19")
f = eml("pt12-avenca-aviso", "Surf Camp Ericeira <info@surfcampericeira.pt>", OWD,
        "FW: cancelar avença", datetime(2025, 9, 29, 12, 0, tzinfo=LIS),
        "Olá, reencaminho o pedido que a Joana tinha preparado, confirmo em nome da empresa.\n\n"
        "Tiago\n\n"
        "-----Mensagem Original-----\n"
        "De: Joana Reis\n"
        "Enviada: segunda-feira, 29 de setembro de 2025 10:14\n"
        "Para: Tiago Costa\n"
        "Assunto: cancelar avença\n\n"
        "Tiago, envia à Optima: queremos cancelar a avença mensal de marketing do projeto Surf Camp "
        "Ericeira (última fatura OWD-2025-8212), porque a época acabou e só voltamos em abril.\n")
case("f2pt-12-avenca-aviso", [f], "optima_webdesign", "decided",
     [{"intent": "cancellation", "outcome": "cancel", "effective_date": "2025-10-19"}],
     "Forward from the contract email (info@surfcampericeira.pt), no other address named; reason "
     "'a época acabou'; O4 retainer next_billing_at 2025-10-20, deadline 2025-10-13; request "
     "2025-09-29 16:30 IST is in time -> cancel, effective the day before: 2025-10-19.")

# 13 milestone in progress -> escalate O3
owd_proj("Loja Cerâmica Bordalo", "loja@ceramicabordalo.pt", "2025-07-15T10:00:00")
owd_pay("pay_owd_8213", "OWD-2025-8213", "Loja Cerâmica Bordalo", "milestone", "32000.00", "5760.00",
        "2025-09-05T10:00:00", ms="in_progress")
f = eml("pt13-marco-em-curso", "Loja Cerâmica Bordalo <loja@ceramicabordalo.pt>", OWD,
        "Reembolso fase 2", datetime(2025, 9, 25, 17, 40, tzinfo=LIS),
        None,
        html="<p>Boa tarde,</p><p>A fase 2 do projeto <b>Loja Cerâmica Bordalo</b> (fatura "
             "OWD-2025-8213, 32.000,00) está a demorar muito e entretanto fechámos a loja física "
             "de Caldas. Queremos parar o projeto e ser reembolsados dessa fase.</p>"
             "<p>Obrigado,<br>Rui Bordalo</p>")
case("f2pt-13-marco-em-curso", [f], "optima_webdesign", "decided",
     [{"intent": "refund", "outcome": "escalate"}],
     "O3 milestone status in_progress -> escalate (billable value of work not started needs a "
     "person). A cancellation decision (stop the project) is tolerated.", extra_ok=True)

# 14 forward from an employee's gmail naming the contract email -> C2
owd_proj("Açaí da Praia", "socios@acaidapraia.com.br", "2025-09-01T10:00:00")
owd_pay("pay_owd_8214", "OWD-2025-8214", "Açaí da Praia", "rush", "8000.00", "1440.00",
        "2025-09-18T10:00:00")
f = eml("pt14-fwd-outro-email", "Luana Souza <luana.souza.acai@gmail.com>", OWD,
        "Fwd: taxa de urgência", datetime(2025, 9, 22, 11, 0, tzinfo=SAO),
        "Segue o pedido do meu sócio, ele pediu pra eu mandar.\n\n"
        "---------- Forwarded message ---------\n"
        "De: Bruno Alves <socios@acaidapraia.com.br>\n"
        "Date: seg., 22 de set. de 2025 às 09:12\n"
        "Subject: taxa de urgência\n"
        "To: Luana Souza <luana.souza.acai@gmail.com>\n\n"
        "Lu, manda pra Optima: queremos de volta a taxa de urgência (OWD-2025-8214) do projeto "
        "Açaí da Praia, porque a entrega atrasou mesmo assim. O email do contrato é "
        "socios@acaidapraia.com.br.\n")
case("f2pt-14-fwd-outro-email", [f], "optima_webdesign", "need_info", [],
     "Sec. 8 Forwards: the forwarded request names contract email socios@acaidapraia.com.br, "
     "sender luana.souza.acai@gmail.com differs -> C2, draft asks for the request from that "
     "address, no account detail (even though O6 'rush' would deny).", rules=["C2"])

# 15 bounce from MAILER-DAEMON -> ignore
f = eml("pt15-mailer-daemon", "Mail Delivery System <MAILER-DAEMON@mx.provedor.com.br>", OWD,
        "Mensagem não entregue: Re: Reembolso do projeto", datetime(2025, 9, 26, 3, 10, tzinfo=SAO),
        "Esta é uma mensagem automática do sistema de entrega.\n\nNão foi possível entregar a sua "
        "mensagem a um ou mais destinatários:\n\n  contato@empresa-inexistente.com.br\n"
        "  550 5.1.1 Usuário desconhecido\n\n--- Mensagem original ---\nAssunto: Re: Reembolso do "
        "projeto\nSolicito reembolso da fatura OWD-2025-8299.\n",
        headers={"Auto-Submitted": "auto-generated"})
case("f2pt-15-mailer-daemon", [f], "optima_webdesign", "ignore", [],
     "C7: MAILER-DAEMON sender and Auto-Submitted: auto-generated (bounce) -> ignore.", rules=["C7"])

# 16 thread: hosting refund, project missing then given -> approve O5
owd_proj("Escola de Música Tom Maior", "secretaria@tommaior.com.br", "2025-09-20T10:00:00")
owd_pay("pay_owd_8216", "OWD-2025-8216", "Escola de Música Tom Maior", "hosting_annual", "9600.00",
        "1728.00", "2025-09-24T10:00:00", setup_fee="1200.00", service_start="2025-09-25")
f1 = eml("pt16a-hospedagem", "Secretaria Tom Maior <secretaria@tommaior.com.br>", OWD,
         "Cancelar hospedagem e reembolso", datetime(2025, 9, 28, 10, 0, tzinfo=SAO),
         "Olá,\n\nContratamos a hospedagem anual semana passada (fatura OWD-2025-8216), mas a "
         "prefeitura vai nos ceder hospedagem gratuita no portal municipal. Queremos o reembolso "
         "conforme a política de 14 dias.\n\nSecretaria")
f2 = eml("pt16b-hospedagem-resposta", "Secretaria Tom Maior <secretaria@tommaior.com.br>", OWD,
         "Re: Cancelar hospedagem e reembolso", datetime(2025, 9, 29, 9, 30, tzinfo=SAO),
         "O projeto é o site da Escola de Música Tom Maior.\n\nObrigada\n\n"
         "Em dom., 28 de set. de 2025 às 10:00, Secretaria Tom Maior escreveu:\n"
         "> Contratamos a hospedagem anual semana passada (fatura OWD-2025-8216)...",
         reply_to_id="pt16a-hospedagem")
case("f2pt-16-hospedagem-hilo", [f1, f2], "optima_webdesign", "decided",
     [{"intent": "refund", "outcome": "approve", "amount": "7700.00"}],
     "C3: project_name missing in the first email, given in the reply (In-Reply-To); request time "
     "= first email 2025-09-28 18:30 IST, service_start 2025-09-25 -> day 3 <= 14; O5 "
     "monthly_value (9600 - 1200)/12 = 700.00, consumed 1; refund 9600 - 1200 - 700 = 7700.00. "
     "The subject also says 'Cancelar': a cancellation decision is tolerated.", extra_ok=True)

# 17 change request refund -> deny O6
owd_proj("Pousada Maré Alta", "reservas@pousadamarealta.com.br", "2025-05-10T10:00:00")
owd_pay("pay_owd_8217", "OWD-2025-8217", "Pousada Maré Alta", "change_request", "6500.00", "1170.00",
        "2025-09-27T10:00:00")
f = eml("pt17-pedido-alteracao", "Pousada Maré Alta <reservas@pousadamarealta.com.br>", OWD,
        "reembolso alteração", datetime(2025, 9, 29, 19, 0, tzinfo=SAO),
        "Boa noite pessoal, pagamos a alteração do layout da página de quartos (OWD-2025-8217, "
        "projeto Pousada Maré Alta) mas olhando melhor preferimos como estava antes. Dá pra "
        "estornar?\n\nAbs, Letícia")
case("f2pt-17-pedido-alteracao", [f], "optima_webdesign", "decided",
     [{"intent": "refund", "outcome": "deny"}],
     "O6: kind change_request is never refundable -> deny citing Non-refundable items.")

# ---------------------------------------------------------------- write
with open(os.path.join(HERE, "ledger.json"), "w", encoding="utf-8") as fh:
    json.dump({"customers": customers, "projects": projects, "payments": payments}, fh,
              ensure_ascii=False, indent=1)
with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
    json.dump({"cases": cases}, fh, ensure_ascii=False, indent=1)
print(len(cases), "cases")
