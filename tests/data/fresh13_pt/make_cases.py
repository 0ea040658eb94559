"""Fresh held-out round 13, Portuguese (pt): writes ledger.json, emails/*.eml, expected.json and README.md.

Written by QA pass qa13a from POLICY_SPEC.md alone (no product code read). MIT licence, like the
project; every text below was written for this project. Deterministic: no randomness, no clock.
Run:  python3 make_cases.py   (from any directory; it writes next to itself)
"""

import json
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANG = "pt"
IST = timezone(timedelta(hours=5, minutes=30))
NOW = datetime(2025, 10, 1, 10, 0, tzinfo=IST)
LO = "LeadsOptima Support <support@leadsoptima.com>"
OWD = "Optima WebDesign <optimawebdesigns12@gmail.com>"

customers, projects, payments = [], [], []
cases = []
_written = {}


def cust(email, name, plan, period=(None, None), status="active", trial_ends=None):
    customers.append({"brand": "leadsoptima", "email": email, "name": name, "plan": plan, "status": status,
                      "trial_ends": trial_ends, "current_period_start": period[0], "current_period_end": period[1]})


def proj(name, email, started=None):
    projects.append({"brand": "optima_webdesign", "name": name, "contract_email": email, "work_started_at": started})


def lopay(pid, inv, email, plan, amount, tax, paid_at, period=(None, None), status="paid", currency="INR"):
    payments.append({"brand": "leadsoptima", "id": pid, "invoice": inv, "customer_email": email,
                     "kind": "subscription", "plan": plan, "amount": amount, "tax": tax, "currency": currency,
                     "paid_at": paid_at, "period_start": period[0], "period_end": period[1], "status": status})


def owpay(pid, inv, project, kind, amount, tax, paid_at, status="paid", setup_fee=None, service_start=None,
          next_billing_at=None, period=(None, None), milestone_status=None, currency="INR"):
    payments.append({"brand": "optima_webdesign", "id": pid, "invoice": inv, "project": project, "kind": kind,
                     "amount": amount, "tax": tax, "currency": currency, "paid_at": paid_at, "status": status,
                     "setup_fee": setup_fee, "service_start": service_start, "next_billing_at": next_billing_at,
                     "period_start": period[0], "period_end": period[1], "milestone_status": milestone_status})


def mail(stem, frm, to, subject, body, date, html=None, headers=None, reply_to=None, in_reply_to=None,
         references=None):
    """Write emails/<stem>.eml; return its relative path."""
    dt = datetime.strptime(date, "%Y-%m-%d %H:%M %z")
    assert dt < NOW, (stem, date)
    msg = EmailMessage(policy=SMTP)
    msg["From"] = frm
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(dt)  # weekday computed from the date itself
    domain = frm.split("@")[-1].rstrip(">").strip() or "localhost"
    msg["Message-ID"] = f"<{stem}.{dt.strftime('%Y%m%d%H%M')}@{domain}>"
    if reply_to:
        msg["Reply-To"] = reply_to
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = references or in_reply_to
    for k, v in (headers or {}).items():
        msg[k] = v
    msg["MIME-Version"] = "1.0"
    if html is not None and body is None:
        msg.set_content(html, subtype="html")
    else:
        msg.set_content(body)
        if html is not None:
            msg.add_alternative(html, subtype="html")
    rel = f"emails/{stem}.eml"
    assert rel not in _written, rel
    _written[rel] = msg
    return rel


def msgid(rel):
    return _written[rel]["Message-ID"]


def case(cid, files, brand, status, decisions, spec, rules=(), missing=None, extra_ok=False, ambiguous=None,
         title=""):
    c = {"id": f"{LANG}-{cid}", "lang": LANG, "files": list(files), "brand": brand, "status": status,
         "rules": list(rules)}
    if missing is not None:
        c["missing"] = list(missing)
    c["decisions"] = decisions
    if extra_ok:
        c["extra_ok"] = True
    c["spec"] = spec
    if ambiguous:
        c["ambiguous"] = ambiguous
    c["_title"] = title
    cases.append(c)


def refund(outcome, amount=None):
    d = {"intent": "refund", "outcome": outcome}
    if amount is not None:
        d["amount"] = amount
    return d


def cancel(outcome="cancel", effective=None):
    d = {"intent": "cancellation", "outcome": outcome}
    if effective is not None:
        d["effective_date"] = effective
    return d


LOB, OWB = "leadsoptima", "optima_webdesign"

# ---------------------------------------------------------------- LeadsOptima

LOI = "LeadsOptima <info@leadsoptima.com>"
OWB2 = "Optima WebDesign Financeiro <billing@optimawebdesign.com>"

cust("fernanda.ribeiro@ribeiroimoveis.com.br", "Fernanda Ribeiro", "quarterly", ("2025-09-08", "2025-12-07"))
lopay("pay_pt_8101", "LO-INV-8101", "fernanda.ribeiro@ribeiroimoveis.com.br", "quarterly", "3999.00", "719.82",
      "2025-09-08T16:20:00", ("2025-09-08", "2025-12-07"))
lopay("pay_pt_8102", "LO-INV-8102", "fernanda.ribeiro@ribeiroimoveis.com.br", "quarterly", "3999.00", "719.82",
      "2025-09-08T16:21:00", ("2025-09-08", "2025-12-07"))
f = mail("l01-duplicidade-br", "Fernanda Ribeiro <fernanda.ribeiro@ribeiroimoveis.com.br>", LO,
         "Cobrança em duplicidade - plano trimestral",
         """Olá, boa tarde!

Identifiquei no extrato do cartão corporativo uma cobrança em duplicidade do plano trimestral, as duas no
dia 08/09, no valor de ₹3.999,00 cada. A segunda cobrança é a fatura LO INV-8102.
Peço por gentileza o estorno da cobrança duplicada.

Fico no aguardo.
Att,
Fernanda Ribeiro
Ribeiro Imóveis | Campinas - SP
(19) 99876-5432
""", "2025-09-12 14:30 -0300")
case("l01-duplicidade-br", [f], LOB, "decided", [refund("approve", "3999.00")],
     "L2 duplicate_payment ('cobrança em duplicidade'); two paid quarterly charges 3999.00 on 2025-09-08, same "
     "period; request 2025-09-12 23:00 IST = day 4 (L3); L4 approve the duplicate LO-INV-8102 (typed "
     "'LO INV-8102', section 8) 3999.00 before tax", title="Brazil, duplicate quarterly charge, day 4: approve 3999.00")

cust("rui.carvalho@carvalho-seguros.pt", "Rui Carvalho", "monthly", ("2025-09-02", "2025-10-01"))
lopay("pay_pt_8111", "LO-INV-8111", "rui.carvalho@carvalho-seguros.pt", "monthly", "1499.00", "269.82",
      "2025-09-01T19:00:00Z", ("2025-09-02", "2025-10-01"))
lopay("pay_pt_8112", "LO-INV-8112", "rui.carvalho@carvalho-seguros.pt", "monthly", "1499.00", "269.82",
      "2025-09-01T19:03:00Z", ("2025-09-02", "2025-10-01"))
f = mail("h01-fuso-utc", "Rui Carvalho <rui.carvalho@carvalho-seguros.pt>", LO,
         "Débito repetido - LO-INV-8112",
         """Bom dia,

Verifiquei que a mensalidade foi debitada duas vezes na mesma noite (faturas LO-INV-8111 e LO-INV-8112).
Agradeço a devolução do débito repetido, LO-INV-8112.

Com os melhores cumprimentos,
Rui Carvalho
Carvalho Seguros, Lda. — Braga
""", "2025-09-09 09:00 +0100")
case("h01-fuso-utc", [f], LOB, "decided", [refund("approve", "1499.00")],
     "Ledger times with an offset are converted (section 8): 2025-09-01T19:00Z = 2025-09-02 00:30 IST, so day 0 "
     "is 2025-09-02; request 2025-09-09 13:30 IST = day 7, inside L3 (counting from the UTC date would give "
     "day 8); L4 approve 1499.00", title="Hard: charge stored in UTC crosses midnight IST; request on day 7: approve")

cust("patricia.alves@alvesnutri.com.br", "Patrícia Alves", "monthly", ("2025-09-24", "2025-10-23"))
lopay("pay_pt_8121", "LO-INV-8121", "patricia.alves@alvesnutri.com.br", "monthly", "2499.00", "449.82",
      "2025-09-24T11:00:00", ("2025-09-24", "2025-10-23"))
f = mail("l02-valor-errado", "Patricia Alves <patricia.alves@alvesnutri.com.br>", LO,
         "valor errado na fatura",
         """oi pessoal, td bem?

a fatura LO-INV-8121 veio com valor errado: cobraram 2.499 rupias sendo que meu plano mensal é o de 1.499
(tenho o desconto de parceira que foi combinado com o comercial). quero o reembolso da diferença pfv

bjs
Paty
Nutricionista | CRN-3 12345
""", "2025-09-25 11:10 -0300")
case("l02-valor-errado", [f], LOB, "decided", [refund("escalate")],
     "L2 billing_error (wrong amount); charge 2025-09-24, request 2025-09-25 = day 1; L5 escalate",
     title="Brazil, informal, wrong amount (discount missing): escalate L5")

cust("marcelo.teixeira@teixeiralog.com.br", "Marcelo Teixeira", "monthly", ("2025-09-19", "2025-10-18"))
lopay("pay_pt_8131", "LO-INV-8131", "marcelo.teixeira@teixeiralog.com.br", "monthly", "1499.00", "269.82",
      "2025-09-19T09:00:00", ("2025-09-19", "2025-10-18"))
