"""Fresh held-out round 9, Portuguese (pt): generator (stdlib only, deterministic).

Written by QA pass qa9a from POLICY_SPEC.md alone. MIT licence; all text written for this project.
Run: python3 make_cases.py  (writes ledger.json, emails/*.eml, expected.json beside this file)
"""
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

ledger = {"customers": [], "projects": [], "payments": []}
cases = []
emails = {}


def cust(email, name, plan, ps=None, pe=None, status="active", trial_ends=None):
    ledger["customers"].append({"brand": "leadsoptima", "email": email, "name": name, "plan": plan,
                                "status": status, "trial_ends": trial_ends,
                                "current_period_start": ps, "current_period_end": pe})


def lopay(pid, inv, email, plan, amount, paid_at, ps=None, pe=None, status="paid", tax="0.00"):
    ledger["payments"].append({"brand": "leadsoptima", "id": pid, "invoice": inv, "customer_email": email,
                               "kind": "subscription", "plan": plan, "amount": amount, "tax": tax,
                               "currency": "INR", "paid_at": paid_at, "period_start": ps, "period_end": pe,
                               "status": status})


def proj(name, email, started=None):
    ledger["projects"].append({"brand": "optima_webdesign", "name": name, "contract_email": email,
                               "work_started_at": started})


def owpay(pid, inv, project, kind, amount, tax, paid_at, status="paid", **kw):
    rec = {"brand": "optima_webdesign", "id": pid, "invoice": inv, "project": project, "kind": kind,
           "amount": amount, "tax": tax, "currency": "INR", "paid_at": paid_at, "status": status,
           "setup_fee": None, "service_start": None, "next_billing_at": None,
           "period_start": None, "period_end": None, "milestone_status": None}
    rec.update(kw)
    ledger["payments"].append(rec)


def mail(name, frm, to, subject, when, body=None, html=None, headers=None, reply_to=None):
    """when: (y, m, d, h, mi) in IST, or a datetime."""
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    d = when if isinstance(when, datetime) else datetime(*when, tzinfo=IST)
    m["Date"] = format_datetime(d)
    m["Message-ID"] = f"<{name}.{LANG}@fresh9.example>"
    for k, v in (headers or {}).items():
        m[k] = v
    if reply_to:
        m["In-Reply-To"] = f"<{reply_to}.{LANG}@fresh9.example>"
        m["References"] = f"<{reply_to}.{LANG}@fresh9.example>"
    if body is not None:
        m.set_content(body)
        if html is not None:
            m.add_alternative(html, subtype="html")
    else:
        m.set_content(html, subtype="html")
    emails[name] = m
    return f"emails/{name}.eml"


def case(cid, files, brand, status, decisions=(), rules=(), spec="", missing=None, extra_ok=False, ambiguous=None):
    c = {"id": f"{LANG}-{cid}", "lang": LANG, "files": list(files), "brand": brand, "status": status,
         "rules": list(rules)}
    if missing is not None:
        c["missing"] = missing
    c["decisions"] = [dict(d) for d in decisions]
    if extra_ok:
        c["extra_ok"] = True
    c["spec"] = spec
    if ambiguous:
        c["ambiguous"] = ambiguous
    cases.append(c)


def R(outcome, amount=None):
    d = {"intent": "refund", "outcome": outcome}
    if outcome == "approve":
        d["amount"] = amount
    return d


def C(outcome, eff=None):
    d = {"intent": "cancellation", "outcome": outcome}
    if eff:
        d["effective_date"] = eff
    return d


LOB, OWB = "leadsoptima", "optima_webdesign"
BRT = timezone(timedelta(hours=-3))
LIS = timezone(timedelta(hours=1))

# ---------------------------------------------------------------- LeadsOptima
cust("thiago.martins@martinsdigital.com.br", "Thiago Martins", "annual", "2025-09-18", "2026-09-17")
lopay("pt9_p01a", "LO-INV-61870", "thiago.martins@martinsdigital.com.br", "annual", "14388.00", "2025-09-18T13:20:00", "2025-09-18", "2026-09-17", tax="2589.84")
lopay("pt9_p01b", "LO-INV-61871", "thiago.martins@martinsdigital.com.br", "annual", "14388.00", "2025-09-18T13:21:00", "2025-09-18", "2026-09-17", tax="2589.84")
f = mail("l01-html-cobranca-dupla", "Thiago Martins <thiago.martins@martinsdigital.com.br>", LO, "Cobrança em duplicidade - plano anual",
         (2025, 9, 23, 15, 10), html="""<html><head><meta charset="utf-8"></head><body style="font-family:Arial">
<p>Olá, pessoal da LeadsOptima, tudo bem?</p>
<p>No dia 18/09 a renovação do meu <strong>plano anual</strong> foi cobrada em duplicidade no cartão corporativo: duas
cobranças iguais de R$ 14.388,00 (faturas LO-INV-61870 e LO-INV-61871). Peço por gentileza o estorno da segunda, a
<u>LO-INV-61871</u>.</p>
<p>Abraço,<br><b>Thiago Martins</b><br>Martins Digital | Growth &amp; Performance<br>
<a href="https://martinsdigital.com.br">martinsdigital.com.br</a></p></body></html>""")
case("l01-html-cobranca-dupla", [f], LOB, "decided", [R("approve", "14388.00")],
     spec="HTML-only; L2 duplicate_payment (cobrada em duplicidade); two paid annual charges 14388.00 on 2025-09-18, same period; request 2025-09-23 = day 5 (L3); L4 approve 14388.00 before tax (C6)")

cust("ines.carvalho@carvalho-lda.pt", "Inês Carvalho", "monthly", "2025-09-20", "2025-10-19")
lopay("pt9_p02a", "LO-INV-61880", "ines.carvalho@carvalho-lda.pt", "monthly", "1299.00", "2025-09-20T10:00:00", "2025-09-20", "2025-10-19")
lopay("pt9_p02b", "LO-INV-61881", "ines.carvalho@carvalho-lda.pt", "monthly", "1299.00", "2025-09-20T10:03:00", "2025-09-20", "2025-10-19")
f = mail("l02-lisboa-dia8", "Inês Carvalho <ines.carvalho@carvalho-lda.pt>", LO, "Pagamento debitado duas vezes",
         datetime(2025, 9, 27, 20, 0, tzinfo=LIS), body="""Boa noite,

Reparei agora que a mensalidade de dia 20 foi debitada duas vezes no meu cartão (LO-INV-61880 e LO-INV-61881).
Solicito a devolução do débito repetido, o LO-INV-61881. Plano mensal.

Com os melhores cumprimentos,
Inês Carvalho
Carvalho & Filhos, Lda.
""")
case("l02-lisboa-dia8", [f], LOB, "decided", [R("deny")],
     spec="Date 2025-09-27 20:00 +01:00 = 2025-09-28 00:30 IST: windows count in the brand's zone (section 1); charge 2025-09-20 = day 0, request day 8 > 7: L3 deny")

