"""fresh15_pt: Portuguese held-out cases (Brazil, Portugal, Angola, Mozambique, Cabo Verde).

Stdlib only, deterministic: `python3 make_cases.py` writes ledger.json, emails/*.eml and expected.json
beside this file.  All text written for this project (MIT, like the project).
"""
from __future__ import annotations

import email
import json
import os
import shutil
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
LANG = "pt"
LO = "LeadsOptima Support <support@leadsoptima.com>"
LOA = "support@leadsoptima.com"
OW = "Optima WebDesign <optimawebdesigns12@gmail.com>"
OWA = "optimawebdesigns12@gmail.com"
LOB, OWB = "leadsoptima", "optima_webdesign"


def tz(h, m=0):
    return timezone(timedelta(hours=h, minutes=m))


BR, MAO, ACR, PT, AZ, AO, MZ, CV, IST = tz(-3), tz(-4), tz(-5), tz(1), tz(0), tz(1), tz(2), tz(-1), tz(5, 30)
M = ("1499.00", "269.82")
Q = ("3999.00", "719.82")
A = ("11988.00", "2157.84")

LEDGER = {"customers": [], "projects": [], "payments": []}
CASES = []


def cust(email_, name, plan, status="active", start=None, end=None, trial_ends=None):
    LEDGER["customers"].append({"brand": LOB, "email": email_, "name": name, "plan": plan, "status": status,
                                "trial_ends": trial_ends, "current_period_start": start,
                                "current_period_end": end})


def lopay(pid, inv, email_, plan, amt, paid_at, ps, pe, status="paid"):
    LEDGER["payments"].append({"brand": LOB, "id": pid, "invoice": inv, "customer_email": email_,
                               "kind": "subscription", "plan": plan, "amount": amt[0], "tax": amt[1],
                               "currency": "INR", "paid_at": paid_at, "period_start": ps, "period_end": pe,
                               "status": status})


def proj(name, contract, started=None):
    LEDGER["projects"].append({"brand": OWB, "name": name, "contract_email": contract, "work_started_at": started})


def owpay(pid, inv, project, kind, amount, tax, paid_at, **kw):
    base = {"brand": OWB, "id": pid, "invoice": inv, "project": project, "kind": kind, "amount": amount,
            "tax": tax, "currency": "INR", "paid_at": paid_at, "status": "paid", "setup_fee": None,
            "service_start": None, "next_billing_at": None, "period_start": None, "period_end": None,
            "milestone_status": None}
    base.update(kw)
    LEDGER["payments"].append(base)