f = mail("l03-sem-acesso", "Marcelo Teixeira <marcelo.teixeira@teixeiralog.com.br>", LO,
         "Plataforma não carrega desde sexta",
         """Prezados,

Desde sexta-feira a plataforma não carrega, fica só na tela de carregamento e não consigo acessar minha
conta de jeito nenhum. Já limpei o cache, testei em outro navegador e no celular. O suporte pelo chat não
resolveu. Paguei a mensalidade no dia 19 (fatura LO-INV-8131) e estou sem usar. Solicito o reembolso.

Atenciosamente,
Marcelo Teixeira
Teixeira Logística
""", "2025-09-22 09:15 -0300")
case("l03-sem-acesso", [f], LOB, "decided", [refund("escalate")],
     "L2 access_failure ('não consigo acessar', platform not loading); charge 2025-09-19, request 2025-09-22 "
     "= day 3; L6 escalate", title="Brazil, platform not loading, day 3: escalate L6")

cust("ines.martins@martinsarquitetura.pt", "Inês Martins", "annual", ("2025-09-25", "2026-09-24"))
lopay("pay_pt_8141", "LO-INV-8141", "ines.martins@martinsarquitetura.pt", "annual", "11988.00", "2157.84",
      "2025-09-25T10:00:00", ("2025-09-25", "2026-09-24"))
f = mail("l04-mudei-de-ideias", "Inês Martins <ines.martins@martinsarquitetura.pt>", LO,
         "Pedido de reembolso - plano anual",
         """Boa tarde,

Subscrevi o plano anual na quinta-feira (fatura LO-INV-8141), mas entretanto mudei de ideias:
encontrei uma alternativa mais barata que se integra melhor com o nosso software de gestão.
Gostaria de pedir o reembolso do valor pago.

Obrigada,
Inês Martins
Martins Arquitetura — Porto
""", "2025-09-27 15:00 +0100")
case("l04-mudei-de-ideias", [f], LOB, "decided", [refund("deny")],
     "Changed mind / cheaper alternative is none of L2's reasons: L1 deny (even inside 7 days); the reply "
     "offers cancellation", title="Portugal, changed mind on annual plan: deny L1")

cust("gustavo.lima@limaeventos.com.br", "Gustavo Lima", "quarterly", ("2025-09-26", "2025-12-25"))
lopay("pay_pt_8151", "LO-INV-8151", "gustavo.lima@limaeventos.com.br", "quarterly", "3999.00", "719.82",
      "2025-09-26T10:00:00", ("2025-09-26", "2025-12-25"))
f = mail("l05-arrependimento-cdc", "Gustavo Lima <gustavo.lima@limaeventos.com.br>", LO,
         "Direito de arrependimento - LO-INV-8151",
         """Boa noite.

Contratei o plano trimestral no dia 26/09 (fatura LO-INV-8151) e desisti. Conforme o Código de Defesa do
Consumidor, art. 49, tenho direito de arrependimento em até 7 dias, então exijo a devolução integral.
São os meus direitos como consumidor e, se não for respeitado, vou ao Procon.

Gustavo Lima
""", "2025-09-28 21:00 -0300")
case("l05-arrependimento-cdc", [f], LOB, "decided", [refund("escalate")],
     "C4: invokes statutory consumer rights (CDC art. 49) and consumer protection (Procon): escalate, "
     "although the reason alone would be L1 deny", rules=["C4"],
     title="Brazil, 'direito de arrependimento' (CDC) and Procon: escalate C4")

cust("sofia.pereira@pereiradental.pt", "Sofia Pereira", "monthly", ("2025-09-29", "2025-10-28"))
lopay("pay_pt_8161", "LO-INV-8161", "sofia.pereira@pereiradental.pt", "monthly", "999.00", "179.82",
      "2025-09-29T08:00:00", ("2025-09-29", "2025-10-28"))
f = mail("l06-duplicado-sem-par", "Sofia Pereira <sofia.pereira@pereiradental.pt>", LO,
         "Cobrança em dobro?",
         """Olá,

Acho que fui cobrada duas vezes este mês: no homebanking aparecem dois movimentos de 999 rupias.
A fatura que recebi é a LO-INV-8161. Podem devolver o valor cobrado em duplicado?

Cumprimentos,
Sofia Pereira
Clínica Pereira Dental
""", "2025-09-30 10:00 +0100")
case("l06-duplicado-sem-par", [f], LOB, "decided", [refund("escalate")],
     "L2 duplicate_payment claimed, day 1, but the ledger holds only one charge (LO-INV-8161) for the period: "
     "L4 'No such pair in the ledger: escalate'", title="Portugal, claims double charge, ledger shows one: escalate L4")

cust("lucas.nogueira@nogueiraauto.com.br", "Lucas Nogueira", "monthly", ("2025-09-16", "2025-10-15"))
lopay("pay_pt_8171", "LO-INV-8171", "lucas.nogueira@nogueiraauto.com.br", "monthly", "1499.00", "269.82",
      "2025-08-16T09:00:00", ("2025-08-16", "2025-09-15"))
lopay("pay_pt_8172", "LO-INV-8172", "lucas.nogueira@nogueiraauto.com.br", "monthly", "1499.00", "269.82",
      "2025-09-16T09:00:00", ("2025-09-16", "2025-10-15"))
f = mail("l07-cancelar-mensal", "Lucas Nogueira <lucas.nogueira@nogueiraauto.com.br>", LOI,
         "Cancelamento da assinatura",
         """Bom dia,

Quero cancelar minha assinatura mensal. A gente fechou a filial de Sorocaba e o time comercial diminuiu,
não compensa mais manter a ferramenta.

Obrigado,
Lucas Nogueira
Nogueira Auto Peças
""", "2025-09-23 08:00 -0300")
case("l07-cancelar-mensal", [f], LOB, "decided", [cancel("cancel", "2025-10-15")],
     "C1: info@leadsoptima.com is a LeadsOptima address; L8 cancel, effective current_period_end 2025-10-15",
     title="Brazil, cancel monthly (sent to info@): cancel 2025-10-15")

cust("antonio.sousa@sousaeirmaos.pt", "António Sousa", "annual")
lopay("pay_pt_8181", "LO-INV-8181", "antonio.sousa@sousaeirmaos.pt", "annual", "11988.00", "2157.84",
      "2024-10-05T10:00:00", ("2024-10-05", "2025-10-04"))
f = mail("l08-anual-nao-renovar", "António Sousa <antonio.sousa@sousaeirmaos.pt>", LO,
         "Não renovação da subscrição anual",
         """Exmos. Senhores,

Venho por este meio comunicar que não pretendo renovar a subscrição anual da LeadsOptima, pelo que
solicito o cancelamento da mesma. A empresa vai ser integrada num grupo que já tem ferramenta própria.

Sem outro assunto de momento, apresento os meus cumprimentos,
António Sousa
Sousa & Irmãos, S.A.
""", "2025-09-20 11:00 +0100")
case("l08-anual-nao-renovar", [f], LOB, "decided", [cancel("cancel", "2025-10-04")],
     "L8: no current_period_end, so last charge 2024-10-05 + 12 months - 1 day = 2025-10-04",
     title="Portugal, formal non-renewal of annual plan: cancel 2025-10-04 (fallback)")

cust("juliana.rocha@rochamoda.com.br", "Juliana Rocha", "quarterly", ("2025-08-12", "2025-11-11"))
lopay("pay_pt_8191", "LO-INV-8191", "juliana.rocha@rochamoda.com.br", "quarterly", "3999.00", "719.82",
      "2025-08-12T09:00:00", ("2025-08-12", "2025-11-11"))
f = mail("l09-nao-quero-reembolso", "Juliana Rocha <juliana.rocha@rochamoda.com.br>", LO,
         "cancelar plano trimestral",
         """Oi!

Pode cancelar meu plano trimestral? Não quero reembolso nem nada, sei que não tem, só não quero que
renove em novembro. Vamos pausar as campanhas da loja até o ano que vem.

Valeu!
Ju Rocha
Rocha Moda Praia
""", "2025-09-21 18:00 -0300")
case("l09-nao-quero-reembolso", [f], LOB, "decided", [cancel("cancel", "2025-11-11")],
     "Negation 'Não quero reembolso' adds no refund (section 8); L8 cancel effective current_period_end "
     "2025-11-11", title="Brazil, cancel quarterly, 'não quero reembolso': cancel 2025-11-11")

cust("ricardo.mendes@mendesconsultoria.com.br", "Ricardo Mendes", "monthly", ("2025-09-20", "2025-10-19"))
lopay("pay_pt_8201", "LO-INV-8201", "ricardo.mendes@mendesconsultoria.com.br", "monthly", "1499.00", "269.82",
      "2025-09-20T09:00:00", ("2025-09-20", "2025-10-19"))
f = mail("l10-sem-login-e-cancelar", "Ricardo Mendes <ricardo.mendes@mendesconsultoria.com.br>", LO,
         "Sem acesso + cancelamento",
         """Olá,

Desde o dia 21 não consigo fazer login, dá erro de senha inválida mesmo depois de redefinir 3 vezes.
Abri chamado e ninguém resolveu. Quero o reembolso da mensalidade (LO-INV-8201) e o cancelamento da
assinatura.

Ricardo Mendes
Mendes Consultoria Empresarial
""", "2025-09-26 17:30 -0300")
case("l10-sem-login-e-cancelar", [f], LOB, "decided", [refund("escalate"), cancel("cancel", "2025-10-19")],
     "Refund: L2 access_failure, charge 2025-09-20, request 2025-09-27 02:00 IST = day 7 (inside): L6 "
     "escalate. Cancellation: L8 effective current_period_end 2025-10-19",
     title="Brazil, cannot log in + cancel, day 7 in IST: escalate refund, cancel")

