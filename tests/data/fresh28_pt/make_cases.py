#!/usr/bin/env python3
"""fresh28_pt: held-out Portuguese cases for mailbot (Brazil's South and Centre-West: Porto Alegre,
Curitiba, Florianopolis, Goiania, Brasilia; Sao Tome and Principe; Guinea-Bissau; Timor-Leste; Lisbon,
Alentejo and the Algarve).

Stdlib only, deterministic.  Running it writes ledger.json, emails/*.eml and expected.json
beside this file.  MIT, like the project; all text written for this project.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANG = "pt"
LOB, OWB = "leadsoptima", "optima_webdesign"
SUP = "Suporte LeadsOptima <support@leadsoptima.com>"
OWDTO = "Optima WebDesign <optimawebdesigns12@gmail.com>"


def tz(h, m=0):
    return timezone(timedelta(hours=h, minutes=m))


IST = tz(5, 30)
# September 2025 offsets: Brazil (Porto Alegre, Curitiba, Florianopolis, Goiania, Brasilia) -03, no summer
# time; Sao Tome and Principe and Guinea-Bissau +00; Timor-Leste +09; mainland Portugal +01 (WEST).
BR, STP, GW, TL, PT = tz(-3), tz(0), tz(0), tz(9), tz(1)

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


def owpay(pid, inv, project, kind, amount, tax, paid_at, **kw):
    base = {"brand": OWB, "id": pid, "invoice": inv, "project": project, "kind": kind,
            "amount": amount, "tax": tax, "currency": "INR", "paid_at": paid_at, "status": "paid",
            "setup_fee": None, "service_start": None, "next_billing_at": None,
            "period_start": None, "period_end": None, "milestone_status": None}
    base.update(kw)
    LEDGER["payments"].append(base)


def day(paid_at, when):
    """Window day of ``when`` (an aware mail date) counted from a ledger date (naive = IST)."""
    return (when.astimezone(IST).date() - date.fromisoformat(paid_at[:10])).days


def hours(paid_at, when):
    return (when - datetime.fromisoformat(paid_at).replace(tzinfo=IST)).total_seconds() / 3600


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
        mid = f"<{cid}.{i}.{int(m['when'].timestamp())}@mail.fresh28-{LANG}.example>"
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


def d(y, mo, dd, h, mi, zone):
    return datetime(y, mo, dd, h, mi, tzinfo=zone)


def write():
    (HERE / "ledger.json").write_text(json.dumps(LEDGER, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (HERE / "expected.json").write_text(json.dumps({"cases": CASES}, ensure_ascii=False, indent=1) + "\n",
                                        encoding="utf-8")
    print(f"{len(CASES)} cases, {len(LEDGER['payments'])} payments")



# ---------------------------------------------------------------------------------------------
# LeadsOptima
# ---------------------------------------------------------------------------------------------

cust("guilherme.schmitt@terra.com.br", "Guilherme Schmitt", "monthly", start="2025-09-23", end="2025-10-22")
lopay("pt_p01", "LO-INV-2901", "guilherme.schmitt@terra.com.br", "monthly", "1499.00", "2025-09-23T10:00:00",
      "2025-09-23", "2025-10-22")
lopay("pt_p02", "LO-INV-2902", "guilherme.schmitt@terra.com.br", "monthly", "1499.00", "2025-09-23T10:00:45",
      "2025-09-23", "2025-10-22")
t = d(2025, 9, 25, 9, 20, BR)
assert day("2025-09-23", t) == 2
case("pt-l01-porto-alegre-bah-cobranca-dupla", LOB, "decided", [M(
    "Guilherme Schmitt <guilherme.schmitt@terra.com.br>", SUP, "cobrança em dobro", t,
    "Bom dia, tchê!\n\nBah, olhando a fatura do cartão vi que vocês me cobraram DUAS vezes a mensalidade "
    "no dia 23, duas cobranças de 1.499,00 uma atrás da outra. Tenho só um plano mensal. A segunda nota é "
    "a LO-INV-2902, peço o estorno dessa cobrança duplicada.\n\nAbraço,\nGuilherme\nPorto Alegre - RS\n")],
    [R("approve", "1499.00")],
    spec="L2 duplicate_payment, L4: two paid monthly charges 2025-09-23 same period, request 2025-09-25 IST "
         "(day 2): refund the later charge LO-INV-2902 = 1499.00 before tax.")

cust("agostinho.belo@timortelecom.tl", "Agostinho Belo", "quarterly", start="2025-09-22", end="2025-12-21")
lopay("pt_p03", "LO-INV-2903", "agostinho.belo@timortelecom.tl", "quarterly", "3999.00", "2025-09-22T16:00:00",
      "2025-09-22", "2025-12-21")
lopay("pt_p04", "LO-INV-2904", "agostinho.belo@timortelecom.tl", "quarterly", "3999.00", "2025-09-22T16:02:00",
      "2025-09-22", "2025-12-21")
t = d(2025, 9, 30, 2, 30, TL)
assert day("2025-09-22", t) == 7
case("pt-l02-dili-dia-8-local-dia-7-india", LOB, "decided", [M(
    "Agostinho Belo <agostinho.belo@timortelecom.tl>", SUP, "Pagamento duplicado - plano trimestral", t,
    "Exmos. Senhores,\n\nSirvo-me do presente para informar que no dia 22 de Setembro o plano trimestral "
    "foi debitado duas vezes no cartão da nossa ONG (faturas LO-INV-2903 e LO-INV-2904). Solicito a "
    "devolução do segundo débito, que é um pagamento duplicado.\n\nPeço desculpa pela hora; aqui em Díli "
    "a internet só funciona bem de madrugada.\n\nCom os melhores cumprimentos,\nAgostinho Belo\n"
    "Tesoureiro - Associação Hadomi Timor, Díli\n")],
    [R("approve", "3999.00")],
    spec="L3 in the brand's zone: mail 2025-09-30 02:30 +09:00 = 2025-09-29 23:00 IST, day 7 (day 8 in Dili): "
         "inside; L4 duplicate pair 2025-09-22: approve the later charge 3999.00.")

cust("rita.mendonca@sapo.pt", "Rita Mendonça", "monthly", start="2025-09-15", end="2025-10-14")
lopay("pt_p05", "LO-INV-2905", "rita.mendonca@sapo.pt", "monthly", "1499.00", "2025-09-15T10:00:00",
      "2025-09-15", "2025-10-14")
lopay("pt_p06", "LO-INV-2906", "rita.mendonca@sapo.pt", "monthly", "1499.00", "2025-09-15T10:01:00",
      "2025-09-15", "2025-10-14")
t = d(2025, 9, 22, 20, 0, PT)
assert day("2025-09-15", t) == 8
case("pt-l03-lagos-algarve-dia-8-por-fuso", LOB, "decided", [M(
    "Rita Mendonça <rita.mendonca@sapo.pt>", SUP, "Cobrança em duplicado", t,
    "Boa noite,\n\nVenho por este meio informar que no passado dia 15 me foi cobrada a mensalidade em "
    "duplicado (LO-INV-2905 e LO-INV-2906). Agradecia que me devolvessem o valor cobrado a mais, ou seja, a "
    "segunda cobrança.\n\nObrigada,\nRita Mendonça\nLagos, Algarve\n")],
    [R("deny")],
    spec="L3: charges 2025-09-15 IST; mail 2025-09-22 20:00 +01:00 = 2025-09-23 00:30 IST, day 8 in the "
         "brand's zone (day 7 in Lagos): outside the window, deny.")

cust("financeiro@madeireiraiguacu.com.br", "Madeireira Iguaçu", "monthly", start="2025-09-24", end="2025-10-23")
lopay("pt_p07", "LO-INV-2907", "financeiro@madeireiraiguacu.com.br", "quarterly", "3999.00",
      "2025-09-24T10:00:00", "2025-09-24", "2025-12-23")
t = d(2025, 9, 26, 14, 0, BR)
case("pt-l04-curitiba-valor-errado", LOB, "decided", [M(
    "Financeiro Madeireira Iguaçu <financeiro@madeireiraiguacu.com.br>", SUP,
    "Cobrança de valor errado - NF LO-INV-2907", t,
    "Prezados, boa tarde.\n\nNosso plano é o mensal, mas no dia 24 fomos cobrados no valor do trimestral "
    "(3.999,00 em vez de 1.499,00). Trata-se de cobrança de valor errado, nunca solicitamos mudança de "
    "plano. Solicitamos o estorno da cobrança LO-INV-2907.\n\nAtenciosamente,\nSilvana Kowalski\n"
    "Departamento Financeiro - Madeireira Iguaçu Ltda.\nCuritiba/PR\n")],
    [R("escalate")],
    spec="L2 billing_error (charged the quarterly price on a monthly plan) inside the window (day 2): L5 "
         "escalate with charge LO-INV-2907. 'Estorno' here means refund, not a chargeback.")

cust("wellington.goiania@gmail.com", "Wellington Souza", "annual", start="2025-09-25", end="2026-09-24")
lopay("pt_p08", "LO-INV-2908", "wellington.goiania@gmail.com", "annual", "11988.00", "2025-09-25T10:00:00",
      "2025-09-25", "2026-09-24")
t = d(2025, 9, 28, 11, 0, BR)
case("pt-l05-goiania-nao-consigo-acessar", LOB, "decided", [M(
    "Wellington Souza <wellington.goiania@gmail.com>", SUP, "nao consigo acessar o sistema", t,
    "Bom dia, uai. Paguei o plano anual na quinta e desde entao nao consigo acessar o sistema, fica "
    "carregando e volta pra tela de login. Ja limpei cache, troquei de navegador, nada. O suporte do chat "
    "nao resolveu. Se nao tiver solucao quero o dinheiro de volta, nota LO-INV-2908.\n\nWellington\n"
    "Goiania GO\n")],
    [R("escalate")],
    spec="L2 access_failure ('não consigo acessar') inside the window (2025-09-25 -> 2025-09-28 IST, day 3): "
         "L6 escalate.")

cust("dra.leticia.prado@gmail.com", "Letícia Prado", "monthly", start="2025-09-08", end="2025-10-07")
lopay("pt_p09", "LO-INV-2909", "dra.leticia.prado@gmail.com", "monthly", "1499.00", "2025-09-08T10:00:00",
      "2025-09-08", "2025-10-07")
t = d(2025, 9, 18, 9, 0, BR)
assert day("2025-09-08", t) == 10
case("pt-l06-brasilia-acesso-fora-do-prazo", LOB, "decided", [M(
    "Letícia Prado <dra.leticia.prado@gmail.com>", SUP, "Plataforma fora do ar", t,
    "Bom dia. A plataforma não abre desde a semana passada, o painel fica todo em branco. Como não consigo "
    "usar, peço o reembolso da mensalidade LO-INV-2909.\n\nDra. Letícia Prado\nClínica Prado - Asa Sul, "
    "Brasília/DF\n")],
    [R("deny")],
    spec="access_failure, but charge 2025-09-08 and request 2025-09-18 IST = day 10 > 7: L3 deny.")

cust("bruna.floripa@outlook.com", "Bruna Vieira", "monthly", start="2025-09-27", end="2025-10-26")
lopay("pt_p10", "LO-INV-2910", "bruna.floripa@outlook.com", "monthly", "1499.00", "2025-09-27T10:00:00",
      "2025-09-27", "2025-10-26")
t = d(2025, 9, 28, 18, 0, BR)
case("pt-l07-floripa-nem-usei", LOB, "decided", [M(
    "Bruna Vieira <bruna.floripa@outlook.com>", SUP, "reembolso", t,
    "Oii, tudo bem? Assinei ontem sem querer achando que era o teste grátis, nem cheguei a usar nada. "
    "Queria o reembolso da LO-INV-2910, por favor! Obrigadaaa\n\nBru\nFloripa\n")],
    [R("deny")],
    spec="L1: subscribing by mistake / not having used it is not an exception reason: deny inside the "
         "window; the reply offers cancellation.")

cust("geral@herdadedomontado.pt", "Herdade do Montado", "annual", start="2025-04-01", end="2026-03-31")
lopay("pt_p11", "LO-INV-2911", "geral@herdadedomontado.pt", "annual", "11988.00", "2025-04-01T10:00:00",
      "2025-04-01", "2026-03-31")
t = d(2025, 9, 24, 11, 0, PT)
case("pt-l08-evora-denuncia-formal", LOB, "decided", [M(
    "Herdade do Montado <geral@herdadedomontado.pt>", SUP, "Denúncia do contrato de subscrição", t,
    "Exmos. Senhores,\n\nVimos por este meio comunicar a denúncia da subscrição anual da LeadsOptima, com "
    "efeitos no termo do período em curso, não pretendendo a sua renovação. A herdade passou a "
    "comercializar o vinho exclusivamente através de um distribuidor.\n\nSem outro assunto de momento, "
    "apresentamos os nossos melhores cumprimentos.\n\nJoaquim Sardinha\nSócio-gerente\nHerdade do Montado, "
    "Lda. - Estremoz, Alentejo\n\nEsta mensagem é confidencial. Se a recebeu por engano, por favor "
    "elimine-a e informe o remetente.\n")],
    [X("cancel", "2026-03-31")],
    spec="L8: 'denúncia do contrato' is a cancellation (European Portuguese legal wording, no threat); "
         "active until current_period_end 2026-03-31.")

cust("loja.equador@cstome.net", "Loja Equador", "quarterly", start="2025-08-10", end="2025-11-09")
lopay("pt_p12", "LO-INV-2912", "loja.equador@cstome.net", "quarterly", "3999.00", "2025-08-10T10:00:00",
      "2025-08-10", "2025-11-09")
t = d(2025, 9, 25, 10, 0, STP)
case("pt-l09-sao-tome-caro-cancela-e-reembolso", LOB, "decided", [M(
    "Loja Equador <loja.equador@cstome.net>", SUP, "Cancelamento do plano", t,
    "Bom dia,\n\nQueremos cancelar o plano trimestral. Aqui em São Tomé o câmbio subiu muito e ficou "
    "muito caro para uma loja pequena. Se puderem devolver o dinheiro dos meses que faltam, agradecemos.\n\n"
    "Leve-leve,\nDona Filomena\nLoja Equador, Cidade de São Tomé\n")],
    [R("deny"), X("cancel", "2025-11-09")],
    spec="L1 'muito caro' and unused months are not exceptions: refund deny; L8 cancel, active until "
         "current_period_end 2025-11-09.")

cust("suleimane.balde@gmail.com", "Suleimane Baldé", "monthly")
lopay("pt_p13", "LO-INV-2913", "suleimane.balde@gmail.com", "monthly", "1499.00", "2025-09-14T22:00:00+00:00",
      "2025-09-15", "2025-10-14")
t = d(2025, 9, 27, 9, 0, GW)
case("pt-l10-bissau-cancela-sem-periodo", LOB, "decided", [M(
    "Suleimane Baldé <suleimane.balde@gmail.com>", SUP, "cancelar assinatura", t,
    "Bom dia senhores. Quero cancelar a minha assinatura mensal porque vou viajar para Lisboa e fechar o "
    "escritorio aqui em Bissau. Nao quero reembolso, so nao quero mais cobranças.\n\nSuleimane\n")],
    [X("cancel", "2025-10-14")],
    spec="L8 fallback (no current_period_end): last charge 2025-09-14T22:00+00:00 = 2025-09-15 03:30 IST "
         "(section 8 offsets) + 1 month - 1 day = 2025-10-14. 'Não quero reembolso' adds no refund intent.")

cust("contabil@escritoriobatel.com.br", "Escritório Batel", "monthly", start="2025-09-24", end="2025-10-23")
for pid, inv, tm in (("pt_p14", "LO-INV-2914", "10:00:00"), ("pt_p15", "LO-INV-2915", "10:00:20"),
                     ("pt_p16", "LO-INV-2916", "10:00:41")):
    lopay(pid, inv, "contabil@escritoriobatel.com.br", "monthly", "1499.00", f"2025-09-24T{tm}",
          "2025-09-24", "2025-10-23")
t = d(2025, 9, 25, 16, 0, BR)
case("pt-l11-curitiba-tres-cobrancas", LOB, "decided", [M(
    "Contábil Batel <contabil@escritoriobatel.com.br>", SUP, "3 cobranças iguais no cartão corporativo", t,
    "Boa tarde.\n\nNa conciliação do cartão corporativo encontramos três lançamentos idênticos da "
    "LeadsOptima em 24/09/2025, de R$... corrigindo, INR 1.499,00 cada (LO-INV-2914, LO-INV-2915, "
    "LO-INV-2916). Temos uma única assinatura mensal. Pedimos o reembolso das duas cobranças excedentes.\n\n"
    "Att.,\nMarcos Tessari - CRC/PR\nEscritório Contábil Batel\n")],
    [R("approve", "2998.00")],
    spec="Section 8 three identical charges (same period): every charge after the first is a duplicate, both "
         "inside L3 (day 2: 2025-09-26 00:30 IST): 2 x 1499.00 = 2998.00.")

cust("gabinete.cgti@orgao.gov.br", "CGTI", "annual", start="2025-09-22", end="2026-09-21")
lopay("pt_p17", "LO-INV-2917", "gabinete.cgti@orgao.gov.br", "annual", "11988.00", "2025-09-22T10:00:00",
      "2025-09-22", "2026-09-21")
t = d(2025, 9, 24, 15, 0, BR)
case("pt-l12-brasilia-servidor-email-pessoal", LOB, "need_info", [M(
    "Rodrigo Albuquerque <rodrigo.alb@hotmail.com>", SUP, "Pagamento em duplicidade", t,
    "Prezados,\n\nSou o responsável pela contratação na CGTI; a conta está cadastrada no e-mail "
    "gabinete.cgti@orgao.gov.br, mas escrevo do pessoal porque o webmail do órgão está instável. Houve "
    "pagamento em duplicidade do plano anual, solicito a devolução, NF LO-INV-2917.\n\nRodrigo\n")],
    rules=["C2"],
    spec="C2: the sender (hotmail) is not the registered email he names: need_info, write from the "
         "registered address, no account details.")

cust("patricia.rezende@construtoracerrado.com.br", "Patrícia Rezende", "quarterly", start="2025-09-24",
     end="2025-12-23")
lopay("pt_p18", "LO-INV-2918", "patricia.rezende@construtoracerrado.com.br", "quarterly", "3999.00",
      "2025-09-24T10:00:00", "2025-09-24", "2025-12-23")
t = d(2025, 9, 26, 10, 0, BR)
case("pt-l13-goiania-enc-outlook-secretaria", LOB, "need_info", [M(
    "Secretaria Diretoria <secretaria@construtoracerrado.com.br>", SUP, "ENC: sistema não carrega", t,
    "Bom dia, segue abaixo solicitação da Dra. Patrícia.\n\nAtt,\nKeila\n\n"
    "De: Patrícia Rezende <patricia.rezende@construtoracerrado.com.br>\n"
    "Enviada em: quinta-feira, 25 de setembro de 2025 19:40\n"
    "Para: Secretaria Diretoria <secretaria@construtoracerrado.com.br>\n"
    "Assunto: sistema não carrega\n\n"
    "Keila, manda pra LeadsOptima: o sistema não carrega desde que pagamos o trimestre, não consigo acessar "
    "o painel de leads. Conta patricia.rezende@construtoracerrado.com.br, NF LO-INV-2918. Quero reembolso "
    "se não resolverem.\n")],
    rules=["C2"],
    spec="Section 8 forwards (Outlook 'ENC:'): the forwarded request names registered email patricia.rezende@, "
         "the sender is secretaria@: C2 need_info.")

cust("tiago.valadares@gmail.com", "Tiago Valadares", "annual", start="2025-09-26", end="2026-09-25")
lopay("pt_p19", "LO-INV-2919", "tiago.valadares@gmail.com", "annual", "11988.00", "2025-09-26T10:00:00",
      "2025-09-26", "2026-09-25")
lopay("pt_p20", "LO-INV-2920", "tiago.valadares@gmail.com", "annual", "11988.00", "2025-09-26T10:03:00",
      "2025-09-26", "2026-09-25")
t = d(2025, 9, 29, 9, 0, PT)
case("pt-l14-lisboa-apple-mail-reencaminhada", LOB, "decided", [M(
    "Tiago Valadares <tiago.valadares@gmail.com>", SUP, "Fwd: Débito em duplicado", t,
    "Reenvio, ainda sem resposta.\n\nEnviado do meu iPhone\n\n"
    "Início da mensagem reencaminhada:\n\n"
    "De: Tiago Valadares <tiago.valadares@gmail.com>\n"
    "Data: 27 de setembro de 2025 às 10:12:31 WEST\n"
    "Para: support@leadsoptima.com\n"
    "Assunto: Débito em duplicado\n\n"
    "Olá. A anuidade foi-me debitada duas vezes no dia 26 (LO-INV-2919 e LO-INV-2920). Peço a devolução do "
    "segundo débito. Obrigado, Tiago\n")],
    [R("approve", "11988.00")],
    spec="Apple Mail forward ('Início da mensagem reencaminhada') of his own mail; sender = registered (no "
         "C2). L4 duplicate annual 2025-09-26, request 2025-09-29 IST (day 3): approve 11988.00.")

cust("ana.cabrita@escolatavira.pt", "Ana Cabrita", "monthly", start="2025-09-25", end="2025-10-24")
lopay("pt_p21", "LO-INV-2921", "ana.cabrita@escolatavira.pt", "monthly", "1499.00", "2025-09-25T10:00:00",
      "2025-09-25", "2025-10-24")
t = d(2025, 9, 26, 10, 0, PT)
case("pt-l15-tavira-sem-motivo", LOB, "need_info", [M(
    "Ana Cabrita <ana.cabrita@escolatavira.pt>", SUP, "Pedido de reembolso", t,
    "Bom dia,\n\nVenho por este meio solicitar o reembolso da fatura LO-INV-2921.\n\nAguardo resposta.\n\n"
    "Com os melhores cumprimentos,\nAna Cabrita\nEscola de Línguas de Tavira\n\n"
    "Antes de imprimir este e-mail pense no ambiente.\n"
    "AVISO DE CONFIDENCIALIDADE (RGPD): Esta mensagem destina-se exclusivamente ao destinatário.\n")],
    rules=[], missing=["reason"],
    spec="Section 8: a restated request, sign-off and RGPD notice are not a reason; plan (ledger) and invoice "
         "given: need_info reason (C3).")

cust("mauricio.ritter@ufsc.br", "Maurício Ritter", "monthly", start="2025-09-23", end="2025-10-22")
lopay("pt_p22", "LO-INV-2922", "mauricio.ritter@ufsc.br", "monthly", "1499.00", "2025-08-23T10:00:00",
      "2025-08-23", "2025-09-22")
lopay("pt_p23", "LO-INV-2923", "mauricio.ritter@ufsc.br", "monthly", "1499.00", "2025-09-23T10:00:00",
      "2025-09-23", "2025-10-22")
t = d(2025, 9, 26, 11, 0, BR)
case("pt-l16-floripa-nao-carrega-sem-nota", LOB, "need_info", [M(
    "Prof. Maurício Ritter <mauricio.ritter@ufsc.br>", SUP, "plataforma não carrega", t,
    "Olá. Desde terça a plataforma não carrega no laboratório nem em casa, testei em três redes diferentes. "
    "Não consigo acessar os relatórios do projeto de extensão. Se não tiver conserto, peço o reembolso da "
    "cobrança.\n\nProf. Maurício Ritter\nUFSC - Florianópolis\n")],
    rules=[], missing=["invoice_number"],
    spec="C3: access_failure reason given, plan from the ledger, but the sender has two charges (August and "
         "September) and names no invoice: need_info invoice_number.")

cust("fernanda.lopes.poa@gmail.com", "Fernanda Lopes", "quarterly", start="2025-09-24", end="2025-12-23")
lopay("pt_p24", "LO-INV-2924", "fernanda.lopes.poa@gmail.com", "quarterly", "3999.00", "2025-09-24T10:00:00",
      "2025-09-24", "2025-12-23")
lopay("pt_p25", "LO-INV-2925", "fernanda.lopes.poa@gmail.com", "quarterly", "3999.00", "2025-09-24T10:05:00",
      "2025-09-24", "2025-12-23")
t1 = d(2025, 9, 25, 9, 0, BR)
t2 = d(2025, 9, 30, 22, 0, BR)
assert day("2025-09-24", t2) == 7 and day("2025-09-24", t1) == 1
case("pt-l17-caxias-fio-motivo-top-post", LOB, "decided", [
    M("Fernanda Lopes <fernanda.lopes.poa@gmail.com>", SUP, "Reembolso LO-INV-2925", t1,
      "Bom dia, gostaria de solicitar o reembolso da nota LO-INV-2925. Obrigada.\nFernanda\n"),
    M("Fernanda Lopes <fernanda.lopes.poa@gmail.com>", SUP, "Re: Reembolso LO-INV-2925 [LO-4261]", t2,
      "Oi! O motivo é que fui cobrada duas vezes no mesmo dia, a 2924 e a 2925, pelo mesmo trimestre.\n\n"
      "Fernanda\nCaxias do Sul\n\n"
      "Em qui., 25 de set. de 2025 às 18:02, LeadsOptima Support <support@leadsoptima.com> escreveu:\n\n"
      "> Olá Fernanda, para continuar precisamos do motivo do pedido. [LO-4261]\n>\n"
      "> Em qui., 25 de set. de 2025 às 09:00, Fernanda Lopes escreveu:\n"
      ">> Bom dia, gostaria de solicitar o reembolso da nota LO-INV-2925.\n",
      headers={"_irt": "<lo-4261.reply@leadsoptima.com>"})],
    [R("approve", "3999.00")],
    spec="C3 thread, top-posted answer with quoted history: the reason (charged twice) arrives on day 7; the "
         "request time is the first mail (day 1). L4 approve the later charge 3999.00.")

cust("ze.manel.bar@gmail.com", "José Manuel Guerreiro", "monthly", start="2025-09-25", end="2025-10-24")
lopay("pt_p26", "LO-INV-2926", "ze.manel.bar@gmail.com", "monthly", "1499.00", "2025-08-25T10:00:00",
      "2025-08-25", "2025-09-24")
lopay("pt_p27", "LO-INV-2927", "ze.manel.bar@gmail.com", "monthly", "1499.00", "2025-09-25T10:00:00",
      "2025-09-25", "2025-10-24")
lopay("pt_p28", "LO-INV-2928", "ze.manel.bar@gmail.com", "monthly", "1499.00", "2025-09-25T10:02:00",
      "2025-09-25", "2025-10-24")
t1 = d(2025, 9, 27, 12, 0, PT)
t2 = d(2025, 9, 29, 12, 0, PT)
case("pt-l18-beja-fio-fatura-com-pontos", LOB, "decided", [
    M("Zé Manel <ze.manel.bar@gmail.com>", SUP, "cobrança a dobrar", t1,
      "Boas. Cobraram-me a dobrar a mensalidade deste mês, vi no multibanco. Quero o dinheiro de uma "
      "delas de volta.\nZé Manel - Café Central, Beja\n"),
    M("Zé Manel <ze.manel.bar@gmail.com>", SUP, "Re: cobrança a dobrar [LO-4266]", t2,
      "A fatura da segunda é lo.inv.2928\n\nÀ(s) 14:10 de 27/09/2025, LeadsOptima Support escreveu:\n"
      "> Indique-nos o número da fatura, por favor. [LO-4266]\n",
      headers={"_irt": "<lo-4266.reply@leadsoptima.com>"})],
    [R("approve", "1499.00")],
    spec="C3 thread: three charges, so the invoice was asked; 'lo.inv.2928' = LO-INV-2928 (section 8). "
         "Duplicate pair 2025-09-25, request 2025-09-27 IST (day 2): L4 approve 1499.00.")

cust("jessica.ramos.df@gmail.com", "Jéssica Ramos", "monthly", start="2025-09-26", end="2025-10-25")
lopay("pt_p29", "LO-INV-2929", "jessica.ramos.df@gmail.com", "monthly", "1499.00", "2025-09-26T10:00:00",
      "2025-09-26", "2025-10-25")
t = d(2025, 9, 28, 22, 0, BR)
case("pt-l19-taguatinga-contestacao-cartao", LOB, "decided", [M(
    "Jéssica Ramos <jessica.ramos.df@gmail.com>", SUP, "ABSURDO", t,
    "Gente, que absurdo! Paguei sexta e o login não funciona, dá erro toda hora. Quero meu dinheiro de "
    "volta (LO-INV-2929) até amanhã, senão vou contestar a compra no cartão e pedir chargeback pro banco.\n\n"
    "Jéssica - Taguatinga/DF\n")],
    [R("escalate")], rules=["C4"],
    spec="C4: chargeback / card-dispute threat: escalate, whatever L6 would say.")

cust("info@quintadasoliveiras.pt", "Quinta das Oliveiras", "quarterly", start="2025-08-15", end="2025-11-14")
lopay("pt_p30", "LO-INV-2930", "info@quintadasoliveiras.pt", "quarterly", "3999.00", "2025-08-15T10:00:00",
      "2025-08-15", "2025-11-14")
t = d(2025, 9, 27, 10, 0, PT)
case("pt-l20-alentejo-livro-reclamacoes-advogado", LOB, "decided", [M(
    "Quinta das Oliveiras <info@quintadasoliveiras.pt>", SUP, "Cancelamento e reclamação", t,
    "Exmos. Senhores,\n\nPretendemos cancelar a subscrição trimestral. Informamos que já registámos a "
    "situação no Livro de Reclamações eletrónico e que o assunto foi entregue ao nosso advogado, dado o "
    "número de emails de cobrança que temos recebido.\n\nCumprimentos,\nA gerência\nQuinta das Oliveiras - "
    "Serpa\n")],
    [X("escalate")], rules=["C4"],
    spec="C4 covers the whole case (section 8): a consumer complaint and a lawyer: the cancellation is "
         "escalated too.")

cust("eduardo.zanella@zanellavinhos.com.br", "Eduardo Zanella", "annual", start="2025-09-25", end="2026-09-24")
lopay("pt_p31", "LO-INV-2931", "eduardo.zanella@zanellavinhos.com.br", "annual", "11988.00",
      "2025-09-25T10:00:00", "2025-09-25", "2026-09-24")
lopay("pt_p32", "LO-INV-2932", "eduardo.zanella@zanellavinhos.com.br", "annual", "11988.00",
      "2025-09-25T10:01:00", "2025-09-25", "2026-09-24")
t = d(2025, 9, 27, 10, 0, BR)
case("pt-l21-bento-goncalves-descarta-procon", LOB, "decided", [M(
    "Eduardo Zanella <eduardo.zanella@zanellavinhos.com.br>", SUP, "Cobrança duplicada da anuidade", t,
    "Bom dia!\n\nA anuidade foi cobrada em duplicidade no dia 25 (LO-INV-2931 e LO-INV-2932). Fiquem "
    "tranquilos: não vou abrir contestação no cartão nem reclamar no Procon, confio que vocês resolvem. "
    "Só peço a devolução da segunda cobrança.\n\nAbraço,\nEduardo Zanella\nVinícola Zanella - Bento "
    "Gonçalves/RS\n")],
    [R("approve", "11988.00")],
    spec="Section 8: a dispute and a consumer complaint the customer rules out are no C4 threat. L4 duplicate "
         "annual, day 2: approve 11988.00.")

cust("camila.hoffmann@gmail.com", "Camila Hoffmann", "monthly", start="2025-09-27", end="2025-10-26")
lopay("pt_p33", "LO-INV-2933", "camila.hoffmann@gmail.com", "monthly", "1499.00", "2025-09-27T10:00:00",
      "2025-09-27", "2025-10-26")
t = d(2025, 9, 29, 10, 0, BR)
case("pt-l22-blumenau-cdc-artigo-49", LOB, "decided", [M(
    "Camila Hoffmann <camila.hoffmann@gmail.com>", SUP, "Direito de arrependimento", t,
    "Olá. Assinei no sábado e me arrependi, não é o que eu esperava. Pelo Código de Defesa do Consumidor, "
    "art. 49, tenho 7 dias de direito de arrependimento em compras online, então solicito o reembolso "
    "integral da LO-INV-2933. São meus direitos de consumidora.\n\nCamila Hoffmann\nBlumenau - SC\n")],
    [R("escalate")], rules=["C4"],
    spec="C4: the customer invokes statutory consumer rights (CDC art. 49): escalate (statutory rights "
         "prevail; a person decides), not an L1 deny.")

t = d(2025, 9, 26, 6, 0, PT)
case("pt-l23-resposta-automatica-ausente", LOB, "ignore", [M(
    "Ana Cabrita <ana.cabrita@escolatavira.pt>", SUP, "Resposta automática: Re: Pedido de reembolso [LO-4255]", t,
    "Encontro-me ausente até dia 6 de outubro, com acesso limitado ao correio eletrónico. Para assuntos "
    "urgentes contacte a secretaria.\n",
    headers={"Auto-Submitted": "auto-replied", "_irt": "<lo-4255.reply@leadsoptima.com>"})],
    rules=["C7"], spec="C7: Auto-Submitted auto-replied: ignore.")

t = d(2025, 9, 27, 8, 0, BR)
case("pt-l24-helpdesk-protocolo-junk", LOB, "ignore", [M(
    "Atendimento Madeireira Iguaçu <atendimento@madeireiraiguacu.com.br>", SUP,
    "Recebemos sua mensagem - Protocolo #558120", t,
    "Olá! Recebemos seu e-mail e em breve um de nossos atendentes entrará em contato. Seu protocolo é "
    "558120. Esta é uma mensagem automática, não responda.\n",
    headers={"Precedence": "junk"})],
    rules=["C7"], spec="C7: Precedence junk (a helpdesk's automatic acknowledgement): ignore.")

t = d(2025, 9, 28, 4, 0, tz(5, 30))
case("pt-l25-endereco-proprio-billing", LOB, "ignore", [M(
    "LeadsOptima Billing <billing@leadsoptima.com>", SUP, "Fatura LO-INV-2933 - reembolso processado", t,
    "Olá Camila, o reembolso foi processado. Equipa LeadsOptima\n")],
    rules=["C7"], spec="C7: mail from the brand's own address (billing@leadsoptima.com): ignore.")

cust("compras@ervamatecampolargo.com.br", "Erva-Mate Campo Largo", "annual", start="2025-02-10", end="2026-02-09")
lopay("pt_p34", "LO-INV-2934", "compras@ervamatecampolargo.com.br", "annual", "11988.00", "2025-02-10T10:00:00",
      "2025-02-10", "2026-02-09")
t = d(2025, 9, 23, 10, 0, BR)
case("pt-l26-campo-largo-nota-fiscal-cnpj", LOB, "other", [M(
    "Compras Erva-Mate Campo Largo <compras@ervamatecampolargo.com.br>", SUP, "Dados da nota - CNPJ", t,
    "Bom dia. A nota da anuidade saiu sem o nosso CNPJ (00.000.000/0001-00) e a contabilidade precisa "
    "dele. Vocês conseguem reemitir? Outra dúvida: dá para pagar a próxima anuidade por boleto ou PIX?\n\n"
    "Att., Rosane\n")],
    spec="Invoice data and payment-method questions, no refund or cancellation asked: other.")

t = d(2025, 9, 29, 14, 0, TL)
case("pt-l27-dili-obrigado", LOB, "other", [M(
    "Agostinho Belo <agostinho.belo@timortelecom.tl>", SUP, "Re: Pagamento duplicado [LO-4244]", t,
    "Muito obrigado pela resposta rápida e pela devolução. Ficamos muito contentes com o serviço.\n\n"
    "Agostinho\n\n> O seu reembolso foi aprovado... [LO-4244]\n",
    headers={"_irt": "<lo-4244.reply@leadsoptima.com>"})],
    spec="A thank-you after a refund, no request: other.")

cust("miguel.sousa@cascaisimoveis.pt", "Miguel Sousa", "monthly", start="2025-09-12", end="2025-10-11")
lopay("pt_p35", "LO-INV-2935", "miguel.sousa@cascaisimoveis.pt", "monthly", "1499.00", "2025-09-12T10:00:00",
      "2025-09-12", "2025-10-11")
t = d(2025, 9, 25, 17, 0, PT)
case("pt-l28-lisboa-nao-quero-reembolso-upgrade", LOB, "other", [M(
    "Miguel Sousa <miguel.sousa@cascaisimoveis.pt>", SUP, "Mudar para o plano anual", t,
    "Boa tarde. Não pretendo reembolso nenhum nem cancelar, atenção! Quero é passar do plano mensal para "
    "o anual. Como faço, e o que acontece aos dias que já paguei este mês?\n\nObrigado,\nMiguel\n")],
    spec="Section 8 negation ('não pretendo reembolso nem cancelar'); a plan-change question: other.")

t = d(2025, 9, 26, 20, 0, BR)
case("pt-l29-anapolis-antes-de-assinar", LOB, "other", [M(
    "Thaís Moreira <thais.moreira.ana@gmail.com>", SUP, "duvida antes de assinar", t,
    "Oi, boa noite! Tô pensando em assinar o trimestral pra minha loja de roupas em Anápolis. Se eu pagar "
    "e não gostar, consigo reembolso? E se vocês cobrarem duas vezes, quanto tempo tenho pra avisar?\n"
    "Beijos, Thaís\n")],
    spec="Section 8 hypotheticals before buying, no request: other.")

cust("julia.bsb@gmail.com", "Júlia Teixeira", "monthly", status="trial", trial_ends="2025-10-06")
t = d(2025, 9, 27, 9, 0, BR)
case("pt-l30-brasilia-teste-gratis", LOB, "decided", [M(
    "Júlia Teixeira <julia.bsb@gmail.com>", SUP, "estorno do teste", t,
    "Bom dia! Fiz o cadastro no período de teste e não gostei da ferramenta. Quero o estorno do valor, "
    "por favor.\nJúlia\n")],
    [R("deny")],
    spec="L7: the account is on a free trial with no charges: deny, nothing to refund; no billing unless "
         "she subscribes.")

cust("diretoria@colegiosantoagostinho.org.br", "Colégio Santo Agostinho", "monthly", start="2025-09-26",
     end="2025-10-25")
lopay("pt_p36", "LO-INV-2936", "diretoria@colegiosantoagostinho.org.br", "annual", "11988.00",
      "2025-09-26T10:00:00", "2025-09-26", "2026-09-25")
t = d(2025, 9, 29, 11, 0, BR)
case("pt-l31-goiania-html-plano-errado", LOB, "decided", [M(
    "Diretoria Colégio Santo Agostinho <diretoria@colegiosantoagostinho.org.br>", SUP, "Cobrança indevida", t,
    "<html><body><div dir=\"ltr\"><p>Prezados,</p><p>Contratamos o <b>plano mensal</b>, porém na sexta-feira "
    "(26/09) fomos cobrados pelo <b>plano anual</b>, no valor de INR 11.988,00. Cobraram o plano errado. "
    "Solicitamos o reembolso da cobrança <b>LO-INV-2936</b>.</p><p>Atenciosamente,</p>"
    "<p>Irmã Lourdes<br>Diretora Administrativa<br>Colégio Santo Agostinho &ndash; Goiânia/GO</p>"
    "</div></body></html>", html=True)],
    [R("escalate")],
    spec="HTML-only mail. L2 billing_error (charged for the wrong plan) inside the window (day 3): L5 escalate.")

cust("hotelbomfim@cstome.net", "Hotel Bom Fim", "monthly", start="2025-09-24", end="2025-10-23")
lopay("pt_p37", "LO-INV-2937", "hotelbomfim@cstome.net", "monthly", "1499.00", "2025-09-24T10:00:00",
      "2025-09-24", "2025-10-23")
lopay("pt_p38", "LO-INV-2938", "hotelbomfim@cstome.net", "monthly", "1499.00", "2025-09-24T10:00:30",
      "2025-09-24", "2025-10-23")
t = d(2025, 9, 27, 9, 0, STP)
case("pt-l32-sao-tome-longo-pedido-no-meio", LOB, "decided", [M(
    "Hotel Bom Fim <hotelbomfim@cstome.net>", SUP, "varias questoes", t,
    "Bom dia a todos,\n\nEspero que estejam bem. Escrevo do Hotel Bom Fim, em São Tomé. Primeiro queria "
    "agradecer a ajuda do mês passado com a configuração dos formulários, funcionou muito bem com os "
    "turistas portugueses. Agora, o assunto: o nosso banco mostra que a mensalidade foi cobrada duas vezes "
    "no dia 24, faturas LO-INV-2937 e LO-INV-2938, e só temos uma conta. Pedimos que devolvam a cobrança "
    "repetida. Também queria saber se a plataforma funciona com números de telefone +239, porque alguns "
    "clientes queixam-se. E se há desconto para hotéis pequenos na época baixa.\n\nUm abraço,\n"
    "Sr. Aurélio Neto\nGerente\n")],
    [R("approve", "1499.00")],
    spec="Long mail, request in the middle: L4 duplicate pair 2025-09-24, request day 3: approve the later "
         "charge 1499.00; the phone-number and discount questions are not intents.")

cust("pedro.nunes@tecnofaro.pt", "Pedro Nunes", "quarterly", start="2025-09-25", end="2025-12-24")
lopay("pt_p39", "LO-INV-2939", "pedro.nunes@tecnofaro.pt", "quarterly", "3999.00", "2025-09-25T10:00:00",
      "2025-09-25", "2025-12-24", status="failed")
t = d(2025, 9, 27, 10, 0, PT)
case("pt-l33-faro-cobranca-falhada", LOB, "decided", [M(
    "Pedro Nunes <pedro.nunes@tecnofaro.pt>", SUP, "Cobrança indevida LO-INV-2939", t,
    "Olá, fui cobrado com o valor errado na fatura LO-INV-2939 (apareceu um valor diferente do "
    "trimestral). Peço o reembolso.\nPedro Nunes\n")],
    [R("escalate")],
    spec="Section 8: the payment named is not paid (status failed): a refund of it is escalate.")

cust("lurdes.ximenes@gmail.com", "Lurdes Ximenes", "monthly", start="2025-09-25", end="2025-10-24")
lopay("pt_p40", "LO-INV-2940", "lurdes.ximenes@gmail.com", "monthly", "1499.00", "2025-09-25T10:00:00",
      "2025-09-25", "2025-10-24")
t = d(2025, 9, 27, 14, 0, TL)
case("pt-l34-baucau-alias-mais", LOB, "need_info", [M(
    "Lurdes Ximenes <lurdes.ximenes+escola@gmail.com>", SUP, "Nao consigo entrar", t,
    "Bondia. Nao consigo entrar na conta desde que paguei, diz senha errada. Peço reembolso da "
    "LO-INV-2940 se nao for resolvido.\nObrigada barak,\nLurdes\nBaucau\n")],
    rules=["C2"],
    spec="Section 8 addresses: lurdes.ximenes+escola@ is another address than registered lurdes.ximenes@: "
         "C2 need_info.")

cust("financeiro@agropecuariacerrado.com.br", "Agropecuária Cerrado", "quarterly", start="2025-07-05",
     end="2025-10-04")
lopay("pt_p41", "LO-INV-2941", "financeiro@agropecuariacerrado.com.br", "quarterly", "3999.00",
      "2025-07-05T10:00:00", "2025-07-05", "2025-10-04")
t = d(2025, 9, 29, 8, 30, BR)
case("pt-l35-rio-verde-cancela-e-troca-email", LOB, "decided", [M(
    "Financeiro Agropecuária Cerrado <financeiro@agropecuariacerrado.com.br>", SUP,
    "Cancelamento + alteração de e-mail", t,
    "Bom dia.\n\n1. Favor cancelar a assinatura trimestral ao fim do período atual. Não precisamos de "
    "reembolso.\n2. Enquanto a conta estiver ativa, dá para trocar o e-mail de acesso para "
    "marketing@agropecuariacerrado.com.br?\n\nObrigado,\nValdir\nRio Verde/GO\n")],
    [X("cancel", "2025-10-04")],
    spec="L8: cancel, active until current_period_end 2025-10-04; 'não precisamos de reembolso' adds no "
         "refund intent; the e-mail change is no intent.")

cust("renato.kuster@gmail.com", "Renato Küster", "monthly", start="2025-09-26", end="2025-10-25")
lopay("pt_p42", "LO-INV-2942", "renato.kuster@gmail.com", "monthly", "1499.00", "2025-09-26T10:00:00",
      "2025-09-26", "2025-10-25")
lopay("pt_p43", "LO-INV-2943", "renato.kuster@gmail.com", "monthly", "1499.00", "2025-09-26T10:01:30",
      "2025-09-26", "2025-10-25")
t = d(2025, 9, 28, 7, 0, BR)
case("pt-l36-pelotas-ditado-valor-em-reais", LOB, "decided", [M(
    "Renato Kuster <renato.kuster@gmail.com>", SUP, "cobrança", t,
    "bom dia aqui é o renato de pelotas vocês cobraram duas vezes minha mensalidade sexta feira vinte e "
    "seis apareceu no cartão dois lançamentos de uns cento e dez reais cada um mais ou menos a nota da "
    "segunda é lo inv 2943 quero de volta essa segunda cobrança valeu\n\nEnviado do meu Galaxy\n")],
    [R("approve", "1499.00")],
    spec="L4: two paid monthly charges 2025-09-26, request day 2. The amount spoken in reais is not trusted: "
         "refund the ledger's pre-tax 1499.00 (C6); 'lo inv 2943' = LO-INV-2943.")

cust("larissa.souza@lagoinhasurf.com.br", "Larissa Souza", "monthly", start="2025-09-24", end="2025-10-23")
lopay("pt_p44", "LO-INV-2944", "larissa.souza@lagoinhasurf.com.br", "monthly", "1499.00", "2025-08-24T10:00:00",
      "2025-08-24", "2025-09-23")
lopay("pt_p45", "LO-INV-2945", "larissa.souza@lagoinhasurf.com.br", "monthly", "1499.00", "2025-09-24T10:00:00",
      "2025-09-24", "2025-10-23")
t = d(2025, 9, 26, 10, 0, BR)
case("pt-l37-floripa-duas-cobrancas-meses-diferentes", LOB, "decided", [M(
    "Larissa Souza <larissa.souza@lagoinhasurf.com.br>", SUP, "fui cobrada duas vezes", t,
    "Oi, vi na fatura do cartão que fui cobrada duas vezes pela LeadsOptima, dois lançamentos de 1.499. "
    "Quero o reembolso do último, LO-INV-2945.\nLari - Escola de Surf Lagoinha\n")],
    [R("escalate")],
    spec="L4: 'cobrada duas vezes' is duplicate_payment inside the window (day 2), but the two charges are for "
         "different periods (August and September): no duplicate pair in the ledger, escalate.")

cust("adm@padariaportao.com.br", "Padaria Portão", "monthly", start="2025-09-25", end="2025-10-24")
lopay("pt_p46", "LO-INV-2946", "adm@padariaportao.com.br", "monthly", "1499.00", "2025-09-25T10:00:00",
      "2025-09-25", "2025-10-24")
lopay("pt_p47", "LO-INV-2947", "adm@padariaportao.com.br", "monthly", "1499.00", "2025-09-25T10:00:30",
      "2025-09-25", "2025-10-24")
t = d(2025, 9, 26, 15, 0, BR)
case("pt-l38-curitiba-reply-to-nao-verifica", LOB, "need_info", [M(
    "Seu Osvaldo <osvaldo.padeiro1960@gmail.com>", SUP, "cobrança dupla", t,
    "Boa tarde. Fui cobrado duas vezes ontem, a segunda é a LO-INV-2947. Me devolvam essa por favor.\n"
    "Osvaldo - Padaria Portão, Curitiba\n", reply_to="adm@padariaportao.com.br")],
    rules=["C2"],
    spec="Section 8 addresses: the sender is the From address (gmail), not registered; Reply-To "
         "(the registered adm@) never verifies anyone: C2 need_info.")

cust("gerencia@tipografiaalgarvia.pt", "Tipografia Algarvia", None, start="2025-04-20", end="2026-04-19")
t1 = d(2025, 9, 29, 10, 0, PT)
t2 = d(2025, 9, 30, 9, 0, PT)
case("pt-l39-portimao-fio-plano-em-falta", LOB, "decided", [
    M("Tipografia Algarvia <gerencia@tipografiaalgarvia.pt>", SUP, "Cancelar subscrição", t1,
      "Bom dia,\n\nQueremos cancelar a subscrição da LeadsOptima; a tipografia vai ser vendida.\n\n"
      "Cumprimentos,\nJorge Caetano\nPortimão\n"),
    M("Tipografia Algarvia <gerencia@tipografiaalgarvia.pt>", SUP, "RE: Cancelar subscrição [LO-4270]", t2,
      "Bom dia, fui ver ao contrato: é o plano anual.\n\nJorge Caetano\n\n"
      "-----Mensagem original-----\nDe: LeadsOptima Support <support@leadsoptima.com>\n"
      "Enviada: 29 de setembro de 2025 15:02\nAssunto: Re: Cancelar subscrição [LO-4270]\n\n"
      "Para concluir, indique-nos o seu plano (mensal, trimestral ou anual).\n",
      headers={"_irt": "<lo-4270.reply@leadsoptima.com>"})],
    [X("cancel", "2026-04-19")],
    spec="C3 thread: the ledger record (migrated account) has no plan and no charges, so the first mail "
         "lacks the plan; the answer gives 'plano anual'. L8: cancel, active until current_period_end "
         "2026-04-19.")

# ---------------------------------------------------------------------------------------------
# Optima WebDesign
# ---------------------------------------------------------------------------------------------

proj("Churrascaria Gaucha Online", "contato@churrascariagaucha.com.br")
owpay("pt_o01", "OWD-2025-901", "Churrascaria Gaucha Online", "deposit", "24000.00", "4320.00",
      "2025-09-27T19:30:00")
t = d(2025, 9, 28, 18, 0, BR)
assert hours("2025-09-27T19:30:00", t) == 31
case("pt-o01-porto-alegre-sinal-devolucao", OWB, "decided", [M(
    "Churrascaria Gaúcha <contato@churrascariagaucha.com.br>", OWDTO,
    "Refund Request — Churrascaria Gaucha Online / OWD-2025-901", t,
    "Olá pessoal,\n\nPagamos ontem o sinal do projeto Churrascaria Gaucha Online (OWD-2025-901). Hoje o meu "
    "sócio fechou com uma franquia que já tem site e app, então precisamos desistir. Pedimos a devolução "
    "do sinal.\n\nAbraço,\nLeandro\nPorto Alegre\n")],
    [R("approve", "24000.00")],
    spec="O2: deposit 2025-09-27 19:30 IST (11:00 in Porto Alegre), request 2025-09-29 02:30 IST (31 h < 72), no work started: "
         "approve 24000.00 before tax.")

proj("Cafe Ermera Export", "cafe.ermera@gmail.com")
owpay("pt_o02", "OWD-2025-902", "Cafe Ermera Export", "deposit", "16000.00", "2880.00",
      "2025-09-25T10:00:00")
t = d(2025, 9, 28, 13, 0, TL)
assert 71 < hours("2025-09-25T10:00:00", t) < 72
case("pt-o02-ermera-71-horas-e-meia", OWB, "decided", [M(
    "Café Ermera <cafe.ermera@gmail.com>", OWDTO, "Devolução do depósito OWD-2025-902", t,
    "Bom dia. Pedimos a devolução do depósito do projeto Cafe Ermera Export (OWD-2025-902). A cooperativa "
    "decidiu que o comprador da Austrália vai fazer o site em inglês e nós não podemos pagar dois.\n\n"
    "Obrigado barak,\nDomingos\nGleno, Ermera\n")],
    [R("approve", "16000.00")],
    spec="O2: deposit 2025-09-25 10:00 IST; mail 2025-09-28 13:00 +09:00 = 09:30 IST, 71.5 h, before 72 h "
         "and no work started: approve 16000.00.")

proj("Clinica Odonto Lago Sul", "gestao@odontolagosul.com.br")
owpay("pt_o03", "OWD-2025-903", "Clinica Odonto Lago Sul", "deposit", "20000.00", "3600.00",
      "2025-09-22T10:00:00")
t = d(2025, 9, 25, 2, 30, BR)
assert hours("2025-09-22T10:00:00", t) == 73
case("pt-o03-brasilia-73-horas", OWB, "decided", [M(
    "Gestão Odonto Lago Sul <gestao@odontolagosul.com.br>", OWDTO, "Cancelamento e devolução do sinal", t,
    "Prezados, boa noite (madrugada, na verdade). Solicitamos a devolução do sinal do projeto Clinica "
    "Odonto Lago Sul, NF OWD-2025-903, pois a clínica será vendida.\n\nDr. Henrique Dantas\n")],
    [R("deny")],
    spec="O2: deposit 2025-09-22 10:00 IST; mail 2025-09-25 02:30 -03:00 = 11:00 IST, 73 h: not before 72 h, deny.")

proj("Livraria do Chiado Online", "direcao@livrariachiado.pt")
owpay("pt_o04", "OWD-2025-904", "Livraria do Chiado Online", "discovery", "7500.00", "1350.00",
      "2025-09-22T10:00:00")
t = d(2025, 9, 26, 10, 0, PT)
case("pt-o04-chiado-discovery-sem-sessao", OWB, "decided", [M(
    "Direção Livraria do Chiado <direcao@livrariachiado.pt>", OWDTO, "Reembolso da fase de descoberta", t,
    "Exmos. Senhores,\n\nPagámos a fase de descoberta do projeto Livraria do Chiado Online (fatura "
    "OWD-2025-904), mas ainda não foi agendada nenhuma sessão. Entretanto, a livraria foi integrada num "
    "grupo editorial com loja online própria, pelo que solicitamos o reembolso.\n\nCom os melhores "
    "cumprimentos,\nMaria João Pestana\n")],
    [R("approve", "7500.00")],
    spec="O1: discovery with no session or deliverable started (work_started_at empty): refund in full 7500.00.")

proj("ONG Bissau Saude", "coordenacao@bissausaude.org", "2025-09-18T14:30:00")
owpay("pt_o05", "OWD-2025-905", "ONG Bissau Saude", "discovery", "6500.00", "1170.00",
      "2025-09-15T10:00:00")
t = d(2025, 9, 26, 10, 0, GW)
case("pt-o05-bissau-discovery-feita", OWB, "decided", [M(
    "Coordenação Bissau Saúde <coordenacao@bissausaude.org>", OWDTO, "Pedido de reembolso", t,
    "Caros senhores, tivemos a sessão de descoberta no dia 18 mas o financiador cortou o orçamento de "
    "comunicação. Pedimos o reembolso da fatura OWD-2025-905, projeto ONG Bissau Saude.\n\nCumprimentos,\n"
    "Aissatu Djaló\n")],
    [R("deny")],
    spec="O1: the discovery session was held (work_started_at 2025-09-18, before the request): deny.")

proj("Imobiliaria Setor Bueno", "diretoria@imobsetorbueno.com.br", "2025-08-15T10:00:00")
owpay("pt_o06", "OWD-2025-906", "Imobiliaria Setor Bueno", "milestone", "19500.00", "3510.00",
      "2025-09-10T10:00:00", milestone_status="not_started")
t = d(2025, 9, 25, 10, 0, BR)
case("pt-o06-goiania-etapa-nao-iniciada", OWB, "decided", [M(
    "Diretoria Imob. Setor Bueno <diretoria@imobsetorbueno.com.br>", OWDTO, "Reembolso etapa portal", t,
    "Bom dia. Da proposta do projeto Imobiliaria Setor Bueno, a etapa do portal do corretor "
    "(OWD-2025-906) ainda não começou, e não vamos mais precisar dela porque a rede de franquias fornece "
    "o sistema. Pedimos o reembolso dessa etapa; as demais seguem normalmente.\n\nAtt.,\nGeraldo\n")],
    [R("approve", "19500.00")],
    spec="O3: milestone not_started: refund that milestone's amount 19500.00 before tax.")

proj("Cervejaria Artesanal Batel", "socios@cervejariabatel.com.br", "2025-08-01T10:00:00")
owpay("pt_o07", "OWD-2025-907", "Cervejaria Artesanal Batel", "milestone", "21000.00", "3780.00",
      "2025-09-05T10:00:00", milestone_status="in_progress")
t = d(2025, 9, 27, 10, 0, BR)
case("pt-o07-curitiba-etapa-em-andamento", OWB, "decided", [M(
    "Sócios Cervejaria Batel <socios@cervejariabatel.com.br>", OWDTO, "Reembolso e-commerce", t,
    "Olá. A etapa do e-commerce (OWD-2025-907) do projeto Cervejaria Artesanal Batel está em andamento, mas "
    "a lei estadual de venda de bebida online mudou e não vamos mais vender pelo site. Queremos o "
    "reembolso dessa etapa.\n\nValeu,\nOs sócios\n")],
    [R("escalate")],
    spec="O3: milestone in_progress: escalate (the value of work not started needs a person).")

proj("Pousada Praia Mole", "reservas@pousadapraiamole.com.br", "2025-07-01T10:00:00")
owpay("pt_o08", "OWD-2025-908", "Pousada Praia Mole", "milestone", "14000.00", "2520.00",
      "2025-08-10T10:00:00", milestone_status="completed")
t = d(2025, 9, 24, 10, 0, BR)
case("pt-o08-floripa-etapa-concluida", OWB, "decided", [M(
    "Pousada Praia Mole <reservas@pousadapraiamole.com.br>", OWDTO, "devolução layout", t,
    "Oi! O layout (OWD-2025-908) da Pousada Praia Mole ficou pronto em agosto, mas a nova gerente achou "
    "muito escuro. Dá para devolver o valor dessa etapa?\n\nCris\n")],
    [R("deny")],
    spec="O3 / O6: the milestone is completed: deny.")

proj("Restaurante Ria Formosa", "geral@riaformosa-restaurante.pt", "2025-01-10T10:00:00")
owpay("pt_o09", "OWD-2025-909", "Restaurante Ria Formosa", "retainer", "8500.00", "1530.00",
      "2025-09-12T10:00:00", period_start="2025-09-12", period_end="2025-10-11", next_billing_at="2025-10-12")
t = d(2025, 9, 25, 15, 0, PT)
case("pt-o09-olhao-avenca-com-antecedencia", OWB, "decided", [M(
    "Restaurante Ria Formosa <geral@riaformosa-restaurante.pt>", OWDTO, "Cancelamento da avença mensal", t,
    "Boa tarde,\n\nVimos cancelar a avença mensal de manutenção do site do Restaurante Ria Formosa (última "
    "fatura OWD-2025-909). O restaurante fecha no inverno e só reabre em abril, pelo que não faz sentido "
    "manter o serviço. Não queremos ser cobrados no próximo mês.\n\nCumprimentos,\nHélder Viegas\nOlhão\n")],
    [X("cancel", "2025-10-11")],
    spec="O4 / O8: request 2025-09-25 IST <= 2025-10-12 - 7 = 2025-10-05: next charge avoided, effective the "
         "day before next_billing_at, 2025-10-11.")

proj("Escola Nino Konis Santana", "direcao@escolanks.tl", "2025-02-01T10:00:00")
owpay("pt_o10", "OWD-2025-910", "Escola Nino Konis Santana", "retainer", "6000.00", "1080.00",
      "2025-09-06T10:00:00", period_start="2025-09-06", period_end="2025-10-05", next_billing_at="2025-10-06")
t = d(2025, 9, 30, 3, 0, TL)
assert t.astimezone(IST).date() == date(2025, 10, 6) - timedelta(days=7)
case("pt-o10-dili-aviso-exato-7-dias", OWB, "decided", [M(
    "Direção Escola NKS <direcao@escolanks.tl>", OWDTO, "Cancelamento do serviço mensal", t,
    "Exmos. Senhores,\n\nInformamos que pretendemos cancelar o serviço mensal de manutenção do site da "
    "Escola Nino Konis Santana (fatura OWD-2025-910), porque o Ministério da Educação vai alojar os sites "
    "de todas as escolas. Agradecemos que não haja nova cobrança. Desculpem a hora: na escola a ligação à "
    "internet só funciona bem durante a noite.\n\nCom os melhores cumprimentos,\n"
    "A Direção\n")],
    [X("cancel", "2025-10-05")],
    spec="O4: mail 2025-09-30 03:00 +09:00 = 2025-09-29 23:30 IST, exactly next_billing_at (2025-10-06) minus "
         "7 days: enough notice (on or before); effective 2025-10-05. (In Dili's own date it would be late.)")

proj("Academia Fit Sudoeste", "gerencia@fitsudoeste.com.br", "2025-03-01T10:00:00")
owpay("pt_o11", "OWD-2025-911", "Academia Fit Sudoeste", "retainer", "9500.00", "1710.00",
      "2025-09-03T10:00:00", period_start="2025-09-03", period_end="2025-10-02", next_billing_at="2025-10-03")
t = d(2025, 9, 27, 10, 0, BR)
case("pt-o11-brasilia-aviso-curto", OWB, "decided", [M(
    "Gerência Fit Sudoeste <gerencia@fitsudoeste.com.br>", OWDTO, "Cancelamento gestão de redes", t,
    "Prezados, queremos cancelar a gestão mensal de redes sociais do projeto Academia Fit Sudoeste "
    "(OWD-2025-911). Contratamos uma pessoa interna para fazer isso.\n\nAtt.,\nPriscila\n")],
    [X("cancel", "2025-11-02")],
    spec="O4: request 2025-09-27 IST after 2025-10-03 - 7 = 2025-09-26: less than 7 days' notice, the next "
         "cycle 2025-10-03..2025-11-02 is billed: effective 2025-11-02.")

proj("Escritorio Advocacia Mercês", "adm@advocaciamerces.com.br", "2025-02-01T10:00:00")
owpay("pt_o12", "OWD-2025-912", "Escritorio Advocacia Mercês", "retainer", "10000.00", "1800.00",
      "2025-09-15T10:00:00", period_start="2025-09-15", period_end="2025-10-14", next_billing_at="2025-10-15")
owpay("pt_o13", "OWD-2025-913", "Escritorio Advocacia Mercês", "retainer", "10000.00", "1800.00",
      "2025-09-15T10:02:00", period_start="2025-10-15", period_end="2025-11-14", next_billing_at="2025-11-15")
t = d(2025, 9, 24, 10, 0, BR)
case("pt-o12-curitiba-avenca-paga-adiantada", OWB, "decided", [M(
    "Administrativo Mercês <adm@advocaciamerces.com.br>", OWDTO, "Cancelamento do contrato mensal", t,
    "Bom dia. Vamos encerrar o contrato mensal de manutenção do site (projeto Escritorio Advocacia Mercês, "
    "NFs OWD-2025-912 e OWD-2025-913), pois o escritório será incorporado por outra banca que já tem site. "
    "Lembramos que outubro já foi pago antecipadamente.\n\nAtt.,\nSetor administrativo\n")],
    [X("escalate")], extra_ok=True,
    spec="Section 8 retainer paid in advance: next cycle already paid (OWD-2025-913) and notice >= 7 days: "
         "escalate. The client is a law firm writing about its own contract: no legal threat.")

proj("Associacao Comercial Lobata", "secretaria@aclobata.st")
owpay("pt_o14", "OWD-2025-914", "Associacao Comercial Lobata", "maintenance_annual", "10000.00", "1800.00",
      "2025-09-20T10:00:00", setup_fee="1500.00", service_start="2025-09-20")
t = d(2025, 9, 26, 10, 0, STP)
case("pt-o13-lobata-manutencao-arredonda", OWB, "decided", [M(
    "Secretaria AC Lobata <secretaria@aclobata.st>", OWDTO, "Reembolso e cancelamento da manutenção anual", t,
    "Bom dia,\n\nA associação perdeu o apoio do projeto europeu e não consegue manter a manutenção anual "
    "do site (projeto Associacao Comercial Lobata, fatura OWD-2025-914). Pedimos o reembolso conforme a "
    "regra dos 14 dias e o cancelamento do serviço.\n\nA secretária,\nEdna Trovoada\nGuadalupe, Lobata\n")],
    [R("approve", "7791.67")], extra_ok=True,
    spec="O5: service_start 2025-09-20, request day 6: 10000 - 1500 - (8500/12 = 708.333...) x 1 = "
         "7791.666... = 7791.67 (rounded once at the end, C6).")

proj("Hotel Vila Joya Sul", "reservas@hotelvilajoyasul.pt", "2025-08-01T10:00:00")
owpay("pt_o15", "OWD-2025-915", "Hotel Vila Joya Sul", "hosting_annual", "15000.00", "2700.00",
      "2025-09-10T10:00:00", setup_fee="1800.00", service_start="2025-09-10")
t = d(2025, 9, 24, 20, 30, PT)
assert day("2025-09-10", t) == 15
case("pt-o14-albufeira-alojamento-dia-15", OWB, "decided", [M(
    "Hotel Vila Joya Sul <reservas@hotelvilajoyasul.pt>", OWDTO, "Reembolso alojamento anual", t,
    "Boa noite,\n\nSolicitamos o reembolso do alojamento anual do site do Hotel Vila Joya Sul (fatura "
    "OWD-2025-915), dentro dos 14 dias da vossa política: o grupo hoteleiro centralizou o alojamento.\n\n"
    "Cumprimentos,\nDireção Comercial\nAlbufeira\n")],
    [R("deny")], extra_ok=True,
    spec="O5: service_start 2025-09-10; mail 2025-09-24 20:30 +01:00 = 2025-09-25 01:00 IST, day 15 > 14 "
         "(day 14 in the Algarve): deny.")

proj("Loja Agro Goias", "contato@lojaagrogoias.com.br", "2025-09-01T10:00:00")
owpay("pt_o16", "OWD-2025-916", "Loja Agro Goias", "third_party", "4200.00", "756.00",
      "2025-09-25T10:00:00")
t = d(2025, 9, 26, 10, 0, BR)
case("pt-o15-goias-licencas-plugins", OWB, "decided", [M(
    "Loja Agro Goiás <contato@lojaagrogoias.com.br>", OWDTO, "Reembolso licenças", t,
    "Oi, pagamos ontem as licenças dos plugins premium e do tema (NF OWD-2025-916, projeto Loja Agro Goias) "
    "mas decidimos usar um tema grátis. Pode estornar?\n\nAtt, Rafael\n")],
    [R("deny")],
    spec="O6: licences, themes and plugins are third_party, never refundable: deny.")

proj("Roca Monte Cafe Site", "rocamontecafe@gmail.com", "2025-09-10T10:00:00")
owpay("pt_o17", "OWD-2025-917", "Roca Monte Cafe Site", "setup", "3000.00", "540.00",
      "2025-09-20T10:00:00")
t = d(2025, 9, 24, 10, 0, STP)
case("pt-o16-sao-tome-taxa-instalacao", OWB, "decided", [M(
    "Roça Monte Café <rocamontecafe@gmail.com>", OWDTO, "Devolução da taxa", t,
    "Bom dia, pedimos a devolução da taxa de configuração inicial (OWD-2025-917) do projeto Roca Monte "
    "Cafe Site; afinal o sobrinho do dono vai tratar do site.\n\nObrigado,\nNelson\n")],
    [R("deny")],
    spec="O6: setup fees are never refundable: deny.")

proj("Transportadora Serra Gaucha", "socio@transserragaucha.com.br")
owpay("pt_o18", "OWD-2025-918", "Transportadora Serra Gaucha", "deposit", "18000.00", "3240.00",
      "2025-09-28T10:00:00")
t = d(2025, 9, 28, 17, 0, BR)
case("pt-o17-caxias-financeiro-nao-contrato", OWB, "need_info", [M(
    "Financeiro Serra Gaúcha <financeiro@transserragaucha.com.br>", OWDTO, "Devolução sinal", t,
    "Boa tarde, em nome do sócio (socio@transserragaucha.com.br, que assinou o contrato) solicito a "
    "devolução do sinal do projeto Transportadora Serra Gaucha, NF OWD-2025-918, pois a diretoria suspendeu "
    "o investimento.\n\nFinanceiro\n")],
    rules=["C2"],
    spec="C2: financeiro@ is not the contract email socio@: need_info, write from the contract address.")

proj("Clinica Veterinaria Setubal", "diretora@vetsetubal.pt", "2025-09-01T10:00:00")
owpay("pt_o19", "OWD-2025-919", "Clinica Veterinaria Setubal", "milestone", "12000.00", "2160.00",
      "2025-09-20T10:00:00", milestone_status="not_started")
t = d(2025, 9, 27, 10, 0, PT)
case("pt-o18-setubal-reencaminhado-estagiario", OWB, "need_info", [M(
    "Estagiário Vet Setúbal <estagiario@vetsetubal.pt>", OWDTO, "ENC: Reembolso etapa marcação online", t,
    "Bom dia, reencaminho o pedido da Dra. Inês.\n\nTomás (estagiário)\n\n"
    "-----Mensagem original-----\n"
    "De: Dra. Inês Carvalho <diretora@vetsetubal.pt>\n"
    "Enviada: sexta-feira, 26 de setembro de 2025 18:20\n"
    "Para: estagiario@vetsetubal.pt\n"
    "Assunto: Reembolso etapa marcação online\n\n"
    "Tomás, envie à Optima: queremos o reembolso da etapa de marcação online (OWD-2025-919) do projeto "
    "Clinica Veterinaria Setubal, que ainda não começou, porque vamos usar o sistema da Ordem. O contrato "
    "está no meu e-mail, diretora@vetsetubal.pt.\n")],
    rules=["C2"],
    spec="Section 8 forwards: the forwarded request names the contract email diretora@, the sender is "
         "estagiario@: C2 need_info.")

proj("Pastelaria Belem Norte", "encomendas@pastelariabelemnorte.pt", "2025-01-20T10:00:00")
owpay("pt_o20", "OWD-2025-920", "Pastelaria Belem Norte", "retainer", "6500.00", "1170.00",
      "2025-09-20T10:00:00", period_start="2025-09-20", period_end="2025-10-19", next_billing_at="2025-10-20")
t = d(2025, 9, 26, 10, 0, PT)
case("pt-o19-lisboa-cancelamento-sem-motivo", OWB, "need_info", [M(
    "Pastelaria Belém Norte <encomendas@pastelariabelemnorte.pt>", OWDTO, "Cancelamento OWD-2025-920", t,
    "Bom dia,\n\nSolicito o cancelamento da avença do projeto Pastelaria Belem Norte, fatura OWD-2025-920.\n\n"
    "Cumprimentos,\nFernando Lobo\n\nEnviado do meu iPad\n")],
    rules=[], missing=["reason"],
    spec="Section 8: Optima requires a reason for cancellations too; sign-off and 'Enviado do meu iPad' are "
         "not a reason: need_info reason.")

proj("Mercado Central Anapolis", "diretoria@mercadocentralanapolis.com.br", "2025-09-01T10:00:00")
owpay("pt_o21", "OWD-2025-921", "Mercado Central Anapolis", "deposit", "15000.00", "2700.00",
      "2025-08-20T10:00:00")
owpay("pt_o22", "OWD-2025-922", "Mercado Central Anapolis", "milestone", "11000.00", "1980.00",
      "2025-09-20T10:00:00", milestone_status="not_started")
t = d(2025, 9, 26, 10, 0, BR)
case("pt-o20-anapolis-qual-pagamento", OWB, "need_info", [M(
    "Diretoria Mercado Central <diretoria@mercadocentralanapolis.com.br>", OWDTO, "Reembolso", t,
    "Bom dia. Queremos o reembolso do pagamento do projeto Mercado Central Anapolis, porque a prefeitura "
    "vai reformar o mercado e o projeto fica parado por um ano.\n\nAtt., Diretoria\n")],
    rules=[], missing=["invoice_number"],
    spec="C3: the project has two payments (deposit and milestone) and the mail does not say which: "
         "need_info invoice_number.")

proj("Atelier Azulejos Tavira", "atelier@azulejostavira.pt")
owpay("pt_o23", "OWD-2025-923", "Atelier Azulejos Tavira", "discovery", "5000.00", "900.00",
      "2025-09-24T10:00:00")
owpay("pt_o24", "OWD-2025-924", "Atelier Azulejos Tavira", "third_party", "1500.00", "270.00",
      "2025-09-24T10:05:00")
t1 = d(2025, 9, 25, 11, 0, PT)
t2 = d(2025, 9, 29, 11, 0, PT)
case("pt-o21-tavira-fio-motivo-e-fatura", OWB, "decided", [
    M("Atelier Azulejos Tavira <atelier@azulejostavira.pt>", OWDTO, "Reembolso", t1,
      "Olá, queria pedir o reembolso da fase de descoberta do projeto Atelier Azulejos Tavira.\n"
      "Obrigada, Sofia\n"),
    M("Atelier Azulejos Tavira <atelier@azulejostavira.pt>", OWDTO, "Re: Reembolso [OWD-4288]", t2,
      "Olá! Desculpem, aqui vai: fatura OWD 2025 923. O motivo é que vou emigrar para o Canadá no fim do ano "
      "e fecho o atelier.\nSofia\n\n"
      "Em 25/09/2025, às 16:40, Optima WebDesign escreveu:\n"
      "> Indique-nos a referência da fatura e o motivo do pedido. [OWD-4288]\n",
      headers={"_irt": "<owd-4288.reply@optimawebdesign.com>"})],
    [R("approve", "5000.00")],
    spec="C3 thread: invoice ('OWD 2025 923' = OWD-2025-923) and reason given in the answer. O1: discovery, no "
         "work started: approve 5000.00 before tax.")

proj("Supermercado Bom Preco Goiania", "diretoria@bompreco-go.com.br")
owpay("pt_o25", "OWD-2025-925", "Supermercado Bom Preco Goiania", "deposit", "26000.00", "4680.00",
      "2025-09-27T10:00:00")
t = d(2025, 9, 28, 9, 0, BR)
case("pt-o22-goiania-procon-advogado", OWB, "decided", [M(
    "Diretoria Bom Preço <diretoria@bompreco-go.com.br>", OWDTO, "Devolução imediata", t,
    "Senhores, pagamos o sinal do projeto Supermercado Bom Preco Goiania (OWD-2025-925) e desistimos: "
    "a rede de supermercados que nos comprou já tem site. "
    "Queremos a devolução em 24 horas, caso contrário nosso advogado entra com ação e registramos "
    "reclamação no Procon.\n\nDiretoria\n")],
    [R("escalate")], rules=["C4"],
    spec="C4: lawyer and consumer-protection threat: escalate, although O2 would approve (31.5 h, no work).")

proj("Surf Camp Ericeira", "hello@surfcampericeira.pt")
owpay("pt_o26", "OWD-2025-926", "Surf Camp Ericeira", "deposit", "14000.00", "2520.00",
      "2025-09-28T10:00:00")
t = d(2025, 9, 29, 9, 0, PT)
case("pt-o23-ericeira-sem-chargeback", OWB, "decided", [M(
    "Surf Camp Ericeira <hello@surfcampericeira.pt>", OWDTO, "Devolução do sinal OWD-2025-926", t,
    "Olá malta,\n\nPagámos ontem o sinal do projeto Surf Camp Ericeira mas o senhorio não renovou o "
    "arrendamento do espaço, por isso fechamos. Não vou fazer chargeback nem nada disso, prefiro resolver a "
    "bem convosco: só peço a devolução do sinal.\n\nAbraço,\nDuarte\n")],
    [R("approve", "14000.00")],
    spec="Section 8: a chargeback the customer rules out is no C4 threat. O2: deposit 2025-09-28 10:00 IST, "
         "request 2025-09-29 13:30 IST (27.5 h), no work: approve 14000.00.")

t = d(2025, 9, 29, 3, 0, tz(5, 30))
case("pt-o24-mailer-daemon", OWB, "ignore", [M(
    "MAILER-DAEMON@mail.cstome.net", OWDTO, "Undelivered Mail Returned to Sender / Mensagem não entregue", t,
    "Não foi possível entregar a mensagem a rocamontecafe@cstome.net: utilizador desconhecido.\n"
    "Assunto original: Re: Devolução da taxa [OWD-4279]\n")],
    rules=["C7"], spec="C7: MAILER-DAEMON sender, a bounce: ignore.")

t = d(2025, 9, 30, 10, 0, GW)
case("pt-o25-bissau-prazo-entrega", OWB, "other", [M(
    "Coordenação Bissau Saúde <coordenacao@bissausaude.org>", OWDTO, "Prazo do site", t,
    "Caros senhores, não queremos reembolso, percebemos a vossa resposta. Só queríamos saber se ainda "
    "podemos continuar o projeto ONG Bissau Saude no próximo ano com a mesma proposta, e quando.\n\n"
    "Cumprimentos,\nAissatu\n")],
    spec="Section 8 negation ('não queremos reembolso') and a question about resuming the project: other.")

proj("Quiosque Digital Neves Loja", "geral@quiosquedigital.st")
owpay("pt_o27", "OWD-2025-927", "Quiosque Digital Neves Loja", "hosting_annual", "12000.00", "2160.00",
      "2025-09-26T10:00:00", setup_fee="1200.00", service_start="2025-10-20")
t = d(2025, 9, 29, 10, 0, STP)
case("pt-o26-alojamento-antes-do-inicio", OWB, "decided", [M(
    "Quiosque Digital <geral@quiosquedigital.st>", OWDTO, "Reembolso do alojamento", t,
    "Bom dia, pagámos o alojamento anual da Quiosque Digital Neves Loja (OWD-2025-927), que só começa "
    "a 20 de outubro, mas o projeto foi cancelado pelo investidor. Pedimos o reembolso.\n\nObrigado,\n"
    "Osvaldo\n")],
    [R("approve", "9900.00")], extra_ok=True,
    spec="O5 / section 8: the service has not started (starts 2025-10-20): consumed_months = 1: 12000 - 1200 - "
         "(10800/12 = 900) x 1 = 9900.00.")

if __name__ == "__main__":
    write()
