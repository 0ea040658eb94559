#!/usr/bin/env python3
"""Fresh held-out round 3, Brazilian Portuguese (pt): writes ledger.json, emails/*.eml, expected.json here.

Written by a QA pass from POLICY_SPEC.md alone (docs/policy.md in this repository), the published
policies, docs/ledger.md, the brand files and tests/heldout.py. Stdlib only, deterministic.
Licence: MIT, like the project. All text was written for this project.
"""
import json
import sys
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANG = "pt"
LO_TO = "Suporte LeadsOptima <support@leadsoptima.com>"
OWD_TO = "Optima WebDesign <optimawebdesigns12@gmail.com>"
IST = timezone(timedelta(hours=5, minutes=30))
ZONES = {"IST": IST, "BR": timezone(timedelta(hours=-3)), "AM": timezone(timedelta(hours=-4)),
         "PT": timezone(timedelta(hours=1))}

customers, projects, payments, cases = [], [], [], []


def tax(amount):
    return str((Decimal(amount) * Decimal("0.18")).quantize(Decimal("0.01")))


def lo_customer(email, name, plan, status="active", cps=None, cpe=None, trial_ends=None):
    customers.append({"brand": "leadsoptima", "email": email, "name": name, "plan": plan,
                      "status": status, "trial_ends": trial_ends,
                      "current_period_start": cps, "current_period_end": cpe})


def lo_pay(pid, inv, email, plan, amount, paid_at, ps, pe, status="paid"):
    payments.append({"brand": "leadsoptima", "id": pid, "invoice": inv, "customer_email": email,
                     "kind": "subscription", "plan": plan, "amount": amount, "tax": tax(amount),
                     "currency": "INR", "paid_at": paid_at, "period_start": ps, "period_end": pe,
                     "status": status})


def owd_project(name, email, started=None):
    projects.append({"brand": "optima_webdesign", "name": name, "contract_email": email,
                     "work_started_at": started})


def owd_pay(pid, inv, project, kind, amount, paid_at, status="paid", **extra):
    rec = {"brand": "optima_webdesign", "id": pid, "invoice": inv, "project": project, "kind": kind,
           "amount": amount, "tax": tax(amount), "currency": "INR", "paid_at": paid_at,
           "status": status, "setup_fee": None, "service_start": None, "next_billing_at": None,
           "period_start": None, "period_end": None, "milestone_status": None}
    rec.update(extra)
    payments.append(rec)


def when(text, zone="IST"):
    return datetime.strptime(text, "%Y-%m-%d %H:%M").replace(tzinfo=ZONES[zone])


def mail(name, frm, to, subject, date, body=None, html=None, headers=None, reply_to_first=None):
    """Write emails/<name>.eml; return its relative path."""
    msg = EmailMessage(policy=SMTP)
    msg["From"] = frm
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date)
    dom = frm.split("@")[-1].strip(">").strip()
    msg["Message-ID"] = f"<{name}.{date.strftime('%Y%m%d%H%M')}@{dom}>"
    if reply_to_first:
        support_id = f"<reply-{reply_to_first.strip('<>').split('@')[0]}@mailbot.local>"
        msg["In-Reply-To"] = support_id
        msg["References"] = f"{reply_to_first} {support_id}"
    for k, v in (headers or {}).items():
        msg[k] = v
    if body is not None:
        msg.set_content(body)
        if html is not None:
            msg.add_alternative(html, subtype="html")
    else:
        msg.set_content(html, subtype="html")
    (HERE / "emails").mkdir(exist_ok=True)
    (HERE / "emails" / f"{name}.eml").write_bytes(msg.as_bytes())
    return f"emails/{name}.eml", msg["Message-ID"]


def case(cid, files, brand, status, spec, rules=(), decisions=(), missing=None, extra_ok=False,
         ambiguous=None, line=""):
    c = {"id": f"{LANG}3-{cid}", "lang": LANG, "files": files, "brand": brand, "status": status,
         "rules": list(rules)}
    if missing is not None:
        c["missing"] = missing
    c["decisions"] = [dict(d) for d in decisions]
    if extra_ok:
        c["extra_ok"] = True
    c["spec"] = spec
    if ambiguous:
        c["ambiguous"] = ambiguous
    c["_line"] = line
    cases.append(c)


def one(cid, brand, frm, subject, date, body=None, html=None, headers=None, to=None, **kw):
    to = to or (LO_TO if brand == "leadsoptima" else OWD_TO)
    path, _ = mail(cid, frm, to, subject, date, body, html, headers)
    case(cid, [path], brand, **kw)


def R(outcome, amount=None):
    d = {"intent": "refund", "outcome": outcome}
    if outcome == "approve":
        d["amount"] = amount
    return d


def C(outcome="cancel", eff=None):
    d = {"intent": "cancellation", "outcome": outcome}
    if eff:
        d["effective_date"] = eff
    return d


LO, OWD = "leadsoptima", "optima_webdesign"
# ---------------------------------------------------------------- LeadsOptima
lo_customer("camila.rocha@rochamoda.com.br", "Camila Rocha", "quarterly", cps="2025-09-18", cpe="2025-12-17")
lo_pay("pay_pt3_101", "LO-INV-82101", "camila.rocha@rochamoda.com.br", "quarterly", "3999.00", "2025-09-18T14:00:00", "2025-09-18", "2025-12-17")
lo_pay("pay_pt3_102", "LO-INV-82102", "camila.rocha@rochamoda.com.br", "quarterly", "3999.00", "2025-09-18T14:05:00", "2025-09-18", "2025-12-17")
one("lo-cobrada-duas-vezes", LO, "Camila Rocha <camila.rocha@rochamoda.com.br>", "Cobrança em dobro no cartão",
    when("2025-09-22 10:30", "BR"),
    "Oi, tudo bem?\n\nFui cobrada duas vezes no cartão pelo plano trimestral no dia 18/09, duas cobranças de "
    "₹ 3.999,00 + impostos com 5 minutos de diferença. A segunda é a fatura LO INV 82102.\n"
    "Podem estornar a cobrança duplicada, por favor?\n\nObrigada!\nCamila Rocha\nRocha Moda Praia\n",
    status="decided", decisions=[R("approve", "3999.00")],
    spec="L2 duplicate_payment ('fui cobrada duas vezes'); two paid quarterly charges 3999.00 on 2025-09-18, same "
         "period; request Mon 22 Sep 10:30 -03:00 = 19:00 IST = day 4 <= 7 (L3); L4 approve 3999.00 before tax "
         "(C6); 'LO INV 82102' = LO-INV-82102 (section 8).",
    line="quarterly plan charged twice, day 4, spaced invoice reference -> approve 3999.00")

lo_customer("rafael@teixeiratech.com.br", "Rafael Teixeira", "monthly", cps="2025-09-24", cpe="2025-10-23")
lo_pay("pay_pt3_103", "LO-INV-82103", "rafael@teixeiratech.com.br", "monthly", "1499.00", "2025-09-24T11:00:00", "2025-09-24", "2025-10-23")
one("lo-duplicado-sem-par", LO, "Rafael Teixeira <rafael@teixeiratech.com.br>", "debito duplicado",
    when("2025-09-26 09:15", "BR"),
    "Bom dia\n\no valor da mensalidade foi debitado duas vezes da minha conta no dia 24, fatura LO-INV-82103. "
    "Plano mensal. Peço o reembolso do débito em duplicidade.\n\natt\nRafael\n",
    status="decided", decisions=[R("escalate")],
    spec="L2 duplicate_payment ('debitado duas vezes'), inside the window (day 2), but the ledger holds one paid "
         "charge only: 'No such pair in the ledger: escalate' (L4); never approved on the customer's word.",
    line="'debited twice' but the ledger shows one charge -> escalate (L4)")