cust("gabriela.souza@souzaeventos.com.br", "Gabriela Souza", "quarterly", "2025-09-21", "2025-12-20")
lopay("pt9_p03a", "LO-INV-61890", "gabriela.souza@souzaeventos.com.br", "quarterly", "3897.00", "2025-09-21T11:00:00", "2025-09-21", "2025-12-20")
lopay("pt9_p03b", "LO-INV-61891", "gabriela.souza@souzaeventos.com.br", "quarterly", "3897.00", "2025-09-21T11:02:00", "2025-09-21", "2025-12-20")
f = mail("l03-sao-paulo-dia7", "Gabriela Souza <gabriela.souza@souzaeventos.com.br>", LO, "cobraram 2x o trimestral",
         datetime(2025, 9, 27, 18, 0, tzinfo=BRT), body="""Oi! Vcs me cobraram duas vezes o plano trimestral no domingo passado, fatura repetida LO-INV-61891.
Quero o estorno dessa cobrança em dobro, por favor.

Bjs, Gabi
Souza Eventos - Campinas/SP
""")
case("l03-sao-paulo-dia7", [f], LOB, "decided", [R("approve", "3897.00")],
     spec="Date 2025-09-27 18:00 -03:00 = 2025-09-28 02:30 IST; charge 2025-09-21 = day 0, request day 7, inside (L3); L2 duplicate; L4 approve 3897.00")

cust("rodrigo.almeida@almeidaimoveis.com.br", "Rodrigo Almeida", "monthly", "2025-09-26", "2025-10-25")
lopay("pt9_p04", "LO-INV-61900", "rodrigo.almeida@almeidaimoveis.com.br", "monthly", "2299.00", "2025-09-26T09:00:00", "2025-09-26", "2025-10-25")
f = mail("l04-valor-errado", "Rodrigo Almeida <rodrigo.almeida@almeidaimoveis.com.br>", LO, "Valor errado na fatura LO-INV-61900",
         (2025, 9, 28, 10, 15), body="""Prezados,

Meu plano mensal sempre foi R$ 1.299,00 e nesta renovação veio R$ 2.299,00. Valor errado, ninguém me avisou de reajuste.
Solicito o reembolso da fatura LO-INV-61900 até verificarem.

Att.,
Rodrigo Almeida
Almeida Imóveis - CRECI 12345
""")
case("l04-valor-errado", [f], LOB, "decided", [R("escalate")],
     spec="L2 billing_error (valor errado / reajuste não avisado); charge 2025-09-26, request day 2; L5 escalate")

cust("fernanda.lima@limaodonto.com.br", "Fernanda Lima", "quarterly", "2025-09-05", "2025-12-04")
lopay("pt9_p05", "LO-INV-61910", "fernanda.lima@limaodonto.com.br", "quarterly", "3897.00", "2025-09-05T09:00:00", "2025-09-05", "2025-12-04")
f = mail("l05-plano-errado-fora", "Fernanda Lima <fernanda.lima@limaodonto.com.br>", LO, "Cobrança do plano errado",
         (2025, 9, 17, 14, 0), body="""Olá,

eu tinha pedido o plano mensal e vocês me cobraram o trimestral no dia 5 (LO-INV-61910). Cobrança do plano errado,
quero o dinheiro de volta.

Fernanda Lima
""")
case("l05-plano-errado-fora", [f], LOB, "decided", [R("deny")],
     spec="L2 billing_error but charge 2025-09-05, request 2025-09-17 = day 12 > 7: L3 deny")

cust("bruno.teixeira@teixeiralog.com.br", "Bruno Teixeira", "monthly", "2025-09-19", "2025-10-18")
lopay("pt9_p06", "LO-INV-61920", "bruno.teixeira@teixeiralog.com.br", "monthly", "1299.00", "2025-09-19T08:00:00", "2025-09-19", "2025-10-18")
f = mail("l06-sem-acesso-fora", "Bruno Teixeira <bruno.teixeira@teixeiralog.com.br>", LO, "sem acesso ha dias",
         (2025, 9, 29, 11, 30), body="""bom dia, nao consigo acessar minha conta desde o dia 20, ja abri chamado e nada. quero reembolso da mensalidade
LO-INV-61920 (plano mensal).
Bruno
""")
case("l06-sem-acesso-fora", [f], LOB, "decided", [R("deny")],
     spec="L2 access_failure but charge 2025-09-19, request 2025-09-29 = day 10 > 7: L3 deny")

cust("joao.pedrosa@pedrosa.pt", "João Pedrosa", "monthly", "2025-09-25", "2025-10-24")
lopay("pt9_p07", "LO-INV-61930", "joao.pedrosa@pedrosa.pt", "monthly", "1799.00", "2025-09-25T12:00:00", "2025-09-25", "2025-10-24")
f = mail("l07-reencaminhado-proprio", "João Pedrosa <joao.pedrosa@pedrosa.pt>", LO, "Fwd: Plataforma em baixo",
         (2025, 9, 30, 9, 5), body="""Volto a enviar, ainda ninguém me respondeu. Continuo sem conseguir entrar.

Início da mensagem reencaminhada:

De: João Pedrosa <joao.pedrosa@pedrosa.pt>
Assunto: Plataforma em baixo
Data: 27 de setembro de 2025 às 10:12:44 WEST
Para: support@leadsoptima.com

Bom dia,

Desde quinta-feira não consigo fazer login: a página fica a carregar e depois dá erro. Paguei a mensalidade no dia 25
(fatura LO-INV-61930, plano mensal) e não consigo usar a plataforma. Peço o reembolso dessa fatura.

Cumprimentos,
João Pedrosa
""")
case("l07-reencaminhado-proprio", [f], LOB, "decided", [R("escalate")],
     spec="Apple Mail forward (Início da mensagem reencaminhada) of the customer's own earlier mail, sent from the registered address: L2 access_failure, charge 2025-09-25, request (this email) 2025-09-30 = day 5; L6 escalate; no C2 (no other address named)")

cust("larissa.rocha@rochamodas.com.br", "Larissa Rocha", "monthly", "2025-09-24", "2025-10-23")
lopay("pt9_p08", "LO-INV-61940", "larissa.rocha@rochamodas.com.br", "monthly", "1299.00", "2025-09-24T10:00:00", "2025-09-24", "2025-10-23")
f = mail("l08-arrependimento", "Larissa Rocha <larissa.rocha@rochamodas.com.br>", LO, "Reembolso",
         (2025, 9, 25, 16, 45), body="""Oi, tudo bem?

Me arrependi de ter renovado, achei que ia ter mais tempo pra usar mas a loja tá uma loucura. Gostaria do reembolso
da fatura LO-INV-61940 (plano mensal), pode ser?

Obrigada!
Larissa
""")
case("l08-arrependimento", [f], LOB, "decided", [R("deny")],
     spec="Changed mind / no time to use it: not an L2 exception; L1 deny, reply offers cancellation")

