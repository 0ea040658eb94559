#!/usr/bin/env python3
"""fresh32_pt: held-out Portuguese cases for mailbot (Minho/Braga, Trás-os-Montes, the Portuguese
communities of Toronto, Newark/Elizabeth and Jersey, Brazilians in Paraguay (brasiguaios), Brazilian nurses
in the UK and Ireland, formal business Portuguese from Recife and Salvador, Portuguese written by French
speakers).

Stdlib only, deterministic.  Running it writes ledger.json, emails/*.eml and expected.json beside this
file.  MIT, like the project; all text written for this project.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANG, ROUND = "pt", "fresh32-pt"
LOB, OWB = "leadsoptima", "optima_webdesign"
TAX = {"1499.00": "269.82", "3999.00": "719.82", "11988.00": "2157.84"}

LEDGER = {"customers": [], "projects": [], "payments": []}
CASES = []
(HERE / "emails").mkdir(exist_ok=True)
for _old in (HERE / "emails").glob("*.eml"):
    _old.unlink()


def tz(h, m=0):
    return timezone(timedelta(hours=h, minutes=m))


def d(y, mo, dd, h, mi, zone):
    return datetime(y, mo, dd, h, mi, tzinfo=zone)


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


def owpay(pid, inv, project, kind, amount, tax, paid_at, **kw):
    base = {"brand": OWB, "id": pid, "invoice": inv, "project": project, "kind": kind,
            "amount": amount, "tax": tax, "currency": "INR", "paid_at": paid_at, "status": "paid",
            "setup_fee": None, "service_start": None, "next_billing_at": None,
            "period_start": None, "period_end": None, "milestone_status": None}
    base.update(kw)
    LEDGER["payments"].append(base)


def M(frm, to, subject, when, body, html=False, headers=None, reply_to=None):
    return {"from": frm, "to": to, "subject": subject, "when": when, "body": body, "html": html,
            "headers": headers or {}, "reply_to": reply_to}


def case(cid, brand, status, msgs, decisions=(), rules=(), missing=None, extra_ok=False,
         ambiguous=None, spec=""):
    files, prev = [], []
    for i, m in enumerate(msgs, 1):
        msg = EmailMessage(policy=SMTP)
        msg["From"] = m["from"]
        msg["To"] = m["to"]
        msg["Subject"] = m["subject"]
        msg["Date"] = format_datetime(m["when"])
        mid = f"<{cid}.{i}.{int(m['when'].timestamp())}@mail.{ROUND}.example>"
        msg["Message-ID"] = mid
        if m["reply_to"]:
            msg["Reply-To"] = m["reply_to"]
        irt = m["headers"].get("_irt")
        if irt:
            msg["In-Reply-To"] = irt
            msg["References"] = " ".join(prev + [irt])
        elif prev:
            msg["In-Reply-To"] = prev[-1]
            msg["References"] = " ".join(prev)
        for k, v in m["headers"].items():
            if not k.startswith("_"):
                msg[k] = v
        msg["MIME-Version"] = "1.0"
        msg.set_content(m["body"], subtype="html" if m["html"] else "plain")
        if irt:
            prev.append(irt)
        prev.append(mid)
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
    x = {"intent": "cancellation", "outcome": outcome}
    if eff:
        x["effective_date"] = eff
    return x


def write_all():
    (HERE / "ledger.json").write_text(json.dumps(LEDGER, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (HERE / "expected.json").write_text(json.dumps({"cases": CASES}, ensure_ascii=False, indent=1) + "\n",
                                        encoding="utf-8")
    print(f"{len(CASES)} cases, {len(LEDGER['payments'])} payments")


MIN, TRM, TOR, NWK, JER, PY, REC, LON, DUB, FR = (tz(1), tz(1), tz(-4), tz(-4), tz(1), tz(-3), tz(-3),
                                                 tz(1), tz(1), tz(2))
SUP = "Suporte LeadsOptima <support@leadsoptima.com>"
OWDTO = "Optima WebDesign <optimawebdesigns12@gmail.com>"

# ------------------------------------------------------------------ LeadsOptima

cust("encomendas@pastelariaarcada.pt", "Pastelaria Arcada", "monthly", start="2025-09-23", end="2025-10-22")
lopay("s32p01", "LO-INV-33011", "encomendas@pastelariaarcada.pt", "monthly", "1499.00", "2025-09-23T13:30:00",
      "2025-09-23", "2025-10-22")
lopay("s32p02", "LO-INV-33012", "encomendas@pastelariaarcada.pt", "monthly", "1499.00", "2025-09-23T13:31:00",
      "2025-09-23", "2025-10-22")
case("pt-l01-braga-pastelaria-cobranca-duplicada", LOB, "decided", [M(
    "Pastelaria Arcada <encomendas@pastelariaarcada.pt>", SUP, "Cobrança em duplicado", d(2025, 9, 25, 10, 20, MIN),
    "Bom dia,\n\nVenho por este meio informar que na terça-feira, dia 23, por volta das 9 da manhã, nos "
    "cobraram a mensalidade duas vezes (faturas LO-INV-33011 e LO-INV-33012, 1.499,00 cada). Só temos uma "
    "conta. Agradeço que devolvam a cobrança a mais para o mesmo cartão.\n\nCom os melhores cumprimentos,\n"
    "Conceição Fernandes\nPastelaria Arcada - Largo do Barão de São Martinho, Braga\n")],
    [R("approve", "1499.00")],
    spec="L4: two paid monthly charges 2025-09-23 13:30 IST (09:00 WEST); request 2025-09-25 14:50 IST day 2: "
         "approve the later LO-INV-33012 1499.00.")

cust("tony.medeiros@rogers-example.ca", "Tony Medeiros", "quarterly", start="2025-09-16", end="2025-12-15")
lopay("s32p03", "LO-INV-33021", "tony.medeiros@rogers-example.ca", "quarterly", "3999.00", "2025-09-16T19:00:00",
      "2025-09-16", "2025-12-15")
lopay("s32p04", "LO-INV-33022", "tony.medeiros@rogers-example.ca", "quarterly", "3999.00", "2025-09-16T19:04:00",
      "2025-09-16", "2025-12-15")
case("pt-l02-toronto-little-portugal-dia-8", LOB, "decided", [M(
    "Tony Medeiros <tony.medeiros@rogers-example.ca>", SUP, "charged two times - cobraram duas vezes",
    d(2025, 9, 24, 8, 30, TOR),
    "Bom dia,\n\nAqui é o Tony da Medeiros Renovations, na Dundas Street. Desculpe o meu português, os meus "
    "pais são da Terceira mas eu nasci cá no Canadá. On September 16 you guys charged me two times for the "
    "plano trimestral, faturas LO-INV-33021 e LO-INV-33022. Quero o dinheiro de volta da segunda, please.\n\n"
    "Obrigado,\nTony Medeiros\nMedeiros Renovations Inc. - Toronto, ON\n")],
    [R("deny")],
    spec="L3: duplicate charges 2025-09-16 19:00 IST (09:30 EDT); request 2025-09-24 18:00 IST = day 8: deny.")

cust("financeiro@construtoracapibaribe.com.br", "Construtora Capibaribe", "annual", start="2025-09-21",
     end="2026-09-20")
lopay("s32p05", "LO-INV-33031", "financeiro@construtoracapibaribe.com.br", "annual", "11988.00",
      "2025-09-21T02:00:00", "2025-09-21", "2026-09-20")
lopay("s32p06", "LO-INV-33032", "financeiro@construtoracapibaribe.com.br", "annual", "11988.00",
      "2025-09-21T02:01:00", "2025-09-21", "2026-09-20")
case("pt-l03-recife-construtora-dia-7-so-na-india", LOB, "decided", [M(
    "Construtora Capibaribe - Financeiro <financeiro@construtoracapibaribe.com.br>", SUP,
    "Solicitação de estorno - cobrança em duplicidade", d(2025, 9, 28, 14, 0, REC),
    "Prezados Senhores,\n\nCumprimentando-os cordialmente, informamos que no sábado, 20/09/2025, por volta das "
    "17h30 (horário de Brasília), foram debitados em duplicidade os valores referentes à assinatura anual "
    "desta empresa, conforme faturas LO-INV-33031 e LO-INV-33032.\n\nDiante do exposto, solicitamos o "
    "estorno da cobrança em duplicidade no mesmo cartão corporativo.\n\nAtenciosamente,\n"
    "Dra. Maria do Socorro Albuquerque\nGerente Administrativo-Financeira\nConstrutora Capibaribe Ltda. - "
    "Recife/PE\n")],
    [R("approve", "11988.00")],
    spec="L3/L4: charges 2025-09-21 02:00 IST (= Sat 20/09 17:30 BRT); request 2025-09-28 14:00 BRT = 22:30 IST, "
         "day 7 in IST (day 8 in Recife's calendar): approve LO-INV-33032 11988.00.")

cust("agropecuaria.santarita@gmail.com", "Agropecuaria Santa Rita", "quarterly", start="2025-09-24",
     end="2025-12-23")
for _pid, _inv, _t in [("s32p07", "LO-INV-33041", "20:00:00"), ("s32p08", "LO-INV-33042", "20:02:00"),
                       ("s32p09", "LO-INV-33043", "20:05:00")]:
    lopay(_pid, _inv, "agropecuaria.santarita@gmail.com", "quarterly", "3999.00", f"2025-09-24T{_t}",
          "2025-09-24", "2025-12-23")
case("pt-l04-santa-rita-brasiguaio-tres-cobrancas", LOB, "decided", [M(
    "Agropecuária Santa Rita <agropecuaria.santarita@gmail.com>", SUP, "cobraram 3 veses", d(2025, 9, 26, 7, 0, PY),
    "bom dia\n\nsou o Valdir da agropecuaria aqui em Santa Rita, Alto Paraná. quarta de manhã fui pagar o "
    "plano trimestral e o cartão do banco daqui (Banco Continental) deu erro, tentei de novo e de novo, e no "
    "extrato saiu tres veses 3.999, as faturas LO-INV-33041, LO-INV-33042 e LO-INV-33043. era pra ser uma só. "
    "quero a devolução das duas que sobraram, por favor. aqui tudo é em guarani e em reais, ja estou ficando "
    "loco com esses cambios\n\nValdir Schneider\n")],
    [R("approve", "7998.00")],
    spec="s.8 three identical charges: every charge after the first is a duplicate. Charges 2025-09-24 20:00 IST "
         "(11:30 PYT Wednesday); request 2025-09-26 15:30 IST day 2: approve 3999.00 x 2 = 7998.00.")

cust("ironbound.padaria@verizon-example.net", "Padaria Ironbound", "monthly", start="2025-09-27", end="2025-10-26")
lopay("s32p10", "LO-INV-33051", "ironbound.padaria@verizon-example.net", "monthly", "1499.00",
      "2025-09-27T18:00:00", "2025-09-27", "2025-10-26")
case("pt-l05-newark-padaria-duplicado-sem-par", LOB, "decided", [M(
    "Padaria Ironbound <ironbound.padaria@verizon-example.net>", SUP, "Cobrança duplicada??",
    d(2025, 9, 28, 19, 0, NWK),
    "Boa noite,\n\nEscrevo da padaria na Ferry Street. Ontem de manhã apareceram-me no telemóvel dois "
    "avisos do banco com o mesmo valor da vossa empresa. Cobraram-me duas vezes a mensalidade. Quero que me "
    "devolvam a que está a mais. Não tenho aqui o número da fatura.\n\nCumprimentos,\nManuel Pires\n")],
    [R("escalate")],
    spec="L4: the ledger has only one paid charge on the account (LO-INV-33051, 2025-09-27 18:00 IST = 08:30 "
         "EDT; it identifies the invoice): no pair, escalate. Request 2025-09-29 04:30 IST, day 2.")

cust("contas@clinicaodontobarra.com.br", "Clinica Odonto Barra", "monthly", start="2025-09-25", end="2025-10-24")
lopay("s32p11", "LO-INV-33061", "contas@clinicaodontobarra.com.br", "monthly", "11988.00", "2025-09-25T18:30:00",
      "2025-09-25", "2025-10-24")
case("pt-l06-salvador-valor-errado", LOB, "decided", [M(
    "Clínica Odonto Barra - Contas a Pagar <contas@clinicaodontobarra.com.br>", SUP,
    "Cobrança indevida - valor divergente", d(2025, 9, 26, 11, 0, REC),
    "Prezados, bom dia.\n\nIdentificamos no cartão corporativo uma cobrança de 11.988,00 referente ao plano "
    "MENSAL (fatura LO-INV-33061), quando o valor contratado é 1.499,00. Trata-se de valor errado, "
    "cobrado a maior. Solicitamos a correção e a restituição da diferença.\n\nAtenciosamente,\nJoselito "
    "Santana\nSetor Financeiro - Clínica Odonto Barra, Salvador/BA\n")],
    [R("escalate")],
    spec="L5: billing error (wrong amount), one charge LO-INV-33061 2025-09-25, request day 1: escalate.")

cust("geral@fumeirodechaves.pt", "Fumeiro de Chaves", "quarterly", status="cancelled", start="2025-09-26",
     end="2025-12-25")
lopay("s32p12", "LO-INV-33070", "geral@fumeirodechaves.pt", "quarterly", "3999.00", "2025-06-26T10:00:00",
      "2025-06-26", "2025-09-25")
lopay("s32p13", "LO-INV-33071", "geral@fumeirodechaves.pt", "quarterly", "3999.00", "2025-09-26T10:00:00",
      "2025-09-26", "2025-12-25")
case("pt-l07-chaves-cobrado-depois-de-cancelar", LOB, "decided", [M(
    "Fumeiro de Chaves <geral@fumeirodechaves.pt>", SUP, "cobrança depois de cancelar", d(2025, 9, 28, 9, 0, TRM),
    "Bom dia.\n\nCancelei a subscrição em agosto, no painel, e agora na sexta-feira voltaram a cobrar o "
    "trimestre, fatura lo.inv.33071. Cobraram depois de eu ter cancelado, isto não pode ser. Peço a "
    "devolução dessa cobrança.\n\nAtenciosamente,\nArmindo Teixeira\nFumeiro de Chaves - Trás-os-Montes\n")],
    [R("escalate")],
    spec="L5: 'charged after I cancelled' = billing_error; 'lo.inv.33071' = LO-INV-33071 (2025-09-26), request "
         "day 2: escalate.")

cust("aparecida.souza.rn@nhs-example.uk", "Aparecida Souza", "monthly", start="2025-09-26", end="2025-10-25")
lopay("s32p14", "LO-INV-33081", "aparecida.souza.rn@nhs-example.uk", "monthly", "1499.00", "2025-09-26T23:00:00",
      "2025-09-26", "2025-10-25")
case("pt-l08-londres-enfermeira-sem-acesso", LOB, "decided", [M(
    "Aparecida Souza <aparecida.souza.rn@nhs-example.uk>", SUP, "Não consigo fazer login", d(2025, 9, 29, 7, 40, LON),
    "Oi, bom dia!\n\nSou enfermeira aqui em Londres (Band 5, NHS) e faço um trabalho extra de home care com "
    "outras enfermeiras brasileiras, por isso assinei o plano mensal na sexta à noite. Desde então não "
    "consigo fazer login, dá 'account locked' e o e-mail de reset não chega nunca. Sem acesso não me serve. "
    "Quero o reembolso do pagamento, por favor.\n\nBeijos e obrigada,\nCida Souza\nSent from my Galaxy\n")],
    [R("escalate")],
    spec="L6: access failure; one payment LO-INV-33081 (2025-09-26 23:00 IST = Fri 18:30 BST); request "
         "2025-09-29 12:10 IST day 3: escalate.")

cust("rosilene.enf@eircom-example.ie", "Rosilene Batista", "monthly", start="2025-09-20", end="2025-10-19")
lopay("s32p15", "LO-INV-33091", "rosilene.enf@eircom-example.ie", "monthly", "1499.00", "2025-09-20T15:00:00",
      "2025-09-20", "2025-10-19")
case("pt-l09-dublin-enfermeira-acesso-dia-9", LOB, "decided", [M(
    "Rosilene Batista <rosilene.enf@eircom-example.ie>", SUP, "plataforma não carrega - reembolso",
    d(2025, 9, 29, 22, 30, DUB),
    "Boa noite,\n\nSaí agora do plantão no hospital (Beaumont) e finalmente consigo escrever. Paguei a "
    "mensalidade no dia 20 (fatura LO-INV-33091) e a plataforma não carrega, fica só a rodinha girando. Já "
    "tentei no notebook e no celular. Quero meu dinheiro de volta.\n\nRosilene Batista\nDublin, Ireland\n")],
    [R("deny")],
    spec="L3: charge 2025-09-20 15:00 IST; request 2025-09-29 22:30 Irish time (+01) = 2025-09-30 03:00 IST, day 10: "
         "deny.")

cust("loja@artesanatobraganca.pt", "Artesanato de Braganca", "monthly", start="2025-09-27", end="2025-10-26")
lopay("s32p16", "LO-INV-33101", "loja@artesanatobraganca.pt", "monthly", "1499.00", "2025-09-27T12:00:00",
      "2025-09-27", "2025-10-26")
case("pt-l10-braganca-ja-nao-uso", LOB, "decided", [M(
    "Artesanato de Bragança <loja@artesanatobraganca.pt>", SUP, "Devolução", d(2025, 9, 29, 16, 0, TRM),
    "Boa tarde,\n\nPagámos no sábado a mensalidade mas chegámos à conclusão de que não vamos usar a "
    "plataforma: as vendas da loja são quase todas aos turistas espanhóis que passam cá e não vêm pela "
    "internet. Pedimos a devolução do valor, já que nem chegámos a usar.\n\nCumprimentos,\nAlda Morais\n")],
    [R("deny")],
    spec="L1: not used / changed mind: deny, cancellation offered; one payment identifies the invoice.")

cust("camille.dupont@lumiere-example.fr", "Camille Dupont", "annual", start="2025-06-10", end="2026-06-09")
lopay("s32p17", "LO-INV-33111", "camille.dupont@lumiere-example.fr", "annual", "11988.00", "2025-06-10T12:00:00",
      "2025-06-10", "2026-06-09")
case("pt-l11-frances-caro-cancelar-e-reembolso", LOB, "decided", [M(
    "Camille Dupont <camille.dupont@lumiere-example.fr>", SUP, "Resiliação e reembolso", d(2025, 9, 30, 10, 0, FR),
    "Bom dia,\n\nsou francesa e escrevo em português porque a minha agência trabalha sobretudo com clientes "
    "de Braga e do Porto. Desejo resiliar a assinatura anual: é demasiado cara para nós, o preço não é "
    "justificado pelos leads. Peço também o reembolso dos meses que ficam até junho.\n\nCordialmente,\n"
    "Camille Dupont\nLumière Conseil, Lyon\n")],
    [R("deny"), X("cancel", "2026-06-09")],
    spec="L1: too expensive / unused months: refund deny; L8 cancel, current_period_end 2026-06-09.")

cust("secretaria@ginasiodouro-example.pt", "Ginasio Vila Real", "quarterly", start="2025-08-22", end="2025-11-21")
lopay("s32p18", "LO-INV-33121", "secretaria@ginasiodouro-example.pt", "quarterly", "3999.00",
      "2025-08-22T10:00:00", "2025-08-22", "2025-11-21")
case("pt-l12-vila-real-ginasio-cancela", LOB, "decided", [M(
    "Ginásio Douro - Secretaria <secretaria@ginasiodouro-example.pt>", SUP, "Cancelamento subscrição",
    d(2025, 9, 29, 18, 30, TRM),
    "Boa tarde,\n\nQueremos cancelar a subscrição trimestral. Os sócios chegam-nos todos por recomendação e "
    "pelo Instagram, os formulários quase não trouxeram ninguém.\n\nObrigado,\nRui Carvalho\nGinásio Douro - "
    "Vila Real\n")],
    [X("cancel", "2025-11-21")],
    spec="L8: quarterly, current_period_end 2025-11-21: cancel effective 2025-11-21.")

cust("administracao@quintadopaco-example.pt", "Quinta do Paco", "annual")
lopay("s32p19", "LO-INV-32131", "administracao@quintadopaco-example.pt", "annual", "11988.00",
      "2025-04-30T19:00:00+00:00", "2025-05-01", "2026-04-30")
case("pt-l13-guimaraes-anual-sem-periodo", LOB, "decided", [M(
    "Quinta do Paço - Administração <administracao@quintadopaco-example.pt>", SUP, "Não renovação",
    d(2025, 9, 30, 11, 0, MIN),
    "Bom dia,\n\nInformamos que não pretendemos renovar a subscrição anual. Pode manter-se ativa até ao fim do "
    "período já pago. O motivo é que a quinta passa a ser gerida por um grupo hoteleiro com outro sistema.\n\n"
    "Com os melhores cumprimentos,\nEng.º Duarte Sampaio\nQuinta do Paço - Guimarães\n")],
    [X("cancel", "2026-04-30")],
    spec="L8 fallback: no current_period_end; last charge 2025-04-30T19:00Z = 2025-05-01 00:30 IST (local date "
         "1 May) + 12 months - 1 day = 2026-04-30.")

cust("bookings@madeirancafe-example.je", "Madeiran Cafe Jersey", "monthly")
lopay("s32p20", "LO-INV-33140", "bookings@madeirancafe-example.je", "monthly", "1499.00", "2025-08-12T14:00:00",
      "2025-08-12", "2025-09-11")
lopay("s32p21", "LO-INV-33141", "bookings@madeirancafe-example.je", "monthly", "1499.00", "2025-09-12T14:00:00",
      "2025-09-12", "2025-10-11")
case("pt-l14-jersey-cafe-madeirense-mensal", LOB, "decided", [M(
    "Madeiran Café <bookings@madeirancafe-example.je>", SUP, "cancelar", d(2025, 9, 30, 15, 0, JER),
    "Boa tarde,\n\nSomos um café da comunidade madeirense em St Helier. Queremos cancelar o plano mensal, "
    "porque vamos fechar no inverno e o meu marido vai trabalhar nas estufas. Obrigada.\n\nLurdes Gouveia\n")],
    [X("cancel", "2025-10-11")],
    spec="L8: no current_period_end; last charge 2025-09-12 + 1 month - 1 day = 2025-10-11.")

cust("loja.hernandarias@gmail.com", "Loja Hernandarias", "monthly", status="trial", trial_ends="2025-10-04")
case("pt-l15-hernandarias-periodo-gratis", LOB, "decided", [M(
    "Loja Agro Hernandarias <loja.hernandarias@gmail.com>", SUP, "reembolso", d(2025, 9, 28, 10, 0, PY),
    "Bom dia. Fiz o teste gratis de voces pra minha loja de insumos aqui em Hernandarias, mas nao gostei, é "
    "muito complicado pro pessoal daqui. Quero o reembolso do que foi cobrado no cartão. Gracias.\n"
    "Ademir Kunz\n")],
    [R("deny")], extra_ok=True,
    spec="L7: free trial (trial_ends 2025-10-04), no charges: refund deny.")

cust("maria.rego.toronto@bell-example.ca", "Maria do Rego", "annual", start="2025-03-03", end="2026-03-02")
lopay("s32p22", "LO-INV-33160", "maria.rego.toronto@bell-example.ca", "annual", "11988.00",
      "2025-03-03T10:00:00", "2025-03-03", "2026-03-02")
case("pt-l16-mississauga-filho-pela-mae", LOB, "need_info", [M(
    "Steven Rego <steve.rego1989@gmail.com>", SUP, "conta da minha mãe", d(2025, 9, 29, 19, 30, TOR),
    "Boa noite,\n\nEscrevo pela minha mãe, Maria do Rego, a conta dela é maria.rego.toronto@bell-example.ca. "
    "Ela fechou a loja de costura em Mississauga e quer cancelar o plano anual. Podem dizer-me até quando "
    "está pago?\n\nThanks,\nSteve\n")],
    rules=["C2"],
    spec="C2: the sender is not the registered email he names: need_info, nothing about the account.")

cust("diretoria@hospitaldiaboaviagem.com.br", "Hospital Dia Boa Viagem", "monthly", start="2025-09-26",
     end="2025-10-25")
lopay("s32p23", "LO-INV-33171", "diretoria@hospitaldiaboaviagem.com.br", "monthly", "1499.00",
      "2025-09-26T19:00:00", "2025-09-26", "2025-10-25")
lopay("s32p24", "LO-INV-33172", "diretoria@hospitaldiaboaviagem.com.br", "monthly", "1499.00",
      "2025-09-26T19:00:30", "2025-09-26", "2025-10-25")
case("pt-l17-recife-secretaria-encaminha-c2", LOB, "need_info", [M(
    "Secretaria Executiva <secretaria@hospitaldiaboaviagem.com.br>", SUP,
    "Fwd: Cobrança em duplicidade LeadsOptima", d(2025, 9, 29, 9, 15, REC),
    "Bom dia, encaminho a solicitação do Diretor.\n\nAtt.,\nKarla Menezes\nSecretaria Executiva\n\n"
    "---------- Mensagem encaminhada ---------\nDe: Dr. Fábio Lins <diretoria@hospitaldiaboaviagem.com.br>\n"
    "Data: sex., 26 de set. de 2025 às 15:40\nAssunto: Cobrança em duplicidade LeadsOptima\n"
    "Para: <secretaria@hospitaldiaboaviagem.com.br>\n\nKarla, por favor peça à LeadsOptima o estorno: "
    "cobraram a mensalidade duas vezes hoje (LO-INV-33171 e LO-INV-33172). O cadastro está no e-mail da "
    "diretoria.\nFábio\n")],
    rules=["C2"],
    spec="s.8 forwards + C2: the forwarded request names the registered diretoria@... address; the sender is "
         "the secretary: need_info.")

cust("filipa.antunes@sapo-example.pt", "Filipa Antunes", "monthly", start="2025-09-08", end="2025-10-07")
lopay("s32p25", "LO-INV-33181", "filipa.antunes@sapo-example.pt", "monthly", "1499.00", "2025-09-08T10:00:00",
      "2025-09-08", "2025-10-07")
case("pt-l18-viana-mais-etiqueta-c2", LOB, "need_info", [M(
    "Filipa Antunes <filipa.antunes+leads@sapo-example.pt>", SUP, "Cancelar plano", d(2025, 9, 28, 12, 0, MIN),
    "Olá, quero cancelar o plano mensal. Fechei o estúdio de fotografia em Viana do Castelo e mudei-me para "
    "Vigo. Obrigada!\nFilipa\n")],
    rules=["C2"],
    spec="s.8 addresses: filipa.antunes+leads@ is another address than the registered one: C2.")

cust("escritorio@adegamirandela-example.pt", "Adega Mirandela", "quarterly", start="2025-09-02", end="2025-12-01")
lopay("s32p26", "LO-INV-33191", "escritorio@adegamirandela-example.pt", "quarterly", "3999.00",
      "2025-09-02T10:00:00", "2025-09-02", "2025-12-01")
case("pt-l19-mirandela-reply-to-nao-verifica", LOB, "need_info", [M(
    "Adega Mirandela <adegamirandela.tm@gmail.com>", SUP, "Cancelamento plano trimestral",
    d(2025, 9, 29, 10, 0, TRM),
    "Bom dia,\n\nO e-mail da empresa está em baixo desde sábado, por isso escrevo do gmail. O nosso e-mail "
    "registado é escritorio@adegamirandela-example.pt (pus esse para a resposta). Queremos cancelar o plano "
    "trimestral, a adega foi vendida.\n\nCumprimentos,\nHelena Pires\n",
    reply_to="escritorio@adegamirandela-example.pt")],
    rules=["C2"],
    spec="s.8: Reply-To never verifies; the From gmail is not the registered email: C2 need_info.")

cust("oficina@autoreparacoesbarcelos-example.pt", "Auto Reparacoes Barcelos", "annual", start="2025-01-20",
     end="2026-01-19")
lopay("s32p27", "LO-INV-33200", "oficina@autoreparacoesbarcelos-example.pt", "annual", "11988.00",
      "2025-01-20T10:00:00", "2025-01-20", "2026-01-19")
case("pt-l20-barcelos-reencaminha-o-proprio", LOB, "decided", [M(
    "Auto Reparações Barcelos <oficina@autoreparacoesbarcelos-example.pt>", SUP, "ENC: Cancelamento",
    d(2025, 9, 30, 9, 30, MIN),
    "Bom dia, volto a enviar porque ainda não tive resposta.\n\n"
    "De: Auto Reparações Barcelos <oficina@autoreparacoesbarcelos-example.pt>\nEnviada: segunda-feira, 22 de "
    "setembro de 2025 11:02\nPara: support@leadsoptima.com\nAssunto: Cancelamento\n\nBom dia,\nQueremos "
    "cancelar a subscrição anual. O meu filho ficou com a oficina e prefere fazer publicidade no Facebook.\n"
    "Abílio Gomes\n")],
    [X("cancel", "2026-01-19")],
    spec="Forward (ENC:) from the registered address itself: L8 cancel, current_period_end 2026-01-19.")

cust("reservas@casadocampoponte-example.pt", "Casa do Campo", "monthly", start="2025-09-26", end="2025-10-25")
lopay("s32p28", "LO-INV-33211", "reservas@casadocampoponte-example.pt", "monthly", "1499.00",
      "2025-09-26T09:00:00", "2025-09-26", "2025-10-25")
case("pt-l21-ponte-de-lima-sem-motivo", LOB, "need_info", [M(
    "Casa do Campo - Turismo Rural <reservas@casadocampoponte-example.pt>", SUP,
    "Pedido de reembolso fatura LO-INV-33211", d(2025, 9, 28, 11, 0, MIN),
    "Exmos. Senhores,\n\nVenho solicitar o reembolso da fatura LO-INV-33211.\n\nAguardo resposta.\n\n"
    "Com os melhores cumprimentos,\nTeresa Amorim\nCasa do Campo - Turismo Rural, Ponte de Lima\n")],
    missing=["reason"],
    spec="C3: refund with the invoice but no reason: ask for the reason.")

cust("geral@queijariaterrafria-example.pt", "Queijaria Terra Fria", "monthly", start="2025-09-27", end="2025-10-26")
lopay("s32p29", "LO-INV-33220", "geral@queijariaterrafria-example.pt", "monthly", "1499.00",
      "2025-08-27T10:00:00", "2025-08-27", "2025-09-26")
lopay("s32p30", "LO-INV-33221", "geral@queijariaterrafria-example.pt", "monthly", "1499.00",
      "2025-09-27T10:00:00", "2025-09-27", "2025-10-26")
case("pt-l22-vinhais-sem-acesso-sem-fatura", LOB, "need_info", [M(
    "Queijaria Terra Fria <geral@queijariaterrafria-example.pt>", SUP, "não consigo entrar",
    d(2025, 9, 29, 17, 0, TRM),
    "Boa tarde,\n\nnão consigo entrar na plataforma, diz que a palavra-passe está errada e a recuperação não "
    "funciona. Assim não vale a pena pagar. Quero o reembolso.\n\nJosé Afonso, Queijaria Terra Fria (Vinhais)\n")],
    missing=["invoice_number"],
    spec="C3: access failure, but the account has two charges (LO-INV-33220, LO-INV-33221) and none is "
         "named: ask for the invoice number.")

cust("contabilidade@azeitesdoval-example.pt", "Azeites do Vale", "monthly", start="2025-09-24", end="2025-10-23")
lopay("s32p31", "LO-INV-33230", "contabilidade@azeitesdoval-example.pt", "monthly", "1499.00",
      "2025-08-24T10:00:00", "2025-08-24", "2025-09-23")
lopay("s32p32", "LO-INV-33232", "contabilidade@azeitesdoval-example.pt", "monthly", "1499.00",
      "2025-09-24T10:00:00", "2025-09-24", "2025-10-23")
case("pt-l23-macedo-fio-com-fatura", LOB, "decided", [
    M("Azeites do Vale - Contabilidade <contabilidade@azeitesdoval-example.pt>", SUP, "Cobrança errada",
      d(2025, 9, 26, 9, 0, TRM),
      "Bom dia,\n\nNo último extrato aparece uma cobrança vossa com um valor errado, não corresponde ao "
      "tarifário contratado. Agradecemos verificação e devolução.\n\nContabilidade - Azeites do Vale, "
      "Macedo de Cavaleiros\n"),
    M("Azeites do Vale - Contabilidade <contabilidade@azeitesdoval-example.pt>", SUP,
      "RE: Cobrança errada [LO-3307]", d(2025, 9, 30, 9, 0, TRM),
      "Bom dia, a fatura é a LO-INV-33232.\nObrigada.\n\n> Para avançarmos precisamos do número da fatura. "
      "[LO-3307]\n", headers={"_irt": "<lo-3307.reply@leadsoptima.com>"})],
    [R("escalate")],
    spec="C3 thread: the answer names LO-INV-33232 (2025-09-24); request time = first mail 2025-09-26 day 2: "
         "L5 escalate.")

cust("financeiro@bufetsalvador-example.com.br", "Buffet Rio Vermelho", "quarterly", start="2025-09-21",
     end="2025-12-20")
lopay("s32p33", "LO-INV-33241", "financeiro@bufetsalvador-example.com.br", "quarterly", "3999.00",
      "2025-09-21T18:00:00", "2025-09-21", "2025-12-20")
lopay("s32p34", "LO-INV-33242", "financeiro@bufetsalvador-example.com.br", "quarterly", "3999.00",
      "2025-09-21T18:03:00", "2025-09-21", "2025-12-20")
case("pt-l24-salvador-buffet-motivo-depois", LOB, "decided", [
    M("Buffet Rio Vermelho - Financeiro <financeiro@bufetsalvador-example.com.br>", SUP,
      "Estorno fatura LO-INV-33242", d(2025, 9, 24, 10, 0, REC),
      "Prezados, solicitamos o estorno da fatura LO-INV-33242.\nAtt., Financeiro\n"),
    M("Buffet Rio Vermelho - Financeiro <financeiro@bufetsalvador-example.com.br>", SUP,
      "Re: Estorno fatura LO-INV-33242 [LO-3308]", d(2025, 9, 30, 10, 0, REC),
      "Prezados, desculpem a falta de informação: no domingo, dia 21, o plano trimestral foi cobrado duas "
      "vezes (LO-INV-33241 e LO-INV-33242). A correta é a primeira.\nAtt., Ivete - Financeiro\n\n"
      "> Poderia informar o motivo da solicitação? [LO-3308]\n",
      headers={"_irt": "<lo-3308.reply@leadsoptima.com>"})],
    [R("approve", "3999.00")],
    spec="C3 thread: the reason arrives on day 9, but the request time is the first mail 2025-09-24 (day 3): L4 "
         "approve LO-INV-33242 3999.00.")

cust("office@portugueseclubnewark-example.org", "Sport Club Portugues Newark", "monthly", start="2025-09-28",
     end="2025-10-27")
lopay("s32p35", "LO-INV-33251", "office@portugueseclubnewark-example.org", "monthly", "1499.00",
      "2025-09-28T20:00:00", "2025-09-28", "2025-10-27")
lopay("s32p36", "LO-INV-33252", "office@portugueseclubnewark-example.org", "monthly", "1499.00",
      "2025-09-28T20:01:00", "2025-09-28", "2025-10-27")
case("pt-l25-newark-clube-contestacao", LOB, "decided", [M(
    "Sport Club Português - Office <office@portugueseclubnewark-example.org>", SUP, "DUPLICADO - urgente",
    d(2025, 9, 29, 9, 0, NWK),
    "Bom dia.\n\nCobraram o mensal duas vezes ontem, LO-INV-33251 e LO-INV-33252. Se até amanhã não "
    "devolverem, vou ligar para o Chase e abrir uma disputa da cobrança (chargeback). Já fiz isso antes com "
    "outra empresa.\n\nFernando Lopes, Tesoureiro\nSport Club Português - Newark, NJ\n")],
    [R("escalate")], rules=["C4"],
    spec="C4: a chargeback / card dispute threat escalates the case.")

cust("escritorio@sadvogados-braga-example.pt", "Sousa Advogados", "monthly", start="2025-09-25", end="2025-10-24")
lopay("s32p37", "LO-INV-33261", "escritorio@sadvogados-braga-example.pt", "monthly", "1499.00",
      "2025-09-25T14:00:00", "2025-09-25", "2025-10-24")
case("pt-l26-braga-escritorio-julgado-de-paz", LOB, "decided", [M(
    "Sousa & Associados <escritorio@sadvogados-braga-example.pt>", SUP, "Interpelação - devolução e cancelamento",
    d(2025, 9, 29, 15, 0, MIN),
    "Exmos. Senhores,\n\nNo passado dia 25 foi debitado a este escritório o montante de 1.499,00 + IVA "
    "(LO-INV-33261), que não corresponde ao tarifário contratado. Requeremos a devolução do montante e o "
    "cancelamento imediato da subscrição.\n\nNa falta de resposta em dez dias, recorreremos ao Julgado de Paz "
    "de Braga e faremos valer os nossos direitos enquanto consumidores.\n\nCom os melhores cumprimentos,\n"
    "Dr. Henrique Sousa\n")],
    [R("escalate"), X("escalate")], rules=["C4"],
    spec="C4 (s.8 whole case): a small-claims court / consumer-rights threat escalates both refund and "
         "cancellation.")

cust("luciana.enf.cork@gmail.com", "Luciana Prado", "monthly", start="2025-09-28", end="2025-10-27")
lopay("s32p38", "LO-INV-33271", "luciana.enf.cork@gmail.com", "monthly", "1499.00", "2025-09-28T16:00:00",
      "2025-09-28", "2025-10-27")
lopay("s32p39", "LO-INV-33272", "luciana.enf.cork@gmail.com", "monthly", "1499.00", "2025-09-28T16:02:00",
      "2025-09-28", "2025-10-27")
case("pt-l27-cork-enfermeira-sem-briga", LOB, "decided", [M(
    "Luciana Prado <luciana.enf.cork@gmail.com>", SUP, "cobrança duas vezes", d(2025, 9, 29, 21, 0, DUB),
    "Boa noite!\n\nSou enfermeira em Cork e ontem vocês cobraram a mensalidade duas vezes (LO-INV-33271 e "
    "LO-INV-33272). Uma colega disse pra eu pedir chargeback no banco, mas não quero briga com ninguém, "
    "prefiro resolver direto com vocês. É só devolver a repetida.\n\nObrigada!\nLuciana\n")],
    [R("approve", "1499.00")],
    spec="s.8/C4: a chargeback only mentioned (a colleague's advice) and ruled out by the customer: no threat, "
         "no C4. L4 duplicate "
         "2025-09-28, request 2025-09-30 01:30 IST day 2: approve LO-INV-33272 1499.00.")

case("pt-l28-recife-resposta-automatica", LOB, "ignore", [M(
    "Construtora Capibaribe - Financeiro <financeiro@construtoracapibaribe.com.br>", SUP,
    "Resposta automática: Re: Solicitação de estorno [LO-3303]", d(2025, 9, 30, 18, 0, REC),
    "Prezado(a), estarei ausente do escritório até 06/10/2025. Em caso de urgência, contatar "
    "recepcao@construtoracapibaribe.com.br.\n",
    headers={"Auto-Submitted": "auto-replied", "_irt": "<lo-3303.reply@leadsoptima.com>"})],
    rules=["C7"], spec="C7: Auto-Submitted auto-replied: ignore.")

case("pt-l29-londres-mailer-daemon", LOB, "ignore", [M(
    "Mail Delivery Subsystem <MAILER-DAEMON@mail.nhs-example.uk>", SUP,
    "Undelivered Mail Returned to Sender / Mensagem não entregue", d(2025, 9, 30, 3, 0, LON),
    "Não foi possível entregar a mensagem aos seguintes destinatários:\n\n"
    "aparecida.souza@nhs-example.uk: 550 5.1.1 user unknown\n\n--- Mensagem original ---\nAssunto: Re: Não "
    "consigo fazer login\nReembolso em análise.\n")],
    rules=["C7"], spec="C7: MAILER-DAEMON bounce: ignore.")

case("pt-l30-braga-newsletter-associacao", LOB, "ignore", [M(
    "Associação Comercial de Braga <newsletter@acb-example.pt>", SUP,
    "Newsletter: reembolso do IVA e cancelamento de contratos", d(2025, 9, 29, 8, 0, MIN),
    "NEWSLETTER SEMANAL\n\n- Como pedir o reembolso do IVA.\n- Cancelar contratos de telecomunicações sem "
    "penalização.\n\nPara deixar de receber, clique aqui.\n",
    headers={"List-Id": "Newsletter ACB <newsletter.acb-example.pt>", "Precedence": "bulk"})],
    rules=["C7"], spec="C7: List-Id / Precedence bulk: ignore.")

case("pt-l31-braga-nif-na-fatura", LOB, "other", [M(
    "Pastelaria Arcada <encomendas@pastelariaarcada.pt>", SUP, "NIF nas faturas", d(2025, 9, 30, 10, 0, MIN),
    "Bom dia,\n\nO nosso contabilista pede que as faturas venham com o NIF 500 000 000 e o nome Arcada - "
    "Pastelaria, Lda. Onde posso alterar isso?\n\nObrigada,\nConceição\n")],
    spec="other: a billing-data question.")

case("pt-l32-londres-nao-quero-reembolso", LOB, "other", [M(
    "Aparecida Souza <aparecida.souza.rn@nhs-example.uk>", SUP, "Re: Não consigo fazer login",
    d(2025, 9, 30, 13, 0, LON),
    "Oi de novo! Consegui entrar, era o e-mail de reset indo pro spam. Não quero mais o reembolso, pode "
    "esquecer meu outro e-mail. Só uma dúvida: dá pra mandar os leads direto pro WhatsApp?\n\nBjs, Cida\n")],
    spec="s.8 negation: 'não quero mais o reembolso'; a product question: other.")

case("pt-l33-frances-pergunta-antes-de-comprar", LOB, "other", [M(
    "Julien Moreau <julien.moreau@free-example.fr>", SUP, "Question / pergunta antes de assinar",
    d(2025, 9, 28, 20, 0, FR),
    "Boa noite,\n\nSou francês, moro em Ponte de Lima há dois anos e tenho um alojamento local. Se eu pagar "
    "o plano anual e não gostar, posso ser reembolsado? Há um período para experimentar?\n\nMerci / Obrigado,\n"
    "Julien\n")],
    spec="s.8 hypothetical before buying: other.")

case("pt-l34-braganca-agradecimento", LOB, "other", [M(
    "Artesanato de Bragança <loja@artesanatobraganca.pt>", SUP, "Obrigada", d(2025, 9, 30, 17, 0, TRM),
    "Boa tarde,\n\nSó para agradecer a simpatia da Ana ao telefone na semana passada. Ficou tudo esclarecido. "
    "Cumprimentos de Bragança,\nAlda\n")],
    spec="other: thanks, no request.")

cust("info@hotelrurallaboreiro-example.pt", "Hotel Rural Laboreiro", "monthly", start="2025-09-29",
     end="2025-10-28")
lopay("s32p40", "LO-INV-33351", "info@hotelrurallaboreiro-example.pt", "monthly", "1499.00",
      "2025-09-29T12:00:00", "2025-09-29", "2025-10-28")
lopay("s32p41", "LO-INV-33352", "info@hotelrurallaboreiro-example.pt", "monthly", "1499.00",
      "2025-09-29T12:01:00", "2025-09-29", "2025-10-28")
case("pt-l35-melgaco-duplicado-e-cancelar", LOB, "decided", [M(
    "Hotel Rural Laboreiro <info@hotelrurallaboreiro-example.pt>", SUP, "Cobrança duplicada e cancelamento",
    d(2025, 9, 30, 11, 0, MIN),
    "Bom dia,\n\nOntem, segunda, cobraram-nos a mensalidade duas vezes (LO-INV-33351 e LO-INV-33352). Pedimos "
    "a devolução da repetida e, já agora, o cancelamento da subscrição: vamos fechar o hotel para obras "
    "durante um ano.\n\nCumprimentos,\nNuno Esteves\nHotel Rural Laboreiro, Melgaço\n")],
    [R("approve", "1499.00"), X("cancel", "2025-10-28")],
    spec="L4 duplicate 2025-09-29 day 1: approve LO-INV-33352 1499.00; L8 cancel, current_period_end "
         "2025-10-28.")

cust("agenda@studiopilatesfafe-example.pt", "Studio Pilates Fafe", "monthly", start="2025-09-26", end="2025-10-25")
lopay("s32p42", "LO-INV-33361", "agenda@studiopilatesfafe-example.pt", "monthly", "1499.00",
      "2025-09-26T14:00:00", "2025-09-26", "2025-10-25")
case("pt-l36-fafe-html-plataforma-em-baixo", LOB, "decided", [M(
    "Studio Pilates Fafe <agenda@studiopilatesfafe-example.pt>", SUP, "Plataforma não abre",
    d(2025, 9, 29, 10, 30, MIN),
    "<html><body><p>Bom dia,</p><p>Desde <b>sexta-feira</b>, logo depois do pagamento da mensalidade, a "
    "plataforma <u>não carrega</u>: fica a página em branco. Já liguei e enviei mensagens. Peço o reembolso "
    "deste mês, porque não a conseguimos usar.</p><p>Obrigada,<br>Sílvia Mendes<br>Studio Pilates Fafe</p>"
    "<p style=\"font-size:9px\">Esta mensagem é confidencial.</p></body></html>\n", html=True)],
    [R("escalate")],
    spec="L6: HTML-only mail, platform not loading; one payment LO-INV-33361 (2025-09-26), request day 3: "
         "escalate.")

cust("mercado.brasil.cde@gmail.com", "Mercado Brasil CDE", "monthly", start="2025-09-27", end="2025-10-26")
lopay("s32p43", "LO-INV-33371", "mercado.brasil.cde@gmail.com", "monthly", "1499.00", "2025-09-27T19:30:00",
      "2025-09-27", "2025-10-26")
lopay("s32p44", "LO-INV-33372", "mercado.brasil.cde@gmail.com", "monthly", "1499.00", "2025-09-27T19:31:00",
      "2025-09-27", "2025-10-26", status="failed")
case("pt-l37-ciudad-del-este-segunda-falhou", LOB, "decided", [M(
    "Mercado Brasil <mercado.brasil.cde@gmail.com>", SUP, "cobrança dupla LO-INV-33372", d(2025, 9, 28, 9, 0, PY),
    "Bom dia,\n\ncobraram duas vezes a mensalidade no sábado, a segunda fatura é a LO-INV-33372. No app do "
    "banco aparece como pendiente ainda mas quero que devolvam.\n\nGilmar Rossetto\nMercado Brasil - "
    "Ciudad del Este\n")],
    [R("escalate")],
    spec="s.8: LO-INV-33372 is not paid (failed): a refund of it is escalate (no pair of paid charges either).")

cust("joe.cabral@optonline-example.net", "Joe Cabral", "monthly", start="2025-09-14", end="2025-10-13")
lopay("s32p45", "LO-INV-33381", "joe.cabral@optonline-example.net", "monthly", "1499.00", "2025-09-14T20:00:00",
      "2025-09-14", "2025-10-13")
case("pt-l38-elizabeth-nj-cancelar-sem-reembolso", LOB, "decided", [M(
    "Joe Cabral <joe.cabral@optonline-example.net>", SUP, "Cancel / cancelar", d(2025, 9, 30, 12, 0, NWK),
    "Olá,\n\nQuero cancelar o plano mensal. Reformei-me da empresa de pavimentos (paving) aqui em "
    "Elizabeth, NJ, e vou passar o inverno a Trás-os-Montes. Não quero reembolso nenhum, só cancelar.\n\n"
    "Obrigado,\nJoe (José) Cabral\n")],
    [X("cancel", "2025-10-13")],
    spec="L8: cancellation (refund explicitly not wanted), current_period_end 2025-10-13.")

cust("financeiro@colegiomarista-example.com.br", "Colegio Boa Vista", "quarterly", start="2025-09-25",
     end="2025-12-24")
lopay("s32p46", "LO-INV-33390", "financeiro@colegiomarista-example.com.br", "quarterly", "3999.00",
      "2025-06-25T18:00:00", "2025-06-25", "2025-09-24")
lopay("s32p47", "LO-INV-33391", "financeiro@colegiomarista-example.com.br", "quarterly", "11988.00",
      "2025-09-25T18:00:00", "2025-09-25", "2025-12-24")
case("pt-l39-recife-colegio-plano-errado-espacos", LOB, "decided", [M(
    "Colégio Boa Vista - Financeiro <financeiro@colegiomarista-example.com.br>", SUP,
    "Ref. fatura LO INV 33391 - cobrança do plano errado", d(2025, 9, 29, 15, 0, REC),
    "Prezados,\n\nA fatura LO INV 33391, de 25/09/2025, veio no valor de ₹ 11.988,00 (plano anual), mas o "
    "nosso plano é o trimestral, de ₹ 3.999,00. Foi cobrado o plano errado. Solicitamos a correção e o "
    "estorno da diferença.\n\nAtenciosamente,\nIr. Tarcísio Barros\nTesouraria - Colégio Boa Vista, Recife\n")],
    [R("escalate")],
    spec="L5: wrong plan charged on 'LO INV 33391' = LO-INV-33391 (2025-09-25 18:00 IST = 09:30 BRT), "
         "request day 4: escalate.")

case("pt-l40-braga-contabilista-varios-clientes", LOB, "need_info", [M(
    "Gabinete de Contabilidade Minho <geral@contabminho-example.pt>", SUP, "Cancelamento de vários clientes",
    d(2025, 9, 30, 14, 30, MIN),
    "Boa tarde,\n\nSomos o gabinete de contabilidade de várias empresas que têm conta convosco e pedem-nos "
    "para tratar do cancelamento:\n- Ginásio Douro (secretaria@ginasiodouro-example.pt)\n- Queijaria Terra "
    "Fria (geral@queijariaterrafria-example.pt)\n\nTemos autorização escrita dos clientes.\n\n"
    "Cumprimentos,\nSandra Lopes, Contabilista Certificada\n")],
    rules=["C2"],
    spec="C2: a bookkeeper writes from its own address for accounts registered to other addresses: need_info.")

# ------------------------------------------------------------------ Optima WebDesign

proj("Portal do Cliente 2025", "administrativo@cerealistaboaviagem-example.com.br")
owpay("s32q01", "OWD-2025-5201", "Portal do Cliente 2025", "deposit", "35000.00", "6300.00", "2025-09-23T19:30:00")
case("pt-o01-recife-sinal-dentro-das-72h", OWB, "decided", [M(
    "Cerealista Boa Viagem - Administrativo <administrativo@cerealistaboaviagem-example.com.br>", OWDTO,
    "Refund Request — Portal do Cliente 2025 / OWD-2025-5201", d(2025, 9, 25, 16, 0, REC),
    "Prezados Senhores,\n\nReferimo-nos ao sinal pago em 23/09/2025 (fatura OWD-2025-5201) para o projeto "
    "Portal do Cliente 2025. Em reunião de diretoria realizada nesta data, deliberou-se pela suspensão de "
    "todos os investimentos em tecnologia até o encerramento do exercício, em razão da queda da safra. "
    "Considerando que os trabalhos ainda não foram iniciados, solicitamos a devolução integral do sinal.\n\n"
    "Atenciosamente,\nDepartamento Administrativo-Financeiro\nCerealista Boa Viagem S.A. - Recife/PE\n")],
    [R("approve", "35000.00")],
    spec="O2: deposit 2025-09-23 19:30 IST (11:00 BRT), no work; request 2025-09-26 00:30 IST = 53 h < 72 h: "
         "approve 35000.00 before tax.")

proj("Reservas Online Box Crossfit", "gerencia@boxcrossfitbraga-example.pt")
owpay("s32q02", "OWD-2025-5202", "Reservas Online Box Crossfit", "deposit", "24000.00", "5520.00",
      "2025-09-20T14:30:00")
case("pt-o02-braga-crossfit-72h-exatas", OWB, "decided", [M(
    "Box CrossFit Braga <gerencia@boxcrossfitbraga-example.pt>", OWDTO, "Devolução do sinal",
    d(2025, 9, 23, 10, 0, MIN),
    "Bom dia,\n\nPagámos o sinal do projeto Reservas Online Box Crossfit (OWD-2025-5202) no sábado de manhã, "
    "mas a federação vai dar-nos uma app gratuita para as marcações. Pedimos a devolução do sinal, visto "
    "que ainda não começaram.\n\nObrigado,\nTiago Rebelo - Gerência\n")],
    [R("deny")],
    spec="O2 + s.8: deposit 2025-09-20 14:30 IST (10:00 WEST Saturday); request 2025-09-23 10:00 WEST = "
         "14:30 IST, exactly 72 h: deny.")

proj("Site Igreja Santa Cruz", "secretaria@stcruzchurch-example.ca", "2025-09-26T20:00:00")
owpay("s32q03", "OWD-2025-5203", "Site Igreja Santa Cruz", "deposit", "18000.00", "3240.00",
      "2025-09-25T20:00:00")
case("pt-o03-toronto-paroquia-trabalho-comecado", OWB, "decided", [M(
    "Paróquia Santa Cruz - Secretaria <secretaria@stcruzchurch-example.ca>", OWDTO,
    "Devolução do depósito - Site Igreja Santa Cruz", d(2025, 9, 26, 15, 0, TOR),
    "Boa tarde,\n\nO conselho paroquial reuniu ontem à noite e decidiu que o site vai ser feito por um "
    "voluntário da comunidade. Sei que hoje de manhã já fizeram a primeira reunião de trabalho com a nossa "
    "secretária, mas pagámos ontem (OWD-2025-5203) e pedimos a devolução do depósito.\n\nCom estima,\n"
    "Padre Agostinho Furtado\nSanta Cruz Parish - Toronto\n")],
    [R("deny")],
    spec="O2: request 2025-09-27 00:30 IST is within 72 h of payment (2025-09-25 20:00 IST) but after "
         "work_started_at 2025-09-26 20:00 IST (10:30 EDT): deny.")

proj("Diagnostico Digital Ong Mare", "projetos@ongmareviva-example.org.br")
owpay("s32q04", "OWD-2025-5204", "Diagnostico Digital Ong Mare", "discovery", "14000.00", "2520.00",
      "2025-09-19T19:00:00")
case("pt-o04-salvador-ong-descoberta-sem-inicio", OWB, "decided", [M(
    "ONG Maré Viva - Projetos <projetos@ongmareviva-example.org.br>", OWDTO,
    "Solicitação de reembolso - Diagnóstico Digital", d(2025, 9, 29, 10, 0, REC),
    "Prezados, bom dia.\n\nA ONG Maré Viva (Salvador/BA) contratou o Diagnostico Digital Ong Mare, fatura "
    "OWD-2025-5204. O edital que financiaria o projeto foi cancelado pela fundação parceira e, como nenhuma "
    "sessão foi realizada, solicitamos o reembolso integral.\n\nAxé e obrigada,\nMãe Dalva Conceição\n"
    "Coordenação de Projetos\n")],
    [R("approve", "14000.00")],
    spec="O1: discovery, no work started: full refund 14000.00 before tax.")

proj("Auditoria SEO Termas", "direcao@termaschaves-example.pt", "2025-09-17T10:00:00")
owpay("s32q05", "OWD-2025-5205", "Auditoria SEO Termas", "discovery", "11000.00", "2530.00",
      "2025-09-15T10:00:00")
case("pt-o05-chaves-descoberta-ja-iniciada", OWB, "decided", [M(
    "Termas de Chaves - Direção <direcao@termaschaves-example.pt>", OWDTO, "Reembolso auditoria",
    d(2025, 9, 26, 11, 0, TRM),
    "Bom dia,\n\nTivemos a sessão da auditoria na semana passada mas, sinceramente, não trouxe nada de novo. "
    "Pedimos o reembolso da Auditoria SEO Termas (OWD-2025-5205).\n\nCumprimentos,\nDra. Isabel Mesquita\n")],
    [R("deny")],
    spec="O1: discovery session already held (work_started_at 2025-09-17): deny.")

proj("Loja Online Peixaria", "manager@gorreyfish-example.je")
owpay("s32q06", "OWD-2025-5206", "Loja Online Peixaria", "milestone", "42000.00", "7560.00",
      "2025-09-16T10:00:00", milestone_status="not_started")
case("pt-o06-jersey-etapa-nao-iniciada", OWB, "decided", [M(
    "Gorey Fish Market <manager@gorreyfish-example.je>", OWDTO, "Milestone refund - Loja Online Peixaria",
    d(2025, 9, 26, 12, 0, JER),
    "Olá,\n\nSobre a Loja Online Peixaria, a etapa 2 (fatura OWD-2025-5206): decidimos não vender online "
    "para o Reino Unido por causa das regras do peixe fresco depois do Brexit. Disseram-nos que essa etapa "
    "ainda nem começou, por isso pedimos o reembolso dela.\n\nCheers / Cumprimentos,\nJoão Freitas\nGorey, "
    "Jersey\n")],
    [R("approve", "42000.00")],
    spec="O3: milestone not_started: refund 42000.00.")

proj("App Associacao Ironbound", "direcao@ironboundassoc-example.org")
owpay("s32q07", "OWD-2025-5207", "App Associacao Ironbound", "milestone", "36000.00", "6480.00",
      "2025-09-08T10:00:00", milestone_status="in_progress")
case("pt-o07-newark-etapa-em-curso", OWB, "decided", [M(
    "Associação Ironbound - Direção <direcao@ironboundassoc-example.org>", OWDTO,
    "Reembolso etapa App Associacao Ironbound", d(2025, 9, 27, 11, 0, NWK),
    "Bom dia,\n\nA etapa da app (OWD-2025-5207) está muito atrasada e a festa de Fátima de outubro já não "
    "vai a tempo. Queremos o reembolso desta etapa.\n\nCumprimentos,\nArmando Seixas, Presidente\n")],
    [R("escalate")],
    spec="O3: milestone in_progress: escalate.")

proj("Catalogo Vinhos Douro", "comercial@quintadoporto-vr-example.pt")
owpay("s32q08", "OWD-2025-5208", "Catalogo Vinhos Douro", "milestone", "21000.00", "4830.00",
      "2025-08-18T10:00:00", milestone_status="completed")
case("pt-o08-vila-real-etapa-concluida", OWB, "decided", [M(
    "Quinta - Comercial <comercial@quintadoporto-vr-example.pt>", OWDTO, "Devolução etapa catálogo",
    d(2025, 9, 29, 10, 0, TRM),
    "Bom dia,\n\nA etapa do Catalogo Vinhos Douro (OWD-2025-5208) foi entregue em agosto, mas o novo enólogo "
    "não gostou das fotografias. Pedimos a devolução desse pagamento.\n\nCumprimentos,\nRicardo Guedes\n")],
    [R("deny")],
    spec="O3/O6: completed milestone: deny.")

proj("Alojamento Web Hotel Bom Jesus", "informatica@hotelbomjesus-example.pt")
owpay("s32q09", "OWD-2025-5209", "Alojamento Web Hotel Bom Jesus", "hosting_annual", "15000.00", "3450.00",
      "2025-09-19T10:00:00", setup_fee="1800.00", service_start="2025-09-20")
case("pt-o09-braga-alojamento-anual-dia-9", OWB, "decided", [M(
    "Hotel Bom Jesus - Informática <informatica@hotelbomjesus-example.pt>", OWDTO,
    "Cancelamento alojamento anual OWD-2025-5209", d(2025, 9, 29, 10, 0, MIN),
    "Bom dia,\n\nO grupo hoteleiro que comprou o hotel tem o alojamento centralizado em Lisboa, por isso "
    "temos de rescindir o Alojamento Web Hotel Bom Jesus (OWD-2025-5209). Pedimos o reembolso previsto na "
    "vossa política.\n\nCumprimentos,\nPaulo Macedo\n")],
    [R("approve", "12100.00")], extra_ok=True,
    spec="O5: service_start 2025-09-20, request day 9: 15000 - 1800 - (13200/12 = 1100) x 1 = 12100.00.")

proj("Manutencao Site Restaurante Pelourinho", "adm@restaurantepelourinho-example.com.br")
owpay("s32q10", "OWD-2025-5210", "Manutencao Site Restaurante Pelourinho", "maintenance_annual", "20000.00",
      "3600.00", "2025-09-14T10:00:00", setup_fee="2000.00", service_start="2025-09-15")
case("pt-o10-salvador-manutencao-dia-15-so-na-india", OWB, "decided", [M(
    "Restaurante Pelourinho - Adm <adm@restaurantepelourinho-example.com.br>", OWDTO,
    "Cancelamento manutenção anual - reembolso", d(2025, 9, 29, 21, 0, REC),
    "Boa noite,\n\nHoje completam 14 dias do início da Manutencao Site Restaurante Pelourinho (fatura "
    "OWD-2025-5210) e ainda estou dentro do prazo, então peço o cancelamento com reembolso: meu sobrinho vai "
    "cuidar do site de agora em diante.\n\nAtt.,\nJailson Bonfim\n")],
    [R("deny")], extra_ok=True,
    spec="O5: service_start 2025-09-15; request 2025-09-29 21:00 BRT = 2025-09-30 05:30 IST = day 15 in the "
         "brand's zone (day 14 only in Salvador): deny.")

proj("Manutencao Web Solar", "geral@solardosmeninos-example.pt")
owpay("s32q11", "OWD-2025-5211", "Manutencao Web Solar", "maintenance_annual", "14000.00", "3220.00",
      "2025-09-17T10:00:00", setup_fee="700.00", service_start="2025-09-18")
case("pt-o11-guimaraes-manutencao-arredondamento", OWB, "decided", [M(
    "Solar dos Meninos <geral@solardosmeninos-example.pt>", OWDTO, "Pedido de reembolso - manutenção",
    d(2025, 9, 27, 10, 0, MIN),
    "Bom dia,\n\nA instituição (IPSS) ficou sem o apoio da Câmara para a parte digital e não consegue pagar "
    "a Manutencao Web Solar (OWD-2025-5211). Pedimos o reembolso e o fim do contrato.\n\nA Direção\n"
    "Solar dos Meninos - Guimarães\n")],
    [R("approve", "12191.67")], extra_ok=True,
    spec="O5: service_start 2025-09-18, request day 9: 14000 - 700 - 13300/12 (1108.333...) = 12191.666... -> "
         "12191.67.")

proj("Site Turismo Rural Montesinho", "casa@montesinhoturismo-example.pt")
owpay("s32q12", "OWD-2025-5212", "Site Turismo Rural Montesinho", "third_party", "3200.00", "736.00",
      "2025-09-25T10:00:00")
case("pt-o12-braganca-dominio", OWB, "decided", [M(
    "Casa de Montesinho <casa@montesinhoturismo-example.pt>", OWDTO, "reembolso domínio",
    d(2025, 9, 28, 11, 0, TRM),
    "Bom dia,\n\nNa fatura OWD-2025-5212 (Site Turismo Rural Montesinho) cobraram o registo do domínio .pt, "
    "mas o meu primo já tinha registado um parecido. Peço o reembolso desse valor.\n\nObrigada,\nGraça Fidalgo\n")],
    [R("deny")],
    spec="O6: third_party (domain registration): never refundable, deny.")

proj("Site Agencia Enfermagem", "admin@brazilnursesuk-example.co.uk")
owpay("s32q13", "OWD-2025-5213", "Site Agencia Enfermagem", "setup", "6000.00", "1080.00", "2025-09-22T10:00:00")
case("pt-o13-manchester-taxa-de-configuracao", OWB, "decided", [M(
    "Brazil Nurses UK <admin@brazilnursesuk-example.co.uk>", OWDTO, "Reembolso taxa setup",
    d(2025, 9, 28, 18, 0, LON),
    "Oi, boa tarde!\n\nSomos uma pequena agência de enfermeiras brasileiras em Manchester. Pagamos a taxa de "
    "setup do Site Agencia Enfermagem (OWD-2025-5213), mas decidimos esperar o registro na CQC sair antes de "
    "lançar o site. Queremos o reembolso da taxa.\n\nAbraços,\nPatrícia Nogueira\n")],
    [R("deny")],
    spec="O6: setup fee: never refundable, deny.")

proj("Redes Sociais Clube Portugues", "direcao@clubeportuguestoronto-example.ca")
owpay("s32q14", "OWD-2025-5214", "Redes Sociais Clube Portugues", "retainer", "8000.00", "1440.00",
      "2025-09-16T10:00:00", period_start="2025-09-16", period_end="2025-10-15", next_billing_at="2025-10-16")
case("pt-o14-toronto-clube-aviso-previo", OWB, "decided", [M(
    "Clube Português - Direção <direcao@clubeportuguestoronto-example.ca>", OWDTO,
    "Cancelamento do serviço de redes sociais", d(2025, 9, 30, 18, 0, TOR),
    "Boa tarde,\n\nA direção do clube decidiu cancelar as Redes Sociais Clube Portugues (última fatura "
    "OWD-2025-5214). Os jovens da Juventude do clube vão tratar das redes como voluntários.\n\n"
    "Cumprimentos,\nManuel Sousa, Secretário\n")],
    [X("cancel", "2025-10-15")],
    spec="O4/O8: next_billing_at 2025-10-16; request 2025-10-01 03:30 IST <= 2025-10-09: cancel effective "
         "2025-10-15.")

proj("SEO Mensal Clinica Croydon", "reception@clinicacroydon-example.co.uk")
owpay("s32q15", "OWD-2025-5215", "SEO Mensal Clinica Croydon", "retainer", "10000.00", "1800.00",
      "2025-09-03T10:00:00", period_start="2025-09-03", period_end="2025-10-02", next_billing_at="2025-10-03")
case("pt-o15-croydon-pouco-aviso", OWB, "decided", [M(
    "Clínica Croydon - Reception <reception@clinicacroydon-example.co.uk>", OWDTO, "Cancelar SEO mensal",
    d(2025, 9, 28, 12, 0, LON),
    "Olá,\n\nQueremos cancelar o SEO Mensal Clinica Croydon (OWD-2025-5215). A clínica vai mudar de dono em "
    "novembro e o novo dono tem a agência dele.\n\nObrigada,\nDébora Lima\n")],
    [X("cancel", "2025-11-02")],
    spec="O4: next_billing_at 2025-10-03; request 2025-09-28 16:30 IST is after 2025-09-26: the next cycle "
         "2025-10-03..2025-11-02 is billed; effective 2025-11-02.")

proj("Gestao Instagram Clinica Derby", "financeiro@clinicaderby-example.com.br")
owpay("s32q16", "OWD-2025-5216", "Gestao Instagram Clinica Derby", "retainer", "9000.00", "1620.00",
      "2025-09-05T10:00:00", period_start="2025-09-05", period_end="2025-10-04", next_billing_at="2025-10-05")
owpay("s32q17", "OWD-2025-5217", "Gestao Instagram Clinica Derby", "retainer", "9000.00", "1620.00",
      "2025-09-20T10:00:00", period_start="2025-10-05", period_end="2025-11-04", next_billing_at="2025-11-05")
case("pt-o16-recife-ciclo-ja-pago", OWB, "decided", [M(
    "Clínica Derby - Financeiro <financeiro@clinicaderby-example.com.br>", OWDTO,
    "Cancelamento gestão de Instagram", d(2025, 9, 24, 10, 0, REC),
    "Prezados, bom dia.\n\nSolicitamos o cancelamento da Gestao Instagram Clinica Derby: a clínica contratou "
    "uma profissional de marketing interna. Ressaltamos que o ciclo de outubro já foi pago antecipadamente "
    "(OWD-2025-5217).\n\nAtenciosamente,\nSetor Financeiro\n")],
    [X("escalate")], extra_ok=True,
    spec="s.8 retainer paid in advance: next cycle 2025-10-05..2025-11-04 (OWD-2025-5217) already paid, notice "
         "2025-09-24 vs 2025-10-05 >= 7 days: escalate.")

proj("Site Restaurante Posta Mirandesa", "restaurante@postamirandesa-example.pt")
owpay("s32q18", "OWD-2025-5218", "Site Restaurante Posta Mirandesa", "deposit", "16000.00", "3680.00",
      "2025-09-28T11:00:00")
case("pt-o17-miranda-email-pessoal-c2", OWB, "need_info", [M(
    "Amadeu Vaz <amadeu.vaz1961@hotmail-example.com>", OWDTO, "sinal do site", d(2025, 9, 29, 9, 0, TRM),
    "Bom dia, escrevo do meu mail pessoal. Ontem paguei o sinal do Site Restaurante Posta Mirandesa "
    "(OWD-2025-5218) mas a minha mulher ficou doente e vamos fechar o restaurante uns meses. Podem devolver?\n"
    "Amadeu\n")],
    rules=["C2"],
    spec="C2: the contract email is restaurante@...; the sender's personal hotmail is not it: need_info.")

proj("Intranet Cooperativa Cacau", "diretoria@coopcacausul-example.com.br")
owpay("s32q19", "OWD-2025-5219", "Intranet Cooperativa Cacau", "milestone", "28000.00", "5040.00",
      "2025-09-19T10:00:00", milestone_status="not_started")
case("pt-o18-ilheus-secretaria-encaminha-c2", OWB, "need_info", [M(
    "Secretaria Cooperativa <secretaria@coopcacausul-example.com.br>", OWDTO,
    "Fwd: Reembolso etapa intranet", d(2025, 9, 29, 11, 0, REC),
    "Bom dia, segue a solicitação da diretoria.\n\n---------- Forwarded message ---------\nDe: Diretoria "
    "<diretoria@coopcacausul-example.com.br>\nDate: seg., 29 de set. de 2025 às 08:40\nSubject: Reembolso "
    "etapa intranet\nTo: <secretaria@coopcacausul-example.com.br>\n\nPor favor, peça à Optima o reembolso da "
    "etapa da Intranet Cooperativa Cacau (OWD-2025-5219), que não foi iniciada: a assembleia decidiu não "
    "seguir com o projeto. O e-mail do contrato é diretoria@coopcacausul-example.com.br.\n")],
    rules=["C2"],
    spec="s.8 forwards + C2: the forwarded request names the contract email diretoria@...; the sender is the "
         "secretary: need_info.")

proj("Suporte Web Escola Profissional", "direcao@epminho-example.pt")
owpay("s32q20", "OWD-2025-5220", "Suporte Web Escola Profissional", "retainer", "6500.00", "1495.00",
      "2025-09-21T10:00:00", period_start="2025-09-21", period_end="2025-10-20", next_billing_at="2025-10-21")
case("pt-o19-braga-escola-cancela-sem-motivo", OWB, "need_info", [M(
    "Escola Profissional do Minho - Direção <direcao@epminho-example.pt>", OWDTO,
    "Cancelamento Suporte Web Escola Profissional", d(2025, 9, 29, 11, 0, MIN),
    "Exmos. Senhores,\n\nVimos por este meio comunicar o cancelamento do Suporte Web Escola Profissional, "
    "fatura OWD-2025-5220, com efeitos no próximo vencimento.\n\nCom os melhores cumprimentos,\nA Direção\n")],
    missing=["reason"],
    spec="s.8: Optima requires a reason for cancellations too; none given: need_info reason.")

proj("Site Imobiliaria Ferry Street", "office@ferryrealty-example.com")
proj("Portal Arrendamentos Newark", "office@ferryrealty-example.com")
owpay("s32q21", "OWD-2025-5221", "Site Imobiliaria Ferry Street", "milestone", "19000.00", "3420.00",
      "2025-09-17T10:00:00", milestone_status="not_started")
owpay("s32q22", "OWD-2025-5222", "Portal Arrendamentos Newark", "milestone", "23000.00", "4140.00",
      "2025-09-17T10:00:00", milestone_status="not_started")
case("pt-o20-newark-imobiliaria-dois-projetos", OWB, "need_info", [M(
    "Ferry Realty - Office <office@ferryrealty-example.com>", OWDTO, "Reembolso de uma etapa",
    d(2025, 9, 26, 10, 0, NWK),
    "Bom dia,\n\nUm dos sócios vai sair da imobiliária no fim do ano e decidimos cortar no investimento. "
    "Pedimos o reembolso da etapa que ainda não começaram.\n\nObrigada,\nLúcia Marques, Office Manager\n")],
    missing=["project_name", "invoice_number"],
    spec="C3: two projects with a not-started milestone each; neither project nor invoice named: ask for both.")

case("pt-o21-newark-imobiliaria-responde", OWB, "decided", [
    M("Ferry Realty - Office <office@ferryrealty-example.com>", OWDTO, "Reembolso de uma etapa",
      d(2025, 9, 26, 10, 0, NWK),
      "Bom dia,\n\nUm dos sócios vai sair da imobiliária no fim do ano e decidimos cortar no investimento. "
      "Pedimos o reembolso da etapa que ainda não começaram.\n\nObrigada,\nLúcia Marques, Office Manager\n"),
    M("Ferry Realty - Office <office@ferryrealty-example.com>", OWDTO,
      "RE: Reembolso de uma etapa [OWD-5221]", d(2025, 9, 29, 9, 0, NWK),
      "Bom dia, é o Portal Arrendamentos Newark, fatura OWD-2025-5222.\nLúcia\n\n"
      "From: Optima WebDesign\nSubject: Reembolso de uma etapa [OWD-5221]\n\nIndique o projeto e a fatura.\n",
      headers={"_irt": "<owd-5221.reply@optimawebdesign.com>"})],
    [R("approve", "23000.00")],
    spec="C3 thread: the answer names Portal Arrendamentos Newark / OWD-2025-5222, milestone not_started: O3 "
         "approve 23000.00.")

proj("Loja Online Moveis Olinda", "diretoria@moveisolinda-example.com.br")
owpay("s32q23", "OWD-2025-5223", "Loja Online Moveis Olinda", "deposit", "27000.00", "4860.00",
      "2025-09-10T10:00:00")
case("pt-o22-olinda-advogado-e-procon", OWB, "decided", [M(
    "Móveis Olinda - Diretoria <diretoria@moveisolinda-example.com.br>", OWDTO,
    "Devolução do sinal - NOTIFICAÇÃO", d(2025, 9, 29, 14, 0, REC),
    "Prezados,\n\nPagamos o sinal da Loja Online Moveis Olinda (OWD-2025-5223) há quase três semanas e até "
    "hoje ninguém entrou em contato. Exigimos a devolução. Caso não seja feita em 5 dias úteis, nosso "
    "advogado entrará com ação no Juizado Especial e faremos reclamação no Procon.\n\nAtt.,\nGilberto "
    "Cavalcanti - Diretor\n")],
    [R("escalate")], rules=["C4"],
    spec="C4: lawyer, small-claims court and consumer body threat: escalate.")

case("pt-o23-braga-ausencia-automatica", OWB, "ignore", [M(
    "Hotel Bom Jesus - Informática <informatica@hotelbomjesus-example.pt>", OWDTO,
    "Resposta automática: Ausente - Re: Cancelamento alojamento anual [OWD-5209]", d(2025, 9, 30, 19, 0, MIN),
    "Estou ausente até dia 6 de outubro. Para assuntos urgentes contacte a receção.\n",
    headers={"Auto-Submitted": "auto-replied", "_irt": "<owd-5209.reply@optimawebdesign.com>"})],
    rules=["C7"], spec="C7: Auto-Submitted auto-replied: ignore.")

case("pt-o24-frances-em-caminha-pergunta", OWB, "other", [M(
    "Pierre Lefèvre <pierre.lefevre@wanadoo-example.fr>", OWDTO, "Pergunta antes de contratar",
    d(2025, 9, 27, 16, 0, MIN),
    "Boa tarde,\n\nSou francês, reformado, e abri uma pequena casa de hóspedes em Caminha. Gostava de fazer "
    "um site convosco. Se eu pagar o sinal e depois mudar de ideias, têm reembolso? Quanto tempo tenho?\n\n"
    "Merci et obrigado,\nPierre Lefèvre\n")],
    spec="s.8 hypothetical before buying: other.")

proj("Landing Festa do Espirito Santo", "eventos@holyghostsociety-example.ca")
owpay("s32q24", "OWD-2025-5224", "Landing Festa do Espirito Santo", "rush", "7500.00", "1350.00",
      "2025-09-08T10:00:00")
case("pt-o25-toronto-taxa-urgencia", OWB, "decided", [M(
    "Irmandade do Espírito Santo <eventos@holyghostsociety-example.ca>", OWDTO, "Reembolso taxa de urgência",
    d(2025, 9, 23, 10, 0, TOR),
    "Bom dia,\n\nPagámos a taxa de urgência da Landing Festa do Espirito Santo (OWD-2025-5224) para ficar "
    "pronta antes da festa, e ficou, mas a festa foi adiada para o próximo ano por causa da obra no salão. "
    "Pedimos o reembolso da taxa de urgência.\n\nCumprimentos,\nFernando Melo, Mordomo\n")],
    [R("deny")],
    spec="O6: rush fee: never refundable, deny.")

proj("Suporte Mensal Adega", "adega@adegacooperativa-tm-example.pt")
owpay("s32q25", "OWD-2025-5225", "Suporte Mensal Adega", "retainer", "5500.00", "1265.00",
      "2025-09-19T10:00:00", period_start="2025-09-19", period_end="2025-10-18", next_billing_at="2025-10-19")
case("pt-o26-valpacos-fio-motivo-depois", OWB, "decided", [
    M("Adega Cooperativa <adega@adegacooperativa-tm-example.pt>", OWDTO, "Cancelar suporte mensal",
      d(2025, 9, 26, 18, 0, TRM),
      "Boa tarde, queremos cancelar o Suporte Mensal Adega, fatura OWD-2025-5225.\nAdega Cooperativa de "
      "Valpaços\n"),
    M("Adega Cooperativa <adega@adegacooperativa-tm-example.pt>", OWDTO,
      "Re: Cancelar suporte mensal [OWD-5225]", d(2025, 9, 27, 10, 0, TRM),
      "Bom dia. O motivo: a adega vai fundir-se com a de Murça e passamos a usar o site deles.\n"
      "Cumprimentos\n\n> Para tratar do cancelamento indique o motivo. [OWD-5225]\n",
      headers={"_irt": "<owd-5225.reply@optimawebdesign.com>"})],
    [X("cancel", "2025-10-18")],
    spec="C3 thread: reason in the answer; O4: next_billing_at 2025-10-19, request 2025-09-26 22:30 IST <= "
         "2025-10-12: cancel effective 2025-10-18.")


if __name__ == "__main__":
    write_all()
