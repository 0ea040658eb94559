#!/usr/bin/env python3
"""Held-out round fresh19 (pt): writes ledger.json, emails/*.eml and expected.json beside itself.
Stdlib only, deterministic. MIT, like the project; all text written for this project."""
import json
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
EM = HERE / "emails"
LO = "support@leadsoptima.com"
OW = "optimawebdesigns12@gmail.com"
LOB, OWB = "leadsoptima", "optima_webdesign"
A = ("11988.00", "2157.84")
Q = ("3999.00", "719.82")
M = ("1499.00", "269.82")
customers, projects, payments, cases = [], [], [], []


def cust(email, name, plan, start=None, end=None, status="active", trial_ends=None):
    customers.append({"brand": LOB, "email": email, "name": name, "plan": plan, "status": status,
                      "trial_ends": trial_ends, "current_period_start": start, "current_period_end": end})


def lopay(pid, inv, email, plan, paid_at, ps, pe, status="paid"):
    amt, tax = {"annual": A, "quarterly": Q, "monthly": M}[plan]
    payments.append({"brand": LOB, "id": pid, "invoice": inv, "customer_email": email, "kind": "subscription",
                     "plan": plan, "amount": amt, "tax": tax, "currency": "INR", "paid_at": paid_at,
                     "period_start": ps, "period_end": pe, "status": status})


def proj(name, contract, started=None):
    projects.append({"brand": OWB, "name": name, "contract_email": contract, "work_started_at": started})


def owpay(pid, inv, project, kind, amount, tax, paid_at, currency="INR", **kw):
    p = {"brand": OWB, "id": pid, "invoice": inv, "project": project, "kind": kind, "amount": amount,
         "tax": tax, "currency": currency, "paid_at": paid_at, "status": "paid", "setup_fee": None,
         "service_start": None, "next_billing_at": None, "period_start": None, "period_end": None,
         "milestone_status": None}
    p.update(kw)
    payments.append(p)


def dt(s, off):
    """'2025-09-22 21:40' in the sender's UTC offset ('-06:00')."""
    sign = -1 if off[0] == "-" else 1
    h, m = off[1:].split(":")
    tz = timezone(sign * timedelta(hours=int(h), minutes=int(m)))
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=tz)


def mail(fn, frm, to, subj, when, off, body=None, html=None, headers=(), reply=None, reply_to=None, cc=None):
    """Write emails/<fn>.eml; returns (file, message-id, references) for threading."""
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subj
    m["Date"] = format_datetime(dt(when, off))
    mid = f"<{fn}-fresh19@{frm.split('@')[-1].strip('> ')}>"
    m["Message-ID"] = mid
    refs = []
    if reply:
        refs = reply[2] + [reply[1]]
        m["In-Reply-To"] = reply[1]
        m["References"] = " ".join(refs)
    for k, v in headers:
        m[k] = v
    if body is not None:
        m.set_content(body)
        if html is not None:
            m.add_alternative(html, subtype="html")
    elif html is not None:
        m.set_content(html, subtype="html")
    EM.mkdir(exist_ok=True)
    (EM / f"{fn}.eml").write_bytes(m.as_bytes(policy=SMTP))
    return (f"emails/{fn}.eml", mid, refs)


def our(fn, subj, when, reply):
    """Our own request for details (not a case file; only its Message-ID is used for threading)."""
    return (None, f"<{fn}-fresh19@leadsoptima.com>", reply[2] + [reply[1]])


def case(cid, brand, files, status, _unused=None, *, spec, rules=(), decisions=(), **kw):
    c = {"id": f"{LANG}-{cid}", "lang": LANG, "files": [f for f in files if f], "brand": brand,
         "status": status, "rules": list(rules), "decisions": [dict(d) for d in decisions], "spec": spec}
    c.update(kw)
    cases.append(c)


def ref(amount=None):
    return {"intent": "refund", "outcome": "approve", "amount": amount}


def rd(outcome):
    return {"intent": "refund", "outcome": outcome, "amount": None}


def cn(date, outcome="cancel"):
    d = {"intent": "cancellation", "outcome": outcome}
    if date:
        d["effective_date"] = date
    return d


def finish():
    (HERE / "ledger.json").write_text(json.dumps(
        {"customers": customers, "projects": projects, "payments": payments}, indent=1, ensure_ascii=False) + "\n")
    (HERE / "expected.json").write_text(json.dumps({"cases": cases}, indent=1, ensure_ascii=False) + "\n")
    print(f"{len(cases)} cases, {len(list(EM.glob('*.eml')))} emails")


def dsn(fn, frm, to, subj, when, off, text, rcpt):
    """A delivery-status report (RFC 3464) from the mailer daemon, parsed into an EmailMessage."""
    from email.parser import BytesParser
    host = frm.split("@")[-1].strip("> ")
    raw = (f"From: {frm}\nTo: {to}\nSubject: {subj}\nDate: {format_datetime(dt(when, off))}\n"
           f"Message-ID: <{fn}-fresh19@{host}>\nAuto-Submitted: auto-replied\nMIME-Version: 1.0\n"
           'Content-Type: multipart/report; report-type=delivery-status; boundary="dsn19"\n\n'
           "--dsn19\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
           f"{text}\n--dsn19\nContent-Type: message/delivery-status\n\n"
           f"Reporting-MTA: dns; {host}\n\nFinal-Recipient: rfc822; {rcpt}\nAction: failed\nStatus: 5.1.1\n\n"
           "--dsn19--\n")
    m = BytesParser(policy=SMTP).parsebytes(raw.encode("utf-8"))
    del m["Subject"]
    m["Subject"] = subj
    EM.mkdir(exist_ok=True)
    (EM / f"{fn}.eml").write_bytes(m.as_bytes(policy=SMTP))
    return (f"emails/{fn}.eml", f"<{fn}-fresh19@{host}>", [])
LANG = "pt"

# ---------------------------------------------------------------- LeadsOptima
# l01 duplicate, São Paulo, phone dictation
cust("thiago.nascimento.sp@gmail.com", "Thiago Nascimento", "monthly", "2025-09-24", "2025-10-23")
lopay("pt_p01a", "LO-INV-80101", "thiago.nascimento.sp@gmail.com", "monthly", "2025-09-24T18:30:00", "2025-09-24", "2025-10-23")
lopay("pt_p01b", "LO-INV-80102", "thiago.nascimento.sp@gmail.com", "monthly", "2025-09-24T18:30:45", "2025-09-24", "2025-10-23")
f = mail("l01-cobranca-duplicidade", "Thiago Nascimento <thiago.nascimento.sp@gmail.com>", LO, "cobrança em duplicidade",
         "2025-09-25 07:50", "-03:00",
         "bom dia pessoal entao fui olhar a fatura do cartao hoje cedo e vi que vcs me cobraram duas vezes a "
         "mensalidade ontem mesmo valor mesmo horario quase a segunda nota e LO-INV-80102 plano mensal quero o "
         "estorno de uma delas valeu\n\nEnviado do meu Android\n")
case("l01-cobranca-duplicidade", LOB, [f[0]], "decided", [], decisions=[ref("1499.00")],
     spec="L4: two paid monthly charges 2025-09-24; email 2025-09-25 16:20 IST = day 1; refund the duplicate LO-INV-80102 1499.00 before tax.")

# l02 duplicate on day 7, Lisbon (+01:00), formal pt-PT
cust("geral@papelariacampos.pt", "Papelaria Campos, Lda.", "quarterly", "2025-09-12", "2025-12-11")
lopay("pt_p02a", "LO-INV-80201", "geral@papelariacampos.pt", "quarterly", "2025-09-12T20:00:00", "2025-09-12", "2025-12-11")
lopay("pt_p02b", "LO-INV-80202", "geral@papelariacampos.pt", "quarterly", "2025-09-12T20:02:00", "2025-09-12", "2025-12-11")
f = mail("l02-duplicado-dia7-lisboa", "Papelaria Campos <geral@papelariacampos.pt>", LO,
         "Débito em duplicado – subscrição trimestral", "2025-09-19 18:00", "+01:00",
         "Exmos. Senhores,\n\nVimos por este meio informar que, no passado dia 12, a nossa subscrição trimestral foi "
         "debitada em duplicado no cartão da empresa (faturas LO-INV-80201 e LO-INV-80202). Solicitamos a devolução "
         "do valor cobrado indevidamente, referente à fatura LO-INV-80202.\n\nSem outro assunto de momento, "
         "apresentamos os nossos melhores cumprimentos.\n\nAna Campos\nGerente\nPapelaria Campos, Lda. – NIF 509 000 000\n")
case("l02-duplicado-dia7-lisboa", LOB, [f[0]], "decided", [], decisions=[ref("3999.00")],
     spec="L3 day 7 inside: charge 2025-09-12 IST; email 2025-09-19 18:00 +01:00 = 22:30 IST, local date 09-19 = day 7; L4 approve 3999.00.")

# l03 duplicate, Manaus (-04:00) evening = day 8 in IST
cust("contato@acaiamazonia.com.br", "Açaí Amazônia", "monthly", "2025-09-16", "2025-10-15")
lopay("pt_p03a", "LO-INV-80301", "contato@acaiamazonia.com.br", "monthly", "2025-09-16T10:00:00", "2025-09-16", "2025-10-15")
lopay("pt_p03b", "LO-INV-80302", "contato@acaiamazonia.com.br", "monthly", "2025-09-16T10:01:00", "2025-09-16", "2025-10-15")
f = mail("l03-duplicado-dia8-manaus", "Açaí Amazônia <contato@acaiamazonia.com.br>", LO, "Cobrança duplicada dia 16",
         "2025-09-23 21:00", "-04:00",
         "Boa noite. Fomos cobrados duas vezes no dia 16 pelo plano mensal (LO-INV-80301 e LO-INV-80302). Ainda "
         "estamos dentro dos 7 dias, hoje é dia 23. Pedimos o estorno da segunda cobrança, LO-INV-80302.\n\n"
         "Att,\nRaimunda Lopes – Financeiro\n")