cust("marcelo.dias@diasengenharia.com.br", "Marcelo Dias", "quarterly", "2025-08-10", "2025-11-09")
lopay("pt9_p09", "LO-INV-61950", "marcelo.dias@diasengenharia.com.br", "quarterly", "3897.00", "2025-08-10T10:00:00", "2025-08-10", "2025-11-09")
f = mail("l09-reembolso-e-cancelamento", "Marcelo Dias <marcelo.dias@diasengenharia.com.br>", LO, "Cancelamento + reembolso proporcional",
         (2025, 9, 24, 10, 0), body="""Prezados,

Quero cancelar o plano trimestral e receber de volta o proporcional dos dias que não vou usar (fatura LO-INV-61950).
Não usamos a ferramenta desde agosto.

Atenciosamente,
Marcelo Dias
Dias Engenharia
""")
case("l09-reembolso-e-cancelamento", [f], LOB, "decided", [R("deny"), C("cancel", "2025-11-09")],
     spec="Refund of unused days: L1 deny (clause 2 no partial refunds; also day 45 > 7); cancellation L8 effective current_period_end 2025-11-09")

cust("paulo.henrique@phconsultoria.com.br", "Paulo Henrique", "annual")
lopay("pt9_p10", "LO-INV-61960", "paulo.henrique@phconsultoria.com.br", "annual", "14388.00", "2025-03-31T20:00:00Z", "2025-04-01", None)
f = mail("l10-anual-fuso", "Paulo Henrique <paulo.henrique@phconsultoria.com.br>", LO, "Encerrar assinatura anual",
         (2025, 9, 22, 9, 0), body="""Bom dia,

Gostaria de cancelar a assinatura anual. Vamos migrar para outra ferramenta no ano que vem.

Paulo Henrique
PH Consultoria
""")
case("l10-anual-fuso", [f], LOB, "decided", [C("cancel", "2026-03-31")],
     spec="No current_period_end: L8 fallback; paid_at 2025-03-31T20:00Z = 2025-04-01 01:30 IST (section 8 ledger times with an offset), + 12 months - 1 day = 2026-03-31")

cust("camila.nunes@gmail.com", "Camila Nunes", "monthly", "2025-09-14", "2025-10-13")
lopay("pt9_p11", "LO-INV-61970", "camila.nunes@gmail.com", "monthly", "1299.00", "2025-09-14T10:00:00", "2025-09-14", "2025-10-13")
f = mail("l11-nao-quero-estorno", "Camila Nunes <camila.nunes@gmail.com>", LO, "cancelar",
         (2025, 9, 28, 22, 40), body="""ola, nao quero estorno nem nada, so quero cancelar pra nao cobrar mais no mes que vem. obg

Enviado do meu Galaxy
""")
case("l11-nao-quero-estorno", [f], LOB, "decided", [C("cancel", "2025-10-13")],
     spec="'nao quero estorno' is a negation: no refund intent (section 8); cancellation L8 effective current_period_end 2025-10-13")

cust("renata.figueiredo@figueiredoadv.com.br", "Renata Figueiredo", "monthly", "2025-09-27", "2025-10-26")
lopay("pt9_p12a", "LO-INV-61980", "renata.figueiredo@figueiredoadv.com.br", "monthly", "1799.00", "2025-09-27T09:00:00", "2025-09-27", "2025-10-26")
lopay("pt9_p12b", "LO-INV-61981", "renata.figueiredo@figueiredoadv.com.br", "monthly", "1799.00", "2025-09-27T09:04:00", "2025-09-27", "2025-10-26")
f1 = mail("l12-hilo-a", "Renata Figueiredo <renata.figueiredo@figueiredoadv.com.br>", LO, "Estorno fatura LO-INV-61981",
          (2025, 9, 29, 9, 0), body="""Bom dia, solicito o estorno da fatura LO-INV-61981.

Renata Figueiredo
""")
f2 = mail("l12-hilo-b", "Renata Figueiredo <renata.figueiredo@figueiredoadv.com.br>", LO, "Re: Estorno fatura LO-INV-61981 [LO-7730]",
          (2025, 9, 29, 17, 30), reply_to="l12-hilo-a", body="""Claro: o motivo é que a mensalidade foi cobrada duas vezes no sábado, essa é a cobrança repetida.

Em seg., 29 de set. de 2025 às 09:00, Renata Figueiredo escreveu:
> Bom dia, solicito o estorno da fatura LO-INV-61981.
""")
case("l12-hilo-motivo", [f1, f2], LOB, "decided", [R("approve", "1799.00")],
     spec="Thread: first email has invoice but no reason (C3 asks reason); the answer (In-Reply-To) gives duplicate_payment; request time 2025-09-29 = day 2; L4 approve 1799.00")

cust("eduardo.pires@piresauto.com.br", "Eduardo Pires", "monthly", "2025-09-23", "2025-10-22")
lopay("pt9_p13", "LO-INV-61990", "eduardo.pires@piresauto.com.br", "monthly", "1799.00", "2025-09-23T10:00:00", "2025-09-23", "2025-10-22")
f = mail("l13-sem-fatura", "Eduardo Pires <eduardo.pires@piresauto.com.br>", LO, "cobrado a mais",
         (2025, 9, 25, 12, 0), body="""Boa tarde. Fui cobrado a mais esse mês, o valor não é o que eu contratei. Quero a diferença de volta.
Eduardo Pires - Pires Auto Center
""")
case("l13-sem-fatura", [f], LOB, "decided", [R("escalate")],
     spec="Refund with reason (billing_error, 'cobrado a mais'), registered sender; plan and invoice from the ledger, whose only charge for the sender is LO-INV-61990 (section 1; stop 26 correction, was C3 need_info [invoice_number], marked ambiguous on this point): billing_error day 2 -> L5 escalate")

proj("Site Clínica Vida Plena", "contato@vidaplena.com.br", None)
f = mail("l14-cliente-outra-marca", "Clínica Vida Plena <contato@vidaplena.com.br>", LO, "Reembolso",
         (2025, 9, 26, 10, 0), body="""Olá, fomos cobrados duas vezes pela fatura OWD-2025-410 do nosso site. Queremos o estorno de uma delas.
Clínica Vida Plena
""")
case("l14-cliente-outra-marca", [f], LOB, "need_info", rules=["C2"],
     spec="Sent to the LeadsOptima mailbox by an Optima WebDesign client: C1 picks LeadsOptima, sender unknown there (section 8 'The other brand's customer'): C2/C3 need_info")