lo_customer("bia.nogueira@nogueiracontabil.com.br", "Beatriz Nogueira", "monthly", cps="2025-09-21", cpe="2025-10-20")
lo_pay("pay_pt3_104", "LO-INV-82104", "bia.nogueira@nogueiracontabil.com.br", "monthly", "1499.00", "2025-09-21T10:00:00", "2025-09-21", "2025-10-20")
one("lo-valor-errado-dia7", LO, "Beatriz Nogueira <bia.nogueira@nogueiracontabil.com.br>", "Cobrança com valor errado",
    when("2025-09-28 13:00", "BR"),
    "Olá, pessoal\n\nNo dia 21 vocês me cobraram o plano errado: eu tinha pedido pra mudar pro trimestral e veio "
    "a cobrança do mensal de novo, com valor errado. Fatura LO-INV-82104.\nQuero o estorno dessa cobrança.\n\n"
    "Abraços,\nBia Nogueira\nNogueira Contabilidade\n",
    status="decided", decisions=[R("escalate")], extra_ok=True,
    spec="L2 billing_error ('me cobraram o plano errado', 'valor errado'); charge 2025-09-21 10:00 IST (day 0); "
         "request Sun 28 Sep 13:00 -03:00 = 21:30 IST on 2025-09-28 = day 7, inside (L3) -> L5 escalate.",
    line="charged for the wrong plan, day 7 in IST (edge) -> escalate (L5)")

lo_customer("thiago.martins@martinsimoveis.com.br", "Thiago Martins", "monthly", cps="2025-09-15", cpe="2025-10-14")
lo_pay("pay_pt3_105", "LO-INV-82105", "thiago.martins@martinsimoveis.com.br", "monthly", "1499.00", "2025-09-15T08:00:00", "2025-09-15", "2025-10-14")
one("lo-sem-acesso-dia9", LO, "Thiago Martins <thiago.martins@martinsimoveis.com.br>", "nao consigo acessar a plataforma",
    when("2025-09-24 10:00", "BR"),
    "Boa tarde, desde o dia 16 nao consigo acessar o painel, da erro de login toda vez. Ja abri chamado no chat e "
    "ninguem resolveu. Quero o reembolso da mensalidade paga no dia 15 (LO-INV-82105).\n\nThiago Martins\n"
    "Martins Imóveis - CRECI 00000\n",
    status="decided", decisions=[R("deny")],
    spec="L2 access_failure ('nao consigo acessar'), but charge 2025-09-15 and request 2025-09-24 18:30 IST = day 9 "
         "> 7 -> deny (L3).",
    line="cannot log in, written on day 9 -> deny (L3)")

lo_customer("ju.costa@costaestetica.com.br", "Juliana Costa", "monthly", cps="2025-09-19", cpe="2025-10-18")
lo_pay("pay_pt3_106", "LO-INV-82106", "ju.costa@costaestetica.com.br", "monthly", "1499.00", "2025-09-19T09:00:00", "2025-09-19", "2025-10-18")
one("lo-nao-usei-e-cancelar", LO, "Juliana Costa <ju.costa@costaestetica.com.br>", "Cancelamento + reembolso",
    when("2025-09-23 16:20", "BR"),
    "Oi! Esse mês eu não usei nada da ferramenta, a clínica ficou fechada pra reforma. Quero cancelar a assinatura "
    "e receber de volta o valor da mensalidade (fatura LO-INV-82106, plano mensal).\n\nBeijos,\nJu\nCosta Estética\n",
    status="decided", decisions=[R("deny"), C("cancel", "2025-10-18")],
    spec="Refund: 'não usei nada' is not an L2 exception -> deny (L1; no partial refunds for unused days). "
         "Cancellation: L8 cancel until current_period_end 2025-10-18. Both parts decided, one reply.",
    line="did not use it this month, refund + cancel -> refund deny (L1), cancel until 2025-10-18 (L8)")

lo_customer("eduardo.almeida@almeidaagro.com.br", "Eduardo Almeida", "annual", cps="2025-01-20", cpe="2026-01-19")
lo_pay("pay_pt3_107", "LO-INV-82107", "eduardo.almeida@almeidaagro.com.br", "annual", "11988.00", "2025-01-20T10:00:00", "2025-01-20", "2026-01-19")
one("lo-cancelar-anual", LO, "Eduardo Almeida <eduardo.almeida@almeidaagro.com.br>", "Cancelamento de assinatura",
    when("2025-09-25 08:00", "BR"),
    "Prezados,\n\nGostaria de solicitar o cancelamento da nossa assinatura anual do LeadsOptima. A empresa foi "
    "vendida e o novo grupo já usa outro CRM.\n\nAtenciosamente,\n\nEduardo Almeida\nDiretor Comercial\n"
    "Almeida Agro Ltda. | Ribeirão Preto - SP\n\n"
    "Esta mensagem pode conter informação confidencial. Se você a recebeu por engano, apague-a.\n",
    status="decided", decisions=[C("cancel", "2026-01-19")],
    spec="L8 cancel: active until current_period_end 2026-01-19 from the ledger.",
    line="annual subscription cancellation with disclaimer -> cancel until 2026-01-19 (L8)")

lo_customer("larissa.souza.ls@hotmail.com", "Larissa Souza", "quarterly")
lo_pay("pay_pt3_108", "LO-INV-82108", "larissa.souza.ls@hotmail.com", "quarterly", "3999.00", "2025-04-15T10:00:00", None, None)
lo_pay("pay_pt3_109", "LO-INV-82109", "larissa.souza.ls@hotmail.com", "quarterly", "3999.00", "2025-07-15T10:00:00", None, None)
one("lo-cancelar-sem-periodo", LO, "Larissa Souza <larissa.souza.ls@hotmail.com>", "cancelar plano",
    when("2025-09-30 19:00", "BR"),
    "oii\nquero cancelar meu plano trimestral, nao vou renovar\nobg\n\nEnviado do meu Galaxy\n",
    status="decided", decisions=[C("cancel", "2025-10-14")],
    spec="L8 fallback: no current_period_end; last charge 2025-07-15 (quarterly) + 3 months - 1 day = 2025-10-14.",
    line="quarterly cancellation, no current period in the ledger -> cancel until 2025-10-14 (L8 fallback)")

lo_customer("marcelo.pires@piresengenharia.com.br", "Marcelo Pires", "monthly", cps="2025-09-05", cpe="2025-10-04")
lo_pay("pay_pt3_110", "LO-INV-82110", "marcelo.pires@piresengenharia.com.br", "monthly", "1499.00", "2025-09-05T10:00:00", "2025-09-05", "2025-10-04")
one("lo-nao-estou-pedindo-reembolso", LO, "Marcelo Pires <marcelo.pires@piresengenharia.com.br>", "Cancelar renovação",
    when("2025-09-20 11:00", "BR"),
    "Olá,\n\nNão estou pedindo reembolso nenhum, sei que a política não permite. Só quero cancelar o plano mensal "
    "pra não ser cobrado em outubro.\n\nValeu,\nMarcelo\n",
    status="decided", decisions=[C("cancel", "2025-10-04")],
    spec="Section 8 negation: 'Não estou pedindo reembolso' adds no refund intent; L8 cancel until "
         "current_period_end 2025-10-04.",
    line="'not asking for a refund, just cancel' -> cancel until 2025-10-04, no refund decision")