case("l03-duplicado-dia8-manaus", LOB, [f[0]], "decided", [], decisions=[rd("deny")],
     spec="L3: email 2025-09-23 21:00 -04:00 = 2025-09-24 06:30 IST = day 8 after the 2025-09-16 charge: deny.")

# l04 three identical charges, Maputo (+02:00)
cust("info@maputodigital.co.mz", "Maputo Digital", "quarterly", "2025-09-20", "2025-12-19")
for i, t in enumerate(["14:00", "14:02", "14:05"]):
    lopay(f"pt_p04{'abc'[i]}", f"LO-INV-8040{i+1}", "info@maputodigital.co.mz", "quarterly", f"2025-09-20T{t}:00", "2025-09-20", "2025-12-19")
f = mail("l04-tres-cobrancas-maputo", "Maputo Digital <info@maputodigital.co.mz>", LO, "Pagamento debitado 3 vezes",
         "2025-09-22 09:00", "+02:00",
         "Caros senhores,\n\nO nosso banco (BCI) debitou três vezes o plano trimestral no sábado, as faturas são "
         "LO-INV-80401, LO-INV-80402 e LO-INV-80403. Só fizemos uma subscrição, portanto pedimos a devolução das "
         "duas cobranças a mais.\n\nCumprimentos,\nCelso Mabunda\nMaputo Digital\n")
case("l04-tres-cobrancas-maputo", LOB, [f[0]], "decided", [], decisions=[ref("7998.00")],
     spec="Section 8 three identical charges: 2nd and 3rd are duplicates, request 2025-09-22 12:30 IST = day 2; refund 2 x 3999.00 = 7998.00.")

# l05 claims a double charge, ledger has one (Luanda +01:00)
cust("edson.kiala@gmail.com", "Edson Kiala", "monthly", "2025-09-26", "2025-10-25")
lopay("pt_p05", "LO-INV-80501", "edson.kiala@gmail.com", "monthly", "2025-09-26T09:00:00", "2025-09-26", "2025-10-25")
f = mail("l05-duplicado-sem-par-luanda", "Edson Kiala <edson.kiala@gmail.com>", LO, "cobrança dupla",
         "2025-09-27 10:30", "+01:00",
         "Bom dia, o meu extracto do BAI mostra que pagaram duas vezes a mensalidade, a factura é a LO-INV-80501. "
         "Peço que devolvam o valor cobrado a mais. Obrigado, bué de stress com isto.\nEdson\n")
case("l05-duplicado-sem-par-luanda", LOB, [f[0]], "decided", [], decisions=[rd("escalate")],
     spec="L4: duplicate claimed on day 1 but the ledger holds one paid charge: escalate, no amount.")

