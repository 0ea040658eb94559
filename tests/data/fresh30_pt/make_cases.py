#!/usr/bin/env python3
"""fresh30_pt: held-out Portuguese cases for mailbot (Espírito Santo, Mato Grosso do Sul, the Brazilian
diaspora in the USA, Japan and Portugal, Macau, central Portugal (Coimbra, Viseu), and Portuguese
written by Spanish speakers).

Stdlib only, deterministic.  Running it writes ledger.json, emails/*.eml and expected.json
beside this file.  MIT, like the project; all text written for this project.
"""
from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from decimal import ROUND_HALF_UP, Decimal
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
LOB, OWB = "leadsoptima", "optima_webdesign"
IST = timezone(timedelta(hours=5, minutes=30))


def tz(h, m=0):
    return timezone(timedelta(hours=h, minutes=m))


LEDGER = {"customers": [], "projects": [], "payments": []}
(HERE / "emails").mkdir(exist_ok=True)
for _old in (HERE / "emails").glob("*.eml"):
    _old.unlink()
CASES = []
TAX = {"1499.00": "269.82", "3999.00": "719.82", "11988.00": "2157.84"}


def cust(email, name, plan, status="active", start=None, end=None, trial_ends=None):
    LEDGER["customers"].append({"brand": LOB, "email": email, "name": name, "plan": plan, "status": status,
                                "trial_ends": trial_ends, "current_period_start": start,
                                "current_period_end": end})


def lopay(pid, inv, email, plan, amount, paid_at, ps, pe, status="paid"):
    LEDGER["payments"].append({"brand": LOB, "id": pid, "invoice": inv, "customer_email": email,
                               "kind": "subscription", "plan": plan, "amount": amount, "tax": TAX[amount],
                               "currency": "INR", "paid_at": paid_at, "period_start": ps,
                               "period_end": pe, "status": status})


def proj(name, contract, started=None):
    LEDGER["projects"].append({"brand": OWB, "name": name, "contract_email": contract,
                               "work_started_at": started})


def owpay(pid, inv, project, kind, amount, paid_at, **kw):
    tax = str((Decimal(amount) * Decimal("0.18")).quantize(Decimal("0.01")))
    base = {"brand": OWB, "id": pid, "invoice": inv, "project": project, "kind": kind,
            "amount": amount, "tax": tax, "currency": "INR", "paid_at": paid_at, "status": "paid",
            "setup_fee": None, "service_start": None, "next_billing_at": None,
            "period_start": None, "period_end": None, "milestone_status": None}
    base.update(kw)
    LEDGER["payments"].append(base)


# --- checks of the arithmetic (run as the module runs) -----------------------------------------
def ist(when):
    return when.astimezone(IST)


def day_n(paid_at, when):
    """Calendar days from a naive IST ledger time (or an ISO date) to an email's time, in IST."""
    paid = datetime.fromisoformat(paid_at)
    paid_d = paid.astimezone(IST).date() if paid.tzinfo else paid.date()
    return (ist(when).date() - paid_d).days


def hours(paid_at, when):
    return (ist(when) - datetime.fromisoformat(paid_at).replace(tzinfo=IST)).total_seconds() / 3600