def eml(name, frm, to, subject, when, mid, body=None, html=None, irt=None, refs=None, headers=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = format_datetime(when)
    m["Message-ID"] = f"<{mid}>"
    if irt:
        m["In-Reply-To"] = f"<{irt}>"
        m["References"] = " ".join(f"<{r}>" for r in (refs or [irt]))
    for k, v in (headers or {}).items():
        m[k] = v
    if body is not None:
        m.set_content(body)
        if html is not None:
            m.add_alternative(html, subtype="html")
    else:
        m.set_content(html, subtype="html")
    with open(os.path.join(HERE, "emails", name), "wb") as fh:
        fh.write(m.as_bytes(policy=policy.SMTP))
    return "emails/" + name


def raw_eml(name, text):
    m = email.message_from_bytes(text.encode("utf-8"), policy=policy.default)
    with open(os.path.join(HERE, "emails", name), "wb") as fh:
        fh.write(m.as_bytes(policy=policy.SMTP))
    return "emails/" + name


def case(cid, files, brand, status, decisions=(), rules=(), missing=None, spec="", **kw):
    c = {"id": f"{LANG}-{cid}", "lang": LANG, "files": list(files), "brand": brand, "status": status,
         "rules": list(rules)}
    if missing is not None:
        c["missing"] = list(missing)
    c["decisions"] = [dict(d) for d in decisions]
    c.update(kw)
    c["spec"] = spec
    CASES.append(c)


def ref(outcome, amount=None):
    return {"intent": "refund", "outcome": outcome, "amount": amount}


def can(outcome, eff=None):
    d = {"intent": "cancellation", "outcome": outcome}
    if outcome == "cancel":
        d["effective_date"] = eff
    return d


def d(y, mo, da, h=10, mi=0, z=IST):
    return datetime(y, mo, da, h, mi, tzinfo=z)


def build():
    # ---------------------------------------------------------------- LeadsOptima
    c = "rafael.azevedo@azevedoimoveis.com.br"
    cust(c, "Rafael Azevedo", "monthly", start="2025-09-19", end="2025-10-18")
    lopay("pt_p01a", "LO-INV-80101", c, "monthly", M, "2025-09-19T10:20:00", "2025-09-19", "2025-10-18")
    lopay("pt_p01b", "LO-INV-80102", c, "monthly", M, "2025-09-19T10:21:00", "2025-09-19", "2025-10-18")
    f = eml("l01-cobranca-em-dobro-br.eml", f"Rafael Azevedo <{c}>", LOA, "cobrança em dobro no cartão",
            d(2025, 9, 22, 9, 30, BR), "l01.pt15@azevedoimoveis.com.br", body=(
                "Bom dia pessoal, tudo bem?\n\nVi na fatura do cartão que a mensalidade caiu duas vezes no dia "
                "19/09, dois lançamentos de 1.768,82 cada (com imposto). Fui cobrado em "
                "dobro. Quero o estorno da segunda cobrança, nota LO-INV-80102.\n\nValeu!\nRafael Azevedo\n"
                "Azevedo Imóveis - Campinas/SP"))
    case("l01-cobranca-em-dobro-br", [f], LOB, "decided", [ref("approve", "1499.00")],
         spec="L2 duplicate_payment, day 3 (2025-09-19 -> 2025-09-22 18:00 IST), L4 pair: refund 1499.00 before "
              "tax (C6), not the 1.768,82 written; 'estorno' here is an ordinary refund request, not a chargeback.")

    c = "financeiro@padariapaodeouro.com.br"
    cust(c, "Padaria Pão de Ouro", "monthly", start="2025-09-10", end="2025-10-09")
    lopay("pt_p02a", "LO-INV-80201", c, "monthly", M, "2025-09-10T10:00:00", "2025-09-10", "2025-10-09")
    lopay("pt_p02b", "LO-INV-80202", c, "monthly", M, "2025-09-12T10:00:00", "2025-09-10", "2025-10-09")
    lopay("pt_p02c", "LO-INV-80203", c, "monthly", M, "2025-09-22T10:00:00", "2025-09-10", "2025-10-09")
    f = eml("l02-tres-cobrancas-br.eml", f"Financeiro Pão de Ouro <{c}>", LOA,
            "3 cobranças do mesmo mês!!", d(2025, 9, 25, 10, 0, BR), "l02.pt15@padariapaodeouro.com.br", body=(
                "Olá, só agora o financeiro percebeu: a mensalidade de setembro foi cobrada TRÊS vezes, "
                "dia 10, dia 12 e de novo dia 22 (notas LO-INV-80201, LO-INV-80202 e LO-INV-80203). Pagamos "
                "duas vezes a mais. Solicitamos a devolução das duplicadas.\n\nAtt,\nJussara - Financeiro\n"
                "Padaria Pão de Ouro"))
    case("l02-tres-cobrancas-br", [f], LOB, "decided", [ref("approve", "1499.00")],
         spec="Sec. 8 three identical charges (same period 2025-09-10..10-09): duplicates are 09-12 (day 13, outside "
              "L3) and 09-22 (day 3, inside); request 2025-09-25 18:30 IST: refund only the one inside, 1499.00.")

    c = "joana.correia@correiaeassociados.pt"
    cust(c, "Joana Correia", "quarterly", start="2025-09-16", end="2025-12-15")
    lopay("pt_p03a", "LO-INV-80301", c, "quarterly", Q, "2025-09-16T10:00:00", "2025-09-16", "2025-12-15")
    lopay("pt_p03b", "LO-INV-80302", c, "quarterly", Q, "2025-09-16T10:02:00", "2025-09-16", "2025-12-15")
    f = eml("l03-duplicado-noite-pt.eml", f"Joana Correia <{c}>", LOA, "Pagamento em duplicado",
            d(2025, 9, 23, 20, 0, PT), "l03.pt15@correiaeassociados.pt", body=(
                "Boa noite,\n\nVenho por este meio informar que a subscrição trimestral me foi debitada duas "
                "vezes no passado dia 16 (faturas LO-INV-80301 e LO-INV-80302). Ainda estou dentro dos 7 dias, "
                "pelo que solicito a devolução do valor pago em duplicado.\n\nCom os melhores cumprimentos,\n"
                "Joana Correia\nCorreia & Associados, Contabilidade - Porto"))
    case("l03-duplicado-noite-pt", [f], LOB, "decided", [ref("deny")],
         spec="L3 in the brand zone: 2025-09-23 20:00 +01:00 = 2025-09-24 00:30 IST, day 8 after 2025-09-16: deny "
              "(it is day 7 in Porto).")

    c = "marcos.lima@limapescados.com.br"
    cust(c, "Marcos Lima", "annual", start="2025-09-16", end="2026-09-15")
    lopay("pt_p04a", "LO-INV-80401", c, "annual", A, "2025-09-16T19:00:00", "2025-09-16", "2026-09-15")
    lopay("pt_p04b", "LO-INV-80402", c, "annual", A, "2025-09-16T19:00:30", "2025-09-16", "2026-09-15")
    f = eml("l04-anual-duas-vezes-manaus.eml", f"Marcos Lima <{c}>", LOA, "paguei o anual 2 vezes",
            d(2025, 9, 23, 14, 0, MAO), "l04.pt15@limapescados.com.br", body=(
                "boa tarde paguei o plano anual duas vezes no dia 16 onze mil novecentos e oitenta e oito cada "
                "um mais imposto a nota repetida é a lo inv 80402 preciso do dinheiro de volta pq é capital de "
                "giro da empresa\n\nMarcos - Lima Pescados Manaus\nEnviado do meu Galaxy"))
    case("l04-anual-duas-vezes-manaus", [f], LOB, "decided", [ref("approve", "11988.00")],
         spec="L3 day 7 inside: 2025-09-23 14:00 -04:00 = 23:30 IST, day 7 after 2025-09-16; L4 pair: 11988.00 "
              "(amount in words; invoice 'lo inv 80402' matched loosely).")

    c = "beatriz.nunes@nunesestetica.com.br"
    cust(c, "Beatriz Nunes", "monthly", start="2025-09-24", end="2025-10-23")
    lopay("pt_p05", "LO-INV-80501", c, "quarterly", Q, "2025-09-24T10:00:00", "2025-09-24", "2025-12-23")
    f = eml("l05-valor-errado-br.eml", f"Beatriz Nunes <{c}>", LOA, "Cobrança com valor errado",
            d(2025, 9, 25, 16, 0, BR), "l05.pt15@nunesestetica.com.br", body=(
                "Oi! Meu plano é o mensal, mas ontem veio uma cobrança do trimestral, valor bem maior "
                "(LO-INV-80501). Acho que houve um erro na cobrança, fui cobrada a mais. Podem devolver a "
                "diferença ou o valor todo e cobrar o certo?\n\nBjs, Bia\nNunes Estética - Curitiba"))
    case("l05-valor-errado-br", [f], LOB, "decided", [ref("escalate")],
         spec="L2 billing_error (wrong plan / charged more), day 1: L5 escalate with the charge, no amount.")

    c = "domingos.neto@netoconstrucoes.co.ao"
    cust(c, "Domingos Neto", "monthly", start="2025-09-20", end="2025-10-19")
    lopay("pt_p06", "LO-INV-80601", c, "monthly", M, "2025-09-20T10:00:00", "2025-09-20", "2025-10-19")
    f = eml("l06-sem-acesso-ao.eml", f"Domingos Neto <{c}>", LOA, "Plataforma não abre",
            d(2025, 9, 24, 11, 0, AO), "l06.pt15@netoconstrucoes.co.ao", body=(
                "Bom dia.\n\nDesde sábado que não consigo aceder à plataforma, a página fica em branco depois do "
                "login. Já tentei no computador e no telemóvel. Paguei a mensalidade no dia 20 (fatura "
                "LO-INV-80601) e não consegui usar nada. Peço o reembolso.\n\nCumprimentos,\nDomingos Neto\n"
                "Neto Construções, Lda. - Luanda"))
    case("l06-sem-acesso-ao", [f], LOB, "decided", [ref("escalate")],
         spec="L2 access_failure ('não consigo aceder'), day 4: L6 escalate.")

    c = "ines.marques@marquesdesign.pt"
    cust(c, "Inês Marques", "monthly", start="2025-09-27", end="2025-10-26")
    lopay("pt_p07", "LO-INV-80701", c, "monthly", M, "2025-09-27T10:00:00", "2025-09-27", "2025-10-26")
    f = eml("l07-desisti-pt.eml", f"Inês Marques <{c}>", LOA, "reembolso subscrição",
            d(2025, 9, 28, 11, 0, PT), "l07.pt15@marquesdesign.pt", body=(
                "Olá,\nSubscrevi ontem o plano mensal mas entretanto desisti, afinal não tenho tempo para "
                "configurar isto agora. Gostaria que me devolvessem o valor (fatura LO-INV-80701), ainda nem "
                "cheguei a usar.\nObrigada,\nInês"))
    case("l07-desisti-pt", [f], LOB, "decided", [ref("deny")],
         spec="L1: changed mind / not used is no exception reason: deny, the reply offers cancellation.")

    c = "thiago.moura@mourafitness.com.br"
    cust(c, "Thiago Moura", "quarterly", start="2025-09-05", end="2025-12-04")
    lopay("pt_p08", "LO-INV-80801", c, "quarterly", Q, "2025-09-05T10:00:00", "2025-09-05", "2025-12-04")
    f = eml("l08-caro-cancela-br.eml", f"Thiago Moura <{c}>", LOA, "Cancelamento + reembolso proporcional",
            d(2025, 9, 10, 19, 0, BR), "l08.pt15@mourafitness.com.br", body=(
                "Fala time! Quero cancelar minha assinatura trimestral, ficou caro demais pra academia "
                "nesse momento. E quero o reembolso proporcional dos meses que não vou usar (nota LO-INV-80801).\n\n"
                "Abs\nThiago Moura\nMoura Fitness - BH"))
    case("l08-caro-cancela-br", [f], LOB, "decided", [ref("deny"), can("cancel", "2025-12-04")],
         spec="L1: too expensive / unused months: refund deny (no partial refunds); L8 cancel to "
              "current_period_end 2025-12-04.")

    c = "celia.macuacua@macuacuatur.co.mz"
    cust(c, "Célia Macuácua", "annual", status="trial", trial_ends="2025-10-02")
    f = eml("l09-teste-gratis-mz.eml", f"Célia Macuácua <{c}>", LOA, "Devolução",
            d(2025, 9, 26, 10, 0, MZ), "l09.pt15@macuacuatur.co.mz", body=(
                "Bom dia,\n\nEstou no período de teste gratuito e decidi não continuar, não se adequa à nossa "
                "agência de turismo. Peço a devolução do valor do plano anual.\n\nAtenciosamente,\nCélia Macuácua\n"
                "Macuácua Tur - Maputo"))
    case("l09-teste-gratis-mz", [f], LOB, "decided", [ref("deny")],
         spec="L7: the account is on a free trial with no charges: deny, nothing is billed unless they subscribe.")

    c = "contato@vinicolaserragaucha.com.br"
    cust(c, "Vinícola Serra Gaúcha", "annual", start="2025-04-02", end="2026-04-01")
    lopay("pt_p10", "LO-INV-81001", c, "annual", A, "2025-04-02T10:00:00", "2025-04-02", "2026-04-01")
    f = eml("l10-cancelamento-formal-br.eml", f"Vinícola Serra Gaúcha <{c}>", LOA,
            "Solicitação de cancelamento do plano anual", d(2025, 9, 15, 14, 0, BR),
            "l10.pt15@vinicolaserragaucha.com.br", body=(
                "Prezados,\n\nSolicitamos o cancelamento do plano anual vinculado a este e-mail. A vinícola "
                "foi adquirida por um grupo que já utiliza outra ferramenta de automação comercial.\n\n"
                "Atenciosamente,\nEduardo Valduga\nDiretor Comercial - Bento Gonçalves/RS"))
    case("l10-cancelamento-formal-br", [f], LOB, "decided", [can("cancel", "2026-04-01")],
         spec="L8: cancel, active until current_period_end 2026-04-01.")

    c = "geral@farmaciaalfama.pt"
    cust(c, "Farmácia Alfama", "monthly", start="2025-09-08", end="2025-10-07")
    lopay("pt_p11", "LO-INV-81101", c, "monthly", M, "2025-09-08T10:00:00", "2025-09-08", "2025-10-07")
    f = eml("l11-cancelar-sem-motivo-pt.eml", f"Farmácia Alfama <{c}>", LOA, "Cancelamento",
            d(2025, 9, 29, 10, 0, PT), "l11.pt15@farmaciaalfama.pt", body=(
                "Exmos. Senhores,\n\nSolicito o cancelamento da subscrição.\n\nSem outro assunto de momento, "
                "subscrevo-me com os melhores cumprimentos,\n\nDr.ª Helena Sousa\nDiretora Técnica\n"
                "Farmácia Alfama · Rua dos Remédios 10, 1100-441 Lisboa\n\n"
                "Esta mensagem e quaisquer anexos são confidenciais. Se a recebeu por engano, por favor "
                "informe o remetente e elimine-a. Antes de imprimir, pense no ambiente."))
    case("l11-cancelar-sem-motivo-pt", [f], LOB, "decided", [can("cancel", "2025-10-07")],
         spec="Section 3: a LeadsOptima cancellation is not held up by a missing reason (courtesy, signature, "
              "disclaimer are none): L8 cancel to current_period_end 2025-10-07.")

    c = "loja@surfcabofrio.com.br"
    cust(c, "Surf Cabo Frio", "annual")
    lopay("pt_p12", "LO-INV-81201", c, "annual", A, "2025-02-14T10:00:00", "2025-02-14", None)
    f = eml("l12-fallback-anual-br.eml", f"Surf Cabo Frio <{c}>", LOA, "cancelar renovação",
            d(2025, 9, 18, 11, 0, BR), "l12.pt15@surfcabofrio.com.br", body=(
                "E aí, blz? Quero cancelar o plano anual pra não renovar em fevereiro. A loja vai fechar no "
                "fim da temporada.\nValeu, Bruno"))
    case("l12-fallback-anual-br", [f], LOB, "decided", [can("cancel", "2026-02-13")],
         spec="L8 fallback (no current_period_end): last charge 2025-02-14 + 12 months - 1 day = 2026-02-13.")

    c = "aline.prado@pradoeventos.com.br"
    cust(c, "Aline Prado", "monthly")
    lopay("pt_p13", "LO-INV-81301", c, "monthly", M, "2025-09-04T19:00:00-03:00", None, None)
    f = eml("l13-fallback-fuso-br.eml", f"Aline Prado <{c}>", LOA, "Cancelar assinatura mensal",
            d(2025, 9, 20, 8, 0, BR), "l13.pt15@pradoeventos.com.br", body=(
                "Bom dia, gostaria de cancelar minha assinatura mensal. Com o fim da temporada de casamentos "
                "não vou precisar da ferramenta até o ano que vem.\nObrigada! Aline"))
    case("l13-fallback-fuso-br", [f], LOB, "decided", [can("cancel", "2025-10-04")],
         spec="Sec. 8 ledger times with an offset: charge 2025-09-04T19:00-03:00 = 2025-09-05 03:30 IST; "
              "L8 fallback 2025-09-05 + 1 month - 1 day = 2025-10-04.")

    c = "paulo.teixeira@teixeiraconsultoria.com.br"
    cust(c, "Paulo Teixeira", "quarterly", start="2025-07-10", end="2025-10-09")
    lopay("pt_p14", "LO-INV-81401", c, "quarterly", Q, "2025-07-10T10:00:00", "2025-07-10", "2025-10-09")
    f = eml("l14-nao-quero-reembolso-br.eml", f"Paulo Teixeira <{c}>", LOA, "Não renovar",
            d(2025, 9, 24, 15, 0, BR), "l14.pt15@teixeiraconsultoria.com.br", body=(
                "Boa tarde. Não quero reembolso de nada, usei o trimestre todo e foi ótimo. Só peço que "
                "cancelem a renovação automática, porque vamos pausar a prospecção ativa até janeiro.\n\n"
                "Paulo Teixeira"))
    case("l14-nao-quero-reembolso-br", [f], LOB, "decided", [can("cancel", "2025-10-09")],
         spec="Sec. 8 negation: 'Não quero reembolso' adds no refund; L8 cancel to current_period_end 2025-10-09.")

    c = "compras@metalurgicavale.com.br"
    cust(c, "Metalúrgica Vale", "monthly", start="2025-09-23", end="2025-10-22")
    lopay("pt_p15", "LO-INV-81501", c, "monthly", M, "2025-09-23T10:00:00", "2025-09-23", "2025-10-22")
    f = eml("l15-reembolso-sem-motivo-br.eml", f"Compras Metalúrgica Vale <{c}>", LOA,
            "Solicitação de reembolso - NF LO-INV-81501", d(2025, 9, 25, 9, 0, BR),
            "l15.pt15@metalurgicavale.com.br", body=(
                "Prezados, bom dia.\n\nConforme segue abaixo, solicitamos o reembolso referente à nota "
                "LO-INV-81501, plano mensal.\n\nFicamos no aguardo.\n\nAtt.,\nSetor de Compras\n"
                "Metalúrgica Vale Ltda. | CNPJ 00.000.000/0001-00\n"
                "AVISO: Esta mensagem pode conter informações confidenciais. Se você a recebeu por engano, "
                "apague-a."))
    case("l15-reembolso-sem-motivo-br", [f], LOB, "need_info", missing=["reason"],
         spec="Sec. 8 what a reason is: 'conforme segue abaixo', restating the request, courtesy and disclaimer "
              "are no reason: C3 asks for the reason only.")

    c = "gustavo.ramos@ramosodonto.com.br"
    cust(c, "Gustavo Ramos", "monthly", start="2025-09-18", end="2025-10-17")
    lopay("pt_p16", "LO-INV-81601", c, "monthly", M, "2025-09-18T10:00:00", "2025-09-18", "2025-10-17")
    f1 = eml("l16a-sem-motivo-br.eml", f"Gustavo Ramos <{c}>", LOA, "reembolso mensalidade",
             d(2025, 9, 21, 10, 0, BR), "l16a.pt15@ramosodonto.com.br", body=(
                 "Olá, quero reembolso da mensalidade LO-INV-81601.\nGustavo"))
    f2 = eml("l16b-pedido-motivo.eml", LO, c, "Re: reembolso mensalidade [LO-4120]",
             d(2025, 9, 22, 11, 0, IST), "lo-4120.1@leadsoptima.com", irt="l16a.pt15@ramosodonto.com.br",
             body=("Hello Gustavo,\n\nThank you for writing to us. We understood: a refund of invoice LO-INV-81601, "
                   "monthly plan, registered email gustavo.ramos@ramosodonto.com.br.\n\nPlease tell us the reason "
                   "for your refund request, keeping [LO-4120] in the subject.\n\nLeadsOptima Support Team"))
    f3 = eml("l16c-motivo-br.eml", f"Gustavo Ramos <{c}>", LOA, "Re: reembolso mensalidade [LO-4120]",
             d(2025, 9, 29, 8, 0, BR), "l16c.pt15@ramosodonto.com.br", irt="lo-4120.1@leadsoptima.com",
             refs=["l16a.pt15@ramosodonto.com.br", "lo-4120.1@leadsoptima.com"], body=(
                 "O motivo é que desde que paguei não consigo fazer login, dá erro de senha mesmo depois de "
                 "redefinir. Abri chamado e nada.\n\nEm seg., 22 de set. de 2025 às 02:30, LeadsOptima Support "
                 "<support@leadsoptima.com> escreveu:\n> Please tell us the reason for your refund request."))
    case("l16-fio-motivo-respondido-br", [f1, f2, f3], LOB, "decided", [ref("escalate")],
         spec="C3 thread: the answer (2025-09-29, day 11) gives access_failure; request time is the first email "
              "2025-09-21 (day 3 after 2025-09-18), inside L3: L6 escalate.")

    cust("fernanda@lojafernandamodas.com.br", "Fernanda Duarte", "monthly", start="2025-09-15", end="2025-10-14")
    f = eml("l17-c2-gmail-br.eml", "Fernanda Duarte <fe.duarte.modas@gmail.com>", LOA, "cancelar e estornar",
            d(2025, 9, 17, 21, 0, BR), "l17.pt15@gmail.com", body=(
                "Oi, to escrevendo do meu gmail pq perdi a senha do email da loja. Minha conta é "
                "fernanda@lojafernandamodas.com.br, plano mensal. Fui cobrada duas vezes esse mês, quero o "
                "estorno e cancelar.\nFernanda"))
    case("l17-c2-gmail-br", [f], LOB, "need_info", rules=["C2"],
         spec="C2: the registered email named differs from the sender: ask for the request from it, nothing about "
              "the account.")

    boss = "antonio.silva@silvatransportes.pt"
    cust(boss, "António Silva", "annual", start="2025-09-24", end="2026-09-23")
    lopay("pt_p18a", "LO-INV-81801", boss, "annual", A, "2025-09-24T10:00:00", "2025-09-24", "2026-09-23")
    lopay("pt_p18b", "LO-INV-81802", boss, "annual", A, "2025-09-24T10:00:20", "2025-09-24", "2026-09-23")
    f = eml("l18-fwd-colega-pt.eml", "Rita Lopes <rita.lopes@silvatransportes.pt>", LOA,
            "Fwd: débito duplicado LeadsOptima", d(2025, 9, 26, 9, 0, PT), "l18.pt15@silvatransportes.pt", body=(
                "Bom dia, reencaminho o pedido do Sr. António, obrigada.\nRita\n\n"
                "---------- Forwarded message ---------\nDe: António Silva <antonio.silva@silvatransportes.pt>\n"
                "Date: qui., 25/09/2025 às 18:40\nSubject: débito duplicado LeadsOptima\n"
                "To: Rita Lopes <rita.lopes@silvatransportes.pt>\n\n"
                "Rita, a anuidade da LeadsOptima foi debitada em duplicado no dia 24 (a repetida é a "
                "LO-INV-81802). Trate por favor do reembolso junto deles, a conta está no meu email.\nAS"))
    case("l18-fwd-colega-pt", [f], LOB, "need_info", rules=["C2"],
         spec="Sec. 8 forwards: the forwarded request is António's (registered address), sent by a colleague: C2.")

    c = "carla.mendes@mendescontabil.com.br"
    cust(c, "Carla Mendes", "quarterly", start="2025-08-20", end="2025-11-19")
    lopay("pt_p19", "LO-INV-81901", c, "quarterly", Q, "2025-08-20T10:00:00", "2025-08-20", "2025-11-19")
    f = eml("l19-enc-outlook-proprio-br.eml", f"Carla Mendes <{c}>", LOA, "ENC: Cancelamento do plano",
            d(2025, 9, 26, 15, 0, BR), "l19.pt15@mendescontabil.com.br", body=(
                "Reenviando, pois não tive retorno.\n\n________________________________\n"
                "De: Carla Mendes <carla.mendes@mendescontabil.com.br>\nEnviado: segunda-feira, 22 de setembro "
                "de 2025 10:12\nPara: support@leadsoptima.com\nAssunto: Cancelamento do plano\n\n"
                "Bom dia, quero cancelar o plano trimestral. O escritório vai migrar para o CRM que o "
                "franqueador exige.\nCarla Mendes"))
    case("l19-enc-outlook-proprio-br", [f], LOB, "decided", [can("cancel", "2025-11-19")],
         spec="Sec. 8 forwards: Outlook 'ENC:' block of her own request from the registered address: L8 cancel "
              "to current_period_end 2025-11-19.")

    c = "diego.alves@alvesautopecas.com.br"
    cust(c, "Diego Alves", "monthly", start="2025-09-24", end="2025-10-23")
    lopay("pt_p20", "LO-INV-82001", c, "monthly", M, "2025-09-24T10:00:00", "2025-09-24", "2025-10-23")
    f = eml("l20-procon-cartao-br.eml", f"Diego Alves <{c}>", LOA, "ESTORNO OU PROCON",
            d(2025, 9, 25, 11, 0, BR), "l20.pt15@alvesautopecas.com.br", body=(
                "Assinei sem querer, nem usei, quero meu dinheiro de volta (LO-INV-82001). Se até amanhã não "
                "resolverem vou contestar a compra com a operadora do cartão e abrir reclamação no Procon. "
                "Conheço meus direitos de consumidor.\n\nDiego"))
    case("l20-procon-cartao-br", [f], LOB, "decided", [ref("escalate")], rules=["C4"],
         spec="C4: card dispute threat ('contestar a compra com a operadora do cartão') and Procon / consumer "
              "rights: escalate (L1 would otherwise deny).")

    c = "direcao@escolalusitana.pt"
    cust(c, "Escola Lusitana", "annual", start="2025-05-01", end="2026-04-30")
    f = eml("l21-deco-advogado-pt.eml", f"Direção Escola Lusitana <{c}>", LOA, "Cancelamento imediato",
            d(2025, 9, 30, 9, 0, PT), "l21.pt15@escolalusitana.pt", body=(
                "Exmos. Senhores,\n\nExigimos o cancelamento imediato da subscrição anual. O produto não "
                "corresponde ao que foi apresentado na demonstração. O assunto já foi entregue ao nosso "
                "advogado e apresentámos queixa à DECO e no Livro de Reclamações.\n\nA Direção"))
    case("l21-deco-advogado-pt", [f], LOB, "decided", [can("escalate")], rules=["C4"],
         spec="Sec. 8 'C4 covers the whole case': lawyer and consumer-protection complaint (DECO): the "
              "cancellation is escalated too.")

    f = eml("l22-ausente.eml", "Ricardo Pinto <ricardo.pinto@pintoengenharia.com.br>", LOA,
            "Resposta automática: Re: Cancelamento do plano [LO-4101]", d(2025, 9, 22, 8, 0, BR),
            "l22.pt15@pintoengenharia.com.br", headers={"Auto-Submitted": "auto-replied",
                                                         "X-Auto-Response-Suppress": "All"}, body=(
                "Olá! Estou de férias até 06/10 sem acesso ao e-mail. Assuntos de cobrança, estorno ou "
                "cancelamento: financeiro@pintoengenharia.com.br.\n\nRicardo Pinto"))
    case("l22-ausente", [f], LOB, "ignore", rules=["C7"],
         spec="C7: Auto-Submitted: auto-replied (vacation) is ignored.")

    f = eml("l23-noreply-proprio.eml", "LeadsOptima <noreply@leadsoptima.com>", LOA,
            "A sua fatura LO-INV-80701 está disponível", d(2025, 9, 27, 10, 5, IST), "inv80701@leadsoptima.com",
            body=("Olá Inês,\n\nA sua fatura LO-INV-80701 de 1.768,82 está disponível. Para cancelar ou pedir "
                  "reembolso, responda a este e-mail.\n\nLeadsOptima"))
    case("l23-noreply-proprio", [f], LOB, "ignore", rules=["C7"],
         spec="C7: mail from the brand's own address (noreply@leadsoptima.com) is ignored.")

    f = eml("l24-newsletter.eml", "Blog Vendas B2B <news@vendasb2b.com.br>", LOA,
            "Como reduzir cancelamentos e pedidos de reembolso no seu SaaS", d(2025, 9, 24, 6, 0, BR),
            "l24.pt15@vendasb2b.com.br", headers={"Precedence": "bulk",
                                                  "List-Unsubscribe": "<https://vendasb2b.com.br/sair>"},
            html=("<html><body><h2>Vendas B2B</h2><p>Nesta edição: 7 formas de reduzir o cancelamento e os "
                  "pedidos de reembolso.</p><p><small>Para descadastrar clique aqui.</small></p></body></html>"))
    case("l24-newsletter", [f], LOB, "ignore", rules=["C7"],
         spec="C7: Precedence: bulk newsletter (HTML only) is ignored.")

    f = eml("l25-pergunta-antes-cv.eml", "Nelson Tavares <nelson.tavares@tavareshotel.cv>", LOA,
            "Dúvida sobre reembolso antes de assinar", d(2025, 9, 19, 10, 0, CV), "l25.pt15@tavareshotel.cv",
            body=("Bom dia,\n\nEstamos a ponderar o plano trimestral para o hotel. Caso assinemos e a "
                  "ferramenta não funcione com o nosso sistema de reservas, teríamos direito a reembolso? "
                  "E se cancelarmos a meio do trimestre?\n\nCumprimentos,\nNelson Tavares - Mindelo"))
    case("l25-pergunta-antes-cv", [f], LOB, "other",
         spec="Sec. 8 hypotheticals: a policy question before buying asks for nothing: other.")

    c = "rafael.azevedo@azevedoimoveis.com.br"
    f = eml("l26-obrigado-br.eml", f"Rafael Azevedo <{c}>", LOA, "Re: cobrança em dobro no cartão [LO-4077]",
            d(2025, 9, 30, 10, 0, BR), "l26.pt15@azevedoimoveis.com.br", irt="lo-4077.2@leadsoptima.com", body=(
                "Show, o estorno já apareceu no cartão. Obrigadão pela agilidade, pessoal!\n\nRafael\n\n"
                "Em ter., 23 de set. de 2025 às 10:00, LeadsOptima Support escreveu:\n"
                "> Your refund of 1499.00 INR has been approved."))
    case("l26-obrigado-br", [f], LOB, "other",
         spec="A thank-you after a refund ('o estorno já apareceu') asks for nothing: other.")

    c = "compras@metalurgicavale.com.br"
    f = eml("l27-nota-fiscal-br.eml", f"Compras Metalúrgica Vale <{c}>", LOA, "Dados na nota fiscal",
            d(2025, 9, 29, 14, 0, BR), "l27.pt15@metalurgicavale.com.br", body=(
                "Boa tarde, a nota LO-INV-81501 saiu sem o nosso CNPJ e a razão social. Conseguem reemitir com "
                "os dados corretos? O valor está certo, é só a parte cadastral.\n\nAtt., Compras"))
    case("l27-nota-fiscal-br", [f], LOB, "other",
         spec="An invoice question (re-issue with tax id; the amount is right): no refund or cancellation: other.")

    c = "lucas.ferraz@ferrazagro.com.br"
    cust(c, "Lucas Ferraz", "monthly", start="2025-09-12", end="2025-10-11")
    f = eml("l28-maiusculas-br.eml", "Lucas Ferraz <Lucas.Ferraz@FerrazAgro.com.BR>", LOA, "cancelamento",
            d(2025, 9, 26, 7, 0, ACR), "l28.pt15@ferrazagro.com.br", body=(
                "bom dia quero cancelar a assinatura mensal pq a safra acabou e so volto a vender em marco\n"
                "lucas ferraz - rio branco ac"))
    case("l28-maiusculas-br", [f], LOB, "decided", [can("cancel", "2025-10-11")],
         spec="Sec. 8: addresses compare case-insensitively: verified; L8 cancel to current_period_end 2025-10-11.")

    c = "sofia.pacheco@pachecoarquitetura.pt"
    cust(c, "Sofia Pacheco", "quarterly", start="2025-09-01", end="2025-11-30")
    f = eml("l29-etiqueta-mais-pt.eml", "Sofia Pacheco <sofia.pacheco+saas@pachecoarquitetura.pt>", LOA,
            "Cancelar subscrição trimestral", d(2025, 9, 23, 12, 0, AZ), "l29.pt15@pachecoarquitetura.pt", body=(
                "Olá, peço o cancelamento da subscrição trimestral, vamos fechar o atelier de Ponta Delgada.\n"
                "Sofia Pacheco"))
    case("l29-etiqueta-mais-pt", [f], LOB, "need_info", rules=["C2"],
         spec="Sec. 8: 'sofia.pacheco+saas@' is another address than the registered one: C2 need_info.")

    c = "renata.borges@borgespet.com.br"
    cust(c, "Renata Borges", "monthly", start="2025-09-26", end="2025-10-25")
    lopay("pt_p30", "LO-INV-83001", c, "monthly", M, "2025-09-26T10:00:00", "2025-09-26", "2025-10-25",
          status="failed")
    f = eml("l30-pagamento-falhou-br.eml", f"Renata Borges <{c}>", LOA, "valor cobrado errado",
            d(2025, 9, 27, 10, 0, BR), "l30.pt15@borgespet.com.br", body=(
                "Oi, apareceu no app do banco uma cobrança com valor errado da LeadsOptima (LO-INV-83001), e o "
                "sistema de vocês diz que o pagamento falhou. Se falhou, por que saiu da minha conta? Quero "
                "esse valor de volta.\nRenata - Borges Pet Shop"))
    case("l30-pagamento-falhou-br", [f], LOB, "decided", [ref("escalate")],
         spec="Sec. 8 payments not paid: the charge is 'failed' in the ledger (and billing_error, L5): escalate.")

    # ---------------------------------------------------------------- Optima WebDesign
    c = "contato@docesdavovo.com.br"
    proj("Loja Doces da Vovó", c, None)
    owpay("pt_w01", "OWD-2025-401", "Loja Doces da Vovó", "deposit", "20000.00", "3600.00", "2025-09-20T09:00:00")
    f = eml("o01-sinal-65h-br.eml", f"Doces da Vovó <{c}>", OWA,
            "Refund Request — Loja Doces da Vovó / OWD-2025-401", d(2025, 9, 22, 18, 0, BR),
            "o01.pt15@docesdavovo.com.br", body=(
                "Olá, equipe Optima!\n\nPagamos o sinal da Loja Doces da Vovó no sábado (OWD-2025-401) mas a "
                "minha mãe, que é a dona, ficou doente e vamos segurar o projeto por tempo indeterminado. "
                "Peço a devolução do sinal.\n\nUm abraço,\nMariana Lopes"))
    case("o01-sinal-65h-br", [f], OWB, "decided", [ref("approve", "20000.00")],
         spec="O2: paid 2025-09-20 09:00 IST, request 2025-09-22 18:00 -03:00 = 2025-09-23 02:30 IST = 65.5 h, "
              "no work started: approve 20000.00 before tax.")

    c = "geral@quintadodouro.pt"
    proj("Quinta do Douro Enoturismo", c, None)
    owpay("pt_w02", "OWD-2025-402", "Quinta do Douro Enoturismo", "deposit", "35000.00", "6300.00",
          "2025-09-15T14:00:00")
    f = eml("o02-sinal-72h30-pt.eml", f"Quinta do Douro <{c}>", OWA,
            "Devolução do sinal - Quinta do Douro Enoturismo (OWD-2025-402)", d(2025, 9, 18, 10, 0, PT),
            "o02.pt15@quintadodouro.pt", body=(
                "Bom dia,\n\nPagámos o sinal na segunda-feira de manhã e, segundo as nossas contas, ainda estamos "
                "dentro das 72 horas. A administração decidiu adiar o projeto Quinta do Douro Enoturismo para "
                "2026. Solicitamos a devolução do sinal, fatura OWD-2025-402.\n\nCumprimentos,\nTeresa Fonseca"))
    case("o02-sinal-72h30-pt", [f], OWB, "decided", [ref("deny")],
         spec="O2: paid 2025-09-15 14:00 IST, request 2025-09-18 10:00 +01:00 = 14:30 IST = 72.5 h: deny.")

    c = "projetos@clinicavidaplena.com.br"
    proj("Portal Vida Plena", c, "2025-09-29T10:00:00")
    owpay("pt_w03", "OWD-2025-403", "Portal Vida Plena", "discovery", "16000.00", "2880.00", "2025-09-18T10:00:00")
    f = eml("o03-discovery-agendado-br.eml", f"Clínica Vida Plena <{c}>", OWA,
            "Cancelar discovery Portal Vida Plena", d(2025, 9, 24, 9, 0, BR), "o03.pt15@clinicavidaplena.com.br",
            body=("Bom dia. O workshop de discovery do Portal Vida Plena está marcado para dia 29, mas a "
                  "diretoria cortou o orçamento de marketing do semestre. Pedimos o reembolso integral da fase "
                  "de discovery (OWD-2025-403), já que nada começou.\n\nAtt., Dra. Paula Reis"))
    case("o03-discovery-agendado-br", [f], OWB, "decided", [ref("approve", "16000.00")], extra_ok=True,
         spec="O1: work_started_at 2025-09-29 is later than the request (2025-09-24): full refund 16000.00; the "
              "subject says 'Cancelar discovery', so a cancellation decision beside it is harmless.")

    c = "marketing@cervejariaribeira.pt"
    proj("Cervejaria Ribeira", c, "2025-09-10T10:00:00")
    owpay("pt_w04", "OWD-2025-404", "Cervejaria Ribeira", "discovery", "14000.00", "2520.00", "2025-09-05T10:00:00")
    f = eml("o04-discovery-iniciado-pt.eml", f"Cervejaria Ribeira <{c}>", OWA, "reembolso fase estratégia",
            d(2025, 9, 22, 16, 0, PT), "o04.pt15@cervejariaribeira.pt", body=(
                "Boa tarde, fizemos a primeira sessão de estratégia a 10 de setembro mas não gostámos da "
                "proposta de identidade. Queremos o reembolso da fase de estratégia da Cervejaria Ribeira, "
                "fatura OWD-2025-404.\nObrigado, Miguel"))
    case("o04-discovery-iniciado-pt", [f], OWB, "decided", [ref("deny")],
         spec="O1: the first session (work_started_at 2025-09-10) precedes the request: deny.")

    c = "ti@cooperativaagrovale.com.br"
    proj("App Cooperativa AgroVale", c, "2025-08-01T10:00:00")
    owpay("pt_w05", "OWD-2025-405", "App Cooperativa AgroVale", "milestone", "12345.50", "2222.19",
          "2025-09-10T10:00:00", milestone_status="not_started")
    f = eml("o05-marco-nao-iniciado-br.eml", f"TI Cooperativa AgroVale <{c}>", OWA,
            "Reembolso marco 3 - App Cooperativa AgroVale", d(2025, 9, 23, 10, 0, BR),
            "o05.pt15@cooperativaagrovale.com.br", body=(
                "Prezados,\n\nA assembleia da cooperativa vetou o módulo de vendas online (marco 3 do App "
                "Cooperativa AgroVale), que ainda não foi iniciado. Solicitamos o reembolso do marco, fatura "
                "OWD-2025-405 (INR 12.345,50 + impostos).\n\nAtenciosamente,\nEquipe de TI"))
    case("o05-marco-nao-iniciado-br", [f], OWB, "decided", [ref("approve", "12345.50")],
         spec="O3: milestone not_started: refund its amount before tax, 12345.50 (decimal comma in the email).")

    c = "loja@artesanatobahia.com.br"
    proj("Artesanato Bahia", c, "2025-07-01T10:00:00")
    owpay("pt_w06", "OWD-2025-406", "Artesanato Bahia", "milestone", "15000.00", "2700.00",
          "2025-08-25T10:00:00", milestone_status="completed")
    f = eml("o06-marco-concluido-br.eml", f"Artesanato Bahia <{c}>", OWA, "quero meu dinheiro do layout",
            d(2025, 9, 20, 13, 0, BR), "o06.pt15@artesanatobahia.com.br", body=(
                "Oi gente, o layout da loja Artesanato Bahia ficou pronto mas sinceramente achei a cara de "
                "qualquer template. Quero o reembolso desse marco (OWD-2025-406).\nIvete"))
    case("o06-marco-concluido-br", [f], OWB, "decided", [ref("deny")],
         spec="O3/O6: milestone completed: non-refundable, deny.")

    c = "digital@hotelatlantico.pt"
    proj("Hotel Atlântico Reservas", c, "2025-08-15T10:00:00")
    owpay("pt_w07", "OWD-2025-407", "Hotel Atlântico Reservas", "milestone", "28000.00", "5040.00",
          "2025-09-01T10:00:00", milestone_status="in_progress")
    f = eml("o07-marco-em-curso-pt.eml", f"Hotel Atlântico - Digital <{c}>", OWA,
            "Pedido de reembolso parcial - Hotel Atlântico Reservas", d(2025, 9, 25, 11, 0, PT),
            "o07.pt15@hotelatlantico.pt", body=(
                "Bom dia,\n\nO marco do motor de reservas (OWD-2025-407) está em curso há quatro semanas e só "
                "recebemos um protótipo. Decidimos integrar a solução da cadeia hoteleira. Pedimos o reembolso "
                "da parte do trabalho ainda não realizada.\n\nCumprimentos,\nNuno Barros"))
    case("o07-marco-em-curso-pt", [f], OWB, "decided", [ref("escalate")],
         spec="O3: milestone in_progress: escalate (value of work not started needs a person), no amount.")

    c = "adm@contabilidadeparana.com.br"
    proj("Suporte Contabilidade Paraná", c, "2025-01-06T10:00:00")
    owpay("pt_w08", "OWD-2025-408", "Suporte Contabilidade Paraná", "retainer", "6500.00", "1170.00",
          "2025-09-06T10:00:00", period_start="2025-09-06", period_end="2025-10-05",
          next_billing_at="2025-10-06T00:00:00")
    f = eml("o08-retainer-7-dias-exatos-br.eml", f"Contabilidade Paraná <{c}>", OWA,
            "Encerramento do suporte mensal", d(2025, 9, 29, 10, 0, BR), "o08.pt15@contabilidadeparana.com.br",
            body=("Prezados, comunicamos o encerramento do suporte mensal do projeto Suporte Contabilidade "
                  "Paraná (OWD-2025-408), com os 7 dias de antecedência do contrato. O escritório foi "
                  "incorporado por uma rede que tem TI própria.\nAtt., Sérgio"))
    case("o08-retainer-7-dias-exatos-br", [f], OWB, "decided", [can("cancel", "2025-10-05")],
         spec="O4/O8: request 2025-09-29 18:30 IST = next_billing_at 2025-10-06 minus exactly 7 days (on the "
              "cut-off): no renewal, effective 2025-10-05.")

    c = "gestao@restauranteotasca.pt"
    proj("Restaurante O Tasca", c, "2025-03-03T10:00:00")
    owpay("pt_w09", "OWD-2025-409", "Restaurante O Tasca", "retainer", "5000.00", "900.00",
          "2025-09-03T10:00:00", period_start="2025-09-03", period_end="2025-10-02",
          next_billing_at="2025-10-03T00:00:00")
    f = eml("o09-avenca-aviso-curto-pt.eml", f"Restaurante O Tasca <{c}>", OWA, "Fim da avença de manutenção",
            d(2025, 9, 28, 12, 0, PT), "o09.pt15@restauranteotasca.pt", body=(
                "Olá, queremos terminar a avença mensal de manutenção do site do Restaurante O Tasca "
                "(OWD-2025-409). O restaurante vai fechar para obras até à primavera.\nObrigado, Filipa"))
    case("o09-avenca-aviso-curto-pt", [f], OWB, "decided", [can("cancel", "2025-11-02")],
         spec="O4: request 2025-09-28, cut-off 2025-10-03 - 7 = 2025-09-26 passed: the next cycle "
              "2025-10-03..2025-11-02 is billed, effective 2025-11-02.")

    c = "ti@colegiosaojose.com.br"
    proj("Portal Colégio São José", c, "2025-02-01T10:00:00")
    owpay("pt_w10a", "OWD-2025-410", "Portal Colégio São José", "retainer", "9000.00", "1620.00",
          "2025-09-01T10:00:00", period_start="2025-09-01", period_end="2025-09-30",
          next_billing_at="2025-10-01T00:00:00")
    owpay("pt_w10b", "OWD-2025-411", "Portal Colégio São José", "retainer", "9000.00", "1620.00",
          "2025-09-16T10:00:00", period_start="2025-10-01", period_end="2025-10-31",
          next_billing_at="2025-11-01T00:00:00")
    f = eml("o10-retainer-pago-adiantado-br.eml", f"TI Colégio São José <{c}>", OWA,
            "Cancelamento manutenção Portal Colégio São José", d(2025, 9, 19, 9, 0, BR),
            "o10.pt15@colegiosaojose.com.br", body=(
                "Bom dia. Vamos cancelar a manutenção mensal do Portal Colégio São José a partir de outubro, "
                "pois a mantenedora contratou uma plataforma educacional com site incluso. Lembrando que "
                "outubro já foi pago antecipado (OWD-2025-411).\nAtt., Coordenação de TI"))
    case("o10-retainer-pago-adiantado-br", [f], OWB, "decided", [can("escalate")],
         spec="Sec. 8 retainer paid in advance: October (OWD-2025-411) already paid, notice >= 7 days before "
              "2025-10-01: escalate.")

    c = "web@imobiliariaalvorada.com.br"
    proj("Imobiliária Alvorada Hosting", c, None)
    owpay("pt_w11", "OWD-2025-412", "Imobiliária Alvorada Hosting", "hosting_annual", "24000.00", "4320.00",
          "2025-09-24T10:00:00", setup_fee="3000.00", service_start="2025-10-15")
    f = eml("o11-hosting-antes-inicio-br.eml", f"Imobiliária Alvorada <{c}>", OWA,
            "Cancelar hosting anual antes de começar", d(2025, 9, 26, 15, 0, BR),
            "o11.pt15@imobiliariaalvorada.com.br", body=(
                "Boa tarde, contratamos o hosting anual da Imobiliária Alvorada Hosting (OWD-2025-412) para "
                "começar em 15/10, mas a franquia vai nos fornecer o site pronto. Pedimos o reembolso conforme "
                "a política dos 14 dias.\n\nAtt., Carlos Eduardo"))
    case("o11-hosting-antes-inicio-br", [f], OWB, "decided", [ref("approve", "19250.00")], extra_ok=True,
         spec="O5 before the service starts (sec. 8): consumed_months 1; (24000 - 3000) / 12 = 1750; "
              "24000 - 3000 - 1750 = 19250.00.")

    c = "info@azulejoslisboa.pt"
    proj("Azulejos Lisboa Hosting", c, "2025-09-15T10:00:00")
    owpay("pt_w12", "OWD-2025-413", "Azulejos Lisboa Hosting", "hosting_annual", "12000.00", "2160.00",
          "2025-09-14T10:00:00", setup_fee="1200.00", service_start="2025-09-15")
    f = eml("o12-alojamento-dia14-noite-pt.eml", f"Azulejos Lisboa <{c}>", OWA,
            "Cancelamento alojamento anual e reembolso", d(2025, 9, 29, 20, 0, PT), "o12.pt15@azulejoslisboa.pt",
            body=("Boa noite,\n\nPretendemos cancelar o alojamento anual (Azulejos Lisboa Hosting, fatura "
                  "OWD-2025-413) e ser reembolsados. Hoje é o 14.º dia, portanto dentro do prazo. Vamos passar "
                  "a loja para a Shopify.\n\nCumprimentos,\nVasco Ramalho"))
    case("o12-alojamento-dia14-noite-pt", [f], OWB, "decided", [ref("deny")], extra_ok=True,
         spec="O5 in the brand zone: 2025-09-29 20:00 +01:00 = 2025-09-30 00:30 IST, day 15 after service_start "
              "2025-09-15: deny (day 14 in Lisbon); a cancellation decision beside it is not judged.")

    c = "suporte@academiacorpoativo.com.br"
    proj("Manutenção Corpo Ativo", c, "2025-09-17T10:00:00")
    owpay("pt_w13", "OWD-2025-414", "Manutenção Corpo Ativo", "maintenance_annual", "9000.00", "1620.00",
          "2025-09-16T10:00:00", service_start="2025-09-17")
    f = eml("o13-manutencao-dia13-br.eml", f"Academia Corpo Ativo <{c}>", OWA,
            "Refund Request — Manutenção Corpo Ativo / OWD-2025-414", d(2025, 9, 30, 15, 0, BR),
            "o13.pt15@academiacorpoativo.com.br",
            html=("<div>Olá,</div><div><br></div><div>Solicito o reembolso do plano anual de manutenção "
                  "<b>Manutenção Corpo Ativo</b> (OWD-2025-414). A academia foi vendida e o novo dono já tem "
                  "agência.</div><div><br></div><div>Obrigado,<br>Rodrigo Menezes</div>"))
    case("o13-manutencao-dia13-br", [f], OWB, "decided", [ref("approve", "8250.00")], extra_ok=True,
         spec="O5: 2025-09-30 15:00 -03:00 = 23:30 IST, day 13 after 2025-09-17; no setup fee: 9000 - 750 x 1 "
              "= 8250.00 (HTML only).")

    c = "contato@studiofotoluz.com.br"
    proj("Studio Foto Luz", c, "2025-09-01T10:00:00")
    owpay("pt_w14", "OWD-2025-415", "Studio Foto Luz", "setup", "4000.00", "720.00", "2025-09-20T10:00:00")
    f = eml("o14-taxa-setup-br.eml", f"Studio Foto Luz <{c}>", OWA, "reembolso taxa de ativação",
            d(2025, 9, 22, 10, 0, BR), "o14.pt15@studiofotoluz.com.br", body=(
                "Oi, pagamos a taxa de setup/ativação do Studio Foto Luz (OWD-2025-415), mas desistimos da "
                "área de clientes, vamos usar o Google Drive mesmo. Podem devolver?\nBeijos, Lu"))
    case("o14-taxa-setup-br", [f], OWB, "decided", [ref("deny")],
         spec="O6: setup/activation fees are non-refundable: deny.")

    c = "loja@modapraia.com.br"
    proj("Moda Praia Shop", c, "2025-08-01T10:00:00")
    owpay("pt_w15", "OWD-2025-416", "Moda Praia Shop", "third_party", "7800.00", "1404.00", "2025-09-21T10:00:00")
    f = eml("o15-tema-licenca-br.eml", f"Moda Praia <{c}>", OWA, "reembolso tema premium",
            d(2025, 9, 23, 14, 0, BR), "o15.pt15@modapraia.com.br", body=(
                "Boa tarde! Vocês compraram o tema premium e a licença do plugin de frete para a Moda Praia Shop "
                "(OWD-2025-416), mas eu não gostei do tema. Quero o reembolso dessa compra.\nAtt, Camila"))
    case("o15-tema-licenca-br", [f], OWB, "decided", [ref("deny")],
         spec="O6: third_party (premium theme, plugin licence): non-refundable, deny.")

    c = "diretoria@transportadorarapida.com.br"
    proj("Rastreamento Rápida", c, "2025-08-01T10:00:00")
    owpay("pt_w16", "OWD-2025-417", "Rastreamento Rápida", "milestone", "30000.00", "5400.00",
          "2025-09-15T10:00:00", milestone_status="not_started")
    f = eml("o16-advogado-procon-br.eml", f"Diretoria Transportadora Rápida <{c}>", OWA,
            "Cancelamento do projeto e reembolso - notificação", d(2025, 9, 24, 17, 0, BR),
            "o16.pt15@transportadorarapida.com.br", body=(
                "Prezados,\n\nCancelamos o projeto Rastreamento Rápida e exigimos o reembolso do marco "
                "OWD-2025-417, por descumprimento do cronograma. Nosso departamento jurídico e o advogado da "
                "empresa já estão cientes e, sem resposta em 48 horas, acionaremos o Procon e o Juizado.\n\n"
                "Diretoria"))
    case("o16-advogado-procon-br", [f], OWB, "decided", [ref("escalate"), can("escalate")], rules=["C4"],
         spec="C4 covers the whole case: lawyer / Procon / court threat escalates both the refund (O3 would "
              "approve) and the cancellation.")

    c = "gerencia@padariaestrela.co.ao"
    proj("Padaria Estrela Online", c, "2025-05-01T10:00:00")
    owpay("pt_w17", "OWD-2025-418", "Padaria Estrela Online", "retainer", "4500.00", "810.00",
          "2025-09-12T10:00:00", period_start="2025-09-12", period_end="2025-10-11",
          next_billing_at="2025-10-12T00:00:00")
    f = eml("o17-cancelar-sem-motivo-ao.eml", f"Gerência Padaria Estrela <{c}>", OWA,
            "Cancelamento - Padaria Estrela Online - OWD-2025-418", d(2025, 9, 23, 10, 0, AO),
            "o17.pt15@padariaestrela.co.ao", body=(
                "Exmos. Senhores,\n\nVimos por este meio solicitar o cancelamento do serviço mensal do "
                "projeto Padaria Estrela Online, fatura OWD-2025-418.\n\nSem mais assunto, com os melhores "
                "cumprimentos,\nA Gerência\nPadaria Estrela, Lda. - Luanda, Angola"))
    case("o17-cancelar-sem-motivo-ao", [f], OWB, "need_info", missing=["reason"],
         spec="Sec. 8: Optima requires a reason for cancellations too; the courtesy lines are none: C3 asks for it.")

    c = "dono@sabormineiro.com.br"
    proj("Loja Sabor Mineiro", c, "2025-09-05T10:00:00")
    owpay("pt_w18a", "OWD-2025-419", "Loja Sabor Mineiro", "deposit", "15000.00", "2700.00", "2025-09-01T10:00:00")
    owpay("pt_w18b", "OWD-2025-420", "Loja Sabor Mineiro", "milestone", "20000.00", "3600.00",
          "2025-09-15T10:00:00", milestone_status="not_started")
    f = eml("o18-falta-fatura-e-motivo-br.eml", f"Sabor Mineiro <{c}>", OWA, "reembolso",
            d(2025, 9, 24, 20, 0, BR), "o18.pt15@sabormineiro.com.br", body=(
                "boa noite quero reembolso do projeto Loja Sabor Mineiro\n\nenviado do meu iPhone"))
    case("o18-falta-fatura-e-motivo-br", [f], OWB, "need_info", missing=["invoice_number", "reason"],
         spec="C3: the project has two payments (deposit and milestone) and neither is named, and no reason: "
              "ask for the invoice / payment reference and the reason.")

    c = "socios@pereiraimports.com.br"
    proj("Pereira Imports", c, "2025-08-01T10:00:00")
    owpay("pt_w19", "OWD-2025-421", "Pereira Imports", "milestone", "11000.00", "1980.00",
          "2025-09-20T10:00:00", milestone_status="not_started")
    f = eml("o19-c2-secretaria-br.eml", "Secretaria Pereira <secretaria.pereiraimports@gmail.com>", OWA,
            "Reembolso marco Pereira Imports", d(2025, 9, 23, 9, 0, BR), "o19.pt15@gmail.com",
            headers={"Reply-To": f"Sócios Pereira <{c}>"}, body=(
                "Bom dia, a pedido do Sr. Pereira solicito o reembolso do marco OWD-2025-421 do projeto "
                "Pereira Imports, que ainda não foi iniciado. A empresa desistiu do e-commerce.\n"
                "Att., Kátia - Secretaria"))
    case("o19-c2-secretaria-br", [f], OWB, "need_info", rules=["C2"],
         spec="C2 (explicit for Optima): sent from a gmail, not the contract email; Reply-To does not verify.")

    c = "gestao@clinicasorrisomz.co.mz"
    proj("Clínica Sorriso Web", c, "2025-04-01T10:00:00")
    owpay("pt_w20", "OWD-2025-422", "Clínica Sorriso Web", "retainer", "5500.00", "990.00",
          "2025-09-14T10:00:00", period_start="2025-09-14", period_end="2025-10-13",
          next_billing_at="2025-10-14T00:00:00")
    f1 = eml("o20a-sem-motivo-mz.eml", f"Clínica Sorriso <{c}>", OWA, "Cancelar avença Clínica Sorriso Web",
             d(2025, 9, 24, 9, 0, MZ), "o20a.pt15@clinicasorrisomz.co.mz", body=(
                 "Bom dia, queremos cancelar a avença mensal da Clínica Sorriso Web, fatura OWD-2025-422.\n"
                 "Obrigada, Amélia"))
    f2 = eml("o20b-pede-motivo.eml", OW, c, "Re: Cancelar avença Clínica Sorriso Web [OWD-2301]",
             d(2025, 9, 24, 17, 0, IST), "owd-2301.1@optimawebdesign.com", irt="o20a.pt15@clinicasorrisomz.co.mz",
             body=("Hello,\n\nThank you for your message. We understood: a cancellation of the retainer for project "
                   "Clínica Sorriso Web, invoice OWD-2025-422, contract email gestao@clinicasorrisomz.co.mz.\n\n"
                   "Please tell us the reason for the cancellation.\n\nBilling & Refunds Desk — Optima WebDesign"))
    f3 = eml("o20c-motivo-mz.eml", f"Clínica Sorriso <{c}>", OWA,
             "Re: Cancelar avença Clínica Sorriso Web [OWD-2301]", d(2025, 9, 30, 17, 0, MZ),
             "o20c.pt15@clinicasorrisomz.co.mz", irt="owd-2301.1@optimawebdesign.com",
             refs=["o20a.pt15@clinicasorrisomz.co.mz", "owd-2301.1@optimawebdesign.com"], body=(
                 "Boa tarde, o motivo: a clínica passou a fazer parte de um grupo de saúde e o site passa para "
                 "o portal do grupo.\nAmélia\n\n> Please tell us the reason for the cancellation."))
    case("o20-fio-motivo-respondido-mz", [f1, f2, f3], OWB, "decided", [can("cancel", "2025-10-13")],
         spec="C3 thread: the reason comes six days later (2025-09-30 17:00 +02:00), but the request time is the first email, "
              "2025-09-24 (cut-off 2025-10-14 - 7 = 2025-10-07): notice given, effective 2025-10-13.")

    c = "marketing@construtoraipe.com.br"
    proj("Construtora Ipê", c, "2025-09-24T09:00:00")
    owpay("pt_w21", "OWD-2025-423", "Construtora Ipê", "deposit", "22000.00", "3960.00", "2025-09-23T10:00:00")
    f = eml("o21-sinal-trabalho-iniciado-html-br.eml", f"Marketing Construtora Ipê <{c}>", OWA,
            "RES: sinal Construtora Ipê", d(2025, 9, 24, 16, 0, BR), "o21.pt15@construtoraipe.com.br",
            irt="owd-2296.1@optimawebdesign.com",
            html=("<html><body><p>Boa tarde,</p><p>Pagamos ontem o sinal do site da <b>Construtora Ipê</b> "
                  "(OWD-2025-423) mas o conselho resolveu fazer concorrência com três agências. Pedimos a "
                  "devolução do sinal, ainda dentro das 72h.</p><p>Att.,<br>Fabiana Rocha<br>"
                  "Coordenadora de Marketing</p><hr><p style='font-size:9px'>Esta mensagem é confidencial.</p>"
                  "</body></html>"))
    case("o21-sinal-trabalho-iniciado-html-br", [f], OWB, "decided", [ref("deny")],
         spec="O2 'whichever occurs first': 38.5 h after payment, but work started 2025-09-24 09:00 IST, before "
              "the request (2025-09-25 00:30 IST): deny. HTML-only.")

    c = "ola@livrariapessoa.pt"
    proj("Livraria Pessoa Online", c, "2025-08-01T10:00:00")
    owpay("pt_w22", "OWD-2025-424", "Livraria Pessoa Online", "milestone", "17500.00", "3150.00",
          "2025-09-20T10:00:00", milestone_status="not_started")
    f = eml("o22-reencaminhada-apple-pt.eml", f"Livraria Pessoa <{c}>", OWA,
            "Fwd: Reembolso fase 2 - Livraria Pessoa Online", d(2025, 9, 25, 10, 0, PT),
            "o22.pt15@livrariapessoa.pt", body=(
                "Reencaminho o pedido que ficou sem resposta.\n\nEnviado do meu iPad\n\n"
                "Início da mensagem reencaminhada:\n\nDe: Livraria Pessoa <ola@livrariapessoa.pt>\n"
                "Assunto: Reembolso fase 2 - Livraria Pessoa Online\nData: 23 de setembro de 2025 às 11:02:14 WEST\n"
                "Para: optimawebdesigns12@gmail.com\n\n"
                "Bom dia, pedimos o reembolso da fase 2 (loja online, fatura OWD-2025-424), que ainda não "
                "começou: a editora que nos distribui lançou uma loja conjunta e não faz sentido termos a "
                "nossa.\nCumprimentos, Leonor"))
    case("o22-reencaminhada-apple-pt", [f], OWB, "decided", [ref("approve", "17500.00")],
         spec="Sec. 8 forwards: Apple Mail 'Início da mensagem reencaminhada' of her own request from the contract "
              "email; O3 milestone not_started: 17500.00.")

    c = "web@turismoserradaestrela.pt"
    proj("Turismo Serra da Estrela", c, "2025-08-01T10:00:00")
    owpay("pt_w23", "OWD-2025-425", "Turismo Serra da Estrela", "milestone", "9000.00", "1620.00",
          "2025-09-18T10:00:00", milestone_status="not_started", status="disputed")
    f = eml("o23-pagamento-contestado-pt.eml", f"Turismo Serra da Estrela <{c}>", OWA,
            "Reembolso fase de fotografia", d(2025, 9, 22, 10, 0, PT), "o23.pt15@turismoserradaestrela.pt", body=(
                "Olá, pedimos o reembolso da fase de fotografia do projeto Turismo Serra da Estrela "
                "(OWD-2025-425), ainda não iniciada: o município vai ceder-nos as fotografias oficiais.\n"
                "Obrigado, Rui"))
    case("o23-pagamento-contestado-pt", [f], OWB, "decided", [ref("escalate")],
         spec="Sec. 8 payments not paid: the ledger marks this payment 'disputed' (the customer threatens "
              "nothing): escalate, not the O3 approval.")
def main():
    out = os.path.join(HERE, "emails")
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out)
    build()
    with open(os.path.join(HERE, "ledger.json"), "w", encoding="utf-8") as fh:
        json.dump(LEDGER, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump({"cases": CASES}, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(f"{len(CASES)} cases, {len(os.listdir(out))} emails")


if __name__ == "__main__":
    main()
