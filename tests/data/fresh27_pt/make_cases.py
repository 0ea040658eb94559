#!/usr/bin/env python3
"""fresh27_pt: held-out Portuguese cases for mailbot (Brazil's North and Northeast: Belém,
Manaus, Recife, Salvador, Fortaleza; Angola; Mozambique; Porto and Braga).

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
LO = "LeadsOptima Suporte <support@leadsoptima.com>"
OWD = "Optima WebDesign <optimawebdesigns12@gmail.com>"
LOB, OWB = "leadsoptima", "optima_webdesign"


def tz(h, m=0):
    return timezone(timedelta(hours=h, minutes=m))


# September 2025 offsets: Belém, Recife, Salvador, Fortaleza -03 (no DST), Manaus -04, Luanda +01 (WAT),
# Maputo +02 (CAT), Porto/Braga +01 (WEST, summer time until 26 October)
BEL, REC, SSA, FOR, MAO, LUA, MPM, OPO = tz(-3), tz(-3), tz(-3), tz(-3), tz(-4), tz(1), tz(2), tz(1)

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
        mid = f"<{cid}.{i}.{int(m['when'].timestamp())}@mail.fresh27-{LANG}.example>"
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
DISC_PT = ("\n\n--\nAVISO DE CONFIDENCIALIDADE: Esta mensagem e os seus anexos são confidenciais e destinados "
           "exclusivamente ao destinatário. Se a recebeu por engano, por favor informe o remetente e apague-a. "
           "Antes de imprimir, pense no ambiente.\n")
DISC_BR = ("\n\n___\nEsta mensagem pode conter informação confidencial e/ou privilegiada (LGPD - Lei 13.709/2018). "
           "Se você não for o destinatário, não deve usar, copiar ou divulgar as informações nela contidas.\n")

# ---------------------------------------------------------------------------------------------
# LeadsOptima
# ---------------------------------------------------------------------------------------------

cust("raimunda.acai.belem@gmail.com", "Raimunda Sousa", "monthly", start="2025-09-26", end="2025-10-25")
lopay("p_p01", "LO-INV-28101", "raimunda.acai.belem@gmail.com", "monthly", "1499.00", "2025-09-26T17:00:00",
      "2025-09-26", "2025-10-25")
lopay("p_p02", "LO-INV-28102", "raimunda.acai.belem@gmail.com", "monthly", "1499.00", "2025-09-26T17:01:00",
      "2025-09-26", "2025-10-25")
case("pt-l01-belem-audio-transcrito", LOB, "decided", [M(
    "Raimunda Sousa <raimunda.acai.belem@gmail.com>", SUP, "cobrança", d(2025, 9, 27, 9, 10, BEL),
    "bom dia gente aqui é a raimunda do açaí da pedreira vírgula tô mandando por áudio que o meu neto "
    "transformou em texto ponto vocês me cobraram duas vezes o plano mensal ontem vírgula duas vezes mil "
    "quatrocentos e noventa e nove ponto a nota do segundo é LO INV 28102 ponto quero o dinheiro dessa "
    "segunda cobrança de volta por favor égua que susto que eu levei\n\n[transcrição automática]\n")],
    [R("approve", "1499.00")],
    spec="L2 duplicate_payment, L4: two paid monthly charges 2025-09-26 same period; mail 2025-09-27 17:40 IST, "
         "day 1; 'LO INV 28102' = LO-INV-28102 (section 8): approve 1499.00.")

cust("financeiro@pescadosboaviagem.com.br", "Pescados Boa Viagem Ltda", "quarterly", start="2025-09-19",
     end="2025-12-18")
lopay("p_p03", "LO-INV-28103", "financeiro@pescadosboaviagem.com.br", "quarterly", "3999.00",
      "2025-09-19T11:00:00", "2025-09-19", "2025-12-18")
lopay("p_p04", "LO-INV-28104", "financeiro@pescadosboaviagem.com.br", "quarterly", "3999.00",
      "2025-09-19T11:03:00", "2025-09-19", "2025-12-18")
case("pt-l02-recife-financeiro-barra", LOB, "decided", [M(
    "Financeiro - Pescados Boa Viagem <financeiro@pescadosboaviagem.com.br>", SUP,
    "Solicitação de estorno - cobrança em duplicidade", d(2025, 9, 22, 8, 30, REC),
    "Prezados, bom dia.\n\nIdentificamos na fatura do cartão corporativo a cobrança em duplicidade do plano "
    "trimestral, ambas em 19/09/2025 no valor de INR 3.999,00 (+ impostos). Solicitamos o estorno da "
    "segunda cobrança, nota LO/INV/28104.\n\nAtenciosamente,\n\nJosé Cícero Albuquerque\nAnalista "
    "Financeiro | Pescados Boa Viagem Ltda.\nCNPJ 00.000.000/0001-00 | Recife - PE" + DISC_BR)],
    [R("approve", "3999.00")],
    spec="L4: two paid quarterly charges 2025-09-19 same period; mail 2025-09-22 17:00 IST, day 3; "
         "'LO/INV/28104' = LO-INV-28104 (section 8): approve 3999.00.")

cust("thiago.barbosa.mao@gmail.com", "Thiago Barbosa", "annual", start="2025-09-15", end="2026-09-14")
lopay("p_p05", "LO-INV-28105", "thiago.barbosa.mao@gmail.com", "annual", "11988.00", "2025-09-15T10:00:00",
      "2025-09-15", "2026-09-14")
lopay("p_p06", "LO-INV-28106", "thiago.barbosa.mao@gmail.com", "annual", "11988.00", "2025-09-15T10:02:00",
      "2025-09-15", "2026-09-14")
case("pt-l03-manaus-dia-7-fim-do-dia", LOB, "decided", [M(
    "Thiago Barbosa <thiago.barbosa.mao@gmail.com>", SUP, "Anuidade cobrada 2x", d(2025, 9, 22, 13, 0, MAO),
    "Olá, boa tarde.\n\nNa segunda passada (15) a anuidade foi debitada duas vezes no meu cartão, R$... quer "
    "dizer, INR 11.988,00 cada débito. Notas LO-INV-28105 e LO-INV-28106. Peço a devolução do valor pago "
    "duas vezes (a 28106).\n\nValeu,\nThiago\nManaus - AM\n")],
    [R("approve", "11988.00")],
    spec="L4: annual charged twice 2025-09-15 IST; mail 2025-09-22 13:00 -04:00 = 22:30 IST, day 7, inside "
         "(L3): approve 11988.00.")

cust("celso.macuacua@gmail.com", "Celso Macuácua", "monthly", start="2025-09-21", end="2025-10-20")
lopay("p_p07", "LO-INV-28107", "celso.macuacua@gmail.com", "monthly", "1499.00", "2025-09-21T01:00:00",
      "2025-09-21", "2025-10-20")
lopay("p_p08", "LO-INV-28108", "celso.macuacua@gmail.com", "monthly", "1499.00", "2025-09-21T01:01:00",
      "2025-09-21", "2025-10-20")
case("pt-l04-maputo-oito-dias-locais-sete-na-india", LOB, "decided", [M(
    "Celso Macuácua <celso.macuacua@gmail.com>", SUP, "Débito duplicado", d(2025, 9, 28, 19, 0, MPM),
    "Boa noite caros senhores,\n\nSei que já passaram 8 dias desde o sábado 20 à noite quando me foi "
    "debitado o plano mensal duas vezes (LO-INV-28107 e LO-INV-28108), mas mesmo assim peço que "
    "analisem e me devolvam o débito em duplicado. Estive em Inhambane sem rede.\n\nCumprimentos,\n"
    "Celso Macuácua\nMaputo, Moçambique\n")],
    [R("approve", "1499.00")],
    spec="L4: charges 2025-09-21 01:00 IST (= 2025-09-20 21:30 in Maputo); mail 2025-09-28 19:00 +02:00 = "
         "22:30 IST: day 7 in the brand's zone (section 1), inside although the customer counts 8: approve "
         "1499.00.")

cust("kiala.domingos@kianda-tech.co.ao", "Kiala Domingos", "monthly", start="2025-09-12", end="2025-10-11")
lopay("p_p09", "LO-INV-28109", "kiala.domingos@kianda-tech.co.ao", "monthly", "1499.00", "2025-09-12T10:00:00",
      "2025-09-12", "2025-10-11")
lopay("p_p10", "LO-INV-28110", "kiala.domingos@kianda-tech.co.ao", "monthly", "1499.00", "2025-09-12T10:01:00",
      "2025-09-12", "2025-10-11")
case("pt-l05-luanda-dia-8-por-fuso", LOB, "decided", [M(
    "Kiala Domingos <kiala.domingos@kianda-tech.co.ao>", SUP, "Cobrança em duplicado - LO-INV-28110",
    d(2025, 9, 19, 21, 0, LUA),
    "Boa noite,\n\nNo dia 12 do corrente fomos cobrados duas vezes pelo plano mensal (LO-INV-28109 e "
    "LO-INV-28110). Ainda estamos dentro dos 7 dias, hoje é dia 19 aqui em Luanda. Solicitamos o reembolso "
    "da cobrança em duplicado.\n\nMelhores cumprimentos,\nKiala Domingos\nKianda Tech, Lda - Talatona\n")],
    [R("deny")],
    spec="L3: charges 2025-09-12 IST; mail 2025-09-19 21:00 +01:00 = 2025-09-20 01:30 IST, day 8 in the "
         "brand's zone: outside the window, deny.")

cust("compras@rendasdoceara.com.br", "Rendas do Ceará", "monthly", start="2025-09-28", end="2025-10-27")
for pid, inv, t in (("p_p11", "LO-INV-28111", "18:30:00"), ("p_p12", "LO-INV-28112", "18:30:20"),
                    ("p_p13", "LO-INV-28113", "18:30:45")):
    lopay(pid, inv, "compras@rendasdoceara.com.br", "monthly", "1499.00", f"2025-09-28T{t}", "2025-09-28",
          "2025-10-27")
case("pt-l06-fortaleza-tres-cobrancas", LOB, "decided", [M(
    "Rendas do Ceará <compras@rendasdoceara.com.br>", SUP, "3 COBRANÇAS IGUAIS", d(2025, 9, 29, 10, 0, FOR),
    "Bom dia! Cliquei pra pagar o plano mensal e o site travou, aí cliquei de novo... resultado: três "
    "cobranças iguais de 1.499,00 no domingo (LO-INV-28111, LO-INV-28112, LO-INV-28113). Só temos UMA "
    "conta. Devolvam as duas a mais, por favor, oxente!\n\nNeide - Rendas do Ceará, Aldeota\n")],
    [R("approve", "2998.00")],
    spec="Section 8 three identical charges: the two after the first are duplicates, both inside L3 "
         "(2025-09-28 -> 2025-09-29 18:30 IST, day 1): 2 x 1499.00 = 2998.00.")

cust("lucas.pelourinho@gmail.com", "Lucas Nascimento", "quarterly", start="2025-09-24", end="2025-12-23")
lopay("p_p14", "LO-INV-28114", "lucas.pelourinho@gmail.com", "quarterly", "3999.00", "2025-09-24T10:00:00",
      "2025-09-24", "2025-12-23")
case("pt-l07-salvador-duplicado-sem-par", LOB, "decided", [M(
    "Lucas Nascimento <lucas.pelourinho@gmail.com>", SUP, "cobrado duas vezes??", d(2025, 9, 26, 15, 0, SSA),
    "E aí pessoal, beleza? No app do banco aparecem dois débitos de vocês no dia 24, acho que fui cobrado "
    "duas vezes. A nota que recebi é LO-INV-28114. Me devolvam um deles por favor.\nLucas - Rio Vermelho\n")],
    [R("escalate")],
    spec="L4: duplicate claimed inside the window (day 2) but the ledger holds one paid charge: no pair, "
         "escalate.")

cust("geral@vinhosdodouro-porto.pt", "Vinhos do Douro Porto", "monthly", start="2025-09-25", end="2025-10-24")
lopay("p_p15", "LO-INV-28115", "geral@vinhosdodouro-porto.pt", "monthly", "3999.00", "2025-09-25T10:00:00",
      "2025-09-25", "2025-10-24")
case("pt-l08-porto-valor-errado", LOB, "decided", [M(
    "Vinhos do Douro - Geral <geral@vinhosdodouro-porto.pt>", SUP, "Valor cobrado errado", d(2025, 9, 26, 9, 0, OPO),
    "Bom dia,\n\nTemos o plano mensal, mas na factura LO-INV-28115 de ontem foi-nos cobrado 3.999,00 em vez "
    "de 1.499,00. Trata-se de um valor errado. Agradecemos a correcção e a devolução da diferença.\n\n"
    "Com os melhores cumprimentos,\nAna Rebelo\nVinhos do Douro, Lda. - Ribeira, Porto" + DISC_PT)],
    [R("escalate")],
    spec="L2 billing_error (wrong amount) inside the window (2025-09-25 -> 2025-09-26 13:30 IST, day 1): L5 "
         "escalate with LO-INV-28115.")

cust("rui.fafe@sapo.pt", "Rui Fafe", "monthly", status="cancelled", start="2025-08-21", end="2025-09-20")
lopay("p_p16", "LO-INV-28116", "rui.fafe@sapo.pt", "monthly", "1499.00", "2025-09-21T10:00:00",
      "2025-09-21", "2025-10-20")
case("pt-l09-braga-cobrado-apos-cancelar", LOB, "decided", [M(
    "Rui Fafe <rui.fafe@sapo.pt>", SUP, "Cobrança após cancelamento", d(2025, 9, 25, 22, 0, OPO),
    "Boa noite.\n\nCancelei a subscrição em Agosto (Billing > Cancel Plan, recebi até o e-mail de "
    "confirmação) e no domingo, dia 21, voltaram a cobrar-me o mensal, factura LO-INV-28116. Fui cobrado "
    "depois de ter cancelado. Quero o dinheiro de volta, se faz favor.\n\nRui\nBraga\n")],
    [R("escalate")],
    spec="L2 billing_error (charged after cancelling) inside the window (2025-09-21 -> 2025-09-26 02:30 IST, "
         "day 5): L5 escalate.")

cust("suellen.maues@gmail.com", "Suellen Maués", "monthly", start="2025-09-25", end="2025-10-24")
lopay("p_p17", "LO-INV-28117", "suellen.maues@gmail.com", "monthly", "1499.00", "2025-09-25T10:00:00",
      "2025-09-25", "2025-10-24")
case("pt-l10-manaus-nao-consigo-entrar", LOB, "decided", [M(
    "Suellen Maués <suellen.maues@gmail.com>", SUP, "Re: não consigo entrar", d(2025, 9, 29, 8, 0, MAO),
    "Gente, continuo sem conseguir entrar no painel desde que renovou (LO-INV-28117). Aparece 'erro 500' e "
    "volta pra tela de login. Já limpei o cache, troquei de navegador, nada. Se não resolverem quero o "
    "reembolso desse mês, pago e não consigo usar.\n\nSuellen\n\n"
    "Em sex., 26 de set. de 2025 às 10:12, Suellen Maués <suellen.maues@gmail.com> escreveu:\n"
    "> Bom dia, não consigo acessar minha conta desde ontem.\n")],
    [R("escalate")],
    spec="L2 access_failure ('sem conseguir entrar', 'não consigo acessar') inside the window (2025-09-25 -> "
         "2025-09-29 17:30 IST, day 4): L6 escalate.")

cust("marcos.olinda@uol.com.br", "Marcos Vasconcelos", "monthly", start="2025-09-08", end="2025-10-07")
lopay("p_p18", "LO-INV-28118", "marcos.olinda@uol.com.br", "monthly", "1499.00", "2025-09-08T10:00:00",
      "2025-09-08", "2025-10-07")
case("pt-l11-olinda-acesso-fora-prazo", LOB, "decided", [M(
    "Marcos Vasconcelos <marcos.olinda@uol.com.br>", SUP, "sem acesso e quero reembolso", d(2025, 9, 19, 14, 0, REC),
    "Boa tarde. Desde o dia 9 eu não consigo acessar a plataforma, a página não carrega de jeito nenhum. "
    "Paguei o mês (LO-INV-28118) e não usei nada. Quero o reembolso.\nMarcos - Olinda\n")],
    [R("deny")],
    spec="access_failure, but charge 2025-09-08 IST and request 2025-09-19 22:30 IST = day 11 > 7: L3 deny.")

cust("edna.bento@ondjiri.co.ao", "Edna Bento", "quarterly", start="2025-09-26", end="2025-12-25")
lopay("p_p19", "LO-INV-28119", "edna.bento@ondjiri.co.ao", "quarterly", "3999.00", "2025-09-26T10:00:00",
      "2025-09-26", "2025-12-25")
case("pt-l12-luanda-desisti", LOB, "decided", [M(
    "Edna Bento <edna.bento@ondjiri.co.ao>", SUP, "Pedido de reembolso", d(2025, 9, 28, 10, 0, LUA),
    "Bom dia,\n\nFiz a subscrição do plano trimestral na sexta (LO-INV-28119) mas afinal desisti, a "
    "direcção decidiu que este ano não vamos investir em marketing digital. Peço o reembolso do valor.\n\n"
    "Obrigada,\nEdna Bento\nOndjiri Eventos - Luanda\n")],
    [R("deny")],
    spec="L1: changed mind is not an L2 exception (inside the window, day 2): deny, cancellation offered.")

cust("zaida.cossa@gmail.com", "Zaida Cossa", "annual", start="2025-06-10", end="2026-06-09")
lopay("p_p20", "LO-INV-28120", "zaida.cossa@gmail.com", "annual", "11988.00", "2025-06-10T10:00:00",
      "2025-06-10", "2026-06-09")
case("pt-l13-beira-caro-cancela-e-devolve", LOB, "decided", [M(
    "Zaida Cossa <zaida.cossa@gmail.com>", SUP, "Cancelamento + devolução", d(2025, 9, 24, 9, 0, MPM),
    "Caros,\n\nO plano anual ficou caro demais para nós com a subida do metical face à rupia... ou ao "
    "contrário, já nem sei. Quero cancelar a subscrição e receber de volta os meses que faltam até Junho.\n\n"
    "Zaida Cossa\nBeira, Sofala\n")],
    [R("deny"), X("cancel", "2026-06-09")],
    spec="L1: too expensive / unused months are no exception (and the June charge is far outside L3): refund "
         "deny; L8 cancel, active until current_period_end 2026-06-09.")

cust("igor.praiadefuturo@gmail.com", "Igor Lima", None, status="trial", trial_ends="2025-10-04")
case("pt-l14-fortaleza-teste-gratis", LOB, "decided", [M(
    "Igor Lima <igor.praiadefuturo@gmail.com>", SUP, "reembolso teste", d(2025, 9, 28, 20, 0, FOR),
    "Opa, tô no teste grátis e não curti muito não. Quero cancelar e receber de volta o que foi pago.\nIgor\n")],
    [R("deny")], extra_ok=True,
    spec="L7: a free-trial account has no charges: refund deny, nothing to refund; no billing unless he "
         "subscribes. (The trial simply lapses; a cancellation decision, if any, is not asserted.)")

cust("loja.veropeso@hotmail.com", "Loja Ver-o-Peso", "monthly", start="2025-09-14", end="2025-10-13")
lopay("p_p21", "LO-INV-28121", "loja.veropeso@hotmail.com", "monthly", "1499.00", "2025-09-14T10:00:00",
      "2025-09-14", "2025-10-13")
case("pt-l15-belem-cancelar-curto", LOB, "decided", [M(
    "Loja Ver-o-Peso <loja.veropeso@hotmail.com>", SUP, "cancelar plano", d(2025, 9, 30, 7, 0, BEL),
    "Bom dia, quero cancelar o plano mensal. Obrigado\n\nEnviado do meu Galaxy\n")],
    [X("cancel", "2025-10-13")],
    spec="L8: cancellation, no reason needed; effective current_period_end 2025-10-13.")

cust("joana.matosinhos@gmail.com", "Joana Ferreira", "monthly")
lopay("p_p22", "LO-INV-28122", "joana.matosinhos@gmail.com", "monthly", "1499.00", "2025-08-14T19:00:00+00:00",
      "2025-08-15", "2025-09-14")
lopay("p_p23", "LO-INV-28123", "joana.matosinhos@gmail.com", "monthly", "1499.00", "2025-09-14T19:00:00+00:00",
      "2025-09-15", "2025-10-14")
case("pt-l16-matosinhos-fallback-fuso", LOB, "decided", [M(
    "Joana Ferreira <joana.matosinhos@gmail.com>", SUP, "Cancelar subscrição", d(2025, 9, 29, 12, 0, OPO),
    "Olá,\n\nQueria cancelar a subscrição mensal. Vou mudar-me para Londres e a loja fecha. Já agora, "
    "até quando fica activa? No meu extracto a cobrança aparece a 14.\n\nObrigada,\nJoana\nMatosinhos\n")],
    [X("cancel", "2025-10-14")],
    spec="L8 fallback (no current_period_end): last charge 2025-09-14T19:00Z = 2025-09-15 00:30 IST (section 8 "
         "offsets: local date 15, though the customer's statement says 14) + 1 month - 1 day = 2025-10-14.")

cust("atendimento@acarajedadinha.com.br", "Acarajé da Dinha", "annual")
lopay("p_p24", "LO-INV-28124", "atendimento@acarajedadinha.com.br", "annual", "11988.00",
      "2024-10-09T10:00:00", "2024-10-09", "2025-10-08")
case("pt-l17-salvador-anual-nao-renovar", LOB, "decided", [M(
    "Acarajé da Dinha <atendimento@acarajedadinha.com.br>", SUP, "não renovar", d(2025, 9, 27, 16, 0, SSA),
    "Boa tarde, meu rei! O plano anual vence agora em outubro e a gente não vai renovar não, a maioria dos "
    "pedidos vem pelo iFood. Por favor cancelem pra não cobrar de novo.\n\nAbraço,\nDinha\nRio Vermelho\n")],
    [X("cancel", "2025-10-08")],
    spec="L8 fallback: no current_period_end; last charge 2024-10-09 + 12 months - 1 day = 2025-10-08.")

cust("direccao@escolaesperanca.co.ao", "Escola Esperança", "quarterly", start="2025-09-01", end="2025-11-30")
lopay("p_p25", "LO-INV-28125", "direccao@escolaesperanca.co.ao", "quarterly", "3999.00", "2025-09-01T10:00:00",
      "2025-09-01", "2025-11-30")
case("pt-l18-huambo-email-pessoal", LOB, "need_info", [M(
    "Prof. Adelino Chipenda <adelino.chipenda@yahoo.com>", SUP, "Cancelamento Escola Esperança",
    d(2025, 9, 26, 10, 0, LUA),
    "Estimados senhores,\n\nSou o director da Escola Esperança do Huambo. A conta está registada em "
    "direccao@escolaesperanca.co.ao, mas escrevo do meu e-mail pessoal porque a internet da escola caiu. "
    "Pretendemos cancelar o plano trimestral e saber quanto já foi pago este ano.\n\nAtenciosamente,\n"
    "Prof. Adelino Chipenda\n")],
    rules=["C2"],
    spec="C2: the sender (yahoo) is not the registered email he names: need_info, ask him to write from "
         "direccao@..., no account details.")

cust("diretoria@construtoraamazonia.com.br", "Construtora Amazônia", "annual", start="2025-09-25", end="2026-09-24")
lopay("p_p26", "LO-INV-28126", "diretoria@construtoraamazonia.com.br", "annual", "11988.00",
      "2025-09-25T10:00:00", "2025-09-25", "2026-09-24")
lopay("p_p27", "LO-INV-28127", "diretoria@construtoraamazonia.com.br", "annual", "11988.00",
      "2025-09-25T10:03:00", "2025-09-25", "2026-09-24")
case("pt-l19-manaus-enc-secretaria", LOB, "need_info", [M(
    "Secretaria Construtora Amazônia <secretaria@construtoraamazonia.com.br>", SUP,
    "ENC: Cobrança duplicada LeadsOptima", d(2025, 9, 26, 9, 0, MAO),
    "Bom dia, segue abaixo a solicitação do Dr. Feitosa.\n\nAtt,\nKeila\nSecretaria Executiva\n\n"
    "________________________________\n"
    "De: Diretoria <diretoria@construtoraamazonia.com.br>\n"
    "Enviado: quinta-feira, 25 de setembro de 2025 18:20\n"
    "Para: Secretaria Construtora Amazônia <secretaria@construtoraamazonia.com.br>\n"
    "Assunto: Cobrança duplicada LeadsOptima\n\n"
    "Keila, peça à LeadsOptima o estorno da anuidade cobrada em duplicidade hoje (nota LO-INV-28127). A "
    "conta é diretoria@construtoraamazonia.com.br.\n\nFeitosa\n" + DISC_BR)],
    rules=["C2"],
    spec="Section 8 forwards: Outlook 'ENC:' block carries a request naming the registered email diretoria@; "
         "the sender is secretaria@: C2 need_info.")

cust("paulo.jatoba@gmail.com", "Paulo Jatobá", "monthly", start="2025-09-27", end="2025-10-26")
lopay("p_p28", "LO-INV-28128", "paulo.jatoba@gmail.com", "monthly", "1499.00", "2025-09-27T08:00:00",
      "2025-09-27", "2025-10-26")
lopay("p_p29", "LO-INV-28129", "paulo.jatoba@gmail.com", "monthly", "1499.00", "2025-09-27T08:01:00",
      "2025-09-27", "2025-10-26")
case("pt-l20-recife-encaminha-alerta", LOB, "decided", [M(
    "Paulo Jatobá <paulo.jatoba@gmail.com>", SUP, "Fwd: Compra aprovada no seu cartão",
    d(2025, 9, 28, 10, 0, REC),
    "Oi, olhem aí embaixo: duas compras iguais de vocês no mesmo minuto. Me cobraram em dobro o mensal. "
    "Quero o estorno da segunda, nota LO-INV-28129.\n\nPaulo\n\n"
    "---------- Mensagem encaminhada ---------\n"
    "De: Banco Nordeste Digital <avisos@bancond.example.com.br>\n"
    "Date: sex., 26 de set. de 2025 às 23:31\n"
    "Subject: Compra aprovada no seu cartão\n"
    "To: <paulo.jatoba@gmail.com>\n\n"
    "Compra aprovada: LEADSOPTIMA SUBS  INR 1.768,82  final 0917\n"
    "Compra aprovada: LEADSOPTIMA SUBS  INR 1.768,82  final 0917\n")],
    [R("approve", "1499.00")],
    spec="Forward from the registered address itself (no C2); two paid monthly charges 2025-09-27 same "
         "period; mail 2025-09-28 18:30 IST, day 1: L4 approve 1499.00 (1.768,82 includes tax, C6).")

cust("carla.guimaraes@gmail.com", "Carla Guimarães", "monthly", start="2025-09-10", end="2025-10-09")
lopay("p_p30", "LO-INV-28130", "carla.guimaraes@gmail.com", "monthly", "1499.00", "2025-09-10T10:00:00",
      "2025-09-10", "2025-10-09")
case("pt-l21-guimaraes-mais-tag", LOB, "need_info", [M(
    "Carla Guimarães <carla.guimaraes+leads@gmail.com>", SUP, "cancelar", d(2025, 9, 24, 18, 0, OPO),
    "Boa tarde, pretendo cancelar o plano mensal. Obrigada.\nCarla\n")],
    rules=["C2"],
    spec="Section 8: carla.guimaraes+leads@ is another address than the registered carla.guimaraes@: C2 "
         "need_info.")

cust("Contato@PousadaJericoacoara.com.br", "Pousada Jericoacoara", "monthly", start="2025-09-18",
     end="2025-10-17")
lopay("p_p31", "LO-INV-28131", "Contato@PousadaJericoacoara.com.br", "monthly", "1499.00", "2025-09-18T10:00:00",
      "2025-09-18", "2025-10-17")
case("pt-l22-jeri-maiusculas", LOB, "decided", [M(
    "pousada jeri <contato@pousadajericoacoara.com.br>", SUP, "CANCELAMENTO", d(2025, 9, 25, 14, 0, FOR),
    "BOA TARDE. FAVOR CANCELAR O PLANO DA POUSADA, VAMOS FECHAR PRA REFORMA ATÉ DEZEMBRO. GRATO.\n")],
    [X("cancel", "2025-10-17")],
    spec="Addresses compare case-insensitively: verified. L8 cancel, effective current_period_end 2025-10-17.")

cust("socio@padariabomjesus.pt", "Padaria Bom Jesus", "monthly", start="2025-09-23", end="2025-10-22")
lopay("p_p32", "LO-INV-28132", "socio@padariabomjesus.pt", "monthly", "1499.00", "2025-09-23T10:00:00",
      "2025-09-23", "2025-10-22")
lopay("p_p33", "LO-INV-28133", "socio@padariabomjesus.pt", "monthly", "1499.00", "2025-09-23T10:01:00",
      "2025-09-23", "2025-10-22")
case("pt-l23-braga-reply-to", LOB, "need_info", [M(
    "Padaria Bom Jesus - Loja <loja@padariabomjesus.pt>", SUP, "Cobrança a dobrar", d(2025, 9, 24, 10, 0, OPO),
    "Bom dia, cobraram-nos a dobrar o plano mensal ontem (LO-INV-28132 e LO-INV-28133). Por favor devolvam a "
    "segunda. Respondam para o sócio, que é o titular.\nLoja\n",
    reply_to="socio@padariabomjesus.pt")],
    rules=["C2"],
    spec="Section 8: the sender is the From address (loja@), not the registered socio@; Reply-To never "
         "verifies anyone: C2 need_info.")

cust("secretaria@ordemdoscontabilistas-mz.org", "Associação de Contabilistas", "annual", start="2025-09-25",
     end="2026-09-24")
lopay("p_p34", "LO-INV-28134", "secretaria@ordemdoscontabilistas-mz.org", "annual", "11988.00",
      "2025-09-25T10:00:00", "2025-09-25", "2026-09-24")
case("pt-l24-maputo-oficio-sem-motivo", LOB, "need_info", [M(
    "Secretaria Geral <secretaria@ordemdoscontabilistas-mz.org>", SUP,
    "Ofício n.º 112/SG/2025 - Pedido de reembolso", d(2025, 9, 29, 9, 0, MPM),
    "Exmos. Senhores,\n\nAssunto: Pedido de reembolso\n\nVimos por este meio, mui respeitosamente, solicitar "
    "o reembolso do valor pago através da factura LO-INV-28134, referente à subscrição anual.\n\nSem outro "
    "assunto de momento, subscrevemo-nos com elevada estima e consideração.\n\nA Secretária-Geral\n"
    "(assinatura ilegível)\nMaputo, aos 29 de Setembro de 2025" + DISC_PT)],
    missing=["reason"],
    spec="Section 8 'what a reason is': the formal restatement, courtesy formulas and disclaimer are no "
         "reason; plan and invoice known: need_info reason (C3).")

cust("helena.cavalcante@gmail.com", "Helena Cavalcante", "monthly", start="2025-09-27", end="2025-10-26")
lopay("p_p35", "LO-INV-28135", "helena.cavalcante@gmail.com", "monthly", "1499.00", "2025-08-27T10:00:00",
      "2025-08-27", "2025-09-26")
lopay("p_p36", "LO-INV-28136", "helena.cavalcante@gmail.com", "monthly", "1499.00", "2025-09-27T10:00:00",
      "2025-09-27", "2025-10-26")
case("pt-l25-fortaleza-sem-acesso-sem-nota", LOB, "need_info", [M(
    "Helena Cavalcante <helena.cavalcante@gmail.com>", SUP, "plataforma fora do ar", d(2025, 9, 29, 11, 0, FOR),
    "Bom dia. Desde sábado a plataforma não carrega pra mim, fica só a rodinha girando. Se não tiver solução, "
    "quero o reembolso. Não achei a nota no meu e-mail, desculpem.\nHelena\n")],
    missing=["invoice_number"],
    spec="C3: access_failure reason given, plan from the ledger, but two charges (2025-08-27 and 2025-09-27) "
         "and no invoice: need_info invoice_number.")

cust("dario.tchissola@gmail.com", "Dário Tchissola", "quarterly", start="2025-09-24", end="2025-12-23")
lopay("p_p37", "LO-INV-28137", "dario.tchissola@gmail.com", "quarterly", "3999.00", "2025-06-24T10:00:00",
      "2025-06-24", "2025-09-23")
lopay("p_p38", "LO-INV-28138", "dario.tchissola@gmail.com", "quarterly", "3999.00", "2025-09-24T10:00:00",
      "2025-09-24", "2025-12-23")
case("pt-l26-lobito-fio-plano-errado", LOB, "decided", [
    M("Dário Tchissola <dario.tchissola@gmail.com>", SUP, "reembolso", d(2025, 9, 25, 8, 0, LUA),
      "Bom dia, preciso de um reembolso urgente. Como faço?\nDário - Lobito\n"),
    M("Dário Tchissola <dario.tchissola@gmail.com>", SUP, "RE: reembolso [LO-2811]", d(2025, 9, 30, 20, 0, LUA),
      "Boa noite. A factura é a LO-INV-28138. Eu pedi para mudar para o plano mensal em Agosto e cobraram-me "
      "outra vez o trimestral, ou seja, cobraram o plano errado.\n\nDário\n\n"
      "-----Mensagem original-----\nDe: LeadsOptima Support <support@leadsoptima.com>\n"
      "Enviada: quinta-feira, 25 de setembro de 2025 08:02\nAssunto: Re: reembolso [LO-2811]\n\n"
      "Indique-nos o motivo e o número da factura.\n",
      headers={"_irt": "<lo-2811.reply@leadsoptima.com>"})],
    [R("escalate")],
    spec="C3 thread: the answer gives the invoice and a billing_error (charged for the wrong plan). Request "
         "time = first mail 2025-09-25 12:30 IST, day 1 after 2025-09-24: L5 escalate (the answer, day 7, "
         "does not move it).")

cust("nilza.mondlane@gmail.com", "Nilza Mondlane", "monthly", start="2025-09-26", end="2025-10-25")
lopay("p_p39", "LO-INV-28139", "nilza.mondlane@gmail.com", "monthly", "1499.00", "2025-09-26T10:00:00",
      "2025-09-26", "2025-10-25")
case("pt-l27-nampula-fio-motivo-l1", LOB, "decided", [
    M("Nilza Mondlane <nilza.mondlane@gmail.com>", SUP, "Reembolso LO-INV-28139", d(2025, 9, 27, 9, 0, MPM),
      "Bom dia, gostaria de pedir o reembolso da factura LO-INV-28139. Obrigada.\nNilza\n"),
    M("Nilza Mondlane <nilza.mondlane@gmail.com>", SUP, "Re: Reembolso LO-INV-28139 [LO-2820]",
      d(2025, 9, 28, 9, 0, MPM),
      "O motivo é que quase não usei, a rede em Nampula é muito fraca e prefiro trabalhar pelo WhatsApp.\n\n"
      "> Indique-nos o motivo do pedido. [LO-2820]\n",
      headers={"_irt": "<lo-2820.reply@leadsoptima.com>"})],
    [R("deny")],
    spec="C3 thread: the reason (barely used it, prefers WhatsApp) is no L2 exception: L1 deny (day 1), "
         "cancellation offered. Weak network is not a platform access failure.",
    ambiguous=None)

cust("geraldo.tapajos@gmail.com", "Geraldo Tapajós", "annual", start="2025-04-02", end="2026-04-01")
lopay("p_p40", "LO-INV-28140", "geraldo.tapajos@gmail.com", "annual", "11988.00", "2025-04-02T10:00:00",
      "2025-04-02", "2026-04-01")
case("pt-l28-santarem-nao-quero-reembolso", LOB, "other", [M(
    "Geraldo Tapajós <geraldo.tapajos@gmail.com>", SUP, "Dúvida nota fiscal", d(2025, 9, 29, 15, 0, BEL),
    "Boa tarde. Não quero reembolso nem cancelar nada, tá tudo ótimo. Só preciso saber se vocês conseguem "
    "emitir a nota com o CNPJ da empresa em vez do meu CPF, pro contador.\n\nGeraldo\nSantarém - PA\n")],
    spec="Section 8 negation: 'não quero reembolso nem cancelar' adds no intent; an invoice question: other.")

case("pt-l29-porto-pergunta-antes", LOB, "other", [M(
    "Tiago Moreira <tiago.moreira.porto@gmail.com>", SUP, "Dúvida antes de subscrever", d(2025, 9, 30, 11, 0, OPO),
    "Olá,\n\nAntes de subscrever o plano trimestral: se eu pagar e a plataforma não der para o meu caso, "
    "posso pedir o reembolso? E se me cobrarem duas vezes por engano, como funciona?\n\nCumprimentos,\nTiago\n")],
    spec="Section 8 hypotheticals: policy questions before buying: other.")

cust("amelia.capanda@gmail.com", "Amélia Capanda", "monthly", start="2025-09-15", end="2025-10-14")
lopay("p_p41", "LO-INV-28141", "amelia.capanda@gmail.com", "monthly", "1499.00", "2025-09-15T10:00:00",
      "2025-09-15", "2025-10-14")
lopay("p_p54", "LO-INV-28154", "amelia.capanda@gmail.com", "monthly", "1499.00", "2025-09-15T10:01:00",
      "2025-09-15", "2025-10-14", status="refunded")
case("pt-l30-benguela-obrigada", LOB, "other", [M(
    "Amélia Capanda <amelia.capanda@gmail.com>", SUP, "Re: Reembolso aprovado [LO-2760]", d(2025, 9, 27, 10, 0, LUA),
    "Muito obrigada pela rapidez, o valor do débito duplicado já caiu na minha conta. Bom trabalho!\n"
    "Amélia\nBenguela\n\n> O seu reembolso foi aprovado. [LO-2760]\n",
    headers={"_irt": "<lo-2760.reply@leadsoptima.com>"})],
    spec="A thank-you after a credited refund: past event, no request: other.")

cust("wellington.ssa@gmail.com", "Wellington Santos", "monthly", start="2025-09-19", end="2025-10-18")
lopay("p_p42", "LO-INV-28142", "wellington.ssa@gmail.com", "monthly", "1499.00", "2025-09-19T10:00:00",
      "2025-09-19", "2025-10-18")
case("pt-l31-salvador-passado-e-cancela", LOB, "decided", [M(
    "Wellington Santos <wellington.ssa@gmail.com>", SUP, "cancelamento", d(2025, 9, 29, 21, 0, SSA),
    "Boa noite. Mês passado vocês me devolveram uma cobrança duplicada, valeu demais. Agora quero cancelar "
    "o plano mensal mesmo, vou fechar a loja virtual e voltar pro CLT.\nWellington\n")],
    [X("cancel", "2025-10-18")],
    spec="Section 8 past events: the refund last month is history, no refund intent; L8 cancel, effective "
         "2025-10-18.")

cust("renata.boaviagem@gmail.com", "Renata Lins", "quarterly", start="2025-09-26", end="2025-12-25")
lopay("p_p43", "LO-INV-28143", "renata.boaviagem@gmail.com", "quarterly", "3999.00", "2025-09-26T10:00:00",
      "2025-09-26", "2025-12-25")
case("pt-l32-recife-procon-contestar", LOB, "decided", [M(
    "Renata Lins <renata.boaviagem@gmail.com>", SUP, "ABSURDO - renovação sem aviso", d(2025, 9, 27, 10, 0, REC),
    "Vocês renovaram meu trimestral (LO-INV-28143) SEM AVISAR. Quero o cancelamento imediato e o dinheiro de "
    "volta. Se não resolverem até segunda vou contestar a compra no cartão e abrir reclamação no Procon "
    "e no Reclame Aqui.\nRenata Lins\n")],
    [R("escalate"), X("escalate")], rules=["C4"],
    spec="C4: card dispute ('contestar a compra no cartão') and a Procon (consumer authority) complaint: the "
         "whole case escalates (section 8), refund and cancellation.")

cust("antonio.feira@gmail.com", "Antônio Feira", "monthly", start="2025-09-28", end="2025-10-27")
lopay("p_p44", "LO-INV-28144", "antonio.feira@gmail.com", "monthly", "1499.00", "2025-09-28T18:30:00",
      "2025-09-28", "2025-10-27")
lopay("p_p45", "LO-INV-28145", "antonio.feira@gmail.com", "monthly", "1499.00", "2025-09-28T18:30:30",
      "2025-09-28", "2025-10-27")
case("pt-l33-feira-sem-contestacao", LOB, "decided", [M(
    "Antônio Feira <antonio.feira@gmail.com>", SUP, "paguei duas vezes", d(2025, 9, 29, 9, 0, SSA),
    "Bom dia. Paguei duas vezes o mensal ontem (a segunda nota é LO-INV-28145). O gerente do banco falou "
    "pra eu contestar, mas eu disse que não, não vou contestar nada no cartão, prefiro resolver com vocês "
    "direto. Só me devolvam a segunda cobrança, por gentileza.\n\nAntônio\nFeira de Santana - BA\n")],
    [R("approve", "1499.00")],
    spec="The customer rules the card dispute out ('não vou contestar nada'): no threat, no C4. L4: two paid "
         "monthly charges 2025-09-28, mail 2025-09-29 17:30 IST day 1: approve 1499.00.")

cust("ines.barcelos@advbarcelos.pt", "Inês Barcelos", "monthly", start="2025-09-03", end="2025-10-02")
lopay("p_p46", "LO-INV-28146", "ines.barcelos@advbarcelos.pt", "monthly", "1499.00", "2025-09-03T10:00:00",
      "2025-09-03", "2025-10-02")
case("pt-l34-barcelos-direitos-consumidor", LOB, "decided", [M(
    "Inês Barcelos <ines.barcelos@advbarcelos.pt>", SUP, "Reclamação", d(2025, 9, 9, 18, 0, OPO),
    "Exmos. Senhores,\n\nPaguei o plano mensal (LO-INV-28146) e a ferramenta não faz o que o vosso comercial "
    "prometeu. Exijo o reembolso integral. Lembro que os meus direitos como consumidora estão protegidos "
    "pela lei e que posso recorrer ao Livro de Reclamações e aos tribunais.\n\nInês Barcelos\n")],
    [R("escalate")], rules=["C4"],
    spec="C4: statutory/consumer rights and courts ('direitos como consumidora', 'tribunais') escalate; "
         "otherwise L1 would deny (not as promised is no L2 exception).")

case("pt-l35-ausencia-temporaria", LOB, "ignore", [M(
    "Francisca Nhantumbo <francisca@maputologistica.co.mz>", SUP,
    "Resposta automática: Re: O seu pedido [LO-2790]", d(2025, 9, 29, 8, 0, MPM),
    "Olá! Estou ausente do escritório até 10/10 sem acesso ao e-mail. Para reembolsos ou cancelamentos "
    "contacte financas@maputologistica.co.mz.\n",
    headers={"Auto-Submitted": "auto-replied", "_irt": "<lo-2790.reply@leadsoptima.com>"})],
    rules=["C7"], spec="C7: Auto-Submitted auto-replied: ignore.")

case("pt-l36-postmaster-devolvida", LOB, "ignore", [M(
    "postmaster@netcabo.example.pt", SUP, "Mensagem não entregue: Re: Cancelamento [LO-2795]",
    d(2025, 9, 28, 4, 0, OPO),
    "A sua mensagem não pôde ser entregue a alguns destinatários.\n\nDestinatário: loja.antiga@netcabo"
    ".example.pt\nMotivo: 550 5.1.1 caixa de correio inexistente\n")],
    rules=["C7"], spec="C7: postmaster sender (delivery failure report): ignore.")

cust("geral@ourivesariabraga.pt", "Ourivesaria Braga", "monthly", start="2025-09-29", end="2025-10-28")
lopay("p_p47", "LO-INV-28147", "geral@ourivesariabraga.pt", "monthly", "1499.00", "2025-09-29T09:00:00",
      "2025-09-29", "2025-10-28")
lopay("p_p48", "LO-INV-28148", "geral@ourivesariabraga.pt", "monthly", "1499.00", "2025-09-29T09:04:00",
      "2025-09-29", "2025-10-28")
case("pt-l37-braga-html-apple-mail", LOB, "decided", [M(
    "Ourivesaria Braga <geral@ourivesariabraga.pt>", SUP, "Débito em duplicado", d(2025, 9, 30, 10, 0, OPO),
    "<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\"></head>"
    "<body style=\"overflow-wrap: break-word; -webkit-nbsp-mode: space;\"><div dir=\"auto\">Bom dia,</div>"
    "<div dir=\"auto\"><br></div><div dir=\"auto\">Fomos debitados duas vezes pelo plano mensal no dia "
    "29/09 (duas cobranças iguais). Pedimos a devolução da segunda, factura <b>LO-INV-28148</b>.</div>"
    "<div dir=\"auto\"><br></div><div dir=\"auto\">Cumprimentos,<br>Manuel Araújo<br>Ourivesaria Braga · "
    "Rua do Souto</div><div dir=\"auto\"><br><div dir=\"auto\">Enviado do meu iPad</div></div></body></html>",
    html=True)],
    [R("approve", "1499.00")],
    spec="HTML-only Apple Mail; L4: two paid monthly charges 2025-09-29, mail 2025-09-30 13:30 IST day 1: "
         "approve 1499.00.")

cust("contato@farmaciacabobranco.com.br", "Farmácia Cabo Branco", "quarterly", start="2025-08-05",
     end="2025-11-04")
lopay("p_p49", "LO-INV-28149", "contato@farmaciacabobranco.com.br", "quarterly", "3999.00", "2025-08-05T10:00:00",
      "2025-08-05", "2025-11-04")
case("pt-l38-joaopessoa-varios-pedidos", LOB, "decided", [M(
    "Farmácia Cabo Branco <contato@farmaciacabobranco.com.br>", SUP, "Algumas questões", d(2025, 9, 26, 16, 0, REC),
    "Boa tarde, equipe!\n\nSeguem alguns pontos:\n- Dá pra integrar com o nosso sistema de delivery?\n- "
    "Quantos usuários o trimestral permite?\n- Conversei com os sócios e decidimos encerrar o plano "
    "trimestral: por favor cancelem, sem renovação em novembro. Estamos migrando para uma ferramenta da "
    "rede de farmácias.\n- Podem reenviar a nota de agosto? O contador perdeu.\n\nObrigada!\nJaqueline\n"
    "João Pessoa - PB\n")],
    [X("cancel", "2025-11-04")],
    spec="Mixed mail: only intent is the cancellation (third point); L8 effective current_period_end "
         "2025-11-04. No refund asked.")

cust("filipe.chimoio@gmail.com", "Filipe Chimoio", "monthly", start="2025-09-16", end="2025-10-15")
lopay("p_p50", "LO-INV-28150", "filipe.chimoio@gmail.com", "monthly", "1499.00", "2025-09-16T10:00:00",
      "2025-09-16", "2025-10-15")
case("pt-l39-chimoio-extenso-fora-prazo", LOB, "decided", [M(
    "Filipe Chimoio <filipe.chimoio@gmail.com>", SUP, "cobrança errada", d(2025, 9, 25, 20, 0, MPM),
    "Boa noite. No dia dezasseis de Setembro foi-me cobrado um valor errado: mil quatrocentos e noventa e "
    "nove rupias mais impostos, quando a promoção que aceitei era de novecentos e noventa e nove. Quero a "
    "devolução da diferença, factura LO-INV-28150.\nFilipe\n")],
    [R("deny")],
    spec="billing_error (wrong amount), but charge 2025-09-16 IST and request 2025-09-25 23:30 IST = day 9 > 7: "
         "L3 deny.")

cust("bruna.altamira@gmail.com", "Bruna Altamira", "monthly", start="2025-09-26", end="2025-10-25")
lopay("p_p51", "LO-INV-28151", "bruna.altamira@gmail.com", "monthly", "1499.00", "2025-09-26T10:00:00",
      "2025-09-26", "2025-10-25")
lopay("p_p52", "LO-INV-28152", "bruna.altamira@gmail.com", "monthly", "1499.00", "2025-09-26T10:01:00",
      "2025-09-26", "2025-10-25", status="refunded")
case("pt-l40-altamira-ja-estornado", LOB, "decided", [M(
    "Bruna Altamira <bruna.altamira@gmail.com>", SUP, "cobrança em dobro LO-INV-28152", d(2025, 9, 28, 10, 0, BEL),
    "Oi, fui cobrada em dobro no dia 26 (LO-INV-28151 e LO-INV-28152). Quero o estorno da segunda.\nBruna\n"
    "Altamira - PA\n")],
    [R("escalate")],
    spec="Duplicate claim inside the window (day 2) but LO-INV-28152 has status refunded: no pair of paid "
         "charges (L4) and a refund of a payment not 'paid' is escalated (section 8).")

case("pt-l41-promocao-bulk", LOB, "ignore", [M(
    "Clube de Vantagens Nordeste <promo@clubenordeste.example.com.br>", SUP,
    "Garanta reembolso em dobro nas compras de outubro!", d(2025, 9, 30, 6, 0, REC),
    "Promoção de outubro: cashback e reembolso garantido em lojas parceiras. Para cancelar o recebimento "
    "destes e-mails clique aqui.\n",
    headers={"Precedence": "bulk", "List-Unsubscribe": "<mailto:sair@clubenordeste.example.com.br>"})],
    rules=["C7"], spec="C7: Precedence: bulk (a promotional mailing mentioning refunds and cancelling): ignore.")

# ---------------------------------------------------------------------------------------------
# Optima WebDesign
# ---------------------------------------------------------------------------------------------

proj("Clinica Sorriso Boa Vista", "adm@clinicasorrisobv.com.br")
owpay("p_o01", "OWD-2025-501", "Clinica Sorriso Boa Vista", "deposit", "35000.00", "6300.00",
      "2025-09-25T14:00:00")
case("pt-o01-recife-sinal-40h", OWB, "decided", [M(
    "Administração Clínica Sorriso <adm@clinicasorrisobv.com.br>", OWDTO,
    "Refund Request — Clinica Sorriso Boa Vista / OWD-2025-501", d(2025, 9, 26, 21, 30, REC),
    "Boa noite, pessoal da Optima.\n\nPagamos o sinal do site da Clínica Sorriso Boa Vista na quinta (nota "
    "OWD-2025-501). Hoje a franqueadora informou que o site vai ser padronizado pela rede nacional, então "
    "não podemos ter site próprio. Solicitamos a devolução do sinal. Sabemos que vocês ainda não começaram."
    "\n\nAtt,\nDra. Priscila Maranhão" + DISC_BR)],
    [R("approve", "35000.00")], extra_ok=True,
    spec="O2: deposit paid 2025-09-25 14:00 IST; mail 2025-09-26 21:30 -03:00 = 2025-09-27 06:00 IST (40 h), "
         "no work: approve 35000.00 (tax 6300 kept, C6).")

proj("Tacacaria da Dona Eneida", "eneida.tacaca@gmail.com")
owpay("p_o02", "OWD-2025-502", "Tacacaria da Dona Eneida", "deposit", "12000.00", "2160.00",
      "2025-09-22T18:30:00")
case("pt-o02-manaus-sinal-72h-exatas", OWB, "decided", [M(
    "Eneida Tacacá <eneida.tacaca@gmail.com>", OWDTO, "Devolução do sinal - Tacacaria", d(2025, 9, 25, 9, 0, MAO),
    "Bom dia! Paguei o sinal (OWD-2025-502) do site da Tacacaria da Dona Eneida na segunda de manhã, "
    "umas 9h daqui. Minha filha vai fazer o site de graça pro TCC dela, então quero o sinal de volta. Ainda "
    "tá dentro das 72 horas né?\nEneida\n")],
    [R("deny")],
    spec="Section 8: paid 2025-09-22 18:30 IST (09:00 in Manaus); mail 2025-09-25 09:00 -04:00 = 18:30 IST: "
         "exactly 72 h, not before 72 h: O2 deny.")

proj("Escola de Capoeira Mandinga", "mandinga.capoeira@gmail.com")
owpay("p_o03", "OWD-2025-503", "Escola de Capoeira Mandinga", "deposit", "18000.00", "3240.00",
      "2025-09-26T10:00:00")
case("pt-o03-salvador-sinal-71h-madrugada", OWB, "decided", [M(
    "Mestre Bimbinha <mandinga.capoeira@gmail.com>", OWDTO, "cancelar o site e devolver o sinal",
    d(2025, 9, 29, 1, 0, SSA),
    "Salve, galera! Desculpa a hora. Paguei o sinal do site da Escola de Capoeira Mandinga na sexta "
    "(OWD-2025-503), mas o prédio da escola foi vendido e vamos ter que sair do Pelourinho. Sem sede não "
    "tem site. Quero o sinal de volta, vocês nem começaram ainda.\nAxé,\nMestre Bimbinha\n")],
    [R("approve", "18000.00")], extra_ok=True,
    spec="O2: paid 2025-09-26 10:00 IST; mail 2025-09-29 01:00 -03:00 = 09:30 IST = 71.5 h, before 72 h, no "
         "work: approve 18000.00.")

proj("Quinta do Minho Turismo", "reservas@quintadominho.pt", "2025-09-27T15:00:00")
owpay("p_o04", "OWD-2025-504", "Quinta do Minho Turismo", "deposit", "28000.00", "5040.00",
      "2025-09-26T12:00:00")
case("pt-o04-braga-sinal-trabalho-iniciado", OWB, "decided", [M(
    "Quinta do Minho <reservas@quintadominho.pt>", OWDTO, "Anulação do projecto", d(2025, 9, 28, 15, 0, OPO),
    "Boa tarde,\n\nPagámos o sinal (factura OWD-2025-504) do projecto Quinta do Minho Turismo na sexta. "
    "Ontem já recebemos o primeiro esboço, mas entretanto a família decidiu vender a quinta. Pedimos a "
    "devolução do sinal; ainda não passaram 72 horas.\n\nCumprimentos,\nMaria do Céu Azevedo\nAmares, Braga\n")],
    [R("deny")], extra_ok=True,
    spec="O2: mail 2025-09-28 19:30 IST is 55.5 h after payment, but work started 2025-09-27 15:00 (first "
         "sketch delivered), before the request: deny.")

proj("Cooperativa de Rendeiras", "coop.rendeiras@gmail.com", "2025-09-23T18:30:00")
owpay("p_o05", "OWD-2025-505", "Cooperativa de Rendeiras", "discovery", "15000.00", "2700.00",
      "2025-09-20T10:00:00")
case("pt-o05-fortaleza-discovery-iniciado", OWB, "decided", [M(
    "Cooperativa de Rendeiras <coop.rendeiras@gmail.com>", OWDTO, "reembolso consultoria",
    d(2025, 9, 29, 10, 0, FOR),
    "Bom dia. A Cooperativa de Rendeiras pagou a consultoria de estratégia (OWD-2025-505) e tivemos a "
    "primeira sessão na terça, mas a diretoria achou que não é o momento. Pedimos o reembolso das sessões "
    "que faltam.\nAtt, Socorro\nAquiraz - CE\n")],
    [R("deny")],
    spec="O1: the discovery sessions started 2025-09-23 18:30 IST (Tuesday 10:00 in Ceará), before the request: non-refundable, deny.")

proj("Kitanda Digital Luanda", "info@kitandadigital.co.ao")
owpay("p_o06", "OWD-2025-506", "Kitanda Digital Luanda", "discovery", "20000.00", "3600.00",
      "2025-09-24T10:00:00")
case("pt-o06-luanda-discovery-sem-sessoes", OWB, "decided", [M(
    "Kitanda Digital <info@kitandadigital.co.ao>", OWDTO, "Reembolso - sessão de estratégia",
    d(2025, 9, 26, 11, 0, LUA),
    "Estimados,\n\nEfectuámos o pagamento da sessão de estratégia (OWD-2025-506) para o projecto Kitanda "
    "Digital Luanda. Contudo, o financiamento do banco de fomento foi cancelado e não avançaremos. Ainda "
    "não houve nenhuma sessão. Solicitamos o reembolso.\n\nMelhores cumprimentos,\nNelson Kiala\n")],
    [R("approve", "20000.00")],
    spec="O1: discovery with no session started (work_started_at empty): approve 20000.00.")

proj("Cerveja Artesanal Ver-o-Rio", "brew@cervejaverorio.com.br")
owpay("p_o07", "OWD-2025-507", "Cerveja Artesanal Ver-o-Rio", "milestone", "26500.00", "4770.00",
      "2025-09-12T10:00:00", milestone_status="not_started")
case("pt-o07-belem-etapa-nao-iniciada", OWB, "decided", [M(
    "Ver-o-Rio Cervejaria <brew@cervejaverorio.com.br>", OWDTO, "Etapa 3 (loja virtual) - devolução",
    d(2025, 9, 25, 16, 0, BEL),
    "Fala, time! A etapa 3, da loja virtual (OWD-2025-507), do projeto Cerveja Artesanal Ver-o-Rio ainda nem "
    "começou, certo? A gente descobriu que não pode vender cerveja online sem uma licença que vai demorar "
    "um ano. Então pedimos a devolução dessa etapa. As outras seguem normal.\nAbs, Caio\n")],
    [R("approve", "26500.00")],
    spec="O3: milestone OWD-2025-507 not_started: approve its amount 26500.00 (before tax).")

proj("Capulanas Mozambique Store", "loja@capulanasmz.co.mz")
owpay("p_o08", "OWD-2025-508", "Capulanas Mozambique Store", "milestone", "32000.00", "5760.00",
      "2025-09-05T10:00:00", milestone_status="in_progress")
case("pt-o08-maputo-etapa-em-curso", OWB, "decided", [M(
    "Capulanas MZ <loja@capulanasmz.co.mz>", OWDTO, "Devolução parcial da etapa de catálogo",
    d(2025, 9, 26, 10, 0, MPM),
    "Bom dia,\n\nA etapa de catálogo (OWD-2025-508) do projecto Capulanas Mozambique Store está em curso, "
    "mas reduzimos a colecção para metade. Pedimos a devolução da parte ainda não trabalhada.\n\nObrigada,\n"
    "Lurdes Cumbe\n")],
    [R("escalate")],
    spec="O3: milestone in_progress: escalate (billable value of work not started needs a person).")

proj("Livraria da Ribeira Digital", "digital@livrariadaribeira.pt")
owpay("p_o09", "OWD-2025-509", "Livraria da Ribeira Digital", "milestone", "40000.00", "7200.00",
      "2025-08-25T10:00:00", milestone_status="completed")
case("pt-o09-porto-etapa-concluida", OWB, "decided", [M(
    "Livraria da Ribeira <digital@livrariadaribeira.pt>", OWDTO, "Reembolso etapa de design",
    d(2025, 9, 24, 10, 0, OPO),
    "Bom dia,\n\nA etapa de design (OWD-2025-509) do projecto Livraria da Ribeira Digital foi entregue, é verdade, "
    "mas o novo director de marketing não gosta do resultado. Pedimos o reembolso dessa etapa.\n\nCom os "
    "melhores cumprimentos,\nRicardo Pinto\n")],
    [R("deny")],
    spec="O3/O6: milestone completed (completed deliverable): deny.")

proj("Advocacia Cavalcanti Suporte", "ti@cavalcantiadv.com.br")
owpay("p_o10", "OWD-2025-510", "Advocacia Cavalcanti Suporte", "retainer", "14000.00", "2520.00",
      "2025-09-10T10:00:00", period_start="2025-09-10", period_end="2025-10-09",
      next_billing_at="2025-10-10T10:00:00")
case("pt-o10-recife-retainer-com-aviso", OWB, "decided", [M(
    "TI Cavalcanti <ti@cavalcantiadv.com.br>", OWDTO, "Encerramento do contrato mensal",
    d(2025, 9, 29, 10, 0, REC),
    "Prezados,\n\nInformamos o encerramento do contrato de suporte mensal (retainer) do projeto Advocacia "
    "Cavalcanti Suporte, nota OWD-2025-510, pois o escritório contratou um analista de TI interno.\n\n"
    "Atenciosamente,\nSetor de TI\nRecife - PE")],
    [X("cancel", "2025-10-09")],
    spec="O4/O8: request 2025-09-29 18:30 IST, next_billing_at 2025-10-10: 11 days' notice (>= 7): cancel, "
         "effective the day before, 2025-10-09. (A law firm's IT desk; no legal threat.)")

proj("Mercado do Kinaxixi Online", "mercado.kinaxixi@gmail.com")
owpay("p_o11", "OWD-2025-511", "Mercado do Kinaxixi Online", "retainer", "11000.00", "1980.00",
      "2025-09-03T10:00:00", period_start="2025-09-03", period_end="2025-10-02",
      next_billing_at="2025-10-03T10:00:00")
case("pt-o11-luanda-retainer-pouco-aviso", OWB, "decided", [M(
    "Mercado Kinaxixi <mercado.kinaxixi@gmail.com>", OWDTO, "Terminar manutenção mensal",
    d(2025, 9, 28, 9, 0, LUA),
    "Bom dia. Queremos terminar o plano de manutenção mensal do Mercado do Kinaxixi Online (OWD-2025-511). "
    "O mercado vai entrar em obras e a loja online fica parada. Obrigado.\nAdão\n")],
    [X("cancel", "2025-11-02")],
    spec="O4: request 2025-09-28 13:30 IST; next_billing_at 2025-10-03 minus 7 days = 2025-09-26: too late; "
         "the next cycle (2025-10-03 to 2025-11-02) is billed, effective 2025-11-02.")

proj("Pousada Itapua", "pousada.itapua@gmail.com")
owpay("p_o12a", "OWD-2025-512", "Pousada Itapua", "retainer", "9500.00", "1710.00", "2025-09-12T10:00:00",
      period_start="2025-09-12", period_end="2025-10-11", next_billing_at="2025-10-12T10:00:00")
owpay("p_o12b", "OWD-2025-513", "Pousada Itapua", "retainer", "9500.00", "1710.00", "2025-09-15T10:00:00",
      period_start="2025-10-12", period_end="2025-11-11", next_billing_at="2025-11-12T10:00:00")
case("pt-o12-salvador-retainer-adiantado", OWB, "decided", [M(
    "Pousada Itapuã <pousada.itapua@gmail.com>", OWDTO, "cancelar manutenção", d(2025, 9, 24, 14, 0, SSA),
    "Boa tarde! A gente adiantou o pagamento de outubro da manutenção (OWD-2025-513) porque ia viajar, mas "
    "vendemos a pousada. Queremos cancelar a manutenção mensal e ver o que acontece com outubro.\nTânia\n")],
    [X("escalate")],
    spec="Section 8 retainer paid in advance: the next cycle (from 2025-10-12) is already paid and the notice "
         "is >= 7 days (2025-09-24 IST): cancellation escalate. 'ver o que acontece com outubro' is a question the "
         "escalation answers, not a refund request: no extra decision (a refund denied here would pre-empt the "
         "person's decision).")

proj("Guarana Maues Distribuidora", "ti@guaranamaues.com.br")
owpay("p_o13", "OWD-2025-514", "Guarana Maues Distribuidora", "hosting_annual", "13500.00", "2430.00",
      "2025-09-20T10:00:00", setup_fee="1700.00", service_start="2025-09-20")
case("pt-o13-manaus-hospedagem-arredonda", OWB, "decided", [M(
    "TI Guaraná Maués <ti@guaranamaues.com.br>", OWDTO, "Reembolso hospedagem anual", d(2025, 9, 30, 9, 0, MAO),
    "Bom dia. Contratamos a hospedagem anual (OWD-2025-514) do projeto Guarana Maues Distribuidora dia 20, "
    "mas a matriz em São Paulo exigiu que tudo fique no servidor deles. Solicitamos o reembolso proporcional "
    "dentro dos 14 dias.\nAtt, Ailton\n")],
    [R("approve", "10816.67")], extra_ok=True,
    spec="O5: service_start 2025-09-20, request 2025-09-30 18:30 IST (day 10 <= 14): 13500 - 1700 - 11800/12 "
         "(983.333...) x 1 = 10816.666... -> 10816.67 (C6, rounded once).")

proj("Adega Vinho Verde Online", "adega@vinhoverdeonline.pt")
owpay("p_o14", "OWD-2025-515", "Adega Vinho Verde Online", "maintenance_annual", "18000.00", "3240.00",
      "2025-09-25T10:00:00", setup_fee="2400.00", service_start="2025-10-10")
case("pt-o14-braga-manutencao-antes-inicio", OWB, "decided", [M(
    "Adega Vinho Verde <adega@vinhoverdeonline.pt>", OWDTO, "Manutenção anual - desistência",
    d(2025, 9, 29, 12, 0, OPO),
    "Boa tarde,\n\nPagámos a manutenção anual (OWD-2025-515) da Adega Vinho Verde Online, que só começa a 10 "
    "de Outubro. Entretanto o nosso sobrinho informático voltou da Suíça e fica ele com a manutenção. "
    "Pedimos o reembolso.\n\nCumprimentos,\nAlbertina\n")],
    [R("approve", "14300.00")], extra_ok=True,
    spec="O5 before the service starts (section 8): consumed_months = 1; 18000 - 2400 - 15600/12 (1300) = "
         "14300.00.")

proj("Hotel Ribeira Negra", "direcao@hotelribeiranegra.pt")
owpay("p_o15", "OWD-2025-516", "Hotel Ribeira Negra", "hosting_annual", "16000.00", "2880.00",
      "2025-09-08T10:00:00", setup_fee="1600.00", service_start="2025-09-08")
case("pt-o15-gaia-hospedagem-tarde", OWB, "decided", [M(
    "Direção Hotel Ribeira Negra <direcao@hotelribeiranegra.pt>", OWDTO, "Reembolso alojamento web",
    d(2025, 9, 28, 10, 0, OPO),
    "Bom dia,\n\nO grupo hoteleiro que nos comprou tem alojamento próprio, pelo que solicitamos o reembolso "
    "proporcional do alojamento anual (OWD-2025-516) do projecto Hotel Ribeira Negra.\n\nCumprimentos,\n"
    "A Direcção\nVila Nova de Gaia\n")],
    [R("deny")], extra_ok=True,
    spec="O5: service_start 2025-09-08, request 2025-09-28 14:30 IST = day 20 > 14: deny.")

proj("Buffet Iracema", "buffet.iracema@gmail.com")
owpay("p_o16", "OWD-2025-517", "Buffet Iracema", "third_party", "1800.00", "324.00", "2025-09-25T10:00:00")
case("pt-o16-fortaleza-dominio", OWB, "decided", [M(
    "Buffet Iracema <buffet.iracema@gmail.com>", OWDTO, "devolver o domínio", d(2025, 9, 26, 15, 0, FOR),
    "Oi! Vocês registraram o domínio .com.br do Buffet Iracema (OWD-2025-517), mas a gente achou um nome "
    "melhor. Dá pra devolver o valor do domínio? Nem usamos.\nBeijos, Iracema\n")],
    [R("deny")],
    spec="O6: third_party (domain registration) is never refundable: deny.")

proj("Agencia Kwanza Eventos", "geral@kwanzaeventos.co.ao")
owpay("p_o17", "OWD-2025-518", "Agencia Kwanza Eventos", "rush", "7500.00", "1350.00", "2025-09-18T10:00:00")
case("pt-o17-luanda-taxa-urgencia", OWB, "decided", [M(
    "Kwanza Eventos <geral@kwanzaeventos.co.ao>", OWDTO, "Taxa de urgência - devolução",
    d(2025, 9, 25, 10, 0, LUA),
    "Bom dia,\n\nPagámos a taxa de urgência (OWD-2025-518) para o site da Agencia Kwanza Eventos ficar pronto "
    "antes da FILDA, mas o evento foi adiado para Dezembro, portanto já não havia pressa. Pedimos a "
    "devolução dessa taxa.\n\nCumprimentos,\nMarta Neto\n")],
    [R("deny")],
    spec="O6: rush fees are non-refundable: deny.")

proj("Restaurante Costa do Sol", "costadosol.mpm@gmail.com")
owpay("p_o18", "OWD-2025-519", "Restaurante Costa do Sol", "change_request", "5500.00", "990.00",
      "2025-09-22T10:00:00")
case("pt-o18-maputo-alteracao-ementa", OWB, "decided", [M(
    "Restaurante Costa do Sol <costadosol.mpm@gmail.com>", OWDTO, "Devolução - alteração da ementa online",
    d(2025, 9, 26, 12, 0, MPM),
    "Boa tarde,\n\nPedimos a alteração extra (OWD-2025-519) para a ementa interactiva do Restaurante Costa do "
    "Sol, fora do orçamento inicial. Afinal os clientes preferem a ementa em papel. Podem devolver esse "
    "pagamento?\n\nObrigado,\nSr. Gulamo\n")],
    [R("deny")],
    spec="O6: change_request outside the original scope is non-refundable: deny.")

proj("Studio Frevo Design", "contato@studiofrevo.com.br")
owpay("p_o19", "OWD-2025-520", "Studio Frevo Design", "milestone", "22000.00", "3960.00",
      "2025-09-15T10:00:00", milestone_status="not_started")
case("pt-o19-olinda-chargeback", OWB, "decided", [M(
    "Studio Frevo <contato@studiofrevo.com.br>", OWDTO, "URGENTE estorno etapa 2", d(2025, 9, 27, 10, 0, REC),
    "Vocês não responderam meu WhatsApp. Quero o estorno da etapa 2 (OWD-2025-520) do projeto Studio Frevo "
    "Design, que nem começou. Se até terça não cair na conta, vou abrir chargeback na operadora do cartão.\n"
    "Rafael\n")],
    [R("escalate")], rules=["C4"], extra_ok=True,
    spec="C4: chargeback threat escalates, though the not_started milestone would be approved under O3.")

proj("Sorveteria Cairu", "sorveteria.cairu@gmail.com")
owpay("p_o20", "OWD-2025-521", "Sorveteria Cairu", "deposit", "10000.00", "1800.00", "2025-09-29T18:30:00")
case("pt-o20-belem-sem-chargeback", OWB, "decided", [M(
    "Sorveteria Cairu <sorveteria.cairu@gmail.com>", OWDTO, "Devolução sinal Sorveteria Cairu",
    d(2025, 9, 30, 8, 0, BEL),
    "Bom dia! Ontem pagamos o sinal (OWD-2025-521) do site da Sorveteria Cairu. Meu sócio desistiu da "
    "sociedade e vamos fechar a filial nova. O banco até sugeriu fazer chargeback, mas não quero isso, "
    "quero resolver com vocês numa boa. Podem devolver o sinal?\nObrigada, Lena\n")],
    [R("approve", "10000.00")], extra_ok=True,
    spec="The customer rules the chargeback out ('não quero isso'): no threat, no C4. O2: paid 2025-09-29 "
         "18:30 IST, mail 2025-09-30 16:30 IST = 22 h, no work: approve 10000.00.")

proj("Farmacia Polana", "gerencia@farmaciapolana.co.mz")
owpay("p_o21", "OWD-2025-522", "Farmacia Polana", "deposit", "24000.00", "4320.00", "2025-09-28T10:00:00")
case("pt-o21-maputo-email-pessoal", OWB, "need_info", [M(
    "Dr. Amade Issufo <amade.issufo@hotmail.com>", OWDTO, "Devolução do sinal - Farmácia Polana",
    d(2025, 9, 29, 8, 0, MPM),
    "Bom dia,\n\nSou o proprietário da Farmácia Polana. O contrato foi feito com gerencia@farmaciapolana.co.mz "
    "mas escrevo do meu e-mail pessoal. Queremos a devolução do sinal OWD-2025-522 porque o Ministério não "
    "autorizou a venda online de medicamentos. Confirmem o valor, por favor.\n\nAmade Issufo\n")],
    rules=["C2"],
    spec="C2: sender is not the contract email gerencia@: need_info, write from it; no account details.")

proj("Instituto Cultural Ile Axe", "diretoria@ileaxe.org.br")
owpay("p_o22", "OWD-2025-523", "Instituto Cultural Ile Axe", "milestone", "18000.00", "3240.00",
      "2025-09-10T10:00:00", milestone_status="not_started")
case("pt-o22-salvador-encaminhado-c2", OWB, "need_info", [M(
    "Financeiro Ilê Axé <financeiro@ileaxe.org.br>", OWDTO, "Fwd: devolução etapa agenda cultural",
    d(2025, 9, 25, 11, 0, SSA),
    "Bom dia, encaminho o pedido da diretoria.\n\n"
    "---------- Forwarded message ---------\n"
    "De: Diretoria Ilê Axé <diretoria@ileaxe.org.br>\n"
    "Date: qua., 24 de set. de 2025 às 17:05\n"
    "Subject: devolução etapa agenda cultural\n"
    "To: Financeiro Ilê Axé <financeiro@ileaxe.org.br>\n\n"
    "Financeiro, peçam à Optima a devolução da etapa da agenda cultural (OWD-2025-523) do projeto Instituto "
    "Cultural Ile Axe: o edital que ia pagar a agenda foi cancelado. O contrato é diretoria@ileaxe.org.br.\n"
    "Mãe Nilza\n")],
    rules=["C2"],
    spec="Section 8 forwards: the forwarded request names contract email diretoria@, the sender is "
         "financeiro@: C2 need_info.")

proj("Padaria Sao Bento Web", "padaria.saobento@gmail.com")
owpay("p_o23", "OWD-2025-524", "Padaria Sao Bento Web", "retainer", "7000.00", "1260.00", "2025-09-18T10:00:00",
      period_start="2025-09-18", period_end="2025-10-17", next_billing_at="2025-10-18T10:00:00")
case("pt-o23-porto-cancelar-sem-motivo", OWB, "need_info", [M(
    "Padaria São Bento <padaria.saobento@gmail.com>", OWDTO, "Cancelamento OWD-2025-524",
    d(2025, 9, 26, 9, 0, OPO),
    "Bom dia,\n\nVenho por este meio solicitar o cancelamento do plano mensal do projecto Padaria Sao Bento "
    "Web (factura OWD-2025-524).\n\nAguardo confirmação.\n\nCumprimentos,\nRosa\n\nEnviado do meu iPhone\n")],
    missing=["reason"],
    spec="Section 8: Optima requires a reason for cancellations too; courtesy and 'Enviado do meu iPhone' "
         "are no reason: need_info reason.")

proj("Loja Marajoara", "loja.marajoara@gmail.com")
owpay("p_o24a", "OWD-2025-525", "Loja Marajoara", "deposit", "16000.00", "2880.00", "2025-09-28T18:30:00")
owpay("p_o24b", "OWD-2025-526", "Loja Marajoara", "third_party", "2500.00", "450.00", "2025-09-28T18:30:00")
case("pt-o24-soure-qual-pagamento", OWB, "need_info", [M(
    "Loja Marajoara <loja.marajoara@gmail.com>", OWDTO, "Loja Marajoara - devolução", d(2025, 9, 29, 7, 0, BEL),
    "Bom dia. Pagamos ontem o projeto Loja Marajoara, mas minha mãe ficou doente e vou ter que voltar pra "
    "Soure cuidar dela. Quero o dinheiro de volta.\nKelly\n")],
    missing=["invoice_number"],
    spec="C3: the project has two payments made the same day (deposit and domain); the mail names neither: "
         "need_info invoice_number (contract email, project and reason given).")

proj("Academia Beira-Mar Fitness", "academia.beiramar@gmail.com")
owpay("p_o25", "OWD-2025-527", "Academia Beira-Mar Fitness", "retainer", "8500.00", "1530.00",
      "2025-09-20T10:00:00", period_start="2025-09-20", period_end="2025-10-19",
      next_billing_at="2025-10-20T10:00:00")
case("pt-o25-fortaleza-fio-motivo", OWB, "decided", [
    M("Academia Beira-Mar <academia.beiramar@gmail.com>", OWDTO, "cancelar o plano mensal OWD-2025-527",
      d(2025, 9, 26, 18, 0, FOR),
      "Oi, quero cancelar o plano mensal da Academia Beira-Mar Fitness (OWD-2025-527).\nRegina\n"),
    M("Academia Beira-Mar <academia.beiramar@gmail.com>", OWDTO,
      "Re: cancelar o plano mensal OWD-2025-527 [OWD-1588]", d(2025, 9, 30, 18, 0, FOR),
      "Oi! O motivo é que a academia vai fechar em novembro, o prédio foi vendido.\nRegina\n\n"
      "Em sáb., 27 de set. de 2025 às 09:00, Optima WebDesign <optimawebdesigns12@gmail.com> escreveu:\n"
      "> Por favor, indique o motivo do cancelamento. [OWD-1588]\n",
      headers={"_irt": "<owd-1588.reply@optimawebdesign.com>"})],
    [X("cancel", "2025-10-19")],
    spec="C3 thread: the answer gives the reason. Request time = first mail 2025-09-27 02:30 IST; "
         "next_billing_at 2025-10-20 minus 7 = 2025-10-13: on time: cancel, effective 2025-10-19.")

case("pt-o26-luanda-resposta-automatica", OWB, "ignore", [M(
    "Paulo Neto <paulo.neto@sonangolfornecedor.example.ao>", OWDTO,
    "Resposta automática: Refund Request — [OWD-1560]", d(2025, 9, 27, 9, 0, LUA),
    "Encontro-me de férias até 13 de Outubro. Para assuntos de pagamentos contacte a Dra. Teresa.\n",
    headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes",
             "_irt": "<owd-1560.reply@optimawebdesign.com>"})],
    rules=["C7"], spec="C7: Auto-Submitted auto-replied: ignore.")

case("pt-o27-manaus-pergunta-antes", OWB, "other", [M(
    "Jéssica Pinheiro <jessica.pinheiro.am@gmail.com>", OWDTO, "dúvida orçamento", d(2025, 9, 29, 16, 0, MAO),
    "Oi! Tô querendo fazer o site da minha loja de artesanato indígena com vocês. Se eu pagar o sinal e "
    "depois mudar de ideia, vocês devolvem? E a hospedagem anual, tem reembolso se eu não gostar?\n"
    "Obrigada!\nJéssica\n")],
    spec="Section 8 hypotheticals before buying: policy questions: other.")

cust("otavio.crato@gmail.com", "Otávio Crato", "monthly", start="2025-09-20", end="2025-10-19")
lopay("p_p53", "LO-INV-28153", "otavio.crato@gmail.com", "monthly", "1499.00", "2025-09-20T10:00:00",
      "2025-09-20", "2025-10-19")
case("pt-o28-crato-cliente-da-outra-marca", OWB, "need_info", [M(
    "Otávio Crato <otavio.crato@gmail.com>", OWDTO, "cancelar assinatura", d(2025, 9, 27, 11, 0, FOR),
    "Bom dia, quero cancelar minha assinatura mensal da LeadsOptima (LO-INV-28153). Não uso mais, mudei "
    "de ramo. Obrigado.\nOtávio\n")],
    rules=["C2"],
    spec="Section 8 the other brand's customer: mail to Optima; the ledger is searched in Optima only; "
         "unknown sender there: C2 need_info.")


if __name__ == "__main__":
    # the cases above were written as the module ran; now the ledger and expectations
    (HERE / "ledger.json").write_text(json.dumps(LEDGER, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (HERE / "expected.json").write_text(json.dumps({"cases": CASES}, ensure_ascii=False, indent=1) + "\n",
                                        encoding="utf-8")
    print(f"{len(CASES)} cases, {len(LEDGER['payments'])} payments")
