#!/usr/bin/env python3
"""fresh26_pt: held-out Portuguese cases for mailbot (Brazil: Sao Paulo and Minas Gerais business
mail, informal Rio; Cabo Verde; Madeira and the Azores; mainland Portugal).

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


SP, MG, RJ = tz(-3), tz(-3), tz(-3)          # Brasilia time, no DST in 2025
CV = tz(-1)                                   # Cabo Verde
MAD, LIS, AZ = tz(1), tz(1), tz(0)            # Madeira / Lisbon summer time, Azores summer time

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
        mid = f"<{cid}.{i}.{int(m['when'].timestamp())}@mail.fresh26-{LANG}.example>"
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
# LeadsOptima
# ---------------------------------------------------------------------------------------------

cust("financeiro@grafica-paulista.com.br", "Gráfica Paulista Ltda.", "monthly", start="2025-09-22",
     end="2025-10-21")
lopay("pt_p01", "LO-INV-8201", "financeiro@grafica-paulista.com.br", "monthly", "1499.00",
      "2025-09-22T11:00:00", "2025-09-22", "2025-10-21")
lopay("pt_p02", "LO-INV-8202", "financeiro@grafica-paulista.com.br", "monthly", "1499.00",
      "2025-09-22T11:00:35", "2025-09-22", "2025-10-21")
case("pt-l01-sp-financeiro-duplicidade", LOB, "decided", [M(
    "Financeiro Gráfica Paulista <financeiro@grafica-paulista.com.br>", SUP,
    "Cobrança em duplicidade - mensalidade setembro", d(2025, 9, 23, 10, 0, SP),
    "Prezados, bom dia.\n\nIdentificamos na conciliação bancária de ontem duas cobranças idênticas da "
    "mensalidade LeadsOptima (R$... desculpem, INR 1.499,00 cada), faturas LO-INV-8201 e LO-INV-8202, "
    "referentes ao mesmo período. Solicitamos o estorno da cobrança em duplicidade (LO-INV-8202).\n\n"
    "Ficamos no aguardo.\n\nAtenciosamente,\nRenata Okuma\nAnalista Financeiro | Gráfica Paulista Ltda.\n"
    "Av. do Estado, 5533 - Mooca - São Paulo/SP\n\nEsta mensagem pode conter informação confidencial. "
    "Se você a recebeu por engano, por favor apague-a e avise o remetente.\n")],
    [R("approve", "1499.00")],
    spec="L4: two paid monthly charges 2025-09-22 same period; request 2025-09-23 18:30 IST (day 1): refund "
         "the later one, 1499.00. Disclaimer is no C4.")

cust("tiago.medeiros.acores@gmail.com", "Tiago Medeiros", "quarterly", start="2025-09-10", end="2025-12-09")
lopay("pt_p03", "LO-INV-8203", "tiago.medeiros.acores@gmail.com", "quarterly", "3999.00",
      "2025-09-10T09:00:00", "2025-09-10", "2025-12-09")
lopay("pt_p04", "LO-INV-8204", "tiago.medeiros.acores@gmail.com", "quarterly", "3999.00",
      "2025-09-10T09:02:00", "2025-09-10", "2025-12-09")
case("pt-l02-acores-dia-8-na-india", LOB, "decided", [M(
    "Tiago Medeiros <tiago.medeiros.acores@gmail.com>", SUP, "Débito a dobrar do trimestral",
    d(2025, 9, 17, 22, 0, AZ),
    "Boa noite,\n\nSó agora reparei no extrato: no dia 10 foi-me debitado duas vezes o plano trimestral "
    "(LO-INV-8203 e LO-INV-8204). Ainda estou dentro dos 7 dias, por isso peço a devolução do segundo "
    "débito, o 8204.\n\nCumprimentos,\nTiago Medeiros\nPonta Delgada, São Miguel\n")],
    [R("deny")],
    spec="L3: charge 2025-09-10 IST; mail 2025-09-17 22:00 +00:00 = 2025-09-18 03:30 IST, day 8 in the "
         "brand's zone (section 1) although day 7 in the Azores: deny.")

cust("djamila.tavares.cv@gmail.com", "Djamila Tavares", "annual", start="2025-09-16", end="2026-09-15")
lopay("pt_p05", "LO-INV-8205", "djamila.tavares.cv@gmail.com", "annual", "11988.00", "2025-09-16T10:00:00",
      "2025-09-16", "2026-09-15")
lopay("pt_p06", "LO-INV-8206", "djamila.tavares.cv@gmail.com", "annual", "11988.00", "2025-09-16T10:03:00",
      "2025-09-16", "2026-09-15")
case("pt-l03-praia-dia-7", LOB, "decided", [M(
    "Djamila Tavares <djamila.tavares.cv@gmail.com>", SUP, "Pagamento anual feito duas vezes",
    d(2025, 9, 23, 10, 0, CV),
    "Bom dia,\n\nNha nomi é Djamila, da Praia. No dia 16 o meu cartão pagou duas vezes a anuidade, onze mil "
    "novecentos e oitenta e oito cada vez. Fatura do segundo pagamento: LO-INV-8206. Peço que me devolvam "
    "esse pagamento repetido.\n\nObrigadu, mantenha,\nDjamila\n")],
    [R("approve", "11988.00")],
    spec="L4: annual charged twice 2025-09-16 same period; mail 2025-09-23 10:00 -01:00 = 16:30 IST, day 7, "
         "inside (L3): approve 11988.00.")

cust("contato@contabilbh.com.br", "Escritório Contábil BH", "quarterly", start="2025-09-26", end="2025-12-25")
for pid, inv, t in (("pt_p07", "LO-INV-8207", "14:00:00"), ("pt_p08", "LO-INV-8208", "14:00:30"),
                    ("pt_p09", "LO-INV-8209", "14:01:10")):
    lopay(pid, inv, "contato@contabilbh.com.br", "quarterly", "3999.00", f"2025-09-26T{t}",
          "2025-09-26", "2025-12-25")
case("pt-l04-bh-contador-tres-cobrancas", LOB, "decided", [M(
    "Escritório Contábil BH <contato@contabilbh.com.br>", SUP, "3 cobranças iguais no cartão",
    d(2025, 9, 29, 9, 30, MG),
    "Bom dia, pessoal.\n\nUai, fui fechar a fatura do cartão da empresa e tem TRÊS cobranças iguais do "
    "plano trimestral na sexta, dia 26: LO-INV-8207, LO-INV-8208 e LO-INV-8209, 3.999,00 cada uma. A gente "
    "tem um plano só. Favor estornar as duas que sobraram.\n\nAbraço,\nGeraldo Pimenta\nContador - CRC/MG\n"
    "Escritório Contábil BH\n")],
    [R("approve", "7998.00")],
    spec="Section 8 three identical charges (same period, all paid, 2025-09-26): the 2nd and 3rd are "
         "duplicates, inside L3 (day 3): 2 x 3999.00 = 7998.00.")

cust("lipe.rj@hotmail.com", "Felipe Nogueira", "monthly", start="2025-09-24", end="2025-10-23")
lopay("pt_p10", "LO-INV-8210", "lipe.rj@hotmail.com", "monthly", "1499.00", "2025-09-24T21:00:00",
      "2025-09-24", "2025-10-23")
case("pt-l05-rio-dobro-sem-par", LOB, "decided", [M(
    "Felipe Nogueira <lipe.rj@hotmail.com>", SUP, "cobrança dobrada??", d(2025, 9, 25, 13, 10, RJ),
    "fala galera, blz? acho q vcs me cobraram em dobro a mensalidade, apareceu duas vezes no app do banco "
    "ontem. da uma olhada ai e me devolve uma pfv\n\nvaleu\nLipe\n")],
    [R("escalate")],
    spec="Duplicate claim inside window but one paid charge in the ledger (LO-INV-8210, filled from the "
         "ledger: the only charge): no pair, L4 escalate.")

cust("sofia.freitas.funchal@gmail.com", "Sofia Freitas", "monthly", start="2025-09-25", end="2025-10-24")
lopay("pt_p11", "LO-INV-8211", "sofia.freitas.funchal@gmail.com", "quarterly", "3999.00",
      "2025-09-25T12:00:00", "2025-09-25", "2025-12-24")
case("pt-l06-madeira-valor-errado", LOB, "decided", [M(
    "Sofia Freitas <sofia.freitas.funchal@gmail.com>", SUP, "Valor errado na renovação",
    d(2025, 9, 26, 9, 45, MAD),
    "Bom dia,\n\nTenho o plano mensal, mas ontem cobraram-me 3.999,00 como se fosse o trimestral (fatura "
    "LO-INV-8211). Não pedi alteração nenhuma, é um erro de faturação. Peço que me devolvam o valor "
    "cobrado a mais.\n\nObrigada,\nSofia Freitas\nFunchal\n")],
    [R("escalate")],
    spec="L2 billing_error (charged the quarterly price on a monthly plan) inside window (day 1): L5 "
         "escalate.")

cust("marcos.lima.sp@gmail.com", "Marcos Lima", "monthly", status="cancelled", start="2025-08-18",
     end="2025-09-17")
lopay("pt_p12", "LO-INV-8212", "marcos.lima.sp@gmail.com", "monthly", "1499.00", "2025-09-18T10:00:00",
      "2025-09-18", "2025-10-17")
case("pt-l07-campinas-cobrado-apos-cancelar", LOB, "decided", [M(
    "Marcos Lima <marcos.lima.sp@gmail.com>", SUP, "Cobrança após cancelamento", d(2025, 9, 19, 8, 20, SP),
    "Olá,\n\nCancelei minha assinatura em agosto (tenho o e-mail de confirmação) e mesmo assim ontem fui "
    "cobrado de novo, fatura LO-INV-8212. Fui cobrado depois de cancelar. Quero o estorno.\n\nMarcos Lima\n"
    "Campinas/SP\n")],
    [R("escalate")],
    spec="L2 billing_error (charged after cancelling) inside window (2025-09-18 -> 2025-09-19 IST): L5 "
         "escalate.")

cust("ana.bettencourt@sapo.pt", "Ana Bettencourt", "quarterly", start="2025-09-24", end="2025-12-23")
lopay("pt_p13", "LO-INV-8213", "ana.bettencourt@sapo.pt", "quarterly", "3999.00", "2025-09-24T10:00:00",
      "2025-09-24", "2025-12-23")
case("pt-l08-terceira-sem-acesso", LOB, "decided", [M(
    "Ana Bettencourt <ana.bettencourt@sapo.pt>", SUP, "Não consigo aceder à conta", d(2025, 9, 27, 11, 0, AZ),
    "Exmos. Senhores,\n\nDesde a renovação do plano trimestral (LO-INV-8213), na quarta-feira, não consigo "
    "aceder à plataforma: após o login a página fica em branco. Já limpei a cache e experimentei noutro "
    "computador. Caso não seja possível resolver, solicito o reembolso.\n\nCom os melhores cumprimentos,\n"
    "Ana Bettencourt\nAngra do Heroísmo\n")],
    [R("escalate")],
    spec="L2 access_failure ('não consigo aceder') inside window (2025-09-24 -> 2025-09-27 IST, day 3): L6 "
         "escalate.")

cust("rosangela.uberlandia@yahoo.com.br", "Rosângela Silva", "monthly", start="2025-09-12", end="2025-10-11")
lopay("pt_p14", "LO-INV-8214", "rosangela.uberlandia@yahoo.com.br", "monthly", "1499.00",
      "2025-09-12T10:00:00", "2025-09-12", "2025-10-11")
case("pt-l09-uberlandia-acesso-fora-prazo", LOB, "decided", [M(
    "Rosângela Silva <rosangela.uberlandia@yahoo.com.br>", SUP, "nao consigo entrar", d(2025, 9, 21, 19, 0, MG),
    "Boa noite. Desde que pagei a mensalidade (LO-INV-8214) não consigo entrar no sistema, fala que a senha "
    "ta errada e o e-mail de recuperar não chega. Quero meu dinheiro de volta.\nRosângela\n")],
    [R("deny")],
    spec="access_failure but charge 2025-09-12, request 2025-09-21 19:00 -03:00 = 2025-09-22 03:30 IST, day "
         "10 > 7: L3 deny.")

cust("bruno.tijuca@gmail.com", "Bruno Carvalho", "monthly", start="2025-09-26", end="2025-10-25")
lopay("pt_p15", "LO-INV-8215", "bruno.tijuca@gmail.com", "monthly", "1499.00", "2025-09-26T10:00:00",
      "2025-09-26", "2025-10-25")
case("pt-l10-rio-me-arrependi", LOB, "decided", [M(
    "Bruno Carvalho <bruno.tijuca@gmail.com>", SUP, "estorno pfv", d(2025, 9, 27, 11, 30, RJ),
    "Fala, tudo certo? Então, me arrependi de ter assinado, testei uns dias e não curti, não é o que eu "
    "precisava pro meu negócio. Quero o estorno da mensalidade de ontem (LO-INV-8215). Valeu!\nBruno\n")],
    [R("deny")],
    spec="L1: changed mind is no exception reason: deny, reply offers cancellation.")

cust("hotel.morabeza.sal@gmail.com", "Hotel Morabeza Sal", "annual", start="2025-04-02", end="2026-04-01")
lopay("pt_p16", "LO-INV-8216", "hotel.morabeza.sal@gmail.com", "annual", "11988.00", "2025-04-02T10:00:00",
      "2025-04-02", "2026-04-01")
case("pt-l11-sal-cancelar-e-devolver-resto", LOB, "decided", [M(
    "Hotel Morabeza <hotel.morabeza.sal@gmail.com>", SUP, "Cancelamento e devolução dos meses restantes",
    d(2025, 9, 18, 10, 0, CV),
    "Caros senhores,\n\nO hotel vai fechar para obras de remodelação até ao próximo verão, por isso "
    "queremos cancelar o plano anual e pedimos a devolução dos meses que ficam por usar.\n\nCom os "
    "melhores cumprimentos,\nEdson Lopes\nDireção, Hotel Morabeza - Santa Maria, Ilha do Sal\n")],
    [R("deny"), X("cancel", "2026-04-01")],
    spec="L1/L8: no partial refunds for unused days: refund deny; cancel, active until current_period_end "
         "2026-04-01.")

cust("juliana.moema@gmail.com", "Juliana Prado", None, status="trial", trial_ends="2025-10-03")
case("pt-l12-sp-trial-estorno", LOB, "decided", [M(
    "Juliana Prado <juliana.moema@gmail.com>", SUP, "estorno do teste", d(2025, 9, 25, 16, 0, SP),
    "Oi! Comecei o teste grátis semana passada mas não gostei da ferramenta, é muito complicada pra mim. "
    "Queria o estorno do que foi cobrado no teste, se tiver.\nBeijos, Ju\n")],
    [R("deny")],
    spec="L7: account on a free trial (trial_ends 2025-10-03), no charges: deny; no billing unless they "
         "subscribe.")

cust("nuno.camara.mad@gmail.com", "Nuno Câmara", "monthly", start="2025-09-19", end="2025-10-18")
lopay("pt_p17", "LO-INV-8217", "nuno.camara.mad@gmail.com", "monthly", "1499.00", "2025-09-19T10:00:00",
      "2025-09-19", "2025-10-18")
case("pt-l13-madeira-cancelar-seco", LOB, "decided", [M(
    "Nuno Câmara <nuno.camara.mad@gmail.com>", SUP, "cancelar subscrição", d(2025, 9, 28, 18, 0, MAD),
    "Boa tarde. Quero cancelar a minha subscrição mensal. Obrigado.\nNuno Câmara\n")],
    [X("cancel", "2025-10-18")],
    spec="L8: LeadsOptima cancellation is not held up for a missing reason; effective current_period_end "
         "2025-10-18.")

cust("loja.sabara@gmail.com", "Loja Sabará", "monthly")
lopay("pt_p18", "LO-INV-8218", "loja.sabara@gmail.com", "monthly", "1499.00", "2025-09-05T20:10:00-03:00",
      None, None)
case("pt-l14-sabara-cancelar-sem-periodo", LOB, "decided", [M(
    "Loja Sabará <loja.sabara@gmail.com>", SUP, "Cancelar plano mensal", d(2025, 9, 24, 15, 0, MG),
    "Boa tarde, gente. Vou fechar a loja virtual no fim do ano, então quero cancelar o plano mensal. Não "
    "precisa devolver nada não, só não quero que cobre de novo.\n\nAtt,\nDona Cida\nLoja Sabará\n")],
    [X("cancel", "2025-10-05")],
    spec="L8 fallback: no current_period_end; last charge 2025-09-05T20:10-03:00 = 2025-09-06 04:40 IST "
         "(section 8 offsets) + 1 month - 1 day = 2025-10-05. 'Não precisa devolver nada' adds no refund.")

cust("compras@metalurgicaguarulhos.com.br", "Metalúrgica Guarulhos", "annual", start="2025-09-25",
     end="2026-09-24")
lopay("pt_p19", "LO-INV-8219", "compras@metalurgicaguarulhos.com.br", "annual", "11988.00",
      "2025-09-25T10:00:00", "2025-09-25", "2026-09-24")
case("pt-l15-guarulhos-email-pessoal", LOB, "need_info", [M(
    "Wagner Souza <wagnersouza77@gmail.com>", SUP, "estorno anuidade cobrada 2x", d(2025, 9, 26, 12, 0, SP),
    "Boa tarde. Sou o Wagner, do setor de compras da Metalúrgica Guarulhos. Estou escrevendo do meu Gmail "
    "porque o Outlook da empresa caiu. A conta cadastrada é compras@metalurgicaguarulhos.com.br, plano "
    "anual. Cobraram duas vezes a anuidade ontem, fatura LO-INV-8219. Solicito estorno.\n\nWagner\n")],
    rules=["C2"],
    spec="C2: sender is not the registered email he names: ask for the request from it; no account "
         "details.")

cust("diretoria@construtoraipiranga.com.br", "Construtora Ipiranga", "quarterly", start="2025-09-27",
     end="2025-12-26")
lopay("pt_p20", "LO-INV-8220", "diretoria@construtoraipiranga.com.br", "quarterly", "3999.00",
      "2025-09-27T10:00:00", "2025-09-27", "2025-12-26")
case("pt-l16-sp-enc-secretaria", LOB, "need_info", [M(
    "Secretaria Construtora Ipiranga <secretaria@construtoraipiranga.com.br>", SUP,
    "ENC: Sistema fora do ar - reembolso", d(2025, 9, 29, 9, 40, SP),
    "Bom dia,\n\nEncaminho abaixo a solicitação do Dr. Paulo para as devidas providências.\n\nAtt.,\n"
    "Cláudia Ramos\nSecretária Executiva\n\n"
    "De: Paulo Henrique Amaral <diretoria@construtoraipiranga.com.br>\n"
    "Enviado: segunda-feira, 29 de setembro de 2025 09:14\n"
    "Para: Secretaria <secretaria@construtoraipiranga.com.br>\n"
    "Assunto: Sistema fora do ar - reembolso\n\n"
    "Cláudia, escreva para a LeadsOptima: desde a renovação de sábado (LO-INV-8220) a plataforma não "
    "carrega, não conseguimos acessar nada. Peça o reembolso. A conta registrada é "
    "diretoria@construtoraipiranga.com.br.\n\nPaulo\n")],
    rules=["C2"],
    spec="Section 8 forwards (Outlook 'ENC:' with a De/Enviado/Para/Assunto block): the forwarded request "
         "names registered email diretoria@, sender is secretaria@: C2 need_info.")

cust("ines.sousa.lx@gmail.com", "Inês Sousa", "monthly", start="2025-09-28", end="2025-10-27")
lopay("pt_p21", "LO-INV-8221", "ines.sousa.lx@gmail.com", "monthly", "1499.00", "2025-09-28T11:00:00",
      "2025-09-28", "2025-10-27")
lopay("pt_p22", "LO-INV-8222", "ines.sousa.lx@gmail.com", "monthly", "1499.00", "2025-09-28T11:01:00",
      "2025-09-28", "2025-10-27")
case("pt-l17-lisboa-reencaminhado-proprio", LOB, "decided", [M(
    "Inês Sousa <ines.sousa.lx@gmail.com>", SUP, "Fwd: Pagamento em duplicado", d(2025, 9, 29, 10, 30, LIS),
    "Reencaminho o email que enviei por engano para o endereço comercial.\n\n"
    "Início da mensagem reencaminhada:\n\n"
    "De: Inês Sousa <ines.sousa.lx@gmail.com>\n"
    "Assunto: Pagamento em duplicado\n"
    "Data: 28 de setembro de 2025 às 21:05:11 WEST\n"
    "Para: comercial@leadsoptima-parceiros.pt\n\n"
    "Olá, hoje a mensalidade foi-me cobrada duas vezes (LO-INV-8221 e LO-INV-8222). Peço o reembolso da "
    "cobrança em duplicado, a LO-INV-8222.\n\nInês\n\nEnviado do meu iPhone\n")],
    [R("approve", "1499.00")],
    spec="Forward (Apple Mail pt-PT block) from the registered address itself: read for its request. Two paid "
         "charges 2025-09-28 same period, request 2025-09-29 IST (day 1): L4 approve 1499.00.")

cust("geral@cartorio-vilanova.pt", "Cartório Vila Nova", "monthly", start="2025-09-29", end="2025-10-28")
lopay("pt_p23", "LO-INV-8223", "geral@cartorio-vilanova.pt", "monthly", "1499.00", "2025-09-29T10:00:00",
      "2025-09-29", "2025-10-28")
case("pt-l18-cartorio-formal-sem-motivo", LOB, "need_info", [M(
    "Cartório Notarial Vila Nova <geral@cartorio-vilanova.pt>", SUP,
    "Pedido de reembolso - fatura LO-INV-8223", d(2025, 9, 30, 10, 0, LIS),
    "Exmos. Senhores,\n\nNa qualidade de titular da conta acima identificada, venho por este meio requerer "
    "a V. Exas. o reembolso integral da importância debitada a coberto da fatura n.º LO-INV-8223, nos "
    "termos da vossa política de reembolsos.\n\nSem outro assunto de momento, subscrevo-me com os melhores "
    "cumprimentos,\n\nA Notária,\nMaria do Rosário Vaz\nCartório Notarial Vila Nova - Vila Nova de Gaia\n\n"
    "Esta mensagem e quaisquer anexos são confidenciais e destinam-se exclusivamente ao destinatário.\n")],
    rules=[], missing=["reason"],
    spec="Section 8: a formal restatement, signature and disclaimer are not a reason; plan from the ledger, "
         "invoice given: need_info reason.")

cust("thiago.meier@gmail.com", "Thiago Meier", "monthly", start="2025-09-27", end="2025-10-26")
lopay("pt_p24", "LO-INV-8224", "thiago.meier@gmail.com", "monthly", "1499.00", "2025-09-27T16:00:00",
      "2025-09-27", "2025-10-26")
lopay("pt_p25", "LO-INV-8225", "thiago.meier@gmail.com", "monthly", "1499.00", "2025-09-27T16:01:30",
      "2025-09-27", "2025-10-26")
case("pt-l19-niteroi-fio-responde", LOB, "decided", [
    M("Thiago Meier <thiago.meier@gmail.com>", SUP, "reembolso", d(2025, 9, 28, 10, 0, RJ),
      "Olá, queria pedir reembolso do que vocês cobraram ontem. Obrigado.\nThiago\n"),
    M("Thiago Meier <thiago.meier@gmail.com>", SUP, "Re: reembolso [LO-4410]", d(2025, 9, 30, 9, 0, RJ),
      "Foi mal, esqueci de explicar: a mensalidade saiu duas vezes no sábado. A fatura repetida é a "
      "LO INV 8225.\n\nEm seg., 29 de set. de 2025 às 11:02, LeadsOptima Suporte "
      "<support@leadsoptima.com> escreveu:\n> Olá Thiago, para analisarmos precisamos do motivo e do número "
      "da fatura. [LO-4410]\n",
      headers={"_irt": "<lo-4410.reply@leadsoptima.com>"})],
    [R("approve", "1499.00")],
    spec="C3 thread: answer gives the reason (charged twice) and 'LO INV 8225' (section 8 references). "
         "Request time = first mail 2025-09-28 18:30 IST, day 1: L4 approve 1499.00.")

cust("carla.ribeiro.bh@gmail.com", "Carla Ribeiro", "quarterly", start="2025-08-15", end="2025-11-14")
lopay("pt_p26", "LO-INV-8226", "carla.ribeiro.bh@gmail.com", "quarterly", "3999.00", "2025-08-15T10:00:00",
      "2025-08-15", "2025-11-14")
case("pt-l20-bh-nao-quero-reembolso", LOB, "other", [M(
    "Carla Ribeiro <carla.ribeiro.bh@gmail.com>", SUP, "trocar cartão", d(2025, 9, 24, 14, 0, MG),
    "Oi, tudo bem? Não quero reembolso nem cancelar nada não, tô gostando muito. Só preciso trocar o cartão "
    "de crédito da assinatura porque o meu venceu. Como faço?\nCarla\n")],
    spec="Section 8 negation: 'não quero reembolso nem cancelar' adds no intent; a card-change question "
         "is other.")

case("pt-l21-mindelo-pergunta-antes", LOB, "other", [M(
    "Ivanilson Fortes <ivan.fortes.mindelo@hotmail.com>", SUP, "Pergunta sobre reembolso", d(2025, 9, 22, 11, 0, CV),
    "Bom dia. Estou a pensar assinar o plano trimestral para a minha loja em Mindelo. Se eu pagar e "
    "depois não conseguir usar por causa da internet aqui, devolvem o dinheiro? Obrigado.\nIvanilson\n")],
    spec="Section 8 hypotheticals before buying: other.")

cust("eduardo.juizdefora@gmail.com", "Eduardo Rezende", "monthly", start="2025-09-05", end="2025-10-04")
lopay("pt_p27", "LO-INV-8227", "eduardo.juizdefora@gmail.com", "monthly", "1499.00", "2025-09-05T10:00:00",
      "2025-09-05", "2025-10-04")
case("pt-l22-juiz-de-fora-obrigado", LOB, "other", [M(
    "Eduardo Rezende <eduardo.juizdefora@gmail.com>", SUP, "Re: Reembolso aprovado [LO-4102]",
    d(2025, 9, 22, 8, 0, MG),
    "Bom dia! Passando só pra agradecer, o estorno caiu certinho no cartão. Atendimento nota 10, sô.\n"
    "Eduardo\n\n> Olá Eduardo, confirmamos o reembolso de 1.499,00...\n",
    headers={"_irt": "<lo-4102.reply@leadsoptima.com>"})],
    spec="Thank-you after a refund: no request, other.")

case("pt-l23-bh-nota-fiscal-cnpj", LOB, "other", [M(
    "Escritório Contábil BH <contato@contabilbh.com.br>", SUP, "Nota fiscal com CNPJ", d(2025, 9, 30, 10, 0, MG),
    "Bom dia. Para a contabilidade preciso que a fatura LO-INV-8207 saia com o CNPJ 12.345.678/0001-90 e "
    "a razão social Escritório Contábil BH Ltda. Não é reclamação, só o documento fiscal mesmo.\n"
    "Geraldo\n")],
    spec="An invoice question asking for nothing else: other.")

case("pt-l24-resposta-automatica-ferias", LOB, "ignore", [M(
    "Financeiro Gráfica Paulista <financeiro@grafica-paulista.com.br>", SUP,
    "Resposta automática: Re: Cobrança em duplicidade - mensalidade setembro [LO-4388]", d(2025, 9, 24, 7, 0, SP),
    "Olá! Estou de férias até 06/10. Em caso de urgência, fale com o Sr. Roberto pelo ramal 215.\n",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All",
             "_irt": "<lo-4388.reply@leadsoptima.com>"})],
    rules=["C7"], spec="C7: Auto-Submitted auto-replied: ignore.")

cust("rafaela.duque.caxias@gmail.com", "Rafaela Duque", "quarterly", start="2025-09-26", end="2025-12-25")
lopay("pt_p28", "LO-INV-8228", "rafaela.duque.caxias@gmail.com", "quarterly", "3999.00",
      "2025-09-26T10:00:00", "2025-09-26", "2025-12-25")
case("pt-l25-caxias-procon-contestacao", LOB, "decided", [M(
    "Rafaela Duque <rafaela.duque.caxias@gmail.com>", SUP, "VOU NO PROCON", d(2025, 9, 27, 20, 0, RJ),
    "Vocês renovaram meu plano trimestral sem eu autorizar (LO-INV-8228). Quero cancelar AGORA e quero meu "
    "dinheiro de volta. Se não resolverem até segunda eu abro contestação no cartão (chargeback), vou no "
    "Procon e boto no Reclame Aqui. Conheço meus direitos de consumidor.\n")],
    [R("escalate"), X("escalate")], rules=["C4"],
    spec="C4: chargeback/card dispute, Procon (consumer body) and consumer rights cover the whole case "
         "(section 8): refund and cancellation both escalate.")

cust("adm@padariaestrela.com.br", "Padaria Estrela", "monthly", start="2025-09-29", end="2025-10-28")
lopay("pt_p29", "LO-INV-8229", "adm@padariaestrela.com.br", "monthly", "1499.00", "2025-09-29T15:00:00",
      "2025-09-29", "2025-10-28")
lopay("pt_p30", "LO-INV-8230", "adm@padariaestrela.com.br", "monthly", "1499.00", "2025-09-29T15:00:45",
      "2025-09-29", "2025-10-28")
case("pt-l26-sp-padaria-varios-pedidos", LOB, "decided", [M(
    "Administrativo Padaria Estrela <adm@padariaestrela.com.br>", SUP,
    "Algumas solicitações: usuário, relatório e cobrança", d(2025, 9, 30, 9, 0, SP),
    "Bom dia, equipe!\n\nTenho três assuntos:\n\n1. Preciso incluir mais um usuário (a gerente da filial "
    "do Tatuapé). Qual o custo?\n2. O relatório semanal de leads pode vir em Excel em vez de PDF?\n"
    "3. Ontem fomos cobrados duas vezes pela mensalidade (mil quatrocientos e noventa e nove cada). A "
    "segunda fatura é a lo-inv-8230. Por gentileza, estornem a duplicada.\n\nObrigada!\nPatrícia Yamamoto\n"
    "Administrativo - Padaria Estrela\n")],
    [R("approve", "1499.00")],
    spec="Mixed mail: the refund part is a duplicate (two paid monthly charges 2025-09-29, same period); "
         "'lo-inv-8230' = LO-INV-8230; request 2025-09-30 17:30 IST, day 1: L4 approve 1499.00.")

cust("vini.botafogo@gmail.com", "Vinícius Araújo", "annual", start="2025-09-20", end="2026-09-19")
lopay("pt_p31", "LO-INV-8231", "vini.botafogo@gmail.com", "annual", "11988.00", "2025-09-20T10:00:00",
      "2025-09-20", "2026-09-19")
case("pt-l27-rio-fio-irritado", LOB, "decided", [
    M("Vinícius Araújo <vini.botafogo@gmail.com>", SUP, "Plataforma não abre", d(2025, 9, 22, 10, 5, RJ),
      "Bom dia. Paguei a anuidade no sábado (LO-INV-8231) e desde então o painel não abre, fica carregando "
      "infinito. Se não tiver solução quero o reembolso.\nVinícius\n"),
    M("Vinícius Araújo <vini.botafogo@gmail.com>", SUP, "Re: Plataforma não abre", d(2025, 9, 26, 18, 30, RJ),
      "Sério que ninguém vai responder?? Já são 4 dias sem conseguir acessar NADA. Quero meu reembolso, "
      "chega.\n\nEm seg., 22 de set. de 2025 às 10:05, Vinícius Araújo <vini.botafogo@gmail.com> "
      "escreveu:\n> Bom dia. Paguei a anuidade no sábado (LO-INV-8231) e desde então o painel não abre,\n"
      "> fica carregando infinito. Se não tiver solução quero o reembolso.\n> Vinícius\n")],
    [R("escalate")],
    spec="Thread: request time = first mail 2025-09-22 18:35 IST (day 2 after 2025-09-20): access_failure "
         "inside window, L6 escalate; the angry follow-up has no C4 words.")

cust("carlos.pestana@netmadeira.pt", "Carlos Pestana", "monthly", start="2025-09-23", end="2025-10-22")
lopay("pt_p32", "LO-INV-8232", "carlos.pestana@netmadeira.pt", "monthly", "1499.00", "2025-09-23T10:00:00",
      "2025-09-23", "2025-10-22")
lopay("pt_p33", "LO-INV-8233", "carlos.pestana@netmadeira.pt", "monthly", "1499.00", "2025-09-23T10:00:50",
      "2025-09-23", "2025-10-22", status="failed")
case("pt-l28-madeira-segunda-falhou", LOB, "decided", [M(
    "Carlos Pestana <carlos.pestana@netmadeira.pt>", SUP, "Cobrança duplicada", d(2025, 9, 24, 12, 0, MAD),
    "Boa tarde, recebi duas notificações de cobrança da mensalidade de ontem, a LO-INV-8232 e a "
    "LO-INV-8233. Fui cobrado duas vezes, quero o reembolso da LO-INV-8233.\nCarlos Pestana\n")],
    [R("escalate")],
    spec="Duplicate claim, but LO-INV-8233 has status failed: no pair of paid charges (L4) and a refund of a "
         "payment not 'paid' is escalated (section 8).")

cust("diretoria@laticiniosserra.com.br", "Laticínios da Serra", "quarterly", start="2025-07-22",
     end="2025-10-21")
lopay("pt_p34", "LO-INV-8234", "diretoria@laticiniosserra.com.br", "quarterly", "3999.00",
      "2025-07-22T10:00:00", "2025-07-22", "2025-10-21")
case("pt-l29-minas-html-cancelamento", LOB, "decided", [M(
    "Diretoria Laticínios da Serra <diretoria@laticiniosserra.com.br>", SUP, "Cancelamento do plano",
    d(2025, 9, 25, 14, 0, MG),
    "<html><head><meta charset=\"utf-8\"></head><body><div dir=\"ltr\"><p>Prezados,</p><p>Solicitamos o "
    "<strong>cancelamento do plano trimestral</strong> ao fim do período vigente. Motivo: a cooperativa "
    "passou a fornecer uma ferramenta de prospecção própria para os associados.</p><p>Atenciosamente,<br>"
    "<b>José Maurício Teixeira</b><br>Diretor Comercial<br>Laticínios da Serra - Serro/MG</p></div>"
    "</body></html>", html=True)],
    [X("cancel", "2025-10-21")],
    spec="HTML-only mail; L8 cancel effective current_period_end 2025-10-21.")

cust("helder.furtado@gmail.com", "Hélder Furtado", "monthly", start="2025-09-25", end="2025-10-24")
lopay("pt_p35", "LO-INV-8235", "helder.furtado@gmail.com", "monthly", "1499.00", "2025-09-25T10:00:00",
      "2025-09-25", "2025-10-24")
case("pt-l30-horta-endereco-com-mais", LOB, "need_info", [M(
    "Hélder Furtado <helder.furtado+faturas@gmail.com>", SUP, "cobrado duas vezes", d(2025, 9, 26, 10, 0, AZ),
    "Bom dia, fui cobrado duas vezes na mensalidade de ontem. Peço o reembolso de uma delas.\n"
    "Hélder Furtado, Horta (Faial)\n")],
    rules=["C2"],
    spec="Section 8 addresses: helder.furtado+faturas@ is another address than the registered "
         "helder.furtado@: C2 need_info.")

cust("patricia.alves@colegiosaojose.com.br", "Patrícia Alves", "monthly", start="2025-09-17", end="2025-10-16")
lopay("pt_p36", "LO-INV-8236", "patricia.alves@colegiosaojose.com.br", "monthly", "1499.00",
      "2025-09-17T10:00:00", "2025-09-17", "2025-10-16")
case("pt-l31-ribeirao-maiusculas", LOB, "decided", [M(
    "PATRICIA ALVES <Patricia.Alves@ColegioSaoJose.com.br>", SUP, "CANCELAMENTO", d(2025, 9, 26, 11, 0, SP),
    "BOM DIA, SOLICITO O CANCELAMENTO DA ASSINATURA MENSAL. A ESCOLA CORTOU O ORÇAMENTO DE MARKETING. "
    "PODE FICAR ATIVA ATÉ O FIM DO PERÍODO PAGO.\nPATRICIA ALVES - COLÉGIO SÃO JOSÉ - RIBEIRÃO PRETO\n")],
    [X("cancel", "2025-10-16")],
    spec="Addresses compare case-insensitively (section 8): verified. L8 cancel effective 2025-10-16.")

cust("elisangela.assomada@gmail.com", "Elisângela Semedo", "monthly", start="2025-09-09", end="2025-10-08")
lopay("pt_p37", "LO-INV-8237", "elisangela.assomada@gmail.com", "monthly", "1499.00", "2025-09-09T10:00:00",
      "2025-09-09", "2025-10-08")
case("pt-l32-assomada-passado-cancelar", LOB, "decided", [M(
    "Elisângela Semedo <elisangela.assomada@gmail.com>", SUP, "Cancelar plano", d(2025, 9, 29, 9, 0, CV),
    "Bom dia. Em julho vocês devolveram-me um pagamento em duplicado, obrigada. Agora quero cancelar o plano "
    "mensal porque vou emigrar para Portugal e fechar a loja.\nElisângela\nAssomada, Santiago\n")],
    [X("cancel", "2025-10-08")],
    spec="Section 8 past events: the July refund is history; L8 cancel effective 2025-10-08.")

case("pt-l33-postmaster-devolucao", LOB, "ignore", [M(
    "postmaster@uol.com.br", SUP, "Mensagem não entregue: Re: cobrança dobrada", d(2025, 9, 25, 4, 0, SP),
    "Sua mensagem não pôde ser entregue a um ou mais destinatários.\n\nlipe.rj2@uol.com.br: 550 5.1.1 "
    "caixa postal inexistente\n",
    headers={"Auto-Submitted": "auto-replied"})],
    rules=["C7"], spec="C7: postmaster sender, bounce: ignore.")

case("pt-l34-lista-newsletter", LOB, "ignore", [M(
    "Boletim Marketing Digital BR <boletim@marketingdigitalbr.com.br>", "billing@leadsoptima.com",
    "Boletim semanal: como pedir reembolso de ferramentas SaaS", d(2025, 9, 23, 6, 0, SP),
    "Nesta edição: 5 dicas para pedir reembolso e cancelar assinaturas de software sem dor de cabeça.\n"
    "Para descadastrar, clique aqui.\n",
    headers={"List-Id": "Boletim MDBR <boletim.marketingdigitalbr.com.br>", "Precedence": "bulk",
             "List-Unsubscribe": "<mailto:sair@marketingdigitalbr.com.br>"})],
    rules=["C7"], spec="C7: List-Id and Precedence bulk: ignore (its subject talks about refunds).")

cust("leticia.copacabana@gmail.com", "Letícia Moura", "monthly", start="2025-09-27", end="2025-10-26")
lopay("pt_p38", "LO-INV-8238", "leticia.copacabana@gmail.com", "monthly", "1499.00", "2025-09-27T10:00:00",
      "2025-09-27", "2025-10-26")
case("pt-l35-rio-ditado-sem-motivo", LOB, "need_info", [M(
    "Leticia Moura <leticia.copacabana@gmail.com>", SUP, "reembolso", d(2025, 9, 28, 19, 0, RJ),
    "oi boa noite eu quero o reembolso por favor quero meu dinheiro de volta da mensalidade que paguei "
    "obrigada beijos\n\nleticia\n\nEnviado do meu Galaxy\n")],
    rules=[], missing=["reason"],
    spec="Section 8: restating the request and 'Enviado do meu Galaxy' are not a reason; plan and invoice "
         "filled from the ledger (one charge, LO-INV-8238): need_info reason only.")

cust("mario.azevedo.porto@gmail.com", "Mário Azevedo", "monthly", start="2025-09-15", end="2025-10-14")
lopay("pt_p39", "LO-INV-8239", "mario.azevedo.porto@gmail.com", "monthly", "1499.00", "2025-09-15T10:00:00",
      "2025-09-15", "2025-10-14")
case("pt-l36-porto-nao-e-reembolso", LOB, "decided", [M(
    "Mário Azevedo <mario.azevedo.porto@gmail.com>", SUP, "Não é pedido de reembolso", d(2025, 9, 25, 9, 0, LIS),
    "Bom dia. Para que fique claro: não estou a pedir reembolso nenhum, o mês está pago e é justo. Quero "
    "apenas cancelar a subscrição mensal porque me reformei e fechei a empresa.\nMário Azevedo\n")],
    [X("cancel", "2025-10-14")],
    spec="Section 8 negation: 'não estou a pedir reembolso' adds no refund; L8 cancel effective "
         "2025-10-14.")

# ---------------------------------------------------------------------------------------------
# Optima WebDesign
# ---------------------------------------------------------------------------------------------

proj("E-commerce Cafe Mineiro", "contato@cafemineiro.com.br")
owpay("pt_o01", "OWD-2025-401", "E-commerce Cafe Mineiro", "deposit", "30000.00", "5400.00",
      "2025-09-24T18:00:00")
case("pt-o01-sp-sinal-48h", OWB, "decided", [M(
    "Café Mineiro Comercial <contato@cafemineiro.com.br>", OWDTO,
    "Refund Request — E-commerce Cafe Mineiro / OWD-2025-401", d(2025, 9, 25, 11, 0, SP),
    "Prezados,\n\nOntem efetuamos o pagamento do sinal (OWD-2025-401) para o projeto E-commerce Cafe "
    "Mineiro. Hoje a diretoria decidiu congelar os investimentos digitais até o próximo ano por causa da "
    "safra ruim. Solicitamos a devolução do sinal, já que o trabalho ainda não começou.\n\n"
    "Atenciosamente,\nMariana Figueiredo\nGerente Administrativa\n")],
    [R("approve", "30000.00")], extra_ok=True,
    spec="O2: paid 2025-09-24 18:00 IST, mail 2025-09-25 19:30 IST (25.5 h), no work: approve 30000.00 (tax "
         "kept, C6).")

proj("Pousada Arraial", "reservas@pousadaarraial.com.br")
owpay("pt_o02", "OWD-2025-402", "Pousada Arraial", "deposit", "12000.00", "2160.00", "2025-09-20T16:00:00")
case("pt-o02-rio-sinal-73h", OWB, "decided", [M(
    "Pousada Arraial <reservas@pousadaarraial.com.br>", OWDTO, "devolução do sinal OWD-2025-402",
    d(2025, 9, 23, 8, 30, RJ),
    "Bom dia! Pagamos o sinal do site da Pousada Arraial no sábado mas o sócio achou outra agência mais "
    "barata, então vamos desistir. Podem devolver o sinal? Vocês nem começaram ainda.\nAbs, Cris\n")],
    [R("deny")], extra_ok=True,
    spec="O2: paid 2025-09-20 16:00 IST; mail 2025-09-23 08:30 -03:00 = 17:00 IST, 73 h: not before 72 h: "
         "deny.")

proj("Turismo Ilha Terceira", "info@turismoterceira.pt")
owpay("pt_o03", "OWD-2025-403", "Turismo Ilha Terceira", "deposit", "16000.00", "2880.00",
      "2025-09-22T15:31:00")
case("pt-o03-acores-sinal-71h59", OWB, "decided", [M(
    "Turismo Ilha Terceira <info@turismoterceira.pt>", OWDTO, "Pedido de devolução do sinal - OWD-2025-403",
    d(2025, 9, 25, 10, 0, AZ),
    "Bom dia,\n\nPor decisão da assembleia da associação, o projeto Turismo Ilha Terceira foi adiado "
    "(perdemos o apoio do fundo regional). Pedimos a devolução do sinal OWD-2025-403. Sabemos que o prazo "
    "é apertado, por isso escrevemos logo às dez.\n\nCumprimentos,\nLuís Toste\nTesoureiro\n")],
    [R("approve", "16000.00")], extra_ok=True,
    spec="O2: paid 2025-09-22 15:31 IST; mail 2025-09-25 10:00 +00:00 = 15:30 IST: 71 h 59 min, before 72 h "
         "and no work: approve 16000.00.")

proj("Marca Queijo Canastra", "marketing@queijocanastra.com.br")
owpay("pt_o04", "OWD-2025-404", "Marca Queijo Canastra", "discovery", "18000.00", "3240.00",
      "2025-09-08T10:00:00")
case("pt-o04-minas-discovery-nao-iniciado", OWB, "decided", [M(
    "Marketing Queijo Canastra <marketing@queijocanastra.com.br>", OWDTO,
    "Devolução consultoria de estratégia - Marca Queijo Canastra", d(2025, 9, 23, 15, 0, MG),
    "Boa tarde, gente.\n\nPagamos a consultoria de estratégia da Marca Queijo Canastra, mas até hoje "
    "ninguém marcou a primeira reunião, e agora a associação dos produtores desistiu do projeto de marca "
    "coletiva. Queremos a devolução do que pagamos, uai.\n\nAbraço,\nTânia Resende\nSão Roque de Minas\n")],
    [R("approve", "18000.00")], extra_ok=True,
    spec="O1: discovery with no session started: approve 18000.00; invoice filled from the ledger (the "
         "project's only payment, section 1).")

proj("Quinta do Lorde Vinhos", "geral@quintadolorde.pt", "2025-09-10T10:00:00")
owpay("pt_o05", "OWD-2025-405", "Quinta do Lorde Vinhos", "discovery", "20000.00", "3600.00",
      "2025-09-05T10:00:00")
case("pt-o05-madeira-discovery-iniciado", OWB, "decided", [M(
    "Quinta do Lorde <geral@quintadolorde.pt>", OWDTO, "Reembolso fatura OWD-2025-405", d(2025, 9, 19, 11, 0, MAD),
    "Exmos. Senhores,\n\nApós o workshop de estratégia concluímos que a proposta não se adequa à nossa "
    "produção, pelo que solicitamos o reembolso da fatura OWD-2025-405 (projeto Quinta do Lorde Vinhos).\n\n"
    "Melhores cumprimentos,\nRui Gouveia\nCaniçal, Madeira\n")],
    [R("deny")],
    spec="O1: sessions started 2025-09-10, before the request: deny.")

proj("Portal Imobiliaria Paulista", "ti@imobpaulista.com.br")
owpay("pt_o06", "OWD-2025-406", "Portal Imobiliaria Paulista", "milestone", "45000.00", "8100.00",
      "2025-08-10T10:00:00", milestone_status="approved")
owpay("pt_o07", "OWD-2025-407", "Portal Imobiliaria Paulista", "milestone", "28000.00", "5040.00",
      "2025-09-12T10:00:00", milestone_status="not_started")
case("pt-o06-sp-marco-nao-iniciado", OWB, "decided", [M(
    "TI Imobiliária Paulista <ti@imobpaulista.com.br>", OWDTO, "Estorno da etapa 3 - Portal Imobiliaria Paulista",
    d(2025, 9, 24, 14, 0, SP),
    "Prezados,\n\nA etapa 2 foi entregue e aprovada, obrigado. A etapa 3 (integração com o CRM, fatura "
    "OWD-2025-407, R$ 28.000,00 — na fatura consta INR 28.000,00) foi paga antecipadamente, mas a matriz "
    "decidiu usar o CRM corporativo e a integração deixou de fazer sentido. Como ainda não foi iniciada, "
    "solicitamos o estorno desse marco.\n\nAtt.,\nRodrigo Tanaka\nCoordenador de TI\n")],
    [R("approve", "28000.00")], extra_ok=True,
    spec="O3: milestone OWD-2025-407 not_started: approve its amount 28000.00 (before tax).")

proj("Loja Online Morabeza", "loja@morabezashop.cv")
owpay("pt_o08", "OWD-2025-408", "Loja Online Morabeza", "milestone", "24000.00", "4320.00",
      "2025-09-01T10:00:00", milestone_status="in_progress")
case("pt-o07-cv-marco-em-curso", OWB, "decided", [M(
    "Loja Morabeza <loja@morabezashop.cv>", OWDTO, "Reembolso OWD-2025-408", d(2025, 9, 25, 10, 0, CV),
    "Bom dia. A fase do catálogo (OWD-2025-408) da Loja Online Morabeza está muito atrasada e o designer "
    "já mudou o layout três vezes sem nos perguntar. Queremos o reembolso dessa fase.\n\nMantenha,\n"
    "Kátia Monteiro\n")],
    [R("escalate")],
    spec="O3: milestone in_progress: escalate.")

proj("Blog Gastronomia Carioca", "contato@gastrocarioca.com.br")
owpay("pt_o09", "OWD-2025-409", "Blog Gastronomia Carioca", "milestone", "15000.00", "2700.00",
      "2025-08-25T10:00:00", milestone_status="approved")
case("pt-o08-rio-marco-aprovado", OWB, "decided", [M(
    "Blog Gastronomia Carioca <contato@gastrocarioca.com.br>", OWDTO, "quero o estorno do layout",
    d(2025, 9, 22, 17, 0, RJ),
    "Oi pessoal, aprovamos o layout do blog (OWD-2025-409) mas agora, olhando com calma, a gente não curtiu "
    "não. Queria o estorno dessa etapa do Blog Gastronomia Carioca.\nBeijo, Dani\n")],
    [R("deny")],
    spec="O3/O6: milestone approved: deny.")

proj("Clínica Dentária Funchal", "administracao@dentariafunchal.pt")
owpay("pt_o10", "OWD-2025-410", "Clínica Dentária Funchal", "retainer", "15000.00", "2700.00",
      "2025-09-06T10:00:00", period_start="2025-09-06", period_end="2025-10-05",
      next_billing_at="2025-10-06T10:00:00")
case("pt-o09-funchal-retainer-7-dias-exatos", OWB, "decided", [M(
    "Administração Clínica Dentária <administracao@dentariafunchal.pt>", OWDTO,
    "Cancelamento da avença mensal - OWD-2025-410", d(2025, 9, 29, 10, 0, MAD),
    "Exmos. Senhores,\n\nVimos comunicar o cancelamento da avença mensal de manutenção do site da Clínica "
    "Dentária Funchal (fatura OWD-2025-410), com o pré-aviso de sete dias. O motivo é a integração da "
    "clínica num grupo que tem equipa própria de marketing.\n\nCom os melhores cumprimentos,\nDra. Filipa "
    "Jardim\nDiretora Clínica\n")],
    [X("cancel", "2025-10-05")],
    spec="O4: request date 2025-09-29 IST = next_billing_at 2025-10-06 minus 7 days (on or before, section "
         "1): enough notice; cancel, effective the day before, 2025-10-05.")

proj("Academia Fitness Savassi", "financeiro@fitnesssavassi.com.br")
owpay("pt_o11", "OWD-2025-411", "Academia Fitness Savassi", "retainer", "10000.00", "1800.00",
      "2025-09-05T10:00:00", period_start="2025-09-05", period_end="2025-10-04",
      next_billing_at="2025-10-05T10:00:00")
case("pt-o10-bh-retainer-noite-anterior", OWB, "decided", [M(
    "Financeiro Academia Fitness Savassi <financeiro@fitnesssavassi.com.br>", OWDTO,
    "Cancelar mensalidade de manutenção", d(2025, 9, 28, 22, 0, MG),
    "Boa noite. Queremos cancelar a mensalidade de manutenção do site da Academia Fitness Savassi, "
    "fatura OWD-2025-411. Vamos trocar para a plataforma da franquia, que já inclui site. Estamos avisando "
    "com uma semana de antecedência, certo?\n\nAtt, Luciana\n")],
    [X("cancel", "2025-11-04")],
    spec="O4: mail 2025-09-28 22:00 -03:00 = 2025-09-29 06:30 IST; next_billing_at 2025-10-05 minus 7 = "
         "2025-09-28: too late in the brand's zone. Next cycle (2025-10-05 to 2025-11-04) billed; "
         "effective 2025-11-04.")

proj("Escola Sao Vicente Online", "secretaria@escolasv.cv")
owpay("pt_o12", "OWD-2025-412", "Escola Sao Vicente Online", "hosting_annual", "14999.00", "2699.82",
      "2025-09-16T10:00:00", setup_fee="999.00", service_start="2025-09-16")
case("pt-o11-mindelo-hosting-dia-14", OWB, "decided", [M(
    "Secretaria Escola São Vicente <secretaria@escolasv.cv>", OWDTO,
    "Reembolso alojamento anual OWD-2025-412", d(2025, 9, 30, 9, 0, CV),
    "Bom dia,\n\nO Ministério da Educação disponibilizou alojamento gratuito às escolas, por isso pedimos o "
    "reembolso do alojamento anual da Escola Sao Vicente Online (OWD-2025-412), dentro dos 14 dias.\n\n"
    "Obrigada,\nNeusa Delgado\nSecretária\nMindelo\n")],
    [R("approve", "12833.33")], extra_ok=True,
    spec="O5: service_start 2025-09-16, request 2025-09-30 15:30 IST = day 14, inside: 14999 - 999 - "
         "14000/12 (1166.666...) x 1 = 12833.333... -> 12833.33 (C6, rounded once).")

proj("Restaurante Tasca do Porto", "tasca.porto@gmail.com")
owpay("pt_o13", "OWD-2025-413", "Restaurante Tasca do Porto", "maintenance_annual", "12000.00", "2160.00",
      "2025-09-10T10:00:00", setup_fee="1200.00", service_start="2025-09-10")
case("pt-o12-porto-manutencao-dia-15", OWB, "decided", [M(
    "Tasca do Porto <tasca.porto@gmail.com>", OWDTO, "Reembolso da manutenção anual", d(2025, 9, 25, 11, 0, LIS),
    "Bom dia. O meu sobrinho vai tratar do site, por isso queria o reembolso da manutenção anual do "
    "Restaurante Tasca do Porto, fatura OWD-2025-413.\nSr. Albano\n")],
    [R("deny")], extra_ok=True,
    spec="O5: service_start 2025-09-10, request 2025-09-25 15:30 IST = day 15 > 14: deny.")

proj("Loja Virtual Tatuape", "compras@lojatatuape.com.br")
owpay("pt_o14", "OWD-2025-414", "Loja Virtual Tatuape", "third_party", "6500.00", "1170.00",
      "2025-09-20T10:00:00")
case("pt-o13-sp-licenca-plugin", OWB, "decided", [M(
    "Compras Loja Tatuapé <compras@lojatatuape.com.br>", OWDTO, "Estorno licença do plugin",
    d(2025, 9, 23, 10, 0, SP),
    "Bom dia, pagamos a licença anual do plugin de frete e do tema premium (OWD-2025-414) para a Loja "
    "Virtual Tatuape, mas decidimos usar a plataforma Nuvemshop. Solicitamos o estorno.\nAtt, Fábio\n")],
    [R("deny")],
    spec="O6: third_party (premium theme / plugin licences): never refundable, deny.")

proj("Hotel Baia Funchal", "reservas@hotelbaiafunchal.pt")
owpay("pt_o15", "OWD-2025-415", "Hotel Baia Funchal", "setup", "5000.00", "900.00", "2025-09-18T10:00:00")
case("pt-o14-funchal-taxa-ativacao", OWB, "decided", [M(
    "Hotel Baía Funchal <reservas@hotelbaiafunchal.pt>", OWDTO, "Devolução da taxa de ativação OWD-2025-415",
    d(2025, 9, 22, 9, 0, MAD),
    "Bom dia,\n\nAcabámos por não avançar com o motor de reservas, pelo que pedimos a devolução da taxa de "
    "ativação (OWD-2025-415) do projeto Hotel Baia Funchal.\n\nCumprimentos,\nDuarte Freitas\n")],
    [R("deny")],
    spec="O6: setup/activation fees are non-refundable: deny.")

proj("Site Fazenda Boa Vista", "fazendaboavista.mg@gmail.com")
owpay("pt_o16", "OWD-2025-416", "Site Fazenda Boa Vista", "change_request", "4000.00", "720.00",
      "2025-09-19T10:00:00")
case("pt-o15-minas-pedido-alteracao", OWB, "decided", [M(
    "Fazenda Boa Vista <fazendaboavista.mg@gmail.com>", OWDTO, "devolver o valor da alteração",
    d(2025, 9, 22, 7, 30, MG),
    "Bom dia. Pedimos a alteração da galeria de fotos do Site Fazenda Boa Vista e pagamos à parte "
    "(OWD-2025-416), mas no fim preferimos a galeria antiga. Dá pra devolver o valor? Obrigado.\n"
    "Seu Antônio\n")],
    [R("deny")],
    spec="O6: change requests outside the original scope are non-refundable: deny.")

proj("Distribuidora Zona Norte", "diretoria@distzonanorte.com.br")
owpay("pt_o17", "OWD-2025-417", "Distribuidora Zona Norte", "retainer", "18000.00", "3240.00",
      "2025-09-15T10:00:00", period_start="2025-09-15", period_end="2025-10-14",
      next_billing_at="2025-10-15T10:00:00")
case("pt-o16-rio-advogado-procon", OWB, "decided", [M(
    "Diretoria Distribuidora Zona Norte <diretoria@distzonanorte.com.br>", OWDTO,
    "Cancelamento e devolução - OWD-2025-417", d(2025, 9, 24, 16, 0, RJ),
    "Senhores,\n\nO serviço mensal de marketing da Distribuidora Zona Norte (OWD-2025-417) não entregou "
    "nada do combinado. Cancelem imediatamente e devolvam o valor deste mês. Nosso advogado já está "
    "ciente e, sem resposta em 48 horas, entraremos com ação e reclamação no Procon.\n\nAtt.,\n"
    "Marcelo Bastos\nDiretor\n")],
    [R("escalate"), X("escalate")], rules=["C4"],
    spec="C4: lawyer, legal action and consumer body (Procon) cover the whole case: refund and "
         "cancellation both escalate.")

proj("Cooperativa Pesca Sal Rei", "coop.salrei@gmail.com")
owpay("pt_o18", "OWD-2025-418", "Cooperativa Pesca Sal Rei", "deposit", "9000.00", "1620.00",
      "2025-09-24T10:00:00")
case("pt-o17-boavista-outro-email", OWB, "need_info", [M(
    "Adilson Évora <adilson.evora@hotmail.com>", OWDTO, "devolução do sinal da cooperativa",
    d(2025, 9, 25, 9, 0, CV),
    "Bom dia. Sou o presidente da Cooperativa Pesca Sal Rei. Pedimos a devolução do sinal OWD-2025-418 "
    "porque a câmara não aprovou o financiamento. O email do contrato é coop.salrei@gmail.com mas não tenho "
    "a senha aqui.\nAdilson\n")],
    rules=["C2"],
    spec="C2 (Optima explicit): not written from the contract email: need_info, write from it.")

proj("Rede Farmacias Vale", "ti@farmaciasvale.com.br")
owpay("pt_o19", "OWD-2025-419", "Rede Farmacias Vale", "deposit", "26000.00", "4680.00", "2025-09-29T10:00:00")
case("pt-o18-sp-enc-assistente", OWB, "need_info", [M(
    "Assistente Diretoria <assistente@farmaciasvale.com.br>", OWDTO,
    "Fwd: Desistência do projeto - devolução do sinal", d(2025, 9, 30, 9, 15, SP),
    "Bom dia, segue e-mail do nosso diretor de TI.\n\n"
    "---------- Mensagem encaminhada ---------\n"
    "De: Henrique Sato <ti@farmaciasvale.com.br>\n"
    "Data: ter., 30 de set. de 2025 às 08:47\n"
    "Assunto: Desistência do projeto - devolução do sinal\n"
    "Para: Assistente Diretoria <assistente@farmaciasvale.com.br>\n\n"
    "Por favor, avise a Optima que desistimos do projeto Rede Farmacias Vale (a rede foi vendida) e peça a "
    "devolução do sinal OWD-2025-419. O e-mail do contrato é ti@farmaciasvale.com.br.\n")],
    rules=["C2"],
    spec="Section 8 forwards (Gmail pt-BR block): forwarded request names contract email ti@, sender is "
         "assistente@: C2 need_info.")

proj("Associacao Cultural Ponta Delgada", "direcao@acpd.pt")
owpay("pt_o20", "OWD-2025-420", "Associacao Cultural Ponta Delgada", "retainer", "8000.00", "1440.00",
      "2025-09-18T10:00:00", period_start="2025-09-18", period_end="2025-10-17",
      next_billing_at="2025-10-18T10:00:00")
case("pt-o19-acores-cancelar-sem-motivo", OWB, "need_info", [M(
    "Direção ACPD <direcao@acpd.pt>", OWDTO, "Cancelamento avença - OWD-2025-420", d(2025, 9, 24, 15, 0, AZ),
    "Caros,\n\nPor favor cancelem a avença mensal da Associacao Cultural Ponta Delgada, fatura "
    "OWD-2025-420.\n\nAgradecemos desde já.\nCom os melhores cumprimentos,\nA Direção\n")],
    rules=[], missing=["reason"],
    spec="Section 8: Optima requires a reason for cancellations too; courtesy lines are not a reason: "
         "need_info reason.")

proj("Mercadinho Pampulha", "mercadinhopampulha@gmail.com")
owpay("pt_o21", "OWD-2025-421", "Mercadinho Pampulha", "deposit", "11000.00", "1980.00", "2025-09-26T10:00:00")
owpay("pt_o22", "OWD-2025-422", "Mercadinho Pampulha", "third_party", "1500.00", "270.00", "2025-09-26T10:05:00")
case("pt-o20-bh-sem-numero-fatura", OWB, "need_info", [M(
    "Mercadinho Pampulha <mercadinhopampulha@gmail.com>", OWDTO, "devolução - Mercadinho Pampulha",
    d(2025, 9, 27, 10, 0, MG),
    "Bom dia! Quero a devolução do pagamento de sexta do Mercadinho Pampulha. Meu marido ficou doente e "
    "vamos fechar o mercadinho por uns meses.\nDona Lourdes\n")],
    rules=[], missing=["invoice_number"],
    spec="C3: the project has two payments the same day (deposit, domain); which one is not said: need_info "
         "invoice_number.")

proj("Vinhos Porto Moniz", "vinhosportomoniz@gmail.com")
owpay("pt_o23", "OWD-2025-423", "Vinhos Porto Moniz", "discovery", "14000.00", "2520.00", "2025-09-12T10:00:00")
case("pt-o21-madeira-fio-motivo", OWB, "decided", [
    M("Vinhos Porto Moniz <vinhosportomoniz@gmail.com>", OWDTO, "Reembolso consultoria OWD-2025-423",
      d(2025, 9, 22, 10, 0, MAD),
      "Bom dia, pedimos o reembolso da consultoria de estratégia do projeto Vinhos Porto Moniz, fatura "
      "OWD-2025-423.\nCumprimentos,\nGonçalo\n"),
    M("Vinhos Porto Moniz <vinhosportomoniz@gmail.com>", OWDTO,
      "Re: Reembolso consultoria OWD-2025-423 [OWD-1388]", d(2025, 9, 24, 16, 0, MAD),
      "Boa tarde, o motivo: a adega foi vendida e os novos donos não vão seguir com a marca. Ninguém chegou "
      "a agendar sessão nenhuma.\nGonçalo\n\n> Para podermos analisar o pedido indique o motivo. "
      "[OWD-1388]\n",
      headers={"_irt": "<owd-1388.reply@optimawebdesign.com>"})],
    [R("approve", "14000.00")], extra_ok=True,
    spec="C3 thread: the answer supplies the reason; O1 discovery with no session started: approve "
         "14000.00.")

case("pt-o22-lista-promocoes", OWB, "ignore", [M(
    "Hostinger Brasil <promo@news.hostinger-br.example>", OWDTO, "Aproveite: 70% off em hospedagem anual",
    d(2025, 9, 23, 9, 0, SP),
    "Oferta relâmpago! Hospedagem anual com 70% de desconto e reembolso garantido em 30 dias.\n",
    headers={"List-Id": "<promo.hostinger-br.example>", "Precedence": "bulk"})],
    rules=["C7"], spec="C7: List-Id / Precedence bulk: ignore.")

case("pt-o23-praia-pergunta-sinal", OWB, "other", [M(
    "Yara Lopes <yara.lopes.praia@gmail.com>", OWDTO, "Dúvida antes de contratar", d(2025, 9, 26, 15, 0, CV),
    "Boa tarde. Estou a pensar contratar um site para o meu restaurante na Praia. Se eu pagar o sinal e "
    "depois desistir, têm reembolso? E o alojamento anual, se eu cancelar no primeiro mês?\nYara\n")],
    spec="Section 8 hypotheticals before buying: other.")

proj("App Delivery Niteroi", "socios@deliveryniteroi.com.br")
owpay("pt_o24", "OWD-2025-424", "App Delivery Niteroi", "milestone", "32000.00", "5760.00",
      "2025-09-10T10:00:00", milestone_status="in_progress")
case("pt-o24-niteroi-nao-e-reembolso", OWB, "other", [M(
    "Sócios Delivery Niterói <socios@deliveryniteroi.com.br>", OWDTO, "prazo da etapa 2", d(2025, 9, 25, 11, 0, RJ),
    "Fala pessoal! Não é pedido de reembolso nem de cancelamento não, tá tudo certo com a etapa 2 "
    "(OWD-2025-424). Só queria saber a previsão de entrega pra gente planejar o lançamento. Valeu!\nDiego\n")],
    spec="Section 8 negation: no refund or cancellation intent; a delivery question: other.")

proj("Loja Artesanato Ribeira Grande", "artesanato.rg@gmail.com")
owpay("pt_o25", "OWD-2025-425", "Loja Artesanato Ribeira Grande", "deposit", "8000.00", "1440.00",
      "2025-09-23T10:00:00", status="disputed")
case("pt-o25-acores-pagamento-contestado", OWB, "decided", [M(
    "Artesanato Ribeira Grande <artesanato.rg@gmail.com>", OWDTO, "Devolução do sinal OWD-2025-425",
    d(2025, 9, 24, 10, 0, AZ),
    "Bom dia, pedimos a devolução do sinal OWD-2025-425 da Loja Artesanato Ribeira Grande: afinal a loja "
    "vai fechar no inverno e não compensa ter site.\nFátima\n")],
    [R("escalate")], extra_ok=True,
    spec="Section 8: the payment's status is disputed (not paid): a refund of it is escalate (the customer "
         "makes no threat herself).")

proj("Hosting Padaria Estrela", "adm@padariaestrela.com.br")
owpay("pt_o26", "OWD-2025-426", "Hosting Padaria Estrela", "hosting_annual", "9000.00", "1620.00",
      "2025-09-22T10:00:00", setup_fee="1800.00", service_start="2025-10-10")
case("pt-o26-sp-hosting-antes-inicio", OWB, "decided", [M(
    "Administrativo Padaria Estrela <adm@padariaestrela.com.br>", OWDTO,
    "Cancelamento e reembolso da hospedagem anual - Hosting Padaria Estrela", d(2025, 9, 26, 10, 0, SP),
    "Bom dia,\n\nContratamos a hospedagem anual (fatura OWD 2025 426) que começaria em 10/10, mas a "
    "franqueadora exigiu que o site fique no servidor deles. Solicitamos o reembolso, descontados a taxa "
    "de setup e o que for devido.\n\nObrigada,\nPatrícia Yamamoto\n")],
    [R("approve", "6600.00")], extra_ok=True,
    spec="O5 before the service starts (section 8): consumed_months = 1; 9000 - 1800 - 7200/12 (600) x 1 = "
         "6600.00. 'OWD 2025 426' matches OWD-2025-426.")

if __name__ == "__main__":
    # the cases above were written as the module ran; now the ledger and expectations
    (HERE / "ledger.json").write_text(json.dumps(LEDGER, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (HERE / "expected.json").write_text(json.dumps({"cases": CASES}, ensure_ascii=False, indent=1) + "\n",
                                        encoding="utf-8")
    print(f"{len(CASES)} cases, {len(LEDGER['payments'])} payments")