cust("beatriz.costa@costaeventos.pt", "Beatriz Costa", "monthly", ("2025-09-22", "2025-10-21"))
lopay("pay_pt_8211", "LO-INV-8211", "beatriz.costa@costaeventos.pt", "monthly", "1499.00", "269.82",
      "2025-09-22T10:00:00", ("2025-09-22", "2025-10-21"))
lopay("pay_pt_8212", "LO-INV-8212", "beatriz.costa@costaeventos.pt", "monthly", "1499.00", "269.82",
      "2025-09-22T10:05:00", ("2025-09-22", "2025-10-21"))
f1 = mail("l11-thread-1", "Beatriz Costa <beatriz.costa@costaeventos.pt>", LO,
          "Reembolso fatura LO-INV-8212",
          """Bom dia,

Solicito o reembolso da fatura LO-INV-8212.

Obrigada,
Beatriz Costa
""", "2025-09-23 09:30 +0100")
f2 = mail("l11-thread-2", "Beatriz Costa <beatriz.costa@costaeventos.pt>", LO,
          "RE: Reembolso fatura LO-INV-8212 [LO-5120]",
          """Bom dia,

O motivo: a mensalidade de setembro foi cobrada duas vezes no dia 22, a LO-INV-8211 e a LO-INV-8212
são do mesmo mês.

Beatriz

De: LeadsOptima Support <support@leadsoptima.com>
Enviado: 23 de setembro de 2025 11:40
Para: Beatriz Costa <beatriz.costa@costaeventos.pt>
Assunto: Re: Reembolso fatura LO-INV-8212 [LO-5120]

Indique-nos, por favor, o motivo do pedido (reason).
""", "2025-09-24 10:00 +0100", in_reply_to="<lo-reply-pt-l11@leadsoptima.com>",
          references=f"{msgid(f1)} <lo-reply-pt-l11@leadsoptima.com>")
case("l11-thread-motivo", [f1, f2], LOB, "decided", [refund("approve", "1499.00")],
     "C3 thread: first mail (request time 2025-09-23, day 1) has no reason; the answer says charged twice; "
     "ledger pair LO-INV-8211/8212 1499.00 same period: L4 approve 1499.00",
     title="Portugal thread: refund without reason, reason 'cobrada duas vezes' in the answer: approve")

cust("carla.duarte@duartecontabil.com.br", "Carla Duarte", "monthly", ("2025-09-27", "2025-10-26"))
lopay("pay_pt_8221", "LO-INV-8221", "carla.duarte@duartecontabil.com.br", "monthly", "999.00", "179.82",
      "2025-09-27T09:00:00", ("2025-09-27", "2025-10-26"))
f = mail("l12-sem-motivo", "Carla Duarte <carla.duarte@duartecontabil.com.br>", LO,
         "Solicitação de reembolso",
         """Prezados, bom dia.

Segue solicitação de reembolso referente à fatura LO-INV-8221.

Fico no aguardo do retorno.

Atenciosamente,

Carla Duarte
Duarte Contabilidade | CRC SP-123456/O-7
Av. Paulista, 1000 - cj. 52 - São Paulo/SP

Esta mensagem pode conter informação confidencial. Se você não for o destinatário, por favor apague-a e
avise o remetente.
""", "2025-09-29 09:00 -0300")
case("l12-sem-motivo", [f], LOB, "need_info", [], missing=["reason"],
     spec="Refund needs a reason (section 3); 'Segue solicitação de reembolso', sign-off, signature and "
          "disclaimer are not reasons (section 8): C3 asks for the reason",
     title="Brazil, formal refund request with no reason: need_info reason")

cust("diego@fariasgym.com.br", "Diego Farias", "annual", ("2025-03-01", "2026-02-28"))
lopay("pay_pt_8231", "LO-INV-8231", "diego@fariasgym.com.br", "annual", "11988.00", "2157.84",
      "2025-03-01T09:00:00", ("2025-03-01", "2026-02-28"))
f = mail("l13-hotmail", "Diego Farias <diego.farias1987@hotmail.com>", LO,
         "cancelamento conta diego@fariasgym.com.br",
         """Oi, tudo bem?

To mandando do meu email pessoal pq o da academia ta fora do ar. Minha conta é diego@fariasgym.com.br,
plano anual. Quero cancelar, vendemos a academia.

Abs
Diego
""", "2025-09-24 12:00 -0300")
case("l13-hotmail", [f], LOB, "need_info", [], rules=["C2"],
     spec="C2: From diego.farias1987@hotmail.com is not the registered email diego@fariasgym.com.br it names: "
          "ask him to write from the registered address, nothing about the account",
     title="Brazil, cancellation from personal hotmail naming the registered address: C2")

cust("renata.barbosa@barbosaestetica.com.br", "Renata Barbosa", "monthly", ("2025-09-18", "2025-10-17"))
lopay("pay_pt_8241", "LO-INV-8241", "renata.barbosa@barbosaestetica.com.br", "monthly", "1499.00", "269.82",
      "2025-09-18T09:00:00", ("2025-09-18", "2025-10-17"))
f = mail("l14-contestar-cartao", "Renata Barbosa <renata.barbosa@barbosaestetica.com.br>", LO,
         "ABSURDO - cobrança indevida",
         """Vocês cobraram de novo minha mensalidade (LO-INV-8241) sendo que eu pedi o cancelamento em agosto!!!
Se não devolverem o dinheiro até sexta vou contestar a compra com a operadora do cartão (chargeback) e
abrir reclamação no Reclame Aqui.

Renata
""", "2025-09-22 20:00 -0300")
case("l14-contestar-cartao", [f], LOB, "decided", [refund("escalate")],
     "C4: threatens to dispute the charge with the card issuer (chargeback): escalate", rules=["C4"],
     title="Brazil, charged after cancelling + chargeback threat: escalate C4")

cust("paulo.henrique@phcursos.com.br", "Paulo Henrique Santos", "monthly", ("2025-09-05", "2025-10-04"))
lopay("pay_pt_8251", "LO-INV-8251", "paulo.henrique@phcursos.com.br", "monthly", "1499.00", "269.82",
      "2025-09-05T09:00:00", ("2025-09-05", "2025-10-04"))
f = mail("l15-duvida-whatsapp", "Paulo Henrique <paulo.henrique@phcursos.com.br>", LO,
         "Dúvida integração WhatsApp",
         """Boa tarde!

Como faço pra integrar os leads do formulário com o WhatsApp Business? Vi no site que tem integração mas
não achei no painel. Tem algum tutorial?

Obrigado!
Paulo Henrique
PH Cursos Online
""", "2025-09-30 14:00 -0300")
case("l15-duvida-whatsapp", [f], LOB, "other", [], "How-to question, no refund or cancellation: other",
     title="Brazil, how-to (WhatsApp integration): other")

cust("miguel.fonseca@fonsecatech.pt", "Miguel Fonseca", "monthly", status="trial", trial_ends="2025-10-06")
f = mail("l16-hipotetico-pt", "Miguel Fonseca <miguel.fonseca@fonsecatech.pt>", LO,
         "Dúvida antes de subscrever",
         """Olá,

Estou a experimentar a plataforma no período gratuito. Se eu subscrever o plano anual e depois não me
der jeito, consigo pedir o reembolso? Ou só posso cancelar no fim do ano?

Obrigado pela atenção,
Miguel Fonseca
""", "2025-09-26 16:00 +0100")
case("l16-hipotetico-pt", [f], LOB, "other", [],
     "Hypothetical before subscribing ('Se eu subscrever ... consigo pedir o reembolso?'): policy question, "
     "other (section 8)", title="Portugal, trial user asks hypothetically about refunds: other")

cust("vanessa.moura@mouradoces.com.br", "Vanessa Moura", "monthly", status="trial", trial_ends="2025-10-03")
f = mail("l17-teste-gratis", "Vanessa Moura <vanessa.moura@mouradoces.com.br>", LO,
         "Reembolso teste",
         """Olá,

Fiz o cadastro no teste grátis semana passada mas não gostei, a ferramenta é muito complicada pra mim.
Quero o reembolso do que foi pago, não quero ser cobrada de nada.

Vanessa
Moura Doces Finos
""", "2025-09-27 10:00 -0300")
case("l17-teste-gratis", [f], LOB, "decided", [refund("deny")],
     "Account status trial (trial_ends 2025-10-03), no charge in the ledger: L7 deny; the reply says no billing "
     "occurs unless she subscribes (L7 names this case; no invoice can exist, so none is asked for); 'não quero "
     "ser cobrada de nada' may also be read as ending the trial, a harmless extra cancellation (extra_ok)",
     extra_ok=True,
     title="Brazil, trial account asks for a refund: deny L7")

cust("andre.tavares@tavaresimob.com.br", "André Tavares", "quarterly", ("2025-09-25", "2025-12-24"))
lopay("pay_pt_8261", "LO-INV-8261", "andre.tavares@tavaresimob.com.br", "quarterly", "3999.00", "719.82",
      "2025-06-25T09:00:00", ("2025-06-25", "2025-09-24"))
