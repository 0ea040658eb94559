"""fresh17_pt: Portuguese held-out cases (Brazil, Portugal, Cabo Verde, Guine-Bissau, Sao Tome,
Timor-Leste, Macau). Stdlib only, deterministic: writes ledger.json, emails/*.eml, expected.json
beside this file. Written from POLICY_SPEC.md alone."""

from __future__ import annotations

import json
import shutil
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANG = "pt"
LO = "LeadsOptima Support <support@leadsoptima.com>"
LOADDR = "support@leadsoptima.com"
OWD = "Optima WebDesign <optimawebdesigns12@gmail.com>"
LOB, OWB = "leadsoptima", "optima_webdesign"

TZ = {"BR": -3 * 60, "PT": 60, "AZ": 0, "CV": -60, "GW": 0, "ST": 0, "TL": 9 * 60, "MO": 8 * 60, "IN": 330}


def dt(s: str, zone: str) -> datetime:
    return datetime.fromisoformat(s).replace(tzinfo=timezone(timedelta(minutes=TZ[zone])))


# ---------------------------------------------------------------- ledger
def cust(email, name, plan, status="active", start=None, end=None, trial_ends=None):
    return {"brand": LOB, "email": email, "name": name, "plan": plan, "status": status,
            "trial_ends": trial_ends, "current_period_start": start, "current_period_end": end}


def lopay(pid, inv, email, plan, amount, tax, paid_at, ps=None, pe=None, status="paid"):
    return {"brand": LOB, "id": pid, "invoice": inv, "customer_email": email, "kind": "subscription",
            "plan": plan, "amount": amount, "tax": tax, "currency": "INR", "paid_at": paid_at,
            "period_start": ps, "period_end": pe, "status": status}


def proj(name, contract, started=None):
    return {"brand": OWB, "name": name, "contract_email": contract, "work_started_at": started}


def owpay(pid, inv, project, kind, amount, tax, paid_at, **kw):
    base = {"brand": OWB, "id": pid, "invoice": inv, "project": project, "kind": kind,
            "amount": amount, "tax": tax, "currency": "INR", "paid_at": paid_at, "status": "paid",
            "setup_fee": None, "service_start": None, "next_billing_at": None,
            "period_start": None, "period_end": None, "milestone_status": None}
    base.update(kw)
    return base


M = ("1499.00", "269.82")
Q = ("3999.00", "719.82")
A = ("11988.00", "2157.84")

CUSTOMERS, PROJECTS, PAYMENTS = [], [], []


def C(*a, **k):
    CUSTOMERS.append(cust(*a, **k))


def P(*a, **k):
    PAYMENTS.append(lopay(*a, **k))


def J(*a, **k):
    PROJECTS.append(proj(*a, **k))


def W(*a, **k):
    PAYMENTS.append(owpay(*a, **k))


# ---------------------------------------------------------------- mail
FILES: dict[str, bytes] = {}
CASES: list[dict] = []


