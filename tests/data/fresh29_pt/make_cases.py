#!/usr/bin/env python3
"""fresh29_pt: held-out Portuguese cases for mailbot (Minas Gerais, Rio de Janeiro, interior of São Paulo
state, Cape Verde, Madeira, the Azores).

Stdlib only, deterministic.  Running it writes ledger.json, emails/*.eml and expected.json
beside this file.  MIT, like the project; all text written for this project.
"""

from __future__ import annotations

import json
from decimal import Decimal
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


BR, CV, MAD, AZO = tz(-3), tz(-1), tz(1), tz(0)

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
        mid = f"<{cid}.{i}.{int(m['when'].timestamp())}@mail.fresh29-{LANG}.example>"
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


def owtax(amount):
    return str((Decimal(amount) * Decimal("0.18")).quantize(Decimal("0.01")))


def ow(pid, inv, project, kind, amount, paid_at, **kw):
    owpay(pid, inv, project, kind, amount, owtax(amount), paid_at, **kw)


def pair(prefix, inv, email, plan, amount, t1, t2, ps, pe):
    lopay(prefix + "a", inv[0], email, plan, amount, t1, ps, pe)
    lopay(prefix + "b", inv[1], email, plan, amount, t2, ps, pe)


AVISO = ("\n\nEsta mensagem pode conter informação confidencial. Se a recebeu por engano, por favor "
         "avise o remetente e apague-a. O ambiente agradece: pense antes de imprimir.\n")

# ---------------------------------------------------------------------------------------------
# LeadsOptima
# ---------------------------------------------------------------------------------------------

# l01 Belo Horizonte, clinic receptionist, duplicate monthly
cust("recepcao@clinicasavassi.com.br", "Clínica Savassi", "monthly", start="2025-09-21", end="2025-10-20")
pair("pt_p01", ("LO-INV-80111", "LO-INV-80112"), "recepcao@clinicasavassi.com.br", "monthly", "1499.00",
     "2025-09-21T09:00:00", "2025-09-21T09:03:00", "2025-09-21", "2025-10-20")
case("pt-l01-bh-recepcao-clinica-cobranca-dupla", LOB, "decided", [M(
    "Recepção Clínica Savassi <recepcao@clinicasavassi.com.br>", SUP, "cobrança em dobro plano mensal",
    d(2025, 9, 24, 8, 40, BR),
    "Bom dia, tudo bem?\n\nAqui é a Jéssica da recepção da Clínica Savassi. A Dra. Helena pediu pra eu "
    "escrever: o plano mensal foi cobrado duas vezes no cartão da clínica no domingo (21/09), o mesmo valor, "
    "com 3 minutinhos de diferença. Uai, só contratamos uma vez né. Pedimos o estorno da segunda cobrança, "
    "fatura LO INV 80112.\n\nObrigada!\nJéssica Andrade\nRecepção - Clínica Savassi\nBelo Horizonte/MG" + AVISO)],
    [R("approve", "1499.00")],
    spec="L4: two paid 1499.00 charges 2025-09-21 same period; request 2025-09-24 17:10 IST = day 3: approve 1499.00.")

# l02 Juiz de Fora, duplicate 10 days later
cust("financeiro@laticiniosjf.com.br", "Laticínios JF", "quarterly", start="2025-09-12", end="2025-12-11")
pair("pt_p02", ("LO-INV-80121", "LO-INV-80122"), "financeiro@laticiniosjf.com.br", "quarterly", "3999.00",
     "2025-09-12T10:00:00", "2025-09-12T10:02:00", "2025-09-12", "2025-12-11")
case("pt-l02-juiz-de-fora-fora-do-prazo", LOB, "decided", [M(
    "Financeiro Laticínios JF <financeiro@laticiniosjf.com.br>", SUP, "Cobrança duplicada",
    d(2025, 9, 22, 15, 0, BR),
    "Prezados, boa tarde. Identificamos na conciliação que o plano trimestral foi debitado duas vezes em "
    "12/09. Solicitamos a devolução da cobrança duplicada LO-INV-80122.\nAtt,\nRogério Tavares\nFinanceiro\n")],
    [R("deny")],
    spec="L3: charge 2025-09-12, request 2025-09-22 23:30 IST = day 10 > 7: deny.")

# l03 Niterói boundary: day 7 in Rio, day 8 in India
cust("contato@escoladesurfniteroi.com.br", "Escola de Surf Niterói", "monthly", start="2025-09-14",
     end="2025-10-13")
pair("pt_p03", ("LO-INV-80131", "LO-INV-80132"), "contato@escoladesurfniteroi.com.br", "monthly", "1499.00",
     "2025-09-14T11:00:00", "2025-09-14T11:01:00", "2025-09-14", "2025-10-13")
case("pt-l03-niteroi-setimo-dia-no-rio", LOB, "decided", [M(
    "Escola de Surf Niterói <contato@escoladesurfniteroi.com.br>", SUP, "cobraram duas vezes",
    d(2025, 9, 21, 21, 0, BR),
    "Fala, galera! Hoje fecha uma semana certinha que vocês me cobraram duas vezes o mensal (dia 14). "
    "Tô dentro do prazo, né? Me devolvam a cobrança repetida, LO-INV-80132. Valeu!\nBernardo\n")],
    [R("deny")],
    spec="L3 in IST: charge 2025-09-14; 21:00 -03 on 21 Sep = 2025-09-22 05:30 IST = day 8: deny.")

# l04 Ribeirão Preto, day 7 inside
cust("adm@usinadorioparado.com.br", "Usina Rio Pardo", "annual", start="2025-09-16", end="2026-09-15")
pair("pt_p04", ("LO-INV-80141", "LO-INV-80142"), "adm@usinadorioparado.com.br", "annual", "11988.00",
     "2025-09-16T18:30:00", "2025-09-16T18:34:00", "2025-09-16", "2026-09-15")
case("pt-l04-ribeirao-preto-dia-7-dentro", LOB, "decided", [M(
    "Administrativo Usina Rio Pardo <adm@usinadorioparado.com.br>", SUP,
    "Pagamento em duplicidade - plano anual", d(2025, 9, 23, 9, 0, BR),
    "Bom dia.\n\nVenho por meio deste informar que o plano anual foi pago em duplicidade na terça-feira, "
    "16/09/2025 (onze mil novecentos e oitenta e oito rúpias cada, sem impostos). Solicitamos o reembolso "
    "do pagamento em duplicidade, nota LO-INV-80142.\n\nCordialmente,\nMarcos Vinícius Prado\n"
    "Depto. Administrativo\n")],
    [R("approve", "11988.00")],
    spec="L4: pair of 11988.00 on 2025-09-16; 09:00 -03 on 23 Sep = 17:30 IST = day 7 (inside): approve 11988.00.")

# l05 Campinas, three identical charges, one outside the window
cust("ti@colegiobarao.com.br", "Colégio Barão", "monthly", start="2025-09-18", end="2025-10-17")
for _pid, _inv, _t in (("pt_p05a", "LO-INV-80151", "2025-09-18T10:00:00"),
                       ("pt_p05b", "LO-INV-80152", "2025-09-18T10:01:00"),
                       ("pt_p05c", "LO-INV-80153", "2025-09-26T10:00:00")):
    lopay(_pid, _inv, "ti@colegiobarao.com.br", "monthly", "1499.00", _t, "2025-09-18", "2025-10-17")
case("pt-l05-campinas-tres-cobrancas", LOB, "decided", [M(
    "TI Colégio Barão <ti@colegiobarao.com.br>", SUP, "3 cobranças do mesmo mês",
    d(2025, 9, 26, 17, 0, BR),
    "Olá. Recebemos TRÊS cobranças do plano mensal para o mesmo período (duas em 18/09 e outra hoje, "
    "26/09). Pedimos o reembolso das cobranças repetidas; a última é LO-INV-80153.\nAtenciosamente,\n"
    "Setor de TI - Colégio Barão (tesouraria: Sra. Lúcia)\n")],
    [R("approve", "1499.00")],
    spec="Section 8 three identical charges: duplicates are 18/09 10:01 (day 9 on request 2025-09-27 01:30 IST, "
         "outside L3) and 26/09 (day 1): the refund is the sum inside the window = 1499.00.")

# l06 Petrópolis, duplicate claimed, single charge
cust("pousada@serradospetropolis.com.br", "Pousada Serra", "monthly", start="2025-09-24", end="2025-10-23")
lopay("pt_p06a", "LO-INV-80161", "pousada@serradospetropolis.com.br", "monthly", "1499.00",
      "2025-09-24T10:00:00", "2025-09-24", "2025-10-23")
case("pt-l06-petropolis-duplicado-sem-par", LOB, "decided", [M(
    "Pousada Serra <pousada@serradospetropolis.com.br>", SUP, "cobrança duplicada?",
    d(2025, 9, 27, 10, 0, BR),
    "Oi, o banco mostra que fomos cobrados em dobro pelo plano mensal (fatura LO-INV-80161). Podem "
    "devolver o valor a mais? Obrigada, Teresa\n")],
    [R("escalate")],
    spec="L4: no pair of paid charges in the ledger for the duplicate claim: escalate.")