lopay("pay_pt_8262", "LO-INV-8262", "andre.tavares@tavaresimob.com.br", "quarterly", "3999.00", "719.82",
      "2025-09-25T09:00:00", ("2025-09-25", "2025-12-24"))
f = mail("l18-cancelei-e-cobraram", "André Tavares <andre.tavares@tavaresimob.com.br>", LO,
         "Cobrança após cancelamento - fatura LO-INV-8262",
         """Bom dia,

No dia 3 de setembro eu cancelei o plano pelo painel (Billing > Cancel Plan) e mesmo assim ontem caiu a
cobrança do próximo trimestre, fatura LO-INV-8262. Solicito o estorno.

Att.
André Tavares
""", "2025-09-26 08:30 -0300")
case("l18-cancelei-e-cobraram", [f], LOB, "decided", [refund("escalate")],
     "Past event: charged after cancelling = L2 billing_error; charge 2025-09-25, request 2025-09-26 = day 1; "
     "L5 escalate (no new cancellation asked)",
     title="Brazil, 'cancelei no dia 3 e cobraram': escalate L5")

cust("joao.silva@silvaengenharia.com.br", "João Silva", "monthly", ("2025-09-11", "2025-10-10"))
lopay("pay_pt_8271", "LO-INV-8271", "joao.silva@silvaengenharia.com.br", "monthly", "1499.00", "269.82",
      "2025-09-11T09:00:00", ("2025-09-11", "2025-10-10"))
f = mail("h02-maiusculas", "JOAO SILVA <Joao.Silva@SilvaEngenharia.com.br>", LO,
         "CANCELAMENTO",
         """PREZADOS, FAVOR CANCELAR MINHA ASSINATURA MENSAL. A EMPRESA ENCERROU AS ATIVIDADES COMERCIAIS.

JOAO SILVA
SILVA ENGENHARIA LTDA

Enviado do meu iPhone
""", "2025-09-25 07:00 -0300")
case("h02-maiusculas", [f], LOB, "decided", [cancel("cancel", "2025-10-10")],
     "Addresses compare case-insensitively (section 8): Joao.Silva@SilvaEngenharia.com.br is the registered "
     "joao.silva@silvaengenharia.com.br; L8 cancel effective 2025-10-10",
     title="Hard: all caps, sender address in mixed case still verified: cancel")

cust("helena.vieira@vieiraadvisors.pt", "Helena Vieira", "quarterly", ("2025-07-15", "2025-10-14"))
lopay("pay_pt_8281", "LO-INV-8281", "helena.vieira@vieiraadvisors.pt", "quarterly", "3999.00", "719.82",
      "2025-07-15T09:00:00", ("2025-07-15", "2025-10-14"))
f = mail("h03-contabilista-encaminha", "Gabinete Contabilidade Nunes <geral@gcnunes.pt>", LO,
         "Fwd: Cancelamento LeadsOptima",
         """Boa tarde,

Reencaminho o pedido da nossa cliente, Dra. Helena Vieira, para tratamento.

Cumprimentos,
Gabinete de Contabilidade Nunes

---------- Forwarded message ---------
De: Helena Vieira <helena.vieira@vieiraadvisors.pt>
Date: segunda, 22/09/2025 à(s) 17:02
Subject: Cancelamento LeadsOptima
To: Gabinete Contabilidade Nunes <geral@gcnunes.pt>

Olá, podem tratar do cancelamento da LeadsOptima? A conta é a helena.vieira@vieiraadvisors.pt, plano
trimestral. Já não fazemos prospeção ativa.
Obrigada, Helena
""", "2025-09-23 15:00 +0100")
case("h03-contabilista-encaminha", [f], LOB, "need_info", [], rules=["C2"],
     spec="Forward (section 8): the forwarded request names the registered email helena.vieira@vieiraadvisors.pt, "
          "not the sender geral@gcnunes.pt: C2, ask for the request from that address",
     title="Hard: Portuguese accountant forwards client's cancellation (Gmail Fwd): C2")

cust("rodrigo.campos@camposfit.com.br", "Rodrigo Campos", "monthly", ("2025-09-15", "2025-10-14"))
lopay("pay_pt_8291", "LO-INV-8291", "rodrigo.campos@camposfit.com.br", "monthly", "999.00", "179.82",
      "2025-09-15T09:00:00", ("2025-09-15", "2025-10-14"))
f = mail("h04-misturado-en", "Rodrigo Campos <rodrigo.campos@camposfit.com.br>", LO,
         "cancel do plan",
         """Hey guys, tudo certo?

Preciso fazer o cancel do meu plan mensal, ok? A gente migrou tudo pro RD Station e o time de marketing
não usa mais a LeadsOptima. Refund não precisa, só não cobra mais.

Thanks!!
Rodrigo
""", "2025-09-29 11:00 -0300")
case("h04-misturado-en", [f], LOB, "decided", [cancel("cancel", "2025-10-14")],
     "Portuguese/English mix; 'Refund não precisa' is a negation (section 8); L8 cancel effective 2025-10-14",
     title="Hard: Brazilian-English mix cancellation, refund declined: cancel")

f = mail("h05-protocolo-automatico", "Central de Atendimento Rocha Moda <atendimento@rochamoda.com.br>", LO,
         "[Protocolo #88213] Recebemos sua mensagem: Re: cancelar plano trimestral",
         """Olá! Recebemos sua mensagem e ela foi registrada com o protocolo #88213.
Nosso prazo de resposta é de até 2 dias úteis. Por favor, não responda este e-mail.

Equipe Rocha Moda Praia
""", "2025-09-22 09:00 -0300", headers={"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"})
case("h05-protocolo-automatico", [f], LOB, "ignore", [], rules=["C7"],
     spec="C7: Auto-Submitted: auto-generated (helpdesk acknowledgement) is ignored",
     title="Hard: customer's helpdesk auto-acknowledgement: ignore C7")

f = mail("h06-resposta-ferias", "Rui Carvalho <rui.carvalho@carvalho-seguros.pt>", LO,
         "Resposta automática: Re: Débito repetido - LO-INV-8112 [LO-5099]",
         """Obrigado pelo seu e-mail. Encontro-me de férias até 13 de outubro, sem acesso ao correio.
Para assuntos urgentes contacte geral@carvalho-seguros.pt.

Rui Carvalho
""", "2025-09-29 08:00 +0100", headers={"Auto-Submitted": "auto-replied"})
case("h06-resposta-ferias", [f], LOB, "ignore", [], rules=["C7"],
     spec="C7: out-of-office with Auto-Submitted: auto-replied, from a known customer: ignore",
     title="Hard: Portuguese out-of-office from a known customer: ignore C7")

f = mail("h07-remetente-desconhecido", "Clínica Sorriso Leve <contato@sorrisoleve.com.br>", LO,
         "Cancelar",
         """Bom dia, gostaria de cancelar o plano da clínica. Não estamos usando.
Obrigada
""", "2025-09-24 09:00 -0300")
case("h07-remetente-desconhecido", [f], LOB, "need_info", [], rules=["C2"],
     spec="Sender contato@sorrisoleve.com.br has no LeadsOptima record (section 1: the sender's address is taken as "
          "the registered email, but the ledger has no such customer): unknown sender, C2/C3 (section 8 'treated "
          "as any unknown sender (C2, C3)'; section 7: C2 when the sender is not the address on record)",
     title="Hard: cancellation from an address not in the ledger: need_info C2")

cust("nuno.pinto@pintotransportes.pt", "Nuno Pinto", "annual", ("2025-09-10", "2026-09-09"))
lopay("pay_pt_8311", "LO-INV-8311", "nuno.pinto@pintotransportes.pt", "annual", "11988.00", "2157.84",
      "2025-09-10T09:00:00", ("2025-09-10", "2026-09-09"))
f = mail("l19-plano-errado-dia9", "Nuno Pinto <nuno.pinto@pintotransportes.pt>", LO,
         "Plano errado na fatura LO-INV-8311",
         """Boa tarde,

Só agora reparei que no dia 10 me debitaram 11.988 rupias pelo plano anual, quando eu tinha escolhido
o plano trimestral. Fui cobrado pelo plano errado! Peço que me devolvam a diferença (fatura LO-INV-8311).

Cumprimentos,
Nuno Pinto
Pinto Transportes, Lda. — Leiria
""", "2025-09-19 14:00 +0100")
case("l19-plano-errado-dia9", [f], LOB, "decided", [refund("deny")],
     "L2 billing_error (charged for the wrong plan), but charge 2025-09-10 and request 2025-09-19 18:30 IST = "
     "day 9 > 7: L3 deny", title="Portugal, wrong plan noticed on day 9: deny L3")

# ---------------------------------------------------------------- Optima WebDesign

proj("Quinta do Vale Enoturismo", "reservas@quintadovale.pt")
owpay("pay_pt_o501", "OWD-2025-501", "Quinta do Vale Enoturismo", "deposit", "1500.00", "345.00",
      "2025-09-22T15:00:00", currency="EUR")