# l06 wrong amount, Porto Alegre
cust("bruna.kuhn@kuhnadvocacia.adv.br", "Bruna Kuhn", "monthly", "2025-09-25", "2025-10-24")
lopay("pt_p06", "LO-INV-80601", "bruna.kuhn@kuhnadvocacia.adv.br", "monthly", "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
f = mail("l06-valor-errado-poa", "Bruna Kuhn <bruna.kuhn@kuhnadvocacia.adv.br>", LO, "valor cobrado errado",
         "2025-09-26 15:20", "-03:00",
         "Bah, pessoal, cobraram o valor errado na mensalidade desse mês (fatura LO-INV-80601), bem mais do "
         "que o combinado com o comercial. Peço a devolução, por favor.\n\nAbraço,\nBruna\n")
case("l06-valor-errado-poa", LOB, [f[0]], "decided", [], decisions=[rd("escalate")],
     spec="L2 billing_error ('valor errado') on day 1: L5 escalate. The sender's domain (.adv.br) is not a legal threat.")

# l07 charged after cancelling, Recife
cust("marcela.albuquerque@uol.com.br", "Marcela Albuquerque", "monthly", "2025-09-20", "2025-10-19", status="cancelled")
lopay("pt_p07", "LO-INV-80701", "marcela.albuquerque@uol.com.br", "monthly", "2025-09-20T10:00:00", "2025-09-20", "2025-10-19")
f = mail("l07-cobrada-apos-cancelar", "Marcela Albuquerque <marcela.albuquerque@uol.com.br>", LO,
         "Cobrança depois do cancelamento", "2025-09-22 11:00", "-03:00",
         "Olá, eu cancelei a assinatura em agosto, tenho até o print, e mesmo assim fui cobrada de novo no dia 20 "
         "(LO-INV-80701). Quero o dinheiro de volta, oxe, já tinha cancelado!\nMarcela\n")
case("l07-cobrada-apos-cancelar", LOB, [f[0]], "decided", [], decisions=[rd("escalate")],
     spec="L2 billing_error (charged after cancelling) on day 2: L5 escalate with LO-INV-80701.")

# l08 access failure, Rio, code-switching
cust("lucas.ferraz@growthrio.com.br", "Lucas Ferraz", "quarterly", "2025-09-27", "2025-12-26")
lopay("pt_p08", "LO-INV-80801", "lucas.ferraz@growthrio.com.br", "quarterly", "2025-09-27T10:00:00", "2025-09-27", "2025-12-26")
f = mail("l08-nao-consigo-logar", "Lucas Ferraz <lucas.ferraz@growthrio.com.br>", LO, "login quebrado",
         "2025-09-29 10:00", "-03:00",
         "Fala time, tudo bem? Desde sábado não consigo logar na plataforma, dá um erro 500 e o dashboard nem "
         "carrega. Já testei em outro browser, anônima, tudo. Paguei o trimestral justo no sábado (LO-INV-80801), "
         "então quero o refund, sorry mas não dá pra ficar sem a ferramenta.\n\nLucas Ferraz\nHead of Growth\n")
case("l08-nao-consigo-logar", LOB, [f[0]], "decided", [], decisions=[rd("escalate")],
     spec="L2 access_failure ('não consigo logar', dashboard not loading) on day 2: L6 escalate.")

# l09 access failure outside the window, Porto
cust("rui.teixeira.porto@sapo.pt", "Rui Teixeira", "annual", "2025-09-01", "2026-08-31")
lopay("pt_p09", "LO-INV-80901", "rui.teixeira.porto@sapo.pt", "annual", "2025-09-01T10:00:00", "2025-09-01", "2026-08-31")
f = mail("l09-sem-acesso-fora-prazo", "Rui Teixeira <rui.teixeira.porto@sapo.pt>", LO, "Sem acesso à conta",
         "2025-09-15 09:00", "+01:00",
         "Bom dia,\n\nDesde a renovação anual (fatura LO-INV-80901, dia 1) não consigo aceder à conta: a página "
         "fica a carregar e nunca abre. Já lá vão duas semanas. Quero o reembolso da anuidade.\n\nRui Teixeira\n")
case("l09-sem-acesso-fora-prazo", LOB, [f[0]], "decided", [], decisions=[rd("deny")],
     spec="L3: charge 2025-09-01, email 2025-09-15 13:30 IST = day 14 > 7: deny even for access_failure.")

# l10 changed mind, Belo Horizonte
cust("camila.rezende.bh@hotmail.com", "Camila Rezende", "monthly", "2025-09-28", "2025-10-27")
lopay("pt_p10", "LO-INV-81001", "camila.rezende.bh@hotmail.com", "monthly", "2025-09-28T10:00:00", "2025-09-28", "2025-10-27")
f = mail("l10-desisti", "Camila Rezende <camila.rezende.bh@hotmail.com>", LO, "reembolso",
         "2025-09-29 19:40", "-03:00",
         "oi, uai, desisti do sistema, achei complicado demais pra mim e nem cheguei a usar direito. me devolvem o "
         "valor da fatura LO-INV-81001? bjs\n")
case("l10-desisti", LOB, [f[0]], "decided", [], decisions=[rd("deny")],
     spec="L1: changed mind / did not use it is not an exception: deny (cancellation offered); no cancellation asked.")

# l11 not using + cancel, annual
cust("diretoria@escolaaprender.com.br", "Escola Aprender", "annual", "2025-09-10", "2026-09-09")
lopay("pt_p11", "LO-INV-81101", "diretoria@escolaaprender.com.br", "annual", "2025-09-10T10:00:00", "2025-09-10", "2026-09-09")
f = mail("l11-nao-uso-e-cancelo", "Diretoria Escola Aprender <diretoria@escolaaprender.com.br>", LO,
         "Cancelamento e devolução proporcional", "2025-09-12 14:00", "-03:00",
         "Prezados,\n\nA escola decidiu concentrar a captação de alunos no Instagram, de modo que não utilizaremos "
         "mais a plataforma. Solicitamos o cancelamento da assinatura anual e a devolução proporcional dos meses "
         "não utilizados (fatura LO-INV-81101).\n\nAtenciosamente,\nProfª Sandra Meireles\nDiretora\n")
case("l11-nao-uso-e-cancelo", LOB, [f[0]], "decided", [], decisions=[rd("deny"), cn("2026-09-09")],
     spec="L1 (no partial refunds for unused days): deny; L8: cancel, active until current_period_end 2026-09-09.")

# l12 free trial
cust("felipe.tavares.dev@gmail.com", "Felipe Tavares", "monthly", status="trial", trial_ends="2025-10-06")
f = mail("l12-teste-gratis", "Felipe Tavares <felipe.tavares.dev@gmail.com>", LO, "estorno periodo de teste",
         "2025-09-26 22:00", "-03:00",
         "Olá, estou no período de teste grátis e não curti, quero o estorno caso tenham cobrado alguma coisa no meu cartão.\n")
case("l12-teste-gratis", LOB, [f[0]], "decided", [], decisions=[rd("deny")],
     spec="L7: trial account with no charges: deny; the reply says no billing occurs unless they subscribe. No invoice is asked for: L7 settles it (a trial has no charge to identify).")

# l13 curt cancellation
cust("jessica.pimentel@yahoo.com.br", "Jéssica Pimentel", "quarterly", "2025-08-05", "2025-11-04")
lopay("pt_p13", "LO-INV-81301", "jessica.pimentel@yahoo.com.br", "quarterly", "2025-08-05T10:00:00", "2025-08-05", "2025-11-04")
f = mail("l13-cancela-ai", "Jéssica Pimentel <jessica.pimentel@yahoo.com.br>", LO, "cancelamento",
         "2025-09-21 23:58", "-03:00", "cancela ai minha assinatura pfv\n")
case("l13-cancela-ai", LOB, [f[0]], "decided", [], decisions=[cn("2025-11-04")],
     spec="L8: plan from the ledger; no reason needed for a LO cancellation; active until 2025-11-04.")

# l14 cancellation fallback, monthly, UTC-stamped charge
cust("oficina.dosreis@gmail.com", "Oficina dos Reis", "monthly")
lopay("pt_p14", "LO-INV-81401", "oficina.dosreis@gmail.com", "monthly", "2025-09-04T19:00:00Z", "2025-09-05", "2025-10-04")
f = mail("l14-cancelar-sem-periodo", "Oficina dos Reis <oficina.dosreis@gmail.com>", LO, "Quero cancelar",
         "2025-09-18 08:30", "-03:00",
         "Bom dia, quero cancelar o plano mensal, vou fechar a oficina em Campinas e abrir outra coisa. Até quando "
         "fica ativo?\nSeu Reis\n")
case("l14-cancelar-sem-periodo", LOB, [f[0]], "decided", [], decisions=[cn("2025-10-04")],
     spec="L8 fallback: last charge 2025-09-04T19:00Z = 2025-09-05 00:30 IST; + 1 month - 1 day = 2025-10-04.")

# l15 annual fallback, charge stamped +01:00 on New Year's Eve
cust("loja@vinhosdodouro.pt", "Vinhos do Douro", "annual")
lopay("pt_p15", "LO-INV-81501", "loja@vinhosdodouro.pt", "annual", "2024-12-31T23:30:00+01:00", "2025-01-01", "2025-12-31")
f = mail("l15-anuidade-fallback", "Vinhos do Douro <loja@vinhosdodouro.pt>", LO, "Cancelamento da subscrição anual",
         "2025-09-15 10:00", "+01:00",
         "Bom dia,\n\nSolicito o cancelamento da nossa subscrição anual, sem renovação. Não pretendemos qualquer "
         "reembolso; apenas que não volte a ser cobrada.\n\nCom os melhores cumprimentos,\nTeresa Guedes\n")
case("l15-anuidade-fallback", LOB, [f[0]], "decided", [], decisions=[cn("2025-12-31")],
     spec="L8 fallback: charge 2024-12-31 23:30+01:00 = 2025-01-01 04:00 IST; + 12 months - 1 day = 2025-12-31; 'não pretendemos reembolso' adds no refund.")

# l16 duplicate + cancel, Praia (-01:00)
cust("nelson.tavares.cv@gmail.com", "Nélson Tavares", "monthly", "2025-09-27", "2025-10-26")
lopay("pt_p16a", "LO-INV-81601", "nelson.tavares.cv@gmail.com", "monthly", "2025-09-27T10:00:00", "2025-09-27", "2025-10-26")
lopay("pt_p16b", "LO-INV-81602", "nelson.tavares.cv@gmail.com", "monthly", "2025-09-27T10:03:00", "2025-09-27", "2025-10-26")
f = mail("l16-duplo-e-cancelar-praia", "Nelson Tavares <nelson.tavares.cv@gmail.com>", LO, "pagamento 2 vezes e cancelamento",
         "2025-09-28 09:00", "-01:00",
         "Bom dia. Paguei 2 vezes a mensalidade (LO-INV-81601 e LO-INV-81602), quero a devolução da segunda. E "
         "cancelem a assinatura também por favor, não vou continuar.\nNelson, Praia\n")
case("l16-duplo-e-cancelar-praia", LOB, [f[0]], "decided", [], decisions=[ref("1499.00"), cn("2025-10-26")],
     spec="L4: pair 2025-09-27, email 2025-09-28 15:30 IST day 1: approve 1499.00; L8 cancel until 2025-10-26.")

# l17 C2: from a personal address, names the registered one
cust("financeiro@padariaestrela.com.br", "Padaria Estrela", "monthly", "2025-09-23", "2025-10-22")
lopay("pt_p17a", "LO-INV-81701", "financeiro@padariaestrela.com.br", "monthly", "2025-09-23T10:00:00", "2025-09-23", "2025-10-22")
lopay("pt_p17b", "LO-INV-81702", "financeiro@padariaestrela.com.br", "monthly", "2025-09-23T10:00:30", "2025-09-23", "2025-10-22")
f = mail("l17-c2-email-pessoal", "Rogério Estrela <rogerio.estrela70@bol.com.br>", LO, "duplicidade padaria",
         "2025-09-24 06:10", "-03:00",
         "Bom dia, aqui é o Rogério da Padaria Estrela. O e-mail cadastrado é financeiro@padariaestrela.com.br, "
         "mas quem cuida dele tá de férias. Cobraram duas vezes a mensalidade (segunda fatura LO-INV-81702). Me "
         "falem o valor que vão estornar por favor.\n")
case("l17-c2-email-pessoal", LOB, [f[0]], "need_info", [], rules=["C2"],
     spec="C2: rogerio.estrela70@bol.com.br is not the registered financeiro@...: ask to write from it, disclose nothing.")

# l18 C2 via an Outlook pt-BR forward (ENC:)
cust("ceo@logisticaveloz.com.br", "Logística Veloz", "annual", "2025-09-24", "2026-09-23")
lopay("pt_p18", "LO-INV-81801", "ceo@logisticaveloz.com.br", "annual", "2025-09-24T10:00:00", "2025-09-24", "2026-09-23")
f = mail("l18-c2-enc-outlook", "Assistente Diretoria <assistente@logisticaveloz.com.br>", LO,
         "ENC: acesso LeadsOptima", "2025-09-26 09:00", "-03:00",
         "Bom dia, segue solicitação do nosso CEO abaixo.\n\nAtt,\nPatrícia\n\n"
         "________________________________\n"
         "De: Marcos Veloz <ceo@logisticaveloz.com.br>\n"
         "Enviado: quinta-feira, 25 de setembro de 2025 18:12\n"
         "Para: Assistente Diretoria <assistente@logisticaveloz.com.br>\n"
         "Assunto: acesso LeadsOptima\n\n"
         "Paty, manda pra LeadsOptima: renovamos o anual ontem (LO-INV-81801) e desde então não conseguimos acessar "
         "a conta, fica travado no login. Quero reembolso. Conta ceo@logisticaveloz.com.br.\n")
case("l18-c2-enc-outlook", LOB, [f[0]], "need_info", [], rules=["C2"],
     spec="Section 8 forwards: the forwarded request names the registered ceo@...; forwarded by assistente@...: C2.")

# l19 the From differs only in letter case: the same address, verified
cust("joao.silva@silvaimoveis.com.br", "João Silva", "quarterly", "2025-08-20", "2025-11-19")
lopay("pt_p19", "LO-INV-81901", "joao.silva@silvaimoveis.com.br", "quarterly", "2025-08-20T10:00:00", "2025-08-20", "2025-11-19")
f = mail("l19-maiusculas-mesmo-email", "Joao Silva <Joao.Silva@SilvaImoveis.com.br>", LO, "CANCELAR PLANO",
         "2025-09-19 17:00", "-03:00",
         "BOA TARDE, FAVOR CANCELAR MEU PLANO TRIMESTRAL. VOU ME APOSENTAR E FECHAR A IMOBILIÁRIA.\nJOÃO SILVA\n")
case("l19-maiusculas-mesmo-email", LOB, [f[0]], "decided", [], decisions=[cn("2025-11-19")],
     spec="Section 8: addresses compare case-insensitively, so Joao.Silva@SilvaImoveis.com.br is the registered address: L8 cancel until 2025-11-19.")

# l20 Reply-To is the registered address
cust("compras@mercadinhobomprecos.com.br", "Mercadinho Bom Preço", "monthly", "2025-09-08", "2025-10-07")
lopay("pt_p20", "LO-INV-82001", "compras@mercadinhobomprecos.com.br", "monthly", "2025-09-08T10:00:00", "2025-09-08", "2025-10-07")
f = mail("l20-c2-reply-to", "Daniela Sousa <dani.sousa.contab@gmail.com>", LO, "cancelamento Mercadinho Bom Preço",
         "2025-09-20 10:00", "-03:00",
         "Olá, sou a contadora do Mercadinho Bom Preço (conta compras@mercadinhobomprecos.com.br). Eles pediram "
         "para cancelar a assinatura mensal. Respondam para o e-mail deles, por favor.\nDaniela Sousa – CRC/SP\n",
         reply_to="compras@mercadinhobomprecos.com.br")
case("l20-c2-reply-to", LOB, [f[0]], "need_info", [], rules=["C2"],
     spec="Section 8: the sender is the From address; Reply-To never verifies: C2.")

# l21 missing reason: signature + LGPD disclaimer
cust("financeiro@clinicasorriso.com.br", "Clínica Sorriso", "quarterly", "2025-09-25", "2025-12-24")
lopay("pt_p21", "LO-INV-82101", "financeiro@clinicasorriso.com.br", "quarterly", "2025-09-25T10:00:00", "2025-09-25", "2025-12-24")
f = mail("l21-sem-motivo-lgpd", "Financeiro Clínica Sorriso <financeiro@clinicasorriso.com.br>", LO,
         "Solicitação de reembolso – LO-INV-82101", "2025-09-26 09:30", "-03:00",
         "Prezados, bom dia!\n\nSolicitamos, por gentileza, o reembolso referente à fatura LO-INV-82101.\n\n"
         "Ficamos no aguardo.\n\nAtenciosamente,\n\nVanessa Rocha\nAnalista Financeira | Clínica Sorriso\n"
         "(11) 3333-0000 | www.clinicasorriso.com.br\n\n"
         "Esta mensagem pode conter informações confidenciais. Em conformidade com a LGPD (Lei 13.709/2018), "
         "caso a tenha recebido por engano, favor apagá-la e avisar o remetente. Antes de imprimir, pense no meio ambiente.\n")
case("l21-sem-motivo-lgpd", LOB, [f[0]], "need_info", [], missing=["reason"],
     spec="Section 8: greetings, signature and the LGPD disclaimer are not reasons; plan from the ledger: need_info [reason].")

# l22 missing reason: restatement only, pt-PT
cust("miguel.antunes@netcabo.pt", "Miguel Antunes", "monthly", "2025-09-27", "2025-10-26")
lopay("pt_p22", "LO-INV-82201", "miguel.antunes@netcabo.pt", "monthly", "2025-09-27T10:00:00", "2025-09-27", "2025-10-26")
f = mail("l22-sem-motivo-repete", "Miguel Antunes <miguel.antunes@netcabo.pt>", LO, "reembolso",
         "2025-09-28 21:00", "+01:00",
         "Boa noite. Quero o meu dinheiro de volta, fatura LO-INV-82201. Reembolsem o pagamento, se faz favor. Obrigado.\n")
case("l22-sem-motivo-repete", LOB, [f[0]], "need_info", [], missing=["reason"],
     spec="Section 8: restating the request is not a reason: need_info [reason].")

# l23 thread: reason given in the answer (duplicate)
cust("aline.moura@modafit.com.br", "Aline Moura", "monthly", "2025-09-26", "2025-10-25")
lopay("pt_p23a", "LO-INV-82301", "aline.moura@modafit.com.br", "monthly", "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
lopay("pt_p23b", "LO-INV-82302", "aline.moura@modafit.com.br", "monthly", "2025-09-26T10:00:05", "2025-09-26", "2025-10-25")
a = mail("l23a-pede-estorno", "Aline Moura <aline.moura@modafit.com.br>", LO, "Estorno",
         "2025-09-27 09:00", "-03:00", "Oi, gostaria do estorno da fatura LO-INV-82302. Obrigada!\nAline\n")
o = our("l23o", "Re: Estorno [LO-3302]", None, a)
b = mail("l23b-responde-motivo", "Aline Moura <aline.moura@modafit.com.br>", LO, "Re: Estorno [LO-3302]",
         "2025-09-29 08:15", "-03:00",
         "Bom dia! O motivo: vocês me cobraram duas vezes no dia 26, a LO-INV-82301 e a LO-INV-82302, mesmo valor.\n\n"
         "Em sáb., 27 de set. de 2025 às 20:05, LeadsOptima Support <support@leadsoptima.com> escreveu:\n"
         "> Olá Aline, para analisar o pedido precisamos do motivo do reembolso.\n> Caso [LO-3302]\n", reply=o)
case("l23-fio-motivo", LOB, [a[0], b[0]], "decided", [], decisions=[ref("1499.00")],
     spec="C3 merge via References/[LO-3302]; duplicate pair 2025-09-26, request time = first email 2025-09-27 17:30 IST (day 1): approve 1499.00.")

# l24 thread: invoice written with slashes, sent after day 7; request time is the first email
cust("henrique.lago@lagoarquitetura.com.br", "Henrique Lago", "annual", "2025-09-14", "2026-09-13")
lopay("pt_p24a", "LO-INV-82401", "henrique.lago@lagoarquitetura.com.br", "annual", "2025-09-14T10:00:00", "2025-09-14", "2026-09-13")
lopay("pt_p24b", "LO-INV-82402", "henrique.lago@lagoarquitetura.com.br", "annual", "2025-09-14T10:01:00", "2025-09-14", "2026-09-13")
a = mail("l24a-duplicado-sem-fatura", "Henrique Lago <henrique.lago@lagoarquitetura.com.br>", LO,
         "anual cobrado em dobro", "2025-09-19 12:00", "-03:00",
         "Pessoal, o plano anual foi cobrado em dobro no dia 14. Por favor estornem a cobrança a mais.\nHenrique\n")
o = our("l24o", "Re: anual cobrado em dobro [LO-3402]", None, a)
b = mail("l24b-manda-fatura", "Henrique Lago <henrique.lago@lagoarquitetura.com.br>", LO,
         "RE: anual cobrado em dobro [LO-3402]", "2025-09-24 16:00", "-03:00",
         "Segue o número da segunda: lo/inv/82402\n\nHenrique Lago | Lago Arquitetura\n\n"
         "-----Mensagem original-----\nDe: LeadsOptima Support <support@leadsoptima.com>\n"
         "Enviada em: sexta-feira, 19 de setembro de 2025 21:30\nAssunto: Re: anual cobrado em dobro [LO-3402]\n\n"
         "Precisamos do número da fatura da cobrança duplicada.\n", reply=o)
case("l24-fio-fatura-depois", LOB, [a[0], b[0]], "decided", [], decisions=[ref("11988.00")],
     spec="Request time = first email 2025-09-19 20:30 IST (day 5), not the answer (day 10); 'lo/inv/82402' = LO-INV-82402 (section 8): approve 11988.00.")

# l25 negation
cust("renata.goes@goesconsultoria.com.br", "Renata Góes", "monthly", "2025-09-11", "2025-10-10")
lopay("pt_p25", "LO-INV-82501", "renata.goes@goesconsultoria.com.br", "monthly", "2025-09-11T10:00:00", "2025-09-11", "2025-10-10")
f = mail("l25-nao-quero-reembolso", "Renata Góes <renata.goes@goesconsultoria.com.br>", LO, "dúvida upgrade",
         "2025-09-22 14:00", "-03:00",
         "Oi! Não estou pedindo reembolso nem cancelamento, tá? Só queria saber se consigo passar do mensal pro "
         "anual no meio do ciclo e como fica a cobrança. Obrigada!\nRenata\n")
case("l25-nao-quero-reembolso", LOB, [f[0]], "other", [],
     spec="Section 8 negation: 'não estou pedindo reembolso nem cancelamento' adds no intent; a plan question: other.")

# l26 hypothetical before buying
f = mail("l26-pergunta-antes-comprar", "Gustavo Lemos <gustavo.lemos.mkt@gmail.com>", LO, "dúvida antes de assinar",
         "2025-09-24 11:00", "-03:00",
         "Bom dia! Se eu assinar o plano anual e em um mês perceber que não serve pra minha agência, vocês "
         "devolvem o dinheiro? Tem algum prazo de arrependimento?\nGustavo\n")
case("l26-pergunta-antes-comprar", LOB, [f[0]], "other", [],
     spec="Section 8 hypotheticals: a refund question before buying is a policy question: other.")

# l27 thank-you after a refund
f = mail("l27-obrigado-estorno", "Thiago Nascimento <thiago.nascimento.sp@gmail.com>", LO,
         "Re: Reembolso aprovado [LO-3101]", "2025-09-30 10:00", "-03:00",
         "Caiu o estorno aqui, valeu demais pela agilidade!! 🙌\n\n"
         "Em seg., 29 de set. de 2025 às 11:00, LeadsOptima Support <support@leadsoptima.com> escreveu:\n> Seu reembolso de INR 1499.00 foi aprovado.\n",
         reply=(None, "<LO-3101-approved@leadsoptima.com>", []))
case("l27-obrigado-estorno", LOB, [f[0]], "other", [],
     spec="A thank-you after a refund asks for nothing: other.")

# l28 nota fiscal question
cust("contabil@techsulsolucoes.com.br", "TechSul Soluções", "quarterly", "2025-09-02", "2025-12-01")
lopay("pt_p28", "LO-INV-82801", "contabil@techsulsolucoes.com.br", "quarterly", "2025-09-02T10:00:00", "2025-09-02", "2025-12-01")
f = mail("l28-nota-fiscal-cnpj", "Contábil TechSul <contabil@techsulsolucoes.com.br>", LO, "Nota fiscal com CNPJ",
         "2025-09-16 10:00", "-03:00",
         "Prezados, a fatura LO-INV-82801 saiu sem o nosso CNPJ (12.345.678/0001-90). Conseguem reemitir com os "
         "dados da empresa? Precisamos para o fechamento do mês.\nObrigado,\nSetor Contábil\n")
case("l28-nota-fiscal-cnpj", LOB, [f[0]], "other", [],
     spec="An invoice question that asks for no refund or cancellation: other.")

# l29 C4 chargeback threat
cust("patricia.vieira.rj@gmail.com", "Patrícia Vieira", "monthly", "2025-09-25", "2025-10-24")
lopay("pt_p29a", "LO-INV-82901", "patricia.vieira.rj@gmail.com", "monthly", "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
lopay("pt_p29b", "LO-INV-82902", "patricia.vieira.rj@gmail.com", "monthly", "2025-09-25T10:00:20", "2025-09-25", "2025-10-24")
f = mail("l29-c4-chargeback", "Patricia Vieira <patricia.vieira.rj@gmail.com>", LO, "COBRANÇA DUPLICADA - ÚLTIMO AVISO",
         "2025-09-26 13:00", "-03:00",
         "Vocês me cobraram duas vezes (LO-INV-82902)! Se até sexta não estornarem eu abro chargeback no cartão, já "
         "liguei pro Nubank e eles falaram que é só contestar a compra.\n")
case("l29-c4-chargeback", LOB, [f[0]], "decided", [], rules=["C4"], decisions=[rd("escalate")],
     spec="C4: a chargeback threat escalates even though L4 would approve; no amount.")

# l30 C4: Procon + CDC on a cancellation
cust("sergio.matos@matosreformas.com.br", "Sérgio Matos", "annual", "2025-04-15", "2026-04-14")
lopay("pt_p30", "LO-INV-83001", "sergio.matos@matosreformas.com.br", "annual", "2025-04-15T10:00:00", "2025-04-15", "2026-04-14")
f = mail("l30-c4-procon-cancelamento", "Sérgio Matos <sergio.matos@matosreformas.com.br>", LO, "Cancelamento JÁ",
         "2025-09-18 16:00", "-03:00",
         "Quero cancelar essa assinatura anual hoje. Ninguém responde o chat há duas semanas. Conheço o Código de "
         "Defesa do Consumidor e, se precisar, vou ao Procon e procuro um advogado.\nSérgio Matos\n")
case("l30-c4-procon-cancelamento", LOB, [f[0]], "decided", [], rules=["C4"], decisions=[cn(None, "escalate")],
     spec="C4 covers the whole case: consumer law, Procon and a lawyer escalate the cancellation too.")

# l31 C7 out of office, pt-PT
f = mail("l31-c7-ausente", "Sofia Matias <sofia.matias@hotelbaixa.pt>", LO,
         "Resposta automática: Ausente do escritório", "2025-09-22 09:00", "+01:00",
         "Obrigada pelo seu e-mail. Estou ausente até dia 30 de setembro, sem acesso ao correio. Para assuntos "
         "urgentes, contacte reservas@hotelbaixa.pt.\n",
         headers=[("Auto-Submitted", "auto-replied")])
case("l31-c7-ausente", LOB, [f[0]], "ignore", [], rules=["C7"],
     spec="C7: Auto-Submitted auto-replied: ignore.")

# l32 C7 bounce
f = dsn("l32-c7-nao-entregue", "Mail Delivery System <MAILER-DAEMON@mx.terra.com.br>", LO,
        "Mensagem não entregue: Falha na entrega", "2025-09-23 05:00", "-03:00",
        "Não foi possível entregar a sua mensagem para cliente.antigo@terra.com.br.\nMotivo: caixa postal inexistente.\n",
        "cliente.antigo@terra.com.br")
case("l32-c7-nao-entregue", LOB, [f[0]], "ignore", [], rules=["C7"],
     spec="C7: MAILER-DAEMON, multipart/report delivery-status: ignore.")

# l33 C7 newsletter
f = mail("l33-c7-newsletter", "Blog do Empreendedor <news@blogdoempreendedor.com.br>", "info@leadsoptima.com",
         "Como reduzir cancelamentos e pedidos de reembolso na sua empresa", "2025-09-24 06:00", "-03:00",
         "Newsletter semanal: 5 dicas para evitar cobranças duplicadas e cancelamentos. Para cancelar a inscrição, clique aqui.\n",
         headers=[("List-Id", "Blog do Empreendedor <news.blogdoempreendedor.com.br>"), ("Precedence", "list"),
                  ("List-Unsubscribe", "<https://blogdoempreendedor.com.br/sair>")])
case("l33-c7-newsletter", LOB, [f[0]], "ignore", [], rules=["C7"],
     spec="C7: List-Id and Precedence: list: ignore.")

# l34 the second charge failed, not paid
cust("fernando.brito@britotransportes.com.br", "Fernando Brito", "monthly", "2025-09-24", "2025-10-23")
lopay("pt_p34a", "LO-INV-83401", "fernando.brito@britotransportes.com.br", "monthly", "2025-09-24T10:00:00", "2025-09-24", "2025-10-23")
lopay("pt_p34b", "LO-INV-83402", "fernando.brito@britotransportes.com.br", "monthly", "2025-09-24T10:00:30", "2025-09-24", "2025-10-23", status="failed")
f = mail("l34-duplo-pagamento-falhou", "Fernando Brito <fernando.brito@britotransportes.com.br>", LO,
         "cobrado duas vezes", "2025-09-25 08:00", "-03:00",
         "Bom dia, apareceram duas cobranças da mensalidade no cartão, a segunda é a LO-INV-83402. Fui cobrado duas "
         "vezes, peço o estorno da segunda.\nFernando\n")
case("l34-duplo-pagamento-falhou", LOB, [f[0]], "decided", [], decisions=[rd("escalate")],
     spec="Section 8: LO-INV-83402 has status failed (not paid); no paid pair for L4: escalate, never approve.")

# l35 billing error outside the window, Angola
cust("geral@kandengueshop.co.ao", "Kandengue Shop", "quarterly", "2025-09-02", "2025-12-01")
lopay("pt_p35", "LO-INV-83501", "geral@kandengueshop.co.ao", "quarterly", "2025-09-02T10:00:00", "2025-09-02", "2025-12-01")
f = mail("l35-valor-errado-tarde-luanda", "Kandengue Shop <geral@kandengueshop.co.ao>", LO,
         "Factura LO-INV-83501 com valor incorrecto", "2025-09-17 10:00", "+01:00",
         "Bom dia, a factura LO-INV-83501 de 2 de Setembro veio com valor incorrecto, cobraram mais do que o plano "
         "trimestral custa. Pedimos o reembolso da diferença.\nCumprimentos,\nDomingas Neto\n")
case("l35-valor-errado-tarde-luanda", LOB, [f[0]], "decided", [], decisions=[rd("deny")],
     spec="L2 billing_error but L3: charge 2025-09-02, email 2025-09-17 14:30 IST = day 15: deny.")

# l36 HTML-only cancellation
cust("bianca.freitas@terra.com.br", "Bianca Freitas", "monthly", "2025-09-14", "2025-10-13")
lopay("pt_p36", "LO-INV-83601", "bianca.freitas@terra.com.br", "monthly", "2025-09-14T10:00:00", "2025-09-14", "2025-10-13")
f = mail("l36-html-cancelamento", "Bianca Freitas <bianca.freitas@terra.com.br>", LO, "Cancelamento de assinatura",
         "2025-09-27 15:00", "-03:00", html=
         "<html><head><meta charset=\"utf-8\"></head><body><p>Olá,</p><p>Por favor, <strong>cancelem</strong> minha "
         "assinatura mensal. Mudei de emprego e não vou mais precisar.</p><p>Obrigada,<br>Bianca</p>"
         "<p style=\"font-size:10px;color:#999\">Enviado pelo Terra Mail</p></body></html>")
case("l36-html-cancelamento", LOB, [f[0]], "decided", [], decisions=[cn("2025-10-13")],
     spec="HTML-only; L8 cancel until current_period_end 2025-10-13.")

# l37 forward from the registered address itself (Thunderbird), access failure
cust("andre.pacheco@pachecoseguros.pt", "André Pacheco", "monthly", "2025-09-28", "2025-10-27")
lopay("pt_p37", "LO-INV-83701", "andre.pacheco@pachecoseguros.pt", "monthly", "2025-09-28T10:00:00", "2025-09-28", "2025-10-27")
f = mail("l37-reencaminhado-proprio", "André Pacheco <andre.pacheco@pachecoseguros.pt>", LO,
         "Fwd: Não consigo entrar", "2025-09-30 09:00", "+01:00",
         "Reencaminho o e-mail que enviei ontem para o endereço errado.\n\n"
         "-------- Mensagem Reencaminhada --------\n"
         "Assunto: Não consigo entrar\nData: Mon, 29 Sep 2025 18:40:11 +0100\n"
         "De: André Pacheco <andre.pacheco@pachecoseguros.pt>\nPara: comercial@leadsoptima.pt\n\n"
         "Boa tarde, paguei a mensalidade ontem (LO-INV-83701) e desde então não consigo iniciar sessão, diz que a "
         "conta está bloqueada. Peço o reembolso se não resolverem.\n")
case("l37-reencaminhado-proprio", LOB, [f[0]], "decided", [], decisions=[rd("escalate")],
     spec="A forward from the registered address is read for its request: access_failure on day 2 (2025-09-30 13:30 IST): L6 escalate.")

# ---------------------------------------------------------------- Optima WebDesign
# l38 deposit in BRL inside 72 h
proj("Pousada Maré Alta Site", "reservas@pousadamarealta.com.br")
owpay("pt_o38", "OWD-2025-201", "Pousada Maré Alta Site", "deposit", "3500.00", "210.00", "2025-09-23T09:00:00-03:00", currency="BRL")
f = mail("l38-sinal-brl", "Pousada Maré Alta <reservas@pousadamarealta.com.br>", OW,
         "Pedido de reembolso — Pousada Maré Alta Site / OWD-2025-201", "2025-09-24 18:00", "-03:00",
         "Olá, equipe Optima!\n\nPagamos ontem o sinal de R$ 3.500,00 do projeto Pousada Maré Alta Site (fatura "
         "OWD-2025-201). Infelizmente a pousada foi vendida hoje e os novos donos já têm site, então pedimos o "
         "reembolso do sinal. Sabemos que vocês ainda não começaram.\n\nAbraços,\nCláudia – Ilhabela/SP\n")
case("l38-sinal-brl", OWB, [f[0]], "decided", [], decisions=[ref("3500.00")],
     spec="O2: paid 2025-09-23 09:00-03:00 (17:30 IST), email 2025-09-24 18:00-03:00 = 33 h, no work: approve 3500.00 BRL before tax.")

# l39 deposit exactly 72 h (Lisbon)
proj("Tasca do Zé Reservas", "tascadoze@gmail.com")
owpay("pt_o39", "OWD-2025-202", "Tasca do Zé Reservas", "deposit", "22000.00", "3960.00", "2025-09-22T15:30:00")
f = mail("l39-sinal-72h-exatas", "José Carvalho <tascadoze@gmail.com>", OW, "desistência do projecto",
         "2025-09-25 11:00", "+01:00",
         "Bom dia. O sócio desistiu do sistema de reservas, vamos continuar com o caderno e o telefone. Peço a "
         "devolução do sinal do projecto Tasca do Zé Reservas, factura OWD-2025-202. Ainda não fizeram nada, "
         "pois não?\nZé\n")
case("l39-sinal-72h-exatas", OWB, [f[0]], "decided", [], decisions=[rd("deny")], extra_ok=True,
     spec="O2 + section 8: paid 2025-09-22 15:30 IST, email 2025-09-25 11:00 +01:00 = 15:30 IST = exactly 72 h: deny. extra_ok: the customer withdraws from the project ('desistência do projecto'), so a cancellation decision is harmless.")

# l40 deposit at 71 h 59 min (São Paulo, late night)
proj("Studio Pilates Leveza", "studioleveza@gmail.com")
owpay("pt_o40", "OWD-2025-203", "Studio Pilates Leveza", "deposit", "12500.00", "2250.00", "2025-09-10T12:00:00")
f = mail("l40-sinal-71h59", "Studio Leveza <studioleveza@gmail.com>", OW, "reembolso do sinal!!",
         "2025-09-13 03:29", "-03:00",
         "gente desculpa o horario mas preciso mandar isso hj ainda, meu marido perdeu o emprego e nao vamos "
         "conseguir seguir com o site do studio agora, projeto Studio Pilates Leveza fatura OWD-2025-203, por favor "
         "devolvam o sinal, sei q ainda ta dentro das 72 horas\n\nEnviado do meu iPhone\n")
case("l40-sinal-71h59", OWB, [f[0]], "decided", [], decisions=[ref("12500.00")],
     spec="O2: paid 2025-09-10 12:00 IST, email 2025-09-13 03:29-03:00 = 11:59 IST = 71 h 59 min, no work: approve 12500.00.")

# l41 deposit, work started (Luanda)
proj("Muamba Express App", "direccao@muambaexpress.co.ao", "2025-09-18T10:00:00")
owpay("pt_o41", "OWD-2025-204", "Muamba Express App", "deposit", "40000.00", "5600.00", "2025-09-17T10:00:00")
f = mail("l41-sinal-trabalho-iniciado", "Direcção Muamba Express <direccao@muambaexpress.co.ao>", OW,
         "Devolução do sinal", "2025-09-19 08:00", "+01:00",
         "Estimados, a direcção decidiu adiar o lançamento da aplicação Muamba Express App por causa do câmbio do "
         "kwanza. Solicitamos a devolução do sinal pago anteontem, factura OWD-2025-204.\nCumprimentos,\nEng. Paulo Kiame\n")
case("l41-sinal-trabalho-iniciado", OWB, [f[0]], "decided", [], decisions=[rd("deny")],
     spec="O2: email 2025-09-19 12:30 IST is < 72 h after payment but after work_started_at 2025-09-18 10:00: deny.")

# l42 discovery, not started (Maputo)
proj("Machamba Verde Branding", "geral@machambaverde.co.mz")
owpay("pt_o42", "OWD-2025-205", "Machamba Verde Branding", "discovery", "18000.00", "3240.00", "2025-09-22T10:00:00")
f = mail("l42-discovery-nao-iniciado", "Machamba Verde <geral@machambaverde.co.mz>", OW,
         "Reembolso da fase de descoberta", "2025-09-24 10:00", "+02:00",
         "Bom dia,\n\nPagámos a fase de descoberta/estratégia do projecto Machamba Verde Branding (factura "
         "OWD-2025-205), mas o financiamento do doador foi cancelado. Como ainda não houve nenhuma sessão, "
         "pedimos o reembolso total.\n\nAtenciosamente,\nLurdes Cossa\n")
case("l42-discovery-nao-iniciado", OWB, [f[0]], "decided", [], decisions=[ref("18000.00")],
     spec="O1: discovery with work_started_at empty: approve in full before tax 18000.00.")

# l43 discovery, started
proj("Cervejaria Serra Gaúcha Site", "marketing@cervejariaserragaucha.com.br", "2025-09-15T18:30:00")
owpay("pt_o43", "OWD-2025-206", "Cervejaria Serra Gaúcha Site", "discovery", "15000.00", "2700.00", "2025-09-12T10:00:00")
f = mail("l43-discovery-iniciado", "Marketing Cervejaria Serra Gaúcha <marketing@cervejariaserragaucha.com.br>", OW,
         "Devolução workshop", "2025-09-17 09:00", "-03:00",
         "Olá, fizemos o workshop de estratégia na segunda (projeto Cervejaria Serra Gaúcha Site, fatura "
         "OWD-2025-206) e achamos muito superficial, não agregou nada. Queremos o valor de volta.\nAbraço, tchê\nGiovana\n")
case("l43-discovery-iniciado", OWB, [f[0]], "decided", [], decisions=[rd("deny")],
     spec="O1: a session already took place (work_started_at Monday 2025-09-15 18:30 IST, 10:00 in Brazil, < request 2025-09-17 17:30 IST): deny.")

# l44 milestone not started, amount with paise
proj("Rede Farmavida Portal", "ti@farmavida.com.br")
owpay("pt_o44", "OWD-2025-207", "Rede Farmavida Portal", "milestone", "33750.50", "6075.09", "2025-09-05T10:00:00", milestone_status="not_started")
f = mail("l44-marco-nao-iniciado", "TI Farmavida <ti@farmavida.com.br>", OW, "Reembolso marco 4 – integração ERP",
         "2025-09-22 10:00", "-03:00",
         "Prezados,\n\nA diretoria cortou do escopo a integração com o ERP (marco 4 do projeto Rede Farmavida "
         "Portal, fatura OWD-2025-207), que ainda não foi iniciada segundo o último status report. Solicitamos o "
         "reembolso do valor desse marco.\n\nAtt.,\nEduardo Tanaka\nCoordenador de TI\n")
case("l44-marco-nao-iniciado", OWB, [f[0]], "decided", [], decisions=[ref("33750.50")],
     spec="O3: milestone not_started: approve its amount before tax 33750.50; O7 timeline in the reply.")

# l45 milestone in progress
proj("Colégio Nova Geração App", "direcao@colegionovageracao.com.br")
owpay("pt_o45", "OWD-2025-208", "Colégio Nova Geração App", "milestone", "27000.00", "4860.00", "2025-09-08T10:00:00", milestone_status="in_progress")
f = mail("l45-marco-em-andamento", "Direção Colégio Nova Geração <direcao@colegionovageracao.com.br>", OW,
         "Reembolso parcial app", "2025-09-23 14:00", "-03:00",
         "Boa tarde. A mantenedora decidiu não seguir com o módulo de boletim online do Colégio Nova Geração App "
         "(fatura OWD-2025-208). Sei que vocês já começaram essa etapa, mas pedimos o reembolso do que não foi feito.\n"
         "Att, Irmã Lúcia\n")
case("l45-marco-em-andamento", OWB, [f[0]], "decided", [], decisions=[rd("escalate")],
     spec="O3: milestone in_progress: escalate (value of work not started needs a person).")

# l46 milestone completed
proj("Quinta das Oliveiras Loja", "quinta.oliveiras@gmail.com")
owpay("pt_o46", "OWD-2025-209", "Quinta das Oliveiras Loja", "milestone", "19000.00", "4370.00", "2025-08-25T10:00:00", milestone_status="completed")
f = mail("l46-marco-concluido", "Quinta das Oliveiras <quinta.oliveiras@gmail.com>", OW, "Devolução",
         "2025-09-18 12:00", "+01:00",
         "Boa tarde, o design da loja (projecto Quinta das Oliveiras Loja, factura OWD-2025-209) foi entregue mas "
         "a minha filha diz que está feio e antiquado. Queríamos o dinheiro dessa fase de volta.\nMaria do Céu\n")
case("l46-marco-concluido", OWB, [f[0]], "decided", [], decisions=[rd("deny")],
     spec="O3/O6: milestone completed (completed deliverable): deny, non-refundable.")

# l47 retainer, notice exactly on the cut-off date
proj("Academia Corpo em Forma Social", "academiacorpoemforma@gmail.com")
owpay("pt_o47", "OWD-2025-210", "Academia Corpo em Forma Social", "retainer", "6500.00", "1170.00", "2025-09-06T10:00:00",
      period_start="2025-09-06", period_end="2025-10-05", next_billing_at="2025-10-06T00:00:00")
f = mail("l47-mensalidade-aviso-limite", "Academia Corpo em Forma <academiacorpoemforma@gmail.com>", OW,
         "Cancelamento gestão de redes", "2025-09-29 09:00", "-03:00",
         "Oi pessoal, bom dia. Vamos cancelar a gestão mensal das redes sociais (projeto Academia Corpo em Forma "
         "Social, fatura OWD-2025-210) porque minha sobrinha entrou pra faculdade de publicidade e vai cuidar disso. "
         "Aviso com uma semana de antecedência certinho.\nBeijos, Rose\n")
case("l47-mensalidade-aviso-limite", OWB, [f[0]], "decided", [], decisions=[cn("2025-10-05")],
     spec="O4: request 2025-09-29 17:30 IST, cut-off 2025-10-06 - 7 = 2025-09-29 (on or before): cancel, effective 2025-10-05.")

# l48 retainer, short notice; next billing stamped with an offset
proj("Café Bica Lisboa Conteúdos", "ola@cafebica.pt")
owpay("pt_o48", "OWD-2025-211", "Café Bica Lisboa Conteúdos", "retainer", "5000.00", "1150.00", "2025-09-03T09:00:00+01:00",
      period_start="2025-09-03", period_end="2025-10-02", next_billing_at="2025-10-03T09:00:00+01:00")
f = mail("l48-avenca-aviso-curto", "Café Bica <ola@cafebica.pt>", OW, "Cancelar avença mensal",
         "2025-09-28 19:00", "+01:00",
         "Olá! Queremos terminar a avença mensal de conteúdos (projecto Café Bica Lisboa Conteúdos, factura "
         "OWD-2025-211): o café vai fechar para obras durante o inverno.\nObrigada, Inês\n")
case("l48-avenca-aviso-curto", OWB, [f[0]], "decided", [], decisions=[cn("2025-11-02")],
     spec="O4: next_billing 2025-10-03 13:30 IST; cut-off 2025-09-26; request 2025-09-28 23:30 IST is late: next cycle 2025-10-03..2025-11-02 billed; effective 2025-11-02.")

# l49 retainer with the next cycle already paid
proj("Imobiliária Horizonte Anúncios", "marketing@imobhorizonte.com.br")
owpay("pt_o49a", "OWD-2025-212", "Imobiliária Horizonte Anúncios", "retainer", "11000.00", "1980.00", "2025-09-01T10:00:00",
      period_start="2025-09-01", period_end="2025-09-30")
owpay("pt_o49b", "OWD-2025-213", "Imobiliária Horizonte Anúncios", "retainer", "11000.00", "1980.00", "2025-09-05T10:00:00",
      period_start="2025-10-01", period_end="2025-10-31", next_billing_at="2025-11-01T00:00:00")
f = mail("l49-retainer-pago-adiantado", "Marketing Imob. Horizonte <marketing@imobhorizonte.com.br>", OW,
         "Encerramento do contrato de anúncios", "2025-09-15 11:00", "-03:00",
         "Olá, vamos encerrar o contrato mensal de gestão de anúncios (projeto Imobiliária Horizonte Anúncios, "
         "faturas OWD-2025-212 e OWD-2025-213), a imobiliária foi incorporada por uma rede maior. Já pagamos "
         "outubro adiantado, como fica?\nAtt, Rodrigo\n")
case("l49-retainer-pago-adiantado", OWB, [f[0]], "decided", [], decisions=[cn(None, "escalate")], extra_ok=True,
     spec="Section 8: next cycle (October) already paid and notice >= 7 days: cancellation escalated (O4). extra_ok: 'já pagamos outubro adiantado, como fica?' may be read as a refund request, which the spec also escalates (never approves).")

# l50 hosting, no setup fee (null), rounding once
proj("Doceria Vó Nena Hospedagem", "docerianena@gmail.com")
owpay("pt_o50", "OWD-2025-214", "Doceria Vó Nena Hospedagem", "hosting_annual", "10000.00", "1800.00", "2025-09-17T10:00:00",
      service_start="2025-09-18")
f = mail("l50-hospedagem-sem-setup", "Doceria Vó Nena <docerianena@gmail.com>", OW, "cancelar hospedagem e reembolso",
         "2025-09-25 16:00", "-03:00",
         "Oi, tudo bem? Meu neto conseguiu hospedagem grátis numa plataforma de loja, então não vou mais precisar da "
         "hospedagem anual do projeto Doceria Vó Nena Hospedagem (fatura OWD-2025-214). Pode cancelar e devolver o "
         "que der? Obrigada, meus amores\nVó Nena\n")
case("l50-hospedagem-sem-setup", OWB, [f[0]], "decided", [], decisions=[ref("9166.67")], extra_ok=True,
     spec="O5: no setup fee; day 8 of service; 10000 - 10000/12 x 1 = 9166.666... -> 9166.67 (rounded once).")

# l51 maintenance, day 14 exactly (inside)
proj("Farmácia Central Manutenção", "farmaciacentral.praia@gmail.com")
owpay("pt_o51", "OWD-2025-215", "Farmácia Central Manutenção", "maintenance_annual", "6000.00", "900.00", "2025-09-14T10:00:00",
      setup_fee="600.00", service_start="2025-09-15")
f = mail("l51-manutencao-dia14", "Farmácia Central <farmaciacentral.praia@gmail.com>", OW,
         "Cancelamento do plano de manutenção", "2025-09-29 10:00", "-01:00",
         "Bom dia. O grupo que comprou a farmácia tem técnico próprio, por isso queremos cancelar o plano anual de "
         "manutenção do projecto Farmácia Central Manutenção (factura OWD-2025-215) e receber o reembolso possível.\n"
         "Cumprimentos, da Praia\nAdilson Semedo\n")
case("l51-manutencao-dia14", OWB, [f[0]], "decided", [], decisions=[ref("4950.00")], extra_ok=True,
     spec="O5: service_start 2025-09-15, request 2025-09-29 16:30 IST = day 14 (inside); (6000 - 600)/12 = 450; 6000 - 600 - 450 = 4950.00.")

# l52 hosting, day 15 (outside)
proj("Pet Shop Au Au Hospedagem", "contato@petshopauau.com.br")
owpay("pt_o52", "OWD-2025-216", "Pet Shop Au Au Hospedagem", "hosting_annual", "9000.00", "1620.00", "2025-09-09T10:00:00",
      setup_fee="900.00", service_start="2025-09-10")
f = mail("l52-hospedagem-dia15", "Pet Shop Au Au <contato@petshopauau.com.br>", OW, "reembolso hospedagem",
         "2025-09-25 09:00", "-03:00",
         "Bom dia, vamos migrar o site para o provedor do nosso sistema de gestão. Queremos cancelar a hospedagem "
         "anual (projeto Pet Shop Au Au Hospedagem, fatura OWD-2025-216) com reembolso proporcional.\nAtt, Kelly\n")
case("l52-hospedagem-dia15", OWB, [f[0]], "decided", [], decisions=[rd("deny")], extra_ok=True,
     spec="O5: service_start 2025-09-10, request 2025-09-25 17:30 IST = day 15 > 14: deny.")

# l53 third party: premium plugin licence
proj("Livraria Cultura Viva Loja", "ti@culturaviva.com.br")
owpay("pt_o53", "OWD-2025-217", "Livraria Cultura Viva Loja", "third_party", "4200.00", "756.00", "2025-09-24T10:00:00")
f = mail("l53-licenca-plugin", "TI Cultura Viva <ti@culturaviva.com.br>", OW, "licença do plugin",
         "2025-09-25 10:00", "-03:00",
         "Olá, vocês compraram a licença anual do plugin premium de frete para a loja (projeto Livraria Cultura Viva "
         "Loja, fatura OWD-2025-217), mas a gente já tinha uma licença ativa. Dá pra devolver esse valor?\nAtt, Bruno\n")
case("l53-licenca-plugin", OWB, [f[0]], "decided", [], decisions=[rd("deny")],
     spec="O6: third-party licences (premium plugins) are never refundable: deny.")

# l54 setup / activation fee
proj("Clínica Bem Estar Agenda", "adm@clinicabemestar.pt")
owpay("pt_o54", "OWD-2025-218", "Clínica Bem Estar Agenda", "setup", "3000.00", "690.00", "2025-09-20T10:00:00")
f = mail("l54-taxa-ativacao", "Administração Clínica Bem Estar <adm@clinicabemestar.pt>", OW,
         "Taxa de activação", "2025-09-22 11:00", "+01:00",
         "Bom dia, pagámos a taxa de activação da agenda online (projecto Clínica Bem Estar Agenda, factura "
         "OWD-2025-218), mas afinal a ordem dos médicos exige outro sistema. Solicitamos a devolução da taxa.\nAna Rita\n")
case("l54-taxa-ativacao", OWB, [f[0]], "decided", [], decisions=[rd("deny")],
     spec="O6: setup/activation fees are never refundable: deny.")

# l55 C2: personal address
proj("Construtora Alicerce Portal", "contratos@construtoraalicerce.com.br")
owpay("pt_o55", "OWD-2025-219", "Construtora Alicerce Portal", "deposit", "25000.00", "4500.00", "2025-09-27T10:00:00")
f = mail("l55-c2-email-pessoal", "Wagner Alicerce <wagner.engenharia@outlook.com>", OW, "sinal portal",
         "2025-09-28 09:00", "-03:00",
         "Bom dia, sou o Wagner, diretor da Construtora Alicerce. O financiamento da obra atrasou e vamos parar o "
         "Construtora Alicerce Portal. Peço a devolução do sinal (OWD-2025-219). Estou no e-mail pessoal porque tô na obra.\n")
case("l55-c2-email-pessoal", OWB, [f[0]], "need_info", [], rules=["C2"],
     spec="C2 (Optima, explicit): not from the contract email contratos@construtoraalicerce.com.br: ask to write from it.")

# l56 missing reason (Optima)
proj("Ótica Visão Nordeste Site", "financeiro@oticavisaonordeste.com.br")
owpay("pt_o56", "OWD-2025-220", "Ótica Visão Nordeste Site", "deposit", "9000.00", "1620.00", "2025-09-29T10:00:00")
f = mail("l56-sem-motivo-owd", "Financeiro Ótica Visão Nordeste <financeiro@oticavisaonordeste.com.br>", OW,
         "Refund Request — OWD-2025-220", "2025-09-30 08:00", "-03:00",
         "Prezados,\n\nVenho por meio deste solicitar o reembolso do sinal referente ao projeto Ótica Visão Nordeste "
         "Site, fatura OWD-2025-220.\n\nSem mais para o momento.\n\nAtenciosamente,\nJosé Wilson\nFortaleza – CE\n")
case("l56-sem-motivo-owd", OWB, [f[0]], "need_info", [], missing=["reason"],
     spec="Optima requires a reason; formulas and signature are not reasons: need_info [reason].")

# l57 Optima cancellation without a reason
proj("Barbearia Navalha Redes", "barbearianavalha@gmail.com")
owpay("pt_o57", "OWD-2025-221", "Barbearia Navalha Redes", "retainer", "4000.00", "720.00", "2025-09-21T10:00:00",
      period_start="2025-09-21", period_end="2025-10-20", next_billing_at="2025-10-21T00:00:00")
f = mail("l57-cancelar-sem-motivo-owd", "Barbearia Navalha <barbearianavalha@gmail.com>", OW, "cancelamento",
         "2025-09-24 20:00", "-03:00",
         "Fala, pessoal. Quero cancelar o plano mensal de redes, projeto Barbearia Navalha Redes, fatura "
         "OWD-2025-221. Valeu!\n")
case("l57-cancelar-sem-motivo-owd", OWB, [f[0]], "need_info", [], missing=["reason"],
     spec="Section 8: Optima requires a reason for cancellations too: need_info [reason].")

# l58 C4: advogado + juizado (small-claims court)
proj("Hotel Fazenda Recanto Site", "gerencia@recantohotelfazenda.com.br")
owpay("pt_o58", "OWD-2025-222", "Hotel Fazenda Recanto Site", "milestone", "16000.00", "2880.00", "2025-09-10T10:00:00", milestone_status="not_started")
f = mail("l58-c4-advogado-juizado", "Gerência Recanto <gerencia@recantohotelfazenda.com.br>", OW, "Reembolso marco 2",
         "2025-09-22 17:00", "-03:00",
         "Pela terceira vez: queremos o reembolso do marco 2 do projeto Hotel Fazenda Recanto Site (fatura "
         "OWD-2025-222), porque desistimos do módulo de eventos. Se não houver retorno até sexta, nosso advogado "
         "entra com ação no juizado especial.\n")
case("l58-c4-advogado-juizado", OWB, [f[0]], "decided", [], rules=["C4"], decisions=[rd("escalate")],
     spec="C4: lawyer and small-claims court: escalate even though O3 (not_started) would approve.")

# l59 forward (Outlook pt-PT, 'Reencaminhar') from the assistant: C2
proj("Cooperativa Agrícola Alentejo Site", "direccao@coopalentejo.pt")
owpay("pt_o59", "OWD-2025-223", "Cooperativa Agrícola Alentejo Site", "deposit", "17000.00", "3910.00", "2025-09-29T10:00:00")
f = mail("l59-c2-reencaminhado-outlook", "Secretaria Cooperativa <secretaria@coopalentejo.pt>", OW,
         "FW: Reembolso do sinal", "2025-09-30 10:00", "+01:00",
         "Bom dia, conforme pedido do Sr. Presidente, reencaminho.\n\nCarla\n\n"
         "________________________________\n"
         "De: Direcção Cooperativa <direccao@coopalentejo.pt>\n"
         "Enviado: segunda-feira, 29 de setembro de 2025 19:02\n"
         "Para: Secretaria Cooperativa <secretaria@coopalentejo.pt>\n"
         "Assunto: Reembolso do sinal\n\n"
         "Carla, peça à Optima a devolução do sinal do projecto Cooperativa Agrícola Alentejo Site (factura "
         "OWD-2025-223): a assembleia geral chumbou o orçamento. O contrato está no e-mail direccao@coopalentejo.pt.\n")
case("l59-c2-reencaminhado-outlook", OWB, [f[0]], "need_info", [], rules=["C2"],
     spec="Section 8 forwards: the forwarded request names the contract email direccao@...; sent from secretaria@...: C2.")

# l60 thread: reason given after the 72 h; request time is the first email
proj("Escola de Surf Ericeira Site", "info@surfericeira.pt")
owpay("pt_o60", "OWD-2025-224", "Escola de Surf Ericeira Site", "deposit", "14500.00", "3335.00", "2025-09-20T14:00:00")
a = mail("l60a-pede-sinal", "Escola de Surf Ericeira <info@surfericeira.pt>", OW,
         "Reembolso sinal – Escola de Surf Ericeira Site – OWD-2025-224", "2025-09-21 10:00", "+01:00",
         "Olá, pedimos o reembolso do sinal do projecto Escola de Surf Ericeira Site, factura OWD-2025-224.\nObrigado!\nTiago\n")
o = (None, "<l60o-fresh19@optimawebdesign.com>", [a[1]])
b = mail("l60b-da-motivo", "Escola de Surf Ericeira <info@surfericeira.pt>", OW,
         "Re: Reembolso sinal – Escola de Surf Ericeira Site – OWD-2025-224 [OWD-0424]", "2025-09-24 09:00", "+01:00",
         "Olá, o motivo é que a câmara não renovou a licença da escola para a próxima época, por isso não faz "
         "sentido investir no site agora.\nTiago\n\n"
         "A 22/09/2025, às 11:30, Optima WebDesign escreveu:\n> Para avançar precisamos do motivo do pedido. [OWD-0424]\n",
         reply=o)
case("l60-fio-motivo-depois-72h", OWB, [a[0], b[0]], "decided", [], decisions=[ref("14500.00")],
     spec="C3 merge; request time = first email 2025-09-21 14:30 IST = 24.5 h after payment (2025-09-20 14:00), no work: O2 approve 14500.00, although the answer came after 72 h.")

# l61 change request outside scope
proj("Restaurante Sabor Mineiro Cardápio", "contato@sabormineiro.com.br")
owpay("pt_o61", "OWD-2025-225", "Restaurante Sabor Mineiro Cardápio", "change_request", "2800.00", "504.00", "2025-09-18T10:00:00")
f = mail("l61-alteracao-fora-escopo", "Sabor Mineiro <contato@sabormineiro.com.br>", OW, "devolução alteração",
         "2025-09-19 12:00", "-03:00",
         "Oi, pagamos pela alteração extra do cardápio em inglês (projeto Restaurante Sabor Mineiro Cardápio, "
         "fatura OWD-2025-225), mas os gringos que vinham cancelaram a excursão. Tem como devolver?\nDona Lurdinha\n")
case("l61-alteracao-fora-escopo", OWB, [f[0]], "decided", [], decisions=[rd("deny")],
     spec="O6: change requests outside the original scope are never refundable: deny.")

# l62 Optima: a question before paying (hypothetical)
f = mail("l62-pergunta-antes-sinal", "Marta Figueira <marta.figueira.design@gmail.com>", OW, "dúvida sobre o sinal",
         "2025-09-26 15:00", "+00:00",
         "Olá, sou dos Açores e estou a pensar contratar um site convosco. Se eu pagar o sinal e depois mudar de "
         "ideias, recebo o dinheiro de volta? Quanto tempo tenho?\nObrigada, Marta\n")
case("l62-pergunta-antes-sinal", OWB, [f[0]], "other", [],
     spec="Section 8 hypotheticals: a refund question before buying: other.")

# l63 Optima: not cancelling, only postponing
proj("Loja Tecidos Aurora", "aurora.tecidos@gmail.com")
owpay("pt_o63", "OWD-2025-226", "Loja Tecidos Aurora", "deposit", "8000.00", "1440.00", "2025-09-28T10:00:00")
f = mail("l63-so-adiar", "Aurora Tecidos <aurora.tecidos@gmail.com>", OW, "adiar início do projeto",
         "2025-09-29 11:00", "-03:00",
         "Olá! Não queremos cancelar nem pedir reembolso do sinal, fiquem tranquilos. Só queríamos adiar o início "
         "do projeto Loja Tecidos Aurora para novembro, por causa da reforma da loja. Pode ser?\nAurora\n")
case("l63-so-adiar", OWB, [f[0]], "other", [],
     spec="Section 8 negation: no refund, no cancellation; a scheduling request: other.")

finish()