def mail(fn, frm, to, when, subject, body, *, html=None, reply_to=None, irt=None, refs=None, headers=None,
         cc=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = format_datetime(when)
    dom = frm.split("@")[-1].strip(">").strip() or "localhost"
    m["Message-ID"] = f"<{fn}.{when.strftime('%Y%m%d%H%M')}@{dom}>"
    if reply_to:
        m["Reply-To"] = reply_to
    if irt:
        m["In-Reply-To"] = irt
        m["References"] = " ".join(refs or [irt])
    for k, v in (headers or {}).items():
        m[k] = v
    if html is not None and body is None:
        m.set_content(html, subtype="html")
    else:
        m.set_content(body)
        if html is not None:
            m.add_alternative(html, subtype="html")
    name = f"emails/{fn}.eml"
    FILES[name] = m.as_bytes(policy=SMTP)
    return m["Message-ID"]


def case(cid, brand, status, files, spec, decisions=(), rules=(), missing=None, extra_ok=False, ambiguous=None):
    c = {"id": f"{LANG}-{cid}", "lang": LANG, "files": [f"emails/{f}.eml" for f in files], "brand": brand,
         "status": status, "rules": list(rules)}
    if missing is not None:
        c["missing"] = list(missing)
    c["decisions"] = [dict(d) for d in decisions]
    if extra_ok:
        c["extra_ok"] = True
    if ambiguous:
        c["ambiguous"] = ambiguous
    c["spec"] = spec
    CASES.append(c)


def R(outcome, amount=None):
    return {"intent": "refund", "outcome": outcome, "amount": amount}


def X(outcome, eff=None):
    d = {"intent": "cancellation", "outcome": outcome}
    if eff:
        d["effective_date"] = eff
    return d


# ================================================================ LeadsOptima cases
def lo_cases():
    # l01 duplicate, approve
    e = "marcos.tavares@tavaresagro.com.br"
    C(e, "Marcos Tavares", "monthly", start="2025-09-20", end="2025-10-19")
    P("pt_p0101", "LO-INV-70101", e, "monthly", *M, "2025-09-20T09:05:00", "2025-09-20", "2025-10-19")
    P("pt_p0102", "LO-INV-70102", e, "monthly", *M, "2025-09-20T09:07:00", "2025-09-20", "2025-10-19")
    mail("l01-cobranca-dobrada", f"Marcos Tavares <{e}>", LO, dt("2025-09-24T08:12", "BR"),
         "cobrança em dobro no cartão??",
         "Bom dia pessoal\n\nOlhando a fatura do cartão hoje cedo vi que vocês me cobraram duas vezes "
         "a mensalidade do dia 20, dois lançamentos de R$ ... quer dizer Rs 1.499,00 cada, com dois "
         "minutos de diferença. A segunda nota é a LO-INV-70102.\nQuero o estorno da cobrança duplicada, "
         "por gentileza.\n\nAbraço,\nMarcos Tavares\nTavares Agro - Ribeirão Preto/SP\nEnviado do meu iPhone\n")
    case("l01-cobranca-dobrada", LOB, "decided", ["l01-cobranca-dobrada"],
         "L2 duplicate + L4: two paid 1499.00 charges, same period 2025-09-20..10-19; request 2025-09-24 IST "
         "(day 4, L3); refund the later charge 1499.00 before tax (C6).", [R("approve", "1499.00")])

    # l02 duplicate, day 8 in IST because of the -03:00 offset
    e = "fernanda.kowalski@kowalskiimoveis.com.br"
    C(e, "Fernanda Kowalski", "annual", start="2025-09-05", end="2026-09-04")
    P("pt_p0201", "LO-INV-70111", e, "annual", *A, "2025-09-05T11:00:00", "2025-09-05", "2026-09-04")
    P("pt_p0202", "LO-INV-70112", e, "annual", *A, "2025-09-05T11:00:40", "2025-09-05", "2026-09-04")
    mail("l02-anual-duas-vezes", f"Fernanda Kowalski <{e}>", LO, dt("2025-09-12T22:10", "BR"),
         "Plano anual debitado 2x - LO-INV-70112",
         "Olá, boa noite.\n\nSou de Curitiba, cliente do plano anual. No dia 5 o débito do anual caiu duas "
         "vezes no meu cartão corporativo (onze mil novecentos e oitenta e oito rupias cada, mais imposto). "
         "Só percebi agora na conciliação. Solicito a devolução da segunda cobrança, fatura LO-INV-70112.\n\n"
         "Att.\nFernanda Kowalski\nKowalski Imóveis\n")
    case("l02-anual-duas-vezes", LOB, "decided", ["l02-anual-duas-vezes"],
         "L3: charged 2025-09-05 IST; email 2025-09-12 22:10 -03:00 = 2025-09-13 06:40 IST = day 8 > 7: deny "
         "even though a real duplicate exists.", [R("deny")])

    # l03 duplicate, day 7 exactly (Lisbon evening)
    e = "joao.pimenta@pimenta-consultores.pt"
    C(e, "João Pimenta", "monthly", start="2025-09-10", end="2025-10-09")
    P("pt_p0301", "LO-INV-70121", e, "monthly", *M, "2025-09-10T08:30:00", "2025-09-10", "2025-10-09")
    P("pt_p0302", "LO-INV-70122", e, "monthly", *M, "2025-09-10T08:31:00", "2025-09-10", "2025-10-09")
    mail("l03-debito-duplicado-lisboa", f"=?utf-8?q?Jo=C3=A3o_Pimenta?= <{e}>", LO, dt("2025-09-17T18:45", "PT"),
         "Débito duplicado",
         "Exmos. Senhores,\n\nVenho por este meio informar que a mensalidade de setembro me foi debitada "
         "em duplicado no dia 10 (faturas LO-INV-70121 e LO-INV-70122). Agradeço a restituição do valor "
         "cobrado a mais, referente à fatura LO-INV-70122.\n\nCom os melhores cumprimentos,\nJoão Pimenta\n"
         "Pimenta Consultores, Lda. | Lisboa\n\nEsta mensagem é confidencial e destina-se exclusivamente ao "
         "destinatário. Se a recebeu por engano, por favor apague-a.\n")
    case("l03-debito-duplicado-lisboa", LOB, "decided", ["l03-debito-duplicado-lisboa"],
         "L3 edge: charged 2025-09-10 IST; email 2025-09-17 18:45 +01:00 = 23:15 IST on 2025-09-17 = day 7, "
         "inside; L4 duplicate pair: approve 1499.00.", [R("approve", "1499.00")])

    # l04 three identical charges
    e = "financeiro@padariaestrela.com.br"
    C(e, "Padaria Estrela", "quarterly", start="2025-09-22", end="2025-12-21")
    for i, t in enumerate(["10:00:00", "10:00:30", "10:01:10"]):
        P(f"pt_p040{i + 1}", f"LO-INV-7013{i + 1}", e, "quarterly", *Q, f"2025-09-22T{t}",
          "2025-09-22", "2025-12-21")
    mail("l04-tres-vezes", f"Financeiro Padaria Estrela <{e}>", LO, dt("2025-09-25T14:03", "BR"),
         "cobraram 3 vezes o trimestral",
         "oi\no sistema de vcs cobrou TRES vezes o plano trimestral no dia 22, 3999 cada. notas lo-inv-70131, "
         "lo-inv-70132 e lo-inv-70133. so era pra ser uma. quero de volta as duas cobranças a mais\n\n"
         "Rosangela - financeiro\nPadaria Estrela, Salvador BA\n")
    case("l04-tres-vezes", LOB, "decided", ["l04-tres-vezes"],
         "Section 8 three identical charges: charges 2 and 3 (3999.00 each, same period) are duplicates, "
         "both inside L3 (day 3): approve 7998.00.", [R("approve", "7998.00")])

    # l05 claims duplicate, ledger has one charge
    e = "tiago.moniz@moniz-fisioterapia.pt"
    C(e, "Tiago Moniz", "monthly", start="2025-09-18", end="2025-10-17")
    P("pt_p0501", "LO-INV-70141", e, "monthly", *M, "2025-09-18T12:00:00", "2025-09-18", "2025-10-17")
    mail("l05-paguei-duas-vezes-acores", f"Tiago Moniz <{e}>", LO, dt("2025-09-21T10:20", "AZ"),
         "Pagamento feito duas vezes?",
         "Bom dia,\n\nParece-me que paguei duas vezes a mensalidade: uma vez por MB Way e outra pelo cartão, "
         "mas no vosso portal só aparece a fatura LO-INV-70141. Podem devolver-me o pagamento repetido?\n\n"
         "Obrigado\nTiago Moniz\nPonta Delgada, Açores\n")
    case("l05-paguei-duas-vezes-acores", LOB, "decided", ["l05-paguei-duas-vezes-acores"],
         "L4: duplicate_payment claimed inside the window (day 3) but the ledger has one paid charge only: "
         "escalate, no amount.", [R("escalate")])

    # l06 wrong plan charged
    e = "ana.carvalho@carvalhoeventos.com.br"
    C(e, "Ana Carvalho", "annual", start="2025-09-25", end="2026-09-24")
    P("pt_p0601", "LO-INV-70151", e, "annual", *A, "2025-09-25T16:00:00", "2025-09-25", "2026-09-24")
    mail("l06-plano-errado", f"Ana Carvalho <{e}>", LO, dt("2025-09-26T09:40", "BR"),
         "Fui cobrada no plano errado!!!",
         "Gente, que absurdo é esse? Eu contratei o MENSAL e vocês me cobraram o ANUAL, 11.988,00 + imposto, "
         "fatura LO-INV-70151. Nunca escolhi plano anual. Quero que corrijam e me devolvam o valor.\n\n"
         "Ana Carvalho - Carvalho Eventos, Brasília DF\n")
    case("l06-plano-errado", LOB, "decided", ["l06-plano-errado"],
         "L2 billing_error (charged for the wrong plan), day 1 inside L3: L5 escalate with the charge found.",
         [R("escalate")])

    # l07 charged after cancelling
    e = "helder.semedo@semedo-transportes.cv"
    C(e, "Hélder Semedo", "monthly", status="cancelled", start="2025-08-26", end="2025-09-25")
    P("pt_p0701", "LO-INV-70161", e, "monthly", *M, "2025-09-26T07:00:00", "2025-09-26", "2025-10-25")
    mail("l07-cobrado-depois-cancelar", f"Helder Semedo <{e}>", LO, dt("2025-09-27T11:15", "CV"),
         "Cobrança após cancelamento",
         "Bom dia,\n\nCancelei a minha assinatura em agosto e mesmo assim fui cobrado no dia 26 (fatura "
         "LO-INV-70161). Peço o reembolso desta cobrança indevida.\n\nCumprimentos\nHélder Semedo\n"
         "Semedo Transportes - Praia, Cabo Verde\n")
    case("l07-cobrado-depois-cancelar", LOB, "decided", ["l07-cobrado-depois-cancelar"],
         "L2 billing_error (charged after cancelling), day 1 inside L3: L5 escalate.", [R("escalate")])

    # l08 access failure
    e = "suporte@lojaverdemar.com.br"
    C(e, "Loja Verde Mar", "quarterly", start="2025-09-23", end="2025-12-22")
    P("pt_p0801", "LO-INV-70171", e, "quarterly", *Q, "2025-09-23T10:10:00", "2025-09-23", "2025-12-22")
    mail("l08-sem-acesso", f"Loja Verde Mar <{e}>", LO, dt("2025-09-28T19:30", "BR"),
         "nao consigo entrar desde que paguei",
         "Paguei o trimestral dia 23 (LO-INV-70171) e desde então não consigo fazer login, fica só girando "
         "a tela e depois dá erro 500. Já limpei cache, testei no celular, nada. Abri chamado com o suporte "
         "e até agora não resolveram. Se não tem acesso quero meu dinheiro de volta.\n\nKleber\nLoja Verde "
         "Mar - Fortaleza/CE\n")
    case("l08-sem-acesso", LOB, "decided", ["l08-sem-acesso"],
         "L2 access_failure, request 2025-09-29 IST (-03:00 evening) = day 6 inside L3: L6 escalate.",
         [R("escalate")])

    # l09 access failure but late
    e = "raimundo.nonato@nonatoauto.com.br"
    C(e, "Raimundo Nonato", "monthly", start="2025-08-30", end="2025-09-29")
    P("pt_p0901", "LO-INV-70181", e, "monthly", *M, "2025-08-30T09:00:00", "2025-08-30", "2025-09-29")
    mail("l09-acesso-fora-prazo", f"Raimundo Nonato <{e}>", LO, dt("2025-09-15T10:05", "BR"),
         "reembolso",
         "bom dia\nfaz umas duas semanas que a plataforma nao carrega pra mim, o painel fica em branco. "
         "paguei dia 30 do mes passado, nota LO INV 70181. quero reembolso\nraimundo\nBelém - PA\n")
    case("l09-acesso-fora-prazo", LOB, "decided", ["l09-acesso-fora-prazo"],
         "L3: charge 2025-08-30, request 2025-09-15 IST = day 16 > 7: deny though the reason is access_failure.",
         [R("deny")])

    # l10 changed mind
    e = "beatriz.lemos@lemosadvocacia.pt"
    C(e, "Beatriz Lemos", "annual", start="2025-09-24", end="2026-09-23")
    P("pt_p1001", "LO-INV-70191", e, "annual", *A, "2025-09-24T15:00:00", "2025-09-24", "2026-09-23")
    mail("l10-mudei-de-ideias", f"Beatriz Lemos <{e}>", LO, dt("2025-09-26T16:20", "PT"),
         "Pedido de reembolso - fatura LO-INV-70191",
         "Boa tarde,\n\nSubscrevi o plano anual na quarta-feira, mas entretanto mudei de ideias: a equipa "
         "acabou por optar por outra ferramenta. Gostaria de ser reembolsada do valor pago (fatura "
         "LO-INV-70191).\n\nObrigada,\nBeatriz Lemos\nPorto\n")
    case("l10-mudei-de-ideias", LOB, "decided", ["l10-mudei-de-ideias"],
         "L1: changed mind is not an L2 exception: deny (cancellation offered in the reply).", [R("deny")])

    # l11 ultimatum, too expensive
    e = "edmilson.ca@netcabo.st"
    C(e, "Edmilson Carvalho", "monthly", start="2025-09-27", end="2025-10-26")
    P("pt_p1101", "LO-INV-70201", e, "monthly", *M, "2025-09-27T08:00:00", "2025-09-27", "2025-10-26")
    mail("l11-caro-demais-ultimato", f"Edmilson <{e}>", LO, dt("2025-09-28T09:00", "ST"),
         "ULTIMO AVISO",
         "Ou devolvem os 1499 da fatura LO-INV-70201 até segunda ou nunca mais uso isto. É muito caro para "
         "uma empresa de São Tomé, não compensa.\n")
    case("l11-caro-demais-ultimato", LOB, "decided", ["l11-caro-demais-ultimato"],
         "L1: 'too expensive' is not an exception; an ultimatum without chargeback/legal words is not C4: deny.",
         [R("deny")])

    # l12 cancellation asked as a question, current_period_end known
    e = "paulo.brandao@brandaoarquitetura.com.br"
    C(e, "Paulo Brandão", "monthly", start="2025-09-12", end="2025-10-11")
    P("pt_p1201", "LO-INV-70211", e, "monthly", *M, "2025-09-12T10:00:00", "2025-09-12", "2025-10-11")
    mail("l12-podem-cancelar", f"Paulo Brandão <{e}>", LO, dt("2025-09-22T11:00", "BR"),
         "Podem cancelar minha assinatura?",
         "Olá! Vocês conseguem cancelar minha assinatura por aí? Fechamos o escritório de Campinas e não vou "
         "mais precisar. Obrigado!\nPaulo\n")
    case("l12-podem-cancelar", LOB, "decided", ["l12-podem-cancelar"],
         "L8: a request phrased as a question; cancel, effective current_period_end 2025-10-11.",
         [X("cancel", "2025-10-11")])

    # l13 cancellation, no current period: fallback from a UTC ledger time
    e = "lurdes.ximenes@timor-cafe.tl"
    C(e, "Lurdes Ximenes", "quarterly")
    P("pt_p1301", "LO-INV-70221", e, "quarterly", *Q, "2025-07-14T20:00:00Z")
    mail("l13-cancelar-timor", f"Lurdes Ximenes <{e}>", LO, dt("2025-09-19T09:30", "TL"),
         "Cancelamento",
         "Bom dia,\n\nPor favor cancelem o plano trimestral da nossa cooperativa. A internet em Díli anda "
         "muito instável e quase não conseguimos usar.\n\nObrigada\nLurdes Ximenes\nCooperativa Café Timor\n")
    case("l13-cancelar-timor", LOB, "decided", ["l13-cancelar-timor"],
         "L8 fallback: no current_period_end; last charge 2025-07-14T20:00Z = 2025-07-15 01:30 IST; +3 months "
         "-1 day = 2025-10-14.", [X("cancel", "2025-10-14")])

    # l14 one-word cancellation
    e = "nuno.pais@algarvesurf.pt"
    C(e, "Nuno Pais", "annual", start="2025-03-01", end="2026-02-28")
    P("pt_p1401", "LO-INV-70231", e, "annual", *A, "2025-03-01T09:00:00", "2025-03-01", "2026-02-28")
    mail("l14-cancelar-uma-palavra", f"Nuno Pais <{e}>", LO, dt("2025-09-20T13:02", "PT"),
         "cancelar", "Quero cancelar.\n\nNuno\nObter o Outlook para Android\n")
    case("l14-cancelar-uma-palavra", LOB, "decided", ["l14-cancelar-uma-palavra"],
         "L8: intent verb with no object, from the registered address; plan from ledger; reason not needed for "
         "LO cancellations: cancel, effective 2026-02-28.", [X("cancel", "2026-02-28")])

    # l15 duplicate + cancel
    e = "gilberto.fonseca@fonsecatintas.com.br"
    C(e, "Gilberto Fonseca", "monthly", start="2025-09-25", end="2025-10-24")
    P("pt_p1501", "LO-INV-70241", e, "monthly", *M, "2025-09-25T11:00:00", "2025-09-25", "2025-10-24")
    P("pt_p1502", "LO-INV-70242", e, "monthly", *M, "2025-09-25T11:02:00", "2025-09-25", "2025-10-24")
    mail("l15-duplicado-e-cancela", f"Gilberto Fonseca <{e}>", LO, dt("2025-09-26T17:45", "BR"),
         "cobrança duplicada + cancelamento",
         "Prezados,\n\nAlém de me cobrarem em duplicidade (faturas LO-INV-70241 e LO-INV-70242, mesma "
         "competência), ninguém me respondeu no chat. Cansei. Quero o estorno da cobrança duplicada E o "
         "cancelamento da conta.\n\nGilberto Fonseca\nFonseca Tintas - Porto Alegre/RS\n")
    case("l15-duplicado-e-cancela", LOB, "decided", ["l15-duplicado-e-cancela"],
         "L4 approve 1499.00 (LO-INV-70242; 17:45 -03:00 = 02:15 IST 2025-09-27, day 2) and L8 cancel effective current_period_end 2025-10-24.",
         [R("approve", "1499.00"), X("cancel", "2025-10-24")])

    # l16 negation: no refund, just cancel
    e = "clarice.menezes@menezesodonto.com.br"
    C(e, "Clarice Menezes", "quarterly", start="2025-08-05", end="2025-11-04")
    P("pt_p1601", "LO-INV-70251", e, "quarterly", *Q, "2025-08-05T10:00:00", "2025-08-05", "2025-11-04")
    mail("l16-nao-quero-reembolso", f"Clarice Menezes <{e}>", LO, dt("2025-09-23T08:50", "BR"),
         "Encerrar assinatura",
         "Bom dia. Não estou pedindo reembolso de nada, sei que o trimestre já está pago e tudo bem. Só quero "
         "que não renove mais: podem encerrar a assinatura ao fim do período.\n\nDra. Clarice Menezes\n"
         "Menezes Odontologia - Londrina/PR\n")
    case("l16-nao-quero-reembolso", LOB, "decided", ["l16-nao-quero-reembolso"],
         "Section 8 negation: 'não estou pedindo reembolso' adds no refund; L8 cancel effective 2025-11-04.",
         [X("cancel", "2025-11-04")])

    # l17 refund of unused days + cancel
    e = "ricardo.amaral@amaralseguros.com.br"
    C(e, "Ricardo Amaral", "monthly", start="2025-09-21", end="2025-10-20")
    P("pt_p1701", "LO-INV-70261", e, "monthly", *M, "2025-09-21T09:00:00", "2025-09-21", "2025-10-20")
    mail("l17-dias-nao-usados", f"Ricardo Amaral <{e}>", LO, dt("2025-09-24T15:30", "BR"),
         "Cancelamento e devolução proporcional",
         "Boa tarde, quero cancelar o plano mensal hoje e receber de volta o proporcional dos dias que não vou "
         "usar (fatura LO-INV-70261). Vamos migrar para o CRM da matriz.\nRicardo Amaral\n")
    case("l17-dias-nao-usados", LOB, "decided", ["l17-dias-nao-usados"],
         "L1/L8: no partial refund for unused days: refund deny; cancel effective 2025-10-20.",
         [R("deny"), X("cancel", "2025-10-20")])

    # l18 thanks closing a story
    e = "sonia.baptista@baptistamodas.com.br"
    C(e, "Sônia Baptista", "monthly", start="2025-09-02", end="2025-10-01")
    P("pt_p1801", "LO-INV-70271", e, "monthly", *M, "2025-09-02T09:00:00", "2025-09-02", "2025-10-01")
    mail("l18-obrigada-estorno", f"Sonia Baptista <{e}>", LO, dt("2025-09-19T10:10", "BR"),
         "Re: estorno",
         "Oi, tudo bem? Só passando pra avisar que o estorno daquela cobrança duplicada caiu certinho no meu "
         "cartão ontem. Fiquei com medo no começo mas vocês resolveram rápido. Muito obrigada mesmo!\n\nSônia\n",
         irt="<lo-5307.reply@leadsoptima.com>")
    case("l18-obrigada-estorno", LOB, "other", ["l18-obrigada-estorno"],
         "Thanks after a refund already received (past event): no refund or cancellation asked: other.")

    # l19 invoice question
    e = "contabilidade@rochaalimentos.com.br"
    C(e, "Rocha Alimentos", "annual", start="2025-06-10", end="2026-06-09")
    P("pt_p1901", "LO-INV-70281", e, "annual", *A, "2025-06-10T09:00:00", "2025-06-10", "2026-06-09")
    mail("l19-nota-fiscal", f"Contabilidade Rocha <{e}>", LO, dt("2025-09-17T09:20", "BR"),
         "Dúvida fatura LO-INV-70281",
         "Prezados, bom dia.\n\nNa fatura LO-INV-70281 o imposto aparece como 2.157,84. Vocês conseguem emitir "
         "uma segunda via com o nosso CNPJ no campo do cliente? É só para a contabilidade.\n\nAtenciosamente,\n"
         "Setor de Contabilidade - Rocha Alimentos Ltda. (Sorocaba/SP)\n")
    case("l19-nota-fiscal", LOB, "other", ["l19-nota-fiscal"],
         "An invoice question that asks for no refund or cancellation: other.")

    # l20 C2 from a personal address naming the registered one
    e = "diretoria@mendesconstrutora.com.br"
    C(e, "Construtora Mendes", "monthly", start="2025-09-20", end="2025-10-19")
    P("pt_p2001", "LO-INV-70291", e, "monthly", *M, "2025-09-20T09:00:00", "2025-09-20", "2025-10-19")
    P("pt_p2002", "LO-INV-70292", e, "monthly", *M, "2025-09-20T09:01:00", "2025-09-20", "2025-10-19")
    mail("l20-email-pessoal", "Claudio Mendes <claudiomendes1971@gmail.com>", LO, dt("2025-09-22T21:00", "BR"),
         "cobrança duplicada conta diretoria@mendesconstrutora.com.br",
         "Boa noite, to escrevendo do meu email pessoal pq o da empresa ta fora. A conta é a "
         "diretoria@mendesconstrutora.com.br e foi cobrada duas vezes dia 20 (LO-INV-70292). Me devolvam a "
         "cobrança repetida por favor\nClaudio\n")
    case("l20-email-pessoal", LOB, "need_info", ["l20-email-pessoal"],
         "C2: sender is not the registered email it names: ask to write from it, disclose nothing.",
         rules=["C2"])

    # l21 C2 via a forward
    e = "geral@ribeiroconservas.pt"
    C(e, "Ribeiro Conservas", "annual", start="2025-09-23", end="2026-09-22")
    P("pt_p2101", "LO-INV-70301", e, "annual", *A, "2025-09-23T10:00:00", "2025-09-23", "2026-09-22")
    mail("l21-reencaminhado-c2", "Inês Ribeiro <ines.ribeiro@sapo.pt>", LO, dt("2025-09-25T12:40", "PT"),
         "ENC: Cancelamento da conta",
         "Bom dia, reencaminho o pedido do meu pai. Obrigada.\n\nInês\n\n"
         "-----Mensagem Original-----\nDe: Ribeiro Conservas <geral@ribeiroconservas.pt>\n"
         "Enviada: quarta-feira, 24 de setembro de 2025 18:02\nPara: Inês Ribeiro\n"
         "Assunto: Cancelamento da conta\n\nInês, manda isto à LeadsOptima por favor: queremos cancelar a "
         "conta geral@ribeiroconservas.pt, a fábrica vai fechar para obras até março.\nManuel Ribeiro\n")
    case("l21-reencaminhado-c2", LOB, "need_info", ["l21-reencaminhado-c2"],
         "Section 8 forwards: an Outlook 'ENC:' forward whose request names geral@ribeiroconservas.pt, sent from "
         "another address: C2 need_info.", rules=["C2"])

    # l22 no reason: signature, disclaimer, restatement
    e = "compras@grupoandrade.com.br"
    C(e, "Grupo Andrade", "annual", start="2025-09-26", end="2026-09-25")
    P("pt_p2201", "LO-INV-70311", e, "annual", *A, "2025-09-26T10:00:00", "2025-09-26", "2026-09-25")
    mail("l22-sem-motivo", f"Compras Grupo Andrade <{e}>", LO, dt("2025-09-27T10:00", "BR"),
         "Solicitação de reembolso - LO-INV-70311",
         "Prezados,\n\nVenho por meio deste solicitar o reembolso do valor referente à fatura LO-INV-70311. "
         "Solicitamos a devolução do valor integral.\n\nSem mais para o momento, agradecemos a atenção.\n\n"
         "Atenciosamente,\nDepartamento de Compras\nGrupo Andrade | Uberlândia - MG\n"
         "Antes de imprimir, pense no meio ambiente.\nAVISO: Esta mensagem pode conter informação "
         "confidencial. Caso não seja o destinatário, favor descartá-la.\n")
    case("l22-sem-motivo", LOB, "need_info", ["l22-sem-motivo"],
         "Section 8 'what a reason is': restated request, courtesy lines, signature and disclaimer are no reason: "
         "need_info reason (plan from the ledger, invoice given).", missing=["reason"])

    # l23 thread answering a need_info
    e = "luciana.prado@pradopet.com.br"
    C(e, "Luciana Prado", "monthly", start="2025-09-19", end="2025-10-18")
    P("pt_p2301", "LO-INV-70321", e, "monthly", *M, "2025-09-19T10:00:00", "2025-09-19", "2025-10-18")
    P("pt_p2302", "LO-INV-70322", e, "monthly", *M, "2025-09-19T10:03:00", "2025-09-19", "2025-10-18")
    m1 = mail("l23a-pedido", f"Luciana Prado <{e}>", LO, dt("2025-09-23T09:00", "BR"),
              "reembolso fatura LO-INV-70322", "Olá, preciso do reembolso da fatura LO-INV-70322. Obrigada\n"
              "Luciana - Prado Pet Shop, Campinas\n")
    mail("l23b-resposta", f"Luciana Prado <{e}>", LO, dt("2025-09-29T18:30", "BR"),
         "Re: reembolso fatura LO-INV-70322 [LO-5531]",
         "Desculpem a demora. O motivo: a mensalidade foi cobrada em dobro no dia 19, duas cobranças iguais "
         "(70321 e 70322).\n\nEm ter., 23 de set. de 2025 às 14:20, LeadsOptima Support "
         "<support@leadsoptima.com> escreveu:\n> Olá Luciana, para analisarmos o seu pedido precisamos do "
         "motivo do reembolso.\n> [LO-5531]\n", irt="<lo-5531.draft@leadsoptima.com>",
         refs=[m1, "<lo-5531.draft@leadsoptima.com>"])
    case("l23-thread-motivo", LOB, "decided", ["l23a-pedido", "l23b-resposta"],
         "C3 merge: first email 2025-09-23 IST (day 4) had no reason; the reply gives duplicate_payment; request "
         "time stays the first email: L4 approve 1499.00.", [R("approve", "1499.00")])

    # l24 chargeback threat covers the cancellation too
    e = "vitor.sequeira@sequeiralogistica.pt"
    C(e, "Vítor Sequeira", "monthly", start="2025-09-15", end="2025-10-14")
    P("pt_p2401", "LO-INV-70331", e, "monthly", *M, "2025-09-15T10:00:00", "2025-09-15", "2025-10-14")
    mail("l24-chargeback-cancela", f"Vítor Sequeira <{e}>", LO, dt("2025-09-18T09:30", "PT"),
         "Cancelem já",
         "Cancelem a minha conta imediatamente e devolvam a mensalidade LO-INV-70331, o produto não faz metade "
         "do que prometeram. Se não tiver resposta até sexta vou pedir ao banco o chargeback do pagamento.\n"
         "V. Sequeira\n")
    case("l24-chargeback-cancela", LOB, "decided", ["l24-chargeback-cancela"],
         "C4 covers the whole case (section 8): chargeback threat escalates the refund and the cancellation.",
         [R("escalate"), X("escalate")], rules=["C4"])

    # l25 consumer authority / lawyer, Portuguese words
    e = "marta.queiroz@queirozcosmeticos.com.br"
    C(e, "Marta Queiroz", "annual", start="2025-09-20", end="2026-09-19")
    P("pt_p2501", "LO-INV-70341", e, "annual", *A, "2025-09-20T10:00:00", "2025-09-20", "2026-09-19")
    mail("l25-procon-advogado", f"Marta Queiroz <{e}>", LO, dt("2025-09-22T16:00", "BR"),
         "Reclamação - fatura LO-INV-70341",
         "Contratei o plano anual dia 20 e me arrependi, quero o dinheiro de volta. Pelo Código de Defesa do "
         "Consumidor tenho direito de arrependimento em 7 dias. Se não devolverem vou registrar reclamação no "
         "Procon e meu advogado entra com ação no Juizado Especial.\nMarta Queiroz\n")
    case("l25-procon-advogado", LOB, "decided", ["l25-procon-advogado"],
         "C4: statutory rights, consumer authority and a lawyer are named: escalate (not an L1 deny).",
         [R("escalate")], rules=["C4"])

    # l26 duplicate claim where the second charge failed
    e = "amilcar.djalo@bissau-comercio.gw"
    C(e, "Amílcar Djaló", "monthly", start="2025-09-24", end="2025-10-23")
    P("pt_p2601", "LO-INV-70351", e, "monthly", *M, "2025-09-24T10:00:00", "2025-09-24", "2025-10-23")
    P("pt_p2602", "LO-INV-70352", e, "monthly", *M, "2025-09-24T10:05:00", "2025-09-24", "2025-10-23",
      status="failed")
    mail("l26-segunda-falhou", f"Amilcar Djalo <{e}>", LO, dt("2025-09-26T10:00", "GW"),
         "pagamento repetido LO-INV-70352",
         "Bom dia. O banco mostrou dois pagamentos iguais da mensalidade no dia 24, o segundo é a fatura "
         "LO-INV-70352. Peço a devolução desse segundo pagamento.\nAmílcar Djaló, Bissau\n")
    case("l26-segunda-falhou", LOB, "decided", ["l26-segunda-falhou"],
         "Section 8 payments not paid: the quoted charge is 'failed', and no two paid charges form a pair (L4): "
         "escalate.", [R("escalate")])

    # l27 past event told as a story, then cancellation
    e = "otavio.lins@linsturismo.com.br"
    C(e, "Otávio Lins", "monthly", start="2025-09-14", end="2025-10-13")
    P("pt_p2701", "LO-INV-70361", e, "monthly", *M, "2025-09-14T10:00:00", "2025-09-14", "2025-10-13")
    mail("l27-historia-cancela", f"Otavio Lins <{e}>", LO, dt("2025-09-25T07:40", "BR"),
         "encerrar conta",
         "Bom dia. Em julho vocês me cobraram duas vezes e depois de muita conversa devolveram o dinheiro, "
         "ficou tudo certo. Agora a agência está reduzindo custos e vou encerrar a conta. Favor cancelar.\n"
         "Otávio Lins - Lins Turismo, Fortaleza\n")
    case("l27-historia-cancela", LOB, "decided", ["l27-historia-cancela"],
         "Section 8 past events: the old double charge was already refunded (no request); L8 cancel effective "
         "2025-10-13.", [X("cancel", "2025-10-13")])

    # l28 declines both intents
    e = "helena.duarte@duartevinhos.pt"
    C(e, "Helena Duarte", "annual", start="2025-05-01", end="2026-04-30")
    P("pt_p2801", "LO-INV-70371", e, "annual", *A, "2025-05-01T10:00:00", "2025-05-01", "2026-04-30")
    mail("l28-nem-cancelar-nem-reembolso", f"Helena Duarte <{e}>", LO, dt("2025-09-24T11:11", "PT"),
         "Cartão novo",
         "Olá,\n\nNão quero cancelar nem pedir reembolso, atenção! Apenas o meu cartão foi substituído pelo "
         "banco e preciso de saber onde atualizo os dados para a próxima renovação.\n\nHelena Duarte\n"
         "Duarte Vinhos, Vila Nova de Gaia\n")
    case("l28-nem-cancelar-nem-reembolso", LOB, "other", ["l28-nem-cancelar-nem-reembolso"],
         "Section 8 negation of both intents; a card-update question: other.")

    # l29 what-if question, existing customer
    e = "macau.lam@lamtrading.mo"
    C(e, "Lam Trading", "quarterly", start="2025-08-20", end="2025-11-19")
    P("pt_p2901", "LO-INV-70381", e, "quarterly", *Q, "2025-08-20T10:00:00", "2025-08-20", "2025-11-19")
    mail("l29-e-se-cancelar", f"Rui Lam <{e}>", LO, dt("2025-09-18T15:00", "MO"),
         "Pergunta sobre cancelamento",
         "Boa tarde. Se eu cancelar agora a meio do trimestre, recebo de volta a parte que não usei? E a conta "
         "fica ativa até quando? Ainda estou a decidir, é só para saber.\nRui Lam, Macau\n")
    case("l29-e-se-cancelar", LOB, "other", ["l29-e-se-cancelar"],
         "Section 8 hypotheticals: 'se eu cancelar... recebo?' still deciding: a policy question, other.")

    # l30 out-of-office
    mail("l30-ausencia", "Joana Reis <joana.reis@reisdesign.pt>", LO, dt("2025-09-26T08:00", "PT"),
         "Resposta automática: Re: A sua fatura LeadsOptima",
         "Estou ausente do escritório até dia 6 de outubro, com acesso limitado ao email. Para assuntos "
         "urgentes contacte geral@reisdesign.pt.\n", headers={"Auto-Submitted": "auto-replied"},
         irt="<lo-inv-notice.70402@leadsoptima.com>")
    case("l30-ausencia", LOB, "ignore", ["l30-ausencia"], "C7: Auto-Submitted auto-replied: ignore.",
         rules=["C7"])

    # l31 bounce
    mail("l31-devolvida", "Mail Delivery Subsystem <MAILER-DAEMON@mail.uol.com.br>", LO,
         dt("2025-09-21T03:12", "BR"), "Mensagem não entregue: Re: Quero cancelar a assinatura [LO-5290]",
         "Não foi possível entregar sua mensagem para financeiro@empresa-fechada.com.br.\nMotivo: 550 caixa "
         "inexistente.\n\n----- Mensagem original -----\nDe: LeadsOptima Support <support@leadsoptima.com>\n"
         "Para: financeiro@empresa-fechada.com.br\nAssunto: Re: Quero cancelar a assinatura [LO-5290]\n\n"
         "> Quero cancelar a assinatura e o reembolso do último mês.\n\nOlá, recebemos o seu pedido de "
         "cancelamento. [LO-5290]\n")
    case("l31-devolvida", LOB, "ignore", ["l31-devolvida"],
         "C7: MAILER-DAEMON sender, whatever the quoted text asks: ignore.", rules=["C7"])


# ================================================================ Optima WebDesign cases
def owd_cases():
    # o01 deposit approve
    e = "contato@docelar-confeitaria.com.br"
    J("Confeitaria Doce Lar", e)
    W("pt_w0101", "OWD-2025-301", "Confeitaria Doce Lar", "deposit", "20000.00", "3600.00", "2025-09-22T15:00:00")
    mail("o01-sinal-devolver", f"Confeitaria Doce Lar <{e}>", OWD, dt("2025-09-24T10:00", "BR"),
         "Refund Request — Confeitaria Doce Lar / OWD-2025-301",
         "Olá equipe Optima,\n\nPagamos o sinal do site (Rs. 20.000 + 18% de imposto, fatura OWD-2025-301) na "
         "segunda, mas minha sócia decidiu adiar a loja online para o ano que vem por causa de uma reforma. "
         "Nada foi começado ainda, certo? Gostaríamos do reembolso do sinal.\n\nObrigada,\nPriscila - "
         "Confeitaria Doce Lar, Salvador\n")
    case("o01-sinal-devolver", OWB, "decided", ["o01-sinal-devolver"],
         "O2: deposit paid 2025-09-22 15:00 IST, request 2025-09-24 18:30 IST (51.5 h), no work started: approve "
         "20000.00 (tax kept, C6).", [R("approve", "20000.00")])

    # o02 deposit exactly 72 h
    e = "geral@tascadoze.pt"
    J("Tasca do Zé", e)
    W("pt_w0201", "OWD-2025-302", "Tasca do Zé", "deposit", "15000.00", "2700.00", "2025-09-10T10:00:00")
    mail("o02-sinal-72h", f"Tasca do Zé <{e}>", OWD, dt("2025-09-13T05:30", "PT"),
         "Anular sinal OWD-2025-302 - Tasca do Zé",
         "Bom dia,\n\nEscrevo cedo porque abrimos às 7. Decidimos não avançar com o site da Tasca do Zé: o "
         "senhorio vai vender o prédio e não sabemos se ficamos. Peço a devolução do sinal, fatura "
         "OWD-2025-302.\n\nJosé Marques\nTasca do Zé, Ribeira - Porto\n")
    case("o02-sinal-72h", OWB, "decided", ["o02-sinal-72h"],
         "O2 + section 8: paid 2025-09-10 10:00 IST; email 2025-09-13 05:30 +01:00 = 10:00 IST = exactly 72 h, "
         "not before 72 h: deny.", [R("deny")])

    # o03 deposit, work started
    e = "ola@surfschoolsagres.pt"
    J("Sagres Surf School", e, "2025-09-26T10:00:00")
    W("pt_w0301", "OWD-2025-303", "Sagres Surf School", "deposit", "25000.00", "4500.00", "2025-09-25T12:00:00")
    mail("o03-sinal-trabalho-comecou", f"Sagres Surf School <{e}>", OWD, dt("2025-09-27T09:00", "PT"),
         "Devolução do depósito",
         "Olá! Pagámos o depósito do projeto Sagres Surf School na quinta (OWD-2025-303). Entretanto "
         "conseguimos um sobrinho que faz sites de borla, por isso queremos o depósito de volta. Sei que já "
         "nos mandaram o questionário de arranque mas ainda nem respondemos.\n\nAbraço, Duarte\n")
    case("o03-sinal-trabalho-comecou", OWB, "decided", ["o03-sinal-trabalho-comecou"],
         "O2: 49.5 h after payment (13:30 IST 2025-09-27) but work_started_at 2025-09-26 10:00 came first: deny ('whichever occurs "
         "first').", [R("deny")])

    # o04 deposit, work starts later than the request
    e = "loja@mindelomusica.cv"
    J("Mindelo Música", e, "2025-09-29T10:00:00")
    W("pt_w0401", "OWD-2025-304", "Mindelo Música", "deposit", "18000.00", "3240.00", "2025-09-26T09:00:00")
    mail("o04-sinal-antes-inicio", f"Mindelo Musica <{e}>", OWD, dt("2025-09-27T12:00", "CV"),
         "Pedido de reembolso – Mindelo Música – OWD-2025-304",
         "Bom dia,\n\nO nosso financiamento do banco foi recusado ontem e não vamos conseguir pagar o resto do "
         "projeto. Pedimos por isso o reembolso do sinal pago (fatura OWD-2025-304).\n\nMantenhas,\n"
         "Djon Lopes\nMindelo Música - São Vicente, Cabo Verde\n")
    case("o04-sinal-antes-inicio", OWB, "decided", ["o04-sinal-antes-inicio"],
         "O2: paid 2025-09-26 09:00 IST; email 12:00 -01:00 = 18:30 IST 2025-09-27 (33.5 h); work starts "
         "2025-09-29, later: approve 18000.00.", [R("approve", "18000.00")])

    # o05 discovery approve
    e = "coordenacao@escolaipe.com.br"
    J("Escola Ipê Amarelo", e)
    W("pt_w0501", "OWD-2025-305", "Escola Ipê Amarelo", "discovery", "8000.00", "1440.00", "2025-09-20T10:00:00")
    mail("o05-descoberta-sem-sessao", f"Coordenação Escola Ipê <{e}>", OWD, dt("2025-09-23T14:00", "BR"),
         "Cancelar a fase de descoberta",
         "Boa tarde! A diretoria não aprovou o orçamento do novo site para este ano letivo, então precisamos "
         "desistir da consultoria de descoberta do projeto Escola Ipê Amarelo antes da primeira reunião. "
         "Podem devolver o valor da fatura OWD-2025-305?\n\nAtt,\nMárcia - Coordenação\nBrasília/DF\n")
    case("o05-descoberta-sem-sessao", OWB, "decided", ["o05-descoberta-sem-sessao"],
         "O1: discovery, work_started_at empty: approve 8000.00 in full (before tax). The subject and 'desistir da "
         "consultoria' also ask to cancel the discovery phase: O8 cancel (no effective date is given by the spec "
         "for a one-off phase, so none is compared).",
         [R("approve", "8000.00"), X("cancel")])

    # o06 discovery after a session
    e = "ti@cooperativagaucha.com.br"
    J("Cooperativa Gaúcha Portal", e, "2025-09-18T15:00:00")
    W("pt_w0601", "OWD-2025-306", "Cooperativa Gaúcha Portal", "discovery", "12000.00", "2160.00",
      "2025-09-15T10:00:00")
    mail("o06-descoberta-com-sessao", f"TI Cooperativa <{e}>", OWD, dt("2025-09-24T09:10", "BR"),
         "Reembolso workshop - OWD-2025-306",
         "Bah, pessoal, fizemos a primeira sessão de descoberta do Cooperativa Gaúcha Portal semana passada e "
         "sinceramente não gostamos da dinâmica, foi muito genérica. Queremos o reembolso da fatura "
         "OWD-2025-306.\n\nLeandro - TI\nPorto Alegre/RS\n")
    case("o06-descoberta-com-sessao", OWB, "decided", ["o06-descoberta-com-sessao"],
         "O1: a session started 2025-09-18, before the request: deny.", [R("deny")])

    # o07 milestone not started
    e = "projetos@nordesteenergia.com.br"
    J("Portal Nordeste Energia", e, "2025-08-01T10:00:00")
    W("pt_w0701", "OWD-2025-307", "Portal Nordeste Energia", "milestone", "35000.00", "6300.00",
      "2025-09-15T10:00:00", milestone_status="not_started")
    mail("o07-etapa-nao-iniciada", f"Projetos Nordeste Energia <{e}>", OWD, dt("2025-09-25T11:30", "BR"),
         "Etapa 3 (área do cliente) - reembolso",
         "Prezados,\n\nConforme alinhado em reunião, a área do cliente (etapa 3 do Portal Nordeste Energia, "
         "fatura OWD-2025-307) saiu do escopo: nosso ERP novo já traz esse módulo. Como a etapa não foi "
         "iniciada, solicitamos o reembolso do valor pago.\n\nEng. Caio Albuquerque\nFortaleza - CE\n")
    case("o07-etapa-nao-iniciada", OWB, "decided", ["o07-etapa-nao-iniciada"],
         "O3: milestone not_started: approve its amount 35000.00 before tax.", [R("approve", "35000.00")])

    # o08 milestone in progress
    e = "marketing@acaiparaense.com.br"
    J("Açaí Paraense Delivery", e, "2025-08-20T10:00:00")
    W("pt_w0801", "OWD-2025-308", "Açaí Paraense Delivery", "milestone", "22000.00", "3960.00",
      "2025-09-10T10:00:00", milestone_status="in_progress")
    mail("o08-etapa-em-andamento", f"Marketing Açaí Paraense <{e}>", OWD, dt("2025-09-26T16:00", "BR"),
         "etapa do app parada",
         "Égua, a etapa do app do Açaí Paraense Delivery (OWD-2025-308) tá andando muito devagar, só vi duas "
         "telas em 15 dias. Quero que devolvam o que ainda não foi feito dessa etapa.\nTainá - marketing, "
         "Belém\n")
    case("o08-etapa-em-andamento", OWB, "decided", ["o08-etapa-em-andamento"],
         "O3: milestone in_progress: escalate (billable value of work not started needs a person).",
         [R("escalate")])

    # o09 milestone approved
    e = "direcao@colegiosaojose.st"
    J("Colégio São José Site", e, "2025-07-01T10:00:00")
    W("pt_w0901", "OWD-2025-309", "Colégio São José Site", "milestone", "16000.00", "2880.00",
      "2025-08-05T10:00:00", milestone_status="approved")
    mail("o09-etapa-aprovada", f"Direcção Colégio São José <{e}>", OWD, dt("2025-09-19T10:00", "ST"),
         "Devolução etapa de design",
         "Exmos Senhores,\n\nAprovámos o design do Colégio São José Site em agosto, mas o novo director não "
         "gosta das cores. Pedimos a devolução do valor da etapa de design, fatura OWD-2025-309.\n\n"
         "A Direcção\nSão Tomé\n")
    case("o09-etapa-aprovada", OWB, "decided", ["o09-etapa-aprovada"],
         "O3/O6: milestone approved: deny (approved milestones are non-refundable).", [R("deny")])

    # o10 retainer, notice on the cut-off day (Timor)
    e = "admin@dilitours.tl"
    J("Dili Tours Marketing", e, "2025-03-01T10:00:00")
    W("pt_w1001", "OWD-2025-310", "Dili Tours Marketing", "retainer", "6000.00", "1080.00", "2025-09-06T10:00:00",
      period_start="2025-09-06", period_end="2025-10-05", next_billing_at="2025-10-06T00:00:00")
    mail("o10-avenca-7-dias", f"Dili Tours <{e}>", OWD, dt("2025-09-29T11:00", "TL"),
         "Fim da avença mensal - Dili Tours Marketing",
         "Bom dia,\n\nVimos informar que pretendemos terminar a avença mensal de gestão de redes do Dili Tours "
         "Marketing (última fatura OWD-2025-310). A época turística acabou e vamos fazer as publicações "
         "internamente.\n\nCumprimentos,\nAdelino Soares\nDíli, Timor-Leste\n")
    case("o10-avenca-7-dias", OWB, "decided", ["o10-avenca-7-dias"],
         "O4/O8: next_billing 2025-10-06; email 11:00 +09:00 = 07:30 IST 2025-09-29 = exactly 7 days' notice: "
         "cancel, effective 2025-10-05.", [X("cancel", "2025-10-05")])

    # o11 retainer, short notice because of the -03:00 evening
    e = "contato@gremiofutsalpoa.com.br"
    J("Grêmio Futsal POA", e, "2025-02-01T10:00:00")
    W("pt_w1101", "OWD-2025-311", "Grêmio Futsal POA", "retainer", "8000.00", "1440.00", "2025-09-05T10:00:00",
      period_start="2025-09-05", period_end="2025-10-04", next_billing_at="2025-10-05T00:00:00")
    mail("o11-avenca-aviso-curto", f"Grêmio Futsal POA <{e}>", OWD, dt("2025-09-28T20:30", "BR"),
         "encerrar manutenção mensal",
         "Boa noite, tchê. Perdemos o patrocínio e não dá mais pra manter o contrato mensal do site do Grêmio "
         "Futsal POA (fatura OWD-2025-311). Por favor encerrem.\nAlemão - diretoria\n")
    case("o11-avenca-aviso-curto", OWB, "decided", ["o11-avenca-aviso-curto"],
         "O4: next_billing 2025-10-05, cut-off 2025-09-28; email 20:30 -03:00 = 05:00 IST 2025-09-29: less than "
         "7 days, next cycle billed, effective its last day 2025-11-04.", [X("cancel", "2025-11-04")])

    # o12 retainer with next cycle paid in advance
    e = "gestao@macauflavours.mo"
    J("Macau Flavours Blog", e, "2025-01-10T10:00:00")
    W("pt_w1201", "OWD-2025-312", "Macau Flavours Blog", "retainer", "5000.00", "900.00", "2025-09-01T10:00:00",
      period_start="2025-09-01", period_end="2025-09-30", next_billing_at="2025-11-01T00:00:00")
    W("pt_w1202", "OWD-2025-313", "Macau Flavours Blog", "retainer", "5000.00", "900.00", "2025-09-01T10:05:00",
      period_start="2025-10-01", period_end="2025-10-31", next_billing_at="2025-11-01T00:00:00")
    mail("o12-avenca-paga-adiantada", f"Macau Flavours <{e}>", OWD, dt("2025-09-18T17:00", "MO"),
         "Cancelamento do contrato mensal (Macau Flavours Blog)",
         "Caros,\n\nVamos encerrar o blog no fim de setembro: a autora muda-se para Lisboa. Queremos cancelar a "
         "avença. Reparei que outubro já foi pago adiantado (OWD-2025-313).\n\nObrigado\nCarlos Sousa\n")
    case("o12-avenca-paga-adiantada", OWB, "decided", ["o12-avenca-paga-adiantada"],
         "Section 8 retainer paid in advance: October already paid and notice > 7 days before 2025-11-01: "
         "the cancellation is escalated. No refund is asked (the prepaid October is only mentioned).", [X("escalate")])

    # o13 hosting annual within 14 days
    e = "reservas@pousadaazul.com.br"
    J("Pousada Azul", e, "2025-08-01T10:00:00")
    W("pt_w1301", "OWD-2025-314", "Pousada Azul", "hosting_annual", "18000.00", "3240.00", "2025-09-15T10:00:00",
      setup_fee="2400.00", service_start="2025-09-15")
    mail("o13-hospedagem-14-dias", f"Pousada Azul <{e}>", OWD, dt("2025-09-22T08:00", "BR"),
         "Hospedagem anual - cancelar e reembolsar",
         "Olá, aqui é a Patrícia da Pousada Azul (Jericoacoara). Contratamos a hospedagem anual dia 15 "
         "(fatura OWD-2025-314), mas a operadora de turismo vai hospedar nosso site de graça no portal deles. "
         "Quero cancelar a hospedagem e receber o reembolso proporcional.\nPatrícia\n")
    case("o13-hospedagem-14-dias", OWB, "decided", ["o13-hospedagem-14-dias"],
         "O5: day 7 after service_start 2025-09-15: 18000 - 2400 - (15600/12 = 1300) x 1 = 14300.00; the "
         "cancellation asked is acknowledged (O5 refund ends the plan): cancel.",
         [R("approve", "14300.00"), X("cancel")])

    # o14 maintenance annual, day 14 by IST
    e = "ti@hospitalbelem.com.br"
    J("Hospital Belém Site", e, "2025-06-01T10:00:00")
    W("pt_w1401", "OWD-2025-315", "Hospital Belém Site", "maintenance_annual", "9600.00", "1728.00",
      "2025-09-01T10:00:00", setup_fee="600.00", service_start="2025-09-01")
    mail("o14-manutencao-dia-14", f"TI Hospital Belém <{e}>", OWD, dt("2025-09-14T21:00", "BR"),
         "Reembolso manutenção anual OWD-2025-315",
         "Boa noite. A direção decidiu internalizar a manutenção do Hospital Belém Site com a equipe de TI "
         "própria. Solicitamos o cancelamento do plano anual de manutenção e o reembolso proporcional, "
         "fatura OWD-2025-315.\n\nRenato - TI\n")
    case("o14-manutencao-dia-14", OWB, "decided", ["o14-manutencao-dia-14"],
         "O5: email 21:00 -03:00 = 05:30 IST 2025-09-15 = day 14, inside: 9600 - 600 - (9000/12 = 750) x 1 = "
         "8250.00; the cancellation asked is acknowledged (O5 refund ends the plan): cancel.", [R("approve", "8250.00"), X("cancel")])

    # o15 hosting annual after 14 days (Macau morning)
    e = "it@goldenlotus.mo"
    J("Golden Lotus Restaurante", e, "2025-08-01T10:00:00")
    W("pt_w1501", "OWD-2025-316", "Golden Lotus Restaurante", "hosting_annual", "12000.00", "2160.00",
      "2025-09-01T10:00:00", setup_fee="1200.00", service_start="2025-09-01")
    mail("o15-hospedagem-dia-15", f"Golden Lotus IT <{e}>", OWD, dt("2025-09-16T09:00", "MO"),
         "Reembolso hospedagem - Golden Lotus Restaurante",
         "Bom dia. Vamos mudar o site do Golden Lotus Restaurante para o servidor do grupo em Hong Kong. Peço o "
         "reembolso do plano anual que mantém o site no ar (OWD-2025-316), por favor.\nKelvin Ho\n")
    case("o15-hospedagem-dia-15", OWB, "decided", ["o15-hospedagem-dia-15"],
         "O5: email 09:00 +08:00 = 06:30 IST 2025-09-16 = day 15 after 2025-09-01: deny. Only a refund is asked.", [R("deny")])

    # o16 hosting with rounding
    e = "adm@clinicavidasaudavel.com.br"
    J("Clínica Vida Saudável", e, "2025-08-01T10:00:00")
    W("pt_w1601", "OWD-2025-317", "Clínica Vida Saudável", "hosting_annual", "14999.00", "2699.82",
      "2025-09-20T10:00:00", setup_fee="1000.00", service_start="2025-09-20")
    mail("o16-hospedagem-arredondamento", None or f"Administração Clínica <{e}>", OWD,
         dt("2025-09-26T10:00", "BR"), "Re: Hospedagem",
         None, html="<div>Bom dia,</div><div><br></div><div>Gostaríamos de <b>cancelar a hospedagem anual</b> da "
         "Clínica Vida Saudável e pedir o <b>reembolso</b> proporcional (fatura OWD-2025-317). O motivo: "
         "fechamos parceria com uma rede de clínicas que já tem plataforma própria.</div><div><br></div>"
         "<div>Att,<br>Administração<br><i>Clínica Vida Saudável - Goiânia</i></div>",
         irt="<owd-2176.reply@gmail.com>")
    case("o16-hospedagem-arredondamento", OWB, "decided", ["o16-hospedagem-arredondamento"],
         "O5 + C6 (HTML-only mail): day 6; 14999 - 1000 - 13999/12 (1166.58333...) = 12832.41667, rounded once "
         "at the end = 12832.42; cancellation asked: cancel.", [R("approve", "12832.42"), X("cancel")])

    # o17 domain, third party
    e = "contato@vinicolaserragaucha.com.br"
    J("Vinícola Serra Gaúcha", e, "2025-05-01T10:00:00")
    W("pt_w1701", "OWD-2025-318", "Vinícola Serra Gaúcha", "third_party", "1299.00", "233.82", "2025-09-24T10:00:00")
    mail("o17-dominio", f"Vinícola Serra Gaúcha <{e}>", OWD, dt("2025-09-25T10:00", "BR"),
         "renovação do domínio",
         "Bom dia, vocês renovaram o domínio .com.br da Vinícola Serra Gaúcha ontem (OWD-2025-318), mas a gente "
         "ia transferir para outro registrador. Dá pra estornar essa renovação?\nAtt, Giovana\n")
    case("o17-dominio", OWB, "decided", ["o17-dominio"],
         "O6: third_party (domain renewal) is never refundable: deny.", [R("deny")])

    # o18 rush fee
    e = "eventos@festivalgamboa.cv"
    J("Festival Gamboa 2025", e, "2025-08-20T10:00:00")
    W("pt_w1801", "OWD-2025-319", "Festival Gamboa 2025", "rush", "5000.00", "900.00", "2025-09-10T10:00:00")
    mail("o18-taxa-urgencia", f"Festival Gamboa <{e}>", OWD, dt("2025-09-20T10:00", "CV"),
         "Taxa de urgência",
         "Olá. Pagámos a taxa de urgência (OWD-2025-319) para o site do Festival Gamboa 2025 ficar pronto a 15 "
         "de setembro mas só ficou no dia 17. Queremos a taxa de volta.\nOrganização Festival Gamboa\n")
    case("o18-taxa-urgencia", OWB, "decided", ["o18-taxa-urgencia"],
         "O6: rush fees are never refundable: deny.", [R("deny")])

    # o19 chargeback
    e = "financas@bolama-pescas.gw"
    J("Bolama Pescas", e, "2025-09-20T10:00:00")
    W("pt_w1901", "OWD-2025-320", "Bolama Pescas", "deposit", "10000.00", "1800.00", "2025-09-19T10:00:00")
    mail("o19-contestacao-banco", f"Bolama Pescas <{e}>", OWD, dt("2025-09-21T10:00", "GW"),
         "Reembolso depósito OWD-2025-320",
         "Exmos., o projeto Bolama Pescas foi adiado pela administração. Queremos o depósito de volta. Caso "
         "contrário vamos abrir uma disputa do pagamento com o nosso banco (chargeback).\nDirecção Financeira\n")
    case("o19-contestacao-banco", OWB, "decided", ["o19-contestacao-banco"],
         "C4: chargeback/bank dispute threat: escalate.", [R("escalate")], rules=["C4"])

    # o20 C2 from a personal mailbox
    e = "geral@oficinaalfama.pt"
    J("Oficina Alfama", e, "2025-09-01T10:00:00")
    W("pt_w2001", "OWD-2025-321", "Oficina Alfama", "milestone", "9000.00", "1620.00", "2025-09-15T10:00:00",
      milestone_status="not_started")
    mail("o20-email-pessoal", "Rita Alfama <rita.alfama.lx@hotmail.com>", OWD, dt("2025-09-23T12:00", "PT"),
         "Reembolso etapa 2 - Oficina Alfama",
         "Olá, escrevo do meu hotmail porque não tenho acesso ao geral@. A etapa 2 da Oficina Alfama (fatura "
         "OWD-2025-321) ainda não começou e já não a queremos, a loja vai fechar. Podem devolver?\nRita\n")
    case("o20-email-pessoal", OWB, "need_info", ["o20-email-pessoal"],
         "C2 (explicit for Optima): the request must come from the contract email geral@oficinaalfama.pt.",
         rules=["C2"])

    # o21 retainer cancellation without a reason
    e = "direcao@revistaacoriana.pt"
    J("Revista Açoriana Online", e, "2025-01-01T10:00:00")
    W("pt_w2101", "OWD-2025-322", "Revista Açoriana Online", "retainer", "7000.00", "1260.00", "2025-09-20T10:00:00",
      period_start="2025-09-20", period_end="2025-10-19", next_billing_at="2025-10-20T00:00:00")
    mail("o21-sem-motivo-cancelar", f"Revista Açoriana <{e}>", OWD, dt("2025-09-22T15:00", "AZ"),
         "Cancelamento — Revista Açoriana Online / OWD-2025-322",
         "Exmos. Senhores,\n\nSolicitamos o cancelamento do contrato de manutenção mensal relativo ao projeto "
         "Revista Açoriana Online, fatura OWD-2025-322.\n\nSem outro assunto de momento, subscrevemo-nos com "
         "os melhores cumprimentos,\n\nA Direção\nRevista Açoriana | Angra do Heroísmo\n")
    case("o21-sem-motivo-cancelar", OWB, "need_info", ["o21-sem-motivo-cancelar"],
         "Section 8: Optima requires a reason for cancellations too; formal closing lines are not a reason: "
         "need_info reason.", missing=["reason"])

    # o22 thread answering need_info (deposit)
    e = "studio@fotoluzbrasilia.com.br"
    J("Foto Luz Estúdio", e)
    W("pt_w2201", "OWD-2025-323", "Foto Luz Estúdio", "deposit", "12000.00", "2160.00", "2025-09-27T11:00:00")
    m1 = mail("o22a-pedido", f"Foto Luz Estúdio <{e}>", OWD, dt("2025-09-28T09:00", "BR"),
              "Refund Request — Foto Luz Estúdio / OWD-2025-323",
              "Bom dia, por favor façam o reembolso do sinal do projeto Foto Luz Estúdio, fatura OWD-2025-323. "
              "Obrigado.\nLucas\n")
    mail("o22b-resposta", f"Foto Luz Estúdio <{e}>", OWD, dt("2025-09-30T19:00", "BR"),
         "Re: Refund Request — Foto Luz Estúdio / OWD-2025-323 [OWD-2210]",
         "Oi, o motivo: sofri um acidente de moto e vou ficar uns meses sem trabalhar, o estúdio vai fechar "
         "temporariamente.\n\nLucas\n\n-- \nEm dom., 28 de set. de 2025 às 11:40, Optima WebDesign "
         "<optimawebdesigns12@gmail.com> escreveu:\n> Para "
         "seguirmos com o pedido, informe por favor o motivo. [OWD-2210]\n",
         irt="<owd-2210.draft@gmail.com>", refs=[m1, "<owd-2210.draft@gmail.com>"])
    case("o22-thread-motivo", OWB, "decided", ["o22a-pedido", "o22b-resposta"],
         "C3 merge; request time = first email 2025-09-28 17:30 IST (30.5 h after payment, no work): O2 approve "
         "12000.00 even though the answer came after 72 h.", [R("approve", "12000.00")])

    # o23 the brand's own address
    mail("o23-proprio-endereco", "Optima WebDesign Billing <billing@optimawebdesign.com>", OWD,
         dt("2025-09-24T10:00", "IN"), "Cópia: pedido de reembolso encaminhado",
         "Cópia interna: cliente pediu reembolso do sinal, ver ticket OWD-2198.\n")
    case("o23-proprio-endereco", OWB, "ignore", ["o23-proprio-endereco"],
         "C7: mail from the brand's own address: ignore.", rules=["C7"])

    # o24 what-if before signing
    mail("o24-antes-de-assinar", "Sofia Tavares <sofia.tavares@gmail.com>", OWD, dt("2025-09-20T11:00", "PT"),
         "Dúvida antes de assinar contrato",
         "Bom dia,\n\nEstou a pensar contratar-vos para o site da minha loja de cerâmica em Aveiro. Antes de "
         "assinar: se pagar o sinal e depois mudar de ideias, devolvem o dinheiro? E a hospedagem anual, se "
         "não gostar, tenho reembolso?\n\nObrigada\nSofia\n")
    case("o24-antes-de-assinar", OWB, "other", ["o24-antes-de-assinar"],
         "Section 8 hypotheticals: questions before signing, nothing asked: other.")

    # o25 LO customer writing to the Optima mailbox
    mail("o25-cliente-outra-marca", "Marcos Tavares <marcos.tavares@tavaresagro.com.br>", OWD,
         dt("2025-09-24T09:00", "BR"), "estorno cobrança duplicada",
         "Bom dia, fui cobrado duas vezes na mensalidade do dia 20, nota LO-INV-70102. Quero estorno.\nMarcos\n")
    case("o25-cliente-outra-marca", OWB, "need_info", ["o25-cliente-outra-marca"],
         "Section 8 other brand's customer: C1 picks Optima by the To address; the sender is unknown in Optima's "
         "ledger: C2 need_info.", rules=["C2"])

    # o26 change request, a Brazilian one-liner
    e = "mkt@academiaforca.com.br"
    J("Academia Força Total", e, "2025-07-01T10:00:00")
    W("pt_w2601", "OWD-2025-324", "Academia Força Total", "change_request", "4500.00", "810.00",
      "2025-09-18T10:00:00")
    mail("o26-alteracao-fora-escopo", f"Academia Força Total <{e}>", OWD, dt("2025-09-23T07:00", "BR"),
         "devolução alteração OWD-2025-324",
         "a página de planos que pedimos a mais (alteração OWD-2025-324) ficou feia e nem vamos usar, "
         "devolve o valor aí pfv. academia força total, Ribeirão\n")
    case("o26-alteracao-fora-escopo", OWB, "decided", ["o26-alteracao-fora-escopo"],
         "O6: change requests outside the original scope are never refundable: deny.", [R("deny")])


def main():
    lo_cases()
    owd_cases()
    ledger = {"customers": CUSTOMERS, "projects": PROJECTS, "payments": PAYMENTS}
    out = HERE / "emails"
    if out.exists():
        shutil.rmtree(out)
    out.mkdir()
    for name, data in FILES.items():
        (HERE / name).write_bytes(data)
    (HERE / "ledger.json").write_text(json.dumps(ledger, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (HERE / "expected.json").write_text(json.dumps({"cases": CASES}, ensure_ascii=False, indent=1) + "\n",
                                        encoding="utf-8")
    print(f"{len(CASES)} cases, {len(FILES)} emails")


if __name__ == "__main__":
    main()