f = mail("o01-sinal-euros", "Quinta do Vale <reservas@quintadovale.pt>", OWD,
         "Refund Request — Quinta do Vale Enoturismo / OWD-2025-501",
         """Caros senhores,

Pagámos na segunda-feira o sinal de 1.845,00 € (1.500,00 € + IVA) para o site da Quinta do Vale
Enoturismo, fatura OWD-2025-501. Infelizmente, a família decidiu vender a quinta e o projeto deixa de
fazer sentido. Como ainda não começaram os trabalhos, pedimos a devolução do sinal.

Com os melhores cumprimentos,
Teresa Vale
""", "2025-09-24 08:00 +0100")
case("o01-sinal-euros", [f], OWB, "decided", [refund("approve", "1500.00")],
     "O2: deposit paid 2025-09-22 15:00 IST, request 2025-09-24 12:30 IST = 45.5 h < 72 h, no work: approve the "
     "amount before tax 1500.00 EUR (IVA 345.00 kept, C6)", title="Portugal, deposit in euros, 45.5 h: approve 1500.00")

proj("Pizzaria Forno Nonna Delivery", "contato@fornononna.com.br")
owpay("pay_pt_o511", "OWD-2025-511", "Pizzaria Forno Nonna Delivery", "deposit", "40000.00", "7200.00",
      "2025-09-26T09:00:00")
f = mail("o02-sinal-71h", "Forno Nonna <contato@fornononna.com.br>", OWD,
         "desistência do projeto - sinal OWD-2025-511",
         """Boa noite!!

Aqui é o Vitor da Pizzaria Forno Nonna. Paguei o sinal do projeto Pizzaria Forno Nonna Delivery na sexta
(OWD-2025-511), mas o iFood fechou uma parceria com a gente que já inclui cardápio digital, então não vamos
mais precisar do app próprio. Vocês ainda não começaram nada, certo? Quero o sinal de volta.

Abraço,
Vitor
""", "2025-09-28 23:30 -0300")
case("o02-sinal-71h", [f], OWB, "decided", [refund("approve", "40000.00")],
     "O2: paid 2025-09-26 09:00 IST; request 2025-09-28 23:30 -0300 = 2025-09-29 08:00 IST = 71 h < 72 h, no "
     "work: approve 40000.00", title="Brazil, late-night email, deposit at 71 h: approve 40000.00")

proj("Escola de Surf Onda Azul", "info@ondaazulsurf.pt")
owpay("pay_pt_o521", "OWD-2025-521", "Escola de Surf Onda Azul", "deposit", "22000.00", "5060.00",
      "2025-09-20T18:00:00")
f = mail("o03-sinal-74h", "Onda Azul Surf <info@ondaazulsurf.pt>", OWD,
         "Sinal do site — OWD-2025-521",
         """Olá,

Queria pedir o reembolso do sinal do site da Escola de Surf Onda Azul (OWD-2025-521). Vamos fechar a escola
no inverno e só retomamos o projeto em 2026, se retomarmos.

Abraço,
Tiago
""", "2025-09-23 15:40 +0100")
case("o03-sinal-74h", [f], OWB, "decided", [refund("deny")],
     "O2: paid 2025-09-20 18:00 IST; request 2025-09-23 15:40 +0100 = 20:10 IST = 74 h 10 min >= 72 h: deny",
     title="Portugal, deposit refund after 74 h: deny")

proj("Instituto Aprender Mais", "diretoria@aprendermais.org.br", started="2025-09-10T14:00:00")
owpay("pay_pt_o531", "OWD-2025-531", "Instituto Aprender Mais", "discovery", "18000.00", "3240.00",
      "2025-09-05T10:00:00")
f = mail("o04-discovery-iniciada", "Instituto Aprender Mais <diretoria@aprendermais.org.br>", OWD,
         "Reembolso da imersão estratégica",
         """Prezados,

Realizamos a primeira sessão de imersão estratégica do projeto Instituto Aprender Mais no dia 10/09, mas a
diretoria decidiu suspender o redesenho do portal por corte de verbas. Solicitamos o reembolso do valor
pago pela etapa de discovery (fatura OWD-2025-531).

Cordialmente,
Márcia Guimarães
Diretora Administrativa
""", "2025-09-19 10:00 -0300")
case("o04-discovery-iniciada", [f], OWB, "decided", [refund("deny")],
     "O1: work_started_at 2025-09-10 (first session) before the request 2025-09-19: deny",
     title="Brazil, discovery after the first session: deny O1")

proj("Padaria Pão Dourado Site", "padaria@paodourado.com.br", started="2025-10-03T10:00:00")
owpay("pay_pt_o541", "OWD-2025-541", "Padaria Pão Dourado Site", "discovery", "9000.00", "1620.00",
      "2025-09-24T10:00:00")
f = mail("o05-discovery-agendada", "Padaria Pão Dourado <padaria@paodourado.com.br>", OWD,
         "Cancelar workshop e reembolso OWD 2025 541",
         """Oi equipe Optima,

A gente tinha agendado o workshop de descoberta do Padaria Pão Dourado Site para o dia 03/10, mas meu sócio
saiu da sociedade e vamos adiar tudo. Dá pra reembolsar o valor do workshop (fatura OWD 2025 541)?

Obrigada!
Luciana
""", "2025-09-27 09:00 -0300")
case("o05-discovery-agendada", [f], OWB, "decided", [refund("approve", "9000.00")],
     "O1: work_started_at 2025-10-03 is later than the request time 2025-09-27: no session has started: full "
     "refund 9000.00 before tax; invoice 'OWD 2025 541' matches OWD-2025-541", extra_ok=True,
     title="Brazil, discovery workshop scheduled after the request: approve 9000.00")

proj("Construtora Horizonte Portal", "ti@construtorahorizonte.com.br", started="2025-07-01T10:00:00")
owpay("pay_pt_o551", "PO-5521", "Construtora Horizonte Portal", "milestone", "35000.00", "6300.00",
      "2025-07-01T10:00:00", milestone_status="completed")
owpay("pay_pt_o552", "PO-5522", "Construtora Horizonte Portal", "milestone", "25000.00", "4500.00",
      "2025-09-15T10:00:00", milestone_status="not_started")
f = mail("o06-marco-nao-iniciado", "TI Construtora Horizonte <ti@construtorahorizonte.com.br>", OWB2,
         "Reembolso marco 2 - PO-5522",
         """Prezados,

Referente ao projeto Construtora Horizonte Portal: o marco 2 (área do cliente com acompanhamento de obra)
foi pago antecipadamente (PO-5522), mas ainda não foi iniciado. A construtora contratou um sistema de
gestão de obras que já tem esse portal, então pedimos para retirar o marco 2 do escopo e reembolsar o
valor de R$... digo, ₹25.000,00 + impostos.

Atenciosamente,
Eduardo Pacheco
Coordenador de TI
""", "2025-09-24 16:00 -0300")
case("o06-marco-nao-iniciado", [f], OWB, "decided", [refund("approve", "25000.00")],
     "C1: billing@optimawebdesign.com is an Optima address; O3: milestone PO-5522 not_started: refund its amount "
     "before tax 25000.00", title="Brazil, unstarted milestone with a PO number: approve 25000.00")

proj("Clínica Veterinária Patas", "geral@clinicapatas.pt", started="2025-08-01T10:00:00")
owpay("pay_pt_o561", "OWD-2025-561", "Clínica Veterinária Patas", "milestone", "16000.00", "3680.00",
      "2025-09-01T10:00:00", milestone_status="completed")
f = mail("o07-marco-concluido", "Clínica Patas <geral@clinicapatas.pt>", OWD,
         "Reembolso fase de design",
         """Bom dia,

A fase de design do site da Clínica Veterinária Patas (fatura OWD-2025-561) foi dada como concluída, mas
sinceramente o resultado não corresponde ao que imaginávamos. Gostaríamos de ser reembolsados desta fase.

Cumprimentos,
Dr. Nuno Patrício
""", "2025-09-18 10:00 +0100")
case("o07-marco-concluido", [f], OWB, "decided", [refund("deny")],
     "O3/O6: milestone OWD-2025-561 status completed (completed deliverable): deny",
     title="Portugal, completed design milestone: deny")

proj("Hostel Alfama Reservas", "booking@hostelalfama.pt", started="2025-09-01T10:00:00")
owpay("pay_pt_o571", "OWD-2025-571", "Hostel Alfama Reservas", "milestone", "28000.00", "6440.00",
      "2025-09-10T10:00:00", milestone_status="in_progress")
f = mail("o08-marco-em-curso", "Hostel Alfama <booking@hostelalfama.pt>", OWD,
         "Marco do motor de reservas — pedido de reembolso",
         """Olá equipa,

O marco do motor de reservas (Hostel Alfama Reservas, OWD-2025-571) está em curso, mas a Booking passou
a oferecer o mesmo sem custos e preferimos parar por aqui. Pedimos o reembolso da parte que ainda não foi
feita.

Obrigado,
Duarte
""", "2025-09-25 11:00 +0100")
case("o08-marco-em-curso", [f], OWB, "decided", [refund("escalate")],
     "O3: milestone OWD-2025-571 in_progress: escalate (billable value of work not started needs a person)",
     title="Portugal, milestone in progress: escalate")

proj("Academia Corpo em Forma Redes Sociais", "marketing@corpoemforma.com.br", started="2025-05-05T10:00:00")
owpay("pay_pt_o581", "OWD-2025-581", "Academia Corpo em Forma Redes Sociais", "retainer", "15000.00", "2700.00",
      "2025-09-05T10:00:00", next_billing_at="2025-10-05T00:00:00", period=("2025-09-05", "2025-10-04"))