lo_customer("renata.lima.rl@gmail.com", "Renata Lima", None, status="trial", trial_ends="2025-10-09")
one("lo-pergunta-hipotetica", LO, "Renata Lima <renata.lima.rl@gmail.com>", "Dúvida sobre reembolso",
    when("2025-09-26 14:00", "BR"),
    "Oi! Tô no período de teste e pensando em assinar o plano trimestral. Se eu assinar e não funcionar pro meu "
    "negócio, eu consigo o dinheiro de volta? Ou só dá pra cancelar?\n\nRenata\n",
    status="other",
    spec="Section 8: a hypothetical refund question before buying is a policy question; nothing else asked -> other.",
    line="trial user: 'if it doesn't work, do I get my money back?' -> other")

lo_customer("ana.paula@vieiradesign.com.br", "Ana Paula Vieira", "monthly", cps="2025-09-11", cpe="2025-10-10")
lo_pay("pay_pt3_111", "LO-INV-82111", "ana.paula@vieiradesign.com.br", "monthly", "1499.00", "2025-09-11T10:00:00", "2025-09-11", "2025-10-10")
one("lo-endereco-com-tag", LO, "Ana Paula Vieira <ana.paula+leads@vieiradesign.com.br>", "Cancelar assinatura mensal",
    when("2025-09-24 15:00", "BR"),
    "Olá, quero cancelar minha assinatura mensal e saber até quando ela fica ativa.\n\nAna Paula\nVieira Design\n",
    status="need_info", rules=["C2"],
    spec="Section 8 addresses: a +tag makes another address, so ana.paula+leads@... is not the registered "
         "ana.paula@vieiradesign.com.br -> unknown sender, C2 (no account details, such as the end date).",
    line="sender uses a +tag variant of the registered address -> need_info (C2)")

lo_customer("gustavo@ramosautopecas.com.br", "Gustavo Ramos", "quarterly", cps="2025-08-20", cpe="2025-11-19")
lo_pay("pay_pt3_112", "LO-INV-82112", "gustavo@ramosautopecas.com.br", "quarterly", "3999.00", "2025-08-20T10:00:00", "2025-08-20", "2025-11-19")
one("lo-reply-to-cadastrado", LO, "Gustavo Ramos <gustavo.ramos.financeiro@outlook.com>", "Cancelamento",
    when("2025-09-27 09:30", "BR"),
    "Bom dia,\n\nfavor cancelar o plano trimestral da Ramos Autopeças. Não vamos mais usar.\n\nGustavo Ramos\n",
    headers={"Reply-To": "Gustavo Ramos <gustavo@ramosautopecas.com.br>"},
    status="need_info", rules=["C2"],
    spec="Section 8 addresses: the sender is the From address; Reply-To (the registered gustavo@ramosautopecas.com.br) "
         "never verifies anyone -> From is not on record -> C2.",
    line="From an unregistered address with Reply-To the registered one -> need_info (C2)")

lo_customer("felipe@araujofitness.com.br", "Felipe Araújo", "monthly", cps="2025-09-26", cpe="2025-10-25")
lo_pay("pay_pt3_113", "LO-INV-82113", "felipe@araujofitness.com.br", "monthly", "1499.00", "2025-09-26T07:30:00", "2025-09-26", "2025-10-25")
lo_pay("pay_pt3_114", "LO-INV-82114", "felipe@araujofitness.com.br", "monthly", "1499.00", "2025-09-26T07:31:00", "2025-09-26", "2025-10-25")
h1, hid = mail("lo-fio-motivo-1", "Felipe Araújo <felipe@araujofitness.com.br>", LO_TO,
               "Reembolso fatura LO-INV-82114", when("2025-09-27 08:00", "BR"),
               "Olá, quero o reembolso da fatura LO-INV-82114, por favor.\n\nFelipe Araújo\nAraújo Fitness\n")
h2, _ = mail("lo-fio-motivo-2", "Felipe Araújo <felipe@araujofitness.com.br>", LO_TO,
             "Re: Reembolso fatura LO-INV-82114", when("2025-09-28 10:00", "BR"),
             "O motivo é que meu cartão foi cobrado duas vezes no mesmo dia, a LO-INV-82113 e a LO-INV-82114, "
             "pelo mesmo mês do plano mensal.\n\nFelipe\n\n"
             "Em sáb., 27 de set. de 2025 às 12:10, Suporte LeadsOptima <support@leadsoptima.com> escreveu:\n"
             "> Para analisarmos o pedido, conte-nos o motivo do reembolso.\n",
             reply_to_first=hid)
case("lo-fio-motivo", [h1, h2], LO, "decided", decisions=[R("approve", "1499.00")],
     spec="C3: the first email gives the invoice but no reason (restating the request is not one, section 8); the "
          "reply gives 'cobrado duas vezes' (L2 duplicate_payment). Paid pair 2025-09-26 same period; request time = "
          "first email 2025-09-27 16:30 IST = day 1 -> L4 approve 1499.00 (LO-INV-82114, the later charge).",
     line="thread: refund without reason, asked, answered 'charged twice' -> approve 1499.00 (C3, L4)")