def o5(amount, setup):
    a, s = Decimal(amount), Decimal(setup)
    return str((a - s - (a - s) / 12).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def M(frm, to, subject, when, body, html=False, headers=None, reply_to=None, raw=None):
    """One email of a thread (dict, turned into bytes by case())."""
    return {"from": frm, "to": to, "subject": subject, "when": when, "body": body, "html": html,
            "headers": headers or {}, "reply_to": reply_to, "raw": raw}


def case(cid, brand, status, msgs, decisions=(), rules=(), missing=None, extra_ok=False,
         ambiguous=None, spec=""):
    files = []
    prev_ids = []
    for i, m in enumerate(msgs, 1):
        msg = EmailMessage(policy=SMTP)
        if m["from"] is not None:
            msg["From"] = m["from"]
        msg["To"] = m["to"]
        msg["Subject"] = m["subject"]
        msg["Date"] = format_datetime(m["when"])
        mid = f"<{cid}.{i}.{int(m['when'].timestamp())}@mail.fresh30-{LANG}.example>"
        msg["Message-ID"] = mid
        if m["reply_to"]:
            msg["Reply-To"] = m["reply_to"]
        if m["headers"].get("_irt"):
            ref = m["headers"]["_irt"]
            msg["In-Reply-To"] = ref
            msg["References"] = " ".join(prev_ids + [ref])
        elif prev_ids:
            msg["In-Reply-To"] = prev_ids[-1]
            msg["References"] = " ".join(prev_ids)
        for k, v in m["headers"].items():
            if not k.startswith("_"):
                msg[k] = v
        msg["MIME-Version"] = "1.0"
        if m["raw"]:  # a delivery-status report (RFC 3464): multipart/report, text part + status fields
            msg.set_content(m["body"])
            msg.make_mixed()
            msg.set_param("report-type", "delivery-status")
            msg.set_type("multipart/report")
            dsn = EmailMessage(policy=SMTP)
            dsn["Content-Type"] = "message/delivery-status"
            blocks = [EmailMessage(policy=SMTP) for _ in m["raw"].split("\n\n")]
            for blk, text in zip(blocks, m["raw"].split("\n\n")):
                for line in text.strip().splitlines():
                    k, v = line.split(":", 1)
                    blk[k] = v.strip()
            dsn.set_payload(blocks)
            msg.attach(dsn)
            msg.set_boundary(f"=_dsn_{cid}_{i}")
        elif m["html"]:
            msg.set_content(m["body"], subtype="html")
        else:
            msg.set_content(m["body"])
        prev_ids.append(mid)
        if m["headers"].get("_irt"):
            prev_ids.insert(-1, m["headers"]["_irt"])
        name = f"emails/{cid.split('-')[1]}-{i}.eml"
        (HERE / name).write_bytes(msg.as_bytes(policy=SMTP))
        files.append(name)
    exp = {"id": cid, "lang": LANG, "files": files, "brand": brand, "status": status,
           "rules": list(rules), "decisions": [dict(x) for x in decisions], "spec": spec}
    if missing is not None:
        exp["missing"] = list(missing)
    if extra_ok:
        exp["extra_ok"] = True
    if ambiguous:
        exp["ambiguous"] = ambiguous
    CASES.append(exp)


def R(outcome, amount=None):
    return {"intent": "refund", "outcome": outcome, "amount": amount}


def X(outcome="cancel", eff=None):
    out = {"intent": "cancellation", "outcome": outcome}
    if eff:
        out["effective_date"] = eff
    return out


def d(y, mo, dd, h, mi, zone):
    return datetime(y, mo, dd, h, mi, tzinfo=zone)


def write_all():
    (HERE / "ledger.json").write_text(json.dumps(LEDGER, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (HERE / "expected.json").write_text(json.dumps({"cases": CASES}, ensure_ascii=False, indent=1) + "\n",
                                        encoding="utf-8")
    print(f"{len(CASES)} cases, {len(LEDGER['payments'])} payments")


LANG = "pt"
ES, MS, USE, JP, PT, MO, ESP = tz(-3), tz(-4), tz(-4), tz(9), tz(1), tz(8), tz(2)
SUP = "Suporte LeadsOptima <support@leadsoptima.com>"
OWDTO = "Optima WebDesign <optimawebdesigns12@gmail.com>"

# ---------------------------------------------------------------------------------------------
# LeadsOptima
# ---------------------------------------------------------------------------------------------

cust("financeiro@moquecacapixaba.com.br", "Moqueca Capixaba", "monthly", start="2025-09-23", end="2025-10-22")
lopay("pt30_p01", "LO-INV-40101", "financeiro@moquecacapixaba.com.br", "monthly", "1499.00",
      "2025-09-23T10:00:00", "2025-09-23", "2025-10-22")
lopay("pt30_p02", "LO-INV-40102", "financeiro@moquecacapixaba.com.br", "monthly", "1499.00",
      "2025-09-23T10:00:50", "2025-09-23", "2025-10-22")
w = d(2025, 9, 25, 9, 0, ES)
case("pt-l01-vitoria-cobranca-em-duplicidade", LOB, "decided", [M(
    "Financeiro Moqueca Capixaba <financeiro@moquecacapixaba.com.br>", SUP,
    "Cobrança em duplicidade - mensalidade setembro", w,
    "Bom dia, pessoal!\n\nIdentificamos cobrança em duplicidade da mensalidade no cartão da empresa: dois "
    "lançamentos de R$... quer dizer, INR 1.499,00 no dia 23/09 (faturas LO-INV-40101 e LO-INV-40102). "
    "Temos um único plano mensal. Solicitamos o estorno do segundo lançamento, LO-INV-40102.\n\n"
    "Att.,\nJosiane Pimentel\nFinanceiro - Restaurante Moqueca Capixaba\nVitória/ES\n")],
    [R("approve", "1499.00")],
    spec="L4: two paid monthly charges 2025-09-23, same period; request 2025-09-25 17:30 IST (day 2): "
         "approve the later charge 1499.00.")

cust("kenji.tanaka.br@docomo.ne.jp", "Kenji Tanaka", "quarterly", start="2025-09-20", end="2025-12-19")
lopay("pt30_p03", "LO-INV-40103", "kenji.tanaka.br@docomo.ne.jp", "quarterly", "3999.00", "2025-09-20T10:00:00",
      "2025-09-20", "2025-12-19")
lopay("pt30_p04", "LO-INV-40104", "kenji.tanaka.br@docomo.ne.jp", "quarterly", "3999.00", "2025-09-20T10:03:00",
      "2025-09-20", "2025-12-19")
w = d(2025, 9, 28, 2, 0, JP)
assert day_n("2025-09-20T10:03:00", w) == 7
case("pt-l02-hamamatsu-madrugada-dia-7", LOB, "decided", [M(
    "Kenji Tanaka <kenji.tanaka.br@docomo.ne.jp>", SUP, "cobraram 2 vezes trimestral", w,
    "ola, boa noite (aqui ja e madrugada no japao kkk)\n\nsou brasileiro e moro em hamamatsu, trabalho no "
    "kojo de dia e a noite faço o meu negocio de mudanças. vi no cartao que me cobraram duas vezes o plano "
    "trimestral no dia 20, faturas LO-INV-40103 e LO-INV-40104. quero o reembolso da segunda por favor, "
    "yoroshiku onegaishimasu\n\nKenji (Cleber) Tanaka\nHamamatsu-shi, Shizuoka\n")],
    [R("approve", "3999.00")],
    spec="L3 counted in IST: mail 2025-09-28 02:00 +09:00 = 2025-09-27 22:30 IST, day 7 (inside) though "
         "day 8 in Japan; L4 duplicate quarterly: approve 3999.00.")

cust("contato@sobacampogrande.com.br", "Sobaria Campo Grande", "monthly", start="2025-09-12", end="2025-10-11")
lopay("pt30_p05", "LO-INV-40105", "contato@sobacampogrande.com.br", "monthly", "1499.00", "2025-09-12T18:00:00",
      "2025-09-12", "2025-10-11")
lopay("pt30_p06", "LO-INV-40106", "contato@sobacampogrande.com.br", "monthly", "1499.00", "2025-09-12T18:01:00",
      "2025-09-12", "2025-10-11")
w = d(2025, 9, 19, 15, 0, MS)
assert day_n("2025-09-12T18:01:00", w) == 8
case("pt-l03-campo-grande-dia-8-na-india", LOB, "decided", [M(
    "Sobaria Campo Grande <contato@sobacampogrande.com.br>", SUP, "Estorno de cobrança duplicada", w,
    "Boa tarde,\n\nNo dia 12/09 fomos cobrados duas vezes pela mensalidade (LO-INV-40105 e LO-INV-40106). "
    "Pedimos o estorno da cobrança repetida. Ainda estamos dentro dos 7 dias, certo?\n\nAbraço,\n"
    "Mariana Higa\nSobaria Campo Grande - Feira Central\n")],
    [R("deny")],
    spec="L3: charge 2025-09-12 18:00 IST (08:30 in Campo Grande); mail 2025-09-19 15:00 -04:00 = 2025-09-20 00:30 IST, day 8 in the "
         "brand's zone though day 7 in Campo Grande: deny.")

cust("admin@pastelariamacau.com.mo", "Pastelaria Macau", "annual", start="2025-09-29", end="2026-09-28")
for pid, inv, t in (("pt30_p07", "LO-INV-40107", "09:00:00"), ("pt30_p08", "LO-INV-40108", "09:00:40"),
                    ("pt30_p09", "LO-INV-40109", "09:02:10")):
    lopay(pid, inv, "admin@pastelariamacau.com.mo", "annual", "11988.00", f"2025-09-29T{t}",
          "2025-09-29", "2026-09-28")
w = d(2025, 9, 30, 11, 0, MO)
case("pt-l04-macau-tres-anuidades", LOB, "decided", [M(
    "Admin Pastelaria Macau <admin@pastelariamacau.com.mo>", SUP, "Three charges / Três cobranças", w,
    "Exmos. Senhores,\n\nVimos por este meio informar que ontem o nosso cartão foi debitado TRÊS vezes pela "
    "anuidade (faturas LO-INV-40107, LO-INV-40108 e LO-INV-40109), quando temos apenas uma conta. Solicitamos "
    "a devolução dos dois débitos a mais.\n\nSem outro assunto,\nCom os melhores cumprimentos,\nAnabela Leong\n"
    "Pastelaria Macau, Lda. - Rua da Felicidade, Macau\n")],
    [R("approve", "23976.00")],
    spec="Section 8 three identical charges: 3 paid annual charges 2025-09-29, same period; the 2nd and 3rd "
         "are duplicates, request day 1: approve 2 x 11988.00 = 23976.00.")

cust("geral@tipografiamondego.pt", "Tipografia Mondego", "monthly", start="2025-09-26", end="2025-10-25")
lopay("pt30_p10", "LO-INV-40110", "geral@tipografiamondego.pt", "monthly", "1499.00", "2025-09-26T10:00:00",
      "2025-09-26", "2025-10-25")
w = d(2025, 9, 29, 10, 0, PT)
case("pt-l05-coimbra-duas-vezes-sem-par", LOB, "decided", [M(
    "Tipografia Mondego <geral@tipografiamondego.pt>", SUP, "Pagamento em duplicado", w,
    "Bom dia,\n\nSegundo o nosso banco, a mensalidade foi paga duas vezes na sexta-feira (temos a fatura "
    "LO-INV-40110). Agradecemos a devolução do valor pago a mais.\n\nCumprimentos,\nRui Seabra\n"
    "Tipografia Mondego - Coimbra\n")],
    [R("escalate")],
    spec="L4: duplicate_payment inside the window (day 3) but the ledger has one paid charge: no pair, escalate.")

cust("loja@queijoserradaestrela.pt", "Queijaria Serra", "monthly", start="2025-09-27", end="2025-10-26")
lopay("pt30_p11", "LO-INV-40111", "loja@queijoserradaestrela.pt", "quarterly", "3999.00", "2025-09-27T10:00:00",
      "2025-09-27", "2025-12-26")
w = d(2025, 9, 28, 18, 0, PT)
case("pt-l06-viseu-plano-errado", LOB, "decided", [M(
    "Queijaria Serra <loja@queijoserradaestrela.pt>", SUP, "Cobrança do plano errado", w,
    "Boa tarde,\n\nTemos o plano mensal desde o início, mas ontem foi-nos cobrado o plano trimestral "
    "(3.999,00, fatura LO-INV-40111). Não pedimos nenhuma alteração. Pedimos a devolução dessa cobrança "
    "e que seja cobrado apenas o mensal.\n\nObrigado,\nAmélia Figueiredo\nViseu\n")],
    [R("escalate")],
    spec="L2 billing_error (charged the quarterly plan instead of the monthly) inside the window (day 1): "
         "L5 escalate with LO-INV-40111.")

cust("wesley@newarkbrazilianmovers.com", "Wesley Souza", "monthly", status="cancelled", start="2025-09-21",
     end="2025-10-20")
lopay("pt30_p12", "LO-INV-40112", "wesley@newarkbrazilianmovers.com", "monthly", "1499.00",
      "2025-09-21T18:00:00", "2025-09-21", "2025-10-20")
w = d(2025, 9, 24, 21, 0, USE)
case("pt-l07-newark-cobrado-depois-de-cancelar", LOB, "decided", [M(
    "Wesley Souza <wesley@newarkbrazilianmovers.com>", SUP, "fui cobrado depois de cancelar", w,
    "E ai pessoal, tudo bem? Eu cancelei minha conta em agosto pelo app, tenho ate o print. Mas no dia 21 "
    "vocês me cobraram de novo a mensalidade, invoice LO-INV-40112. Fui cobrado depois de cancelar, isso "
    "nao pode. Quero meu dinheiro de volta.\n\nValeu,\nWesley\nBrazilian Movers - Newark, NJ\n")],
    [R("escalate")],
    spec="L2 billing_error (charged after cancelling) inside the window (2025-09-21 -> 2025-09-25 06:30 IST, "
         "day 4): L5 escalate.")

cust("comercial@agropecuariadourados.com.br", "Agropecuária Dourados", "monthly", start="2025-09-24",
     end="2025-10-23")
lopay("pt30_p13", "LO-INV-40113", "comercial@agropecuariadourados.com.br", "monthly", "1499.00",
      "2025-09-24T10:00:00", "2025-09-24", "2025-10-23")
w = d(2025, 9, 27, 8, 0, MS)
case("pt-l08-dourados-nao-consigo-acessar", LOB, "decided", [M(
    "Comercial Agropecuária Dourados <comercial@agropecuariadourados.com.br>", SUP, "Sem acesso ao sistema", w,
    "Bom dia.\n\nDesde quarta-feira não consigo acessar o sistema, dá erro de senha mesmo depois de "
    "redefinir. Abri chamado no chat (protocolo 88231) e até agora nada. Paguei a mensalidade (LO-INV-40113) "
    "e estou sem usar. Se não resolverem, quero o reembolso.\n\nGilmar Benites\nDourados/MS\n")],
    [R("escalate")],
    spec="L2 access_failure unresolved inside the window (day 3): L6 escalate.")

cust("marketing@imobiliariaprainhavv.com.br", "Imobiliária Prainha", "quarterly", start="2025-09-02", end="2025-12-01")
lopay("pt30_p14", "LO-INV-40114", "marketing@imobiliariaprainhavv.com.br", "quarterly", "3999.00",
      "2025-09-02T10:00:00", "2025-09-02", "2025-12-01")
w = d(2025, 9, 22, 14, 0, ES)
case("pt-l09-vila-velha-acesso-fora-do-prazo", LOB, "decided", [M(
    "Marketing Imobiliária Prainha <marketing@imobiliariaprainhavv.com.br>", SUP, "Plataforma fora do ar", w,
    "Olá,\n\nHá semanas a plataforma não carrega aqui no escritório de Vila Velha. Pagamos o trimestre no "
    "dia 2 (LO-INV-40114) e praticamente não usamos. Queremos o reembolso.\n\nAtenciosamente,\n"
    "Thaís Coutinho\n")],
    [R("deny")],
    spec="L3: access_failure, but charge 2025-09-02 and request 2025-09-22 22:30 IST, day 20 > 7: deny.")

cust("ventas@yerbateraponta.com", "Yerbatera Ponta Porã", "monthly", start="2025-09-28", end="2025-10-27")
lopay("pt30_p15", "LO-INV-40115", "ventas@yerbateraponta.com", "monthly", "1499.00", "2025-09-28T10:00:00",
      "2025-09-28", "2025-10-27")
w = d(2025, 9, 29, 9, 0, MS)
case("pt-l10-ponta-pora-hispano-mudou-de-ideia", LOB, "decided", [M(
    "Yerbatera Ponta Porã <ventas@yerbateraponta.com>", SUP, "Pedido de reembolso", w,
    "Bom dia, desculpe meu portugues, sou paraguaio e moro na fronteira.\n\nAyer pagamos o plano mensal "
    "(fatura LO-INV-40115) mas mi socio decidió que não vamos a usar, preferimos contratar um vendedor. "
    "Quero o reembolso por favor, todavía não usamos nada.\n\nObrigado, gracias,\nRamón Giménez\n"
    "Ponta Porã / Pedro Juan Caballero\n")],
    [R("deny")],
    spec="L1: changed mind / not used is no exception reason: deny, cancellation offered.")

cust("bruna.alves.pt@sapo.pt", "Bruna Alves", "monthly", start="2025-09-10", end="2025-10-09")
lopay("pt30_p16", "LO-INV-40116", "bruna.alves.pt@sapo.pt", "monthly", "1499.00", "2025-09-10T08:00:00",
      "2025-09-10", "2025-10-09")
w = d(2025, 9, 26, 22, 0, PT)
case("pt-l11-brasileira-em-lisboa-dias-nao-usados", LOB, "decided", [M(
    "Bruna Alves <bruna.alves.pt@sapo.pt>", SUP, "Cancelamento + reembolso proporcional", w,
    "Oi gente, tudo joia?\n\nSou brasileira, moro em Lisboa há 3 anos e faço unhas em domicílio. Quero "
    "cancelar minha assinatura mensal porque vou voltar pro Brasil em outubro. E queria o reembolso "
    "proporcional dos dias que não vou usar (fatura LO-INV-40116), pode ser?\n\nBeijos,\nBruna\n")],
    [R("deny"), X("cancel", "2025-10-09")],
    spec="L1: no partial refunds for unused days: refund deny; L8 cancel, active until current_period_end "
         "2025-10-09.")

cust("contato@surfguarapari.com.br", "Escola de Surf Guarapari", "monthly", status="trial", trial_ends="2025-10-08")
w = d(2025, 9, 29, 11, 0, ES)
case("pt-l12-guarapari-periodo-de-teste", LOB, "decided", [M(
    "Escola de Surf Guarapari <contato@surfguarapari.com.br>", SUP, "reembolso do teste", w,
    "Opa, beleza? Comecei o teste grátis semana passada e achei o sistema meio complicado pra mim. "
    "Quero que devolvam o que foi cobrado, se foi cobrado alguma coisa, e não quero continuar.\n\nLeo\n")],
    [R("deny")], extra_ok=True,
    spec="L7: account on a free trial (trial_ends 2025-10-08), no charges: refund deny, no billing unless "
         "they subscribe; the stop may also be read as a cancellation (extra_ok).")

cust("secretaria@ibcariacica.org.br", "Igreja Batista Cariacica", "monthly", start="2025-09-15", end="2025-10-14")
lopay("pt30_p17", "LO-INV-40117", "secretaria@ibcariacica.org.br", "monthly", "1499.00", "2025-09-15T10:00:00",
      "2025-09-15", "2025-10-14")
w = d(2025, 9, 28, 19, 0, ES)
case("pt-l13-cariacica-igreja-cancela", LOB, "decided", [M(
    "Secretaria IB Cariacica <secretaria@ibcariacica.org.br>", SUP, "Cancelamento da assinatura", w,
    "Graça e paz!\n\nA diretoria da Igreja Batista em Cariacica decidiu em assembleia cancelar a assinatura "
    "mensal do sistema, pois o ministério de comunicação vai usar uma ferramenta gratuita.\n\nNo amor de "
    "Cristo,\nIrmã Rosângela\nSecretaria\n\"O Senhor é o meu pastor, nada me faltará\" Sl 23:1\n")],
    [X("cancel", "2025-10-14")],
    spec="L8: cancellation, active until current_period_end 2025-10-14.")

cust("encomendas@doceriadao.pt", "Doçaria do Dão", "monthly", start=None, end=None)
lopay("pt30_p18", "LO-INV-40118", "encomendas@doceriadao.pt", "monthly", "1499.00", "2025-09-05T10:00:00",
      "2025-09-05", None)
w = d(2025, 9, 27, 10, 0, PT)
case("pt-l14-viseu-mensal-sem-fim-de-periodo", LOB, "decided", [M(
    "Doçaria do Dão <encomendas@doceriadao.pt>", SUP, "Anular subscrição", w,
    "Bom dia,\n\nPretendemos anular a subscrição mensal. A loja vai fechar para obras durante o inverno.\n\n"
    "Com os melhores cumprimentos,\nDoçaria do Dão - Viseu\n")],
    [X("cancel", "2025-10-04")],
    spec="L8 fallback: no current_period_end; last charge 2025-09-05 + 1 month - 1 day = 2025-10-04.")

cust("renata.kobayashi@nifty.com", "Renata Kobayashi", "quarterly", start=None, end=None)
lopay("pt30_p19", "LO-INV-40119", "renata.kobayashi@nifty.com", "quarterly", "3999.00",
      "2025-08-01T02:00:00+09:00", "2025-07-31", None)
w = d(2025, 9, 29, 21, 0, JP)
case("pt-l15-toyota-trimestral-com-fuso", LOB, "decided", [M(
    "Renata Kobayashi <renata.kobayashi@nifty.com>", SUP, "cancelar plano", w,
    "Boa noite! Por favor cancelem meu plano trimestral. A empreiteira fechou o contrato com a fábrica e "
    "vou voltar para o Brasil em novembro.\n\nArigatou e obrigada,\nRenata\nToyota-shi, Aichi\n")],
    [X("cancel", "2025-10-30")],
    spec="L8 fallback with a ledger offset (section 8): paid 2025-08-01 02:00 +09:00 = 2025-07-31 22:30 IST; "
         "2025-07-31 + 3 months - 1 day = 2025-10-30.")

cust("geral@adegacoimbra.pt", "Adega Coimbra", "monthly", start="2025-09-25", end="2025-10-24")
lopay("pt30_p20", "LO-INV-40120", "geral@adegacoimbra.pt", "monthly", "1499.00", "2025-09-25T10:00:00",
      "2025-09-25", "2025-10-24")
lopay("pt30_p21", "LO-INV-40121", "geral@adegacoimbra.pt", "monthly", "1499.00", "2025-09-25T10:00:30",
      "2025-09-25", "2025-10-24")
w = d(2025, 9, 27, 11, 0, PT)
case("pt-l16-coimbra-gmail-c2", LOB, "need_info", [M(
    "Fernando Adega <fernandomsilva1958@gmail.com>", SUP, "Cobrança dupla", w,
    "Bom dia,\n\nEscrevo do meu correio pessoal. A conta registada é geral@adegacoimbra.pt. Fomos "
    "cobrados duas vezes este mês (fatura LO-INV-40121). Agradeço a devolução.\n\nFernando Silva\n")],
    rules=["C2"],
    spec="C2: the request names registered geral@adegacoimbra.pt but comes from a gmail: need_info.")

cust("diretoria@colegiomonteiroes.com.br", "Colégio Monteiro", "annual", start="2025-09-24", end="2026-09-23")
lopay("pt30_p22", "LO-INV-40122", "diretoria@colegiomonteiroes.com.br", "annual", "11988.00",
      "2025-09-24T10:00:00", "2025-09-24", "2026-09-23")
w = d(2025, 9, 26, 10, 0, ES)
case("pt-l17-cachoeiro-apple-mail-secretaria-c2", LOB, "need_info", [M(
    "Secretaria Colégio Monteiro <secretaria@colegiomonteiroes.com.br>", SUP,
    "Fwd: problema no sistema", w,
    "Bom dia, encaminho a mensagem da diretora.\n\nSecretaria\n\nEnviado do meu iPhone\n\n"
    "Início da mensagem encaminhada:\n\n> De: Diretoria Colégio Monteiro <diretoria@colegiomonteiroes.com.br>\n"
    "> Data: 25 de setembro de 2025 às 18:40:12 BRT\n> Para: Secretaria <secretaria@colegiomonteiroes.com.br>\n"
    "> Assunto: problema no sistema\n>\n> Lúcia, escreva para a LeadsOptima: desde o pagamento da anuidade "
    "(LO-INV-40122) não conseguimos entrar na conta diretoria@colegiomonteiroes.com.br. Se não resolverem, "
    "peça o reembolso.\n>\n> Profa. Helena Monteiro\n> Diretora - Cachoeiro de Itapemirim/ES\n")],
    rules=["C2"],
    spec="Section 8 forwards: the Apple Mail forward carries a request naming registered diretoria@; the "
         "sender is secretaria@: C2 need_info.")

cust("loja@bikesmacau.com.mo", "Bikes Macau", "monthly", start="2025-09-27", end="2025-10-26")
lopay("pt30_p23", "LO-INV-40123", "loja@bikesmacau.com.mo", "monthly", "1499.00", "2025-09-27T10:00:00",
      "2025-09-27", "2025-10-26")
w = d(2025, 9, 29, 16, 0, MO)
case("pt-l18-taipa-thunderbird-reencaminha", LOB, "decided", [M(
    "Bikes Macau <loja@bikesmacau.com.mo>", SUP, "Fwd: painel não abre", w,
    "Reencaminho o email que enviei ao vosso comercial no sábado, sem resposta.\n\n"
    "-------- Mensagem Encaminhada --------\nAssunto: \tpainel não abre\nData: \tSat, 27 Sep 2025 "
    "20:11:05 +0800\nDe: \tBikes Macau <loja@bikesmacau.com.mo>\nPara: \tvendas.asia@leadsoptima-partners.com\n\n"
    "Boa noite, pagámos hoje a mensalidade (LO-INV-40123) e o painel não abre, fica sempre a carregar. Já "
    "tentámos noutro computador. Se não funcionar queremos o reembolso.\n\nChan Ka Wai / Vasco Chan\n")],
    [R("escalate")],
    spec="Section 8 forwards: the sender's own mail (no C2); access_failure inside the window "
         "(2025-09-27 -> 2025-09-29 13:30 IST, day 2): L6 escalate.")

cust("escritorio@contabilserra.com.br", "Contabil Serra", "monthly", start="2025-09-26", end="2025-10-25")
lopay("pt30_p24", "LO-INV-40124", "escritorio@contabilserra.com.br", "monthly", "1499.00", "2025-09-26T10:00:00",
      "2025-09-26", "2025-10-25")
w = d(2025, 9, 29, 9, 0, ES)
case("pt-l19-serra-contador-sem-motivo", LOB, "need_info", [M(
    "Escritório Contábil Serra <escritorio@contabilserra.com.br>", SUP, "Solicitação de reembolso LO-INV-40124", w,
    "Prezados, bom dia.\n\nSolicito gentilmente o reembolso referente à fatura LO-INV-40124.\n\nFico no "
    "aguardo.\n\nAtenciosamente,\nAdemir Coutinho\nContador - CRC-ES 012345/O\nEscritório Contábil Serra\n\n"
    "Esta mensagem pode conter informação confidencial. Se você a recebeu por engano, favor apagá-la.\n")],
    missing=["reason"],
    spec="C3 / section 8: a restated request is no reason; plan from the ledger, invoice stated: need_info reason.")

cust("rh@transportesaquidauana.com.br", "Transportes Aquidauana", "monthly", start="2025-09-20", end="2025-10-19")
lopay("pt30_p25", "LO-INV-40125", "rh@transportesaquidauana.com.br", "monthly", "1499.00", "2025-09-20T10:00:00",
      "2025-09-20", "2025-10-19")
lopay("pt30_p26", "LO-INV-40126", "rh@transportesaquidauana.com.br", "monthly", "1499.00", "2025-09-20T10:01:30",
      "2025-09-20", "2025-10-19")
w1, w2 = d(2025, 9, 27, 10, 0, MS), d(2025, 9, 29, 16, 0, MS)
assert day_n("2025-09-20T10:01:30", w1) == 7 and day_n("2025-09-20T10:01:30", w2) == 10
case("pt-l20-aquidauana-motivo-na-resposta", LOB, "decided", [
    M("RH Transportes Aquidauana <rh@transportesaquidauana.com.br>", SUP, "Reembolso LO-INV-40126", w1,
      "Bom dia, solicitamos reembolso da fatura LO-INV-40126.\nAtt\nRH\n"),
    M("RH Transportes Aquidauana <rh@transportesaquidauana.com.br>", SUP, "RES: Reembolso LO-INV-40126 [LO-4071]",
      w2, "Boa tarde, desculpem a demora. O motivo é que foi pago duas vezes o mesmo mês: a 40125 e a 40126 "
      "no mesmo dia.\n\nRH\n\nDe: LeadsOptima Support\nEnviada em: sábado, 27 de setembro de 2025\n"
      "Assunto: Re: Reembolso LO-INV-40126 [LO-4071]\n\nPara continuar, informe o motivo do pedido.\n",
      headers={"_irt": "<lo-4071.reply@leadsoptima.com>"})],
    [R("approve", "1499.00")],
    spec="C3 thread: request time = first mail 2025-09-27 19:30 IST (day 7, inside); the reason (duplicate) "
         "arrives on day 10 but the window counts from the first mail: L4 approve 1499.00.")

cust("contato@marmorariacachoeiro.com.br", "Marmoraria Cachoeiro", "monthly", start="2025-09-25", end="2025-10-24")
lopay("pt30_p27", "LO-INV-40127", "contato@marmorariacachoeiro.com.br", "monthly", "1499.00",
      "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
lopay("pt30_p28", "LO-INV-40128", "contato@marmorariacachoeiro.com.br", "monthly", "1499.00",
      "2025-09-25T10:00:40", "2025-09-25", "2025-10-24")
w = d(2025, 9, 26, 17, 0, ES)
case("pt-l21-cachoeiro-caixa-alta-procon", LOB, "decided", [M(
    "MARMORARIA CACHOEIRO <contato@marmorariacachoeiro.com.br>", SUP, "COBRANÇA DUPLICADA!!!!", w,
    "VOCÊS ME COBRARAM DUAS VEZES A MENSALIDADE (LO-INV-40127 E LO-INV-40128). QUERO O ESTORNO HOJE. SE NÃO "
    "DEVOLVEREM VOU CONTESTAR NO CARTÃO E ABRIR RECLAMAÇÃO NO PROCON E NO RECLAME AQUI. ABSURDO!!!\n\n"
    "JOSÉ CARLOS\n")],
    [R("escalate")], rules=["C4"],
    spec="C4: a card dispute and consumer-body (Procon) threat escalates, although the duplicate would "
         "otherwise be approved.")

cust("geral@ceramicascondeixa.pt", "Cerâmicas Condeixa", "quarterly", start="2025-09-03", end="2025-12-02")
lopay("pt30_p29", "LO-INV-40129", "geral@ceramicascondeixa.pt", "quarterly", "3999.00", "2025-09-03T10:00:00",
      "2025-09-03", "2025-12-02")
w = d(2025, 9, 29, 15, 0, PT)
case("pt-l22-condeixa-livro-reclamacoes-advogado", LOB, "decided", [M(
    "Cerâmicas Condeixa <geral@ceramicascondeixa.pt>", SUP, "Cancelamento e devolução", w,
    "Exmos. Senhores,\n\nExigimos o cancelamento imediato do plano trimestral e a devolução do valor "
    "do trimestre (LO-INV-40129), dado que os contactos gerados eram todos falsos. Caso não haja resposta, "
    "seguirá queixa no Livro de Reclamações e o assunto será entregue ao nosso advogado.\n\nSem mais,\n"
    "Eng. Paulo Rebelo\n")],
    [R("escalate"), X("escalate")], rules=["C4"],
    spec="C4 covers the whole case (section 8): the lawyer threat escalates the refund and the cancellation.")

cust("vendas@cafefazendaes.com.br", "Café Fazenda Venda Nova", "annual", start="2025-09-27", end="2026-09-26")
lopay("pt30_p30", "LO-INV-40130", "vendas@cafefazendaes.com.br", "annual", "11988.00", "2025-09-27T11:00:00",
      "2025-09-27", "2026-09-26")
lopay("pt30_p31", "LO-INV-40131", "vendas@cafefazendaes.com.br", "annual", "11988.00", "2025-09-27T11:03:00",
      "2025-09-27", "2026-09-26")
w = d(2025, 9, 29, 8, 0, ES)
case("pt-l23-venda-nova-sem-contestar", LOB, "decided", [M(
    "Café Fazenda Venda Nova <vendas@cafefazendaes.com.br>", SUP, "Anuidade cobrada 2x", w,
    "Bom dia,\n\nNo sábado a anuidade foi cobrada duas vezes (LO-INV-40130 e LO-INV-40131). O gerente do "
    "banco sugeriu contestar no cartão, mas eu disse que não, prefiro resolver direto com vocês, sem "
    "Procon nem nada disso. Só peço o estorno da segunda cobrança.\n\nAbraço,\nAlcides Venturim\n")],
    [R("approve", "11988.00")],
    spec="Section 8 / C4: the customer rules out a card dispute and Procon: no threat. L4 duplicate annual "
         "2025-09-27, request day 2: approve the later charge 11988.00.")

case("pt-l24-resposta-automatica-ferias", LOB, "ignore", [M(
    "Financeiro Moqueca Capixaba <financeiro@moquecacapixaba.com.br>", SUP,
    "Resposta automática: Re: Cobrança em duplicidade - mensalidade setembro [LO-4080]",
    d(2025, 9, 25, 14, 0, ES),
    "Olá! Estou de férias até 06/10. Assuntos urgentes: (27) 3000-0000.\n",
    headers={"Auto-Submitted": "auto-replied", "_irt": "<lo-4080.reply@leadsoptima.com>"})],
    rules=["C7"], spec="C7: Auto-Submitted auto-replied: ignore.")

case("pt-l25-macau-postmaster", LOB, "ignore", [M(
    "postmaster@ctm.net", SUP, "Undeliverable: Re: Three charges / Três cobranças", d(2025, 9, 30, 12, 0, MO),
    "A entrega falhou para estes destinatários:\n\ncontabilidade@pastelariamacau.com.mo\n"
    "O endereço de email não foi encontrado.\n",
    headers={"Auto-Submitted": "auto-generated"},
    raw="Reporting-MTA: dns; mail.ctm.net\n\nFinal-Recipient: rfc822; contabilidade@pastelariamacau.com.mo\n"
        "Action: failed\nStatus: 5.1.1\n")],
    rules=["C7"], spec="C7: postmaster sender, delivery-status report: ignore.")

case("pt-l26-newsletter-lista", LOB, "ignore", [M(
    "Brazilian Business USA <news@brazilianbusinessusa.com>", SUP, "Newsletter: como pedir reembolso de "
    "impostos nos EUA", d(2025, 9, 28, 9, 0, USE),
    "Nesta edição: como pedir o reembolso do IRS, cancelar assinaturas que você não usa e muito mais.\n\n"
    "Para sair da lista, clique aqui.\n",
    headers={"List-Id": "<news.brazilianbusinessusa.com>", "Precedence": "list"})],
    rules=["C7"], spec="C7: List-Id, Precedence list (a newsletter that mentions refunds and cancelling): ignore.")

cust("financeiro@pescadoscorumba.com.br", "Pescados Corumbá", "quarterly", start="2025-09-10", end="2025-12-09")
lopay("pt30_p32", "LO-INV-40132", "financeiro@pescadoscorumba.com.br", "quarterly", "3999.00",
      "2025-09-10T10:00:00", "2025-09-10", "2025-12-09")
case("pt-l27-corumba-nota-fiscal", LOB, "other", [M(
    "Financeiro Pescados Corumbá <financeiro@pescadoscorumba.com.br>", SUP, "Dados da fatura LO-INV-40132",
    d(2025, 9, 29, 10, 0, MS),
    "Bom dia,\n\nPrecisamos que a fatura LO-INV-40132 saia com a razão social \"Pescados Corumbá Ltda\" e o "
    "CNPJ 12.345.678/0001-90, senão o contador não consegue lançar. É possível reemitir?\n\nObrigada,\n"
    "Cleide\n")],
    spec="No refund or cancellation: an invoice data question is other.")

cust("thiago.rocha.fl@gmail.com", "Thiago Rocha", "monthly", start="2025-09-22", end="2025-10-21")
lopay("pt30_p33", "LO-INV-40133", "thiago.rocha.fl@gmail.com", "monthly", "1499.00", "2025-09-22T10:00:00",
      "2025-09-22", "2025-10-21")
case("pt-l28-pompano-ja-resolveu-sem-reembolso", LOB, "other", [M(
    "Thiago Rocha <thiago.rocha.fl@gmail.com>", SUP, "Re: login", d(2025, 9, 25, 11, 0, USE),
    "Fala pessoal, só pra avisar que o login voltou a funcionar depois do reset que o suporte fez. Não "
    "preciso de reembolso nenhum, tá tudo certo. Valeu demais!\n\nThiago\nRocha Cleaning Services - "
    "Pompano Beach, FL\n")],
    spec="Section 8 negation: 'não preciso de reembolso', access restored: other.")

case("pt-l29-nagoya-pergunta-antes-de-assinar", LOB, "other", [M(
    "Priscila Oshiro <priscila.oshiro@au.com>", SUP, "duvida sobre o plano anual", d(2025, 9, 27, 20, 0, JP),
    "Oi! Estou pensando em assinar o plano anual para minha loja de produtos brasileiros em Nagoya. Se eu "
    "pagar o anual e depois de um mês achar que não vale a pena, vocês devolvem o dinheiro? Ou é melhor "
    "começar pelo mensal?\n\nObrigada!\nPriscila\n")],
    spec="Section 8 hypotheticals before buying: other.")

cust("atendimento@oticaaracruz.com.br", "Ótica Aracruz", "monthly", start="2025-09-14", end="2025-10-13")
lopay("pt30_p34", "LO-INV-40134", "atendimento@oticaaracruz.com.br", "monthly", "1499.00", "2025-08-14T10:00:00",
      "2025-08-14", "2025-09-13", status="refunded")
lopay("pt30_p35", "LO-INV-40135", "atendimento@oticaaracruz.com.br", "monthly", "1499.00", "2025-09-14T10:00:00",
      "2025-09-14", "2025-10-13")
case("pt-l30-aracruz-agradece-estorno", LOB, "other", [M(
    "Ótica Aracruz <atendimento@oticaaracruz.com.br>", SUP, "Obrigada!", d(2025, 9, 23, 10, 0, ES),
    "Bom dia! Só pra agradecer: o estorno da cobrança de agosto (LO-INV-40134) caiu na fatura do cartão. "
    "Tudo certinho.\n\nAbraços,\nSimone\n")],
    spec="A past refund acknowledged with thanks: no request, other.")

cust("office@brazucaconstruction.com", "Brazuca Construction", "monthly", start="2025-09-28", end="2025-10-27")
lopay("pt30_p36", "LO-INV-40136", "office@brazucaconstruction.com", "monthly", "1499.00", "2025-09-28T18:00:00",
      "2025-09-28", "2025-10-27")
lopay("pt30_p37", "LO-INV-40137", "office@brazucaconstruction.com", "monthly", "1499.00", "2025-09-28T18:00:55",
      "2025-09-28", "2025-10-27")
w = d(2025, 9, 29, 8, 30, USE)
case("pt-l31-framingham-duplicado-e-cancela", LOB, "decided", [M(
    "Brazuca Construction Office <office@brazucaconstruction.com>", SUP, "double charge + cancel", w,
    "Oi, bom dia.\n\nDuas coisas:\n1. Ontem vocês cobraram a mensalidade 2x (LO-INV-40136 e LO-INV-40137). "
    "Quero o refund do segundo.\n2. E pode cancelar a conta, o inverno aqui em Massachusetts para as obras "
    "e não vamos precisar até a primavera.\n\nThanks,\nEdinéia\nBrazuca Construction - Framingham, MA\n")],
    [R("approve", "1499.00"), X("cancel", "2025-10-27")],
    spec="L4 duplicate monthly 2025-09-28, request day 1: approve 1499.00; L8 cancel, active until "
         "current_period_end 2025-10-27.")

cust("info@restaurantelitoral.com.mo", "Restaurante Litoral", "monthly", start="2025-09-26", end="2025-10-25")
lopay("pt30_p38", "LO-INV-40138", "info@restaurantelitoral.com.mo", "monthly", "1499.00", "2025-09-26T10:00:00",
      "2025-09-26", "2025-10-25")
w = d(2025, 9, 30, 9, 0, MO)
case("pt-l32-macau-html-sem-acesso", LOB, "decided", [M(
    "Restaurante Litoral <info@restaurantelitoral.com.mo>", SUP, "Sem acesso / 無法登入", w,
    "<html><body><p>Bom dia,</p><p>Desde sexta-feira <b>não conseguimos entrar na conta</b>, aparece "
    "&quot;erro 403&quot;. Já enviámos capturas de ecrã ao chat e continua igual.</p><p>A mensalidade foi "
    "paga (fatura LO-INV-40138). Se não for resolvido, pedimos o reembolso.</p><p>Obrigado / 多謝<br>"
    "Manuel Lei<br>Restaurante Litoral, Macau</p></body></html>", html=True)],
    [R("escalate")],
    spec="HTML-only, Portuguese with Chinese; access_failure unresolved inside the window (day 4): L6 escalate.")

cust("financeiro@hortifrutiguacu.com.br", "Hortifruti Guaçu", "monthly", start="2025-09-22", end="2025-10-21")
lopay("pt30_p39", "LO-INV-40139", "financeiro@hortifrutiguacu.com.br", "monthly", "1499.00",
      "2025-09-22T10:00:00", "2025-09-22", "2025-10-21", status="failed")
w = d(2025, 9, 24, 10, 0, MS)
case("pt-l33-tres-lagoas-cobranca-falhada", LOB, "decided", [M(
    "Financeiro Hortifruti <financeiro@hortifrutiguacu.com.br>", SUP, "Cobrança indevida LO-INV-40139", w,
    "Bom dia, apareceu no extrato uma cobrança com valor errado, a LO-INV-40139, maior do que o nosso plano "
    "mensal. Pedimos a devolução.\n\nFinanceiro - Três Lagoas/MS\n")],
    [R("escalate")],
    spec="Section 8: the charge's ledger status is failed (not paid): a refund of it is escalate.")

cust("secretaria@aeroclubeviseu.pt", "Aeroclube Viseu", "annual", start="2025-07-15", end="2026-07-14")
lopay("pt30_p40", "LO-INV-40140", "secretaria@aeroclubeviseu.pt", "annual", "11988.00", "2025-07-15T10:00:00",
      "2025-07-15", "2026-07-14")
w = d(2025, 9, 24, 10, 0, PT)
case("pt-l34-viseu-muito-caro-tarde", LOB, "decided", [M(
    "Secretaria Aeroclube <secretaria@aeroclubeviseu.pt>", SUP, "Pedido de devolução da anuidade", w,
    "Exmos. Senhores,\n\nA Direção do Aeroclube deliberou pedir a devolução da anuidade paga a 15 de julho "
    "(LO-INV-40140), por o serviço se revelar demasiado caro para uma associação sem fins lucrativos.\n\n"
    "Com os melhores cumprimentos,\nA Secretária da Direção\n")],
    [R("deny")],
    spec="L1/L3: too expensive is no exception reason, and the charge is 71 days old: deny.")

cust("contato@autopecaslinhares.com.br", "Autopeças Linhares", "quarterly", start="2025-09-05", end="2025-12-04")
lopay("pt30_p41", "LO-INV-40141", "contato@autopecaslinhares.com.br", "quarterly", "3999.00",
      "2025-09-05T10:00:00", "2025-09-05", "2025-12-04")
w = d(2025, 9, 23, 10, 0, ES)
case("pt-l35-linhares-valor-errado-tarde", LOB, "decided", [M(
    "Autopeças Linhares <contato@autopecaslinhares.com.br>", SUP, "Valor errado na fatura", w,
    "Olá,\n\nA fatura LO-INV-40141 de 05/09 veio com valor errado: o vendedor tinha prometido 20% de "
    "desconto no trimestral. Queremos a diferença de volta.\n\nAtt,\nMarcos\n")],
    [R("deny")],
    spec="L3: billing_error, but charge 2025-09-05 and request 2025-09-23 IST, day 18 > 7: deny.")

cust("yuki.santos@santosdeliveryjp.com", "Yuki Santos", "monthly", start="2025-09-16", end="2025-10-15")
lopay("pt30_p42", "LO-INV-40142", "yuki.santos@santosdeliveryjp.com", "monthly", "1499.00", "2025-09-16T10:00:00",
      "2025-09-16", "2025-10-15")
w = d(2025, 9, 30, 22, 0, JP)
case("pt-l36-oizumi-cancela-do-pessoal", LOB, "need_info", [M(
    "Yuki Santos <yukisantos.oizumi@yahoo.co.jp>", SUP, "cancelamento", w,
    "Boa noite, quero cancelar a assinatura da conta yuki.santos@santosdeliveryjp.com, vou fechar o "
    "delivery de comida brasileira aqui em Oizumi. Estou escrevendo do meu email pessoal porque o da "
    "empresa o meu sócio que cuida.\n\nYuki\n")],
    rules=["C2"],
    spec="C2: cancellation for registered yuki.santos@santosdeliveryjp.com from a personal yahoo.co.jp: need_info.")

cust("ana.paula@atelieanapaula.pt", "Ateliê Ana Paula", "monthly", start="2025-09-21", end="2025-10-20")
lopay("pt30_p43", "LO-INV-40143", "ana.paula@atelieanapaula.pt", "monthly", "1499.00", "2025-09-21T10:00:00",
      "2025-09-21", "2025-10-20")
lopay("pt30_p44", "LO-INV-40144", "ana.paula@atelieanapaula.pt", "monthly", "1499.00", "2025-09-21T10:00:30",
      "2025-09-21", "2025-10-20")
w = d(2025, 9, 23, 10, 0, PT)
case("pt-l37-aveiro-diaspora-mais-tag-c2", LOB, "need_info", [M(
    "Ana Paula <ana.paula+leads@atelieanapaula.pt>", SUP, "cobraram 2x", w,
    "Olá! Sou brasileira com ateliê de costura em Aveiro. Vocês me cobraram duas vezes no domingo "
    "(LO-INV-40144). Pode estornar a segunda? Beijo!\nAna Paula\n")],
    rules=["C2"],
    spec="Section 8 addresses: ana.paula+leads@ is another address than registered ana.paula@: C2 need_info.")

cust("compras@madeireiranovaandradina.com.br", "Madeireira Nova Andradina", "monthly", start="2025-09-25",
     end="2025-10-24")
lopay("pt30_p45", "LO-INV-40145", "compras@madeireiranovaandradina.com.br", "monthly", "1499.00",
      "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
lopay("pt30_p46", "LO-INV-40146", "compras@madeireiranovaandradina.com.br", "monthly", "1499.00",
      "2025-09-25T10:00:20", "2025-09-25", "2025-10-24")
w = d(2025, 9, 26, 16, 0, MS)
case("pt-l38-nova-andradina-fatura-digitada", LOB, "decided", [M(
    "Madeireira Nova Andradina <compras@madeireiranovaandradina.com.br>", SUP, "pago 2 vezes", w,
    "boa tarde, ontem foi pago 2 vezes a mensalidade, 1.499,00 cada, e so temos um plano. a fatura do "
    "segundo pagamento e lo inv 40146. favor estornar\natt compras\n")],
    [R("approve", "1499.00")],
    spec="Section 8 invoice references: 'lo inv 40146' = LO-INV-40146; L4 duplicate monthly 2025-09-25, "
         "request day 1: approve 1499.00.")

cust("backoffice@acaifranquias-es.com.br", "Açaí Franquias ES", "monthly", start="2025-09-09", end="2025-10-08")
lopay("pt30_p47", "LO-INV-40147", "backoffice@acaifranquias-es.com.br", "monthly", "1499.00",
      "2025-09-09T10:00:00", "2025-09-09", "2025-10-08")
w = d(2025, 9, 29, 17, 0, ES)
case("pt-l39-franquia-acai-varios-pedidos", LOB, "decided", [M(
    "Backoffice Açaí Franquias <backoffice@acaifranquias-es.com.br>", SUP, "Demandas da franquia", w,
    "Boa tarde, time LeadsOptima!\n\nSou do backoffice da rede (7 lojas na Grande Vitória). Seguem algumas "
    "demandas:\n\n1) Os relatórios semanais chegam sem o nome da loja, tem como incluir?\n2) Dá pra "
    "integrar com o nosso CRM?\n3) A diretoria decidiu cancelar a assinatura mensal no fim do ciclo atual, "
    "porque a franqueadora vai fornecer outra ferramenta para todas as unidades.\n4) Podem enviar o "
    "boleto/fatura de setembro em PDF?\n\nObrigada e desculpem o textão!\nLarissa Zanotti\nBackoffice\n")],
    [X("cancel", "2025-10-08")],
    spec="Several requests in one mail; the cancellation in the middle: L8 cancel, active until "
         "current_period_end 2025-10-08.")

cust("adm@graficaiuna.com.br", "Gráfica Iúna", "monthly", start="2025-09-19", end="2025-10-18")
lopay("pt30_p48", "LO-INV-40148", "adm@graficaiuna.com.br", "monthly", "1499.00", "2025-08-19T10:00:00",
      "2025-08-19", "2025-09-18")
lopay("pt30_p49", "LO-INV-40149", "adm@graficaiuna.com.br", "monthly", "1499.00", "2025-09-19T10:00:00",
      "2025-09-19", "2025-10-18")
w1, w2 = d(2025, 9, 22, 9, 0, ES), d(2025, 9, 24, 10, 0, ES)
case("pt-l40-iuna-fatura-na-resposta", LOB, "decided", [
    M("Gráfica Iúna <adm@graficaiuna.com.br>", SUP, "cobrança com valor errado", w1,
      "Bom dia, uma das cobranças de vocês veio com valor errado, acima do plano mensal. Quero a diferença "
      "de volta. Não estou achando o número da fatura.\nAdm Gráfica Iúna\n"),
    M("Gráfica Iúna <adm@graficaiuna.com.br>", SUP, "Re: cobrança com valor errado [LO-4090]", w2,
      "Achei: é a LO-INV-40149, de 19/09.\nAdm\n\n> Informe o número da fatura, por favor. [LO-4090]\n",
      headers={"_irt": "<lo-4090.reply@leadsoptima.com>"})],
    [R("escalate")],
    spec="C3 thread: the account has two charges; the answer names LO-INV-40149 (2025-09-19); billing_error "
         "inside the window (request 2025-09-22 17:30 IST, day 3): L5 escalate.")

# ---------------------------------------------------------------------------------------------
# Optima WebDesign
# ---------------------------------------------------------------------------------------------

proj("Loja Virtual Panelas de Barro Goiabeiras", "paneleiras@goiabeiras-arte.org.br")
owpay("pt30_o01", "OWD-2025-4001", "Loja Virtual Panelas de Barro Goiabeiras", "deposit", "16000.00",
      "2025-09-28T10:00:00")
w = d(2025, 9, 29, 10, 0, ES)
assert hours("2025-09-28T10:00:00", w) == 32.5
case("pt-o01-goiabeiras-sinal-no-prazo", OWB, "decided", [M(
    "Associação das Paneleiras <paneleiras@goiabeiras-arte.org.br>", OWDTO,
    "Refund Request — Loja Virtual Panelas de Barro Goiabeiras / OWD-2025-4001", w,
    "Bom dia,\n\nOntem pagamos o sinal (OWD-2025-4001) da Loja Virtual Panelas de Barro Goiabeiras. Hoje a "
    "assembleia da associação votou contra o gasto, então pedimos a devolução do sinal. Ainda não houve "
    "nenhuma reunião.\n\nAtenciosamente,\nDona Berenícia\nAssociação das Paneleiras de Goiabeiras - Vitória/ES\n")],
    [R("approve", "16000.00")],
    spec="O2: deposit 2025-09-28 10:00 IST, request 2025-09-29 18:30 IST = 32.5 h "
         "< 72 h, no work: approve 16000.00.")

proj("Site Escola de Línguas Taipa", "direccao@escolalinguastaipa.com.mo")
owpay("pt30_o02", "OWD-2025-4002", "Site Escola de Línguas Taipa", "deposit", "21000.00", "2025-09-26T12:00:00")
w = d(2025, 9, 29, 14, 0, MO)
assert hours("2025-09-26T12:00:00", w) == 71.5
case("pt-o02-taipa-71-horas-e-meia", OWB, "decided", [M(
    "Direcção Escola de Línguas <direccao@escolalinguastaipa.com.mo>", OWDTO, "Devolução do sinal OWD-2025-4002", w,
    "Exmos. Senhores,\n\nVimos solicitar a devolução do sinal pago na passada sexta-feira (OWD-2025-4002) "
    "referente ao Site Escola de Línguas Taipa. A Direcção dos Serviços de Educação não renovou a nossa "
    "licença e a escola vai encerrar.\n\nCom os melhores cumprimentos,\nA Direcção\n")],
    [R("approve", "21000.00")],
    spec="O2: deposit 2025-09-26 12:00 IST; request 2025-09-29 14:00 +08:00 = 11:30 IST = 71.5 h < 72 h, "
         "no work: approve 21000.00.")

proj("Portal Cooperativa Agrícola Sidrolândia", "ti@coopsidrolandia.com.br", "2025-10-06T10:00:00")
owpay("pt30_o03", "OWD-2025-4003", "Portal Cooperativa Agrícola Sidrolândia", "deposit", "27000.00",
      "2025-09-29T10:00:00")
w = d(2025, 9, 30, 9, 0, MS)
case("pt-o03-sidrolandia-kickoff-agendado", OWB, "decided", [M(
    "TI Coop Sidrolândia <ti@coopsidrolandia.com.br>", OWDTO,
    "Cancelamento Portal Cooperativa Agrícola Sidrolândia - sinal OWD-2025-4003", w,
    "Bom dia,\n\nPagamos ontem o sinal do Portal Cooperativa Agrícola Sidrolândia (OWD-2025-4003). O "
    "conselho fiscal barrou a despesa hoje cedo. Sabemos que o kickoff estava marcado para 6/10, mas ainda "
    "não começou nada. Pedimos o reembolso do sinal.\n\nAtt.,\nDiego Lemes - TI\n")],
    [R("approve", "27000.00")], extra_ok=True,
    spec="O2: deposit 2025-09-29 10:00 IST, request 2025-09-30 18:30 IST (32.5 h); work_started_at "
         "2025-10-06 is after the request: before both: approve 27000.00.")

proj("Diagnóstico Digital Livraria Coimbra", "livraria@livrosdosestudantes.pt")
owpay("pt30_o04", "OWD-2025-4004", "Diagnóstico Digital Livraria Coimbra", "discovery", "7500.00",
      "2025-09-19T10:00:00")
w = d(2025, 9, 29, 11, 0, PT)
case("pt-o04-coimbra-discovery-sem-sessao", OWB, "decided", [M(
    "Livraria dos Estudantes <livraria@livrosdosestudantes.pt>", OWDTO,
    "Devolução - Diagnóstico Digital Livraria Coimbra (OWD-2025-4004)", w,
    "Bom dia,\n\nPagámos o diagnóstico digital (fatura OWD-2025-4004) mas o senhorio não renovou o contrato "
    "da loja da Rua Larga e vamos encerrar. Não chegou a haver nenhuma sessão. Pedimos a devolução total.\n\n"
    "Cumprimentos,\nDr. Henrique Morais\n")],
    [R("approve", "7500.00")],
    spec="O1: discovery, no work started: refundable in full, 7500.00.")

proj("Consultoria UX Loja Brasileira Gunma", "loja@brasilmercadogunma.jp", "2025-09-24T10:00:00")
owpay("pt30_o05", "OWD-2025-4005", "Consultoria UX Loja Brasileira Gunma", "discovery", "6500.00",
      "2025-09-22T10:00:00")
w = d(2025, 9, 27, 21, 0, JP)
case("pt-o05-gunma-discovery-ja-feito", OWB, "decided", [M(
    "Brasil Mercado Gunma <loja@brasilmercadogunma.jp>", OWDTO, "Reembolso consultoria", w,
    "Konbanwa! Tivemos a primeira sessão de discovery na quarta (Consultoria UX Loja Brasileira Gunma, "
    "OWD-2025-4005), mas não gostei, achei muito genérico. Quero o dinheiro de volta.\n\nSandra Higa\n"
    "Ota-shi, Gunma\n")],
    [R("deny")],
    spec="O1: a discovery session already took place (work_started_at 2025-09-24 < request): deny.")

proj("App Delivery Pantanal Campo Grande", "app@deliverypantanal.com.br")
owpay("pt30_o06", "OWD-2025-4006", "App Delivery Pantanal Campo Grande", "milestone", "38000.00",
      "2025-09-12T10:00:00", milestone_status="not_started")
w = d(2025, 9, 26, 10, 0, MS)
case("pt-o06-campo-grande-etapa-nao-iniciada", OWB, "decided", [M(
    "Delivery Pantanal <app@deliverypantanal.com.br>", OWDTO, "Reembolso etapa 3 - App Delivery Pantanal", w,
    "Bom dia,\n\nPagamos adiantado a etapa 3 (integração com maquininha, OWD-2025-4006, R$... INR "
    "38.000,00 + impostos) do App Delivery Pantanal Campo Grande. A operadora de cartão mudou a API e "
    "desistimos dessa integração. Como a etapa não começou, pedimos o reembolso.\n\nAbs,\nFelipe Arguelho\n")],
    [R("approve", "38000.00")],
    spec="O3: milestone not_started: refund the milestone's amount 38000.00 (before tax).")

proj("Loja Online Vinhos do Dão", "vendas@quintadodao.pt")
owpay("pt30_o07", "OWD-2025-4007", "Loja Online Vinhos do Dão", "milestone", "33000.00", "2025-09-02T10:00:00",
      milestone_status="in_progress")
w = d(2025, 9, 29, 10, 0, PT)
case("pt-o07-viseu-etapa-em-curso", OWB, "decided", [M(
    "Quinta do Dão <vendas@quintadodao.pt>", OWDTO, "Etapa do catálogo - Loja Online Vinhos do Dão", w,
    "Bom dia,\n\nA etapa do catálogo (OWD-2025-4007) está a meio há semanas e entretanto decidimos vender "
    "apenas através de um distribuidor. Pedimos a devolução da parte que ainda não foi feita.\n\n"
    "Cumprimentos,\nTeresa Loureiro\nQuinta do Dão, Nelas (Viseu)\n")],
    [R("escalate")],
    spec="O3: milestone in_progress: the billable value of work not started needs a person: escalate.")

proj("Site Salão de Beleza Newark", "salao@belezabrasilnj.com")
owpay("pt30_o08", "OWD-2025-4008", "Site Salão de Beleza Newark", "milestone", "26000.00", "2025-09-06T10:00:00",
      milestone_status="completed")
w = d(2025, 9, 28, 12, 0, USE)
case("pt-o08-newark-etapa-concluida", OWB, "decided", [M(
    "Beleza Brasil NJ <salao@belezabrasilnj.com>", OWDTO, "refund do layout", w,
    "Oi, sobre o Site Salão de Beleza Newark: vocês entregaram o layout (invoice OWD-2025-4008) mas minha "
    "sócia achou o rosa muito forte. Queremos o refund dessa parte e recomeçar.\n\nKarine\nIronbound, "
    "Newark NJ\n")],
    [R("deny")],
    spec="O3/O6: the milestone is completed: deny.")

proj("Manutenção Mensal Site Hotel Lapa Macau", "it@hotellapamacau.com.mo")
owpay("pt30_o09", "OWD-2025-4009", "Manutenção Mensal Site Hotel Lapa Macau", "retainer", "11000.00",
      "2025-09-06T10:00:00", period_start="2025-09-06", period_end="2025-10-05", next_billing_at="2025-10-06")
w = d(2025, 9, 29, 10, 0, MO)
assert ist(w).date() == date(2025, 9, 29)
case("pt-o09-macau-aviso-de-7-dias-justos", OWB, "decided", [M(
    "IT Hotel Lapa <it@hotellapamacau.com.mo>", OWDTO, "Cancelamento avença mensal OWD-2025-4009", w,
    "Caros,\n\nPor decisão da administração do grupo, pretendemos cancelar a avença de manutenção mensal "
    "(Manutenção Mensal Site Hotel Lapa Macau, fatura OWD-2025-4009): o grupo centralizou a gestão dos sites "
    "em Hong Kong.\n\nCumprimentos,\nRicardo Sou\n")],
    [X("cancel", "2025-10-05")],
    spec="O4: next_billing_at 2025-10-06; request 2025-09-29 07:30 IST = 2025-10-06 minus 7 days (on the "
         "limit, enough notice): cancel, effective 2025-10-05.")

proj("Gestão de Redes Pousada Bonito", "reservas@pousadabonitoms.com.br")
owpay("pt30_o10", "OWD-2025-4010", "Gestão de Redes Pousada Bonito", "retainer", "9500.00",
      "2025-09-06T10:00:00", period_start="2025-09-06", period_end="2025-10-05", next_billing_at="2025-10-06")
w = d(2025, 9, 29, 15, 0, MS)
assert ist(w).date() == date(2025, 9, 30)
case("pt-o10-bonito-seis-dias-na-india", OWB, "decided", [M(
    "Pousada Bonito <reservas@pousadabonitoms.com.br>", OWDTO, "Cancelar gestão de redes", w,
    "Boa tarde,\n\nQueremos cancelar o serviço mensal de Gestão de Redes Pousada Bonito (OWD-2025-4010). "
    "Contratamos uma agência aqui de Bonito que faz também as fotos dos passeios.\n\nAtt.,\nCristiane\n"
    "Pousada Bonito - Bonito/MS\n")],
    [X("cancel", "2025-11-05")],
    spec="O4: next_billing_at 2025-10-06; mail 2025-09-29 15:00 -04:00 = 2025-09-30 00:30 IST, after "
         "2025-09-29 (less than 7 days' notice though 7 days in Bonito): next cycle 2025-10-06..2025-11-05 "
         "billed, effective 2025-11-05.")

proj("Redes Sociais Igreja Brasileira Lisboa", "pastoral@igrejabrasileiralisboa.pt")
owpay("pt30_o11", "OWD-2025-4011", "Redes Sociais Igreja Brasileira Lisboa", "retainer", "8000.00",
      "2025-09-12T10:00:00", period_start="2025-09-12", period_end="2025-10-11", next_billing_at="2025-10-12")
owpay("pt30_o12", "OWD-2025-4012", "Redes Sociais Igreja Brasileira Lisboa", "retainer", "8000.00",
      "2025-09-26T10:00:00", period_start="2025-10-12", period_end="2025-11-11", next_billing_at="2025-11-12")
w = d(2025, 9, 28, 20, 0, PT)
case("pt-o11-lisboa-igreja-mes-pago-adiantado", OWB, "decided", [M(
    "Pastoral Igreja Brasileira <pastoral@igrejabrasileiralisboa.pt>", OWDTO, "Cancelamento redes sociais", w,
    "Paz do Senhor!\n\nA liderança decidiu cancelar o serviço de Redes Sociais Igreja Brasileira Lisboa "
    "(OWD-2025-4011 e OWD-2025-4012), pois o ministério jovem vai assumir as redes. Lembramos que outubro "
    "já foi pago adiantado.\n\nDeus abençoe,\nPr. Josué Nascimento\n")],
    [X("escalate")], extra_ok=True,
    spec="Section 8 retainer paid in advance: next cycle 2025-10-12..2025-11-11 already paid (OWD-2025-4012), "
         "notice 14 days (>= 7): escalate.")

proj("Hospedagem Site Pedra Azul", "pousada@pedraazul-es.com.br")
owpay("pt30_o13", "OWD-2025-4013", "Hospedagem Site Pedra Azul", "hosting_annual", "24000.00",
      "2025-09-22T10:00:00", setup_fee="2400.00", service_start="2025-09-22")
w = d(2025, 9, 30, 10, 0, ES)
assert o5("24000.00", "2400.00") == "19800.00" and day_n("2025-09-22", w) == 8
case("pt-o12-pedra-azul-hospedagem-8-dias", OWB, "decided", [M(
    "Pousada Pedra Azul <pousada@pedraazul-es.com.br>", OWDTO, "Cancelar hospedagem anual e reembolso", w,
    "Bom dia,\n\nContratamos a hospedagem anual em 22/09 (OWD-2025-4013, Hospedagem Site Pedra Azul), mas "
    "a associação de turismo de Domingos Martins vai hospedar os sites das pousadas de graça. Queremos "
    "cancelar e receber o reembolso do que for possível.\n\nAtt.,\nGisele Endlich\n")],
    [R("approve", "19800.00")], extra_ok=True,
    spec="O5: service_start 2025-09-22, request 2025-09-30 18:30 IST (day 8 <= 14): 24000 - 2400 - "
         "21600/12 (1800) x 1 = 19800.00.")

proj("Manutenção Anual Site Clínica Viseu", "clinica@fisioviseu.pt")
owpay("pt30_o14", "OWD-2025-4014", "Manutenção Anual Site Clínica Viseu", "maintenance_annual", "10000.00",
      "2025-09-25T10:00:00", setup_fee="750.00", service_start="2025-09-25")
w = d(2025, 9, 29, 16, 0, PT)
assert o5("10000.00", "750.00") == "8479.17"
case("pt-o13-viseu-manutencao-arredondamento", OWB, "decided", [M(
    "FisioViseu <clinica@fisioviseu.pt>", OWDTO, "Devolução manutenção anual - OWD 2025 4014", w,
    "Boa tarde,\n\nPedimos a devolução do contrato de manutenção anual (OWD 2025 4014, Manutenção Anual "
    "Site Clínica Viseu). A clínica foi integrada num grupo hospitalar que tem equipa informática própria.\n\n"
    "Cumprimentos,\nDra. Sofia Amaral\n")],
    [R("approve", "8479.17")], extra_ok=True,
    spec="O5: start 2025-09-25, request 2025-09-29 IST (day 4): 10000 - 750 - 9250/12 (770.8333...) = "
         "8479.1666... -> 8479.17 (C6, rounded once); 'OWD 2025 4014' matches.")

proj("Hospedagem Loja Brasileira Porto", "loja@saborbrasilporto.pt")
owpay("pt30_o15", "OWD-2025-4015", "Hospedagem Loja Brasileira Porto", "hosting_annual", "14400.00",
      "2025-09-15T10:00:00", setup_fee="1200.00", service_start="2025-09-15")
w = d(2025, 9, 29, 20, 0, PT)
assert day_n("2025-09-15", w) == 15
case("pt-o14-diaspora-porto-dia-15-na-india", OWB, "decided", [M(
    "Sabor Brasil <loja@saborbrasilporto.pt>", OWDTO, "Reembolso hospedagem", w,
    "Boa noite, gente! Quero o reembolso da hospedagem anual (OWD-2025-4015, Hospedagem Loja Brasileira "
    "Porto). O site fica muito lento e os clientes reclamam. Ainda estou dentro dos 14 dias, comecei dia "
    "15.\n\nJaqueline (brasileira no Porto)\n")],
    [R("deny")], extra_ok=True,
    spec="O5: service_start 2025-09-15; mail 2025-09-29 20:00 +01:00 = 2025-09-30 00:30 IST, day 15 > 14 "
         "(day 14 in Portugal): deny.")

proj("Site Loja de Importados Macau", "compras@importadosmacau.com.mo")
owpay("pt30_o16", "OWD-2025-4016", "Site Loja de Importados Macau", "third_party", "4800.00",
      "2025-09-27T10:00:00")
w = d(2025, 9, 28, 15, 0, MO)
case("pt-o15-macau-licenca-tema", OWB, "decided", [M(
    "Importados Macau <compras@importadosmacau.com.mo>", OWDTO, "Devolução licença do tema", w,
    "Boa tarde,\n\nFoi-nos cobrada a licença do tema premium e dos plugins (OWD-2025-4016) para o Site Loja "
    "de Importados Macau. Afinal preferimos um tema gratuito. Pedimos a devolução.\n\nObrigado,\nCecília Ho\n")],
    [R("deny")],
    spec="O6: third_party (theme and plugin licences) is never refundable: deny.")

proj("Landing Festa Junina Campo Grande", "eventos@arraiacg.com.br")
owpay("pt30_o17", "OWD-2025-4017", "Landing Festa Junina Campo Grande", "rush", "5500.00", "2025-09-25T10:00:00")
w = d(2025, 9, 26, 9, 0, MS)
case("pt-o16-campo-grande-taxa-urgencia", OWB, "decided", [M(
    "Eventos Arraiá CG <eventos@arraiacg.com.br>", OWDTO, "Devolução taxa de urgência", w,
    "Bom dia, pagamos a taxa de urgência (OWD-2025-4017) da Landing Festa Junina Campo Grande, mas o evento "
    "foi adiado para dezembro e não tem mais pressa. Queremos essa taxa de volta.\n\nRodrigo\n")],
    [R("deny")],
    spec="O6: kind rush is never refundable: deny.")

proj("E-commerce Artesanato Capixaba", "contato@artesanatocapixaba.com.br")
owpay("pt30_o18", "OWD-2025-4018", "E-commerce Artesanato Capixaba", "deposit", "19000.00", "2025-09-28T10:00:00")
w = d(2025, 9, 29, 10, 0, ES)
case("pt-o17-vitoria-email-do-filho-c2", OWB, "need_info", [M(
    "Lucas Rangel <lucasrangel.dev@outlook.com>", OWDTO, "Cancelamento do projeto da minha mãe", w,
    "Olá, sou filho da dona da Artesanato Capixaba. O contrato está no email contato@artesanatocapixaba.com.br "
    "mas ela não mexe muito com isso. Queremos cancelar o E-commerce Artesanato Capixaba e ter o sinal "
    "devolvido (OWD-2025-4018), porque eu mesmo vou montar a loja.\n\nLucas\n")],
    rules=["C2"],
    spec="C2 (Optima explicit): the contract email is contato@artesanatocapixaba.com.br; an outlook.com "
         "address gets need_info, nothing about the project.")

proj("Catálogo Online Cerâmica de Coimbra", "geral@ceramicacoimbra.pt")
owpay("pt30_o19", "OWD-2025-4019", "Catálogo Online Cerâmica de Coimbra", "deposit", "15000.00",
      "2025-09-28T12:00:00")
w = d(2025, 9, 29, 9, 0, PT)
case("pt-o18-coimbra-sem-motivo", OWB, "need_info", [M(
    "Cerâmica de Coimbra <geral@ceramicacoimbra.pt>", OWDTO,
    "Refund Request — Catálogo Online Cerâmica de Coimbra / OWD-2025-4019", w,
    "Exmos. Senhores,\n\nSolicitamos a devolução do sinal referente à fatura OWD-2025-4019, projeto Catálogo "
    "Online Cerâmica de Coimbra.\n\nCom os melhores cumprimentos,\nA Gerência\n\n--\nAVISO DE "
    "CONFIDENCIALIDADE: Esta mensagem e quaisquer anexos são confidenciais.\n")],
    missing=["reason"],
    spec="C3 / section 8: Optima requires a reason; only the request is restated: need_info reason.")

proj("Site Brazilian Grill Boston", "owner@picanhagrillboston.com")
proj("Cardápio Digital Food Truck Boston", "owner@picanhagrillboston.com")
owpay("pt30_o20", "OWD-2025-4020", "Site Brazilian Grill Boston", "deposit", "17000.00", "2025-09-28T10:00:00")
owpay("pt30_o21", "OWD-2025-4021", "Cardápio Digital Food Truck Boston", "deposit", "5000.00",
      "2025-09-28T10:10:00")
w = d(2025, 9, 29, 9, 0, USE)
case("pt-o19-boston-dois-projetos", OWB, "need_info", [M(
    "Picanha Grill <owner@picanhagrillboston.com>", OWDTO, "refund", w,
    "oi, quero o refund do deposit que paguei ontem, o landlord não renovou o aluguel do restaurante e "
    "vou ter que fechar. thanks\nRoberto\n")],
    missing=["project_name", "invoice_number"],
    spec="C3: the contract email has two projects, each with a deposit paid the day before; neither named: "
         "need_info project_name and invoice_number.")

proj("Identidade Visual Doceria Maracaju", "doceria.maracaju@gmail.com")
owpay("pt30_o22", "OWD-2025-4022", "Identidade Visual Doceria Maracaju", "milestone", "22000.00",
      "2025-09-17T10:00:00", milestone_status="not_started")
w1, w2 = d(2025, 9, 25, 10, 0, MS), d(2025, 9, 29, 11, 0, MS)
case("pt-o20-maracaju-fatura-na-resposta", OWB, "decided", [
    M("Doceria Maracaju <doceria.maracaju@gmail.com>", OWDTO, "reembolso etapa das embalagens", w1,
      "Bom dia, queremos o reembolso da etapa das embalagens do projeto Identidade Visual Doceria Maracaju, "
      "porque o fornecedor vai entregar as caixas já com arte pronta. Não acho a fatura.\nDona Neide\n"),
    M("Doceria Maracaju <doceria.maracaju@gmail.com>", OWDTO, "Re: reembolso etapa das embalagens [OWD-4110]", w2,
      "Minha neta achou: OWD-2025-4022.\nNeide\n\n> Para continuar, informe o número da fatura. [OWD-4110]\n",
      headers={"_irt": "<owd-4110.reply@optimawebdesign.com>"})],
    [R("approve", "22000.00")],
    spec="C3 thread: invoice given in the answer; O3 milestone not_started: approve 22000.00.")

proj("Site Escritório Advocacia Vitória", "socios@moreiraadv-es.com.br")
owpay("pt30_o23", "OWD-2025-4023", "Site Escritório Advocacia Vitória", "deposit", "23000.00",
      "2025-09-20T10:00:00")
w = d(2025, 9, 27, 10, 0, ES)
case("pt-o21-vitoria-acao-judicial", OWB, "decided", [M(
    "Moreira Sociedade de Advogados <socios@moreiraadv-es.com.br>", OWDTO,
    "Notificação - Site Escritório Advocacia Vitória", w,
    "Prezados,\n\nHá uma semana pagamos o sinal (OWD-2025-4023) e não houve qualquer contato da equipe. "
    "Requeremos a devolução integral. Não havendo resposta em 5 dias, ingressaremos com ação judicial e "
    "reclamação no Procon-ES.\n\nDr. Otávio Moreira\nOAB/ES 00.000\n")],
    [R("escalate")], rules=["C4"],
    spec="C4: a legal action and Procon threat escalates (O2 alone would deny: 7 days after the deposit).")

proj("Suporte Mensal Site Academia Jiu-Jitsu Tóquio", "dojo@bjjtokyo-br.jp")
owpay("pt30_o24", "OWD-2025-4024", "Suporte Mensal Site Academia Jiu-Jitsu Tóquio", "retainer", "6000.00",
      "2025-09-20T10:00:00", period_start="2025-09-20", period_end="2025-10-19", next_billing_at="2025-10-20")
w = d(2025, 9, 26, 19, 0, JP)
case("pt-o22-toquio-cancela-sem-motivo", OWB, "need_info", [M(
    "BJJ Tokyo Brasil <dojo@bjjtokyo-br.jp>", OWDTO,
    "Cancelamento Suporte Mensal Site Academia Jiu-Jitsu Tóquio - OWD-2025-4024", w,
    "Oss! Por favor cancelem o suporte mensal (Suporte Mensal Site Academia Jiu-Jitsu Tóquio, "
    "OWD-2025-4024).\n\nOss,\nProf. Anderson\n")],
    missing=["reason"],
    spec="Section 8: Optima requires a reason for cancellations too; none given: need_info reason.")

case("pt-o23-resposta-automatica", OWB, "ignore", [M(
    "IT Hotel Lapa <it@hotellapamacau.com.mo>", OWDTO,
    "Resposta automática: Re: Cancelamento avença mensal OWD-2025-4009 [OWD-4120]", d(2025, 9, 29, 10, 2, MO),
    "Estarei ausente do escritório até 8 de outubro (Semana Dourada). / Out of office until 8 October.\n",
    headers={"Auto-Submitted": "auto-replied", "_irt": "<owd-4120.reply@optimawebdesign.com>"})],
    rules=["C7"], spec="C7: Auto-Submitted auto-replied: ignore.")

case("pt-o24-corumba-pergunta-antes", OWB, "other", [M(
    "Leidiane Arruda <leidiane.arruda@hotmail.com>", OWDTO, "Dúvida antes de fechar", d(2025, 9, 27, 11, 0, MS),
    "Oi, tudo bem? Quero fazer um site para minha pousada de pesca em Corumbá. Antes de fechar: se eu "
    "pagar o sinal e depois desistir, vocês devolvem? E o domínio, dá pra reembolsar?\n\nObrigada,\n"
    "Leidiane\n")],
    spec="Section 8 hypotheticals before buying: other.")

cust("vendas@cafeserrano.com.br", "Café Serrano", "monthly", start="2025-09-20", end="2025-10-19")
case("pt-o25-cliente-da-leadsoptima-na-optima", OWB, "need_info", [M(
    "Café Serrano <vendas@cafeserrano.com.br>", OWDTO, "Reembolso mensalidade", d(2025, 9, 22, 10, 0, ES),
    "Olá, fomos cobrados duas vezes pela mensalidade do sistema de leads (LO-INV-40190). Pedimos o "
    "estorno da duplicada.\n\nCafé Serrano - Venda Nova do Imigrante\n")],
    rules=["C2"],
    spec="Section 8 the other brand's customer: mail to Optima; the ledger is searched in Optima only; the "
         "sender is unknown there: C2 need_info.")

proj("Site Associação Cultural Cabo-Verdiana Boston", "direcao@accvboston.org")
owpay("pt30_o25", "OWD-2025-4025", "Site Associação Cultural Cabo-Verdiana Boston", "deposit", "12000.00",
      "2025-09-27T10:00:00", status="refunded")
w = d(2025, 9, 28, 10, 0, USE)
case("pt-o26-boston-sinal-ja-devolvido", OWB, "decided", [M(
    "Direção ACCV Boston <direcao@accvboston.org>", OWDTO,
    "Devolução sinal - Site Associação Cultural Cabo-Verdiana Boston", w,
    "Bom dia,\n\nPagámos ontem o sinal (OWD-2025-4025), mas a assembleia geral decidiu adiar o site para "
    "2026 por falta de verba. Pedimos a devolução.\n\nA Direção\n")],
    [R("escalate")],
    spec="Section 8: the deposit's ledger status is refunded (not paid): a refund of it is escalate.")

proj("Site Imobiliária Guarapari", "contato@imobguarapari.com.br", "2025-09-15T10:00:00")
owpay("pt30_o26", "OWD-2025-4026", "Site Imobiliária Guarapari", "milestone", "20000.00", "2025-09-10T10:00:00",
      milestone_status="in_progress")
case("pt-o27-guarapari-sem-reembolso-so-prazo", OWB, "other", [M(
    "Imobiliária Guarapari <contato@imobguarapari.com.br>", OWDTO, "Prazo da etapa 2", d(2025, 9, 26, 15, 0, ES),
    "Boa tarde! Não estou pedindo reembolso nem cancelamento, viu? Só queria saber a previsão de entrega "
    "da etapa 2 do Site Imobiliária Guarapari, porque a temporada de verão começa em dezembro.\n\n"
    "Abraço,\nRogério\n")],
    spec="Section 8 negation: 'não estou pedindo reembolso nem cancelamento', a delivery-date question: other.")

proj("Gestão de Tráfego Mercado Brasileiro Hamamatsu", "mercado@brasilhamamatsu.jp")
owpay("pt30_o27", "OWD-2025-4027", "Gestão de Tráfego Mercado Brasileiro Hamamatsu", "retainer", "9000.00",
      "2025-09-15T10:00:00", period_start="2025-09-15", period_end="2025-10-14", next_billing_at="2025-10-15")
w = d(2025, 9, 27, 20, 0, JP)
case("pt-o28-hamamatsu-cancela-com-chargeback", OWB, "decided", [M(
    "Mercado Brasileiro Hamamatsu <mercado@brasilhamamatsu.jp>", OWDTO, "CANCELAMENTO", w,
    "Quero cancelar a gestão de tráfego (Gestão de Tráfego Mercado Brasileiro Hamamatsu, OWD-2025-4027). "
    "Em um mês não veio nenhum cliente novo. Se cobrarem outubro, faço chargeback no cartão.\n\nMarcelo\n")],
    [X("escalate")], rules=["C4"],
    spec="C4 covers the whole case (section 8): a chargeback threat escalates the cancellation (O4 alone "
         "would cancel, effective 2025-10-14).")


if __name__ == "__main__":
    write_all()