f = mail("o09-retainer-7-dias-exatos", "Corpo em Forma <marketing@corpoemforma.com.br>", OWD,
         "Cancelamento gestão de redes sociais",
         """Olá, bom domingo.

Quero cancelar a gestão de redes sociais da Academia Corpo em Forma Redes Sociais (última fatura
OWD-2025-581). Motivo: contratamos uma social media interna.

Att,
Priscila
""", "2025-09-28 10:00 -0300")
case("o09-retainer-7-dias-exatos", [f], OWB, "decided", [cancel("cancel", "2025-10-04")],
     "O4: next_billing_at 2025-10-05; 2025-10-05 - 7 days = 2025-09-28; request 2025-09-28 18:30 IST is on that "
     "date (exactly 7 days' notice, 'at least'): next charge avoided, effective 2025-10-04",
     title="Brazil, retainer cancelled with exactly 7 days' notice: cancel 2025-10-04")

proj("Livraria Ler Devagar Newsletter", "loja@lerdevagar-livros.pt", started="2025-04-05T10:00:00")
owpay("pay_pt_o591", "OWD-2025-591", "Livraria Ler Devagar Newsletter", "retainer", "6000.00", "1380.00",
      "2025-09-05T10:00:00", next_billing_at="2025-10-05T00:00:00", period=("2025-09-05", "2025-10-04"))
f = mail("o10-retainer-6-dias", "Livraria Ler Devagar <loja@lerdevagar-livros.pt>", OWD,
         "Fim do contrato de newsletter",
         """Boa tarde,

Pretendemos terminar o serviço mensal de newsletter (Livraria Ler Devagar Newsletter, fatura OWD-2025-591).
As vendas online não justificam o custo e vamos concentrar-nos na loja física.

Cumprimentos,
Filipa Lopes
""", "2025-09-29 14:00 +0100")
case("o10-retainer-6-dias", [f], OWB, "decided", [cancel("cancel", "2025-11-04")],
     "O4: cut-off 2025-10-05 - 7 = 2025-09-28; request 2025-09-29 is later (6 days' notice): the next cycle "
     "2025-10-05..2025-11-04 (same length as 2025-09-05..2025-10-04) is billed; effective its last day 2025-11-04",
     title="Portugal, retainer cancelled with 6 days' notice: cancel 2025-11-04")

proj("Studio Pilates Equilíbrio Blog", "contato@pilatesequilibrio.com.br", started="2025-03-12T10:00:00")
owpay("pay_pt_o601", "OWD-2025-601", "Studio Pilates Equilíbrio Blog", "retainer", "8000.00", "1440.00",
      "2025-09-12T10:00:00", next_billing_at="2025-10-12T00:00:00", period=("2025-09-12", "2025-10-11"))
f = mail("o11-retainer-reembolso-mes", "Pilates Equilíbrio <contato@pilatesequilibrio.com.br>", OWD,
         "Cancelar blog + reembolso do mês",
         """Oi!

Quero cancelar o serviço de conteúdo para o blog (Studio Pilates Equilíbrio Blog, OWD-2025-601), porque
vamos fechar o estúdio em outubro. E queria o reembolso da mensalidade de setembro, já que quase não teve
post esse mês.

Beijos,
Carol
""", "2025-09-22 10:00 -0300")
case("o11-retainer-reembolso-mes", [f], OWB, "decided", [refund("deny"), cancel("cancel", "2025-10-11")],
     "O4: the current period (2025-09-12..2025-10-11) is never refunded: refund deny; cancellation with "
     "notice 2025-09-22 <= 2025-10-05 (next_billing_at 2025-10-12 - 7): effective 2025-10-11",
     title="Brazil, retainer cancel + refund of current month: deny refund, cancel 2025-10-11")

proj("Restaurante Mar Salgado Hosting", "gerencia@marsalgado.pt")
owpay("pay_pt_o611", "OWD-2025-611", "Restaurante Mar Salgado Hosting", "hosting_annual", "9600.00", "2208.00",
      "2025-09-20T10:00:00", service_start="2025-10-10")
f = mail("o12-hosting-antes-inicio", "Mar Salgado <gerencia@marsalgado.pt>", OWD,
         "Alojamento anual — desistência OWD-2025-611",
         """Bom dia,

Contratámos o alojamento anual para o Restaurante Mar Salgado Hosting (OWD-2025-611), com início a 10 de
outubro. Entretanto o grupo decidiu centralizar todos os sites num fornecedor único, pelo que desistimos
e pedimos o reembolso proporcional.

Melhores cumprimentos,
Carlos Salgado
""", "2025-09-25 09:00 +0100")
case("o12-hosting-antes-inicio", [f], OWB, "decided", [refund("approve", "8800.00")],
     "O5 before the service starts: consumed_months is 1 (section 8); no setup fee; monthly_value = 9600 / 12 = "
     "800.00; refund = 9600.00 - 0 - 800.00 = 8800.00", extra_ok=True,
     title="Portugal, annual hosting cancelled before it starts: approve 8800.00")

proj("Ótica Visão Clara Manutenção", "otica@visaoclara.com.br", started="2025-09-26T00:00:00")
owpay("pay_pt_o621", "OWD-2025-621", "Ótica Visão Clara Manutenção", "maintenance_annual", "7999.00",
      "1439.82", "2025-09-25T10:00:00", setup_fee="999.00", service_start="2025-09-26")
f = mail("o13-manutencao-arredondamento", "Ótica Visão Clara <otica@visaoclara.com.br>", OWD,
         "Cancelamento plano de manutenção anual",
         """Olá,

Gostaria de cancelar o plano de manutenção anual da Ótica Visão Clara Manutenção (fatura OWD-2025-621) e
receber o reembolso proporcional. O motivo é que a franqueadora vai assumir os sites de todas as lojas.

Obrigado,
Sérgio
""", "2025-09-29 10:00 -0300")
case("o13-manutencao-arredondamento", [f], OWB, "decided", [refund("approve", "6416.67")],
     "O5: service_start 2025-09-26, request 2025-09-29 18:30 IST = day 3; monthly_value = (7999.00 - 999.00) / 12 "
     "= 583.333...; refund = 7999.00 - 999.00 - 583.333... = 6416.666... -> 6416.67 (half-up, once, C6)",
     extra_ok=True, title="Brazil, annual maintenance day 3, rounding: approve 6416.67")

proj("Imobiliária Casa Nova Hosting", "geral@casanova-imob.pt", started="2025-09-10T00:00:00")
owpay("pay_pt_o631", "OWD-2025-631", "Imobiliária Casa Nova Hosting", "hosting_annual", "12000.00", "2760.00",
      "2025-09-09T10:00:00", setup_fee="1500.00", service_start="2025-09-10")
f = mail("o14-hosting-dia15", "Imobiliária Casa Nova <geral@casanova-imob.pt>", OWD,
         "Rescisão do alojamento",
         """Exmos. Senhores,

Solicitamos a rescisão do alojamento anual (Imobiliária Casa Nova Hosting, OWD-2025-631) e o reembolso
proporcional, uma vez que o site passou para a plataforma da rede franchisada.

Atentamente,
Rita Nogueira
""", "2025-09-25 07:00 +0100")
case("o14-hosting-dia15", [f], OWB, "decided", [refund("deny")],
     "O5: service_start 2025-09-10, request 2025-09-25 11:30 IST = day 15 > 14: deny", extra_ok=True,
     title="Portugal, annual hosting on day 15: deny")

proj("Cervejaria Lúpulo Bravo Loja", "contato@lupulobravo.com.br", started="2025-09-15T10:00:00")
owpay("pay_pt_o641", "OWD-2025-641", "Cervejaria Lúpulo Bravo Loja", "setup", "4500.00", "810.00",
      "2025-09-15T10:00:00")
f = mail("o15-taxa-ativacao", "Lúpulo Bravo <contato@lupulobravo.com.br>", OWD,
         "taxa de ativação",
         """E aí pessoal,

Vi na fatura OWD-2025-641 uma taxa de setup/ativação da loja (Cervejaria Lúpulo Bravo Loja). Achei caro pra
só configurar a conta, queria o reembolso dessa taxa.

Valeu,
Bruno
""", "2025-09-20 15:00 -0300")
case("o15-taxa-ativacao", [f], OWB, "decided", [refund("deny")],
     "O6: kind setup (setup/activation fee) is never refundable: deny", title="Brazil, setup/activation fee: deny O6")

proj("Loja Cerâmica Atlântico", "loja@ceramica-atlantico.pt", started="2025-08-01T10:00:00")
owpay("pay_pt_o651", "OWD-2025-651", "Loja Cerâmica Atlântico", "third_party", "5200.00", "1196.00",
      "2025-09-12T10:00:00")
f = mail("o16-tema-premium", "Cerâmica Atlântico <loja@ceramica-atlantico.pt>", OWD,
         "Licença do tema e plugins",
         """Boa tarde,

Na fatura OWD-2025-651 (Loja Cerâmica Atlântico) cobraram-nos a licença do tema premium e de dois plugins.
Afinal o tema não ficou como queríamos e vamos usar outro, por isso pedimos a devolução desse valor.

Cumprimentos,
Marta Rebelo
""", "2025-09-19 12:00 +0100")
case("o16-tema-premium", [f], OWB, "decided", [refund("deny")],
     "O6: kind third_party (premium theme and plugin licences) is never refundable: deny",
     title="Portugal, premium theme/plugin licences: deny O6")

proj("Contabilidade Lemos Site", "contato@lemoscontabil.com.br", started="2025-08-01T10:00:00")
owpay("pay_pt_o661", "OWD-2025-661", "Contabilidade Lemos Site", "change_request", "3500.00", "630.00",
      "2025-09-18T10:00:00")