lo_customer("patricia.gomes@gomesbuffet.com.br", "Patrícia Gomes", "monthly", cps="2025-09-25", cpe="2025-10-24")
lo_pay("pay_pt3_115", "LO-INV-82115", "patricia.gomes@gomesbuffet.com.br", "monthly", "1499.00", "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
one("lo-procon-advogado", LO, "Patrícia Gomes <patricia.gomes@gomesbuffet.com.br>", "ABSURDO - sem acesso e sem resposta",
    when("2025-09-29 20:00", "BR"),
    "Paguei a mensalidade dia 25 (LO-INV-82115) e desde então não consigo entrar na plataforma. Ninguém me responde. "
    "Quero meu dinheiro de volta. Se não resolverem até sexta vou registrar reclamação no Procon e meu advogado "
    "vai entrar com uma ação.\n\nPatrícia Gomes\nGomes Buffet\n",
    status="decided", rules=["C4"], decisions=[R("escalate")],
    spec="C4: consumer-authority (Procon) and lawyer ('meu advogado') threat -> escalate the whole case (L6 would "
         "escalate too).",
    line="no access + Procon / lawyer threat -> escalate (C4)")

one("lo-lista-newsletter", LO, "Boletim Gestão PME <boletim@gestaopme-news.com.br>",
    "Boletim semanal: como reduzir cancelamentos e pedidos de reembolso", when("2025-09-29 07:00", "BR"),
    "Boletim Gestão PME — edição 212\n\n1. Cinco dicas para reduzir o cancelamento de assinaturas\n"
    "2. Reembolso e estorno: o que diz o CDC\n\nPara cancelar a inscrição, clique aqui.\n",
    headers={"List-Id": "Boletim Gestao PME <boletim.gestaopme-news.com.br>", "Precedence": "list",
             "List-Unsubscribe": "<mailto:sair@gestaopme-news.com.br>"},
    to="billing@leadsoptima.com",
    status="ignore", rules=["C7"],
    spec="C7: List-Id and Precedence: list (a mailing list) -> ignore, whatever words about cancellations and refunds it holds.",
    line="newsletter (List-Id, Precedence: list) about cancellations -> ignore (C7)")

one("lo-resposta-automatica", LO, "Fernando Castro <fernando.castro@castrologistica.com.br>",
    "Resposta automática: [LO-2291] Sua solicitação de cancelamento", when("2025-09-26 18:00", "BR"),
    "Olá! Estou de férias até 10/10, com acesso limitado ao e-mail. Assuntos financeiros (cobranças, estornos, "
    "cancelamentos): financeiro@castrologistica.com.br.\n\nFernando Castro\n",
    headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"},
    status="ignore", rules=["C7"],
    spec="C7: Auto-Submitted: auto-replied (vacation reply) -> ignore, never answered.",
    line="vacation auto-reply mentioning refunds and cancellations -> ignore (C7)")

lo_customer("leticia@modasleticia.com.br", "Letícia Moura", "annual", cps="2025-06-01", cpe="2026-05-31")
lo_pay("pay_pt3_116", "LO-INV-82116", "leticia@modasleticia.com.br", "annual", "11988.00", "2025-06-01T10:00:00", "2025-06-01", "2026-05-31")
one("lo-como-exportar", LO, "Letícia Moura <leticia@modasleticia.com.br>", "exportar leads pra planilha",
    when("2025-09-30 11:00", "BR"),
    "Oi gente, como eu faço pra exportar os leads do mês pra uma planilha do Excel? Procurei no menu e não achei. "
    "Também queria saber se dá pra adicionar mais um usuário no plano anual.\n\nBrigada!\nLetícia\n",
    status="other",
    spec="Neither a refund nor a cancellation: how-to questions (export, add a user) -> other.",
    line="how do I export leads / add a user -> other")

lo_customer("sergio.campos@camposcafe.com.br", "Sérgio Campos", "monthly", cps="2025-09-08", cpe="2025-10-07")
lo_pay("pay_pt3_117", "LO-INV-82117", "sergio.campos@camposcafe.com.br", "monthly", "1499.00", "2025-09-08T10:00:00", "2025-09-08", "2025-10-07")
one("lo-enc-financeiro", LO, "Financeiro Campos Café <financeiro@camposcafe.com.br>", "ENC: cancelar LeadsOptima",
    when("2025-09-22 14:00", "BR"),
    "Prezados, segue abaixo o pedido do Sérgio. Favor providenciar.\n\nAtt,\nMônica - Financeiro\n\n"
    "De: Sérgio Campos <sergio.campos@camposcafe.com.br>\n"
    "Enviada em: segunda-feira, 22 de setembro de 2025 09:48\n"
    "Para: Financeiro Campos Café <financeiro@camposcafe.com.br>\n"
    "Assunto: cancelar LeadsOptima\n\n"
    "Mônica, pede pra cancelarem o plano mensal do LeadsOptima, o cadastro está no meu e-mail "
    "sergio.campos@camposcafe.com.br. O motivo é que vamos parar com as campanhas.\n\nSérgio\n",
    status="need_info", rules=["C2"],
    spec="Section 8 forwards: the forwarded request (Outlook 'ENC:' block) names the registered email "
         "sergio.campos@camposcafe.com.br, other than the sender financeiro@... -> C2, ask for it from that address.",
    line="Outlook ENC: forward by the finance desk of a cancellation naming another registered address -> need_info (C2)")

lo_customer("vinicius@barroslog.com.br", "Vinícius Barros", "monthly", cps="2025-09-10", cpe="2025-10-09")
for i, t in ((118, "2025-09-10T09:00:00"), (119, "2025-09-10T09:02:00"), (120, "2025-09-19T09:00:00")):
    lo_pay(f"pay_pt3_{i}", f"LO-INV-82{i}", "vinicius@barroslog.com.br", "monthly", "1499.00", t, "2025-09-10", "2025-10-09")
one("lo-tres-cobrancas-uma-fora", LO, "Vinícius Barros <vinicius@barroslog.com.br>", "cobrado 3x pelo mesmo mês",
    when("2025-09-20 10:00", "BR"),
    "Olá,\n\nfui cobrado três vezes pelo mesmo mês do plano mensal: duas no dia 10/09 (LO-INV-82118 e LO-INV-82119) "
    "e mais uma ontem, 19/09 (LO-INV-82120). Quero o estorno das cobranças repetidas.\n\nVinícius Barros\nBarros Logística\n",
    status="decided", decisions=[R("approve", "1499.00")],
    spec="Section 8 three identical charges (same account, amount 1499.00, period 2025-09-10..2025-10-09): every "
         "charge after the first is a duplicate; the refund is the sum of those inside L3. Request 2025-09-20 18:30 "
         "IST: LO-INV-82119 (2025-09-10) is day 10 -> outside; LO-INV-82120 (2025-09-19) is day 1 -> inside. "
         "Refund 1499.00.",
    line="three identical charges, one duplicate outside the 7-day window -> approve 1499.00 (only the one inside)")

lo_customer("otavio@freitasodonto.com.br", "Otávio Freitas", "annual", cps="2025-09-29", cpe="2026-09-28")
lo_pay("pay_pt3_121", "LO-INV-82121", "otavio@freitasodonto.com.br", "annual", "11988.00", "2025-09-29T12:00:00", "2025-09-29", "2026-09-28")
lo_pay("pay_pt3_122", "LO-INV-82122", "otavio@freitasodonto.com.br", "annual", "11988.00", "2025-09-29T12:01:00", "2025-09-29", "2026-09-28")
one("lo-html-iphone-anual", LO, "Otávio Freitas <otavio@freitasodonto.com.br>", "Plano anual cobrado 2x",
    when("2025-09-30 21:40", "BR"),
    html="<html><head></head><body dir=\"auto\"><div>Boa noite,</div><div><br></div>"
         "<div>O plano anual foi cobrado 2 vezes ontem (29/09), paguei duas vezes o mesmo valor de ₹ 11.988,00. "
         "A fatura da segunda cobrança é LO-INV 82122.</div><div>Peço o estorno da cobrança em duplicidade.</div>"
         "<div><br></div><div>Dr. Otávio Freitas</div><div><br></div><div>Enviado do meu iPhone</div></body></html>",
    status="decided", decisions=[R("approve", "11988.00")],
    spec="HTML-only (Apple Mail). L2 duplicate_payment ('paguei duas vezes'); paid pair 2025-09-29 same period; request "
         "Tue 30 Sep 21:40 -03:00 = 2025-10-01 06:10 IST = day 2 -> L4 approve 11988.00.",
    line="HTML-only iPhone mail, annual plan paid twice -> approve 11988.00")

lo_customer("carol.dias@diaspet.com.br", "Carolina Dias", "monthly", cps="2025-09-27", cpe="2025-10-26")
lo_pay("pay_pt3_123", "LO-INV-82123", "carol.dias@diaspet.com.br", "monthly", "1499.00", "2025-09-27T10:00:00", "2025-09-27", "2025-10-26", status="failed")
lo_pay("pay_pt3_124", "LO-INV-82124", "carol.dias@diaspet.com.br", "monthly", "1499.00", "2025-09-27T10:20:00", "2025-09-27", "2025-10-26")
one("lo-pagamento-falhou", LO, "Carolina Dias <carol.dias@diaspet.com.br>", "cobrança indevida LO-INV-82123",
    when("2025-09-29 12:00", "BR"),
    "Oi,\n\na primeira tentativa de pagamento da mensalidade (LO-INV-82123) deu erro no site, mas o dinheiro saiu da "
    "minha conta do mesmo jeito, e depois paguei de novo (LO-INV-82124). Foi uma cobrança indevida, duplicada. "
    "Quero de volta o valor da LO-INV-82123.\n\nCarol\nDias Pet Shop\n",
    status="decided", decisions=[R("escalate")],
    spec="Section 8 'payments not paid': LO-INV-82123 has status failed in the ledger -> a refund of it is escalated; "
         "there is no pair of two paid charges either (L4 escalate).",
    line="refund of a charge the ledger records as failed -> escalate (section 8)")

# ---------------------------------------------------------------- Optima WebDesign
owd_project("Pousada Maré Alta", "reservas@pousadamarealta.com.br")
owd_pay("pay_pt3_501", "OWD-2025-501", "Pousada Maré Alta", "deposit", "30000.00", "2025-09-20T09:00:00")
one("owd-sinal-71h", OWD, "Pousada Maré Alta <reservas@pousadamarealta.com.br>",
    "Refund Request — Pousada Maré Alta / OWD-2025-501", when("2025-09-23 08:30"),
    "Olá, equipe Optima!\n\nNo sábado pagamos o sinal do site novo da Pousada Maré Alta (fatura OWD-2025-501). "
    "Infelizmente a pousada foi atingida pela ressaca do mar e vamos ficar meses fechados para obras, então não faz "
    "sentido seguir agora. Pedimos a devolução do sinal.\n\nUm abraço,\nHelena Prado\nPousada Maré Alta\n",
    status="decided", decisions=[R("approve", "30000.00")],
    spec="O2 deposit: paid 2025-09-20 09:00 IST, request 2025-09-23 08:30 IST = 71 h 30 min < 72 h, no work started "
         "-> approve 30000.00 before tax.",
    line="deposit ('sinal') refund at 71.5 h, no work -> approve 30000.00 (O2)")

owd_project("Doceria Brigadeiro & Cia", "contato@brigadeiroecia.com.br")
owd_pay("pay_pt3_502", "OWD-2025-502", "Doceria Brigadeiro & Cia", "deposit", "18000.00", "2025-09-25T04:30:00Z")
one("owd-sinal-fuso", OWD, "Brigadeiro & Cia <contato@brigadeiroecia.com.br>", "Devolução do sinal OWD-2025-502",
    when("2025-09-27 23:00", "BR"),
    "Boa noite!\n\nSomos da Doceria Brigadeiro & Cia. Pagamos o sinal na quinta (OWD-2025-502), mas minha sócia saiu "
    "da sociedade e vamos adiar a loja virtual. Podem devolver o sinal?\n\nObrigada,\nTati\n",
    status="decided", decisions=[R("approve", "18000.00")],
    spec="O2 with offsets (section 8): paid_at 2025-09-25T04:30Z = 10:00 IST; request Sat 27 Sep 23:00 -03:00 = "
         "2025-09-28 07:30 IST = 69 h 30 min < 72 h; no work started -> approve 18000.00.",
    line="deposit refund, ledger time in UTC and email in Brazil time: 69.5 h -> approve 18000.00 (O2)")

owd_project("Studio Pilates Equilíbrio", "studio@pilatesequilibrio.com.br")
owd_pay("pay_pt3_503", "OWD-2025-503", "Studio Pilates Equilíbrio", "deposit", "22000.00", "2025-09-15T10:00:00+05:30")
one("owd-sinal-73h", OWD, "Studio Pilates Equilíbrio <studio@pilatesequilibrio.com.br>",
    "Reembolso do sinal - Studio Pilates Equilíbrio", when("2025-09-18 02:40", "BR"),
    "Olá,\n\nsolicito o reembolso do sinal pago na segunda-feira (OWD-2025-503) para o site do Studio Pilates "
    "Equilíbrio. Decidimos fazer só um perfil no Instagram por enquanto, o orçamento apertou.\n\nAbs,\nRoberta\n",
    status="decided", decisions=[R("deny")],
    spec="O2: paid 2025-09-15 10:00 IST; request Thu 18 Sep 02:40 -03:00 = 11:10 IST = 73 h 10 min >= 72 h -> deny.",
    line="deposit refund at 73 h (written at night in Brazil) -> deny (O2)")

owd_project("Cafeteria Grão Nobre", "cafe@graonobre.com.br", "2025-10-06T10:00:00")
owd_pay("pay_pt3_504", "OWD-2025-504", "Cafeteria Grão Nobre", "discovery", "14000.00", "2025-09-12T10:00:00")
one("owd-discovery-sessao-futura", OWD, "Cafeteria Grão Nobre <cafe@graonobre.com.br>",
    "Reembolso da fase de descoberta", when("2025-09-29 09:00", "BR"),
    "Bom dia,\n\nA primeira sessão de descoberta da Cafeteria Grão Nobre está marcada só para 6 de outubro. "
    "Resolvemos não abrir a segunda unidade, então não precisamos mais do projeto. Pedimos o reembolso da taxa "
    "de descoberta, fatura OWD-2025-504.\n\nAtenciosamente,\nJoão Batista\n",
    status="decided", decisions=[R("approve", "14000.00")],
    spec="O1 discovery: work_started_at 2025-10-06 10:00 is later than the request (2025-09-29 17:30 IST), so no "
         "session has started -> approve in full 14000.00.",
    line="discovery fee, first session scheduled after the request -> approve 14000.00 (O1)")

owd_project("Escola Bilíngue Arco-Íris", "secretaria@arcoirisescola.com.br", "2025-07-15T10:00:00")
owd_pay("pay_pt3_505", "OWD-2025-505", "Escola Bilíngue Arco-Íris", "milestone", "36000.00", "2025-07-15T10:00:00", milestone_status="approved")
owd_pay("pay_pt3_506", "OWD-2025-506", "Escola Bilíngue Arco-Íris", "milestone", "32000.00", "2025-09-10T10:00:00", milestone_status="not_started")
one("owd-marco-nao-iniciado", OWD, "Secretaria Arco-Íris <secretaria@arcoirisescola.com.br>",
    "Reembolso da etapa 2 - portal do aluno", when("2025-09-24 14:00", "BR"),
    "Prezados,\n\nA etapa 1 (site institucional) da Escola Bilíngue Arco-Íris foi entregue e aprovada. A etapa 2, o "
    "portal do aluno (fatura OWD-2025-506), ainda não começou, e a mantenedora decidiu contratar um sistema pronto. "
    "Solicitamos o reembolso dessa etapa.\n\nCordialmente,\nSecretaria\n",
    status="decided", decisions=[R("approve", "32000.00")],
    spec="O3 milestone OWD-2025-506 not_started -> approve its amount 32000.00 before tax; the approved stage 1 is not asked for.",
    line="milestone not started -> approve 32000.00 (O3)")

owd_project("Transportadora Rota Sul", "ti@rotasultransportes.com.br", "2025-06-01T10:00:00")
owd_pay("pay_pt3_507", "OWD-2025-507", "Transportadora Rota Sul", "milestone", "45000.00", "2025-08-05T10:00:00", milestone_status="completed")
one("owd-marco-concluido", OWD, "TI Rota Sul <ti@rotasultransportes.com.br>", "estorno OWD-2025-507",
    when("2025-09-19 16:00", "BR"),
    "Boa tarde. O rastreador de cargas do site da Transportadora Rota Sul foi entregue em agosto, mas a diretoria "
    "achou o resultado fraco comparado com o concorrente. Queremos o estorno da parcela OWD-2025-507.\n\nKleber - TI\n",
    status="decided", decisions=[R("deny")],
    spec="O3/O6: the milestone is completed -> deny ('completed deliverables' are non-refundable).",
    line="completed milestone -> deny (O3/O6)")

owd_project("Clínica Sorriso Pleno", "gestao@sorrisopleno.com.br", "2025-08-25T10:00:00")
owd_pay("pay_pt3_508", "OWD-2025-508", "Clínica Sorriso Pleno", "milestone", "26000.00", "2025-09-01T10:00:00", milestone_status="in_progress")
one("owd-marco-em-andamento", OWD, "Gestão Sorriso Pleno <gestao@sorrisopleno.com.br>",
    "Reembolso - agendamento online", when("2025-09-25 10:00", "BR"),
    "Olá,\n\nO módulo de agendamento online da Clínica Sorriso Pleno (OWD-2025-508) está em desenvolvimento, mas "
    "o prazo já estourou duas vezes. Preferimos parar e receber de volta o valor dessa etapa.\n\nAtt,\nDra. Simone\n",
    status="decided", decisions=[R("escalate")],
    spec="O3 milestone in_progress -> escalate (the value of work not started needs a person, interp.).",
    line="milestone in progress -> escalate (O3)")

owd_project("Academia Corpo em Forma", "adm@corpoemforma.com.br", "2025-03-01T10:00:00")
owd_pay("pay_pt3_509", "OWD-2025-509", "Academia Corpo em Forma", "retainer", "17000.00", "2025-09-25T09:00:00",
        period_start="2025-09-25", period_end="2025-10-24", next_billing_at="2025-10-25T09:00:00")
one("owd-retainer-aviso-ok", OWD, "Adm Corpo em Forma <adm@corpoemforma.com.br>",
    "Cancelamento do retainer - Academia Corpo em Forma", when("2025-09-26 09:00", "BR"),
    "Olá!\n\nQueremos cancelar o retainer mensal de marketing da Academia Corpo em Forma (OWD-2025-509). "
    "Contratamos uma agência aqui da cidade, que fica mais fácil de reunir presencialmente.\n\nValeu pela parceria,\nDiego\n",
    status="decided", decisions=[C("cancel", "2025-10-24")],
    spec="O4/O8: next_billing_at 2025-10-25; 2025-10-25 - 7 = 2025-10-18 >= request 2025-09-26 -> next charge avoided, "
         "effective_date = day before next billing = 2025-10-24.",
    line="retainer cancellation with a month's notice -> cancel until 2025-10-24 (O4)")

owd_project("Restaurante Sabor Mineiro", "contato@sabormineiro.com.br", "2025-02-01T10:00:00")
owd_pay("pay_pt3_510", "OWD-2025-510", "Restaurante Sabor Mineiro", "retainer", "13000.00", "2025-09-05T09:00:00",
        period_start="2025-09-05", period_end="2025-10-04", next_billing_at="2025-10-05T09:00:00")
one("owd-retainer-aviso-6-dias", OWD, "Sabor Mineiro <contato@sabormineiro.com.br>",
    "cancelar retainer", when("2025-09-29 11:00", "BR"),
    "Bom dia, uai!\n\nPrecisamos cancelar o retainer do Restaurante Sabor Mineiro (fatura OWD-2025-510). O movimento "
    "caiu muito e não dá pra manter o gasto com marketing agora.\n\nAbraço,\nSeu Geraldo\n",
    status="decided", decisions=[C("cancel", "2025-11-04")],
    spec="O4 edge: next_billing_at 2025-10-05; 2025-10-05 - 7 = 2025-09-28 and the request 2025-09-29 is after it "
         "(6 days' notice) -> the next cycle 2025-10-05..2025-11-04 (monthly, like 2025-09-05..2025-10-04) is billed; "
         "effective_date 2025-11-04.",
    line="retainer cancellation with 6 days' notice (edge) -> next cycle billed, cancel until 2025-11-04 (O4)")

owd_project("Loja Bossa Surf", "loja@bossasurf.com.br", "2025-04-01T10:00:00")
owd_pay("pay_pt3_511", "OWD-2025-511", "Loja Bossa Surf", "retainer", "15500.00", "2025-09-12T09:00:00",
        period_start="2025-09-12", period_end="2025-10-11", next_billing_at="2025-10-12T09:00:00")
one("owd-retainer-reembolso-mes-atual", OWD, "Bossa Surf <loja@bossasurf.com.br>",
    "Cancelamento e reembolso do mês - Loja Bossa Surf", when("2025-09-22 15:00", "BR"),
    "E aí, pessoal,\n\nVamos encerrar o retainer da Loja Bossa Surf (OWD-2025-511): a loja física vai fechar e o "
    "e-commerce vai ser gerido pela marca. Como esse mês quase não teve post, queria também o reembolso da "
    "mensalidade de setembro que já paguei.\n\nAloha,\nPedro\n",
    status="decided", decisions=[R("deny"), C("cancel", "2025-10-11")],
    spec="O4: the current period (2025-09-12..2025-10-11) is never refunded -> refund deny. Cancellation: "
         "next_billing_at 2025-10-12, 2025-10-12 - 7 = 2025-10-05 >= 2025-09-22 -> cancel, effective 2025-10-11.",
    line="retainer cancelled with refund of the current month -> refund deny, cancel until 2025-10-11 (O4)")

owd_project("Ateliê Linha & Agulha", "atelie@linhaeagulha.com.br", "2025-08-01T10:00:00")
owd_pay("pay_pt3_512", "OWD-2025-512", "Ateliê Linha & Agulha", "hosting_annual", "14400.00", "2025-09-26T10:00:00",
        setup_fee="1200.00", service_start="2025-10-10")
one("owd-hospedagem-antes-do-inicio", OWD, "Ateliê Linha & Agulha <atelie@linhaeagulha.com.br>",
    "Cancelar hospedagem anual", when("2025-09-28 10:00", "BR"),
    "Oi, tudo bem?\n\nContratei a hospedagem anual do site do Ateliê Linha & Agulha (OWD-2025-512, ₹ 14.400,00 já "
    "com a taxa de ativação), que começaria dia 10/10. Descobri que a plataforma de loja que vou usar já inclui "
    "hospedagem. Quero cancelar e receber o reembolso proporcional.\n\nBeijo,\nDona Cida\n",
    status="decided", decisions=[R("approve", "12100.00"), C("cancel")],
    spec="O5 + section 8 'before the service starts': service_start 2025-10-10 is after the request (2025-09-28), "
         "consumed_months = 1; monthly_value = (14400.00 - 1200.00) / 12 = 1100.00; refund = 14400.00 - 1200.00 - "
         "1100.00 = 12100.00. Cancellation: the email asks for it in words ('Quero cancelar e receber o reembolso proporcional'), "
         "so section 1 'A request for both a refund and a cancellation gets both parts decided' makes it required "
         "(O5: the refund ends the plan -> cancel); its effective_date is not checked.",
    line="annual hosting cancelled before it starts -> approve 12100.00 (O5, consumed_months 1) + cancel")

owd_project("Contabilidade Pereira & Filhos", "escritorio@pereiraefilhos.com.br", "2025-08-01T10:00:00")
owd_pay("pay_pt3_513", "OWD-2025-513", "Contabilidade Pereira & Filhos", "maintenance_annual", "30000.00", "2025-09-16T10:00:00",
        setup_fee="6000.00", service_start="2025-09-17")
one("owd-manutencao-dia14", OWD, "Escritório Pereira & Filhos <escritorio@pereiraefilhos.com.br>",
    "Cancelamento do plano de manutenção anual", when("2025-10-01 08:00"),
    "Prezados,\n\nSolicitamos o cancelamento do plano de manutenção anual do site da Contabilidade Pereira & Filhos "
    "(OWD-2025-513) e o reembolso proporcional previsto na política. O motivo é que o escritório foi incorporado por "
    "outro grupo, que já tem equipe de TI própria.\n\nAtenciosamente,\nAntônio Pereira\n",
    status="decided", decisions=[R("approve", "22000.00"), C("cancel")],
    spec="O5 maintenance_annual: service_start 2025-09-17, request 2025-10-01 08:00 IST = day 14, inside ('at most "
         "day N', section 1; O5 counts from service_start, not from paid_at 2025-09-16, which would be day 15); monthly_value = (30000.00 - 6000.00) / 12 = 2000.00; consumed_months = 1; refund = "
         "30000.00 - 6000.00 - 2000.00 = 22000.00. Cancellation: the email asks for it in words ('Solicitamos o cancelamento ... e o reembolso proporcional'), "
         "so section 1 'A request for both a refund and a cancellation gets both parts decided' makes it required "
         "(O5: the refund ends the plan -> cancel); its effective_date is not checked.",
    line="annual maintenance cancelled on day 14 (edge) -> approve 22000.00 + cancel (O5)")

owd_project("Pet Shop Amigo Fiel", "amigofiel@petamigofiel.com.br", "2025-08-01T10:00:00")
owd_pay("pay_pt3_514", "OWD-2025-514", "Pet Shop Amigo Fiel", "hosting_annual", "12000.00", "2025-09-09T10:00:00",
        service_start="2025-09-10")
one("owd-hospedagem-dia15", OWD, "Pet Shop Amigo Fiel <amigofiel@petamigofiel.com.br>",
    "Reembolso proporcional da hospedagem", when("2025-09-25 09:00", "BR"),
    "Olá, gostaria do reembolso proporcional da hospedagem anual do Pet Shop Amigo Fiel (OWD-2025-514). Vamos migrar "
    "o site pra hospedagem do meu sobrinho, que sai mais barato.\n\nGrato,\nWalter\n",
    status="decided", decisions=[R("deny")], extra_ok=True,
    spec="O5: service_start 2025-09-10, request 2025-09-25 17:30 IST = day 15 > 14 -> deny.",
    line="annual hosting refund on day 15 -> deny (O5)")

owd_project("Livraria Sebo Cultural", "sebo@sebocultural.com.br", "2025-07-01T10:00:00")
owd_pay("pay_pt3_515", "OWD-2025-515", "Livraria Sebo Cultural", "third_party", "6200.00", "2025-09-20T10:00:00")
one("owd-licenca-plugin", OWD, "Sebo Cultural <sebo@sebocultural.com.br>", "reembolso licença do plugin",
    when("2025-09-23 10:00", "BR"),
    "Oi, vocês compraram pra gente a licença anual do plugin premium de catálogo (OWD-2025-515) para o site da "
    "Livraria Sebo Cultural, mas achamos um plugin gratuito que resolve. Dá pra devolver o valor da licença?\n\nBruno\n",
    status="decided", decisions=[R("deny")],
    spec="O6: kind third_party (premium plugin licence) is never refundable -> deny.",
    line="premium plugin licence (third party) -> deny (O6)")

owd_project("Imobiliária Casa Nova", "atendimento@casanovaimoveis.com.br", "2025-09-01T10:00:00")
owd_pay("pay_pt3_516", "OWD-2025-516", "Imobiliária Casa Nova", "setup", "5000.00", "2025-09-02T10:00:00")
one("owd-taxa-ativacao", OWD, "Atendimento Casa Nova <atendimento@casanovaimoveis.com.br>",
    "Devolução taxa de ativação", when("2025-09-18 17:00", "BR"),
    "Boa tarde,\n\nPagamos uma taxa de ativação (OWD-2025-516) para o portal de imóveis da Imobiliária Casa Nova. "
    "Achamos que essa taxa não faz sentido, já que pagamos o projeto inteiro. Queremos a devolução.\n\nAtt,\nMárcia\n",
    status="decided", decisions=[R("deny")],
    spec="O6: kind setup (setup/activation fee) is never refundable -> deny.",
    line="setup / activation fee -> deny (O6)")

owd_project("Colégio Pequeno Príncipe", "secretaria@colegiopequenoprincipe.com.br")
owd_pay("pay_pt3_517", "OWD-2025-517", "Colégio Pequeno Príncipe", "deposit", "25000.00", "2025-09-29T10:00:00")
one("owd-remetente-gmail", OWD, "Regina Alves <regina.alves.diretora@gmail.com>",
    "Reembolso sinal site Colégio Pequeno Príncipe", when("2025-09-30 08:00", "BR"),
    "Bom dia,\n\nSou a diretora do Colégio Pequeno Príncipe. Ontem a secretaria pagou o sinal do site (OWD-2025-517), "
    "mas a associação de pais vetou o gasto na assembleia. Peço o reembolso.\n\nRegina Alves\n",
    status="need_info", rules=["C2"],
    spec="C2 (explicit for Optima): the contract email is secretaria@colegiopequenoprincipe.com.br; the director's gmail "
         "is not it -> ask to write from the contract email, nothing about the project.",
    line="deposit refund from the director's gmail, not the contract email -> need_info (C2)")

owd_project("Hamburgueria Brasa", "socios@hamburgueriabrasa.com.br", "2025-05-01T10:00:00")
owd_pay("pay_pt3_518", "OWD-2025-518", "Hamburgueria Brasa", "retainer", "11000.00", "2025-09-15T09:00:00",
        period_start="2025-09-15", period_end="2025-10-14", next_billing_at="2025-10-15T09:00:00")
one("owd-enc-nomeando-contrato", OWD, "Caixa Hamburgueria Brasa <caixa@hamburgueriabrasa.com.br>",
    "ENC: Cancelamento retainer Brasa", when("2025-09-24 12:00", "BR"),
    "Segue o pedido dos sócios.\n\n"
    "-----Mensagem original-----\n"
    "De: Sócios Brasa <socios@hamburgueriabrasa.com.br>\n"
    "Enviada em: terça-feira, 23 de setembro de 2025 18:30\n"
    "Para: caixa@hamburgueriabrasa.com.br\n"
    "Assunto: Cancelamento retainer Brasa\n\n"
    "Pede pra Optima cancelar o retainer da Hamburgueria Brasa (OWD-2025-518). O contrato está no e-mail "
    "socios@hamburgueriabrasa.com.br. Motivo: vamos fechar a segunda loja e cortar custos.\n",
    status="need_info", rules=["C2"],
    spec="Section 8 forwards: the forwarded request names the contract email socios@hamburgueriabrasa.com.br, other "
         "than the sender caixa@... -> C2, ask for the request from the contract email.",
    line="ENC: forward by the cashier of a retainer cancellation naming the contract email -> need_info (C2)")

owd_project("Floricultura Jardim Secreto", "flores@jardimsecreto.com.br")
owd_pay("pay_pt3_519", "OWD-2025-519", "Floricultura Jardim Secreto", "third_party", "2800.00", "2025-09-29T14:00:00")
owd_pay("pay_pt3_520", "OWD-2025-520", "Floricultura Jardim Secreto", "deposit", "20000.00", "2025-09-29T15:00:00")
k1, kid = mail("owd-fio-fatura-1", "Floricultura Jardim Secreto <flores@jardimsecreto.com.br>", OWD_TO,
               "Reembolso - Floricultura Jardim Secreto", when("2025-09-30 01:30", "BR"),
               "Olá,\n\nontem pagamos o sinal do site da Floricultura Jardim Secreto, mas meu marido ficou doente e vamos "
               "fechar a loja por uns meses. Queremos o reembolso do sinal.\n\nLuciana\n")
k2, _ = mail("owd-fio-fatura-2", "Floricultura Jardim Secreto <flores@jardimsecreto.com.br>", OWD_TO,
             "Re: Reembolso - Floricultura Jardim Secreto", when("2025-09-30 20:00", "BR"),
             "Oi, o número do sinal é owd 2025 520.\n\nLuciana\n\n"
             "-----Mensagem original-----\nDe: Optima WebDesign\nAssunto: Re: Reembolso - Floricultura Jardim Secreto\n"
             "> Por favor, informe o número da fatura ou referência do pagamento.\n",
             reply_to_first=kid)
case("owd-fio-fatura", [k1, k2], OWD, "decided", decisions=[R("approve", "20000.00")],
     spec="C3: the first email has project and reason but no invoice (the project has two payments); the reply gives "
          "'owd 2025 520' = OWD-2025-520 (section 8). O2: paid 2025-09-29 15:00 IST; request time = first email "
          "Tue 30 Sep 01:30 -03:00 = 10:00 IST (19 h < 72 h), no work started -> approve 20000.00.",
     line="thread: deposit refund without invoice, asked, answered 'owd 2025 520' -> approve 20000.00 (C3, O2)")

owd_project("Marcenaria Madeira Viva", "orcamentos@madeiraviva.com.br", "2025-08-01T10:00:00")
owd_pay("pay_pt3_521", "OWD-2025-521", "Marcenaria Madeira Viva", "milestone", "24000.00", "2025-09-15T10:00:00", milestone_status="not_started")
one("owd-sem-motivo", OWD, "Marcenaria Madeira Viva <orcamentos@madeiraviva.com.br>",
    "Refund Request — Marcenaria Madeira Viva / OWD-2025-521", when("2025-09-26 10:00", "BR"),
    "Prezados,\n\nSolicito o reembolso da parcela OWD-2025-521 do projeto Marcenaria Madeira Viva. Favor providenciar.\n\n"
    "Atenciosamente,\n\nRogério Lemos\nMarcenaria Madeira Viva — Móveis planejados\n(31) 0000-0000\n",
    status="need_info", missing=["reason"],
    spec="Section 8 'What a reason is': 'favor providenciar', sign-off and signature are not reasons; Optima requires "
         "a reason -> need_info [reason].",
    line="milestone refund with project and invoice but no reason -> need_info [reason]")

owd_project("Agência Viaje Bem", "financeiro@viajebem.tur.br")
owd_pay("pay_pt3_522", "OWD-2025-522", "Agência Viaje Bem", "deposit", "27000.00", "2025-09-28T10:00:00")
one("owd-chargeback", OWD, "Financeiro Viaje Bem <financeiro@viajebem.tur.br>", "Estorno do sinal OWD-2025-522",
    when("2025-09-29 10:00", "BR"),
    "Olá,\n\nPagamos ontem o sinal do site da Agência Viaje Bem (OWD-2025-522), mas o projeto foi cancelado pela "
    "matriz. Quero o estorno imediato; se não houver resposta até amanhã, vou contestar a cobrança no cartão e "
    "pedir o chargeback.\n\nFinanceiro\n",
    status="decided", rules=["C4"], decisions=[R("escalate")],
    spec="C4: chargeback threat ('chargeback', 'contestar a cobrança no cartão') -> escalate the whole case, although "
         "O2 alone would approve (24 h, no work).",
    line="deposit refund with a chargeback threat -> escalate (C4)")

one("owd-envio-em-massa", OWD, "Promoções HostMax <ofertas@hostmax-promo.com.br>",
    "Cancele sua hospedagem atual e ganhe 3 meses grátis!", when("2025-09-27 06:00", "BR"),
    html="<html><body><h1>Troque de hospedagem!</h1><p>Cancele o plano atual, traga seu site e ganhe reembolso "
         "em dobro se não gostar.</p><p><a href=\"https://example.com/sair\">Descadastrar</a></p></body></html>",
    headers={"Precedence": "bulk"}, to="billing@optimawebdesign.com",
    status="ignore", rules=["C7"],
    spec="C7: Precedence: bulk (marketing mail) -> ignore.",
    line="HTML bulk promotion (Precedence: bulk) about cancelling and refunds -> ignore (C7)")

one("owd-pergunta-antes-de-contratar", OWD, "Otávio Lins <otaviolins.arquiteto@gmail.com>",
    "Dúvida sobre o sinal", when("2025-09-30 10:00", "BR"),
    "Olá! Estou pensando em contratar vocês para o site do meu escritório de arquitetura. Se eu pagar o sinal e "
    "desistir depois de uma semana, eu recebo de volta? E vocês fazem também a hospedagem?\n\nObrigado,\nOtávio Lins\n",
    status="other",
    spec="Section 8: a hypothetical refund question before buying is a policy question; no refund or cancellation is "
         "asked -> other.",
    line="prospect: 'if I pay the deposit and give up, do I get it back?' -> other")

owd_project("Vinícola Serra Gaúcha", "enoturismo@vinicolaserragaucha.com.br", "2025-06-01T10:00:00")
owd_pay("pay_pt3_523", "OWD-2025-523", "Vinícola Serra Gaúcha", "change_request", "7500.00", "2025-09-11T10:00:00")
one("owd-mudanca-de-escopo", OWD, "Vinícola Serra Gaúcha <enoturismo@vinicolaserragaucha.com.br>",
    "reembolso da alteração extra", when("2025-09-21 12:00", "BR"),
    "Bah, pessoal, pedimos uma alteração fora do escopo pra incluir reservas de degustação no site da Vinícola Serra "
    "Gaúcha (OWD-2025-523) e pagamos à parte. A gente decidiu que as reservas vão ser só por WhatsApp, então "
    "queremos o valor de volta.\n\nAbraço,\nLuiz\n",
    status="decided", decisions=[R("deny")],
    spec="O6: kind change_request (outside the original scope) is never refundable -> deny.",
    line="change request outside scope -> deny (O6)")

owd_project("Mercadinho Bom Preço", "compras@mercadinhobompreco.com.br", "2025-04-01T10:00:00")
owd_pay("pay_pt3_524", "OWD-2025-524", "Mercadinho Bom Preço", "retainer", "9000.00", "2025-09-18T09:00:00",
        period_start="2025-09-18", period_end="2025-10-17", next_billing_at="2025-10-18T09:00:00")
one("lo-cliente-da-optima", LO, "Compras Bom Preço <compras@mercadinhobompreco.com.br>", "cancelar contrato mensal",
    when("2025-09-25 10:00", "BR"),
    "Olá, queremos cancelar o contrato mensal de marketing do Mercadinho Bom Preço. Vamos cuidar das redes sociais "
    "internamente a partir de novembro.\n\nAtt,\nSetor de Compras\n",
    status="need_info", rules=["C2"],
    spec="Section 8 'The other brand's customer': sent to support@leadsoptima.com, so C1 picks LeadsOptima; the sender "
         "has no LeadsOptima account (only an Optima project) -> unknown sender, C2 (and C3).",
    line="Optima client writes to the LeadsOptima mailbox -> need_info (C2)")
# ---------------------------------------------------------------- write
if __name__ == "__main__":
    ids = [c["id"] for c in cases]
    assert len(ids) == len(set(ids))
    invs = [p["invoice"] for p in payments]
    assert len(invs) == len(set(invs))
    (HERE / "ledger.json").write_text(json.dumps({"customers": customers, "projects": projects, "payments": payments},
                                                 ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    lines = [f"- `{c['id']}` ({c['brand']}): {c['status']} — {c.pop('_line')}" for c in cases]
    (HERE / "expected.json").write_text(json.dumps({"cases": cases}, ensure_ascii=False, indent=1) + "\n",
                                        encoding="utf-8")
    if "--list" in sys.argv:  # the README's case list
        print("\n".join(lines))
    else:
        print(len(cases), "cases")