# l07 Uberlândia, wrong amount
cust("compras@agrotriangulo.com.br", "Agro Triângulo", "quarterly", start="2025-09-25", end="2025-12-24")
lopay("pt_p07a", "LO-INV-80171", "compras@agrotriangulo.com.br", "quarterly", "3999.00",
      "2025-09-25T10:00:00", "2025-09-25", "2025-12-24")
case("pt-l07-uberlandia-valor-errado", LOB, "decided", [M(
    "Compras Agro Triângulo <compras@agrotriangulo.com.br>", SUP, "valor errado na fatura",
    d(2025, 9, 29, 11, 0, BR),
    "Bom dia, cobraram o valor errado no trimestral: o combinado com o comercial era desconto de 20% e "
    "veio cheio na LO-INV-80171. Queremos a devolução da diferença.\nAbs, Wellington\n")],
    [R("escalate")],
    spec="L2 billing_error (valor errado) inside 7 days (25->29 Sep): L5 escalate.")

# l08 Funchal (Madeira), charged after cancelling
cust("reservas@quintadomonte.pt", "Quinta do Monte", "monthly", status="cancelled", start="2025-08-26",
     end="2025-09-25")
lopay("pt_p08a", "LO-INV-80181", "reservas@quintadomonte.pt", "monthly", "1499.00",
      "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
case("pt-l08-funchal-cobrado-depois-de-cancelar", LOB, "decided", [M(
    "Quinta do Monte - Reservas <reservas@quintadomonte.pt>", SUP, "Cobrança após cancelamento",
    d(2025, 9, 29, 10, 0, MAD),
    "Bom dia,\n\nCancelámos a subscrição mensal em agosto, pela área de faturação, e mesmo assim fomos "
    "cobrados a 26 de setembro (fatura LO-INV-80181). Fomos cobrados depois de cancelar, pelo que "
    "solicitamos o reembolso.\n\nCom os melhores cumprimentos,\nGraça Freitas\n")],
    [R("escalate")],
    spec="L2 billing_error (cobrados depois de cancelar) 3 days after the charge: L5 escalate.")

# l09 Volta Redonda access failure
cust("contato@metalurgicavr.com.br", "Metalúrgica VR", "monthly", start="2025-09-23", end="2025-10-22")
lopay("pt_p09a", "LO-INV-80191", "contato@metalurgicavr.com.br", "monthly", "1499.00",
      "2025-09-23T10:00:00", "2025-09-23", "2025-10-22")
case("pt-l09-volta-redonda-nao-consigo-entrar", LOB, "decided", [M(
    "Metalúrgica VR <contato@metalurgicavr.com.br>", SUP, "sem acesso",
    d(2025, 9, 26, 14, 0, BR),
    "Boa tarde, desde quarta não conseguimos fazer login na plataforma, dá erro de senha inválida mesmo "
    "depois de redefinir. Pagamos o mensal (LO-INV-80191). Se não resolverem queremos o reembolso.\n"
    "Carlos\n")],
    [R("escalate")],
    spec="L2 access_failure (não conseguimos fazer login) 3 days after the charge: L6 escalate.")

# l10 Ponta Delgada access failure late
cust("geral@baleiasacores.pt", "Baleias Açores", "monthly", start="2025-09-08", end="2025-10-07")
lopay("pt_p10a", "LO-INV-80201", "geral@baleiasacores.pt", "monthly", "1499.00",
      "2025-09-08T10:00:00", "2025-09-08", "2025-10-07")
case("pt-l10-ponta-delgada-acesso-fora-de-prazo", LOB, "decided", [M(
    "Baleias Açores <geral@baleiasacores.pt>", SUP, "plataforma não abre",
    d(2025, 9, 19, 9, 0, AZO),
    "Bom dia. A plataforma não carrega há vários dias, fica a página em branco. Como não a pudemos usar, "
    "pedimos o reembolso da fatura LO-INV-80201 (plano mensal). Cumprimentos, Tiago Medeiros\n")],
    [R("deny")],
    spec="L3: charge 2025-09-08, request 2025-09-19 14:30 IST = day 11: deny.")

# l11 Piracicaba changed mind
cust("escritorio@contabilpiracicaba.com.br", "Contábil Piracicaba", "quarterly", start="2025-09-26",
     end="2025-12-25")
lopay("pt_p11a", "LO-INV-80211", "escritorio@contabilpiracicaba.com.br", "quarterly", "3999.00",
      "2025-09-26T10:00:00", "2025-09-26", "2025-12-25")
case("pt-l11-piracicaba-desistiu", LOB, "decided", [M(
    "Escritório Contábil <escritorio@contabilpiracicaba.com.br>", SUP, "reembolso",
    d(2025, 9, 28, 10, 0, BR),
    "Ôrra, bão? Contratei o trimestral sexta mas conversei com meu sócio e a gente desistiu, não vai dar "
    "tempo de usar esse trem agora. Queria o dinheiro de volta da LO-INV-80211.\nZé Roberto\n")],
    [R("deny")],
    spec="L1: changed mind / no time to use it: deny, cancellation offered.")

# l12 Angra do Heroísmo: unused months + cancel
cust("escola@escolaterceira.pt", "Escola de Línguas Terceira", "annual", start="2025-03-01", end="2026-02-28")
lopay("pt_p12a", "LO-INV-80221", "escola@escolaterceira.pt", "annual", "11988.00",
      "2025-03-01T10:00:00", "2025-03-01", "2026-02-28")
case("pt-l12-angra-meses-nao-usados", LOB, "decided", [M(
    "Escola de Línguas Terceira <escola@escolaterceira.pt>", SUP, "Cancelamento e reembolso proporcional",
    d(2025, 9, 25, 11, 0, AZO),
    "Exmos. Senhores,\n\nPretendemos cancelar a subscrição anual, uma vez que a escola vai fechar a secção "
    "de adultos. Solicitamos também o reembolso proporcional dos meses que não vamos utilizar "
    "(fatura LO-INV-80221).\n\nAtentamente,\nA Tesouraria\n")],
    [R("deny"), X("cancel", "2026-02-28")],
    spec="L1 deny (no partial refund for unused months); L8 cancel until current_period_end 2026-02-28.")

# l13 Mindelo trial
cust("bar@barcaisdomindelo.cv", "Bar Cais do Mindelo", "monthly", status="trial", trial_ends="2025-10-03")
case("pt-l13-mindelo-periodo-de-teste", LOB, "decided", [M(
    "Bar Cais <bar@barcaisdomindelo.cv>", SUP, "cobrança no teste",
    d(2025, 9, 27, 10, 0, CV),
    "Bom dia. Estou no período de teste gratuito do plano mensal e vi um movimento no cartão. Não tenho "
    "fatura nenhuma porque ainda não assinei. Se cobraram alguma coisa quero o reembolso, não quero pagar "
    "nada antes de decidir. Obrigado, Djoy\n")],
    [R("deny")],
    spec="L7: free-trial account, no charge in the ledger: deny, no billing unless they subscribe.")

# l14 Praia (Cape Verde) quarterly cancel
cust("direcao@ongcriancascv.org", "ONG Crianças de Cabo Verde", "quarterly", start="2025-08-15",
     end="2025-11-14")
lopay("pt_p14a", "LO-INV-80241", "direcao@ongcriancascv.org", "quarterly", "3999.00",
      "2025-08-15T10:00:00", "2025-08-15", "2025-11-14")
case("pt-l14-praia-ong-cancelar", LOB, "decided", [M(
    "Direção ONG Crianças CV <direcao@ongcriancascv.org>", SUP, "Cancelamento da assinatura",
    d(2025, 9, 29, 10, 0, CV),
    "Caros senhores,\n\nVimos por este meio solicitar o cancelamento do plano trimestral da nossa "
    "organização, porque o financiamento do projeto terminou. Agradecemos a colaboração.\n\n"
    "Com os melhores cumprimentos,\nEdna Tavares\nDiretora Executiva\n")],
    [X("cancel", "2025-11-14")],
    spec="L8: cancel, active until current_period_end 2025-11-14.")

# l15 São Carlos fallback with offset paid_at
cust("lab@laboratoriosaocarlos.com.br", "Laboratório São Carlos", "quarterly")
lopay("pt_p15a", "LO-INV-80251", "lab@laboratoriosaocarlos.com.br", "quarterly", "3999.00",
      "2025-07-04T20:00:00-03:00", None, None)
case("pt-l15-sao-carlos-sem-periodo", LOB, "decided", [M(
    "Laboratório São Carlos <lab@laboratoriosaocarlos.com.br>", SUP, "cancelar plano trimestral",
    d(2025, 9, 28, 10, 0, BR),
    "Olá, quero cancelar o plano trimestral, vamos migrar para o sistema da rede de laboratórios. "
    "Obrigado.\nDr. Paulo\n")],
    [X("cancel", "2025-10-04")],
    spec="L8 fallback: last charge 2025-07-04T20:00-03:00 = 2025-07-05 04:30 IST; + 3 months - 1 day = 2025-10-04.")

# l16 Niterói law firm assistant from gmail, names registered
cust("adm@advocaciacastroniteroi.com.br", "Castro Sociedade", "annual", start="2025-09-22", end="2026-09-21")
pair("pt_p16", ("LO-INV-80261", "LO-INV-80262"), "adm@advocaciacastroniteroi.com.br", "annual", "11988.00",
     "2025-09-22T10:00:00", "2025-09-22T10:01:00", "2025-09-22", "2026-09-21")
case("pt-l16-niteroi-gmail-pessoal", LOB, "need_info", [M(
    "Luana Castro <luana.castro.rj@gmail.com>", SUP, "pagamento duplicado anual",
    d(2025, 9, 24, 9, 0, BR),
    "Bom dia, escrevo do meu e-mail pessoal porque o do escritório está fora do ar. O e-mail cadastrado é "
    "adm@advocaciacastroniteroi.com.br. O plano anual foi pago duas vezes no dia 22, a fatura duplicada é "
    "LO-INV-80262. Podem estornar?\nLuana\n")],
    rules=["C2"],
    spec="C2: sender is not the registered email she names: need_info, write from it.")

# l17 Apple Mail pt-PT forward (Madeira), carried request names the owner's email
cust("joao.gouveia@vinhosdomadeira.pt", "Vinhos Gouveia", "monthly", start="2025-09-10", end="2025-10-09")
lopay("pt_p17a", "LO-INV-80271", "joao.gouveia@vinhosdomadeira.pt", "monthly", "1499.00",
      "2025-09-10T10:00:00", "2025-09-10", "2025-10-09")
case("pt-l17-madeira-reencaminhado-apple-mail", LOB, "need_info", [M(
    "Secretariado Vinhos Gouveia <secretariado@vinhosdomadeira.pt>", SUP, "Fwd: cancelar LeadsOptima",
    d(2025, 9, 24, 10, 0, MAD),
    "Segue o pedido do Sr. João.\n\nEnviado do meu iPad\n\nInício da mensagem reencaminhada:\n\n"
    "De: João Gouveia <joao.gouveia@vinhosdomadeira.pt>\nData: 23 de setembro de 2025 às 19:12:44 WEST\n"
    "Para: Secretariado <secretariado@vinhosdomadeira.pt>\nAssunto: cancelar LeadsOptima\n\n"
    "Fátima, peça à LeadsOptima para cancelar o plano mensal da minha conta joao.gouveia@vinhosdomadeira.pt, "
    "já não precisamos.\nJG\n")],
    rules=["C2"],
    spec="Section 8 forwards: the forwarded request names joao.gouveia@ as the account; sender secretariado@: C2.")

# l18 Uberaba, refund no reason
cust("financeiro@haraspantanal.com.br", "Haras Uberaba", "monthly", start="2025-09-25", end="2025-10-24")
lopay("pt_p18a", "LO-INV-80281", "financeiro@haraspantanal.com.br", "monthly", "1499.00",
      "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
case("pt-l18-uberaba-sem-motivo", LOB, "need_info", [M(
    "Financeiro Haras <financeiro@haraspantanal.com.br>", SUP, "Solicitação de reembolso",
    d(2025, 9, 27, 10, 0, BR),
    "Prezados,\n\nSolicito, por gentileza, o reembolso referente à fatura LO-INV-80281, plano mensal.\n\n"
    "Fico no aguardo.\n\nAtenciosamente,\nMaria Cecília\n")],
    missing=["reason"],
    spec="C3: refund with plan and invoice but no reason: ask for reason.")

# l19 Rio thread: no reason, then duplicate (Thunderbird quote)
cust("financeiro@botecodaurca.com.br", "Boteco da Urca", "monthly", start="2025-09-23", end="2025-10-22")
pair("pt_p19", ("LO-INV-80291", "LO-INV-80292"), "financeiro@botecodaurca.com.br", "monthly", "1499.00",
     "2025-09-23T12:00:00", "2025-09-23T12:00:30", "2025-09-23", "2025-10-22")
case("pt-l19-urca-thread-motivo", LOB, "decided", [
    M("Boteco da Urca <financeiro@botecodaurca.com.br>", SUP, "estorno LO-INV-80292",
      d(2025, 9, 29, 18, 0, BR),
      "Boa tarde, quero estorno da LO-INV-80292 do plano mensal.\n"),
    M("Boteco da Urca <financeiro@botecodaurca.com.br>", SUP, "Re: estorno LO-INV-80292 [LO-8292]",
      d(2025, 9, 30, 11, 0, BR),
      "O motivo é que vocês cobraram duas vezes no mesmo dia 23.\n\n"
      "Em 30/09/2025 03:10, LeadsOptima Suporte escreveu:\n> Por favor, informe o motivo do pedido.\n")],
    [R("approve", "1499.00")],
    spec="C3 thread; first mail 2025-09-30 02:30 IST = day 7 after 23 Sep (inside); answer gives duplicate: approve "
         "1499.00.")

# l20 Sorocaba access failure, no invoice
cust("ti@autopecassorocaba.com.br", "Autopeças Sorocaba", "monthly", start="2025-09-24", end="2025-10-23")
lopay("pt_p20a", "LO-INV-80301", "ti@autopecassorocaba.com.br", "monthly", "1499.00",
      "2025-09-24T10:00:00", "2025-09-24", "2025-10-23")
case("pt-l20-sorocaba-sem-fatura", LOB, "decided", [M(
    "TI Autopeças <ti@autopecassorocaba.com.br>", SUP, "login não funciona",
    d(2025, 9, 27, 9, 0, BR),
    "Bom dia, não consigo acessar o painel desde quinta, fica carregando. Plano mensal. Se não der pra "
    "resolver quero o reembolso. O número da nota não achei aqui.\nFelipe\n")],
    [R("escalate")],
    spec="Section 1 / docs/policy.md: the verified sender's account has exactly one payment (LO-INV-80301), so the "
         "invoice is filled from the ledger, not asked for; access_failure (não consigo acessar) 3 days after the "
         "charge (24->27 Sep): L6 escalate.")

# l21 Santa Maria (Sal, CV) thread: invoice then given
cust("geral@hotelsalrei.cv", "Hotel Sal Rei", "quarterly", start="2025-09-22", end="2025-12-21")
lopay("pt_p21a", "LO-INV-80311", "geral@hotelsalrei.cv", "quarterly", "3999.00",
      "2025-09-22T10:00:00", "2025-09-22", "2025-12-21")
case("pt-l21-sal-thread-fatura", LOB, "decided", [
    M("Hotel Sal Rei <geral@hotelsalrei.cv>", SUP, "plataforma em baixo",
      d(2025, 9, 25, 9, 0, CV),
      "Bom dia, a plataforma está em baixo desde segunda, não conseguimos entrar na conta. Pagámos o "
      "trimestral. Se não resolverem queremos o reembolso.\n"),
    M("Hotel Sal Rei <geral@hotelsalrei.cv>", SUP, "RE: plataforma em baixo [LO-8311]",
      d(2025, 9, 30, 9, 0, CV),
      "Bom dia, a fatura é lo-inv/80311. Continua sem funcionar.\n\n"
      "De: LeadsOptima Suporte <support@leadsoptima.com>\nEnviada: 26 de setembro de 2025 08:00\n"
      "Assunto: Re: plataforma em baixo [LO-8311]\n\nIndique o número da fatura, por favor.\n")],
    [R("escalate")],
    spec="C3 thread: invoice lo-inv/80311; access_failure inside 7 days of the first mail (22->25 Sep): L6 escalate.")

# l22 Duque de Caxias chargeback threat
cust("loja@materiaiscaxias.com.br", "Materiais Caxias", "monthly", start="2025-09-22", end="2025-10-21")
lopay("pt_p22a", "LO-INV-80321", "loja@materiaiscaxias.com.br", "monthly", "1499.00",
      "2025-09-22T10:00:00", "2025-09-22", "2025-10-21")
case("pt-l22-caxias-chargeback", LOB, "decided", [M(
    "Materiais Caxias <loja@materiaiscaxias.com.br>", SUP, "VOU CONTESTAR NO CARTÃO",
    d(2025, 9, 25, 16, 0, BR),
    "Cobraram o plano errado, eu pedi o mensal básico e veio outro valor na LO-INV-80321. Se não devolverem "
    "até sexta vou abrir contestação no cartão e pedir o chargeback.\nSérgio\n")],
    [R("escalate")], rules=["C4"],
    spec="C4: chargeback threat: escalate.")

# l23 Procon + cancel (Montes Claros)
cust("contato@farmaciamontesclaros.com.br", "Farmácia Montes Claros", "monthly", start="2025-09-20",
     end="2025-10-19")
lopay("pt_p23a", "LO-INV-80331", "contato@farmaciamontesclaros.com.br", "monthly", "1499.00",
      "2025-09-20T10:00:00", "2025-09-20", "2025-10-19")
case("pt-l23-montes-claros-procon", LOB, "decided", [M(
    "Farmácia Montes Claros <contato@farmaciamontesclaros.com.br>", SUP, "cancelamento + reembolso",
    d(2025, 9, 24, 10, 0, BR),
    "Quero cancelar o plano mensal e o reembolso da LO-INV-80331, fomos cobrados em duplicidade. Já fiz "
    "reclamação no Procon e no Reclame Aqui, conheço meus direitos do consumidor.\nAdriana\n")],
    [R("escalate"), X("escalate")], rules=["C4"],
    spec="C4 whole case: consumer-protection complaint (Procon, direitos do consumidor) escalates refund and "
         "cancellation.")

# l24 Funchal threat ruled out
cust("info@levadastours.pt", "Levadas Tours", "monthly", start="2025-09-16", end="2025-10-15")
lopay("pt_p24a", "LO-INV-80341", "info@levadastours.pt", "monthly", "1499.00",
      "2025-09-16T10:00:00", "2025-09-16", "2025-10-15")
case("pt-l24-funchal-sem-ameaca", LOB, "decided", [M(
    "Levadas Tours <info@levadastours.pt>", SUP, "Cancelar subscrição",
    d(2025, 9, 29, 12, 0, MAD),
    "Olá! Não vou contestar nada no banco nem fazer queixa, o serviço foi bom. A época turística acabou e "
    "queremos cancelar o plano mensal. Não precisamos de reembolso.\nObrigado, Rui\n")],
    [X("cancel", "2025-10-15")],
    spec="L8 cancel until 2025-10-15; threat ruled out and refund declined: no C4, no refund intent.")

# l25 Poços de Caldas other: invoice CNPJ
cust("adm@termasdepocos.com.br", "Termas Poços", "annual", start="2025-05-10", end="2026-05-09")
case("pt-l25-pocos-nota-com-cnpj", LOB, "other", [M(
    "Administração Termas <adm@termasdepocos.com.br>", SUP, "Nota fiscal com CNPJ",
    d(2025, 9, 29, 10, 0, BR),
    "Bom dia, vocês conseguem reemitir a fatura anual com o CNPJ da empresa? Não é pedido de reembolso nem "
    "cancelamento, é só para a contabilidade. CNPJ 12.xxx.xxx/0001-xx.\nObrigada, Regina\n")],
    spec="other: invoice reissue; refund explicitly not asked.")

# l26 São José do Rio Preto hypothetical
case("pt-l26-rio-preto-antes-de-assinar", LOB, "other", [M(
    "Gustavo Martins <gustavo.martins.srp@hotmail.com>", SUP, "dúvida antes de assinar",
    d(2025, 9, 27, 10, 0, BR),
    "Bom dia. Se eu assinar o plano anual e em 2 meses não gostar, vocês devolvem o restante? Tem "
    "teste grátis? Abraço, Gustavo\n")],
    spec="Section 8 hypothetical before buying: other.")

# l27 Ribeira Grande thanks
cust("geral@cha-gorreana-tours.pt", "Chá Tours", "monthly", start="2025-09-10", end="2025-10-09")
case("pt-l27-ribeira-grande-obrigado", LOB, "other", [M(
    "Chá Tours <geral@cha-gorreana-tours.pt>", SUP, "Re: acesso [LO-8401]",
    d(2025, 9, 29, 10, 0, AZO),
    "Muito obrigada, já conseguimos entrar. Bom trabalho!\nCátia\n",
    headers={"_irt": "<LO-8401.1758950000@leadsoptima.com>"})],
    spec="other: thanks.")

# l28 auto-reply
case("pt-l28-resposta-automatica-ferias", LOB, "ignore", [M(
    "Financeiro Laticínios JF <financeiro@laticiniosjf.com.br>", SUP, "Resposta automática: Re: Cobrança [LO-8122]",
    d(2025, 9, 29, 8, 0, BR),
    "Estou de férias até 13/10. Em caso de urgência, contate comercial@laticiniosjf.com.br.\n",
    headers={"Auto-Submitted": "auto-replied", "_irt": "<LO-8122.1759120000@leadsoptima.com>"})],
    rules=["C7"], spec="C7: auto-reply: ignore.")

# l29 bounce
case("pt-l29-postmaster-devolvido", LOB, "ignore", [M(
    "postmaster@cvtelecom.cv", SUP, "Mensagem não entregue: cancelamento",
    d(2025, 9, 28, 7, 0, CV),
    "A sua mensagem não pôde ser entregue a alguns destinatários.\nAssunto original: Re: quero cancelar o plano [LO-8390]\n")],
    rules=["C7"], spec="C7: postmaster sender: ignore.")

# l30 mailing list
case("pt-l30-lista-de-discussao", LOB, "ignore", [M(
    "Grupo Empreendedores MG <empreendedores-mg@googlegroups.com>", SUP, "[empreendedores-mg] reembolso LeadsOptima?",
    d(2025, 9, 28, 9, 0, BR),
    "Alguém já pediu reembolso na LeadsOptima? Me cobraram duas vezes.\n",
    headers={"List-Id": "<empreendedores-mg.googlegroups.com>", "Precedence": "list"})],
    rules=["C7"], spec="C7: List-Id / Precedence list: ignore.")

# l31 plus-tag
cust("contas@padariabarbacena.com.br", "Padaria Barbacena", "monthly", start="2025-09-15", end="2025-10-14")
lopay("pt_p31a", "LO-INV-80371", "contas@padariabarbacena.com.br", "monthly", "1499.00",
      "2025-09-15T10:00:00", "2025-09-15", "2025-10-14")
case("pt-l31-barbacena-alias-mais", LOB, "need_info", [M(
    "Padaria Barbacena <contas+leads@padariabarbacena.com.br>", SUP, "cancelamento",
    d(2025, 9, 26, 10, 0, BR),
    "Bom dia, favor cancelar o plano mensal do cadastro contas@padariabarbacena.com.br. Obrigado.\n")],
    rules=["C2"], spec="Section 8: +tag is another address: C2 need_info.")

# l32 Reply-To
cust("comercial@ceramicaporto-ferreira.com.br", "Cerâmica PF", "quarterly", start="2025-09-01", end="2025-11-30")
lopay("pt_p32a", "LO-INV-80381", "comercial@ceramicaporto-ferreira.com.br", "quarterly", "3999.00",
      "2025-09-01T10:00:00", "2025-09-01", "2025-11-30")
case("pt-l32-porto-ferreira-reply-to", LOB, "need_info", [M(
    "Ceramica PF <ceramicapf.vendas@uol.com.br>", SUP, "cancelar trimestral",
    d(2025, 9, 25, 10, 0, BR),
    "Favor cancelar o plano trimestral da conta comercial@ceramicaporto-ferreira.com.br. Respondam no outro "
    "e-mail.\nAtt. Nelson\n", reply_to="comercial@ceramicaporto-ferreira.com.br")],
    rules=["C2"], spec="C2: Reply-To never verifies: need_info.")

# l33 Rio, HTML-only, duplicate quarterly, amounts with tax in words of the bank
cust("diretoria@escolinhacopacabana.com.br", "Escolinha Copacabana", "quarterly", start="2025-09-27",
     end="2025-12-26")
pair("pt_p33", ("LO-INV-80391", "LO-INV-80392"), "diretoria@escolinhacopacabana.com.br", "quarterly", "3999.00",
     "2025-09-27T10:00:00", "2025-09-27T10:06:00", "2025-09-27", "2025-12-26")
case("pt-l33-copacabana-html-duplicado", LOB, "decided", [M(
    "Diretoria Escolinha <diretoria@escolinhacopacabana.com.br>", SUP, "Pagamento em duplicidade",
    d(2025, 9, 29, 10, 0, BR),
    "<html><body><p>Prezados,</p><p>O plano <b>trimestral</b> foi debitado <b>duas vezes</b> em 27/09/2025 "
    "(&#8377; 4.718,82 cada, com impostos). Solicitamos o reembolso da cobran&ccedil;a duplicada "
    "<b>LO-INV-80392</b>.</p><p>Att,<br>Dona Zuleide<br>Diretoria</p></body></html>", html=True)],
    [R("approve", "3999.00")],
    spec="L4 approve 3999.00 before tax (mail states 4.718,82 incl. tax; C6).")

# l34 Lavras, elderly owner dictating
cust("sitiobomjesus.lavras@gmail.com", "Sítio Bom Jesus", "monthly", start="2025-09-19", end="2025-10-18")
lopay("pt_p34a", "LO-INV-80401", "sitiobomjesus.lavras@gmail.com", "monthly", "1499.00",
      "2025-09-19T10:00:00", "2025-09-19", "2025-10-18")
case("pt-l34-lavras-ditado-senhor", LOB, "decided", [M(
    "Sitio Bom Jesus <sitiobomjesus.lavras@gmail.com>", SUP, "cancelar",
    d(2025, 9, 29, 6, 30, BR),
    "bom dia aqui e o seu geraldo do sitio bom jesus de lavras ponto meu neto que colocou esse plano mensal "
    "pra vender queijo na internet mas ele mudou pra bh entao pode cancelar virgula nao quero mais cobranca "
    "ponto deus abencoe\n\nEnviado do meu Galaxy\n")],
    [X("cancel", "2025-10-18")],
    spec="L8 cancel (dictated): active until 2025-10-18.")

# l35 Niterói? no: Araraquara several requests
cust("gerencia@sucoslaranjaararaquara.com.br", "Sucos Araraquara", "monthly", start="2025-09-26", end="2025-10-25")
pair("pt_p35", ("LO-INV-80411", "LO-INV-80412"), "gerencia@sucoslaranjaararaquara.com.br", "monthly", "1499.00",
     "2025-09-26T10:00:00", "2025-09-26T10:00:20", "2025-09-26", "2025-10-25")
case("pt-l35-araraquara-varios-pedidos", LOB, "decided", [M(
    "Gerência Sucos <gerencia@sucoslaranjaararaquara.com.br>", SUP, "algumas coisas",
    d(2025, 9, 30, 10, 0, BR),
    "Oi pessoal, três coisas:\n- vocês integram com o WhatsApp Business?\n- o mensal saiu em dobro dia 26, "
    "por favor estornem a LO-INV-80412;\n- e cancelem a renovação, depois deste mês a gente para.\n"
    "Valeu, Fabiana\n")],
    [R("approve", "1499.00"), X("cancel", "2025-10-25")],
    spec="L4 approve 1499.00 + L8 cancel until 2025-10-25.")

# l36 Cidade Velha (CV), payment failed
cust("turismo@cidadevelhatours.cv", "Cidade Velha Tours", "monthly", start="2025-09-25", end="2025-10-24")
lopay("pt_p36a", "LO-INV-80421", "turismo@cidadevelhatours.cv", "monthly", "1499.00",
      "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
lopay("pt_p36b", "LO-INV-80422", "turismo@cidadevelhatours.cv", "monthly", "1499.00",
      "2025-09-25T10:01:00", "2025-09-25", "2025-10-24", status="failed")
case("pt-l36-cidade-velha-pagamento-falhado", LOB, "decided", [M(
    "Cidade Velha Tours <turismo@cidadevelhatours.cv>", SUP, "cobrança duplicada LO-INV-80422",
    d(2025, 9, 28, 10, 0, CV),
    "Bom dia, fomos cobrados duas vezes no dia 25, a segunda fatura é LO-INV-80422. Pedimos a devolução.\n"
    "Cumprimentos, Arlindo\n")],
    [R("escalate")],
    spec="Section 8: the named charge is failed (not paid) and there is no pair of paid charges: escalate.")

# l37 Machico (Madeira): statutory withdrawal right invoked
cust("geral@padariamachico.pt", "Padaria Machico", "monthly", start="2025-09-26", end="2025-10-25")
lopay("pt_p37a", "LO-INV-80431", "geral@padariamachico.pt", "monthly", "1499.00",
      "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
case("pt-l37-machico-livre-resolucao", LOB, "decided", [M(
    "Padaria Machico <geral@padariamachico.pt>", SUP, "Exercício do direito de livre resolução",
    d(2025, 9, 29, 17, 0, MAD),
    "Boa tarde,\n\nSubscrevi o plano mensal na sexta-feira (LO-INV-80431) e não era o que esperava. Nos termos "
    "da lei de defesa do consumidor tenho 14 dias para o direito de livre resolução, que venho exercer, "
    "pedindo a devolução total do valor.\n\nCom os melhores cumprimentos,\nAlberto Nóbrega\n")],
    [R("escalate")], rules=["C4"],
    spec="C4: statutory consumer right invoked (livre resolução, lei de defesa do consumidor): escalate.")

# l38 Teresópolis: a past refund, thanks only
cust("adm@hortifrutiteresopolis.com.br", "Hortifruti Teresópolis", "monthly", start="2025-09-05", end="2025-10-04")
case("pt-l38-teresopolis-reembolso-passado", LOB, "other", [M(
    "Adm Hortifruti <adm@hortifrutiteresopolis.com.br>", SUP, "Re: cobrança em dobro [LO-7710]",
    d(2025, 9, 29, 11, 0, BR),
    "Oi! Só pra avisar que o estorno da cobrança em dobro de agosto já caiu no cartão. Tudo certo, "
    "obrigado pela agilidade!\nMárcio\n", headers={"_irt": "<LO-7710.1758400000@leadsoptima.com>"})],
    spec="other: a past refund acknowledged; nothing is asked.")

# l39 São Vicente (CV), Portuguese mixed with Kriolu: cancellation
cust("loja@musicamorna.cv", "Loja Música Morna", "monthly", start="2025-09-12", end="2025-10-11")
lopay("pt_p39a", "LO-INV-80441", "loja@musicamorna.cv", "monthly", "1499.00",
      "2025-09-12T10:00:00", "2025-09-12", "2025-10-11")
case("pt-l39-sao-vicente-kriolu-cancelar", LOB, "decided", [M(
    "Loja Musica Morna <loja@musicamorna.cv>", SUP, "cancela plano",
    d(2025, 9, 28, 19, 0, CV),
    "Boa noite, mantenha. N kre cancela nha plano mensal, nu ka sta ta uza mas. Por favor cancelem a "
    "assinatura, a loja vai fechar pa obras ate dezembro. Obrigadu!\nDjedjé\n")],
    [X("cancel", "2025-10-11")],
    spec="L8 cancel (Portuguese mixed with Cape Verdean Kriolu): active until 2025-10-11.")

# ---------------------------------------------------------------------------------------------
# Optima WebDesign
# ---------------------------------------------------------------------------------------------

# o01 Ouro Preto NGO deposit inside 72 h
proj("Portal Instituto Patrimônio Vivo", "coordenacao@patrimoniovivo.org.br")
ow("pt_w01", "OWD-2025-401", "Portal Instituto Patrimônio Vivo", "deposit", "35000.00", "2025-09-23T11:00:00")
case("pt-o01-ouro-preto-ong-sinal", OWB, "decided", [M(
    "Coordenação Patrimônio Vivo <coordenacao@patrimoniovivo.org.br>", OWDTO,
    "Refund Request — Portal Instituto Patrimônio Vivo / OWD-2025-401", d(2025, 9, 25, 9, 0, BR),
    "Prezados,\n\nO edital que financiaria o portal foi cancelado pelo governo estadual, então precisamos "
    "desistir do projeto. Pedimos a devolução do sinal (OWD-2025-401), pago anteontem. Ainda não houve "
    "nenhuma reunião de início.\n\nAtenciosamente,\nMarília Drummond\nCoordenadora\n")],
    [R("approve", "35000.00")], extra_ok=True,
    spec="O2: paid 2025-09-23 11:00 IST, request 2025-09-25 17:30 IST (54.5 h), no work: approve 35000.00.")

# o02 Tiradentes: 71 h 30 inside
proj("Site Pousada Tiradentes", "reservas@pousadatiradentes.com.br")
ow("pt_w02", "OWD-2025-402", "Site Pousada Tiradentes", "deposit", "20000.00", "2025-09-25T20:00:00")
case("pt-o02-tiradentes-71-horas", OWB, "decided", [M(
    "Pousada Tiradentes <reservas@pousadatiradentes.com.br>", OWDTO, "devolução do sinal - Site Pousada Tiradentes",
    d(2025, 9, 28, 10, 59, BR),
    "Bom dia! Uai, infelizmente vamos vender a pousada e o comprador não quer o site novo. Peço a devolução "
    "do sinal OWD-2025-402.\nObrigada, Dona Conceição\n")],
    [R("approve", "20000.00")],
    spec="O2: paid 2025-09-25 20:00 IST; 10:59 -03 on 28 Sep = 19:29 IST = 71 h 29 < 72 h, no work: approve 20000.00.")

# o03 Paraty deposit 3 days + 1 hour
proj("Loja Artesanato Paraty", "loja@artesanatoparaty.com.br")
ow("pt_w03", "OWD-2025-403", "Loja Artesanato Paraty", "deposit", "22000.00", "2025-09-24T09:00:00")
case("pt-o03-paraty-73-horas", OWB, "decided", [M(
    "Loja Artesanato Paraty <loja@artesanatoparaty.com.br>", OWDTO, "cancelar projeto e devolver sinal",
    d(2025, 9, 27, 1, 30, BR),
    "Oi, boa noite. Decidimos vender só pelo Instagram, então desistimos da Loja Artesanato Paraty. "
    "Dá pra devolver o sinal (OWD-2025-403)?\nBeijo, Lia\n")],
    [R("deny")], extra_ok=True,
    spec="O2: paid 2025-09-24 09:00 IST; 01:30 -03 on 27 Sep = 10:00 IST = 73 h >= 72: deny.")

# o04 Funchal deposit inside 72 h but work started
proj("Website Restaurante Mercado Funchal", "geral@restaurantemercado.pt", started="2025-09-26T10:00:00")
ow("pt_w04", "OWD-2025-404", "Website Restaurante Mercado Funchal", "deposit", "18000.00", "2025-09-25T15:00:00")
case("pt-o04-funchal-trabalho-iniciado", OWB, "decided", [M(
    "Restaurante Mercado <geral@restaurantemercado.pt>", OWDTO, "Reembolso do sinal",
    d(2025, 9, 27, 10, 0, MAD),
    "Bom dia,\n\nPor motivos de saúde do proprietário, o restaurante vai fechar temporariamente. "
    "Solicitamos o reembolso do sinal do Website Restaurante Mercado Funchal (OWD-2025-404).\n\n"
    "Melhores cumprimentos,\nSandra Abreu\n")],
    [R("deny")],
    spec="O2: request 2025-09-27 14:30 IST is within 72 h, but work started 2025-09-26 10:00: deny.")

# o05 Campos do Jordão discovery not started
proj("Estratégia Digital Chocolates Serra", "marketing@chocolatesserra.com.br")
ow("pt_w05", "OWD-2025-405", "Estratégia Digital Chocolates Serra", "discovery", "12000.00", "2025-09-18T10:00:00")
case("pt-o05-campos-do-jordao-discovery", OWB, "decided", [M(
    "Marketing Chocolates Serra <marketing@chocolatesserra.com.br>", OWDTO,
    "Reembolso discovery OWD-2025-405", d(2025, 9, 26, 14, 0, BR),
    "Olá! Pagamos a fase de descoberta da Estratégia Digital Chocolates Serra mas nenhuma sessão foi marcada "
    "ainda e a diretoria resolveu contratar uma agência de São Paulo. Pedimos o reembolso integral.\n"
    "Abraços, Priscila\n")],
    [R("approve", "12000.00")],
    spec="O1: discovery, no session started: approve 12000.00.")

# o06 Praia discovery started
proj("Identidade Visual Câmara de Comércio", "secretariado@camaracomercio.cv", started="2025-09-16T10:00:00")
ow("pt_w06", "OWD-2025-406", "Identidade Visual Câmara de Comércio", "discovery", "16000.00", "2025-09-12T10:00:00")
case("pt-o06-praia-discovery-iniciado", OWB, "decided", [M(
    "Secretariado Câmara <secretariado@camaracomercio.cv>", OWDTO, "Pedido de reembolso",
    d(2025, 9, 24, 10, 0, CV),
    "Exmos. Senhores,\n\nApós a primeira sessão de trabalho da Identidade Visual Câmara de Comércio, a "
    "direção entendeu que a proposta não corresponde ao pretendido. Solicitamos o reembolso da fatura "
    "OWD-2025-406.\n\nCom os melhores cumprimentos,\nO Secretariado\n")],
    [R("deny")],
    spec="O1: discovery session held (work_started_at 2025-09-16): deny.")

# o07 Rio milestone not started
proj("App Delivery Quentinhas Tijuca", "socios@quentinhastijuca.com.br", started="2025-08-05T10:00:00")
ow("pt_w07", "OWD-2025-407", "App Delivery Quentinhas Tijuca", "milestone", "55000.00", "2025-09-12T10:00:00",
   milestone_status="not_started")
case("pt-o07-tijuca-marco-nao-iniciado", OWB, "decided", [M(
    "Sócios Quentinhas <socios@quentinhastijuca.com.br>", OWDTO,
    "Refund Request — App Delivery Quentinhas Tijuca / OWD-2025-407", d(2025, 9, 25, 11, 0, BR),
    "Fala, pessoal. Decidimos não fazer o módulo de fidelidade (marco 3) porque o iFood já dá isso pra gente. "
    "Esse marco, OWD-2025-407, nem começou. Pedimos o reembolso dele; o resto continua.\nAbs, Rodrigo\n")],
    [R("approve", "55000.00")],
    spec="O3: milestone not_started: approve 55000.00 before tax.")

# o08 Bauru milestone in progress
proj("Portal Imobiliária Bauru", "diretoria@imobbauru.com.br", started="2025-08-10T10:00:00")
ow("pt_w08", "OWD-2025-408", "Portal Imobiliária Bauru", "milestone", "38000.00", "2025-09-08T10:00:00",
   milestone_status="in_progress")
case("pt-o08-bauru-marco-em-andamento", OWB, "decided", [M(
    "Diretoria Imobiliária <diretoria@imobbauru.com.br>", OWDTO, "reembolso marco 2",
    d(2025, 9, 24, 10, 0, BR),
    "Bom dia, o marco 2 do Portal Imobiliária Bauru (OWD-2025-408) está muito atrasado e queremos parar por "
    "aqui e receber de volta esse pagamento. Att, Renato\n")],
    [R("escalate")], extra_ok=True,
    spec="O3: milestone in_progress: escalate.")

# o09 Ponta Delgada milestone completed
proj("Site Queijaria São Jorge", "geral@queijariasaojorge.pt", started="2025-07-01T10:00:00")
ow("pt_w09", "OWD-2025-409", "Site Queijaria São Jorge", "milestone", "24000.00", "2025-08-05T10:00:00",
   milestone_status="completed")
case("pt-o09-acores-marco-concluido", OWB, "decided", [M(
    "Queijaria São Jorge <geral@queijariasaojorge.pt>", OWDTO, "reembolso design",
    d(2025, 9, 23, 10, 0, AZO),
    "Bom dia. O design do Site Queijaria São Jorge foi entregue mas afinal não gostamos das cores. "
    "Pedimos o reembolso do marco de design, OWD-2025-409.\nCumprimentos, Fernando\n")],
    [R("deny")],
    spec="O3/O6: milestone completed: deny.")

# o10 Volta Redonda retainer notice ok
proj("Gestão de Tráfego Academia VR", "contato@academiafitvr.com.br", started="2025-04-12T10:00:00")
ow("pt_w10", "OWD-2025-410", "Gestão de Tráfego Academia VR", "retainer", "11000.00", "2025-09-12T10:00:00",
   period_start="2025-09-12", period_end="2025-10-11", next_billing_at="2025-10-12")
case("pt-o10-vr-retainer-com-aviso", OWB, "decided", [M(
    "Academia Fit VR <contato@academiafitvr.com.br>", OWDTO, "Cancelamento Gestão de Tráfego Academia VR",
    d(2025, 9, 30, 10, 0, BR),
    "Olá, vamos cancelar a Gestão de Tráfego Academia VR porque contratamos um funcionário para isso. "
    "Última fatura OWD-2025-410. Não renovem, por favor.\nObrigado, Thiago\n")],
    [X("cancel", "2025-10-11")],
    spec="O4: request 2025-09-30 IST <= 2025-10-12 - 7 = 2025-10-05: cancel effective 2025-10-11.")

# o11 Mindelo retainer short notice
proj("Redes Sociais Festival Baía", "producao@festivalbaia.cv", started="2025-06-04T10:00:00")
ow("pt_w11", "OWD-2025-411", "Redes Sociais Festival Baía", "retainer", "9500.00", "2025-09-04T10:00:00",
   period_start="2025-09-04", period_end="2025-10-03", next_billing_at="2025-10-04")
case("pt-o11-mindelo-retainer-pouco-aviso", OWB, "decided", [M(
    "Produção Festival <producao@festivalbaia.cv>", OWDTO, "fim do contrato de redes",
    d(2025, 9, 29, 10, 0, CV),
    "Olá! O festival já passou, por isso queremos terminar o retainer Redes Sociais Festival Baía "
    "(OWD-2025-411). Obrigado pelo trabalho.\nManu\n")],
    [X("cancel", "2025-11-03")],
    spec="O4: request 2025-09-29 IST after 2025-10-04 - 7 = 2025-09-27: next cycle billed (10-04..11-03); "
         "effective 2025-11-03.")

# o12 Furnas (Azores): exactly 7 days in the Azores, 6 in India
proj("Newsletter Termas das Furnas", "comunicacao@termasfurnas.pt", started="2025-03-07T10:00:00")
ow("pt_w12", "OWD-2025-412", "Newsletter Termas das Furnas", "retainer", "7000.00", "2025-09-07T10:00:00",
   period_start="2025-09-07", period_end="2025-10-06", next_billing_at="2025-10-07")
case("pt-o12-furnas-sete-dias-nos-acores-seis-na-india", OWB, "decided", [M(
    "Comunicação Termas <comunicacao@termasfurnas.pt>", OWDTO, "Cancelamento da newsletter",
    d(2025, 9, 30, 20, 0, AZO),
    "Boa noite. Ainda com 7 dias de antecedência, cancelamos a Newsletter Termas das Furnas (OWD-2025-412) "
    "porque passamos a fazer a comunicação internamente.\nCumprimentos, Inês\n")],
    [X("cancel", "2025-11-06")],
    spec="O4: 20:00 +00 on 30 Sep = 2025-10-01 01:30 IST, after 2025-10-07 - 7 = 2025-09-30: next cycle "
         "(2025-10-07..2025-11-06) billed; effective 2025-11-06.")

# o13 Uberlândia retainer next cycle prepaid
proj("Manutenção Site Cooperativa Cerrado", "ti@coopcerrado.com.br", started="2025-01-20T10:00:00")
ow("pt_w13a", "OWD-2025-413", "Manutenção Site Cooperativa Cerrado", "retainer", "8500.00", "2025-09-20T10:00:00",
   period_start="2025-09-20", period_end="2025-10-19", next_billing_at="2025-10-20")
ow("pt_w13b", "OWD-2025-414", "Manutenção Site Cooperativa Cerrado", "retainer", "8500.00", "2025-09-20T10:02:00",
   period_start="2025-10-20", period_end="2025-11-19", next_billing_at="2025-11-20")
case("pt-o13-uberlandia-retainer-adiantado", OWB, "decided", [M(
    "TI Coop Cerrado <ti@coopcerrado.com.br>", OWDTO, "Cancelar manutenção",
    d(2025, 9, 25, 10, 0, BR),
    "Bom dia, a cooperativa foi incorporada e o site vai ser desativado, por isso cancelamos a Manutenção "
    "Site Cooperativa Cerrado. Já pagamos outubro adiantado (OWD-2025-414).\nAtt, Juliano\n")],
    [X("escalate")], extra_ok=True,
    spec="Section 8: next cycle already paid, notice >= 7 days (25 Sep vs 20 Oct): escalate.")
# o14 Rio hosting within 14 days
proj("Hosting Clínica Odonto Méier", "adm@odontomeier.com.br", started="2025-09-22T10:00:00")
ow("pt_w14", "OWD-2025-415", "Hosting Clínica Odonto Méier", "hosting_annual", "14400.00", "2025-09-20T10:00:00",
   setup_fee="1800.00", service_start="2025-09-22")
case("pt-o14-meier-hosting-14-dias", OWB, "decided", [M(
    "Adm Odonto Méier <adm@odontomeier.com.br>", OWDTO,
    "Refund Request — Hosting Clínica Odonto Méier / OWD-2025-415", d(2025, 9, 29, 15, 0, BR),
    "Boa tarde,\n\na clínica foi comprada por uma rede que já tem servidor próprio; vamos cancelar o hosting "
    "anual e pedir o reembolso proporcional previsto na política.\n\nAtenciosamente,\nDra. Vanessa\n")],
    [R("approve", "11550.00")], extra_ok=True,
    spec="O5: day 7 of service_start 2025-09-22: 14400 - 1800 - (12600/12 = 1050) x 1 = 11550.00.")

# o15 Madeira maintenance with rounding
proj("Manutenção Site Bordados Madeira", "loja@bordadosmadeira.pt", started="2025-09-24T10:00:00")
ow("pt_w15", "OWD-2025-416", "Manutenção Site Bordados Madeira", "maintenance_annual", "19999.00",
   "2025-09-23T10:00:00", setup_fee="1000.00", service_start="2025-09-24")
case("pt-o15-bordados-manutencao-arredondamento", OWB, "decided", [M(
    "Bordados Madeira <loja@bordadosmadeira.pt>", OWDTO, "Cancelar manutenção anual e reembolso",
    d(2025, 9, 30, 11, 0, MAD),
    "Bom dia, a loja vai passar a vender só na plataforma da associação de bordadeiras, por isso "
    "cancelamos a Manutenção Site Bordados Madeira (OWD-2025-416) e pedimos o reembolso proporcional.\n"
    "Obrigada, Gorete\n")],
    [R("approve", "17415.75")], extra_ok=True,
    spec="O5: 19999 - 1000 - 18999/12 (1583.25) x 1 = 17415.75.")

# o16 Ilhabela hosting day 15
proj("Hosting Pousada Ilhabela", "reservas@pousadailhabela.com.br", started="2025-09-10T10:00:00")
ow("pt_w16", "OWD-2025-417", "Hosting Pousada Ilhabela", "hosting_annual", "12000.00", "2025-09-09T10:00:00",
   setup_fee="1200.00", service_start="2025-09-10")
case("pt-o16-ilhabela-hosting-dia-15", OWB, "decided", [M(
    "Pousada Ilhabela <reservas@pousadailhabela.com.br>", OWDTO, "reembolso hosting OWD-2025-417",
    d(2025, 9, 24, 22, 0, BR),
    "Boa noite, ainda dentro dos 14 dias, peço o reembolso proporcional do Hosting Pousada Ilhabela, "
    "vamos usar o sistema da Booking.\nAtt, Cláudio\n")],
    [R("deny")],
    spec="O5: service_start 2025-09-10; 22:00 -03 on 24 Sep = 2025-09-25 06:30 IST = day 15 > 14: deny.")

# o17 Holambra (SP interior) hosting before start
proj("Hosting Floricultura Holambra", "vendas@floresholambra.com.br")
ow("pt_w17", "OWD-2025-418", "Hosting Floricultura Holambra", "hosting_annual", "13200.00", "2025-09-27T10:00:00",
   setup_fee="1200.00", service_start="2025-10-15")
case("pt-o17-holambra-hosting-antes-do-inicio", OWB, "decided", [M(
    "Floricultura Holambra <vendas@floresholambra.com.br>", OWDTO, "desistência do hosting",
    d(2025, 9, 30, 9, 0, BR),
    "Bom dia. Contratamos o Hosting Floricultura Holambra (OWD-2025-418) mas o sobrinho do dono vai "
    "hospedar de graça. Queremos cancelar e receber o valor de volta.\nAtt, Bruna\n")],
    [R("approve", "11000.00")], extra_ok=True,
    spec="O5 before service start, consumed_months 1: 13200 - 1200 - 12000/12 (1000) = 11000.00.")

# o18 SSL / plugin licence
proj("Loja Virtual Cachaçaria Salinas", "contato@cachacariasalinas.com.br", started="2025-07-01T10:00:00")
ow("pt_w18", "OWD-2025-419", "Loja Virtual Cachaçaria Salinas", "third_party", "6500.00", "2025-09-22T10:00:00")
case("pt-o18-salinas-licenca-plugin", OWB, "decided", [M(
    "Cachaçaria Salinas <contato@cachacariasalinas.com.br>", OWDTO, "reembolso plugin",
    d(2025, 9, 24, 10, 0, BR),
    "Uai gente, cobraram a licença do plugin de frete premium da Loja Virtual Cachaçaria Salinas "
    "(OWD-2025-419) mas a gente nem usa, o frete é combinado no WhatsApp. Quero o reembolso.\nTião\n")],
    [R("deny")],
    spec="O6: premium plugin licence is a third-party fee: deny.")

# o19 setup fee
proj("Sistema Agendamento Salão Campinas", "salao@belezacampinas.com.br", started="2025-09-15T10:00:00")
ow("pt_w19", "OWD-2025-420", "Sistema Agendamento Salão Campinas", "setup", "4000.00", "2025-09-15T10:00:00")
case("pt-o19-campinas-taxa-de-ativacao", OWB, "decided", [M(
    "Salão Beleza Campinas <salao@belezacampinas.com.br>", OWDTO, "taxa de ativação",
    d(2025, 9, 22, 10, 0, BR),
    "Oi! Não entendi essa taxa de ativação do Sistema Agendamento Salão Campinas (OWD-2025-420), achei que "
    "estava incluso. Quero o reembolso dela.\nKelly\n")],
    [R("deny")],
    spec="O6: setup/activation fee: deny.")

# o20 C2 school bursar writes, contract is the principal's
proj("Site Colégio Santa Teresa", "diretora@colegiosantateresa.com.br", started="2025-06-01T10:00:00")
ow("pt_w20", "OWD-2025-421", "Site Colégio Santa Teresa", "retainer", "6000.00", "2025-09-14T10:00:00",
   period_start="2025-09-14", period_end="2025-10-13", next_billing_at="2025-10-14")
case("pt-o20-santa-teresa-tesouraria-nao-contrato", OWB, "need_info", [M(
    "Tesouraria Colégio Santa Teresa <tesouraria@colegiosantateresa.com.br>", OWDTO, "cancelamento manutenção",
    d(2025, 9, 24, 10, 0, BR),
    "Prezados, a tesouraria solicita o cancelamento da manutenção do Site Colégio Santa Teresa "
    "(OWD-2025-421), pois o colégio terá equipe própria de TI. Att, Sr. Orlando\n")],
    rules=["C2"],
    spec="C2: tesouraria@ is not the contract email diretora@: need_info.")

# o21 Outlook pt-BR forward carrying another contract email
proj("E-commerce Café Sul de Minas", "diretor@cafesuldeminas.com.br", started="2025-08-01T10:00:00")
ow("pt_w21", "OWD-2025-422", "E-commerce Café Sul de Minas", "milestone", "30000.00", "2025-09-16T10:00:00",
   milestone_status="not_started")
case("pt-o21-sul-de-minas-encaminhado-outlook", OWB, "need_info", [M(
    "Assistente Café Sul de Minas <assistente@cafesuldeminas.com.br>", OWDTO, "ENC: marco 2 e-commerce",
    d(2025, 9, 25, 10, 0, BR),
    "Bom dia, encaminho o pedido do diretor.\n\n________________________________\n"
    "De: Diretor Café Sul de Minas <diretor@cafesuldeminas.com.br>\nEnviado: quarta-feira, 24 de setembro de "
    "2025 17:45\nPara: Assistente <assistente@cafesuldeminas.com.br>\nAssunto: marco 2 e-commerce\n\n"
    "Pede pra Optima devolver o marco 2 do E-commerce Café Sul de Minas (OWD-2025-422), a exportadora mudou o "
    "contrato e não vamos mais vender direto. O contrato está no diretor@cafesuldeminas.com.br.\n")],
    rules=["C2"],
    spec="Section 8 forwards: carried request names contract email diretor@; sender assistente@: C2.")

# o22 cancellation without reason (Azores formal)
proj("Suporte Web Lacticínios Pico", "administracao@lacticiniospico.pt", started="2025-02-01T10:00:00")
ow("pt_w22", "OWD-2025-423", "Suporte Web Lacticínios Pico", "retainer", "5500.00", "2025-09-18T10:00:00",
   period_start="2025-09-18", period_end="2025-10-17", next_billing_at="2025-10-18")
case("pt-o22-pico-cancelamento-sem-motivo", OWB, "need_info", [M(
    "Administração Lacticínios Pico <administracao@lacticiniospico.pt>", OWDTO,
    "Cancelamento - Suporte Web Lacticínios Pico", d(2025, 9, 25, 10, 0, AZO),
    "Exmos. Senhores,\n\nVimos solicitar o cancelamento do Suporte Web Lacticínios Pico, fatura OWD-2025-423.\n\n"
    "Sem outro assunto de momento, subscrevemo-nos com os melhores cumprimentos,\nA Administração\n")],
    missing=["reason"],
    spec="Section 8: Optima requires a reason for a cancellation; none given: need_info [reason].")

# o23 two projects, none named
proj("Site Escola de Música Petrópolis", "secretaria@musicapetropolis.com.br", started="2025-03-01T10:00:00")
proj("Plataforma EAD Música Petrópolis", "secretaria@musicapetropolis.com.br", started="2025-04-01T10:00:00")
ow("pt_w23a", "OWD-2025-424", "Site Escola de Música Petrópolis", "retainer", "4500.00", "2025-09-09T10:00:00",
   period_start="2025-09-09", period_end="2025-10-08", next_billing_at="2025-10-09")
ow("pt_w23b", "OWD-2025-425", "Plataforma EAD Música Petrópolis", "retainer", "4500.00", "2025-09-09T10:00:00",
   period_start="2025-09-09", period_end="2025-10-08", next_billing_at="2025-10-09")
case("pt-o23-petropolis-qual-projeto", OWB, "need_info", [M(
    "Secretaria Escola de Música <secretaria@musicapetropolis.com.br>", OWDTO, "cancelamento",
    d(2025, 9, 22, 10, 0, BR),
    "Bom dia, a direção decidiu cortar um dos serviços mensais que temos com vocês porque as matrículas "
    "caíram muito este semestre. Podem cancelar, por favor?\nSecretaria\n")],
    missing=["project_name", "invoice_number"],
    spec="C3: two projects on the contract email, none named, no invoice: ask for project_name and invoice_number.")

# o24 thread: deposit, PO given in the answer (Cape Verde)
proj("Site Cooperativa Pescadores Tarrafal", "cooperativa@pescadorestarrafal.cv")
ow("pt_w24", "PO-5582", "Site Cooperativa Pescadores Tarrafal", "deposit", "26000.00", "2025-09-29T12:00:00")
case("pt-o24-tarrafal-thread-po", OWB, "decided", [
    M("Cooperativa Tarrafal <cooperativa@pescadorestarrafal.cv>", OWDTO,
      "Desistência - Site Cooperativa Pescadores Tarrafal", d(2025, 9, 29, 20, 0, CV),
      "Boa noite. A assembleia da cooperativa votou hoje contra o investimento no site, por isso desistimos do "
      "Site Cooperativa Pescadores Tarrafal e pedimos o reembolso do sinal pago hoje. A referência da "
      "ordem de compra envio amanhã.\nDjenifer, tesoureira\n"),
    M("Cooperativa Tarrafal <cooperativa@pescadorestarrafal.cv>", OWDTO,
      "RE: Desistência - Site Cooperativa Pescadores Tarrafal [OWD-5582]", d(2025, 9, 30, 16, 0, CV),
      "Boa tarde, a referência é po/5582.\nObrigada.\n\n-----Mensagem original-----\n"
      "De: Optima WebDesign <optimawebdesigns12@gmail.com>\nEnviada: 30 de setembro de 2025 09:00\n"
      "Assunto: Re: Desistência [OWD-5582]\n\nIndique-nos a fatura ou ordem de compra.\n")],
    [R("approve", "26000.00")], extra_ok=True,
    spec="C3 thread: po/5582 = PO-5582; O2 from the first mail 2025-09-30 02:30 IST (14.5 h after payment), no "
         "work: approve 26000.00.")

# o25 lawyer threat (Rio)
proj("Site Restaurante Lapa", "dono@restaurantelapa.com.br", started="2025-08-01T10:00:00")
ow("pt_w25", "OWD-2025-426", "Site Restaurante Lapa", "milestone", "28000.00", "2025-09-15T10:00:00",
   milestone_status="not_started")
case("pt-o25-lapa-advogado", OWB, "decided", [M(
    "Restaurante Lapa <dono@restaurantelapa.com.br>", OWDTO, "Reembolso JÁ",
    d(2025, 9, 26, 11, 0, BR),
    "Paguei há quase duas semanas e o marco 3 do Site Restaurante Lapa nem começou. Quero o reembolso da OWD-2025-426 ou "
    "meu advogado entra com ação e aciono o Procon.\nMarcelo\n")],
    [R("escalate")], rules=["C4"],
    spec="C4: lawyer / Procon threat: escalate although the milestone is not_started.")

# o26 question (Cape Verde)
case("pt-o26-assomada-pergunta", OWB, "other", [M(
    "Nilton Semedo <nilton.semedo.cv@yahoo.com>", OWDTO, "Dúvida",
    d(2025, 9, 27, 10, 0, CV),
    "Bom dia. Antes de contratar: o hosting anual inclui o domínio .cv? E se eu desistir na primeira "
    "semana, como fica? Obrigado.\nNilton\n")],
    spec="Section 8 hypothetical before buying: other.")

# o27 auto-reply
case("pt-o27-resposta-automatica", OWB, "ignore", [M(
    "Diretoria Imobiliária <diretoria@imobbauru.com.br>", OWDTO, "Resposta automática: Re: reembolso marco 2 [OWD-2408]",
    d(2025, 9, 29, 9, 0, BR),
    "Obrigado pelo contato. Estou fora do escritório até 06/10.\n",
    headers={"Auto-Submitted": "auto-replied", "_irt": "<OWD-2408.1759130000@optimawebdesign.com>"})],
    rules=["C7"], spec="C7: auto-reply: ignore.")

# o28 change request
proj("Site Igreja Matriz Itu", "paroquia@matrizitu.org.br", started="2025-07-01T10:00:00")
ow("pt_w28", "OWD-2025-427", "Site Igreja Matriz Itu", "change_request", "5000.00", "2025-09-23T10:00:00")
case("pt-o28-itu-pedido-de-alteracao", OWB, "decided", [M(
    "Paróquia Matriz <paroquia@matrizitu.org.br>", OWDTO, "reembolso da alteração",
    d(2025, 9, 25, 10, 0, BR),
    "Louvado seja. Pedimos a alteração para incluir a agenda de missas no Site Igreja Matriz Itu "
    "(OWD-2025-427), mas o padre preferiu como estava antes. Solicitamos o reembolso dessa alteração.\n"
    "Secretaria Paroquial\n")],
    [R("deny")],
    spec="O6: change request outside original scope: deny.")


# o29 Horta (Azores), Thunderbird forward of the client's own note; hosting on day 14 exactly
proj("Hosting Clube Naval Horta", "secretaria@clubenavalhorta.pt", started="2025-09-16T10:00:00")
ow("pt_w29", "OWD-2025-428", "Hosting Clube Naval Horta", "hosting_annual", "9600.00", "2025-09-15T10:00:00",
   setup_fee="0.00", service_start="2025-09-16")
case("pt-o29-horta-reencaminhado-proprio-dia-14", OWB, "decided", [M(
    "Secretaria Clube Naval <secretaria@clubenavalhorta.pt>", OWDTO, "Fwd: hosting do site",
    d(2025, 9, 30, 9, 0, AZO),
    "Bom dia, reencaminho a nota que enviei à direção, com o pedido.\n\n"
    "-------- Mensagem encaminhada --------\nAssunto: \thosting do site\nData: \tMon, 29 Sep 2025 18:40:11 +0000\n"
    "De: \tSecretaria Clube Naval <secretaria@clubenavalhorta.pt>\nPara: \tDireção <direcao@clubenavalhorta.pt>\n\n"
    "A direção decidiu passar o site para o servidor da Câmara Municipal, por isso vou pedir à Optima o "
    "cancelamento do Hosting Clube Naval Horta (OWD-2025-428) e o reembolso proporcional, ainda dentro dos 14 "
    "dias.\n")],
    [R("approve", "8800.00")], extra_ok=True,
    spec="O5: service_start 2025-09-16, request 2025-09-30 14:30 IST = day 14 (inside); own forward, no C2: "
         "9600 - 0 - 800 x 1 = 8800.00.")

if __name__ == "__main__":
    (HERE / "ledger.json").write_text(json.dumps(LEDGER, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (HERE / "expected.json").write_text(json.dumps({"cases": CASES}, ensure_ascii=False, indent=1) + "\n",
                                        encoding="utf-8")
    print(f"{len(CASES)} cases, {len(LEDGER['payments'])} payments")