f = mail("o17-alteracao-escopo", "Lemos Contabilidade <contato@lemoscontabil.com.br>", OWD,
         "Alteração de escopo cobrada",
         """Prezados,

Foi cobrada a alteração de escopo para incluir a página de equipe no Contabilidade Lemos Site (OWD-2025-661).
Decidimos não publicar a página por ora, então solicitamos a devolução desse valor.

Atenciosamente,
Secretaria
""", "2025-09-23 10:00 -0300")
case("o17-alteracao-escopo", [f], OWB, "decided", [refund("deny")],
     "O6: kind change_request (change outside original scope) is never refundable: deny",
     title="Brazil, change request outside scope: deny O6")

proj("Hamburgueria Brasa Site", "socios@hamburgueriabrasa.com.br")
owpay("pay_pt_o671", "OWD-2025-671", "Hamburgueria Brasa Site", "deposit", "20000.00", "3600.00",
      "2025-09-25T10:00:00")
owpay("pay_pt_o672", "OWD-2025-672", "Hamburgueria Brasa Site", "discovery", "8000.00", "1440.00",
      "2025-09-18T10:00:00")
f = mail("o18-sem-fatura", "Hamburgueria Brasa <socios@hamburgueriabrasa.com.br>", OWD,
         "Cancelamento projeto Hamburgueria Brasa Site",
         """Oi,

Queremos cancelar o projeto Hamburgueria Brasa Site e pedir a devolução do que já pagamos. Os sócios não
chegaram a um acordo sobre a nova marca e o projeto ficou parado.

Abs,
Felipe
""", "2025-09-26 10:00 -0300")
case("o18-sem-fatura", [f], OWB, "need_info", [], missing=["invoice_number"],
     spec="Optima requires the invoice/payment reference (section 4); the project has two payments, none is named: "
          "C3 asks for invoice_number (contract email = sender, project and reason given; 'o que já pagamos' names no charge)",
     title="Brazil, cancel + refund without invoice (deposit and discovery on the project): need_info invoice")

proj("Colégio São Bento Portal", "direcao@colegiosaobento.pt", started="2025-09-01T10:00:00")
owpay("pay_pt_o681", "OWD-2025-681", "Colégio São Bento Portal", "milestone", "30000.00", "6900.00",
      "2025-09-20T10:00:00", milestone_status="not_started")
f = mail("o19-gmail-pessoal", "Joaquim Ferreira <joaquim.ferreira1970@gmail.com>", OWD,
         "Portal do Colégio São Bento — reembolso",
         """Boa tarde,

Escrevo do meu endereço pessoal. Sou o diretor do Colégio São Bento; o contrato está em nome de
direcao@colegiosaobento.pt. Pedimos o reembolso do marco OWD-2025-681 (Colégio São Bento Portal), ainda
não iniciado, porque o Ministério vai disponibilizar uma plataforma comum às escolas.

Cumprimentos,
Joaquim Ferreira
""", "2025-09-24 15:00 +0100")
case("o19-gmail-pessoal", [f], OWB, "need_info", [], rules=["C2"],
     spec="C2 (explicit for Optima): sender joaquim.ferreira1970@gmail.com is not the contract email "
          "direcao@colegiosaobento.pt: ask for the request from the contract email, no account details",
     title="Portugal, refund from a personal gmail naming the contract email: C2")

proj("Farmácia Central Loja Online", "compras@farmaciacentral.pt", started="2025-07-15T10:00:00")
owpay("pay_pt_o691", "OWD-2025-691", "Farmácia Central Loja Online", "milestone", "45000.00", "10350.00",
      "2025-08-20T10:00:00", milestone_status="approved")
f = mail("o20-deco-tribunal", "Farmácia Central <compras@farmaciacentral.pt>", OWD,
         "Reclamação formal — OWD-2025-691",
         """Exmos. Senhores,

A loja online (Farmácia Central Loja Online, marco OWD-2025-691) continua com erros no pagamento por
MB WAY. Exigimos a devolução do valor deste marco. Caso não obtenhamos resposta em 8 dias, apresentaremos
queixa no Livro de Reclamações e na DECO e o assunto seguirá para tribunal, através do nosso advogado.

Com os melhores cumprimentos,
Dr.ª Luísa Almeida
Diretora Técnica
""", "2025-09-26 10:00 +0100")
case("o20-deco-tribunal", [f], OWB, "decided", [refund("escalate")],
     "C4: consumer-protection complaint (DECO), court and lawyer ('advogado') threatened: escalate",
     rules=["C4"], title="Portugal, approved milestone + DECO/court/lawyer threat: escalate C4")

proj("Salão Beleza Pura Agenda Online", "salao@belezapura.com.br", started="2025-04-20T10:00:00")
owpay("pay_pt_o701", "OWD-2025-701", "Salão Beleza Pura Agenda Online", "retainer", "5000.00", "900.00",
      "2025-09-20T10:00:00", next_billing_at="2025-10-20T00:00:00", period=("2025-09-20", "2025-10-19"))
f = mail("o21-enc-outlook", "Salão Beleza Pura <salao@belezapura.com.br>", OWD,
         "ENC: Cancelamento manutenção agenda online",
         """Bom dia, segue abaixo. Mandei para o endereço errado.

________________________________
De: Salão Beleza Pura <salao@belezapura.com.br>
Enviado: segunda-feira, 22 de setembro de 2025 10:12
Para: comercial@optimawebdesign.com.br
Assunto: Cancelamento manutenção agenda online

Olá, quero cancelar a manutenção mensal da agenda online (Salão Beleza Pura Agenda Online, fatura
OWD-2025-701). Vamos usar o app de agendamento que veio junto com a maquininha de cartão, sai mais barato.

Obrigada,
Simone
""", "2025-09-23 09:00 -0300")
case("o21-enc-outlook", [f], OWB, "decided", [cancel("cancel", "2025-10-19")],
     "Outlook forward (ENC:) from the contract email, read for the request it carries (section 8); O4/O8: "
     "next_billing_at 2025-10-20 - 7 = 2025-10-13 >= 2025-09-23: effective 2025-10-19",
     title="Brazil, Outlook ENC: of own misaddressed retainer cancellation: cancel 2025-10-19")

proj("Agência Viagens Rota Sul Hosting", "financeiro@rotasulviagens.com.br", started="2025-09-23T00:00:00")
owpay("pay_pt_o711", "OWD-2025-711", "Agência Viagens Rota Sul Hosting", "hosting_annual", "14400.00",
      "2592.00", "2025-09-22T10:00:00", setup_fee="2400.00", service_start="2025-09-23")
owpay("pay_pt_o712", "OWD-2025-712", "Agência Viagens Rota Sul Hosting", "third_party", "1200.00", "216.00",
      "2025-09-22T10:02:00")
f1 = mail("o22-thread-1", "Rota Sul Viagens <financeiro@rotasulviagens.com.br>", OWD,
          "Hospedagem Agência Viagens Rota Sul Hosting",
          """Bom dia,

Queremos cancelar a hospedagem anual do site Agência Viagens Rota Sul Hosting e pedir o reembolso
proporcional, conforme a política de vocês.

Att.
Financeiro - Rota Sul Viagens
""", "2025-09-26 09:00 -0300")
f2 = mail("o22-thread-2", "Rota Sul Viagens <financeiro@rotasulviagens.com.br>", OWD,
          "RES: Hospedagem Agência Viagens Rota Sul Hosting [OWD-4410]",
          """Bom dia,

Segue: fatura OWD-2025-711. Motivo: a operadora que nos franqueia exige que o site fique hospedado no
servidor dela a partir de outubro.

Att.
Financeiro - Rota Sul Viagens

De: Optima WebDesign <optimawebdesigns12@gmail.com>
Enviada em: sexta-feira, 26 de setembro de 2025 14:20
Para: financeiro@rotasulviagens.com.br
Assunto: Re: Hospedagem Agência Viagens Rota Sul Hosting [OWD-4410]

Por favor, informe a fatura (invoice_number) e o motivo (reason).
""", "2025-09-29 08:30 -0300", in_reply_to="<owd-reply-pt-o22@optimawebdesign.com>",
          references=f"{msgid(f1)} <owd-reply-pt-o22@optimawebdesign.com>")
case("o22-thread-fatura-motivo", [f1, f2], OWB, "decided", [refund("approve", "11000.00")],
     "C3 thread: invoice and reason missing in the first mail (request time 2025-09-26 17:30 IST), both given in "
     "the answer; O5: service_start 2025-09-23, day 3; monthly_value = (14400 - 2400) / 12 = 1000.00; refund = "
     "14400 - 2400 - 1000 = 11000.00", extra_ok=True,
     title="Brazil thread: hosting refund, invoice and reason in the answer (RES:): approve 11000.00")

proj("Marcenaria Raiz Catálogo", "contato@marcenariaraiz.com.br")
owpay("pay_pt_o721", "OWD-2025-721", "Marcenaria Raiz Catálogo", "deposit", "18000.00", "3240.00",
      "2025-09-29T11:00:00")
