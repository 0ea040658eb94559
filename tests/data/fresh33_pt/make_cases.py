"""fresh33_pt: held-out Portuguese cases for mailbot (the Madeiran community in South Africa and
Venezuela, Brazilians in French Guiana/Oiapoque and on the Bolivian border, Argentines and Uruguayans in
Florianópolis, a São Paulo notary office and a condominium manager).

Stdlib only, deterministic.  Running it writes ledger.json, emails/*.eml and expected.json
beside this file.  MIT, like the project; all text written for this project.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANG = "pt"
LO = "LeadsOptima Soporte <support@leadsoptima.com>"
OWD = "Optima WebDesign <optimawebdesigns12@gmail.com>"
LOB, OWB = "leadsoptima", "optima_webdesign"


def tz(h, m=0):
    return timezone(timedelta(hours=h, minutes=m))


JNB, CCS, OIA, CAY, CRB, GJM, BRS, FLN, SAO = tz(2), tz(-4), tz(-3), tz(-3), tz(-4), tz(-4), tz(-5), tz(-3), tz(-3)

LEDGER = {"customers": [], "projects": [], "payments": []}
(HERE / "emails").mkdir(exist_ok=True)
for _old in (HERE / "emails").glob("*.eml"):
    _old.unlink()
CASES = []


def cust(email, name, plan, status="active", start=None, end=None, trial_ends=None):
    LEDGER["customers"].append({"brand": LOB, "email": email, "name": name, "plan": plan, "status": status,
                                "trial_ends": trial_ends, "current_period_start": start,
                                "current_period_end": end})


def lopay(pid, inv, email, plan, amount, paid_at, ps, pe, status="paid"):
    tax = {"1499.00": "269.82", "3999.00": "719.82", "11988.00": "2157.84"}[amount]
    LEDGER["payments"].append({"brand": LOB, "id": pid, "invoice": inv, "customer_email": email,
                               "kind": "subscription", "plan": plan, "amount": amount, "tax": tax,
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
    """One email of a thread (dict, turned into bytes by case())."""
    return {"from": frm, "to": to, "subject": subject, "when": when, "body": body, "html": html,
            "headers": headers or {}, "reply_to": reply_to}


def case(cid, brand, status, msgs, decisions=(), rules=(), missing=None, extra_ok=False,
         ambiguous=None, spec=""):
    files = []
    prev_ids = []
    for i, m in enumerate(msgs, 1):
        msg = EmailMessage(policy=SMTP)
        msg["From"] = m["from"]
        msg["To"] = m["to"]
        msg["Subject"] = m["subject"]
        msg["Date"] = format_datetime(m["when"])
        mid = f"<{cid}.{i}.{int(m['when'].timestamp())}@mail.fresh33-{LANG}.example>"
        msg["Message-ID"] = mid
        if m["reply_to"]:
            msg["Reply-To"] = m["reply_to"]
        if m["headers"].get("_irt"):
            # an answer to our own (not included) request for details
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
        if m["html"]:
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
           "rules": list(rules), "decisions": [dict(d) for d in decisions], "spec": spec}
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
    d = {"intent": "cancellation", "outcome": outcome}
    if eff:
        d["effective_date"] = eff
    return d


def d(y, mo, dd, h, mi, zone):
    return datetime(y, mo, dd, h, mi, tzinfo=zone)


SUP = "Suporte LeadsOptima <support@leadsoptima.com>"
OWDTO = "Optima WebDesign <optimawebdesigns12@gmail.com>"

# ---------------------------------------------------------------------------------------------
# ---------------------------------------------------------------------------------------------
# LeadsOptima (ledger charges at 15:00-23:00 IST, so every quoted date is the same in the sender's zone)
# ---------------------------------------------------------------------------------------------

cust("padaria.funchal.jhb@gmail.com", "Padaria Funchal", "monthly", start="2025-09-23", end="2025-10-22")
lopay("pt33_p01", "LO-INV-3401", "padaria.funchal.jhb@gmail.com", "monthly", "1499.00", "2025-09-23T17:00:00",
      "2025-09-23", "2025-10-22")
lopay("pt33_p02", "LO-INV-3402", "padaria.funchal.jhb@gmail.com", "monthly", "1499.00", "2025-09-23T17:01:30",
      "2025-09-23", "2025-10-22")
case("pt-l01-joanesburgo-padaria-cobranca-dupla", LOB, "decided", [M(
    "Padaria Funchal <padaria.funchal.jhb@gmail.com>", SUP, "Pagamento em duplicado", d(2025, 9, 25, 9, 0, JNB),
    "Bom dia,\n\nEscreve o José Gouveia, da Padaria Funchal em La Rochelle, Joanesburgo. Na terça-feira, "
    "dia 23, o banco debitou-nos duas vezes a mensalidade do LeadsOptima, 1 499,00 rupias cada, com um "
    "minuto de diferença. A segunda factura é a LO-INV-3402. Peço a devolução desse débito em duplicado; "
    "a outra fica, que nós continuamos.\n\nCumprimentos,\nJosé Gouveia\n"
    "Padaria Funchal – pão, bolo do caco e pastéis de nata\n")],
    [R("approve", "1499.00")],
    spec="L2 duplicate + L4: two paid monthly charges 2025-09-23 same period; request 2025-09-25 12:30 IST, "
         "day 2; refund the later LO-INV-3402 = 1499.00 before tax.")

cust("mercearia.camacho@cantv.net", "Mercearia Camacho", "quarterly", start="2025-09-16", end="2025-12-15")
lopay("pt33_p03", "LO-INV-3403", "mercearia.camacho@cantv.net", "quarterly", "3999.00", "2025-09-16T20:00:00",
      "2025-09-16", "2025-12-15")
lopay("pt33_p04", "LO-INV-3404", "mercearia.camacho@cantv.net", "quarterly", "3999.00", "2025-09-16T20:02:00",
      "2025-09-16", "2025-12-15")
case("pt-l02-caracas-madeirense-dia-8", LOB, "decided", [M(
    "Mercearia Camacho <mercearia.camacho@cantv.net>", SUP, "cobro duplicado / debito duplicado",
    d(2025, 9, 23, 20, 0, CCS),
    "Boa noite\n\nSou o Manuel Camacho, madeirense, tenho uma mercearia em Los Palos Grandes há 40 anos, "
    "desculpem o português misturado com espanhol. Há sete dias, na terça 16, cobraram-me dois vezes o "
    "plano trimestral, facturas LO-INV-3403 e LO-INV-3404. Ainda estou dentro dos 7 días, por favor "
    "devolvam a segunda.\n\nObrigado, gracias\nManuel Camacho\n")],
    [R("deny")],
    spec="L3: charge 2025-09-16 IST; mail 2025-09-23 20:00 -04:00 = 2025-09-24 05:30 IST, day 8 in the "
         "brand's zone: deny (it is day 7 in Caracas).")

cust("acai.fronteira@gmail.com", "Açaí da Fronteira", "annual", start="2025-09-19", end="2026-09-18")
lopay("pt33_p05", "LO-INV-3405", "acai.fronteira@gmail.com", "annual", "11988.00", "2025-09-19T18:00:00",
      "2025-09-19", "2026-09-18")
lopay("pt33_p06", "LO-INV-3406", "acai.fronteira@gmail.com", "annual", "11988.00", "2025-09-19T18:02:00",
      "2025-09-19", "2026-09-18")
case("pt-l03-oiapoque-dia-7-justo", LOB, "decided", [M(
    "Açaí da Fronteira <acai.fronteira@gmail.com>", SUP, "cobraram 2x o plano anual",
    d(2025, 9, 26, 10, 0, OIA),
    "Bom dia pessoal\n\naqui é a Rosilene, do Açaí da Fronteira, em Oiapoque. Na sexta passada (19) "
    "cobraram duas vezes o plano anual, 11.988,00 cada, olhei no extrato e tá lá as duas. A cobrança "
    "repetida é a LO-INV-3406. Quero o estorno dessa por favor, o resto tá tudo certo.\n\nRosilene\n"
    "Oiapoque-AP (do outro lado é Saint-Georges)\n")],
    [R("approve", "11988.00")],
    spec="L4: annual charged twice 2025-09-19; mail 2025-09-26 10:00 -03:00 = 18:30 IST, day 7 (inside L3): "
         "refund LO-INV-3406 = 11988.00.")

cust("hostel.lagoa.floripa@gmail.com", "Hostel Lagoa", "monthly", start="2025-09-24", end="2025-10-23")
for pid, inv, t in (("pt33_p07", "LO-INV-3407", "21:30:00"), ("pt33_p08", "LO-INV-3408", "21:30:45"),
                    ("pt33_p09", "LO-INV-3409", "21:31:20")):
    lopay(pid, inv, "hostel.lagoa.floripa@gmail.com", "monthly", "1499.00", f"2025-09-24T{t}",
          "2025-09-24", "2025-10-23")
case("pt-l04-floripa-argentino-tres-cobrancas", LOB, "decided", [M(
    "Hostel Lagoa <hostel.lagoa.floripa@gmail.com>", SUP, "tres cobranças iguais", d(2025, 9, 26, 11, 20, FLN),
    "Bom dia, tudo bem?\n\nSou o Facundo, argentino, tenho um hostel na Lagoa da Conceição. Desculpa o "
    "portunhol. Na quarta 24 me cobraram TRES vezes a mensalidade, 1.499 cada uma (LO-INV-3407, "
    "LO-INV-3408 e LO-INV-3409). Tenho só um plano mensal, então quero a devolução das duas que sobram, "
    "viste.\n\nAbraço, che\nFacundo Ibarra\n")],
    [R("approve", "2998.00")],
    spec="Section 8 three identical charges: 3 paid monthly charges 2025-09-24 same period, request "
         "2025-09-26 19:50 IST (day 2): 2 x 1499.00 = 2998.00.")

cust("pescados.pantanal@gmail.com", "Pescados Pantanal", "monthly", start="2025-09-26", end="2025-10-25")
lopay("pt33_p10", "LO-INV-3410", "pescados.pantanal@gmail.com", "monthly", "1499.00", "2025-09-26T19:30:00",
      "2025-09-26", "2025-10-25")
case("pt-l05-corumba-dupla-sem-par", LOB, "decided", [M(
    "Pescados Pantanal <pescados.pantanal@gmail.com>", SUP, "cobrança em dobro??", d(2025, 9, 27, 8, 10, CRB),
    "bom dia. to vendo no app do banco duas cobranças de vcs de ontem, acho que cobraram em dobro a "
    "mensalidade. pode ver e devolver uma? to no barco agora, a fatura eu mando depois se precisar\n\n"
    "Edinei - Pescados Pantanal, Corumbá MS (divisa com Puerto Quijarro)\n")],
    [R("escalate")],
    spec="L4: duplicate claim inside window (2025-09-26 -> 2025-09-27 IST, day 1) but the ledger holds one "
         "paid charge (LO-INV-3410, the account's only payment): no pair, escalate.")

cust("gilmara.costa.cay@gmail.com", "Gilmara Costa", "quarterly", start="2025-09-24", end="2025-12-23")
lopay("pt33_p11", "LO-INV-3411", "gilmara.costa.cay@gmail.com", "annual", "11988.00", "2025-09-24T16:40:00",
      "2025-09-24", "2026-09-23")
case("pt-l06-caiena-plano-errado", LOB, "decided", [M(
    "Gilmara Costa <gilmara.costa.cay@gmail.com>", SUP, "cobrança do plano errado", d(2025, 9, 26, 14, 0, CAY),
    "Boa tarde,\n\nMoro em Caiena (Guiana Francesa) e trabalho com faxina e manutenção de casas, uso o "
    "LeadsOptima pra pegar clientes. Meu plano é o trimestral, mas na quarta fui cobrada pelo plano anual, "
    "11 988 (fatura LO-INV-3411). Eu nunca mudei o plano, é um erro de cobrança. Peço o reembolso dessa "
    "cobrança e que voltem meu plano pro trimestral. Merci!\n\nGilmara\n")],
    [R("escalate")],
    spec="L2 billing_error (charged for the wrong plan) inside window (2025-09-24 -> 2025-09-26, day 2): "
         "L5 escalate with LO-INV-3411.")

cust("oficina.mamore@gmail.com", "Oficina Mamoré", "monthly", start="2025-09-25", end="2025-10-24")
lopay("pt33_p12", "LO-INV-3412", "oficina.mamore@gmail.com", "monthly", "1499.00", "2025-09-25T18:20:00",
      "2025-09-25", "2025-10-24")
case("pt-l07-guajara-oficina-sem-acesso", LOB, "decided", [M(
    "Oficina Mecânica Mamoré <oficina.mamore@gmail.com>", SUP, "nao consigo entrar no sistema",
    d(2025, 9, 28, 16, 30, GJM),
    "Boa tarde. Desde que paguei a mensalidade na quinta (fatura LO-INV-3412) não consigo acessar a "
    "plataforma, fica só carregando e depois dá erro. Já falei com o suporte do chat e nada resolvido. "
    "Quero o dinheiro de volta.\n\nValdecir\nOficina Mecânica Mamoré – Guajará-Mirim/RO\n"
    "(atendemos também o pessoal de Guayaramerín)\n")],
    [R("escalate")],
    spec="L2 access_failure inside window (2025-09-25 -> 2025-09-29 02:00 IST, day 4): L6 escalate.")

cust("sindico.edvictoria@gmail.com", "Cond. Ed. Victoria", "monthly", status="cancelled", start="2025-08-21",
     end="2025-09-20")
lopay("pt33_p13", "LO-INV-3413", "sindico.edvictoria@gmail.com", "monthly", "1499.00", "2025-09-21T21:00:00",
      "2025-09-21", "2025-10-20")
case("pt-l08-sindico-cobrado-apos-cancelar", LOB, "decided", [M(
    "Síndico Ed. Victoria <sindico.edvictoria@gmail.com>", SUP, "Cobrança após cancelamento",
    d(2025, 9, 24, 19, 30, SAO),
    "Boa noite.\n\nSou o síndico do Condomínio Edifício Victoria (Bela Vista, SP). Cancelamos a assinatura "
    "em agosto, com confirmação por e-mail, e mesmo assim no domingo, 21/09, fomos cobrados de novo: "
    "fatura LO-INV-3413, R$... quer dizer, INR 1.499,00. Fomos cobrados depois de cancelar. Solicito o "
    "estorno no mesmo cartão do condomínio.\n\nAtenciosamente,\nSr. Adalberto Nunes\nSíndico\n")],
    [R("escalate")],
    spec="L2 billing_error (charged after cancelling) inside window: charge 2025-09-21, mail 2025-09-24 "
         "19:30 -03:00 = 2025-09-25 04:00 IST, day 4: L5 escalate.")

cust("tabeliao@cartorio2oficio.example", "2º Tabelionato de Notas", "monthly", start="2025-09-25",
     end="2025-10-24")
lopay("pt33_p14", "LO-INV-3414", "tabeliao@cartorio2oficio.example", "monthly", "1499.00", "2025-09-25T15:30:00",
      "2025-09-25", "2025-10-24")
case("pt-l09-cartorio-muito-caro", LOB, "decided", [M(
    "2º Tabelionato de Notas <tabeliao@cartorio2oficio.example>", SUP, "Solicitação de reembolso",
    d(2025, 9, 29, 10, 0, SAO),
    "Prezados Senhores,\n\nPelo presente, o 2º Tabelionato de Notas vem solicitar o reembolso "
    "integral da mensalidade paga em 25 de setembro do corrente ano. Após análise interna, concluiu-se "
    "que a ferramenta não atende às necessidades da serventia e que o custo se mostrou demasiado elevado "
    "para o volume de atendimentos.\n\nSem mais para o momento, subscrevemo-nos.\n\n"
    "Atenciosamente,\nDra. Heloísa Barreto Lins\nTabeliã Substituta\n")],
    [R("deny")],
    spec="L1: 'does not meet our needs / too expensive' is no exception reason: deny, cancellation offered; "
         "the account's only payment LO-INV-3414 is the charge, plan from the ledger.")

cust("loja.acreana@gmail.com", "Loja Acreana", "quarterly", start="2025-08-27", end="2025-11-26")
lopay("pt33_p15", "LO-INV-3415", "loja.acreana@gmail.com", "quarterly", "3999.00", "2025-08-27T18:00:00",
      "2025-08-27", "2025-11-26")
case("pt-l10-brasileia-cancelar-e-dias", LOB, "decided", [M(
    "Loja Acreana <loja.acreana@gmail.com>", SUP, "cancelar plano", d(2025, 9, 29, 9, 40, BRS),
    "Bom dia. Quero cancelar o plano trimestral, o movimento caiu muito depois que a ponte com Cobija "
    "ficou em obra. E quero também o reembolso dos dias que eu não vou usar do trimestre.\n\n"
    "Francisca das Chagas\nLoja Acreana – Brasiléia/AC\n")],
    [R("deny"), X("cancel", "2025-11-26")],
    spec="Refund of unused days: L1 deny (and outside L3: 2025-08-27 -> 2025-09-29); cancellation: L8 cancel, "
         "active until current_period_end 2025-11-26.")

cust("marcia.freitas.za@gmail.com", "Márcia Freitas", "monthly", start="2025-09-17", end="2025-10-16")
lopay("pt33_p16", "LO-INV-3416", "marcia.freitas.za@gmail.com", "monthly", "1499.00", "2025-09-17T17:30:00",
      "2025-09-17", "2025-10-16")
case("pt-l11-pretoria-acesso-fora-do-prazo", LOB, "decided", [M(
    "Márcia Freitas <marcia.freitas.za@gmail.com>", SUP, "Reembolso – não consigo aceder",
    d(2025, 9, 26, 15, 0, JNB),
    "Boa tarde,\n\nDesde que paguei a mensalidade, na quarta-feira dia 17 (LO-INV-3416), não consigo "
    "aceder à plataforma: dá erro de sessão. Peço o reembolso.\n\nMárcia Freitas\n"
    "Pretória – Associação Cultural Madeirense\n")],
    [R("deny")],
    spec="L3: access_failure but charge 2025-09-17 and mail 2025-09-26 18:30 IST, day 9: outside the window, "
         "deny.")

cust("nicolas.pereyra.uy@gmail.com", "Nicolás Pereyra", "monthly", status="trial", trial_ends="2025-10-05")
case("pt-l12-floripa-uruguaio-teste", LOB, "decided", [M(
    "Nicolás Pereyra <nicolas.pereyra.uy@gmail.com>", SUP, "devolução do teste", d(2025, 9, 28, 17, 0, FLN),
    "Boa tarde. Sou uruguaio, moro em Canasvieiras. Fiz o teste grátis de vocês e não gostei, quero a "
    "devolução do que foi cobrado e não quero continuar, bo.\n\nNicolás\n")],
    [R("deny")],
    spec="L7: the account is on a free trial with no charges: deny (nothing billed unless they subscribe).")

cust("farmacia.sanantonio.ccs@gmail.com", "Farmacia San Antonio", "monthly", start="2025-09-14", end="2025-10-13")
lopay("pt33_p17", "LO-INV-3417", "farmacia.sanantonio.ccs@gmail.com", "monthly", "1499.00",
      "2025-09-14T16:00:00", "2025-09-14", "2025-10-13")
case("pt-l13-caracas-html-cancelamento", LOB, "decided", [M(
    "Farmacia San Antonio <farmacia.sanantonio.ccs@gmail.com>", SUP, "Cancelamento da assinatura",
    d(2025, 9, 30, 10, 30, CCS),
    "<html><body><p>Bom dia,</p><p>Venho por este meio pedir o <b>cancelamento</b> da assinatura mensal da "
    "Farmácia San Antonio (Caracas). Vamos vender a farmácia ao fim do mês.</p><p>Com os melhores "
    "cumprimentos,<br>Ana Paula Abreu de Freitas</p><p><i>Esta mensagem é confidencial. Este mensaje es "
    "confidencial.</i></p></body></html>", html=True)],
    [X("cancel", "2025-10-13")],
    spec="HTML-only mail; L8 cancel, active until current_period_end 2025-10-13.")

cust("paroquia.oiapoque@gmail.com", "Paróquia N. Sra. das Graças", "monthly")
lopay("pt33_p18", "LO-INV-3418", "paroquia.oiapoque@gmail.com", "monthly", "1499.00", "2025-09-05T16:00:00",
      "2025-09-05", None)
case("pt-l14-paroquia-oiapoque-sem-periodo", LOB, "decided", [M(
    "Secretaria Paroquial <paroquia.oiapoque@gmail.com>", SUP, "Cancelar assinatura", d(2025, 9, 29, 15, 0, OIA),
    "Boa tarde, paz e bem!\n\nA secretaria da paróquia pede o cancelamento da assinatura mensal. O padre "
    "achou melhor fazer os avisos da comunidade pelo alto-falante e pelo grupo da pastoral.\n\n"
    "Deus abençoe,\nIrmã Raimunda\nSecretaria Paroquial – Oiapoque/AP\n")],
    [X("cancel", "2025-10-04")],
    spec="L8 fallback: no current_period_end; last charge 2025-09-05 + 1 month - 1 day = 2025-10-04.")

cust("coop.fronteira@gmail.com", "Cooperativa Fronteira", "annual")
lopay("pt33_p19", "LO-INV-3419", "coop.fronteira@gmail.com", "annual", "11988.00", "2025-03-31T20:00:00+00:00",
      "2025-04-01", None)
case("pt-l15-corumba-cooperativa-offset", LOB, "decided", [M(
    "Cooperativa Fronteira <coop.fronteira@gmail.com>", SUP, "Cancelamento do plano anual",
    d(2025, 9, 30, 9, 0, CRB),
    "Bom dia.\n\nA diretoria da Cooperativa dos Pescadores da Fronteira decidiu em assembleia cancelar o "
    "plano anual, porque a federação vai fornecer um sistema próprio. Favor informar até que dia o acesso "
    "continua.\n\nAtt.,\nJoelma Arce\nSecretária\n")],
    [X("cancel", "2026-03-31")],
    spec="L8 fallback with an offset (section 8): paid_at 2025-03-31T20:00Z = 2025-04-01 01:30 IST; local "
         "date 2025-04-01 + 12 months - 1 day = 2026-03-31 (not 2026-03-30).")

cust("contato@vetpatinhasfloripa.com.br", "Clínica Vet Patinhas", "quarterly", start="2025-09-25",
     end="2025-12-24")
lopay("pt33_p20", "LO-INV-3420", "contato@vetpatinhasfloripa.com.br", "quarterly", "3999.00",
      "2025-09-25T16:00:00", "2025-09-25", "2025-12-24")
lopay("pt33_p21", "LO-INV-3421", "contato@vetpatinhasfloripa.com.br", "quarterly", "3999.00",
      "2025-09-25T16:01:00", "2025-09-25", "2025-12-24")
case("pt-l16-floripa-veterinaria-outro-email", LOB, "need_info", [M(
    "Dra. Valeria Sosa <valeriasosa.vet@gmail.com>", SUP, "cobrança em duplicidade", d(2025, 9, 27, 10, 0, FLN),
    "Bom dia,\n\nescrevo do meu e-mail pessoal. O e-mail cadastrado da clínica é "
    "contato@vetpatinhasfloripa.com.br, plano trimestral. Na quinta cobraram em duplicidade, a segunda "
    "é a LO-INV-3421. Peço a devolução dessa.\n\nDra. Valeria Sosa – CRMV-SC\n"
    "Clínica Veterinária Patinhas – Ingleses\n")],
    rules=["C2"],
    spec="C2: the sender is not the registered email she names: need_info, write from "
         "contato@vetpatinhasfloripa.com.br; nothing about the account.")

cust("tabeliao@cartorio4notas.example", "4º Tabelionato de Notas", "monthly", start="2025-09-22",
     end="2025-10-21")
lopay("pt33_p22", "LO-INV-3422", "tabeliao@cartorio4notas.example", "monthly", "1499.00", "2025-09-22T20:00:00",
      "2025-09-22", "2025-10-21")
case("pt-l17-cartorio-escrevente-encaminha", LOB, "need_info", [M(
    "Escrevente Autorizado <escrevente@cartorio4notas.example>", SUP, "ENC: acesso bloqueado LeadsOptima",
    d(2025, 9, 24, 11, 0, SAO),
    "Prezados, segue abaixo a solicitação do Sr. Tabelião.\n\nAtt.,\nRenato Okamoto\nEscrevente Autorizado\n\n"
    "________________________________\n"
    "De: Tabelião <tabeliao@cartorio4notas.example>\n"
    "Enviado: terça-feira, 23 de setembro de 2025 18:40\n"
    "Para: Escrevente Autorizado <escrevente@cartorio4notas.example>\n"
    "Assunto: acesso bloqueado LeadsOptima\n\n"
    "Renato, por gentileza, solicite à LeadsOptima o reembolso da mensalidade (LO-INV-3422): desde o "
    "pagamento não conseguimos acessar o painel. A conta está no e-mail tabeliao@cartorio4notas.example.\n")],
    rules=["C2"],
    spec="Section 8 forwards: Outlook 'ENC:' block names the registered email tabeliao@; the sender "
         "escrevente@ is not it: C2 need_info.")

cust("ricardo.spinola.za@gmail.com", "Ricardo Spínola", "monthly", start="2025-09-26", end="2025-10-25")
lopay("pt33_p23", "LO-INV-3423", "ricardo.spinola.za@gmail.com", "monthly", "1499.00", "2025-09-26T17:00:00",
      "2025-09-26", "2025-10-25")
case("pt-l18-joanesburgo-mais-tag", LOB, "need_info", [M(
    "Ricardo Spínola <ricardo.spinola.za+leads@gmail.com>", SUP, "não consigo entrar",
    d(2025, 9, 28, 9, 30, JNB),
    "Bom dia, desde sexta que não consigo entrar na plataforma, a página não carrega. Paguei nesse dia. "
    "Quero o reembolso.\nRicardo\nSpínola Motors – Germiston\n")],
    rules=["C2"],
    spec="Section 8 addresses: ricardo.spinola.za+leads@ is another address than the registered "
         "ricardo.spinola.za@: C2 need_info.")

cust("administracao@condresidencialipe.com.br", "Cond. Residencial Ipê", "annual", start="2025-09-24",
     end="2026-09-23")
lopay("pt33_p24", "LO-INV-3424", "administracao@condresidencialipe.com.br", "annual", "11988.00",
      "2025-09-24T19:00:00", "2025-09-24", "2026-09-23")
case("pt-l19-sindica-reply-to", LOB, "need_info", [M(
    "Síndica Cond. Ipê <sindica.ipe@gmail.com>", SUP, "valor errado na renovação",
    d(2025, 9, 26, 13, 0, SAO),
    "Boa tarde.\n\nSou a síndica do Condomínio Residencial Ipê (Vila Mariana). A renovação anual (fatura "
    "LO-INV-3424) veio com valor errado, não é o que foi aprovado em assembleia. Peço o estorno. Por favor, "
    "respondam para o e-mail da administração, que é o da conta.\n\nElaine Tavares\nSíndica\n",
    reply_to="administracao@condresidencialipe.com.br")],
    rules=["C2"],
    spec="Section 8: the sender is From (sindica.ipe@gmail.com); a Reply-To with the registered email "
         "never verifies anyone: C2 need_info.")

cust("cerimonial.luaazul@gmail.com", "Cerimonial Lua Azul", "quarterly", start="2025-09-27", end="2025-12-26")
lopay("pt33_p25", "LO-INV-3425", "cerimonial.luaazul@gmail.com", "quarterly", "3999.00", "2025-09-27T18:30:00",
      "2025-09-27", "2025-12-26")
case("pt-l20-cerimonialista-sem-motivo", LOB, "need_info", [M(
    "Cerimonial Lua Azul <cerimonial.luaazul@gmail.com>", SUP, "Reembolso fatura LO-INV-3425",
    d(2025, 9, 29, 16, 0, SAO),
    "Boa tarde, tudo bem?\n\nGostaria de solicitar, por gentileza, o reembolso da fatura LO-INV-3425 do "
    "plano trimestral. Fico no aguardo. Obrigada e um ótimo dia!\n\nBeijos,\nTati Moura\n"
    "Cerimonialista · Cerimonial Lua Azul · Casamentos & Eventos\n")],
    rules=[], missing=["reason"],
    spec="C3: refund from the registered email with invoice and plan but no reason (restating the request "
         "is not one): need_info reason.")

cust("autopecas.quijarro@gmail.com", "Auto Peças Quijarro", "monthly", start="2025-09-20", end="2025-10-19")
lopay("pt33_p26", "LO-INV-3426", "autopecas.quijarro@gmail.com", "monthly", "1499.00", "2025-07-20T17:00:00",
      "2025-07-20", "2025-08-19")
lopay("pt33_p27", "LO-INV-3427", "autopecas.quijarro@gmail.com", "monthly", "1499.00", "2025-08-20T17:00:00",
      "2025-08-20", "2025-09-19")
lopay("pt33_p28", "LO-INV-3428", "autopecas.quijarro@gmail.com", "monthly", "1499.00", "2025-09-20T17:00:00",
      "2025-09-20", "2025-10-19")
case("pt-l21-corumba-sem-fatura", LOB, "need_info", [M(
    "Auto Peças Quijarro <autopecas.quijarro@gmail.com>", SUP, "painel não abre", d(2025, 9, 23, 10, 0, CRB),
    "Bom dia. O painel de vocês não abre faz uns dias, só tela branca, e os clientes bolivianos que pedem "
    "orçamento pelo formulário não chegam mais. Quero a devolução do pagamento. O número da fatura eu não "
    "tenho aqui, quem paga é meu contador.\n\nDenilson\nAuto Peças Quijarro – Corumbá/MS\n")],
    rules=[], missing=["invoice_number"],
    spec="C3: access_failure, but the account has three monthly payments and none is named: need_info "
         "invoice_number.")

cust("traducoes.sul@gmail.com", "Traduções do Sul", "monthly", start="2025-09-27", end="2025-10-26")
lopay("pt33_p29", "LO-INV-3429", "traducoes.sul@gmail.com", "monthly", "1499.00", "2025-09-27T15:20:00",
      "2025-09-27", "2025-10-26")
lopay("pt33_p30", "LO-INV-3430", "traducoes.sul@gmail.com", "monthly", "1499.00", "2025-09-27T15:21:00",
      "2025-09-27", "2025-10-26")
case("pt-l22-floripa-traducoes-fio-motivo", LOB, "decided", [
    M("Traduções do Sul <traducoes.sul@gmail.com>", SUP, "Pedido de reembolso LO-INV-3430",
      d(2025, 9, 28, 9, 0, FLN),
      "Bom dia, peço o reembolso da fatura LO-INV-3430, plano mensal. Obrigada.\nLucía Ferrando\n"),
    M("Traduções do Sul <traducoes.sul@gmail.com>", SUP, "Re: Pedido de reembolso LO-INV-3430 [LO-3450]",
      d(2025, 9, 30, 20, 0, FLN),
      "Boa noite. O motivo: fui cobrada duas vezes no dia 27, a 3430 é a repetida.\n\nLucía\n\n"
      "Em ter., 30 de set. de 2025 às 09:12, LeadsOptima Support <support@leadsoptima.com> escreveu:\n"
      "> Para prosseguir, informe o motivo da solicitação. [LO-3450]\n",
      headers={"_irt": "<lo-3450.reply@leadsoptima.com>"})],
    [R("approve", "1499.00")],
    spec="C3 thread; the answer gives the reason (duplicate). Request time = first mail 2025-09-28 17:30 IST, "
         "day 1 from the 2025-09-27 charges: L4 approve 1499.00.")

cust("eletrica.guiana@gmail.com", "Elétrica Guiana", "monthly", start="2025-09-24", end="2025-10-23")
lopay("pt33_p31", "LO-INV-3431", "eletrica.guiana@gmail.com", "monthly", "1499.00", "2025-08-24T19:00:00",
      "2025-08-24", "2025-09-23")
lopay("pt33_p32", "LO-INV-3432", "eletrica.guiana@gmail.com", "monthly", "1499.00", "2025-09-24T19:00:00",
      "2025-09-24", "2025-10-23")
case("pt-l23-caiena-fio-fatura-com-pontos", LOB, "decided", [
    M("Elétrica Guiana <eletrica.guiana@gmail.com>", SUP, "não consigo logar", d(2025, 9, 26, 8, 30, CAY),
      "Bom dia. Não consigo logar desde a última cobrança, diz senha inválida mesmo depois de trocar. "
      "Quero o dinheiro dessa cobrança de volta.\nJailson (Rémire-Montjoly)\n"),
    M("Elétrica Guiana <eletrica.guiana@gmail.com>", SUP, "Re: não consigo logar [LO-3452]",
      d(2025, 9, 29, 12, 10, CAY),
      "a fatura é LO.INV.3432\ncontinuo sem entrar\n\nEnviado do meu celular\n\n"
      "-------- Mensagem original --------\nDe: LeadsOptima Support <support@leadsoptima.com>\n"
      "> Pode informar o número da fatura? [LO-3452]\n",
      headers={"_irt": "<lo-3452.reply@leadsoptima.com>"})],
    [R("escalate")],
    spec="C3 thread; 'LO.INV.3432' is LO-INV-3432 (section 8). access_failure, charge 2025-09-24, request "
         "2025-09-26 17:00 IST, day 2: L6 escalate.")

cust("irineu.abreu@gmail.com", "Irineu Abreu", "quarterly", start="2025-09-23", end="2025-12-22")
lopay("pt33_p33", "LO-INV-3433", "irineu.abreu@gmail.com", "quarterly", "3999.00", "2025-09-23T20:30:00",
      "2025-09-23", "2025-12-22")
case("pt-l24-caracas-chargeback", LOB, "decided", [M(
    "Irineu Abreu <irineu.abreu@gmail.com>", SUP, "COBRANÇA INDEVIDA", d(2025, 9, 25, 20, 15, CCS),
    "Boa noite. Cobraram-me o valor errado no trimestral (LO-INV-3433), 4.718,82 quando o plano é 3.999. "
    "Se até sexta não me devolverem a diferença, faço um chargeback no cartão, que o meu sobrinho no "
    "banco já me explicou como é.\n\nIrineu Abreu\n")],
    [R("escalate")], rules=["C4"],
    spec="C4: chargeback threat: escalate (the wrong amount would be L5 escalate anyway; C4 fires).")

cust("funilaria.rondonia@gmail.com", "Funilaria Rondônia", "monthly", start="2025-09-12", end="2025-10-11")
lopay("pt33_p34", "LO-INV-3434", "funilaria.rondonia@gmail.com", "monthly", "1499.00", "2025-09-12T18:00:00",
      "2025-09-12", "2025-10-11")
case("pt-l25-guajara-cancelar-advogado", LOB, "decided", [M(
    "Funilaria Rondônia <funilaria.rondonia@gmail.com>", SUP, "CANCELAR JÁ", d(2025, 9, 29, 11, 0, GJM),
    "Bom dia. Quero cancelar a mensalidade agora. Os formulários não funcionam há duas semanas e ninguém "
    "responde. Já passei tudo pro meu advogado e se vier mais uma cobrança a gente resolve na justiça.\n\n"
    "Claudemir\n")],
    [X("escalate")], rules=["C4"],
    spec="C4 covers the whole case: a lawyer/court threat escalates the cancellation too (section 8).")

cust("sorveteria.gaucha.fln@gmail.com", "Sorveteria Gaúcha", "quarterly", start="2025-09-28", end="2025-12-27")
lopay("pt33_p35", "LO-INV-3435", "sorveteria.gaucha.fln@gmail.com", "quarterly", "3999.00",
      "2025-09-28T16:10:00", "2025-09-28", "2025-12-27")
lopay("pt33_p36", "LO-INV-3436", "sorveteria.gaucha.fln@gmail.com", "quarterly", "3999.00",
      "2025-09-28T16:10:50", "2025-09-28", "2025-12-27")
case("pt-l26-floripa-descarta-contestacao", LOB, "decided", [M(
    "Sorveteria Gaúcha <sorveteria.gaucha.fln@gmail.com>", SUP, "cobrança duplicada trimestral",
    d(2025, 9, 29, 10, 15, FLN),
    "Bom dia! No domingo 28 cobraram duas vezes o trimestral (LO-INV-3435 e LO-INV-3436). O gerente do "
    "banco sugeriu contestar no cartão, mas eu não vou fazer contestação nenhuma, prefiro resolver "
    "direto com vocês. Podem devolver a segunda cobrança?\n\nMartina\nSorveteria Gaúcha – Jurerê\n")],
    [R("approve", "3999.00")],
    spec="Duplicate inside window (2025-09-28 -> 2025-09-29, day 1): L4 approve the later LO-INV-3436, "
         "3999.00. The customer rules the card dispute out: no threat, no C4.")

case("pt-l27-resposta-automatica-ferias", LOB, "ignore", [M(
    "Padaria Funchal <padaria.funchal.jhb@gmail.com>", SUP, "Resposta automática: Re: Pagamento em duplicado [LO-3440]",
    d(2025, 9, 29, 7, 0, JNB),
    "Olá! Estamos de férias na Madeira até 10 de outubro. Para encomendas ligue para a loja. "
    "Hi! We are on leave until 10 October.\n",
    headers={"Auto-Submitted": "auto-replied", "_irt": "<lo-3440.reply@leadsoptima.com>"})],
    rules=["C7"], spec="C7: Auto-Submitted: auto-replied: ignore.")

case("pt-l28-postmaster-devolucao", LOB, "ignore", [M(
    "postmaster@cartorio2oficio.example", SUP, "Mensagem não entregue: Solicitação de reembolso",
    d(2025, 9, 29, 10, 5, SAO),
    "Não foi possível entregar a mensagem para financeiro@cartorio2oficio.example.\n"
    "Caixa postal cheia (552 5.2.2).\n")],
    rules=["C7"], spec="C7: postmaster sender (delivery failure): ignore.")

case("pt-l29-boletim-lista", LOB, "ignore", [M(
    "Confraria Madeirense do Bolo do Caco – Gauteng <noticias@confrariabolodocaco.example>", SUP,
    "Boletim de outubro – jantar de gala e quotas", d(2025, 9, 30, 8, 0, JNB),
    "Caros confrades,\n\nO jantar de gala é a 18 de outubro. As quotas de 2026 já podem ser pagas. "
    "Para cancelar a subscrição deste boletim, clique aqui.\n",
    headers={"List-Id": "Noticias <noticias.confrariabolodocaco.example>", "Precedence": "list"})],
    rules=["C7"], spec="C7: List-Id and Precedence: list (a newsletter; 'cancelar a subscrição' is not a request): "
                       "ignore.")

cust("sindico.edvitoria2@gmail.com", "Cond. Ed. Vitória II", "monthly", start="2025-09-15", end="2025-10-14")
lopay("pt33_p37", "LO-INV-3437", "sindico.edvitoria2@gmail.com", "monthly", "1499.00", "2025-09-15T18:00:00",
      "2025-09-15", "2025-10-14")
case("pt-l30-sindico-pergunta-usuarios", LOB, "other", [M(
    "Síndico Ed. Vitória II <sindico.edvitoria2@gmail.com>", SUP, "dúvida: mais usuários",
    d(2025, 9, 27, 10, 0, SAO),
    "Bom dia. O conselho do condomínio quer acompanhar os pedidos de orçamento de reforma. Dá pra criar "
    "mais dois usuários na mesma conta sem mudar de plano? E a nota pode sair com o CNPJ do condomínio?\n\n"
    "Obrigado,\nSr. Walter\nSíndico\n")],
    spec="Questions only: other.")

cust("marisa.figueira@gmail.com", "Marisa Figueira", "monthly", start="2025-09-20", end="2025-10-19")
lopay("pt33_p38", "LO-INV-3438", "marisa.figueira@gmail.com", "monthly", "1499.00", "2025-09-20T19:00:00",
      "2025-09-20", "2025-10-19")
case("pt-l31-durban-nao-quero-reembolso", LOB, "other", [M(
    "Marisa Figueira <marisa.figueira@gmail.com>", SUP, "falha de ontem", d(2025, 9, 25, 14, 30, JNB),
    "Boa tarde,\n\nontem a plataforma esteve em baixo umas horas, mas hoje já funciona. Não quero "
    "reembolso nenhum, só queria avisar que os formulários do site da nossa agência de viagens em Durban "
    "não mandaram as confirmações durante esse tempo.\n\nBeijinhos,\nMarisa\n")],
    spec="Section 8 negation: 'Não quero reembolso'; a past, resolved outage reported: other.")

case("pt-l32-floripa-pergunta-antes", LOB, "other", [M(
    "Agustina Rivero <agus.rivero.trad@gmail.com>", SUP, "pergunta antes de assinar", d(2025, 9, 26, 15, 45, FLN),
    "Boa tarde! Tenho uma agência de tradução em Florianópolis (sou argentina). Se eu assinar o plano anual "
    "e depois de um mês ver que não serve, vocês devolvem o resto? E se eu começar no mensal, posso passar "
    "para o anual depois?\n\nGracias, obrigada!\nAgustina\n")],
    spec="Section 8 hypotheticals before buying: other.")

cust("joao.nobrega.za@gmail.com", "João Nóbrega", "monthly", start="2025-09-10", end="2025-10-09")
lopay("pt33_p39", "LO-INV-3439", "joao.nobrega.za@gmail.com", "monthly", "1499.00", "2025-09-10T19:00:00",
      "2025-09-10", "2025-10-09")
case("pt-l33-joanesburgo-obrigado-estorno", LOB, "other", [M(
    "João Nóbrega <joao.nobrega.za@gmail.com>", SUP, "Re: Reembolso aprovado [LO-3399]",
    d(2025, 9, 30, 11, 0, JNB),
    "Bom dia, só para dizer que o reembolso já apareceu no cartão. Muito obrigado pela rapidez!\n\n"
    "João\n\nNo dia sex., 19/09/2025 às 08:14, LeadsOptima Support escreveu:\n> O seu reembolso foi aprovado.\n",
    headers={"_irt": "<lo-3399.reply@leadsoptima.com>"})],
    spec="Thanks for a refund already received (past event): other.")

cust("cooperativa.castanha@gmail.com", "Coop. da Castanha", "monthly", start="2025-09-25", end="2025-10-24")
lopay("pt33_p40", "LO-INV-3440", "cooperativa.castanha@gmail.com", "monthly", "1499.00", "2025-09-25T16:45:00",
      "2025-09-25", "2025-10-24")
lopay("pt33_p41", "LO-INV-3441", "cooperativa.castanha@gmail.com", "monthly", "1499.00", "2025-09-25T16:46:00",
      "2025-09-25", "2025-10-24")
case("pt-l34-brasileia-duplicada-e-cancelar", LOB, "decided", [M(
    "Cooperativa da Castanha <cooperativa.castanha@gmail.com>", SUP, "cobrança duplicada + cancelamento",
    d(2025, 9, 27, 10, 0, BRS),
    "Bom dia.\n\n1) Na quinta-feira cobraram duas vezes a mensalidade (LO-INV-3440 e LO-INV-3441). "
    "Pedimos a devolução da segunda.\n2) A assembleia também decidiu cancelar a assinatura, a safra "
    "da castanha acabou e só voltamos a vender em março.\n\nAtt.,\nRaimundo Nonato\nPresidente\n")],
    [R("approve", "1499.00"), X("cancel", "2025-10-24")],
    spec="Two intents: duplicate within window (2025-09-25 -> 2025-09-27 20:30 IST, day 2), L4 approve "
         "LO-INV-3441 1499.00; L8 cancel, active until 2025-10-24.")

cust("gilberto.vieira.za@gmail.com", "Gilberto Vieira", "quarterly", start="2025-09-26", end="2025-12-25")
lopay("pt33_p42", "LO-INV-3442", "gilberto.vieira.za@gmail.com", "quarterly", "3999.00", "2025-09-26T22:00:00",
      "2025-09-26", "2025-12-25")
case("pt-l35-joanesburgo-carta-longa-valor", LOB, "decided", [M(
    "Gilberto Vieira <gilberto.vieira.za@gmail.com>", SUP, "assunto da conta", d(2025, 9, 28, 17, 40, JNB),
    "Boa tarde, meus senhores.\n\nPermitam-me uma pequena apresentação: o meu pai veio do Caniço em 1961, "
    "abriu uma frutaria em Kensington e hoje eu e o meu irmão temos três lojas de fruta e legumes e um "
    "pequeno serviço de entregas. Foi o meu filho que nos convenceu a usar o LeadsOptima.\n\nAcontece que "
    "na sexta-feira fomos cobrados num valor errado: o nosso plano trimestral é de 3.999 e o banco mostra "
    "4 718,82. Peço que verifiquem e devolvam o que for devido, factura LO-INV-3442.\n\nJá agora, o meu "
    "filho pergunta se há forma de pôr o formulário também em inglês e afrikaans.\n\nCom os melhores "
    "cumprimentos,\nGilberto Vieira\nVieira Bros Fruit & Veg\n")],
    [R("escalate")],
    spec="Request in the middle of a long letter: billing_error (wrong amount) inside window (2025-09-26 -> "
         "2025-09-28 21:10 IST, day 2): L5 escalate.")

cust("claudia.henriques.ve@gmail.com", "Cláudia Henriques", "monthly", start="2025-09-16", end="2025-10-15")
lopay("pt33_p43", "LO-INV-3443", "claudia.henriques.ve@gmail.com", "monthly", "1499.00", "2025-09-16T16:00:00",
      "2025-09-16", "2025-10-15", status="refunded")
case("pt-l36-valencia-ve-pagamento-ja-estornado", LOB, "decided", [M(
    "Cláudia Henriques <claudia.henriques.ve@gmail.com>", SUP, "reembolso da mensalidade",
    d(2025, 9, 18, 10, 0, CCS),
    "Bom dia. No dia 16 cobraram a mensalidade (LO-INV-3443), mas mudei de ideias e já não quero usar a "
    "plataforma. Queria o dinheiro de volta, por favor.\n\nCláudia Henriques\nPanadería La Madeirense, "
    "Valencia (Venezuela)\n")],
    [R("escalate")],
    spec="Section 8: the payment LO-INV-3443 has status refunded (not paid): a refund of it is escalate, "
         "not the L1 deny.")

cust("financeiro@condjardimsul.com.br", "Cond. Jardim Sul", "monthly", start="2025-09-18", end="2025-10-17")
lopay("pt33_p44", "LO-INV-3444", "financeiro@condjardimsul.com.br", "monthly", "1499.00", "2025-09-18T15:30:00",
      "2025-09-18", "2025-10-17")
case("pt-l37-thunderbird-encaminhada-sindico", LOB, "decided", [M(
    "Financeiro Cond. Jardim Sul <financeiro@condjardimsul.com.br>", SUP, "Fwd: cancelar LeadsOptima",
    d(2025, 9, 30, 14, 20, SAO),
    "Segue o pedido do síndico. Favor cancelar a nossa assinatura.\n\nKátia – Financeiro\n\n"
    "-------- Mensagem encaminhada --------\nAssunto: cancelar LeadsOptima\n"
    "Data: Mon, 29 Sep 2025 19:02:11 -0300\nDe: Síndico Jardim Sul <sindico@condjardimsul.com.br>\n"
    "Para: Financeiro Cond. Jardim Sul <financeiro@condjardimsul.com.br>\n\n"
    "Kátia, a assembleia aprovou a troca da administradora e o sistema de orçamentos agora vem com ela. "
    "Cancele a assinatura mensal da conta do financeiro.\nSíndico\n")],
    [X("cancel", "2025-10-17")],
    spec="Thunderbird forward read for its request; it names no other account address (the síndico asks "
         "to cancel the financeiro account, the sender's): L8 cancel, active until 2025-10-17.")

cust("dani.fotos.oiapoque@gmail.com", "Dani Fotos", "annual", start="2025-09-21", end="2026-09-20")
lopay("pt33_p45", "LO-INV-3445", "dani.fotos.oiapoque@gmail.com", "annual", "11988.00", "2025-09-21T20:00:00",
      "2025-09-21", "2026-09-20")
case("pt-l38-celular-pressa", LOB, "decided", [M(
    "Dani Fotos <dani.fotos.oiapoque@gmail.com>", SUP, "cancela", d(2025, 9, 29, 18, 50, OIA),
    "cancela meu plano pfv, n to usando. vlw\n\nEnviado do meu celular\n")],
    [X("cancel", "2026-09-20")],
    spec="L8: short cancellation from the registered email: active until current_period_end 2026-09-20.")

# ---------------------------------------------------------------------------------------------
# Optima WebDesign
# ---------------------------------------------------------------------------------------------

proj("Cerimonial Sol de Mayo", "soldemayo.eventos@gmail.com")
owpay("pt33_o01", "OWD-2025-3401", "Cerimonial Sol de Mayo", "deposit", "22000.00", "3960.00", "2025-09-27T18:30:00")
case("pt-o01-floripa-cerimonial-deposito", OWB, "decided", [M(
    "Cerimonial Sol de Mayo <soldemayo.eventos@gmail.com>", OWDTO,
    "Refund Request — Cerimonial Sol de Mayo / OWD-2025-3401", d(2025, 9, 29, 9, 0, FLN),
    "Bom dia, equipe Optima!\n\nSou a Camila Benítez, cerimonialista argentina em Florianópolis. No sábado "
    "pagamos o sinal do site Cerimonial Sol de Mayo (OWD-2025-3401). Minha sócia vai voltar para Rosario e "
    "vamos fechar a empresa, então não vamos seguir com o site. Vocês ainda não começaram nada, a reunião "
    "de kickoff era só na quarta. Peço o reembolso do sinal no mesmo cartão.\n\nObrigada, gracias!\nCamila\n")],
    [R("approve", "22000.00")],
    extra_ok=True,
    spec="O2: deposit paid 2025-09-27 18:30 IST, request 2025-09-29 17:30 IST = 47 h < 72 h, no work: "
         "approve 22000.00 before tax.")

proj("Talho Madeirense Benoni", "talho.madeirense@gmail.com")
owpay("pt33_o02", "OWD-2025-3402", "Talho Madeirense Benoni", "deposit", "16000.00", "2880.00",
      "2025-09-25T18:00:00")
case("pt-o02-benoni-deposito-71h30", OWB, "decided", [M(
    "Talho Madeirense <talho.madeirense@gmail.com>", OWDTO, "Reembolso do sinal OWD-2025-3402",
    d(2025, 9, 28, 14, 0, JNB),
    "Boa tarde,\n\nPagámos o sinal do site Talho Madeirense Benoni na quinta (OWD-2025-3402). Entretanto o "
    "centro comercial onde temos a loja vai fechar e vamos mudar de ramo. Como ainda não passaram as 72 "
    "horas, pedimos a devolução do sinal.\n\nObrigado,\nAgostinho Rodrigues\n")],
    [R("approve", "16000.00")],
    extra_ok=True,
    spec="O2: paid 2025-09-25 18:00 IST; mail 2025-09-28 14:00 +02:00 = 17:30 IST, 71.5 h < 72 h, no work: "
         "approve 16000.00.")

proj("Restaurante O Madeirense Caracas", "omadeirense.ccs@gmail.com")
owpay("pt33_o03", "OWD-2025-3403", "Restaurante O Madeirense Caracas", "deposit", "20000.00", "3600.00",
      "2025-09-24T17:00:00")
case("pt-o03-caracas-deposito-fora-72h", OWB, "decided", [M(
    "Restaurante O Madeirense <omadeirense.ccs@gmail.com>", OWDTO, "devolução do sinal",
    d(2025, 9, 28, 9, 0, CCS),
    "Bom dia. Pagámos o sinal do site do Restaurante O Madeirense Caracas (factura OWD-2025-3403) mas "
    "com a situação do país decidimos esperar. Vocês ainda não fizeram nada, por isso pedimos a "
    "devolução.\n\nFernando Gouveia\n")],
    [R("deny")],
    spec="O2: paid 2025-09-24 17:00 IST; mail 2025-09-28 09:00 -04:00 = 18:30 IST, 97.5 h > 72 h: deny, "
         "even though no work started.")

proj("Cartório 2º Ofício Portal", "tabeliao@cartorio2oficio.example")
owpay("pt33_o04", "OWD-2025-3404", "Cartório 2º Ofício Portal", "discovery", "18000.00", "3240.00",
      "2025-09-22T16:00:00")
case("pt-o04-cartorio-discovery-nao-iniciada", OWB, "decided", [M(
    "2º Tabelionato de Notas <tabeliao@cartorio2oficio.example>", OWDTO,
    "Cartório 2º Ofício Portal – reembolso da fase de descoberta", d(2025, 9, 29, 15, 0, SAO),
    "Prezados Senhores,\n\nO 2º Tabelionato de Notas vem, respeitosamente, requerer o reembolso do valor "
    "pago pela fase de descoberta do projeto Cartório 2º Ofício Portal (fatura OWD-2025-3404). A "
    "Corregedoria determinou a adoção de plataforma padronizada para todas as serventias, motivo pelo qual "
    "o projeto perdeu o objeto. Registre-se que nenhuma reunião ou entrega foi realizada até a presente "
    "data.\n\nAtenciosamente,\nDra. Heloísa Barreto Lins\nTabeliã Substituta\n")],
    [R("approve", "18000.00")],
    extra_ok=True,
    spec="O1: discovery, work_started_at empty: full refund 18000.00 before tax.")

proj("Pousada Saint-Georges", "pousada.stgeorges@gmail.com", "2025-09-19T11:00:00")
owpay("pt33_o05", "OWD-2025-3405", "Pousada Saint-Georges", "discovery", "10000.00", "1800.00",
      "2025-09-17T19:00:00")
case("pt-o05-oiapoque-discovery-iniciada", OWB, "decided", [M(
    "Pousada Saint-Georges <pousada.stgeorges@gmail.com>", OWDTO, "reembolso discovery",
    d(2025, 9, 26, 19, 0, OIA),
    "Boa noite. Fizemos a primeira sessão de estratégia do site da Pousada Saint-Georges no dia 19 mas "
    "não gostamos do rumo, queriam tudo em francês e nosso público é brasileiro. Quero o reembolso da "
    "discovery, fatura OWD-2025-3405.\n\nMarcelo\n")],
    [R("deny")],
    spec="O1: the discovery session already happened (work_started_at 2025-09-19): deny.")

proj("Oficina Mamoré Online", "oficina.mamore@gmail.com", "2025-08-10T10:00:00")
owpay("pt33_o06", "OWD-2025-3406", "Oficina Mamoré Online", "milestone", "30000.00", "5400.00",
      "2025-09-18T17:00:00", milestone_status="not_started")
case("pt-o06-guajara-marco-nao-iniciado", OWB, "decided", [M(
    "Oficina Mecânica Mamoré <oficina.mamore@gmail.com>", OWDTO, "devolução etapa agendamento online",
    d(2025, 9, 29, 9, 30, GJM),
    "Bom dia. Pagamos a etapa 2 do site (agendamento online, fatura OWD-2025-3406, projeto Oficina Mamoré "
    "Online). Resolvemos não fazer agendamento pela internet porque a internet aqui cai toda hora e o "
    "pessoal prefere ligar. Pelo que vi no quadro, essa etapa nem começou. Quero a devolução.\n\n"
    "Valdecir\n")],
    [R("approve", "30000.00")],
    spec="O3: milestone not_started: refund the milestone amount 30000.00 before tax.")

proj("Coopaçaí Site", "diretoria@coopacai.example", "2025-08-01T10:00:00")
owpay("pt33_o07", "OWD-2025-3407", "Coopaçaí Site", "milestone", "26000.00", "4680.00",
      "2025-09-08T16:00:00", milestone_status="in_progress")
case("pt-o07-cooperativa-marco-em-andamento", OWB, "decided", [M(
    "Diretoria Coopaçaí <diretoria@coopacai.example>", OWDTO, "Coopaçaí Site – etapa 3",
    d(2025, 9, 26, 10, 0, OIA),
    "Bom dia.\n\nA assembleia da cooperativa cortou o orçamento e pede a suspensão da etapa 3 do Coopaçaí "
    "Site (OWD-2025-3407). Sabemos que a equipe já começou parte do catálogo; pedimos a devolução do que "
    "ainda não foi feito.\n\nAtenciosamente,\nRaimunda Pantoja\nPresidente\n")],
    [R("escalate")],
    spec="O3: milestone in_progress: escalate.")

proj("Clínica Vet Patinhas Site", "contato@vetpatinhasfloripa.com.br", "2025-07-01T10:00:00")
owpay("pt33_o08", "OWD-2025-3408", "Clínica Vet Patinhas Site", "milestone", "24000.00", "4320.00",
      "2025-08-29T16:00:00", milestone_status="completed")
case("pt-o08-veterinaria-marco-concluido", OWB, "decided", [M(
    "Clínica Vet Patinhas <contato@vetpatinhasfloripa.com.br>", OWDTO, "reembolso layout",
    d(2025, 9, 25, 11, 0, FLN),
    "Bom dia. A etapa do layout do site (OWD-2025-3408, projeto Clínica Vet Patinhas Site) foi entregue, "
    "mas meu sócio acha as cores frias demais para uma clínica veterinária. Queremos o reembolso dessa "
    "etapa.\n\nDra. Valeria Sosa\n")],
    [R("deny")],
    spec="O3/O6: milestone completed (a delivered deliverable): deny.")

proj("Condomínio Ed. Victoria Portal", "sindico.edvictoria@gmail.com", "2025-04-01T10:00:00")
owpay("pt33_o09", "OWD-2025-3409", "Condomínio Ed. Victoria Portal", "retainer", "6500.00", "1170.00",
      "2025-09-16T16:00:00", period_start="2025-09-16", period_end="2025-10-15", next_billing_at="2025-10-16")
case("pt-o09-sindico-retainer-com-aviso", OWB, "decided", [M(
    "Síndico Ed. Victoria <sindico.edvictoria@gmail.com>", OWDTO,
    "Cancelamento manutenção mensal – Condomínio Ed. Victoria Portal", d(2025, 9, 29, 10, 0, SAO),
    "Bom dia.\n\nComunico o cancelamento da manutenção mensal do Condomínio Ed. Victoria Portal (última "
    "fatura OWD-2025-3409). Motivo: a nova administradora já oferece portal do condômino sem custo.\n\n"
    "Atenciosamente,\nSr. Adalberto Nunes\nSíndico\n")],
    [X("cancel", "2025-10-15")],
    spec="O4/O8: notice 2025-09-29 IST, next_billing_at 2025-10-16 (17 days >= 7): cancel, effective "
         "2025-10-15.")

proj("Vieira Bros Loja Online", "gilberto.vieira.za@gmail.com", "2025-05-01T10:00:00")
owpay("pt33_o10", "OWD-2025-3410", "Vieira Bros Loja Online", "retainer", "8000.00", "1440.00",
      "2025-09-03T16:00:00", period_start="2025-09-03", period_end="2025-10-02", next_billing_at="2025-10-03")
case("pt-o10-joanesburgo-retainer-pouco-aviso", OWB, "decided", [M(
    "Gilberto Vieira <gilberto.vieira.za@gmail.com>", OWDTO, "Cancelar manutenção OWD-2025-3410",
    d(2025, 9, 28, 12, 30, JNB),
    "Boa tarde. Quero cancelar a manutenção mensal da Vieira Bros Loja Online (factura OWD-2025-3410): o "
    "meu filho vai passar a tratar do site. Espero que não cobrem outubro.\n\nGilberto Vieira\n")],
    [X("cancel", "2025-11-02")],
    spec="O4: request 2025-09-28 16:00 IST, next_billing_at 2025-10-03 (5 days < 7): the next cycle "
         "2025-10-03..2025-11-02 is billed, effective 2025-11-02.")

proj("Loja Acreana Virtual", "loja.acreana@gmail.com", "2025-03-01T10:00:00")
owpay("pt33_o11", "OWD-2025-3411", "Loja Acreana Virtual", "retainer", "5000.00", "900.00",
      "2025-09-07T16:00:00", period_start="2025-09-07", period_end="2025-10-06", next_billing_at="2025-10-07")
case("pt-o11-brasileia-retainer-7-dias-exatos", OWB, "decided", [M(
    "Loja Acreana <loja.acreana@gmail.com>", OWDTO, "cancelamento do retainer",
    d(2025, 9, 29, 22, 0, BRS),
    "Boa noite. Quero cancelar a manutenção mensal da Loja Acreana Virtual, fatura OWD-2025-3411, porque "
    "vou fechar a loja virtual e ficar só com a física.\n\nFrancisca das Chagas\n")],
    [X("cancel", "2025-10-06")],
    spec="O4: mail 2025-09-29 22:00 -05:00 = 2025-09-30 08:30 IST; next_billing_at 2025-10-07 minus 7 days "
         "= 2025-09-30: on the cut-off, so notice is enough: cancel effective 2025-10-06.")

proj("Traduções do Sul Portal", "traducoes.sul@gmail.com", "2025-02-01T10:00:00")
owpay("pt33_o12", "OWD-2025-3412", "Traduções do Sul Portal", "retainer", "7500.00", "1350.00",
      "2025-09-10T16:00:00", period_start="2025-09-10", period_end="2025-10-09", next_billing_at="2025-10-10")
owpay("pt33_o13", "OWD-2025-3413", "Traduções do Sul Portal", "retainer", "7500.00", "1350.00",
      "2025-09-24T16:00:00", period_start="2025-10-10", period_end="2025-11-09", next_billing_at="2025-11-10")
case("pt-o12-floripa-retainer-pago-adiantado", OWB, "decided", [M(
    "Traduções do Sul <traducoes.sul@gmail.com>", OWDTO, "Cancelamento – Traduções do Sul Portal",
    d(2025, 9, 29, 11, 0, FLN),
    "Bom dia.\n\nQueremos cancelar a manutenção mensal do Traduções do Sul Portal. Na semana passada "
    "pagamos adiantado o mês de outubro (fatura OWD-2025-3413) porque eu ia viajar para Montevidéu. O "
    "motivo do cancelamento: vamos integrar o site ao da associação de tradutores.\n\nLucía Ferrando\n")],
    [X("escalate")],
    spec="Section 8 retainer paid in advance: the next cycle (from 2025-10-10) is already paid and the notice "
         "(2025-09-29 IST, 11 days) is >= 7 days: escalate.")

proj("Pousada Caniço Hospedagem", "reservas@pousadacanico.example", "2025-09-15T10:00:00")
owpay("pt33_o14", "OWD-2025-3414", "Pousada Caniço Hospedagem", "hosting_annual", "9600.00", "1728.00",
      "2025-09-14T17:00:00", setup_fee="600.00", service_start="2025-09-15")
case("pt-o13-joanesburgo-hospedagem-prorata", OWB, "decided", [M(
    "Pousada Caniço <reservas@pousadacanico.example>", OWDTO,
    "Refund Request — Pousada Caniço Hospedagem / OWD-2025-3414", d(2025, 9, 26, 9, 30, JNB),
    "Bom dia,\n\nContratámos o alojamento anual do site (OWD-2025-3414), que começou no dia 15. O nosso "
    "sobrinho em Joanesburgo arranjou-nos alojamento gratuito no servidor da empresa dele, por isso "
    "queremos cancelar e receber o reembolso proporcional, dentro dos 14 dias.\n\nCumprimentos,\n"
    "Lurdes Caires\n")],
    [R("approve", "8250.00")], extra_ok=True,
    spec="O5: request 2025-09-26 IST, day 11 of service (start 2025-09-15): 9600 - 600 - (9000/12 = 750) x 1 "
         "= 8250.00.")

proj("Síndico Online Jardim Sul", "financeiro@condjardimsul.com.br", "2025-09-18T10:00:00")
owpay("pt33_o15", "OWD-2025-3415", "Síndico Online Jardim Sul", "maintenance_annual", "7777.00", "1399.86",
      "2025-09-17T16:00:00", setup_fee="500.00", service_start="2025-09-18")
case("pt-o14-condominio-manutencao-arredondamento", OWB, "decided", [M(
    "Financeiro Cond. Jardim Sul <financeiro@condjardimsul.com.br>", OWDTO, "Reembolso manutenção anual",
    d(2025, 9, 29, 16, 30, SAO),
    "Boa tarde.\n\nContratamos a manutenção anual do Síndico Online Jardim Sul (fatura OWD-2025-3415), "
    "iniciada em 18/09. Com a troca de administradora aprovada em assembleia, a manutenção passa a ser "
    "feita por ela. Solicitamos o cancelamento e o reembolso proporcional previsto na política.\n\n"
    "Kátia – Financeiro\n")],
    [R("approve", "6670.58")], extra_ok=True,
    spec="O5: request 2025-09-30 01:00 IST, day 12 since 2025-09-18; 7777 - 500 - 7277/12 (606.41666...) = "
         "6670.58333 -> 6670.58, rounded once at the end.")

proj("Hostel Lagoa Site", "hostel.lagoa.floripa@gmail.com", "2025-09-12T10:00:00")
owpay("pt33_o16", "OWD-2025-3416", "Hostel Lagoa Site", "hosting_annual", "12000.00", "2160.00",
      "2025-09-11T16:00:00", setup_fee="1200.00", service_start="2025-09-12")
case("pt-o15-floripa-hospedagem-dia-15-na-india", OWB, "decided", [M(
    "Hostel Lagoa <hostel.lagoa.floripa@gmail.com>", OWDTO, "cancelar hospedagem + devolução",
    d(2025, 9, 26, 21, 0, FLN),
    "Boa noite. Hoje faz 14 dias que começou a hospedagem anual do Hostel Lagoa Site (OWD-2025-3416). "
    "Quero cancelar porque vou vender o hostel, e peço a devolução proporcional.\n\nFacundo\n")],
    [R("deny")], extra_ok=True,
    spec="O5: service_start 2025-09-12; mail 2025-09-26 21:00 -03:00 = 2025-09-27 05:30 IST, day 15 in the "
         "brand's zone: after 14 days, deny.")

proj("Cerimonial Lua Azul Site", "cerimonial.luaazul@gmail.com", "2025-09-01T10:00:00")
owpay("pt33_o17", "OWD-2025-3417", "Cerimonial Lua Azul Site", "third_party", "6000.00", "1080.00",
      "2025-09-26T16:00:00")
case("pt-o16-cerimonialista-tema-premium", OWB, "decided", [M(
    "Cerimonial Lua Azul <cerimonial.luaazul@gmail.com>", OWDTO, "reembolso do tema",
    d(2025, 9, 28, 10, 0, SAO),
    "Bom dia! Na sexta vocês cobraram o tema premium e os plugins de galeria do Cerimonial Lua Azul Site "
    "(OWD-2025-3417), mas a noiva-modelo das fotos desistiu e vamos usar um layout simples. Dá pra "
    "devolver o valor do tema?\n\nTati Moura\n")],
    [R("deny")],
    spec="O6: third_party (premium theme, plugins): never refundable, deny.")

proj("Auto Peças Quijarro Catálogo", "autopecas.quijarro@gmail.com", "2025-09-10T10:00:00")
owpay("pt33_o18", "OWD-2025-3418", "Auto Peças Quijarro Catálogo", "setup", "3500.00", "630.00",
      "2025-09-25T17:00:00")
case("pt-o17-corumba-taxa-de-ativacao", OWB, "decided", [M(
    "Auto Peças Quijarro <autopecas.quijarro@gmail.com>", OWDTO, "devolver taxa de ativação",
    d(2025, 9, 27, 9, 0, CRB),
    "Bom dia. Pagamos a taxa de ativação do Auto Peças Quijarro Catálogo (OWD-2025-3418) mas o catálogo "
    "vai ficar pra depois porque o fornecedor boliviano atrasou. Quero essa taxa de volta.\n\nDenilson\n")],
    [R("deny")],
    spec="O6: setup/activation fees are never refundable: deny.")

proj("Condomínio Residencial Ipê Portal", "administracao@condresidencialipe.com.br", None)
owpay("pt33_o19", "OWD-2025-3419", "Condomínio Residencial Ipê Portal", "deposit", "15000.00", "2700.00",
      "2025-09-28T17:00:00")
case("pt-o18-sindica-email-pessoal", OWB, "need_info", [M(
    "Elaine Tavares <sindica.ipe@gmail.com>", OWDTO, "Devolução sinal portal do condomínio",
    d(2025, 9, 29, 10, 0, SAO),
    "Bom dia. Sou a síndica do Condomínio Residencial Ipê. A assembleia de ontem não aprovou o portal, "
    "então pedimos a devolução do sinal OWD-2025-3419 do projeto Condomínio Residencial Ipê Portal.\n\n"
    "Elaine Tavares\nSíndica\n")],
    rules=["C2"],
    spec="C2 (Optima, explicit): the sender sindica.ipe@gmail.com is not the contract email administracao@: "
         "need_info, write from the contract email.")

proj("Padaria Funchal Loja Online", "padaria.funchal.jhb@gmail.com", None)
owpay("pt33_o20", "OWD-2025-3420", "Padaria Funchal Loja Online", "deposit", "12000.00", "2160.00",
      "2025-09-28T19:00:00")
case("pt-o19-apple-mail-encaminhada-filha", OWB, "need_info", [M(
    "Sofia Gouveia <sofia.gouveia.za@icloud.com>", OWDTO, "Fwd: sinal da loja online",
    d(2025, 9, 29, 19, 0, JNB),
    "Reencaminho o pedido do meu pai.\n\nSofia\n\nInício da mensagem encaminhada:\n\n"
    "De: Padaria Funchal <padaria.funchal.jhb@gmail.com>\nAssunto: sinal da loja online\n"
    "Data: 29 de setembro de 2025 às 17:40:12 SAST\nPara: Sofia Gouveia <sofia.gouveia.za@icloud.com>\n\n"
    "Sofia, pede aos do site a devolução do sinal da Padaria Funchal Loja Online (OWD-2025-3420). O "
    "contrato está no e-mail da padaria, padaria.funchal.jhb@gmail.com. O senhorio não renova o contrato "
    "da loja e não vamos vender online.\n")],
    rules=["C2"],
    spec="Section 8 forwards: the Apple Mail forward names the contract email padaria.funchal.jhb@; the "
         "sender sofia.gouveia.za@icloud.com is not it: C2 need_info.")

proj("Paróquia N. Sra. das Graças Site", "paroquia.oiapoque@gmail.com", "2025-02-01T10:00:00")
owpay("pt33_o21", "OWD-2025-3421", "Paróquia N. Sra. das Graças Site", "retainer", "4000.00", "720.00",
      "2025-09-20T16:00:00", period_start="2025-09-20", period_end="2025-10-19", next_billing_at="2025-10-20")
case("pt-o20-paroquia-sem-motivo", OWB, "need_info", [M(
    "Secretaria Paroquial <paroquia.oiapoque@gmail.com>", OWDTO,
    "Cancelamento manutenção – Paróquia N. Sra. das Graças Site", d(2025, 9, 29, 9, 0, OIA),
    "Bom dia, paz e bem!\n\nSolicitamos o cancelamento da manutenção mensal do site Paróquia N. Sra. das "
    "Graças Site, fatura OWD-2025-3421.\n\nDeus abençoe,\nIrmã Raimunda\nSecretaria Paroquial\n"
    "Atendimento: terça a sexta, 8h às 11h\n")],
    rules=[], missing=["reason"],
    spec="Section 8: Optima requires a reason for cancellations; greeting, blessing and office hours are "
         "no reason: need_info reason.")

proj("Dani Fotos Portfólio", "dani.fotos.oiapoque@gmail.com", None)
owpay("pt33_o22", "OWD-2025-3422", "Dani Fotos Portfólio", "deposit", "9000.00", "1620.00", "2025-09-27T16:00:00")
owpay("pt33_o23", "OWD-2025-3423", "Dani Fotos Portfólio", "third_party", "1200.00", "216.00",
      "2025-09-27T16:05:00")
case("pt-o21-oiapoque-sem-fatura", OWB, "need_info", [M(
    "Dani Fotos <dani.fotos.oiapoque@gmail.com>", OWDTO, "reembolso Dani Fotos Portfólio",
    d(2025, 9, 28, 11, 0, OIA),
    "Bom dia! Quero o reembolso do que paguei ontem pelo Dani Fotos Portfólio, porque consegui um emprego "
    "fixo em Macapá e vou parar com as fotos.\n\nDani\n")],
    rules=[], missing=["invoice_number"],
    spec="C3: the project has two payments made the same day (deposit and domain); which one is not said: "
         "need_info invoice_number.")

proj("Sorveteria Gaúcha Site", "sorveteria.gaucha.fln@gmail.com", "2025-08-01T10:00:00")
owpay("pt33_o24", "OWD-2025-3424", "Sorveteria Gaúcha Site", "milestone", "18000.00", "3240.00",
      "2025-09-20T16:00:00", milestone_status="not_started")
case("pt-o22-floripa-fio-motivo-marco", OWB, "decided", [
    M("Sorveteria Gaúcha <sorveteria.gaucha.fln@gmail.com>", OWDTO, "Reembolso etapa OWD-2025-3424",
      d(2025, 9, 26, 10, 0, FLN),
      "Bom dia, pedimos o reembolso da etapa OWD-2025-3424 do Sorveteria Gaúcha Site. Obrigada!\nMartina\n"),
    M("Sorveteria Gaúcha <sorveteria.gaucha.fln@gmail.com>", OWDTO,
      "Re: Reembolso etapa OWD-2025-3424 [OWD-1460]", d(2025, 9, 29, 15, 0, FLN),
      "Desculpem: o motivo é que o inverno foi fraco e cortamos a loja de delivery do site; essa etapa "
      "era justamente a do delivery.\n\nMartina\n\nEm sex., 26 de set. de 2025 às 14:05, Optima WebDesign "
      "escreveu:\n> Para analisar o pedido, precisamos do motivo. [OWD-1460]\n",
      headers={"_irt": "<owd-1460.reply@optimawebdesign.com>"})],
    [R("approve", "18000.00")],
    spec="C3 thread: the answer gives the reason; O3 milestone not_started: approve 18000.00 before tax.")

proj("Funilaria Rondônia Site", "funilaria.rondonia@gmail.com", None)
owpay("pt33_o25", "OWD-2025-3425", "Funilaria Rondônia Site", "deposit", "11000.00", "1980.00",
      "2025-09-28T16:00:00")
case("pt-o23-guajara-contestacao-cartao", OWB, "decided", [M(
    "Funilaria Rondônia <funilaria.rondonia@gmail.com>", OWDTO, "sinal do site – devolução ou chargeback",
    d(2025, 9, 29, 10, 0, GJM),
    "Bom dia. Paguei ontem o sinal do Funilaria Rondônia Site (OWD-2025-3425) e desisti, o sócio não quer "
    "mais. Se não devolverem em 48 horas eu abro chargeback no cartão, já avisei o banco.\n\nClaudemir\n")],
    [R("escalate")], rules=["C4"],
    spec="C4: chargeback threat: escalate (an O2 approval is not decided by the bot).")

case("pt-o24-resposta-automatica", OWB, "ignore", [M(
    "Cerimonial Sol de Mayo <soldemayo.eventos@gmail.com>", OWDTO,
    "Resposta automática: RE: Refund Request — Cerimonial Sol de Mayo [OWD-1455]", d(2025, 9, 30, 3, 0, FLN),
    "Olá! Estou em um casamento em Bombinhas até quarta. Respondo assim que possível. ¡Gracias!\n",
    headers={"Auto-Submitted": "auto-replied", "_irt": "<owd-1455.reply@optimawebdesign.com>"})],
    rules=["C7"], spec="C7: auto-reply: ignore.")

case("pt-o25-cartorio-pergunta-antes", OWB, "other", [M(
    "Oficial de Registro Civil <registrocivil.capital@cartoriorc.example>", OWDTO, "Consulta prévia",
    d(2025, 9, 25, 14, 0, SAO),
    "Prezados,\n\nEstamos avaliando a contratação de um site institucional para o Registro Civil. Caso "
    "paguemos o sinal e o projeto não seja aprovado pela Corregedoria, haveria devolução? E a manutenção "
    "mensal pode ser cancelada a qualquer momento?\n\nAtenciosamente,\nBel. Otávio Prado\n")],
    spec="Section 8 hypotheticals before buying: a policy question: other.")

proj("Parrilla El Charrúa Site", "elcharrua.floripa@gmail.com", "2025-08-01T10:00:00")
owpay("pt33_o27", "OWD-2025-3427", "Parrilla El Charrúa Site", "change_request", "4200.00", "756.00",
      "2025-09-24T16:00:00")
case("pt-o26-floripa-uruguaio-alteracao", OWB, "decided", [M(
    "Parrilla El Charrúa <elcharrua.floripa@gmail.com>", OWDTO, "devolução da alteração do cardápio",
    d(2025, 9, 27, 12, 0, FLN),
    "Boa tarde. Sou o Sebastián, uruguaio, da Parrilla El Charrúa em Canasvieiras. Pedimos uma alteração "
    "fora do escopo (cardápio em três idiomas, fatura OWD-2025-3427) do Parrilla El Charrúa Site. Agora "
    "decidimos usar só um PDF, então não precisamos mais. Quero a devolução, bo.\n\nSebastián\n")],
    [R("deny")],
    spec="O6: change requests outside the original scope are never refundable: deny.")

proj("Registro de Imóveis Portal", "oficial@registroimoveis.example", "2025-01-10T10:00:00")
owpay("pt33_o28", "OWD-2025-3428", "Registro de Imóveis Portal", "retainer", "9500.00", "1710.00",
      "2025-09-25T16:00:00", period_start="2025-09-25", period_end="2025-10-24", next_billing_at="2025-10-25")
case("pt-o27-cartorio-menciona-direitos", OWB, "decided", [M(
    "Oficial de Registro <oficial@registroimoveis.example>", OWDTO,
    "Cancelamento – Registro de Imóveis Portal – OWD-2025-3428", d(2025, 9, 29, 14, 0, SAO),
    "Prezados Senhores,\n\nComunicamos o cancelamento da manutenção mensal do Registro de Imóveis Portal "
    "(OWD-2025-3428), em razão da migração para a plataforma do Operador Nacional. Nosso advogado revisou o "
    "contrato e lembra que o Código de Defesa do Consumidor garante direitos que prevalecem sobre as "
    "condições de vocês; esperamos não precisar recorrer a eles.\n\nAtenciosamente,\nDr. Ernesto Vilela\n"
    "Oficial Registrador\n")],
    [X("escalate")], rules=["C4"],
    spec="C4: a lawyer and statutory consumer rights are invoked: the whole case escalates, the cancellation "
         "included (section 8).")


case("pt-o28-copia-propria-lembrete", OWB, "ignore", [M(
    "Optima WebDesign <support@optimawebdesign.com>", OWDTO, "Lembrete: fatura OWD-2025-3499 vence amanhã",
    d(2025, 9, 29, 11, 0, tz(5, 30)),
    "Olá,\n\nLembramos que a fatura OWD-2025-3499 (manutenção mensal) vence amanhã. Para cancelar ou pedir "
    "reembolso, responda a este e-mail.\n\nOptima WebDesign\n")],
    rules=["C7"], spec="C7: the sender is one of the brand's own addresses (support@optimawebdesign.com): "
                       "ignore, although the text mentions cancelling and refunds.")

if __name__ == "__main__":
    # the cases above were written as the module ran; now the ledger and expectations
    (HERE / "ledger.json").write_text(json.dumps(LEDGER, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (HERE / "expected.json").write_text(json.dumps({"cases": CASES}, ensure_ascii=False, indent=1) + "\n",
                                        encoding="utf-8")
    print(f"{len(CASES)} cases, {len(LEDGER['payments'])} payments")