cust("joana.reis@gmail.com", "Joana Reis", "monthly", "2025-09-28", "2025-10-27")
lopay("pt9_p15a", "LO-INV-62000", "joana.reis@gmail.com", "monthly", "1299.00", "2025-09-28T10:00:00", "2025-09-28", "2025-10-27")
lopay("pt9_p15b", "LO-INV-62001", "joana.reis@gmail.com", "monthly", "1299.00", "2025-09-28T10:01:00", "2025-09-28", "2025-10-27")
f = mail("l15-mais-tag", "Joana Reis <joana.reis+leads@gmail.com>", LO, "Cobrança dupla",
         (2025, 9, 29, 13, 0), body="""Olá! Cobraram duas vezes a mensalidade de ontem (LO-INV-62001 é a repetida). Plano mensal. Podem estornar?
Joana
""")
case("l15-mais-tag", [f], LOB, "need_info", rules=["C2"],
     spec="From joana.reis+leads@gmail.com; registered joana.reis@gmail.com; section 8: a +tag makes another address -> C2 need_info")

cust("vitor.moraes@moraesfoto.com.br", "Vitor Moraes", "monthly", "2025-09-26", "2025-10-25")
lopay("pt9_p16", "LO-INV-62010", "vitor.moraes@moraesfoto.com.br", "monthly", "1299.00", "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
f = mail("l16-reply-to", "Vitor <vitinho.foto@outlook.com>", LO, "Não consigo entrar",
         (2025, 9, 27, 11, 0), headers={"Reply-To": "vitor.moraes@moraesfoto.com.br"}, body="""Bom dia, não consigo acessar o painel desde ontem, dá erro 500. Quero o reembolso da fatura LO-INV-62010, plano mensal.
Vitor Moraes
""")
case("l16-reply-to", [f], LOB, "need_info", rules=["C2"],
     spec="From vitinho.foto@outlook.com; Reply-To is the registered address but 'Reply-To never verifies anyone' (section 8): C2 need_info")

cust("adriana.costa@costamoveis.com.br", "Adriana Costa", "annual", "2025-09-29", "2026-09-28")
lopay("pt9_p17", "LO-INV-62020", "adriana.costa@costamoveis.com.br", "annual", "14388.00", "2025-09-29T10:00:00", "2025-09-29", "2026-09-28")
f = mail("l17-procon-advogado", "Adriana Costa <adriana.costa@costamoveis.com.br>", LO, "RECLAMAÇÃO - renovação anual sem aviso",
         (2025, 9, 30, 11, 0), body="""Vocês renovaram meu plano anual sem aviso (LO-INV-62020). Exijo o reembolso integral e o cancelamento imediato.
Já falei com meu advogado e vou registrar reclamação no Procon e na justiça com base no Código de Defesa do Consumidor.

Adriana Costa
""")
case("l17-procon-advogado", [f], LOB, "decided", [R("escalate"), C("escalate")], rules=["C4"],
     spec="Lawyer (advogado), Procon, consumer code: C4 escalates every intent of the email, the cancellation included (section 8)")

f = mail("l18-newsletter", "Growth Brasil <news@growthbrasil.com.br>", LO, "Newsletter #142: 7 dicas para reduzir o churn",
         (2025, 9, 30, 7, 0), headers={"List-Id": "Growth Brasil <news.growthbrasil.com.br>", "Precedence": "bulk",
                                       "List-Unsubscribe": "<mailto:sair@growthbrasil.com.br>"}, body="""Olá!

Nesta edição: como pedir cancelamento sem perder o cliente, reembolso como ferramenta de retenção e muito mais.

Para sair da lista, clique aqui.
""")
case("l18-newsletter", [f], LOB, "ignore", rules=["C7"],
     spec="List-Id and Precedence: bulk: C7 ignore (words like 'cancelamento'/'reembolso' in it do not matter)")

f = mail("l19-ticket-automatico", "Helpdesk Marques <helpdesk@marquesdistribuidora.com.br>", LO, "[Chamado #88213] Recebemos sua mensagem",
         (2025, 9, 29, 14, 0), headers={"Auto-Submitted": "auto-generated"}, body="""Esta é uma mensagem automática. Seu chamado #88213 foi aberto com o assunto "Re: Sua fatura LeadsOptima - reembolso".
Nossa equipe responderá em até 2 dias úteis. Não responda este e-mail.
""")
case("l19-ticket-automatico", [f], LOB, "ignore", rules=["C7"],
     spec="Auto-Submitted: auto-generated (ticket acknowledgement): C7 ignore")

cust("tatiane.barros@barrospet.com.br", "Tatiane Barros", "monthly", "2025-09-16", "2025-10-15")
lopay("pt9_p20", "LO-INV-62030", "tatiane.barros@barrospet.com.br", "monthly", "1299.00", "2025-09-16T10:00:00", "2025-09-16", "2025-10-15")
f = mail("l20-como-mudar-plano", "Tatiane Barros <tatiane.barros@barrospet.com.br>", LO, "Dúvida: trocar para o anual",
         (2025, 9, 26, 15, 0), body="""Oi gente! Como faço pra trocar do plano mensal pro anual? Vi que sai mais barato. Tem desconto pra quem já é cliente?
Valeu,
Tati - Barros Pet Shop
""")
case("l20-como-mudar-plano", [f], LOB, "other",
     spec="How-to / plan change question, no refund or cancellation: other")

cust("nuno.ferreira@ferreira-arq.pt", "Nuno Ferreira", "quarterly", "2025-07-15", "2025-10-14")
lopay("pt9_p21", "LO-INV-62040", "nuno.ferreira@ferreira-arq.pt", "quarterly", "3897.00", "2025-07-15T10:00:00", "2025-07-15", "2025-10-14")
f = mail("l21-pt-sem-acentos", "Nuno Ferreira <nuno.ferreira@ferreira-arq.pt>", LO, "anular subscricao",
         (2025, 9, 19, 18, 20), body="""Boa tarde

Venho por este meio pedir a anulacao da minha subscricao trimestral. O gabinete vai fechar no fim do ano e ja nao
precisamos do servico. Obrigado pela atencao

Nuno Ferreira
Ferreira Arquitectos
""")
case("l21-pt-sem-acentos", [f], LOB, "decided", [C("cancel", "2025-10-14")],
     spec="European Portuguese without accents ('anulacao da subscricao'): cancellation; L8 effective current_period_end 2025-10-14")

cust("leticia.monteiro@monteirobuffet.com.br", "Letícia Monteiro", "monthly", "2025-09-25", "2025-10-24")
lopay("pt9_p22a", "LO-INV-62050", "leticia.monteiro@monteirobuffet.com.br", "monthly", "1799.00", "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
lopay("pt9_p22b", "LO-INV-62051", "leticia.monteiro@monteirobuffet.com.br", "monthly", "1799.00", "2025-09-25T10:02:00", "2025-09-25", "2025-10-24", status="failed")
f = mail("l22-segunda-falhou", "Letícia Monteiro <leticia.monteiro@monteirobuffet.com.br>", LO, "pagamento duplicado?",
         (2025, 9, 26, 9, 30), body="""Bom dia! Apareceram duas cobranças iguais da mensalidade ontem no app do banco (LO-INV-62050 e LO-INV-62051).
Se foi pagamento duplicado, quero o estorno da LO-INV-62051. Plano mensal.
Letícia
""")
case("l22-segunda-falhou", [f], LOB, "decided", [R("escalate")],
     spec="Claimed duplicate, but LO-INV-62051 has status failed: no pair of two paid charges (L4 -> escalate) and a refund of a payment not paid is escalated (section 8)")

cust("henrique.castro@castrocafe.com.br", "Henrique Castro", "monthly", "2025-09-25", "2025-10-24")
lopay("pt9_p23a", "LO-INV-62060", "henrique.castro@castrocafe.com.br", "monthly", "1299.00", "2025-08-25T10:00:00", "2025-08-25", "2025-09-24")
lopay("pt9_p23b", "LO-INV-62061", "henrique.castro@castrocafe.com.br", "monthly", "1299.00", "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
f = mail("l23-periodos-diferentes", "Henrique Castro <henrique.castro@castrocafe.com.br>", LO, "Cobrança em dobro",
         (2025, 9, 27, 10, 0), body="""Olá. Vi no extrato duas cobranças de 1.299,00 da LeadsOptima, acho que fui cobrado em dobro. A última é a LO-INV-62061.
Peço estorno. Plano mensal.
Henrique - Castro Café
""")
case("l23-periodos-diferentes", [f], LOB, "decided", [R("escalate")],
     spec="Duplicate claimed inside window (day 2), but the two charges are for different billing periods (Aug and Sep): no L4 pair -> escalate")

cust("sofia.antunes@antunes.pt", "Sofia Antunes", None, status="trial", trial_ends="2025-10-03")
f = mail("l24-teste-gratuito", "Sofia Antunes <sofia.antunes@antunes.pt>", LO, "Período experimental",
         (2025, 9, 30, 12, 0), body="""Olá,

Estou no período experimental. Se me cobrarem alguma coisa quando o teste acabar, podem devolver o dinheiro?
Só queria saber antes de decidir se fico.

Sofia
""")
case("l24-teste-gratuito", [f], LOB, "other",
     spec="Trial account; the refund is hypothetical ('Se me cobrarem ... podem devolver?'): section 8, a hypothetical is not a refund request -> other")

# ---------------------------------------------------------------- Optima WebDesign
proj("Loja Virtual Sabor Mineiro", "financeiro@sabormineiro.com.br", None)
owpay("pt9_o01", "OWD-2025-401", "Loja Virtual Sabor Mineiro", "deposit", "35000.00", "6300.00", "2025-09-26T09:30:00")
f = mail("o01-sinal-71h59", "Financeiro Sabor Mineiro <financeiro@sabormineiro.com.br>", OWD, "Refund Request — OWD-2025-401",
         (2025, 9, 29, 9, 29), body="""Prezados,

Referente ao sinal pago na sexta (OWD-2025-401) do projeto Loja Virtual Sabor Mineiro: os sócios decidiram adiar a loja
virtual para 2026 por falta de caixa. Solicitamos a devolução do sinal.

Atenciosamente,
Setor Financeiro — Sabor Mineiro
""")
case("o01-sinal-71h59", [f], OWB, "decided", [R("approve", "35000.00")],
     spec="O2 deposit paid 2025-09-26 09:30, request 2025-09-29 09:29 = 71 h 59 min < 72 h, no work: approve 35000.00 before tax")

proj("Portal Escola Aprender", "diretoria@escolaaprender.com.br", None)
owpay("pt9_o02", "OWD-2025-402", "Portal Escola Aprender", "deposit", "22000.00", "3960.00", "2025-09-25T20:00:00")
f = mail("o02-sinal-fuso-74h", "Diretoria Escola Aprender <diretoria@escolaaprender.com.br>", OWD, "Devolução do sinal - Portal Escola Aprender",
         datetime(2025, 9, 28, 13, 30, tzinfo=BRT), body="""Bom dia,

Pagamos o sinal do Portal Escola Aprender (OWD-2025-402) na quinta-feira. A mantenedora vetou o investimento,
então pedimos a devolução.

Diretoria
""")
case("o02-sinal-fuso-74h", [f], OWB, "decided", [R("deny")],
     spec="O2: paid 2025-09-25 20:00 IST; Date 2025-09-28 13:30 -03:00 = 2025-09-28 22:00 IST = 74 h >= 72 h: deny")

proj("App Delivery Açaí Top", "acaitop.app@gmail.com", "2025-10-03T10:00:00")
owpay("pt9_o03", "OWD-2025-403", "App Delivery Açaí Top", "deposit", "18000.00", "3240.00", "2025-09-29T15:00:00")
f = mail("o03-sinal-inicio-futuro", "Açaí Top <acaitop.app@gmail.com>", OWD, "Cancelar app",
         (2025, 9, 30, 21, 0), body="""Oi, pagamos o sinal ontem pro App Delivery Açaí Top (fatura OWD-2025-403) mas o iFood fechou parceria com a gente
e não vamos mais precisar do app próprio. Queremos o sinal de volta, vocês ainda nem começaram (o kickoff era dia 3).
Valeu
""")
case("o03-sinal-inicio-futuro", [f], OWB, "decided", [R("approve", "18000.00")], extra_ok=True,
     spec="O2: paid 2025-09-29 15:00, request 2025-09-30 21:00 = 30 h; work_started_at 2025-10-03 is after the request: before both limits -> approve 18000.00; subject 'Cancelar app' may add a cancellation (extra_ok)")

proj("Rebranding Cervejaria Lúpulo", "marca@cervejarialupulo.com.br", "2025-10-06T10:00:00")
owpay("pt9_o04", "OWD-2025-404", "Rebranding Cervejaria Lúpulo", "discovery", "8500.00", "1530.00", "2025-09-20T10:00:00")
f = mail("o04-discovery-agendada", "Cervejaria Lúpulo <marca@cervejarialupulo.com.br>", OWD, "Reembolso imersão de estratégia",
         (2025, 9, 27, 11, 0), body="""Olá,

Sobre o Rebranding Cervejaria Lúpulo: pagamos a imersão de estratégia (OWD-2025-404), marcada para 6 de outubro. Fomos
comprados por um grupo maior que já tem agência, então precisamos desistir. Pedimos o reembolso.

Equipe Lúpulo
""")
case("o04-discovery-agendada", [f], OWB, "decided", [R("approve", "8500.00")],
     spec="O1 discovery: work_started_at 2025-10-06 is later than the request 2025-09-27: refundable in full 8500.00")

proj("Site Institucional Construtora Horizonte", "marketing@construtorahorizonte.com.br", "2025-06-01T10:00:00")
owpay("pt9_o05", "OWD-2025-405", "Site Institucional Construtora Horizonte", "milestone", "16000.00", "2880.00", "2025-08-15T10:00:00", milestone_status="completed")
f = mail("o05-etapa-concluida", "Construtora Horizonte <marketing@construtorahorizonte.com.br>", OWD, "Etapa 2 - reembolso",
         (2025, 9, 24, 14, 0), body="""Prezados,

A etapa 2 do Site Institucional Construtora Horizonte (OWD-2025-405) foi entregue, mas o resultado ficou abaixo do esperado
pela diretoria. Solicitamos o reembolso dessa etapa.

Marketing — Construtora Horizonte
""")
case("o05-etapa-concluida", [f], OWB, "decided", [R("deny")],
     spec="O3 milestone completed: deny (O6 completed deliverables)")

proj("E-commerce Moda Praia Maresia", "contato@maresiamodapraia.com.br", "2025-07-01T10:00:00")
owpay("pt9_o06", "OWD-2025-406", "E-commerce Moda Praia Maresia", "milestone", "27350.50", "4923.09", "2025-09-12T10:00:00", milestone_status="not_started")
f = mail("o06-html-etapa-nao-iniciada", "Maresia Moda Praia <contato@maresiamodapraia.com.br>", OWD, "Reembolso etapa de integração ERP",
         (2025, 9, 25, 10, 0), html="""<div style="font-family:Verdana;font-size:13px">Olá equipe Optima,<br><br>
No projeto <b>E-commerce Moda Praia Maresia</b> pagamos antecipado a etapa de integração com o ERP (fatura <b>OWD-2025-406</b>,
R$ 27.350,50 + impostos). Trocamos de ERP e a integração deixou de fazer sentido; como ela ainda não começou,
pedimos o reembolso dessa etapa.<br><br>Abs,<br>Marina<br><i>Maresia Moda Praia — Ubatuba/SP</i></div>""")
case("o06-html-etapa-nao-iniciada", [f], OWB, "decided", [R("approve", "27350.50")],
     spec="HTML-only; O3 milestone not_started: refund its amount before tax 27350.50")

proj("Hospedagem Pousada Recanto", "reservas@pousadarecanto.com.br", None)
owpay("pt9_o07", "OWD-2025-407", "Hospedagem Pousada Recanto", "hosting_annual", "14400.00", "2592.00", "2025-09-27T10:00:00",
      service_start="2025-10-10")
f = mail("o07-hospedagem-antes-inicio", "Pousada Recanto <reservas@pousadarecanto.com.br>", OWD, "Cancelar hospedagem anual",
         (2025, 9, 29, 16, 0), body="""Boa tarde,

Contratamos a hospedagem anual para a Hospedagem Pousada Recanto (fatura OWD-2025-407), que só começa dia 10. A plataforma
de reservas que usamos passou a incluir site, então queremos cancelar e receber o reembolso.

Pousada Recanto
""")
case("o07-hospedagem-antes-inicio", [f], OWB, "decided", [R("approve", "13200.00")], extra_ok=True,
     spec="O5 before service_start 2025-10-10: consumed_months 1 (section 8); no setup fee; monthly_value 14400/12 = 1200.00; refund 14400-0-1200 = 13200.00; cancellation part tolerated (extra_ok)")

proj("Manutenção Site Laboratório Análise", "ti@labanalise.com.br", None)
owpay("pt9_o08", "OWD-2025-408", "Manutenção Site Laboratório Análise", "maintenance_annual", "11111.00", "1999.98", "2025-09-14T10:00:00",
      setup_fee="999.00", service_start="2025-09-15")
f = mail("o08-manutencao-dia14", "TI Laboratório Análise <ti@labanalise.com.br>", OWD, "Reembolso manutenção anual",
         (2025, 9, 29, 23, 50), body="""Olá,

Solicitamos o reembolso proporcional da manutenção anual do projeto Manutenção Site Laboratório Análise, fatura OWD-2025-408.
A TI interna assumiu a manutenção do site após a contratação de um desenvolvedor.

TI — Laboratório Análise
""")
case("o08-manutencao-dia14", [f], OWB, "decided", [R("approve", "9269.33")], extra_ok=True,
     spec="O5 maintenance_annual, service_start 2025-09-15, request 2025-09-29 23:50 IST = day 14, inside; monthly_value (11111.00-999.00)/12 = 842.666...; refund 11111-999-842.666... = 9269.333... -> 9269.33 (rounded once, C6)")

proj("Hospedagem Blog Receitas da Vó", "receitasdavo.blog@gmail.com", None)
owpay("pt9_o09", "OWD-2025-409", "Hospedagem Blog Receitas da Vó", "hosting_annual", "6000.00", "1080.00", "2025-09-12T10:00:00",
      setup_fee="600.00", service_start="2025-09-12")
f = mail("o09-hospedagem-dia15", "Receitas da Vó <receitasdavo.blog@gmail.com>", OWD, "reembolso hospedagem",
         (2025, 9, 27, 8, 0), body="""oi, queria o reembolso da hospedagem anual do Hospedagem Blog Receitas da Vó (OWD-2025-409), vou passar o blog pro
Wordpress.com que é de graça. obrigada, dona Cida
""")
case("o09-hospedagem-dia15", [f], OWB, "decided", [R("deny")], extra_ok=True,
     spec="O5 hosting_annual, service_start 2025-09-12, request 2025-09-27 = day 15 > 14: deny")

proj("Gestão Redes Sociais Studio Yoga", "studio@yogaluz.com.br", "2025-04-01T10:00:00")
owpay("pt9_o10", "OWD-2025-411", "Gestão Redes Sociais Studio Yoga", "retainer", "4500.00", "810.00", "2025-09-08T10:00:00",
      next_billing_at="2025-10-08T10:00:00", period_start="2025-09-08", period_end="2025-10-07")
f = mail("o10-mensalidade-7dias-exatos", "Studio Yoga Luz <studio@yogaluz.com.br>", OWD, "Encerrar contrato mensal",
         (2025, 10, 1, 8, 0), body="""Bom dia!

Queremos encerrar o contrato mensal de Gestão Redes Sociais Studio Yoga (última fatura OWD-2025-411). O estúdio vai fechar
para reforma por seis meses.

Namastê,
Luz
""")
case("o10-mensalidade-7dias-exatos", [f], OWB, "decided", [C("cancel", "2025-10-07")],
     spec="O4 retainer, next_billing_at 2025-10-08; request date 2025-10-01 = 2025-10-08 minus 7 days, 'on or before' -> enough notice: cancel effective 2025-10-07")

proj("Tráfego Pago Auto Escola Direção", "contato@autoescoladirecao.com.br", "2025-05-03T10:00:00")
owpay("pt9_o11", "OWD-2025-412", "Tráfego Pago Auto Escola Direção", "retainer", "7200.00", "1296.00", "2025-09-03T10:00:00",
      next_billing_at="2025-10-03T10:00:00", period_start="2025-09-03", period_end="2025-10-02")
f = mail("o11-mensalidade-6dias", "Auto Escola Direção <contato@autoescoladirecao.com.br>", OWD, "Cancelamento tráfego pago",
         (2025, 9, 27, 10, 0), body="""Olá, pedimos o cancelamento do serviço de Tráfego Pago Auto Escola Direção (OWD-2025-412). Os anúncios não estão
trazendo matrículas e vamos cortar custos.
Att, Sérgio
""")
case("o11-mensalidade-6dias", [f], OWB, "decided", [C("cancel", "2025-11-02")],
     spec="O4 retainer, next_billing_at 2025-10-03, cut-off 2025-09-26; request 2025-09-27 (6 days): next cycle 2025-10-03..2025-11-02 billed, effective 2025-11-02")

proj("Site Petshop Amigo Fiel", "amigofiel.pet@gmail.com", "2025-09-01T10:00:00")
owpay("pt9_o12", "OWD-2025-413", "Site Petshop Amigo Fiel", "setup", "2500.00", "450.00", "2025-09-28T10:00:00")
f = mail("o12-taxa-ativacao", "Petshop Amigo Fiel <amigofiel.pet@gmail.com>", OWD, "Taxa de ativação",
         (2025, 9, 29, 11, 0), body="""Olá, nos cobraram uma taxa de ativação (OWD-2025-413) do Site Petshop Amigo Fiel que o vendedor disse que seria isenta.
Quero o reembolso dessa taxa.
Amigo Fiel
""")
case("o12-taxa-ativacao", [f], OWB, "decided", [R("deny")],
     spec="O6 setup/activation fee: never refundable, deny")

proj("Blog Viagens Mochileiro", "mochileiro.blog@outlook.com", "2025-08-01T10:00:00")
owpay("pt9_o13", "OWD-2025-414", "Blog Viagens Mochileiro", "third_party", "4200.00", "756.00", "2025-09-27T10:00:00")
f = mail("o13-licenca-tema", "Blog Mochileiro <mochileiro.blog@outlook.com>", OWD, "Reembolso tema premium",
         (2025, 9, 28, 12, 0), body="""E aí, pessoal. Compramos com vocês o tema premium + licença do plugin de SEO pro Blog Viagens Mochileiro (fatura OWD-2025-414),
mas o tema é pesado demais no celular. Quero reembolso.
Abs, Caio
""")
case("o13-licenca-tema", [f], OWB, "decided", [R("deny")],
     spec="O6 third_party (premium theme, plugin licence): never refundable, deny")

proj("Sistema Agendamento Barbearia Navalha", "navalha.barbearia@gmail.com", None)
owpay("pt9_o14", "OWD-2025-415", "Sistema Agendamento Barbearia Navalha", "deposit", "12000.00", "2160.00", "2025-09-29T10:00:00")
f = mail("o14-encaminhado-secretaria", "Recepção Navalha <recepcao.navalha@gmail.com>", OWD, "ENC: devolução do sinal",
         (2025, 9, 30, 15, 0), body="""Segue abaixo o pedido do seu Jorge.

-------- Mensagem encaminhada --------
Assunto: devolução do sinal
Data: Tue, 30 Sep 2025 13:40:11 +0530
De: Jorge Navalha <navalha.barbearia@gmail.com>
Para: Recepção Navalha <recepcao.navalha@gmail.com>

Manda pra Optima: desistimos do Sistema Agendamento Barbearia Navalha, vamos usar um app pronto. Peça a devolução do
sinal OWD-2025-415. O email do contrato é navalha.barbearia@gmail.com.
""")
case("o14-encaminhado-secretaria", [f], OWB, "need_info", rules=["C2"],
     spec="Forward (ENC:, Thunderbird block) sent by the receptionist; the request names contract email navalha.barbearia@gmail.com: section 8 Forwards, C2 need_info")

proj("Site Escritório Contábil Balanço", "contato@balancocontabil.com.br", "2025-05-01T10:00:00")
owpay("pt9_o15a", "OWD-2025-416", "Site Escritório Contábil Balanço", "milestone", "9000.00", "1620.00", "2025-09-20T10:00:00", milestone_status="not_started")
proj("Newsletter Contábil Balanço", "contato@balancocontabil.com.br", "2025-06-01T10:00:00")
owpay("pt9_o15b", "OWD-2025-417", "Newsletter Contábil Balanço", "retainer", "3000.00", "540.00", "2025-09-20T10:00:00",
      next_billing_at="2025-10-20T10:00:00", period_start="2025-09-20", period_end="2025-10-19")
f = mail("o15-falta-projeto-fatura", "Balanço Contábil <contato@balancocontabil.com.br>", OWD, "Pedido de reembolso",
         (2025, 9, 26, 9, 0), body="""Bom dia,

Gostaríamos de pedir o reembolso do último pagamento, pois o cliente principal do escritório rescindiu o contrato e
precisamos reduzir despesas.

Atenciosamente,
Escritório Contábil Balanço
""")
case("o15-falta-projeto-fatura", [f], OWB, "need_info", missing=["project_name", "invoice_number"],
     spec="Contract email holds two projects and two payments, none named: project_name and invoice_number cannot be filled from the ledger; reason given: C3 need_info [project_name, invoice_number]")

proj("Loja Online Artesanato Raízes", "raizes.artesanato@gmail.com", None)
owpay("pt9_o16", "OWD-2025-418", "Loja Online Artesanato Raízes", "deposit", "10000.00", "1800.00", "2025-09-29T12:00:00")
f = mail("o16-contestar-cartao", "Artesanato Raízes <raizes.artesanato@gmail.com>", OWD, "Devolução sinal OWD-2025-418",
         (2025, 9, 30, 12, 0), body="""Olá, quero a devolução do sinal da Loja Online Artesanato Raízes (OWD-2025-418), desistimos porque vamos vender só na feira.
Se não devolverem até sexta vou contestar a compra no cartão e abrir um chargeback.
Rosa
""")
case("o16-contestar-cartao", [f], OWB, "decided", [R("escalate")], rules=["C4"],
     spec="Chargeback threat (contestar no cartão / chargeback): C4 escalate, though O2 (24 h, no work) would approve")

proj("Suporte Mensal Clínica Veterinária Patinhas", "adm@patinhasvet.com.br", "2025-03-01T10:00:00")
owpay("pt9_o17", "OWD-2025-419", "Suporte Mensal Clínica Veterinária Patinhas", "retainer", "3500.00", "630.00", "2025-09-25T10:00:00",
      next_billing_at="2025-10-25T10:00:00", period_start="2025-09-25", period_end="2025-10-24")
f1 = mail("o17-hilo-a", "Administração Patinhas <adm@patinhasvet.com.br>", OWD, "Cancelamento suporte mensal",
          (2025, 9, 26, 10, 0), body="""Bom dia, queremos cancelar o Suporte Mensal Clínica Veterinária Patinhas. A rede que comprou a clínica tem equipe própria de TI.
Administração
""")
f2 = mail("o17-hilo-b", "Administração Patinhas <adm@patinhasvet.com.br>", OWD, "RE: Cancelamento suporte mensal [OWD-3318]",
          (2025, 9, 26, 15, 30), reply_to="o17-hilo-a", body="""Boa tarde, a fatura é a OWD 2025 419.

Obrigada
Administração Patinhas

De: Optima WebDesign <billing@optimawebdesign.com>
Enviada em: sexta-feira, 26 de setembro de 2025 12:10
Para: Administração Patinhas <adm@patinhasvet.com.br>
Assunto: RE: Cancelamento suporte mensal [OWD-3318]
""")
case("o17-hilo-fatura", [f1, f2], OWB, "decided", [C("cancel", "2025-10-24")],
     spec="Thread: invoice asked (C3) and answered as 'OWD 2025 419' (matches OWD-2025-419 ignoring spaces, section 8); O4 retainer, next_billing_at 2025-10-25, request 2025-09-26 well before cut-off 2025-10-18: cancel effective 2025-10-24")

f = mail("o18-pergunta-antes", "Daniel Prado <daniel.prado.design@gmail.com>", OWD, "Dúvida sobre o sinal",
         (2025, 9, 25, 17, 0), body="""Olá! Estou pensando em fechar o site da minha marca de cerâmica com vocês. Caso eu desista depois de pagar o sinal,
eu recebo o dinheiro de volta? Quanto tempo tenho?
Obrigado, Daniel
""")
case("o18-pergunta-antes", [f], OWB, "other",
     spec="Hypothetical before buying ('Caso eu desista ... recebo o dinheiro de volta?'), section 8: policy question -> other")

f = mail("o19-proprio-endereco", "Optima WebDesign <support@optimawebdesign.com>", OWD, "Fwd: Reembolso solicitado - conferir",
         (2025, 9, 30, 16, 0), body="""Pessoal do financeiro, encaminho o pedido de reembolso que chegou no suporte para conferirem.

Cliente pede cancelamento e reembolso do sinal.
""")
case("o19-proprio-endereco", [f], OWB, "ignore", rules=["C7"],
     spec="Sender is the brand's own address (support@optimawebdesign.com): C7 ignore")

proj("Landing Page Curso Inglês Fluente", "contato@inglesfluente.com.br", "2025-07-01T10:00:00")
owpay("pt9_o20", "OWD-2025-420", "Landing Page Curso Inglês Fluente", "milestone", "7800.00", "1404.00", "2025-09-15T10:00:00",
      status="disputed", milestone_status="not_started")
f = mail("o20-pagamento-contestado", "Inglês Fluente <contato@inglesfluente.com.br>", OWD, "Reembolso etapa 3 - Landing Page",
         (2025, 9, 24, 10, 0), body="""Olá,

Solicitamos o reembolso da etapa 3 da Landing Page Curso Inglês Fluente (OWD-2025-420), que não chegou a começar:
o curso foi cancelado pela escola parceira.

Atenciosamente,
Coordenação — Inglês Fluente
""")
case("o20-pagamento-contestado", [f], OWB, "decided", [R("escalate")],
     spec="Payment status 'disputed' (not paid): section 8 'a refund of one is escalated', although O3 not_started would approve")

proj("Site Academia Corpo em Movimento", "gerencia@corpoemmovimento.com.br", "2025-08-20T10:00:00")
owpay("pt9_o21", "OWD-2025-421", "Site Academia Corpo em Movimento", "deposit", "15000.00", "2700.00", "2025-08-18T10:00:00")
f = mail("o21-sinal-antigo-typo", "Gerência Corpo em Movimento <gerencia@corpoemmovimento.com.br>", OWD, "reembolso sinal",
         (2025, 9, 23, 18, 0), body="""boa tarde, qeremos o reembolso do sinal do Site Academia Corpo em Movimento fatura owd 2025 421, o dono decidiu
vender a academia e o novo dono nao qer site. obg
""")
case("o21-sinal-antigo-typo", [f], OWB, "decided", [R("deny")],
     spec="Typos; 'owd 2025 421' matches OWD-2025-421; O2 deposit paid 2025-08-18, work started 2025-08-20, request 2025-09-23: both limits passed, deny")

proj("Manutenção Loja Ferragens Prego", "compras@ferragensprego.com.br", "2025-01-01T10:00:00")
owpay("pt9_o22", "OWD-2025-422", "Manutenção Loja Ferragens Prego", "change_request", "5600.00", "1008.00", "2025-09-26T10:00:00")
f = mail("o22-horas-extras", "Compras Ferragens Prego <compras@ferragensprego.com.br>", OWD, "Horas extras cobradas",
         (2025, 9, 29, 9, 30), body="""Prezados,

Recebemos a fatura OWD-2025-422 da Manutenção Loja Ferragens Prego pelas alterações fora do escopo (novo filtro de produtos).
Achamos que o filtro deveria estar incluso no projeto original, então pedimos o reembolso.

Compras — Ferragens Prego
""")
case("o22-horas-extras", [f], OWB, "decided", [R("deny")],
     spec="O6 change_request outside the original scope: never refundable, deny")


def main():
    os.makedirs(os.path.join(HERE, "emails"), exist_ok=True)
    for name, m in emails.items():
        with open(os.path.join(HERE, "emails", name + ".eml"), "wb") as fh:
            fh.write(m.as_bytes(policy=SMTP))
    with open(os.path.join(HERE, "ledger.json"), "w", encoding="utf-8") as fh:
        json.dump(ledger, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump({"cases": cases}, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(len(cases), "cases")


if __name__ == "__main__":
    main()