f = mail("h08-html-outlook", "Marcenaria Raiz <contato@marcenariaraiz.com.br>", OWD,
         "Refund Request — Marcenaria Raiz Catálogo / OWD-2025-721", None, "2025-09-30 10:00 -0300",
         html="""<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta charset="utf-8"></head>
<body lang="PT-BR"><div class="WordSection1">
<p class="MsoNormal">Bom dia,<o:p></o:p></p>
<p class="MsoNormal">Pagamos ontem o sinal do <b>Marcenaria Raiz Catálogo</b> (fatura OWD-2025-721).
Recebemos hoje a notícia de que o galpão vai ser desapropriado pela prefeitura e vamos ter que mudar de
cidade, então não faz sentido seguir com o catálogo agora. Pedimos a devolução do sinal.<o:p></o:p></p>
<p class="MsoNormal">Obrigado,<br>Roberto Raiz<o:p></o:p></p>
<p class="MsoNormal" style="font-size:7.5pt;color:gray">Antes de imprimir, pense no meio ambiente.<o:p></o:p></p>
</div></body></html>""")
case("h08-html-outlook", [f], OWB, "decided", [refund("approve", "18000.00")],
     "HTML-only (Outlook) mail; O2: deposit paid 2025-09-29 11:00 IST, request 2025-09-30 18:30 IST = 31.5 h, no "
     "work: approve 18000.00", extra_ok=True,
     title="Hard: HTML-only Outlook mail, deposit refund at 31.5 h: approve 18000.00")

dsn = EmailMessage(policy=SMTP)
dsn["From"] = "Mail Delivery Subsystem <postmaster@correio.sapo.pt>"
dsn["To"] = "optimawebdesigns12@gmail.com"
dsn["Subject"] = "Notificação de falha na entrega: Re: Refund Request — Quinta do Vale Enoturismo"
dsn["Date"] = format_datetime(datetime(2025, 9, 25, 4, 10, tzinfo=timezone(timedelta(hours=1))))
dsn["Message-ID"] = "<dsn-pt-h09.20250925@correio.sapo.pt>"
dsn["Auto-Submitted"] = "auto-replied"
dsn["MIME-Version"] = "1.0"
dsn.set_content("A mensagem não pôde ser entregue ao destinatário:\n\n  teresa@quintadovale.pt\n\n"
                "Motivo: caixa de correio cheia (552 5.2.2).\n")
dsn.add_attachment("Reporting-MTA: dns; correio.sapo.pt\n\nFinal-Recipient: rfc822; teresa@quintadovale.pt\n"
                   "Action: failed\nStatus: 5.2.2\n", subtype="plain", filename="details.txt")
dsn.set_boundary("=_dsn_pt_h09_boundary")
dsn.set_type("multipart/report")
dsn.set_param("report-type", "delivery-status")
_written["emails/h09-falha-entrega.eml"] = dsn
case("h09-falha-entrega", ["emails/h09-falha-entrega.eml"], OWB, "ignore", [], rules=["C7"],
     spec="C7: delivery-status report (multipart/report; report-type=delivery-status) from postmaster: ignore",
     title="Hard: Portuguese bounce from postmaster (multipart/report): ignore")

proj("Pousada Serra Verde Site", "pousada@serraverde.com.br", started="2025-09-01T10:00:00")
owpay("pay_pt_o731", "OWD-2025-731", "Pousada Serra Verde Site", "milestone", "24000.00", "4320.00",
      "2025-09-01T10:00:00", milestone_status="in_progress")
f = mail("h10-status-projeto", "Pousada Serra Verde <pousada@serraverde.com.br>", OWD,
         "Prazo da homologação",
         """Oi equipe,

Tudo bem? Quando fica pronta a versão de homologação do Pousada Serra Verde Site? Queria mostrar para
meu sócio na semana que vem. Não estou pedindo reembolso nem cancelamento não, tá tudo ótimo, só quero
saber o prazo mesmo rsrs.

Beijos,
Aline
""", "2025-09-30 16:00 -0300")
case("h10-status-projeto", [f], OWB, "other", [],
     "Status question with an explicit negation ('Não estou pedindo reembolso nem cancelamento'): no request, other",
     title="Hard: project status question, explicitly not a refund: other")

cust("camila.prado@pradoeventos.com.br", "Camila Prado", "monthly", ("2025-09-17", "2025-10-16"))
lopay("pay_pt_8301", "LO-INV-8301", "camila.prado@pradoeventos.com.br", "monthly", "1499.00", "269.82",
      "2025-09-17T09:00:00", ("2025-09-17", "2025-10-16"))
f = mail("h11-marca-errada", "Camila Prado <camila.prado@pradoeventos.com.br>", OWD,
         "cancelamento assinatura LeadsOptima",
         """Olá, quero cancelar minha assinatura mensal da plataforma de leads. Estou sem tempo de usar e
vou focar nas redes sociais.

Camila Prado
""", "2025-09-27 11:00 -0300")
case("h11-marca-errada", [f], OWB, "need_info", [], rules=["C2"],
     spec="C1: sent to the Optima mailbox, so brand optima_webdesign; section 8 'The other brand's customer': "
          "the ledger is searched in Optima only, where her address is unknown: C2/C3",
     title="Hard: LeadsOptima customer writes to the Optima mailbox: Optima, unknown sender C2")

f = mail("h12-lista-discussao", "Grupo WordPress Lisboa <wp-lisboa@googlegroups.com>", OWD,
         "[wp-lisboa] Reembolsos de plugins premium — alguém já pediu?",
         """Olá a todos, alguém já conseguiu reembolso de um plugin premium depois de cancelar a licença?
Pergunto porque a agência que contratei diz que não reembolsa.

--
Recebeu esta mensagem porque está inscrito no grupo "WordPress Lisboa" dos Grupos do Google.
""", "2025-09-24 21:00 +0100", headers={"List-Id": "<wp-lisboa.googlegroups.com>", "Precedence": "list",
                                          "Reply-To": "wp-lisboa@googlegroups.com"})
case("h12-lista-discussao", [f], OWB, "ignore", [], rules=["C7"],
     spec="C7: mailing-list mail (List-Id, Precedence: list) is ignored even though it mentions refunds",
     title="Hard: Google Groups list mail about refunds (List-Id): ignore")

proj("Confeitaria Doce Lar Cardápio", "contato@docelar.com.br", started="2025-09-02T10:00:00")
owpay("pay_pt_o741", "OWD-2025-741", "Confeitaria Doce Lar Cardápio", "retainer", "4000.00", "720.00",
      "2025-09-02T10:00:00", next_billing_at="2025-10-02T00:00:00", period=("2025-09-02", "2025-10-01"))
f = mail("h13-cancelar-sem-motivo", "Confeitaria Doce Lar <contato@docelar.com.br>", OWD,
         "Cancelamento - Confeitaria Doce Lar Cardápio - OWD-2025-741",
         """Bom dia, por gentileza, cancelar o serviço conforme assunto.

Grata,

Denise Araújo
Confeitaria Doce Lar
Rua das Flores, 120 - Curitiba/PR
Siga-nos no Instagram @docelarconfeitaria
""", "2025-09-24 08:00 -0300")
case("h13-cancelar-sem-motivo", [f], OWB, "need_info", [], missing=["reason"],
     spec="Optima requires a reason for cancellations (section 8); project and invoice are in the subject, the body "
          "only restates the request with a signature: C3 asks for reason",
     title="Hard: Optima cancellation with project/invoice only in the subject, no reason: need_info reason")


# ---------------------------------------------------------------- write

def main():
    out = HERE
    (out / "emails").mkdir(exist_ok=True)
    for old in (out / "emails").glob("*.eml"):
        old.unlink()
    for rel, msg in _written.items():
        (out / rel).write_bytes(msg.as_bytes(policy=SMTP))
    invoices = [p["invoice"] for p in payments]
    assert len(invoices) == len(set(invoices)), "duplicate invoice"
    ids = [p["id"] for p in payments]
    assert len(ids) == len(set(ids))
    assert len({c["email"] for c in customers}) == len(customers)
    assert len({p["name"] for p in projects}) == len(projects)
    (out / "ledger.json").write_text(json.dumps({"customers": customers, "projects": projects,
                                                 "payments": payments}, ensure_ascii=False, indent=1) + "\n",
                                     encoding="utf-8")
    public = [{k: v for k, v in c.items() if not k.startswith("_")} for c in cases]
    assert len({c["id"] for c in public}) == len(public)
    (out / "expected.json").write_text(json.dumps({"cases": public}, ensure_ascii=False, indent=1) + "\n",
                                       encoding="utf-8")
    lines = [
        "# Fresh held-out round 13: Portuguese (pt)",
        "",
        "Written by QA pass qa13a (this session) from POLICY_SPEC.md alone, without reading the product's code, "
        "language packs or earlier rounds' emails. Licence: MIT, like the project; all text was written for "
        "this project.",
        "",
        "`python3 make_cases.py` regenerates `ledger.json`, `emails/*.eml`, `expected.json` and this README "
        "(deterministic, stdlib only). The triage time is 2025-10-01 10:00 IST; request times are the emails' "
        "`Date:` headers, counted in Asia/Kolkata (POLICY_SPEC.md section 1). Amounts are before tax (C6).",
        "Portuguese from Brazil and Portugal (formal and informal, with and without accents).",
        "",
        f"{len(public)} cases (ids `pt-l*` LeadsOptima, `pt-o*` Optima WebDesign, `pt-h*` hard cases):",
        "",
    ]
    for c in cases:
        amb = " *(ambiguous)*" if c.get("ambiguous") else ""
        lines.append(f"- `{c['id']}`: {c['_title']}{amb}")
    (out / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(public)} cases, {len(_written)} emails, {len(payments)} payments")


if __name__ == "__main__":
    main()
