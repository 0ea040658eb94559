#!/usr/bin/env python3
"""fresh31_pt: held-out Portuguese cases for mailbot (Algarve, Alentejo, the Portuguese diaspora in
France/Luxembourg/Switzerland, Goa and Damão, interior Paraná and Santa Catarina with German- and
Italian-descended families, Portuguese written by English speakers).

Stdlib only, deterministic.  Running it writes ledger.json, emails/*.eml and expected.json
beside this file.  MIT, like the project; all text written for this project.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal, ROUND_HALF_UP
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

LANG = "pt"
ROUND = "fresh31"
HERE = Path(__file__).resolve().parent
SUP = "LeadsOptima Suporte <support@leadsoptima.com>"
OWDTO = "Optima WebDesign <optimawebdesigns12@gmail.com>"
LOB, OWB = "leadsoptima", "optima_webdesign"
TAX = {"1499.00": "269.82", "3999.00": "719.82", "11988.00": "2157.84"}


def tz(h, m=0):
    return timezone(timedelta(hours=h, minutes=m))


IST = tz(5, 30)
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
        mid = f"<{cid}.{i}.{int(m['when'].timestamp())}@mail.{ROUND}-{LANG}.example>"
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


def day_n(paid_ist: str, sent: datetime) -> int:
    """Calendar days in Asia/Kolkata from a naive IST ledger time to a sent time (section 1)."""
    return (sent.astimezone(IST).date() - datetime.fromisoformat(paid_ist).date()).days


def hours(paid_ist: str, sent: datetime) -> float:
    return (sent - datetime.fromisoformat(paid_ist).replace(tzinfo=IST)).total_seconds() / 3600


def local_date(paid_ist: str, zone) -> date:
    """The date a customer in `zone` sees for a ledger time (what they may quote)."""
    return datetime.fromisoformat(paid_ist).replace(tzinfo=IST).astimezone(zone).date()


def o5(amount, setup, months=1):
    a, s = Decimal(amount), Decimal(setup)
    return str((a - s - (a - s) / 12 * months).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def write_out():
    (HERE / "ledger.json").write_text(json.dumps(LEDGER, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (HERE / "expected.json").write_text(json.dumps({"cases": CASES}, ensure_ascii=False, indent=1) + "\n",
                                        encoding="utf-8")
    print(f"{len(CASES)} cases, {len(LEDGER['payments'])} payments")
PT, FR, LU, CH, GOA, BR = tz(1), tz(2), tz(2), tz(2), tz(5, 30), tz(-3)

# ---------------------------------------------------------------------------------------------
# LeadsOptima
# ---------------------------------------------------------------------------------------------

cust("joaquim.bexiga.evora@sapo.pt", "Joaquim Bexiga", "monthly", start="2025-09-26", end="2025-10-25")
lopay("pt31_p01", "LO-INV-41101", "joaquim.bexiga.evora@sapo.pt", "monthly", "1499.00", "2025-09-26T14:00:00",
      "2025-09-26", "2025-10-25")
lopay("pt31_p02", "LO-INV-41102", "joaquim.bexiga.evora@sapo.pt", "monthly", "1499.00", "2025-09-26T14:02:00",
      "2025-09-26", "2025-10-25")
s = d(2025, 9, 28, 10, 20, PT)
assert day_n("2025-09-26T14:00:00", s) == 2 and local_date("2025-09-26T14:00:00", PT) == date(2025, 9, 26)
case("pt-l01-evora-ditado-reformado", LOB, "decided", [M(
    "Joaquim Bexiga <joaquim.bexiga.evora@sapo.pt>", SUP, "pagamento repetido", s,
    "bom dia aqui fala o joaquim bexiga de evora estou a ditar ao telemovel que a vista ja nao ajuda "
    "sexta feira dia vinte e seis o banco tirou me duas vezes a mensalidade do vosso programa mil "
    "quatrocentos e noventa e nove rupias cada uma e a minha neta que percebe disto diz que a segunda "
    "fatura e a LO INV 41102 eu so tenho um plano mensal para a adega por isso peço que me devolvam o "
    "pagamento que foi cobrado a mais obrigado e bom domingo\n\nEnviado do meu Samsung Galaxy\n")],
    [R("approve", "1499.00")],
    spec="L4: two paid monthly charges 2025-09-26 (09:30/09:32 in Portugal) same period; dictated mail "
         "2025-09-28 14:50 IST, day 2; 'LO INV 41102' = LO-INV-41102 (s.8): approve 1499.00.")

cust("margaret.hughes.algarve@gmail.com", "Margaret Hughes", "annual", start="2025-03-14", end="2026-03-13")
lopay("pt31_p03", "LO-INV-41103", "margaret.hughes.algarve@gmail.com", "annual", "11988.00",
      "2025-03-14T14:00:00", "2025-03-14", "2026-03-13")
case("pt-l02-loule-inglesa-cancelar", LOB, "decided", [M(
    "Margaret Hughes <margaret.hughes.algarve@gmail.com>", SUP, "Cancelar a minha subscrição / cancel please",
    d(2025, 9, 29, 15, 30, PT),
    "Boa tarde,\n\nDesculpe o meu português, estou a aprender na Universidade Sénior de Loulé. Eu quero "
    "cancelar a minha subscrição anual. A razão é: eu vou fechar o meu negócio de aluguer de bicicletas "
    "porque o meu marido está doente e nós voltamos para Inglaterra em novembro.\n\nPor favor, não cobrar "
    "mais nada no meu cartão.\n\nMuito obrigada,\nMargaret (Maggie) Hughes\nAlmancil, Loulé\n\n"
    "(In English, just in case: please cancel my annual plan. Thank you!)\n")],
    [X("cancel", "2026-03-13")],
    spec="L8: cancel, active until current_period_end 2026-03-13; reason given (closing the business).")

cust("maria.conceicao.paris@orange.fr", "Maria da Conceição Alves", "quarterly", start="2025-09-22",
     end="2025-12-21")
lopay("pt31_p04", "LO-INV-41104", "maria.conceicao.paris@orange.fr", "quarterly", "3999.00",
      "2025-09-22T14:00:00", "2025-09-22", "2025-12-21")
lopay("pt31_p05", "LO-INV-41105", "maria.conceicao.paris@orange.fr", "quarterly", "3999.00",
      "2025-09-22T14:00:40", "2025-09-22", "2025-12-21")
s = d(2025, 9, 29, 22, 15, FR)
assert day_n("2025-09-22T14:00:00", s) == 8 and s.date() == date(2025, 9, 29)
case("pt-l03-paris-porteira-dia-8", LOB, "decided", [M(
    "Maria da Conceição Alves <maria.conceicao.paris@orange.fr>", SUP, "prélèvement em dobro", s,
    "Boa noite,\n\nSou a Maria, porteira num prédio do 16ème em Paris, e faço as contas da pequena "
    "empresa de limpezas do meu filho. Na segunda-feira dia 22 o banco fez dois prélèvements iguais do "
    "plano trimestral, LO-INV-41104 e LO-INV-41105, cada um de 3.999 rupias. Foi cobrado duas vezes. "
    "Peço o reembolso do segundo. Escrevo hoje que ainda estamos dentro dos 7 dias.\n\nCumprimentos,\n"
    "Maria da Conceição\n")],
    [R("deny")],
    spec="L3: duplicate charged 2025-09-22 IST; mail Mon 2025-09-29 22:15 +02:00 = 2025-09-30 01:45 IST, day 8 "
         "in the brand's zone (the customer counts day 7 in Paris): deny.")

cust("rui.moutinho.lux@pt.lu", "Rui Moutinho", "annual", start="2025-09-24", end="2026-09-23")
lopay("pt31_p06", "LO-INV-41106", "rui.moutinho.lux@pt.lu", "annual", "11988.00", "2025-09-24T14:00:00",
      "2025-09-24", "2026-09-23")
lopay("pt31_p07", "LO-INV-41107", "rui.moutinho.lux@pt.lu", "annual", "11988.00", "2025-09-24T14:05:00",
      "2025-09-24", "2026-09-23")
s = d(2025, 9, 30, 7, 45, LU)
assert day_n("2025-09-24T14:00:00", s) == 6
case("pt-l04-luxemburgo-anual-duplicado", LOB, "decided", [M(
    "Rui Moutinho <rui.moutinho.lux@pt.lu>", SUP, "Fatura LO-INV-41107 - pagamento em duplicado",
    s,
    "Bom dia,\n\nTenho uma empresa de construção em Esch-sur-Alzette e paguei o plano anual na quarta-feira. "
    "O site deu erro e voltei a pagar, e agora tenho no extrato dois débitos de 11.988,00 INR (onze mil "
    "novecentos e oitenta e oito). O pagamento duplicado é a fatura LO-INV-41107. Agradeço a devolução.\n\n"
    "Com os melhores cumprimentos / Mat beschte Gréiss,\nRui Moutinho\nMoutinho Constructions S.à r.l.\n")],
    [R("approve", "11988.00")],
    spec="L4: annual 11988.00 charged twice 2025-09-24 IST same period; mail 2025-09-30 11:15 IST, day 6: "
         "approve the later LO-INV-41107, 11988.00 before tax.")

cust("ana.ferreira.geneve@bluewin.ch", "Ana Ferreira", "monthly", start="2025-09-25", end="2025-10-24")
lopay("pt31_p08", "LO-INV-41108", "ana.ferreira.geneve@bluewin.ch", "quarterly", "3999.00",
      "2025-09-25T14:00:00", "2025-09-25", "2025-12-24")
case("pt-l05-genebra-plano-errado", LOB, "decided", [M(
    "Ana Ferreira <ana.ferreira.geneve@bluewin.ch>", SUP, "Cobraram o plano errado", d(2025, 9, 27, 9, 5, CH),
    "Bom dia,\n\nTenho o plano MENSAL desde maio (sou esteticista em Genebra, trabalho por conta própria). "
    "No dia 25 cobraram-me 3.999 rupias do plano trimestral, fatura LO-INV-41108, que eu nunca pedi. "
    "Cobraram o plano errado. Peço que corrijam e me devolvam o valor.\n\nObrigada,\nAna Ferreira\n")],
    [R("escalate")],
    spec="L2 billing_error (charged for the wrong plan), day 2: L5 escalate with LO-INV-41108.")

cust("fernandes.travels.goa@gmail.com", "Fernandes Travels", "monthly", start="2025-09-27", end="2025-10-26")
lopay("pt31_p09", "LO-INV-41109", "fernandes.travels.goa@gmail.com", "monthly", "1499.00",
      "2025-09-27T14:00:00", "2025-09-27", "2025-10-26")
case("pt-l06-margao-nao-consigo-entrar", LOB, "decided", [M(
    "Fernandes Travels <fernandes.travels.goa@gmail.com>", SUP, "Não consigo entrar na conta",
    d(2025, 9, 29, 11, 10, GOA),
    "Bom dia, senhores.\n\nEscrevo de Margão, Goa. O meu avô falava português e eu aprendi um pouco no "
    "Instituto Camões, desculpem os erros. Desde sábado, dia 27, quando pagámos a mensalidade, não consigo "
    "entrar na conta: diz 'session expired' e volta para o login. Peço a devolução do pagamento "
    "da mensalidade, pagámos por um serviço que não conseguimos usar. Dev borem korum.\n\nCumprimentos,\nSavio Fernandes\nFernandes Travels, Margão\n")],
    [R("escalate")],
    spec="L2 access_failure (cannot log in since the charge), day 2: L6 escalate; one payment identifies "
         "LO-INV-41109. Goa writes in IST.")

cust("kantilal.damao@rediffmail.com", "Kantilal Patel", "monthly")
lopay("pt31_p10", "LO-INV-41110", "kantilal.damao@rediffmail.com", "monthly", "1499.00", "2025-08-12T14:00:00",
      "2025-08-12", None)
lopay("pt31_p11", "LO-INV-41111", "kantilal.damao@rediffmail.com", "monthly", "1499.00", "2025-09-12T14:00:00",
      "2025-09-12", None)
case("pt-l07-damao-cancelar-sem-periodo", LOB, "decided", [M(
    "Kantilal Patel <kantilal.damao@rediffmail.com>", SUP, "Cancelamento plano mensal", d(2025, 9, 30, 18, 0, GOA),
    "Boa tarde.\n\nEu tenho loja de tecidos em Damão Grande. Quero cancelar o plano mensal, porque o meu "
    "filho vai fazer os anúncios no Instagram e não precisamos mais. Não quero mais cobrança.\n\n"
    "Obrigado,\nKantilal Patel\nDamão\n")],
    [X("cancel", "2025-10-11")],
    spec="L8 fallback: no current_period_end; last charge 2025-09-12 + 1 month - 1 day = 2025-10-11.")

cust("moveis.zanella@gmail.com", "Móveis Zanella", "quarterly", start="2025-09-24", end="2025-12-23")
lopay("pt31_p12", "LO-INV-41112", "moveis.zanella@gmail.com", "quarterly", "3999.00", "2025-09-24T14:00:00",
      "2025-09-24", "2025-12-23")
case("pt-l08-francisco-beltrao-desistiu", LOB, "decided", [M(
    "Móveis Zanella <moveis.zanella@gmail.com>", SUP, "estorno trimestre", d(2025, 9, 26, 8, 15, BR),
    "Bom dia pessoal, tudo bem?\n\nAqui é o Giovani da Móveis Zanella, de Francisco Beltrão. O nono "
    "Bepi (meu avô) achou que é muito dinheiro pra uma coisa que a gente nem sabe usar direito, e o "
    "pai concordou. A gente nem chegou a mexer no sistema. Queria o estorno do trimestre que foi "
    "pago na quarta, nota LO-INV-41112.\n\nAbraço,\nGiovani Zanella\n")],
    [R("deny")],
    spec="L1: too expensive / not used is no exception reason: refund deny (cancellation offered); no "
         "cancellation asked.")

cust("contabilidade@padariaschmidt.com.br", "Padaria Schmidt", "monthly", start="2025-09-27", end="2025-10-26")
lopay("pt31_p13", "LO-INV-41113", "contabilidade@padariaschmidt.com.br", "monthly", "1499.00",
      "2025-09-27T14:00:00", "2025-09-27", "2025-10-26")
case("pt-l09-pomerode-caro-e-cancela", LOB, "decided", [M(
    "Padaria Schmidt <contabilidade@padariaschmidt.com.br>", SUP, "Cancelamento + devolução",
    d(2025, 9, 29, 14, 20, BR),
    "Boa tarde,\n\nConforme conversado com a família, vamos cancelar a assinatura mensal. O Opa Schmidt "
    "acha caro demais pra padaria e a freguesia é toda daqui de Pomerode mesmo. Pedimos também o "
    "reembolso da mensalidade cobrada no sábado (LO-INV-41113), já que quase não usamos.\n\n"
    "Att.,\nHeidi Schmidt Kruger\nPadaria e Confeitaria Schmidt – Pomerode/SC\n")],
    [R("deny"), X("cancel", "2025-10-26")],
    spec="L1: too expensive / barely used: refund deny; cancellation L8 until current_period_end 2025-10-26.")

cust("geral@imobiliariaria.pt", "Imobiliária Ria Formosa", "monthly", start="2025-09-20", end="2025-10-19")
lopay("pt31_p14", "LO-INV-41114", "geral@imobiliariaria.pt", "monthly", "1499.00", "2025-09-20T14:00:00",
      "2025-09-20", "2025-10-19")
case("pt-l10-faro-email-pessoal", LOB, "need_info", [M(
    "Sofia Guerreiro <sofia.guerreiro.faro@gmail.com>", SUP, "Cancelamento da conta da imobiliária",
    d(2025, 9, 27, 12, 30, PT),
    "Olá,\n\nSou consultora da Imobiliária Ria Formosa, em Faro. A conta está registada com o email "
    "geral@imobiliariaria.pt, mas estou de férias e só tenho acesso ao meu pessoal. Queria cancelar o plano "
    "mensal e saber qual foi o último valor cobrado e até quando fica ativo.\n\nObrigada,\nSofia Guerreiro\n")],
    rules=["C2"],
    spec="C2: sender is not the registered geral@ she names: need_info, write from the registered address; "
         "no account details.")

cust("diretoria@frigorificooestesc.com.br", "Frigorífico Oeste", "annual", start="2025-04-02", end="2026-04-01")
lopay("pt31_p15", "LO-INV-41115", "diretoria@frigorificooestesc.com.br", "annual", "11988.00",
      "2025-04-02T14:00:00", "2025-04-02", "2026-04-01")
case("pt-l11-chapeco-enc-outlook", LOB, "need_info", [M(
    "Juliana Bertoldi <juliana.bertoldi@frigorificooestesc.com.br>", SUP, "ENC: Cancelamento LeadsOptima",
    d(2025, 9, 29, 9, 0, BR),
    "Bom dia, segue abaixo a solicitação da diretoria.\n\nAtenciosamente,\nJuliana Bertoldi | Assistente "
    "Administrativa\n\n________________________________\nDe: Diretoria <diretoria@frigorificooestesc.com.br>\n"
    "Enviado: sexta-feira, 26 de setembro de 2025 17:48\nPara: Juliana Bertoldi "
    "<juliana.bertoldi@frigorificooestesc.com.br>\nAssunto: Cancelamento LeadsOptima\n\nJuliana, por favor "
    "peça o cancelamento do plano anual da LeadsOptima, o conselho cortou as despesas com software de "
    "marketing. A conta está no e-mail diretoria@frigorificooestesc.com.br.\n\nValdir Dal Pizzol\nDiretor\n")],
    rules=["C2"],
    spec="Section 8 forwards: Outlook pt-BR 'ENC:' carrying the director's request naming the registered "
         "diretoria@; the sender is juliana.bertoldi@: C2 need_info.")

cust("restaurante.obarril@gmail.com", "Restaurante O Barril", "monthly", start="2025-09-25", end="2025-10-24")
lopay("pt31_p16", "LO-INV-41116", "restaurante.obarril@gmail.com", "monthly", "1499.00", "2025-09-25T14:00:00",
      "2025-09-25", "2025-10-24")
case("pt-l12-tavira-mais-tag", LOB, "need_info", [M(
    "Restaurante O Barril <restaurante.obarril+faturas@gmail.com>", SUP, "Cobrança em duplicado?",
    d(2025, 9, 26, 16, 0, PT),
    "Boa tarde, parece que nos cobraram duas vezes a mensalidade ontem. Fatura LO-INV-41116. Podem "
    "devolver o valor repetido?\nCumprimentos,\nRestaurante O Barril, Tavira\n")],
    rules=["C2"],
    spec="Section 8 addresses: restaurante.obarril+faturas@ is another address than the registered "
         "restaurante.obarril@: C2 need_info.")

cust("luisa.cabecadas@gmail.com", "Luísa Cabeçadas", "monthly", start="2025-09-28", end="2025-10-27")
lopay("pt31_p17", "LO-INV-41117", "luisa.cabecadas@gmail.com", "monthly", "1499.00", "2025-09-28T14:00:00",
      "2025-09-28", "2025-10-27")
case("pt-l13-beja-sem-motivo", LOB, "need_info", [M(
    "Luísa Cabeçadas <luisa.cabecadas@gmail.com>", SUP, "Pedido de reembolso", d(2025, 9, 30, 10, 0, PT),
    "Exmos. Senhores,\n\nVenho por este meio solicitar o reembolso do último pagamento da minha subscrição "
    "mensal.\n\nSem outro assunto de momento, subscrevo-me com os melhores cumprimentos,\n\nLuísa Cabeçadas\n"
    "Beja\n\nEsta mensagem foi verificada pelo antivírus AVG.\n")],
    rules=[], missing=["reason"],
    spec="Section 8 reason: restated request, formal closing and antivirus footer are not reasons; plan from "
         "the ledger, one payment identifies the invoice: need_info reason (C3).")

cust("vinicola.debona@gmail.com", "Vinícola De Bona", "monthly", start="2025-09-24", end="2025-10-23")
lopay("pt31_p18", "LO-INV-41118", "vinicola.debona@gmail.com", "monthly", "1499.00", "2025-09-24T14:00:00",
      "2025-09-24", "2025-10-23")
lopay("pt31_p19", "LO-INV-41119", "vinicola.debona@gmail.com", "monthly", "1499.00", "2025-09-24T14:01:00",
      "2025-09-24", "2025-10-23")
s1 = d(2025, 9, 25, 19, 0, BR)
s2 = d(2025, 9, 30, 20, 30, BR)
assert day_n("2025-09-24T14:00:00", s1) == 2 and day_n("2025-09-24T14:00:00", s2) == 7
case("pt-l14-nova-veneza-fio-motivo", LOB, "decided", [M(
    "Vinícola De Bona <vinicola.debona@gmail.com>", SUP, "reembolso", s1,
    "Boa noite, gostaria do reembolso da cobrança de ontem. Obrigado. Marco\n"), M(
    "Vinícola De Bona <vinicola.debona@gmail.com>", SUP, "Re: reembolso [LO-4142]", s2,
    "Desculpa a demora, estamos na vindima. O motivo é que cobraram duas vezes o plano mensal no dia 24, a "
    "cobrança repetida é a LO-INV-41119.\n\nMarco De Bona\nVinícola De Bona – Nova Veneza/SC\n\n"
    "Em qui., 25 de set. de 2025 às 19:40, LeadsOptima Suporte <support@leadsoptima.com> escreveu:\n"
    "> Para analisarmos o pedido, indique o motivo do reembolso. [LO-4142]\n",
    headers={"_irt": "<lo-4142.reply@leadsoptima.com>"})],
    [R("approve", "1499.00")],
    spec="C3 thread: the answer gives the reason (charged twice) and the duplicate invoice; request time is the "
         "first mail (2025-09-26 03:30 IST, day 2): L4 approve LO-INV-41119, 1499.00.")

cust("surf.escola.sagres@gmail.com", "Escola de Surf Sagres", "monthly", start="2025-09-21", end="2025-10-20")
for pid, inv, dt_, ps, pe in (("pt31_p20", "LO-INV-41120", "2025-07-21T14:00:00", "2025-07-21", "2025-08-20"),
                              ("pt31_p21", "LO-INV-41121", "2025-08-21T14:00:00", "2025-08-21", "2025-09-20"),
                              ("pt31_p22", "LO-INV-41122", "2025-09-21T14:00:00", "2025-09-21", "2025-10-20")):
    lopay(pid, inv, "surf.escola.sagres@gmail.com", "monthly", "1499.00", dt_, ps, pe)
case("pt-l15-sagres-sem-fatura", LOB, "need_info", [M(
    "Escola de Surf Sagres <surf.escola.sagres@gmail.com>", SUP, "plataforma em baixo", d(2025, 9, 25, 18, 40, PT),
    "Boa tarde,\n\nA plataforma não carrega há uns dias (fica tudo branco depois do login). Queremos o "
    "reembolso do mês, pagamos por um serviço que não funciona.\n\nAbraço,\nTiago\n")],
    rules=[], missing=["invoice_number"],
    spec="L2 access_failure reason given; three monthly charges and none quoted: need_info invoice_number (C3).")

cust("agropecuaria.lorenzi@gmail.com", "Agropecuária Lorenzi", "monthly", start="2025-09-23", end="2025-10-22")
lopay("pt31_p23", "LO-INV-41123", "agropecuaria.lorenzi@gmail.com", "monthly", "1499.00", "2025-08-23T14:00:00",
      "2025-08-23", "2025-09-22")
lopay("pt31_p24", "LO-INV-41124", "agropecuaria.lorenzi@gmail.com", "monthly", "1499.00", "2025-09-23T14:00:00",
      "2025-09-23", "2025-10-22")
case("pt-l16-concordia-fio-fatura", LOB, "decided", [M(
    "Agropecuária Lorenzi <agropecuaria.lorenzi@gmail.com>", SUP, "sem acesso", d(2025, 9, 26, 10, 0, BR),
    "Bom dia. Desde terça não consigo acessar a conta, aparece 'conta suspensa' mesmo com o pagamento feito. "
    "Quero o reembolso dessa cobrança.\nAtt. Neiva Lorenzi\n"), M(
    "Agropecuária Lorenzi <agropecuaria.lorenzi@gmail.com>", SUP, "RE: sem acesso [LO-4151]",
    d(2025, 9, 27, 9, 0, BR),
    "A nota é a lo.inv.41124, a de setembro.\nNeiva\n\n> Poderia informar o número da fatura? [LO-4151]\n",
    headers={"_irt": "<lo-4151.reply@leadsoptima.com>"})],
    [R("escalate")],
    spec="C3 thread: invoice answered 'lo.inv.41124' = LO-INV-41124 (s.8 dots); access_failure, charge "
         "2025-09-23, first mail 2025-09-26 18:30 IST day 3: L6 escalate.")

cust("mercado.wolff@gmail.com", "Mercado Wolff", "monthly", start="2025-09-24", end="2025-10-23")
lopay("pt31_p25", "LO-INV-41125", "mercado.wolff@gmail.com", "monthly", "1499.00", "2025-09-24T14:00:00",
      "2025-09-24", "2025-10-23")
case("pt-l17-marechal-rondon-procon", LOB, "decided", [M(
    "Mercado Wolff <mercado.wolff@gmail.com>", SUP, "ULTIMO AVISO - estorno", d(2025, 9, 27, 11, 0, BR),
    "Bom dia. Já mandei 2 emails. Cobraram 1.499 no dia 24 e o sistema não abre desde então. Se não "
    "devolverem até segunda vou abrir contestação no cartão (chargeback) e fazer reclamação no PROCON. "
    "Nota LO-INV-41125.\n\nArno Wolff\nMercado Wolff – Marechal Cândido Rondon/PR\n")],
    [R("escalate")], rules=["C4"],
    spec="C4: chargeback and consumer-protection (PROCON) threat: escalate.")

cust("geral@olivalalentejano.pt", "Olival Alentejano", "annual", start="2025-01-20", end="2026-01-19")
lopay("pt31_p26", "LO-INV-41126", "geral@olivalalentejano.pt", "annual", "11988.00", "2025-01-20T14:00:00",
      "2025-01-20", "2026-01-19")
case("pt-l18-serpa-cancelar-deco-advogado", LOB, "decided", [M(
    "Olival Alentejano <geral@olivalalentejano.pt>", SUP, "Cancelamento imediato", d(2025, 9, 29, 16, 45, PT),
    "Exmos. Senhores,\n\nComunico o cancelamento da subscrição anual. O serviço tem falhado todas as "
    "semanas. Já expus a situação à DECO e ao nosso advogado; qualquer nova cobrança seguirá para "
    "tribunal.\n\nJoão Pacheco\nOlival Alentejano, Lda. – Serpa\n")],
    [X("escalate")], rules=["C4"],
    spec="Section 8: C4 covers the whole case: consumer association (DECO), lawyer and court threat "
         "escalate the cancellation.")

cust("auto.pecas.bertoldo@gmail.com", "Auto Peças Bertoldo", "monthly", start="2025-09-28", end="2025-10-27")
lopay("pt31_p27", "LO-INV-41127", "auto.pecas.bertoldo@gmail.com", "monthly", "1499.00", "2025-09-28T14:00:00",
      "2025-09-28", "2025-10-27")
lopay("pt31_p28", "LO-INV-41128", "auto.pecas.bertoldo@gmail.com", "monthly", "1499.00", "2025-09-28T14:00:30",
      "2025-09-28", "2025-10-27")
case("pt-l19-rio-do-sul-sem-chargeback", LOB, "decided", [M(
    "Auto Peças Bertoldo <auto.pecas.bertoldo@gmail.com>", SUP, "cobrança em dobro dia 28",
    d(2025, 9, 29, 13, 30, BR),
    "Boa tarde! Domingo cobraram duas vezes a mensalidade (LO-INV-41127 e LO-INV-41128). O gerente do banco "
    "falou pra eu fazer chargeback, mas não quero fazer isso, prefiro resolver direto com vocês. Só peço "
    "a devolução da cobrança repetida.\n\nValeu,\nLeandro Bertoldo\nRio do Sul/SC\n")],
    [R("approve", "1499.00")],
    spec="Section 8 negation: the chargeback is ruled out ('não quero fazer isso'): no C4; L4 pair 2025-09-28, "
         "mail 2025-09-29 22:00 IST day 1: approve LO-INV-41128, 1499.00.")

case("pt-l20-resposta-automatica-ausente", LOB, "ignore", [M(
    "Olival Alentejano <geral@olivalalentejano.pt>", SUP, "Resposta automática: Ausente: Re: Cancelamento [LO-4160]",
    d(2025, 9, 30, 7, 0, PT),
    "Estou ausente em campanha da azeitona até 15 de outubro. Para assuntos urgentes contacte 284 000 000.\n",
    headers={"Auto-Submitted": "auto-replied", "_irt": "<lo-4160.reply@leadsoptima.com>"})],
    rules=["C7"], spec="C7: Auto-Submitted auto-replied: ignore.")

case("pt-l21-associacao-comercial-newsletter", LOB, "ignore", [M(
    "ACIB Blumenau <newsletter@acib.example.com.br>", SUP, "Informativo: como pedir estorno de assinaturas",
    d(2025, 9, 29, 6, 30, BR),
    "Associado, nesta edição: seus direitos ao cancelar assinaturas de software e como pedir reembolso. "
    "Para sair da lista, clique aqui.\n",
    headers={"List-Id": "Informativo ACIB <informativo.acib.example.com.br>", "Precedence": "list"})],
    rules=["C7"], spec="C7: List-Id and Precedence: list: ignore.")

case("pt-l22-postmaster-devolvido", LOB, "ignore", [M(
    "postmaster@mail.sapo.example.pt", SUP, "Mensagem não entregue: Re: Cancelamento [LO-4122]",
    d(2025, 9, 28, 4, 0, PT),
    "A sua mensagem não pôde ser entregue a joaquim.bexiga@sapo.example.pt: caixa de correio inexistente.\n",
    headers={"Auto-Submitted": "auto-replied"})],
    rules=["C7"], spec="C7: postmaster sender (bounce): ignore.")

cust("padaria.hering@gmail.com", "Padaria Hering", "monthly", start="2025-09-12", end="2025-10-11")
lopay("pt31_p29", "LO-INV-41129", "padaria.hering@gmail.com", "monthly", "1499.00", "2025-09-12T14:00:00",
      "2025-09-12", "2025-10-11")
case("pt-l23-blumenau-adolescente-duvidas", LOB, "other", [M(
    "Padaria Hering <padaria.hering@gmail.com>", SUP, "dúvidas", d(2025, 9, 27, 15, 0, BR),
    "oii boa tarde!! sou a Letícia, tenho 15 anos e cuido das contas da padaria da minha mãe aqui em "
    "Blumenau kkk. duas perguntas: 1) dá pra colocar mais um usuário pro meu irmão? 2) onde eu baixo as "
    "notas dos meses passados? a contadora pediu. obrigadaaa\n")],
    spec="Questions only (add a user, download invoices): other.")

cust("pedro.teixeira.lux@gmail.com", "Pedro Teixeira", "quarterly", start="2025-08-30", end="2025-11-29")
lopay("pt31_p30", "LO-INV-41130", "pedro.teixeira.lux@gmail.com", "quarterly", "3999.00", "2025-08-30T14:00:00",
      "2025-08-30", "2025-11-29")
case("pt-l24-differdange-agradece", LOB, "other", [M(
    "Pedro Teixeira <pedro.teixeira.lux@gmail.com>", SUP, "RE: Reembolso cobrança duplicada [LO-4099]",
    d(2025, 9, 30, 8, 20, LU),
    "Bom dia,\n\nSó para confirmar que o reembolso do pagamento duplicado já entrou na conta do BCEE. "
    "Obrigado pela rapidez, merci beaucoup!\n\nPedro\n\n-----Mensagem original-----\nDe: LeadsOptima "
    "Suporte\nEnviada: quarta-feira, 3 de setembro de 2025 11:02\nAssunto: Reembolso cobrança duplicada [LO-4099]\n\n"
    "Confirmamos o reembolso de 3.999,00 INR.\n")],
    spec="Thanks for a past refund: no request: other.")

cust("clinica.sorriso.lagos@gmail.com", "Clínica Sorriso Lagos", "monthly", start="2025-09-22", end="2025-10-21")
lopay("pt31_p31", "LO-INV-41131", "clinica.sorriso.lagos@gmail.com", "monthly", "1499.00", "2025-09-22T14:00:00",
      "2025-09-22", "2025-10-21")
case("pt-l25-lagos-nao-quero-reembolso", LOB, "other", [M(
    "Clínica Sorriso Lagos <clinica.sorriso.lagos@gmail.com>", SUP, "Lembretes de consulta por SMS",
    d(2025, 9, 26, 11, 0, PT),
    "Bom dia,\n\nSou a rececionista da Clínica Sorriso, em Lagos. Antes de mais: não queremos reembolso "
    "nenhum nem cancelar, estamos contentes. Só queria saber se é possível enviar lembretes de consulta por "
    "SMS aos pacientes a partir da plataforma, e quanto custa.\n\nObrigada,\nVanessa\n")],
    spec="Section 8 negation: 'não queremos reembolso nenhum nem cancelar'; a product question: other.")

case("pt-l26-lagoa-ingles-antes-de-comprar", LOB, "other", [M(
    "Peter Whitfield <peter.whitfield.lagoa@gmail.com>", SUP, "Pergunta antes de comprar", d(2025, 9, 29, 17, 0, PT),
    "Boa tarde,\n\nEu tenho uma pequena empresa de passeios de barco em Ferragudo. Eu estou a pensar "
    "comprar o plano trimestral. Se eu compro e depois não gosto, eu posso ter o meu dinheiro de volta? "
    "E se há um problema com o login, como é o reembolso?\n\nObrigado (thanks for your patience with my "
    "Portuguese),\nPeter\n")],
    spec="Section 8 hypotheticals before buying: other.")

cust("atelie.costura.dalri@gmail.com", "Ateliê Dal Ri", "monthly", status="trial",
     trial_ends="2025-10-04")
case("pt-l27-videira-teste-gratis", LOB, "decided", [M(
    "Ateliê Dal Ri <atelie.costura.dalri@gmail.com>", SUP, "devolução teste", d(2025, 9, 28, 10, 0, BR),
    "Olá, estou no período de teste e não gostei, muito complicado pra mim que só faço costura. Quero "
    "meu dinheiro de volta.\nRosane Dal Ri, Videira/SC\n")],
    [R("deny")], extra_ok=True,
    spec="L7: free trial, no charge on record: refund deny; nothing is billed unless they subscribe.")

cust("loja.mosaico.olhao@gmail.com", "Loja Mosaico", "monthly", start="2025-09-25", end="2025-10-24")
lopay("pt31_p32", "LO-INV-41132", "loja.mosaico.olhao@gmail.com", "monthly", "1499.00", "2025-09-25T14:00:00",
      "2025-09-25", "2025-10-24")
case("pt-l28-olhao-duplicado-sem-par", LOB, "decided", [M(
    "Loja Mosaico <loja.mosaico.olhao@gmail.com>", SUP, "Débito duplicado LO-INV-41132", d(2025, 9, 27, 10, 30, PT),
    "Bom dia,\n\nNo extrato da Caixa aparecem dois débitos iguais de 1.768,82 no dia 25. Fomos cobrados duas "
    "vezes. Peço a devolução do débito repetido (fatura LO-INV-41132).\n\nCumprimentos,\nHelena, Loja "
    "Mosaico – Olhão\n")],
    [R("escalate")],
    spec="L4: duplicate claimed (day 2) but the ledger holds one charge: no pair: escalate.")

cust("financeiro@cooperativaalfa.com.br", "Cooperativa Alfa", "quarterly", start="2025-09-29", end="2025-12-28")
for pid, inv, t in (("pt31_p33", "LO-INV-41133", "14:00:00"), ("pt31_p34", "LO-INV-41134", "14:00:50"),
                    ("pt31_p35", "LO-INV-41135", "14:02:10")):
    lopay(pid, inv, "financeiro@cooperativaalfa.com.br", "quarterly", "3999.00", f"2025-09-29T{t}",
          "2025-09-29", "2025-12-28")
case("pt-l29-toledo-pr-tres-cobrancas", LOB, "decided", [M(
    "Financeiro Cooperativa <financeiro@cooperativaalfa.com.br>", SUP, "Três cobranças do plano trimestral",
    d(2025, 9, 30, 9, 30, BR),
    "Bom dia.\n\nNa conciliação do cartão corporativo de ontem constam três lançamentos idênticos da "
    "LeadsOptima, plano trimestral, notas LO-INV-41133, LO-INV-41134 e LO-INV-41135. Temos uma única "
    "assinatura. Solicitamos o estorno das duas cobranças em duplicidade.\n\nAtenciosamente,\n"
    "Setor Financeiro – Toledo/PR\n")],
    [R("approve", "7998.00")],
    spec="Section 8 three identical charges (2025-09-29, day 1): both later charges are duplicates: "
         "3999.00 + 3999.00 = 7998.00.")

cust("pastelaria.sdomingos@gmail.com", "Pastelaria São Domingos", "monthly", start="2025-09-27",
     end="2025-10-26")
lopay("pt31_p36", "LO-INV-41136", "pastelaria.sdomingos@gmail.com", "monthly", "1499.00", "2025-09-27T14:00:00",
      "2025-09-27", "2025-10-26")
lopay("pt31_p37", "LO-INV-41137", "pastelaria.sdomingos@gmail.com", "monthly", "1499.00", "2025-09-27T14:00:20",
      "2025-09-27", "2025-10-26", status="failed")
case("pt-l30-mertola-segunda-falhou", LOB, "decided", [M(
    "Pastelaria São Domingos <pastelaria.sdomingos@gmail.com>", SUP, "Cobrança a dobrar – LO-INV-41137",
    d(2025, 9, 29, 9, 40, PT),
    "Bom dia, no sábado apareceram duas cobranças da mensalidade. Peço a devolução da segunda, "
    "LO-INV-41137.\nObrigada\nFátima, Mértola\n")],
    [R("escalate")],
    spec="Section 8: LO-INV-41137 is 'failed' in the ledger (not paid): a refund of it is escalated; no pair of "
         "paid charges either.")

case("pt-l31-cliente-da-optima", LOB, "need_info", [M(
    "Hotel Vilamoura Mar <direcao@hotelvilamouramar.pt>", SUP, "Reembolso sinal do site",
    d(2025, 9, 29, 11, 0, PT),
    "Bom dia, pagámos o sinal do novo site do hotel (OWD-2025-910) e pedimos a devolução, o projeto foi "
    "adiado pela administração.\nDireção\n")],
    rules=["C2"],
    spec="Section 8 the other brand's customer: unknown in LeadsOptima's ledger: C2 need_info.")

cust("secretariado@escolasuica.ch", "Escola Lusa de Lausanne", "quarterly", start="2025-08-01", end="2025-10-31")
lopay("pt31_p38", "LO-INV-41138", "secretariado@escolasuica.ch", "quarterly", "3999.00", "2025-08-01T14:00:00",
      "2025-08-01", "2025-10-31")
case("pt-l32-lausanne-html-escola", LOB, "decided", [M(
    "Secretariado Escola Lusa <secretariado@escolasuica.ch>", SUP, "Cancelamento da subscrição trimestral",
    d(2025, 9, 30, 14, 10, CH),
    "<html><body><div dir=\"ltr\" style=\"font-family:Arial\"><p>Boa tarde,</p><p>Somos o secretariado da "
    "Escola Lusa de Lausanne (cursos de português para filhos de emigrantes). A direção decidiu "
    "<b>cancelar</b> a subscrição trimestral, porque o Consulado passou a divulgar as inscrições por nós e "
    "já não precisamos de captar alunos.</p><p>Agradecemos a confirmação.</p><p>Com os melhores "
    "cumprimentos,<br>Rosa Pimentel<br>Secretariado</p><hr><p style=\"font-size:9px\">Ce message est "
    "confidentiel. Esta mensagem é confidencial.</p></div></body></html>\n", html=True)],
    [X("cancel", "2025-10-31")],
    spec="HTML-only mail: L8 cancel until current_period_end 2025-10-31; reason given.")

cust("damanpatel.exports@gmail.com", "Daman Patel Exports", "monthly", start="2025-09-05", end="2025-10-04")
lopay("pt31_p39", "LO-INV-41139", "damanpatel.exports@gmail.com", "monthly", "1499.00", "2025-09-05T14:00:00",
      "2025-09-05", "2025-10-04")
case("pt-l33-damao-sem-acesso-fora-prazo", LOB, "decided", [M(
    "Daman Patel Exports <damanpatel.exports@gmail.com>", SUP, "Sem acesso - reembolso LO-INV-41139",
    d(2025, 9, 15, 12, 0, GOA),
    "Boa tarde. Desde o pagamento de 5 de setembro não consigo fazer login. Peço reembolso da fatura "
    "LO-INV-41139. Obrigado.\nNilesh Patel, Damão\n")],
    [R("deny")],
    spec="L3: access_failure but charge 2025-09-05, mail 2025-09-15 (day 10): outside the 7-day window: deny.")

cust("imobiliaria.barlavento@gmail.com", "Imobiliária Barlavento", "monthly", start="2025-09-17", end="2025-10-16")
lopay("pt31_p40", "LO-INV-41140", "imobiliaria.barlavento@gmail.com", "monthly", "1499.00",
      "2025-09-17T14:00:00", "2025-09-17", "2025-10-16")
case("pt-l34-portimao-agente-varios-pedidos", LOB, "decided", [M(
    "Imobiliária Barlavento <imobiliaria.barlavento@gmail.com>", SUP, "Várias questões",
    d(2025, 9, 30, 18, 20, PT),
    "Boa tarde,\n\nSou agente imobiliário em Portimão. Três coisas:\n\n1. Podem enviar-me as faturas de julho "
    "a setembro com o NIF 500000000? A contabilista pediu.\n2. A exportação para o Idealista deixou de "
    "funcionar, mas isso já reportei no chat.\n3. O mais importante: quero cancelar o plano mensal, vou "
    "passar a trabalhar para uma rede (RE/MAX) e eles têm o sistema deles.\n\nObrigado,\nNuno Viegas\n")],
    [X("cancel", "2025-10-16")],
    spec="Several requests: a cancellation (L8, current_period_end 2025-10-16) plus invoice/feature questions; "
         "no refund asked.")

cust("cooperativa.moura@gmail.com", "Cooperativa Agrícola de Moura", "annual")
lopay("pt31_p41", "LO-INV-41141", "cooperativa.moura@gmail.com", "annual", "11988.00", "2024-10-03T14:00:00",
      "2024-10-03", None)
case("pt-l35-moura-anual-sem-periodo", LOB, "decided", [M(
    "Cooperativa Agrícola de Moura <cooperativa.moura@gmail.com>", SUP, "Não renovar", d(2025, 9, 29, 12, 0, PT),
    "Bom dia,\n\nA direção da cooperativa decidiu não renovar a subscrição anual da LeadsOptima, por "
    "corte de custos depois da má campanha do azeite. Pedimos o cancelamento.\n\nCumprimentos,\n"
    "A Direção\n")],
    [X("cancel", "2025-10-02")],
    spec="L8 fallback: no current_period_end; last charge 2024-10-03 + 12 months - 1 day = 2025-10-02.")

cust("marcos.silva.zurich@gmail.com", "Marcos Silva", "monthly", start="2025-09-30", end="2025-10-29")
lopay("pt31_p42", "LO-INV-41142", "marcos.silva.zurich@gmail.com", "monthly", "1499.00", "2025-09-30T14:00:00",
      "2025-09-30", "2025-10-29")
lopay("pt31_p43", "LO-INV-41143", "marcos.silva.zurich@gmail.com", "monthly", "1499.00", "2025-09-30T14:03:00",
      "2025-09-30", "2025-10-29")
s = d(2025, 9, 30, 19, 0, CH)
assert day_n("2025-09-30T14:00:00", s) == 0
case("pt-l36-zurique-mesmo-dia", LOB, "decided", [M(
    "Marcos Silva <marcos.silva.zurich@gmail.com>", SUP, "Pagamento em duplicado hoje", s,
    "Boa noite,\n\nHoje de manhã paguei a mensalidade e o cartão foi debitado duas vezes (mil quatrocentos e "
    "noventa e nove rupias, duas vezes). A segunda fatura é LO-INV-41143. Podem devolver o pagamento "
    "duplicado?\n\nObrigado,\nMarcos Silva\nSilva Umzüge GmbH, Zürich\n")],
    [R("approve", "1499.00")],
    spec="L4: pair 2025-09-30 (10:30 in Zurich); mail the same day (day 0): approve LO-INV-41143, 1499.00.")

# ---------------------------------------------------------------------------------------------
# Optima WebDesign
# ---------------------------------------------------------------------------------------------

proj("Site Hotel Praia da Galé", "direcao@hotelgale.pt")
owpay("pt31_o01", "OWD-2025-601", "Site Hotel Praia da Galé", "deposit", "28000.00", "5040.00",
      "2025-09-28T13:00:00")
s = d(2025, 9, 29, 16, 0, PT)
assert hours("2025-09-28T13:00:00", s) < 72
case("pt-o01-albufeira-sinal-a-tempo", OWB, "decided", [M(
    "Hotel Praia da Galé <direcao@hotelgale.pt>", OWDTO, "Refund Request — Site Hotel Praia da Galé / OWD-2025-601",
    s,
    "Boa tarde,\n\nOntem (domingo) pagámos o sinal do novo site do Hotel Praia da Galé, fatura OWD-2025-601. "
    "Hoje o grupo hoteleiro que nos comprou informou que o site passa a ser feito pela agência do grupo, em "
    "Madrid. Pedimos por isso a devolução do sinal.\n\nCom os melhores cumprimentos,\nCatarina Mendes\n"
    "Direção – Hotel Praia da Galé, Albufeira\n")],
    [R("approve", "28000.00")], extra_ok=True,
    spec="O2: deposit 2025-09-28 13:00 IST, no work; mail 2025-09-29 20:30 IST (31.5 h): approve 28000.00.")

proj("Site Boulangerie Coelho", "contact@boulangeriecoelho.fr")
owpay("pt31_o02", "OWD-2025-602", "Site Boulangerie Coelho", "deposit", "15000.00", "2700.00",
      "2025-09-26T14:00:00")
s = d(2025, 9, 29, 10, 0, FR)
assert 71 < hours("2025-09-26T14:00:00", s) < 72
case("pt-o02-lyon-sinal-71-horas", OWB, "decided", [M(
    "Boulangerie Coelho <contact@boulangeriecoelho.fr>", OWDTO, "Devolução do sinal - Site Boulangerie Coelho",
    s,
    "Bom dia,\n\nSomos uma padaria portuguesa em Villeurbanne (Lyon). Na sexta pagámos o acompte, quer "
    "dizer o sinal, do Site Boulangerie Coelho (OWD-2025-602). O banco recusou o empréstimo para a "
    "remodelação da loja e vamos adiar tudo. Pedimos a devolução do sinal o mais rápido possível.\n\n"
    "Obrigado,\nJosé Coelho\n")],
    [R("approve", "15000.00")], extra_ok=True,
    spec="O2: deposit 2025-09-26 14:00 IST; mail 2025-09-29 10:00 +02:00 = 13:30 IST: 71.5 h, before 72 h; no "
         "work: approve 15000.00.")

proj("Loja Online Épicerie Saudade", "saudade.epicerie@pt.lu")
owpay("pt31_o03", "OWD-2025-603", "Loja Online Épicerie Saudade", "deposit", "20000.00", "3600.00",
      "2025-09-22T14:00:00")
s = d(2025, 9, 26, 9, 0, LU)
assert hours("2025-09-22T14:00:00", s) > 72
case("pt-o03-luxemburgo-sinal-fora", OWB, "decided", [M(
    "Épicerie Saudade <saudade.epicerie@pt.lu>", OWDTO, "Reembolso sinal OWD-2025-603", s,
    "Bom dia,\n\nPagámos na segunda-feira o sinal da Loja Online Épicerie Saudade. Entretanto a Câmara "
    "(commune) de Luxemburgo não nos deu licença para vender álcool online, e sem o vinho não vale a "
    "pena. Queremos cancelar e receber o sinal de volta.\n\nCumprimentos,\nFernanda Lopes\n")],
    [R("deny")], extra_ok=True,
    spec="O2: deposit 2025-09-22 14:00 IST; mail 2025-09-26 12:30 IST = 94.5 h: after 72 h: deny.")

proj("Portal Escola Konkani Panjim", "principal@konkanischool.in")
owpay("pt31_o04", "OWD-2025-604", "Portal Escola Konkani Panjim", "discovery", "9000.00", "1620.00",
      "2025-09-26T16:00:00")
case("pt-o04-panjim-discovery-sem-sessao", OWB, "decided", [M(
    "Principal Konkani School <principal@konkanischool.in>", OWDTO,
    "Refund Request — Portal Escola Konkani Panjim (OWD-2025-604)", d(2025, 9, 29, 11, 30, GOA),
    "Bom dia,\n\nEscrevo em português porque a nossa escola ensina também português, é tradição em "
    "Panjim. Pagámos a sessão de estratégia (discovery) no dia 26 mas nenhuma sessão foi marcada ainda. A "
    "direção da escola decidiu que o portal será feito pelo governo de Goa no programa de escolas. Pedimos "
    "o reembolso.\n\nAtenciosamente,\nFr. Agnelo D'Souza, diretor\n")],
    [R("approve", "9000.00")], extra_ok=True,
    spec="O1: discovery, no session started: full refund 9000.00 before tax.")

proj("Site Cervejaria Altenburg", "braumeister@cervejariaaltenburg.com.br", "2025-09-24T18:00:00")
owpay("pt31_o05", "OWD-2025-605", "Site Cervejaria Altenburg", "discovery", "11000.00", "1980.00",
      "2025-09-22T16:00:00")
case("pt-o05-blumenau-discovery-iniciado", OWB, "decided", [M(
    "Cervejaria Altenburg <braumeister@cervejariaaltenburg.com.br>", OWDTO, "Reembolso workshop de estratégia",
    d(2025, 9, 29, 10, 0, BR),
    "Bom dia,\n\nFizemos o workshop de estratégia do Site Cervejaria Altenburg na quarta-feira (24), mas "
    "depois da Oktoberfest vamos rever o orçamento todo. Pedimos o reembolso do workshop, nota "
    "OWD-2025-605.\n\nProst e obrigado,\nKlaus Altenburg\n")],
    [R("deny")], extra_ok=True,
    spec="O1: discovery session started 2025-09-24 18:00 IST (09:30 on the 24th in Blumenau), before the "
         "request: deny.")

proj("E-commerce Queijaria Chapecó", "queijaria.tondo@gmail.com", "2025-07-01T10:00:00")
owpay("pt31_o06", "OWD-2025-606", "E-commerce Queijaria Chapecó", "milestone", "17500.00", "3150.00",
      "2025-09-10T14:00:00", milestone_status="not_started")
case("pt-o06-chapeco-etapa-nao-iniciada", OWB, "decided", [M(
    "Queijaria Tondo <queijaria.tondo@gmail.com>", OWDTO, "Estorno etapa 3 - E-commerce Queijaria Chapecó",
    d(2025, 9, 29, 15, 40, BR),
    "Boa tarde,\n\nA etapa 3 do E-commerce Queijaria Chapecó (integração com os Correios), nota OWD-2025-606 de "
    "R$... digo, ₹ 17.500,00, foi paga adiantada mas ainda não começou, confirmei com o Rafael de vocês. "
    "Decidimos vender só na região, com entrega própria, então não precisamos mais dessa integração. "
    "Solicito o estorno dessa etapa.\n\nAtt,\nDaiane Tondo\n")],
    [R("approve", "17500.00")], extra_ok=True,
    spec="O3: milestone not_started: refund its amount 17500.00 before tax.")

proj("Site Adega Cooperativa Borba", "geral@adegaborba.example.pt", "2025-07-15T10:00:00")
owpay("pt31_o07", "OWD-2025-607", "Site Adega Cooperativa Borba", "milestone", "26000.00", "4680.00",
      "2025-09-01T14:00:00", milestone_status="in_progress")
case("pt-o07-borba-etapa-em-curso", OWB, "decided", [M(
    "Adega Cooperativa de Borba <geral@adegaborba.example.pt>", OWDTO, "Reembolso fase da loja online",
    d(2025, 9, 26, 12, 0, PT),
    "Bom dia,\n\nA fase da loja online do Site Adega Cooperativa Borba (OWD-2025-607) está a andar devagar "
    "e a direção decidiu vender só nas grandes superfícies. Pedimos a devolução da parte dessa fase que "
    "ainda não foi feita.\n\nCumprimentos,\nEng. Manuel Caeiro\n")],
    [R("escalate")], extra_ok=True,
    spec="O3: milestone in_progress: escalate.")

proj("Site Garage Pereira Genève", "garage.pereira@bluewin.ch", "2025-06-01T10:00:00")
owpay("pt31_o08", "OWD-2025-608", "Site Garage Pereira Genève", "milestone", "21000.00", "3780.00",
      "2025-08-28T14:00:00", milestone_status="completed")
case("pt-o08-genebra-etapa-concluida", OWB, "decided", [M(
    "Garage Pereira <garage.pereira@bluewin.ch>", OWDTO, "Devolução etapa design", d(2025, 9, 25, 9, 30, CH),
    "Bom dia,\n\nO design do Site Garage Pereira Genève já foi entregue, mas o meu sócio suíço não gosta das "
    "cores. Queremos a devolução da etapa do design, fatura OWD-2025-608.\n\nCumprimentos,\nAntónio Pereira\n")],
    [R("deny")], extra_ok=True,
    spec="O3/O6: milestone completed (delivered): deny.")

proj("Manutenção Site Metalúrgica Krüger", "financeiro@metalurgicakruger.com.br", "2025-02-01T10:00:00")
owpay("pt31_o09", "OWD-2025-609", "Manutenção Site Metalúrgica Krüger", "retainer", "5500.00", "990.00",
      "2025-09-16T14:00:00", period_start="2025-09-16", period_end="2025-10-15",
      next_billing_at="2025-10-16T14:00:00")
case("pt-o09-joinville-retainer-com-aviso", OWB, "decided", [M(
    "Financeiro Metalúrgica Krüger <financeiro@metalurgicakruger.com.br>", OWDTO,
    "Cancelamento manutenção mensal – OWD-2025-609", d(2025, 9, 29, 16, 0, BR),
    "Boa tarde,\n\nSolicitamos o cancelamento da Manutenção Site Metalúrgica Krüger (última nota OWD-2025-609). "
    "Motivo: contratamos um analista de TI interno que vai assumir o site.\n\nAtenciosamente,\n"
    "Ingrid Krüger Schulz\nFinanceiro – Joinville/SC\n")],
    [X("cancel", "2025-10-15")],
    spec="O4/O8: next_billing_at 2025-10-16, cutoff 2025-10-09; request 2025-09-30 00:30 IST: enough notice: "
         "cancel effective 2025-10-15.")

proj("Gestão Redes Restaurante Faro", "restaurante.doca@gmail.com", "2025-03-01T10:00:00")
owpay("pt31_o10", "OWD-2025-610", "Gestão Redes Restaurante Faro", "retainer", "4500.00", "810.00",
      "2025-09-04T14:00:00", period_start="2025-09-04", period_end="2025-10-03",
      next_billing_at="2025-10-04T14:00:00")
case("pt-o10-faro-retainer-sem-aviso", OWB, "decided", [M(
    "Restaurante da Doca <restaurante.doca@gmail.com>", OWDTO, "Cancelar gestão de redes", d(2025, 9, 30, 11, 0, PT),
    "Bom dia,\n\nQueremos cancelar a Gestão Redes Restaurante Faro (fatura OWD-2025-610). Acabou a época e o "
    "restaurante fecha no inverno, não faz sentido pagar redes sociais.\n\nObrigado,\nVítor\n")],
    [X("cancel", "2025-11-03")],
    spec="O4: next_billing_at 2025-10-04, cutoff 2025-09-27; request 2025-09-30: short notice, the next cycle "
         "(2025-10-04 to 2025-11-03) is billed: effective 2025-11-03.")

proj("Site Dona Paula Resort", "gm@donapaularesort.in", "2025-01-01T10:00:00")
owpay("pt31_o11", "OWD-2025-611", "Site Dona Paula Resort", "retainer", "8000.00", "1440.00",
      "2025-09-07T14:00:00", period_start="2025-09-07", period_end="2025-10-06",
      next_billing_at="2025-10-07T14:00:00")
s = d(2025, 9, 30, 23, 40, GOA)
assert s.date() == date(2025, 10, 7) - timedelta(days=7)
case("pt-o11-dona-paula-aviso-7-dias-justos", OWB, "decided", [M(
    "Dona Paula Resort <gm@donapaularesort.in>", OWDTO, "Cancelar retainer - Site Dona Paula Resort", s,
    "Boa noite,\n\nDesculpem a hora. Pedimos o cancelamento do retainer mensal do Site Dona Paula Resort "
    "(OWD-2025-611) antes da próxima cobrança de 7 de outubro. O motivo é que o resort foi integrado numa "
    "cadeia de Mumbai que tem equipa digital própria.\n\nRegards / Cumprimentos,\nLeslie Menezes, GM\n")],
    [X("cancel", "2025-10-06")],
    spec="O4: next_billing_at 2025-10-07, cutoff 2025-09-30; request 2025-09-30 23:40 IST is on the cutoff "
         "date: exactly 7 days' notice suffices: cancel effective 2025-10-06.")

proj("Marketing Relojoaria Lusa Zurique", "info@relojoarialusa.ch", "2025-01-01T10:00:00")
owpay("pt31_o12a", "OWD-2025-612", "Marketing Relojoaria Lusa Zurique", "retainer", "10000.00", "1800.00",
      "2025-09-21T14:00:00", period_start="2025-09-21", period_end="2025-10-20",
      next_billing_at="2025-11-21T14:00:00")
owpay("pt31_o12b", "OWD-2025-613", "Marketing Relojoaria Lusa Zurique", "retainer", "10000.00", "1800.00",
      "2025-09-21T14:05:00", period_start="2025-10-21", period_end="2025-11-20",
      next_billing_at="2025-11-21T14:00:00")
case("pt-o12-zurique-retainer-pago-adiantado", OWB, "decided", [M(
    "Relojoaria Lusa <info@relojoarialusa.ch>", OWDTO, "Cancelamento do marketing mensal", d(2025, 9, 29, 10, 0, CH),
    "Bom dia,\n\nPagámos em setembro dois meses de uma vez do Marketing Relojoaria Lusa Zurique (OWD-2025-612 e "
    "OWD-2025-613). Vamos trespassar a loja a um relojoeiro suíço e queremos cancelar o serviço.\n\n"
    "Cumprimentos,\nAbílio Sousa\n")],
    [X("escalate")],
    spec="Section 8: the next cycle (2025-10-21 to 11-20) is already paid and notice is >= 7 days: escalate.")

proj("Hospedagem Site Pato Branco Agro", "ti@patobrancoagro.com.br")
owpay("pt31_o13", "OWD-2025-614", "Hospedagem Site Pato Branco Agro", "hosting_annual", "15999.00", "2879.82",
      "2025-09-22T14:00:00", setup_fee="1999.00", service_start="2025-09-22")
case("pt-o13-pato-branco-hospedagem", OWB, "decided", [M(
    "TI Pato Branco Agro <ti@patobrancoagro.com.br>", OWDTO,
    "Refund Request — Hospedagem Site Pato Branco Agro / OWD-2025-614", d(2025, 9, 29, 9, 0, BR),
    "Bom dia,\n\nContratamos a hospedagem anual no dia 22 (OWD-2025-614). A matriz decidiu centralizar "
    "tudo na AWS da cooperativa. Pedimos o cancelamento e o reembolso proporcional conforme a política "
    "(14 dias).\n\nAtt.,\nEverton Baggio – TI\n")],
    [R("approve", o5("15999.00", "1999.00"))], extra_ok=True,
    spec="O5: hosting_annual started 2025-09-22, request day 7: 15999 - 1999 - 14000/12 = 15999 - 1999 - "
         "1166.666... = 12833.333... -> 12833.33 (rounded once at the end).")

proj("Manutenção Site Hering Têxtil", "compras@heringtextil.example.com.br")
owpay("pt31_o14", "OWD-2025-615", "Manutenção Site Hering Têxtil", "maintenance_annual", "24000.00",
      "4320.00", "2025-09-16T14:00:00", setup_fee="2400.00", service_start="2025-09-16")
s = d(2025, 9, 30, 21, 0, BR)
assert s.date() == date(2025, 9, 30) and (s.astimezone(IST).date() - date(2025, 9, 16)).days == 15
case("pt-o14-brusque-manutencao-dia-15-india", OWB, "decided", [M(
    "Compras Hering Têxtil <compras@heringtextil.example.com.br>", OWDTO,
    "Cancelamento manutenção anual + reembolso", s,
    "Boa noite,\n\nHoje, dia 30, ainda dentro dos 14 dias da política, pedimos o cancelamento da Manutenção "
    "Site Hering Têxtil (OWD-2025-615, início 16/09) e o reembolso proporcional. O motivo é que a "
    "manutenção vai passar para a agência do grupo em Brusque.\n\nAtt.,\nRoberta Hering\n")],
    [R("deny")], extra_ok=True,
    spec="O5: service_start 2025-09-16; mail 2025-09-30 21:00 -03:00 = 2025-10-01 05:30 IST, day 15 in the "
         "brand's zone (day 14 in Brusque): deny.")

proj("Manutenção Site Casa Goesa", "casagoesa.restaurant@gmail.com")
owpay("pt31_o15", "OWD-2025-616", "Manutenção Site Casa Goesa", "maintenance_annual", "14400.00", "2592.00",
      "2025-09-16T14:00:00", setup_fee="2400.00", service_start="2025-09-16")
case("pt-o15-mapusa-manutencao-dia-14", OWB, "decided", [M(
    "Casa Goesa <casagoesa.restaurant@gmail.com>", OWDTO, "Cancel & reembolso manutenção anual",
    d(2025, 9, 30, 17, 0, GOA),
    "Boa tarde,\n\nPedimos o cancelamento da Manutenção Site Casa Goesa (OWD-2025-616) com reembolso "
    "proporcional: o restaurante de Mapusá vai fechar para obras durante a monção do próximo ano e a "
    "família decidiu vender.\n\nObrigado, dev borem korum,\nCajetan Lobo\n")],
    [R("approve", o5("14400.00", "2400.00"))], extra_ok=True,
    spec="O5: service_start 2025-09-16, mail 2025-09-30 IST = day 14 (inside): 14400 - 2400 - 12000/12 = "
         "11000.00.")

proj("Site Escola Surf Lagos", "info@surflagos.example.pt", "2025-05-01T10:00:00")
owpay("pt31_o16", "OWD-2025-617", "Site Escola Surf Lagos", "third_party", "2200.00", "396.00",
      "2025-09-25T14:00:00")
case("pt-o16-lagos-certificado-ssl", OWB, "decided", [M(
    "Escola Surf Lagos <info@surflagos.example.pt>", OWDTO, "Devolução certificado SSL", d(2025, 9, 26, 10, 0, PT),
    "Bom dia, cobraram-nos o certificado SSL premium do Site Escola Surf Lagos (OWD-2025-617), mas o "
    "Let's Encrypt é grátis e chega bem. Pedimos a devolução.\nCumprimentos, Duarte\n")],
    [R("deny")], extra_ok=True,
    spec="O6: SSL certificate (third_party): deny, non-refundable items.")

proj("Loja Online Talho Português Esch", "talho.esch@pt.lu", "2025-09-01T10:00:00")
owpay("pt31_o17", "OWD-2025-618", "Loja Online Talho Português Esch", "setup", "3500.00", "630.00",
      "2025-09-24T14:00:00")
case("pt-o17-esch-taxa-ativacao", OWB, "decided", [M(
    "Talho Português <talho.esch@pt.lu>", OWDTO, "Reembolso da taxa de ativação", d(2025, 9, 27, 11, 0, LU),
    "Bom dia,\n\nPagámos a taxa de ativação da Loja Online Talho Português Esch (OWD-2025-618). O meu cunhado "
    "diz que noutras agências não se paga isso. Queremos a devolução dessa taxa.\n\nObrigado,\nLuís Carvalho\n")],
    [R("deny")], extra_ok=True,
    spec="O6: setup/activation fee: non-refundable: deny.")

proj("Site Clínica Dentária Tavira", "dr.rebelo@clinicatavira.pt", "2025-09-15T10:00:00")
owpay("pt31_o18", "OWD-2025-619", "Site Clínica Dentária Tavira", "milestone", "12500.00", "2250.00",
      "2025-09-20T14:00:00", milestone_status="not_started")
case("pt-o18-tavira-rececionista", OWB, "need_info", [M(
    "Receção Clínica Tavira <rececao@clinicatavira.pt>", OWDTO, "Pedido do Dr. Rebelo – devolução",
    d(2025, 9, 29, 9, 30, PT),
    "Bom dia,\n\nA pedido do Dr. Rebelo, solicito a devolução da fase de marcações online do Site Clínica "
    "Dentária Tavira (OWD-2025-619), que ainda não começou: vamos usar o sistema da Ordem. O contrato está no "
    "email dr.rebelo@clinicatavira.pt.\n\nCumprimentos,\nMarta – Receção\n")],
    rules=["C2"],
    spec="C2 (Optima explicit): rececao@ is not the contract email dr.rebelo@: need_info, ask for the request "
         "from it; nothing about the project.")

proj("Site Café Lusitano Neuchâtel", "patrao@cafelusitano.ch", "2025-06-01T10:00:00")
owpay("pt31_o19", "OWD-2025-620", "Site Café Lusitano Neuchâtel", "retainer", "3000.00", "540.00",
      "2025-09-20T14:00:00", period_start="2025-09-20", period_end="2025-10-19",
      next_billing_at="2025-10-20T14:00:00")
case("pt-o19-neuchatel-apple-mail-reencaminhada", OWB, "need_info", [M(
    "Sandra Lusitano <sandra.cafelusitano@gmail.com>", OWDTO, "Fwd: cancelar manutenção do site",
    d(2025, 9, 29, 20, 30, CH),
    "Boa noite, reencaminho o pedido do meu pai.\nSandra\n\nInício da mensagem reencaminhada:\n\n"
    "De: Café Lusitano <patrao@cafelusitano.ch>\nAssunto: cancelar manutenção do site\nData: 28 de setembro "
    "de 2025 às 22:05:11 CEST\nPara: Sandra Lusitano <sandra.cafelusitano@gmail.com>\n\nSandra manda à "
    "Optima a dizer que cancelo a manutenção do Site Café Lusitano Neuchâtel, fatura OWD-2025-620. Vou "
    "reformar-me e o café passa para o teu primo, que não quer site. O contrato é com "
    "patrao@cafelusitano.ch.\n\nTeu pai\n\nEnviado do meu iPhone\n")],
    rules=["C2"],
    spec="Section 8 forwards: Apple Mail pt-PT 'Início da mensagem reencaminhada' carrying the contract "
         "holder's (patrao@) cancellation; sender is the daughter's gmail: C2 need_info.")

proj("Site Casa de Fados Vasco", "casafadosvasco@gmail.com", "2025-04-01T10:00:00")
owpay("pt31_o20", "OWD-2025-621", "Site Casa de Fados Vasco", "retainer", "3800.00", "684.00",
      "2025-09-18T14:00:00", period_start="2025-09-18", period_end="2025-10-17",
      next_billing_at="2025-10-18T14:00:00")
case("pt-o20-portalegre-cancelar-sem-motivo", OWB, "need_info", [M(
    "Casa de Fados Vasco <casafadosvasco@gmail.com>", OWDTO, "cancelamento", d(2025, 9, 27, 13, 30, PT),
    "Boa tarde,\n\nVenho solicitar o cancelamento do serviço mensal do Site Casa de Fados Vasco, fatura "
    "OWD-2025-621.\n\nAguardo confirmação.\nVasco Rosado\nPortalegre\n")],
    rules=[], missing=["reason"],
    spec="Section 8: Optima requires a reason for cancellations; restated request and sign-off are no reason: "
         "need_info reason.")

proj("Loja Online Cachaçaria Pomerode", "cachacaria.pomerode@gmail.com")
owpay("pt31_o21a", "OWD-2025-622", "Loja Online Cachaçaria Pomerode", "deposit", "14000.00", "2520.00",
      "2025-09-29T14:00:00")
owpay("pt31_o21b", "OWD-2025-623", "Loja Online Cachaçaria Pomerode", "third_party", "1800.00", "324.00",
      "2025-09-29T14:10:00")
s1 = d(2025, 9, 30, 8, 0, BR)
case("pt-o21-pomerode-sem-fatura", OWB, "need_info", [M(
    "Cachaçaria Pomerode <cachacaria.pomerode@gmail.com>", OWDTO, "devolução Loja Online Cachaçaria Pomerode",
    s1,
    "Bom dia. Pagamos ontem para a Loja Online Cachaçaria Pomerode, mas o sócio saiu da sociedade e não "
    "vamos mais abrir a loja online. Queremos a devolução do que foi pago.\nAtt. Gerson Ehlert\n")],
    rules=[], missing=["invoice_number"],
    spec="Project named, reason given, but two payments on it (deposit and domain) and none quoted: "
         "need_info invoice_number (C3).")
case("pt-o22-pomerode-fio-resposta", OWB, "decided", [M(
    "Cachaçaria Pomerode <cachacaria.pomerode@gmail.com>", OWDTO, "devolução Loja Online Cachaçaria Pomerode",
    s1,
    "Bom dia. Pagamos ontem para a Loja Online Cachaçaria Pomerode, mas o sócio saiu da sociedade e não "
    "vamos mais abrir a loja online. Queremos a devolução do que foi pago.\nAtt. Gerson Ehlert\n"), M(
    "Cachaçaria Pomerode <cachacaria.pomerode@gmail.com>", OWDTO,
    "Re: devolução Loja Online Cachaçaria Pomerode [OWD-2422]",
    d(2025, 9, 30, 18, 0, BR),
    "É o sinal, nota owd/2025/622. O domínio pode ficar.\nGerson\n\n> Indique a fatura, por favor. [OWD-2422]\n",
    headers={"_irt": "<owd-2422.reply@optimawebdesign.com>"})],
    [R("approve", "14000.00")], extra_ok=True,
    spec="C3 thread: 'owd/2025/622' = OWD-2025-622 (s.8 slashes); deposit 2025-09-29 14:00 IST, first mail "
         "2025-09-30 16:30 IST = 26.5 h, no work: O2 approve 14000.00.")

proj("Site Imobiliária Porto Belo", "contato@imobportobelo.com.br", "2025-08-01T10:00:00")
owpay("pt31_o23", "OWD-2025-624", "Site Imobiliária Porto Belo", "milestone", "19000.00", "3420.00",
      "2025-09-12T14:00:00", milestone_status="approved")
case("pt-o23-porto-belo-processo", OWB, "decided", [M(
    "Imobiliária Porto Belo <contato@imobportobelo.com.br>", OWDTO, "Estorno ou vou à Justiça",
    d(2025, 9, 28, 17, 0, BR),
    "Boa tarde.\n\nO Site Imobiliária Porto Belo está cheio de erros no filtro de imóveis. Quero o estorno "
    "da etapa OWD-2025-624 e o cancelamento do contrato. Meu advogado já está redigindo a notificação "
    "extrajudicial e vou abrir reclamação no Procon e no Reclame Aqui.\n\nEduardo Schmitt\n")],
    [R("escalate"), X("escalate")], rules=["C4"],
    spec="C4 (lawyer, consumer body): escalate the whole case, refund and cancellation.")

proj("Site Boutique Lisboa Paris", "boutique@lisboaparis.fr", "2025-08-01T10:00:00")
case("pt-o24-paris-agradece", OWB, "other", [M(
    "Boutique Lisboa Paris <boutique@lisboaparis.fr>", OWDTO, "Obrigada!", d(2025, 9, 30, 18, 0, FR),
    "Boa tarde,\n\nSó para agradecer: o Site Boutique Lisboa Paris ficou lindo e as clientes já encomendam "
    "os bordados de Viana pela internet. Merci à toute l'équipe!\n\nBeijinhos,\nGraça\n")],
    spec="Thanks, no request: other.")

case("pt-o25-resposta-automatica-francesa", OWB, "ignore", [M(
    "Boulangerie Coelho <contact@boulangeriecoelho.fr>", OWDTO,
    "Réponse automatique : Re: Devolução do sinal - Site Boulangerie Coelho [OWD-2402]",
    d(2025, 9, 29, 11, 30, FR),
    "Bonjour, nous sommes fermés le lundi. / Olá, estamos fechados à segunda-feira.\n",
    headers={"Auto-Submitted": "auto-replied", "_irt": "<owd-2402.reply@optimawebdesign.com>"})],
    rules=["C7"], spec="C7: Auto-Submitted auto-replied (bilingual auto-reply): ignore.")

case("pt-o26-cliente-leadsoptima-na-optima", OWB, "need_info", [M(
    "Padaria Schmidt <contabilidade@padariaschmidt.com.br>", OWDTO, "cancelar assinatura",
    d(2025, 9, 29, 14, 40, BR),
    "Boa tarde, queremos cancelar a assinatura mensal, o Opa acha caro. Obrigada, Heidi\n")],
    rules=["C2"],
    spec="Section 8 the other brand's customer: a LeadsOptima customer writes to Optima, unknown there: C2.")

proj("Site Pastelaria Lagoa", "pastelaria.lagoa@gmail.com")
owpay("pt31_o27", "OWD-2025-625", "Site Pastelaria Lagoa", "deposit", "10000.00", "1800.00",
      "2025-09-28T14:00:00", status="refunded")
case("pt-o27-lagoa-sinal-ja-devolvido", OWB, "decided", [M(
    "Pastelaria Lagoa <pastelaria.lagoa@gmail.com>", OWDTO, "Devolução sinal OWD-2025-625",
    d(2025, 9, 29, 10, 0, PT),
    "Good morning... bom dia! Sorry, o meu português é fraco, sou inglesa e tenho a pastelaria com o meu "
    "marido. Nós pagámos o sinal do Site Pastelaria Lagoa mas nós decidimos esperar até o próximo ano. "
    "Pode devolver o sinal, por favor? Fatura OWD-2025-625.\n\nObrigada,\nClaire\n")],
    [R("escalate")], extra_ok=True,
    spec="Section 8: the payment is 'refunded' in the ledger (not paid): a refund of it is escalated.")

case("pt-o28-carvoeiro-ingles-antes-de-contratar", OWB, "other", [M(
    "David Lloyd-Jones <djones.carvoeiro@gmail.com>", OWDTO, "Pergunta sobre o sinal", d(2025, 9, 30, 16, 30, PT),
    "Boa tarde,\n\nEu quero fazer um site para a minha casa de férias em Carvoeiro. Antes de pagar: se eu "
    "pago o sinal e depois mudo de ideia, quanto tempo eu tenho para pedir o dinheiro? E o hosting anual, "
    "é possível cancelar?\n\nCheers / obrigado,\nDavid\n")],
    spec="Section 8 hypotheticals before buying: policy questions: other.")


if __name__ == "__main__":
    write_out()
