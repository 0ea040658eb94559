"""Fresh held-out round 4, Portuguese (pt, Brazilian): writes ledger.json, emails/*.eml and expected.json here.

Written by a QA pass from POLICY_SPEC.md alone (no product code read). Stdlib only, deterministic.
Licence: MIT, like the project. All text written for this project.
Run: python3 make_cases.py
"""
from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path
import zlib


def hash_stable(text: str) -> int:
    return zlib.crc32(text.encode()) * 65537

HERE = Path(__file__).resolve().parent
LANG = "pt"
IST = timezone(timedelta(hours=5, minutes=30))
LO = "support@leadsoptima.com"
OWD = "optimawebdesigns12@gmail.com"


def tz(h: int, m: int = 0) -> timezone:
    return timezone(timedelta(hours=h, minutes=m if h >= 0 else -m))


BR, MAO, ACR, PT, AO, MZ = tz(-3), tz(-4), tz(-5), tz(1), tz(1), tz(2)

customers: list[dict] = []
projects: list[dict] = []
payments: list[dict] = []
cases: list[dict] = []
EMAILS: dict[str, bytes] = {}


# ---------------------------------------------------------------- ledger helpers
def lo_customer(email, name, plan, status="active", cps=None, cpe=None, trial_ends=None):
    customers.append({"brand": "leadsoptima", "email": email, "name": name, "plan": plan, "status": status,
                      "trial_ends": trial_ends, "current_period_start": cps, "current_period_end": cpe})


def lo_pay(num, email, plan, amount, tax, paid_at, ps=None, pe=None, status="paid"):
    payments.append({"brand": "leadsoptima", "id": f"pay_pt_{num}", "invoice": f"LO-INV-{num}",
                     "customer_email": email, "kind": "subscription", "plan": plan, "amount": amount,
                     "tax": tax, "currency": "INR", "paid_at": paid_at, "period_start": ps, "period_end": pe,
                     "status": status})


def owd_project(name, email, work_started_at=None):
    projects.append({"brand": "optima_webdesign", "name": name, "contract_email": email,
                     "work_started_at": work_started_at})


def owd_pay(num, project, kind, amount, tax, paid_at, status="paid", setup_fee=None, service_start=None,
            next_billing_at=None, ps=None, pe=None, milestone_status=None):
    payments.append({"brand": "optima_webdesign", "id": f"pay_pt_owd_{num}", "invoice": f"OWD-2025-{num}",
                     "project": project, "kind": kind, "amount": amount, "tax": tax, "currency": "INR",
                     "paid_at": paid_at, "status": status, "setup_fee": setup_fee,
                     "service_start": service_start, "next_billing_at": next_billing_at,
                     "period_start": ps, "period_end": pe, "milestone_status": milestone_status})


# ---------------------------------------------------------------- email helpers
CLIENTS = {
    "gmail": ({}, "mail.gmail.com"),
    "gmail_android": ({}, "mail.gmail.com"),
    "outlook": ({"X-Mailer": "Microsoft Outlook 16.0", "Thread-Topic": None, "Content-Language": "pt-BR"},
                "EUR03.prod.outlook.com"),
    "outlook_web": ({"X-MS-Has-Attach": "", "Content-Language": "pt-BR"}, "BY5PR11MB.namprd11.prod.outlook.com"),
    "apple": ({"X-Mailer": "Apple Mail (2.3826.600.51.1.1)"}, "icloud.com"),
    "iphone": ({"X-Mailer": "iPhone Mail (22G86)"}, "icloud.com"),
    "thunderbird": ({"User-Agent": "Mozilla Thunderbird"}, "uol.com.br"),
    "yahoo": ({"X-Mailer": "WebService/1.1.24425 YMailNorrin"}, "mail.yahoo.com"),
}


def msgid(case_id: str, n: int, domain: str) -> str:
    return f"<{case_id.replace('-', '')}.{n}.20250930pt@{domain}>"


def mail(case_id, n, frm, to, subject, when, body=None, html=None, client="gmail", extra=None,
         reply_to_id=None, references=None, reply_to=None):
    hdrs, domain = CLIENTS[client]
    m = EmailMessage(policy=SMTP)
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = format_datetime(when)
    mid = msgid(case_id, n, domain)
    m["Message-ID"] = mid
    if reply_to:
        m["Reply-To"] = reply_to
    if reply_to_id:
        m["In-Reply-To"] = reply_to_id
        m["References"] = " ".join(references or [reply_to_id])
    for k, v in hdrs.items():
        m[k] = subject if v is None else v
    m["MIME-Version"] = "1.0"
    for k, v in (extra or {}).items():
        m[k] = v
    if body is not None and html is not None:
        m.set_content(body)
        m.add_alternative(html, subtype="html")
        # a fixed, Gmail-like boundary keeps the output deterministic
        m.set_boundary("000000000000" + format(abs(hash_stable(case_id)) % 16**16, "016x"))
    elif html is not None:
        m.set_content(html, subtype="html")
    else:
        m.set_content(body)
    name = f"emails/{case_id.split('-', 1)[1]}{'' if n == 1 else f'-{n}'}.eml"
    EMAILS[name] = bytes(m)
    return name, mid


def raw(case_id, text):
    name = f"emails/{case_id.split('-', 1)[1]}.eml"
    EMAILS[name] = text.replace("\n", "\r\n").encode("utf-8")
    return name


def case(cid, files, brand, status, decisions=(), rules=(), missing=None, spec="", ambiguous=None,
         extra_ok=False):
    c = {"id": cid, "lang": LANG, "files": list(files), "brand": brand, "status": status,
         "rules": list(rules)}
    if missing is not None:
        c["missing"] = list(missing)
    c["decisions"] = [dict(d) for d in decisions]
    if extra_ok:
        c["extra_ok"] = True
    c["spec"] = spec
    if ambiguous:
        c["ambiguous"] = ambiguous
    cases.append(c)


def d(intent, outcome, amount=None, effective_date=None):
    r = {"intent": intent, "outcome": outcome}
    if amount is not None:
        r["amount"] = amount
    if effective_date is not None:
        r["effective_date"] = effective_date
    return r


def ist_day(when: datetime) -> str:
    return when.astimezone(IST).date().isoformat()


def days(paid_local: str, when: datetime) -> int:
    return (when.astimezone(IST).date() - datetime.fromisoformat(paid_local).date()).days


def hours(paid_local: str, when: datetime) -> float:
    return (when - datetime.fromisoformat(paid_local).replace(tzinfo=IST)).total_seconds() / 3600


def dt(y, mo, dd, h, mi, zone):
    return datetime(y, mo, dd, h, mi, tzinfo=zone)


SIG_DISCLAIMER = ("AVISO DE CONFIDENCIALIDADE: Esta mensagem e seus anexos são confidenciais e destinados "
                  "exclusivamente ao(s) destinatário(s) indicado(s). Caso a tenha recebido por engano, favor "
                  "notificar o remetente e apagá-la. É proibida a divulgação, cópia ou uso não autorizado. "
                  "Antes de imprimir, pense no meio ambiente.")

# ================================================================= LeadsOptima
# l01: duplicate, São Paulo, formal Thunderbird
c = "pt-l01-cobranca-duplicidade-sp"
lo_customer("rafael.nogueira@uol.com.br", "Rafael Nogueira", "quarterly", cps="2025-09-22", cpe="2025-12-21")
lo_pay(84101, "rafael.nogueira@uol.com.br", "quarterly", "3999.00", "719.82", "2025-09-22T14:00:00", "2025-09-22", "2025-12-21")
lo_pay(84102, "rafael.nogueira@uol.com.br", "quarterly", "3999.00", "719.82", "2025-09-22T14:00:50", "2025-09-22", "2025-12-21")
w = dt(2025, 9, 23, 9, 12, BR)
f, _ = mail(c, 1, "Rafael Nogueira <rafael.nogueira@uol.com.br>", LO, "Cobrança em duplicidade - plano trimestral", w,
            client="thunderbird", body=(
    "Bom dia,\n\nIdentifiquei uma cobrança em duplicidade no meu cartão referente ao plano trimestral: foram "
    "lançados dois valores iguais ontem, com menos de um minuto de diferença. A fatura duplicada é a LO-INV-84102.\n\n"
    "Solicito, por gentileza, o estorno da cobrança indevida.\n\nAtenciosamente,\nRafael Nogueira\n(11) 98877-4410"))
case(c, [f], "leadsoptima", "decided", [d("refund", "approve", "3999.00")],
     spec="L2 duplicate_payment ('cobrança em duplicidade'); two paid 3999.00 charges on 2025-09-22, same period; "
          "request 2025-09-23 17:42 IST = day 1 (L3); L4 approve the duplicate LO-INV-84102 = 3999.00 before tax (C6).")

# l02: duplicate, annual, day 7 in IST (charge late evening IST)
c = "pt-l02-cobrada-2x-dia7"
lo_customer("juliana.prado.ctba@gmail.com", "Juliana Prado", "annual", cps="2025-09-18", cpe="2026-09-17")
lo_pay(84111, "juliana.prado.ctba@gmail.com", "annual", "11988.00", "2157.84", "2025-09-18T23:30:00", "2025-09-18", "2026-09-17")
lo_pay(84112, "juliana.prado.ctba@gmail.com", "annual", "11988.00", "2157.84", "2025-09-18T23:31:00", "2025-09-18", "2026-09-17")
w = dt(2025, 9, 25, 14, 0, BR)
assert days("2025-09-18", w) == 7
f, _ = mail(c, 1, "Juliana Prado <juliana.prado.ctba@gmail.com>", LO, "fui cobrada 2x", w, body=(
    "Oi gente, tudo bem?\n\nFui cobrada 2x pelo plano anual no dia 18, vieram duas parcelas iguais na fatura do "
    "cartão (LO-INV-84111 e LO-INV-84112). Só assinei uma vez né kkk. Consegue estornar a segunda?\n\nBjs\nJu Prado"))
case(c, [f], "leadsoptima", "decided", [d("refund", "approve", "11988.00")],
     spec="L2 duplicate_payment ('cobrada 2x'); charges 2025-09-18 23:30/23:31 IST = day 0; Date Thu 25 Sep 14:00 -0300 "
          "= 2025-09-25 22:30 IST = day 7, inside (L3); L4 approve the later charge 11988.00.")

# l03: duplicate, ledger times in UTC -> converted to IST before counting
c = "pt-l03-ledger-em-utc"
lo_customer("thiago.barros.poa@outlook.com", "Thiago Barros", "monthly", cps="2025-09-10", cpe="2025-10-09")
lo_pay(84121, "thiago.barros.poa@outlook.com", "monthly", "1499.00", "269.82", "2025-09-09T20:00:00Z", "2025-09-10", "2025-10-09")
lo_pay(84122, "thiago.barros.poa@outlook.com", "monthly", "1499.00", "269.82", "2025-09-09T20:01:00Z", "2025-09-10", "2025-10-09")
w = dt(2025, 9, 17, 10, 0, BR)
assert days("2025-09-10", w) == 7
f, _ = mail(c, 1, "Thiago Barros <thiago.barros.poa@outlook.com>", LO, "Pagamento em dobro", w, client="outlook_web", body=(
    "Olá,\n\nMeu cartão foi debitado duas vezes pela mensalidade (LO-INV-84121 e LO-INV-84122, mesmo valor, "
    "mesmo minuto). Peço o estorno do pagamento em dobro.\n\nValeu,\nThiago Barros\nPorto Alegre/RS"))
case(c, [f], "leadsoptima", "decided", [d("refund", "approve", "1499.00")],
     spec="Section 8: ledger times with an offset are converted to the brand's zone: 2025-09-09T20:01Z = 2025-09-10 "
          "01:31 IST = day 0. Date Wed 17 Sep 10:00 -0300 = 2025-09-17 18:30 IST = day 7, inside (L3; counting the UTC "
          "date would give day 8). L2 duplicate ('debitado duas vezes'), L4 approve 1499.00.")

# l04: duplicate, day 8 -> deny
c = "pt-l04-duplicado-dia8"
lo_customer("patricia.lima.rj@hotmail.com", "Patrícia Lima", "monthly", cps="2025-09-12", cpe="2025-10-11")
lo_pay(84131, "patricia.lima.rj@hotmail.com", "monthly", "999.00", "179.82", "2025-09-12T10:00:00", "2025-09-12", "2025-10-11")
lo_pay(84132, "patricia.lima.rj@hotmail.com", "monthly", "999.00", "179.82", "2025-09-12T10:02:00", "2025-09-12", "2025-10-11")
w = dt(2025, 9, 20, 8, 0, BR)
assert days("2025-09-12", w) == 8
f, _ = mail(c, 1, "Patricia Lima <patricia.lima.rj@hotmail.com>", LO, "cobrança repetida", w, client="outlook_web", body=(
    "Bom dia! Só agora vi na fatura que a mensalidade de R$ 999 (na verdade rúpias, mas vocês entenderam) veio "
    "duplicada no dia 12. A segunda é a LO-INV-84132. Podem devolver?\n\nObrigada\nPatrícia\n\n"
    "Obter o Outlook para Android"))
case(c, [f], "leadsoptima", "decided", [d("refund", "deny")],
     spec="L2 duplicate, but charge 2025-09-12 and request 2025-09-20 16:30 IST = day 8 > 7: L3 deny.")

# l05: too expensive, refund + cancel -> deny + cancel
c = "pt-l05-caro-cancela-e-devolve"
lo_customer("marcos.vinicius.rec@bol.com.br", "Marcos Vinícius", "quarterly", cps="2025-09-05", cpe="2025-12-04")
lo_pay(84141, "marcos.vinicius.rec@bol.com.br", "quarterly", "3999.00", "719.82", "2025-09-05T10:00:00", "2025-09-05", "2025-12-04")
w = dt(2025, 9, 8, 19, 45, BR)
f, _ = mail(c, 1, "Marcos Vinicius <marcos.vinicius.rec@bol.com.br>", LO, "cancelamento", w, body=(
    "boa noite\nachei caro demais pro que eu uso e nem tô usando direito, nao tenho tempo. cancela minha assinatura "
    "e devolve o q sobrou do trimestre por favor (fatura LO-INV-84141)\nMarcos - Recife"))
case(c, [f], "leadsoptima", "decided",
     [d("refund", "deny"), d("cancellation", "cancel", effective_date="2025-12-04")],
     spec="Refund: 'caro demais', not using it, unused rest of the quarter are not L2 exceptions: L1 deny (no partial "
          "refunds). Cancellation: L8 cancel, effective current_period_end 2025-12-04.")

# l05b... l06: wrong amount -> L5 escalate
c = "pt-l06-valor-errado"
lo_customer("fernanda.costa.bh@gmail.com", "Fernanda Costa", "monthly", cps="2025-09-26", cpe="2025-10-25")
lo_pay(84151, "fernanda.costa.bh@gmail.com", "monthly", "1499.00", "269.82", "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
w = dt(2025, 9, 27, 11, 10, BR)
f, _ = mail(c, 1, "Fernanda Costa <fernanda.costa.bh@gmail.com>", LO, "Valor cobrado errado", w, body=(
    "Olá, equipe LeadsOptima!\n\nAssinei o mensal na promoção de 999 e ontem a cobrança veio de 1.499,00 "
    "(fatura LO-INV-84151). Cobraram o valor errado. Quero a devolução da cobrança.\n\nAbraços,\nFernanda Costa\n"
    "Belo Horizonte - MG"))
case(c, [f], "leadsoptima", "decided", [d("refund", "escalate")],
     spec="L2 billing_error ('valor errado'); charge 2025-09-26, request 2025-09-27 IST = day 1 (L3); L5 escalate "
          "(the amount in the email is never trusted over the ledger; a human verifies).")

# l07: access failure, multipart Gmail with HTML -> L6 escalate
c = "pt-l07-nao-consigo-acessar"
lo_customer("leonardo.azevedo.fsa@gmail.com", "Leonardo Azevedo", "monthly", cps="2025-09-24", cpe="2025-10-23")
lo_pay(84161, "leonardo.azevedo.fsa@gmail.com", "monthly", "1499.00", "269.82", "2025-09-24T18:00:00", "2025-09-24", "2025-10-23")
w = dt(2025, 9, 28, 16, 5, BR)
txt = ("Pessoal, desde sexta não consigo acessar a plataforma. Faço login e fica só carregando, depois aparece "
       "\"sessão expirada\". Já troquei a senha, limpei o cache, testei no celular. Paguei a mensalidade na quarta "
       "(LO-INV-84161) e estou sem usar. Se não resolverem quero o reembolso desse mês.\n\nLeonardo Azevedo\n"
       "Feira de Santana - BA")
f, _ = mail(c, 1, "Leonardo Azevedo <leonardo.azevedo.fsa@gmail.com>", LO, "Plataforma não carrega", w, body=txt,
            html="<div dir=\"ltr\">" + txt.replace("\n\n", "</div><div><br></div><div>").replace("\n", "<br>") + "</div>")
case(c, [f], "leadsoptima", "decided", [d("refund", "escalate")],
     spec="L2 access_failure ('não consigo acessar', 'fica só carregando'); charge 2025-09-24, request 2025-09-29 00:35 IST "
          "= day 5 (L3); L6 escalate.")

# l08: access failure from Portugal, day 10 -> deny
c = "pt-l08-aceder-portugal-fora-prazo"
lo_customer("nuno.ferreira.porto@sapo.pt", "Nuno Ferreira", "monthly", cps="2025-09-15", cpe="2025-10-14")
lo_pay(84171, "nuno.ferreira.porto@sapo.pt", "monthly", "1499.00", "269.82", "2025-09-15T10:00:00", "2025-09-15", "2025-10-14")
w = dt(2025, 9, 25, 11, 0, PT)
f, _ = mail(c, 1, "Nuno Ferreira <nuno.ferreira.porto@sapo.pt>", LO, "Reembolso - impossível aceder à conta", w,
            client="outlook", body=(
    "Exmos. Senhores,\n\nHá mais de uma semana que não consigo aceder à plataforma: a página de entrada dá sempre "
    "erro. Uma vez que paguei a mensalidade a 15 de setembro (fatura LO-INV-84171) e não a pude utilizar, venho "
    "solicitar o reembolso da mesma.\n\nCom os melhores cumprimentos,\nNuno Ferreira\nPorto"))
case(c, [f], "leadsoptima", "decided", [d("refund", "deny")],
     spec="L2 access_failure, but charge 2025-09-15, request 2025-09-25 15:30 IST = day 10 > 7: L3 deny.")

# l09: very short mobile cancellation
c = "pt-l09-cancela-pfv"
lo_customer("bia.santos99@gmail.com", "Beatriz Santos", "monthly", cps="2025-09-19", cpe="2025-10-18")
lo_pay(84181, "bia.santos99@gmail.com", "monthly", "1499.00", "269.82", "2025-09-19T10:00:00", "2025-09-19", "2025-10-18")
w = dt(2025, 9, 30, 22, 48, BR)
f, _ = mail(c, 1, "Bia <bia.santos99@gmail.com>", LO, "cancelar", w, client="iphone", body=(
    "cancela minha assinatura pfv\n\nEnviado do meu iPhone"))
case(c, [f], "leadsoptima", "decided", [d("cancellation", "cancel", effective_date="2025-10-18")],
     spec="L8 cancel for the verified sender (plan from the ledger), effective current_period_end 2025-10-18; the missing "
          "reason does not hold a cancellation up (section 3).")

# l10: negation, annual, cancel only
c = "pt-l10-nao-quero-reembolso"
lo_customer("claudio.menezes@terra.com.br", "Cláudio Menezes", "annual", cps="2025-06-10", cpe="2026-06-09")
lo_pay(84191, "claudio.menezes@terra.com.br", "annual", "11988.00", "2157.84", "2025-06-10T10:00:00", "2025-06-10", "2026-06-09")
w = dt(2025, 9, 24, 10, 30, BR)
f, _ = mail(c, 1, "Claudio Menezes <claudio.menezes@terra.com.br>", LO, "Cancelamento da renovação automática", w, body=(
    "Prezados,\n\nNão estou pedindo reembolso, sei que a política não permite. Só quero cancelar o plano anual para "
    "que não renove em junho, pois vou me aposentar e fechar o escritório.\n\nAtt.\nCláudio Menezes"))
case(c, [f], "leadsoptima", "decided", [d("cancellation", "cancel", effective_date="2026-06-09")],
     spec="Section 8: 'Não estou pedindo reembolso' adds no refund. L8 cancel, effective current_period_end 2026-06-09.")

# l11: L8 fallback for a quarterly plan
c = "pt-l11-trimestral-sem-periodo"
lo_customer("aline.rocha.fln@yahoo.com.br", "Aline Rocha", "quarterly")
lo_pay(84201, "aline.rocha.fln@yahoo.com.br", "quarterly", "3999.00", "719.82", "2025-04-15T10:00:00")
lo_pay(84202, "aline.rocha.fln@yahoo.com.br", "quarterly", "3999.00", "719.82", "2025-07-15T10:00:00")
w = dt(2025, 9, 26, 15, 20, BR)
f, _ = mail(c, 1, "Aline Rocha <aline.rocha.fln@yahoo.com.br>", LO, "Quero cancelar", w, client="yahoo", body=(
    "Olá, tudo bem? Gostaria de cancelar meu plano trimestral. A agência vai passar a usar a ferramenta do "
    "cliente principal e a gente não precisa mais de duas.\n\nObrigada!\nAline Rocha\nFlorianópolis"))
case(c, [f], "leadsoptima", "decided", [d("cancellation", "cancel", effective_date="2025-10-14")],
     spec="L8: no current_period_end in the ledger; last charge 2025-07-15 + 3 months - 1 day = 2025-10-14.")

# l12: free trial refund -> L7 deny
c = "pt-l12-teste-gratis"
lo_customer("gustavo.teixeira.dev@gmail.com", "Gustavo Teixeira", "monthly", status="trial", trial_ends="2025-10-04")
w = dt(2025, 9, 27, 13, 0, BR)
f, _ = mail(c, 1, "Gustavo Teixeira <gustavo.teixeira.dev@gmail.com>", LO, "estorno", w, body=(
    "Fala pessoal. Tô no teste grátis e não curti a ferramenta, achei confusa. Quero o estorno do que foi cobrado no "
    "cartão que cadastrei.\n\nGustavo"))
case(c, [f], "leadsoptima", "decided", [d("refund", "deny")],
     spec="L7: the account is on a free trial (no charges in the ledger): deny, nothing to refund; the reply says no "
          "billing occurs unless they subscribe. 'não curti' is not an L2 exception either (L1).",
     ambiguous="A refund needs an invoice number (section 3) and a trial account has none; a bot could ask for it "
               "(need_info) instead of applying L7.")

# l13: Outlook forward (ENC:) by an employee naming the registered email -> C2
c = "pt-l13-enc-funcionaria"
lo_customer("roberto.estrela.pad@gmail.com", "Roberto Estrela", "monthly", cps="2025-09-08", cpe="2025-10-07")
lo_pay(84211, "roberto.estrela.pad@gmail.com", "monthly", "1499.00", "269.82", "2025-09-08T10:00:00", "2025-09-08", "2025-10-07")
w = dt(2025, 9, 29, 14, 30, BR)
f, _ = mail(c, 1, "Financeiro Padaria Estrela <financeiro@padariaestrela.com.br>", LO,
            "ENC: cancelar LeadsOptima", w, client="outlook", body=(
    "Boa tarde, segue pedido do Sr. Roberto abaixo.\n\nAtt,\nKátia - Financeiro\n\n"
    "________________________________\n"
    "De: Roberto Estrela <roberto@padariaestrela.com.br>\nEnviado: segunda-feira, 29 de setembro de 2025 11:02\n"
    "Para: Financeiro Padaria Estrela <financeiro@padariaestrela.com.br>\nAssunto: cancelar LeadsOptima\n\n"
    "Kátia, pede pra cancelarem o LeadsOptima, plano mensal. O e-mail do cadastro é roberto.estrela.pad@gmail.com. "
    "Não vamos mais fazer campanha este ano.\n\nRoberto"))
case(c, [f], "leadsoptima", "need_info", rules=["C2"],
     spec="Section 8 forwards: the forwarded request names the registered email roberto.estrela.pad@gmail.com, the "
          "sender is financeiro@...: C2, the draft asks for the request from the registered address.")

# l14a / l14b: reason only a forwarding note, answered later -> billing error escalate
lo_customer("camila.freitas.sjc@gmail.com", "Camila Freitas", "monthly", status="cancelled", cps="2025-09-25", cpe="2025-10-24")
lo_pay(84221, "camila.freitas.sjc@gmail.com", "monthly", "1499.00", "269.82", "2025-08-25T10:00:00", "2025-08-25", "2025-09-24")
lo_pay(84222, "camila.freitas.sjc@gmail.com", "monthly", "1499.00", "269.82", "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
c = "pt-l14-so-nota-de-encaminhamento"
w1 = dt(2025, 9, 26, 9, 5, BR)
w2 = dt(2025, 9, 26, 18, 40, BR)
f1, mid1 = mail(c, 1, "Camila Freitas <camila.freitas.sjc@gmail.com>", LO, "Fwd: Estorno", w1, body=(
    "Segue abaixo.\n\nAtt,\nCamila\n\n---------- Forwarded message ---------\n"
    "De: Camila Freitas <camila.freitas.sjc@gmail.com>\nDate: qui., 25 de set. de 2025 às 19:02\nSubject: Estorno\n"
    "To: <suporte@leadsoptima.com.br>\n\n\nSolicito o estorno da fatura LO-INV-84222.\n\nCamila Freitas"))
case("pt-l14a-so-nota-de-encaminhamento", [f1], "leadsoptima", "need_info", missing=["reason"],
     spec="Section 8: a forwarding note ('Segue abaixo') and restating the request ('Solicito o estorno') are not a "
          "reason; plan from the ledger, invoice given: C3 missing = [reason].")
bot_reply = "<LO-reply-pt-l14@leadsoptima.com>"
f2, _ = mail(c, 2, "Camila Freitas <camila.freitas.sjc@gmail.com>", LO, "Re: Fwd: Estorno", w2,
             reply_to_id=bot_reply, references=[mid1, bot_reply], body=(
    "Oi! O motivo: eu cancelei o plano no dia 20 pelo painel e mesmo assim fui cobrada no dia 25.\n\nCamila\n\n"
    "Em sex., 26 de set. de 2025 às 10:30, LeadsOptima Support <support@leadsoptima.com> escreveu:\n"
    "> Olá Camila, pode nos informar o motivo do pedido?"))
case("pt-l14b-motivo-na-resposta", [f1, f2], "leadsoptima", "decided", [d("refund", "escalate")],
     spec="C3 answer merged (In-Reply-To/References). Reason 'cobrada depois de cancelar' = billing_error (L2); charge "
          "2025-09-25, request time = first email 2025-09-26 17:35 IST = day 1 (L3); L5 escalate. 'eu cancelei' is a "
          "past event: no cancellation decision.")

# l15: wrong plan + chargeback + Procon -> C4
c = "pt-l15-procon-contestar-cartao"
lo_customer("ricardo.alves.gyn@globo.com", "Ricardo Alves", "annual", cps="2025-09-27", cpe="2026-09-26")
lo_pay(84231, "ricardo.alves.gyn@globo.com", "annual", "11988.00", "2157.84", "2025-09-27T10:00:00", "2025-09-27", "2026-09-26")
w = dt(2025, 9, 28, 21, 15, BR)
f, _ = mail(c, 1, "Ricardo Alves <ricardo.alves.gyn@globo.com>", LO, "ABSURDO - cobraram plano ANUAL", w, body=(
    "Eu assinei o plano MENSAL e vocês me cobraram o ANUAL, quase 12 mil (LO-INV-84231)!!! Isso é um absurdo. "
    "Quero o estorno integral imediatamente.\n\nSe até terça não resolverem vou contestar a compra no cartão "
    "(chargeback) e abrir reclamação no Procon e no Reclame Aqui.\n\nRicardo Alves"))
case(c, [f], "leadsoptima", "decided", [d("refund", "escalate")], rules=["C4"],
     spec="C4: chargeback threat ('contestar a compra no cartão (chargeback)') and the consumer-protection agency "
          "(Procon): escalate (L5 would escalate too, billing_error, request 2025-09-29 05:45 IST = day 2).")

# l16: cancellation + lawyer -> C4 escalates the cancellation
c = "pt-l16-advogado-cancelamento"
lo_customer("denise.mota.adm@gmail.com", "Denise Mota", "monthly", cps="2025-09-13", cpe="2025-10-12")
lo_pay(84241, "denise.mota.adm@gmail.com", "monthly", "1499.00", "269.82", "2025-09-13T10:00:00", "2025-09-13", "2025-10-12")
w = dt(2025, 9, 29, 8, 20, BR)
f, _ = mail(c, 1, "Denise Mota <denise.mota.adm@gmail.com>", LO, "TERCEIRA VEZ QUE PEÇO", w, body=(
    "É a terceira vez que peço o cancelamento e ninguém responde. CANCELEM AGORA a minha assinatura mensal. O "
    "atendimento de vocês é uma vergonha.\n\nJá passei o caso para o meu advogado e, se houver mais alguma cobrança, "
    "vamos tomar as medidas legais cabíveis.\n\nDenise Mota"))
case(c, [f], "leadsoptima", "decided", [d("cancellation", "escalate")], rules=["C4"],
     spec="Section 8: C4 covers the whole case, a cancellation included: 'meu advogado', 'medidas legais' escalate it "
          "(L8 would otherwise cancel effective 2025-10-12).")

# l17: auto-reply -> C7
c = "pt-l17-resposta-automatica"
w = dt(2025, 9, 30, 7, 2, BR)
f, _ = mail(c, 1, "João Pedro Lins <joao.pedro@construtoraalfa.com.br>", LO, "Resposta automática: Ausente",
            w, client="outlook", extra={"Auto-Submitted": "auto-replied"}, body=(
    "Olá! Estou de férias até 13/10, com acesso limitado ao e-mail. Assuntos de pagamento, cancelamento ou "
    "reembolso, favor tratar com financeiro@construtoraalfa.com.br.\n\nJoão Pedro Lins"))
case(c, [f], "leadsoptima", "ignore", rules=["C7"],
     spec="C7: Auto-Submitted: auto-replied; the words 'cancelamento ou reembolso' do not make it a request.")

# l18: mail from the brand's own address -> C7
c = "pt-l18-endereco-da-marca"
w = dt(2025, 9, 30, 12, 0, BR)
f, _ = mail(c, 1, "Equipe Billing LeadsOptima <billing@leadsoptima.com>", LO, "cliente pediu cancelamento por telefone",
            w, body=(
    "Pessoal do suporte, a cliente Beatriz (bia.santos99@gmail.com) ligou pedindo cancelamento do plano mensal. "
    "Podem registrar? Valeu"))
case(c, [f], "leadsoptima", "ignore", rules=["C7"],
     spec="C7: the sender billing@leadsoptima.com is one of the brand's own addresses: ignore, never answered.")

# l19: hypothetical before buying -> other
c = "pt-l19-hipotetica"
w = dt(2025, 9, 23, 16, 40, BR)
f, _ = mail(c, 1, "Vanessa Cardoso <vanessa.cardoso.mkt@gmail.com>", LO, "Dúvida sobre reembolso", w, body=(
    "Oi! Estou pensando em assinar o plano anual pra minha agência. Se eu assinar e não gostar, tenho direito a "
    "reembolso? Vocês aceitam Pix ou boleto?\n\nObrigada,\nVanessa"))
case(c, [f], "leadsoptima", "other",
     spec="Section 8: a hypothetical before buying is a policy question: other.")

# l20: how-to (nota fiscal) from a customer -> other
c = "pt-l20-nota-fiscal"
lo_customer("contabilidade@agenciafarol.com.br", "Agência Farol", "annual", cps="2025-02-01", cpe="2026-01-31")
lo_pay(84251, "contabilidade@agenciafarol.com.br", "annual", "11988.00", "2157.84", "2025-02-01T10:00:00", "2025-02-01", "2026-01-31")
w = dt(2025, 9, 25, 10, 0, BR)
f, _ = mail(c, 1, "Contabilidade Agência Farol <contabilidade@agenciafarol.com.br>", LO, "Nota fiscal / invoice", w,
            client="outlook", body=(
    "Bom dia,\n\nPrecisamos da invoice do plano anual com o CNPJ da agência para a contabilidade. Como emito pelo "
    "painel? Não achei a opção.\n\nAtenciosamente,\nSetor de Contabilidade\nAgência Farol\n\n" + SIG_DISCLAIMER))
case(c, [f], "leadsoptima", "other",
     spec="Section 1 'other': a how-to question, neither refund nor cancellation.")

# l21: Angola, formal, duplicate annual -> approve
c = "pt-l21-angola-duplicado"
lo_customer("adilson.kiala@kiala-consultores.co.ao", "Adilson Kiala", "annual", cps="2025-09-26", cpe="2026-09-25")
lo_pay(84261, "adilson.kiala@kiala-consultores.co.ao", "annual", "11988.00", "2157.84", "2025-09-26T12:00:00", "2025-09-26", "2026-09-25")
lo_pay(84262, "adilson.kiala@kiala-consultores.co.ao", "annual", "11988.00", "2157.84", "2025-09-26T12:03:00", "2025-09-26", "2026-09-25")
w = dt(2025, 9, 29, 9, 30, AO)
f, _ = mail(c, 1, "Adilson Kiala <adilson.kiala@kiala-consultores.co.ao>", LO,
            "Pedido de reembolso - pagamento duplicado", w, client="outlook", body=(
    "Exmos. Senhores,\n\nVenho por este meio informar que a subscrição anual da nossa empresa foi paga duas vezes "
    "no dia 26 de Setembro, conforme as facturas LO-INV-84261 e LO-INV-84262. Solicitamos o reembolso do pagamento "
    "duplicado (LO-INV-84262).\n\nSem outro assunto de momento, subscrevemo-nos com elevada estima.\n\n"
    "Adilson Kiala\nDirector Administrativo\nKiala Consultores, Lda. - Luanda"))
case(c, [f], "leadsoptima", "decided", [d("refund", "approve", "11988.00")],
     spec="L2 duplicate ('paga duas vezes'); pair 2025-09-26 same period; request 2025-09-29 14:00 IST = day 3; L4 "
          "approve 11988.00.")

# l22: three identical charges, only the last inside the window
c = "pt-l22-tres-cobrancas-uma-fora"
lo_customer("eduardo.lopes.cps@gmail.com", "Eduardo Lopes", "monthly", cps="2025-09-15", cpe="2025-10-14")
lo_pay(84271, "eduardo.lopes.cps@gmail.com", "monthly", "1499.00", "269.82", "2025-09-15T10:00:00", "2025-09-15", "2025-10-14")
lo_pay(84272, "eduardo.lopes.cps@gmail.com", "monthly", "1499.00", "269.82", "2025-09-15T10:05:00", "2025-09-15", "2025-10-14")
lo_pay(84273, "eduardo.lopes.cps@gmail.com", "monthly", "1499.00", "269.82", "2025-09-24T10:00:00", "2025-09-15", "2025-10-14")
w = dt(2025, 9, 24, 11, 0, BR)
assert days("2025-09-15", w) == 9 and days("2025-09-24", w) == 0
f, _ = mail(c, 1, "Eduardo Lopes <eduardo.lopes.cps@gmail.com>", LO, "3 cobranças do mesmo mês", w, body=(
    "Olá,\n\nFui cobrado três vezes pelo mesmo mês: duas vezes no dia 15 e hoje de novo! Quero o estorno das duas "
    "cobranças a mais (LO-INV-84272 e LO-INV-84273).\n\nEduardo Lopes\nCampinas"))
case(c, [f], "leadsoptima", "decided", [d("refund", "approve", "1499.00")],
     spec="Section 8 'three or more identical charges': charges after the first are duplicates; the refund is the sum "
          "of those inside L3: LO-INV-84272 (2025-09-15) is day 9 at the request (2025-09-24 19:30 IST), outside; "
          "LO-INV-84273 (2025-09-24) is day 0: refund 1499.00.")

# l23: Mozambique, Apple Mail with quoted history, cancel
c = "pt-l23-mocambique-historico"
lo_customer("helena.macuacua@gmail.com", "Helena Macuácua", "quarterly", cps="2025-08-20", cpe="2025-11-19")
lo_pay(84281, "helena.macuacua@gmail.com", "quarterly", "3999.00", "719.82", "2025-08-20T10:00:00", "2025-08-20", "2025-11-19")
w = dt(2025, 9, 26, 10, 15, MZ)
f, _ = mail(c, 1, "Helena Macuácua <helena.macuacua@gmail.com>", LO, "Re: Integração com o WhatsApp", w, client="apple",
            reply_to_id="<LO-reply-pt-l23-old@leadsoptima.com>", body=(
    "Bom dia,\n\nObrigada pela resposta, mas sem a integração com o WhatsApp a ferramenta não serve para o nosso "
    "negócio em Maputo. Por isso queria cancelar a subscrição trimestral.\n\nCumprimentos,\nHelena\n\n"
    "> Em 12/09/2025, às 10:00, LeadsOptima Support <support@leadsoptima.com> escreveu:\n>\n> Olá Helena, a "
    "integração com o WhatsApp ainda não está disponível na sua região.\n"))
case(c, [f], "leadsoptima", "decided", [d("cancellation", "cancel", effective_date="2025-11-19")],
     spec="L8 cancel, effective current_period_end 2025-11-19; the quoted history is support's earlier answer, not a "
          "request.")

# ================================================================= Optima WebDesign
# o01: deposit at 71 hours -> approve
c = "pt-o01-sinal-71h"
owd_project("Loja Virtual Empório Mineiro", "compras@emporiomineiro.com.br")
owd_pay(801, "Loja Virtual Empório Mineiro", "deposit", "30000.00", "5400.00", "2025-09-25T09:00:00")
w = dt(2025, 9, 27, 23, 30, BR)
assert hours("2025-09-25T09:00:00", w) == 71
f, _ = mail(c, 1, "Empório Mineiro <compras@emporiomineiro.com.br>", OWD,
            "Refund Request — Loja Virtual Empório Mineiro / OWD-2025-801", w, body=(
    "Boa noite,\n\nMeu sócio desistiu de abrir a loja virtual este ano, então precisamos do reembolso do sinal da "
    "Loja Virtual Empório Mineiro (OWD-2025-801, R$ 30.000,00 + impostos). Vocês ainda não começaram nada, certo?\n\n"
    "Uai, desculpa o horário.\nGeraldo\nEmpório Mineiro - Uberlândia"))
case(c, [f], "optima_webdesign", "decided", [d("refund", "approve", "30000.00")], extra_ok=True,
     spec="O2: paid 2025-09-25 09:00 IST; Date Sat 27 Sep 23:30 -0300 = 2025-09-28 08:00 IST = 71 h < 72 h, no work: "
          "approve 30000.00 before tax. extra_ok: giving up the shop may be read as a cancellation too.")

# o02: deposit after 4 days -> deny
c = "pt-o02-sinal-4-dias"
owd_project("Site Escola Arco-Íris", "secretaria@escolaarcoiris.com.br")
owd_pay(802, "Site Escola Arco-Íris", "deposit", "20000.00", "3600.00", "2025-09-20T10:00:00")
w = dt(2025, 9, 24, 9, 30, BR)
f, _ = mail(c, 1, "Secretaria Escola Arco-Íris <secretaria@escolaarcoiris.com.br>", OWD, "Devolução do sinal", w, body=(
    "Prezados,\n\nA mantenedora da escola não aprovou o orçamento do novo site. Pedimos a devolução do sinal pago "
    "no dia 20 (fatura OWD-2025-802, projeto Site Escola Arco-Íris).\n\nAtenciosamente,\nMárcia\nSecretaria"))
case(c, [f], "optima_webdesign", "decided", [d("refund", "deny")],
     spec="O2: paid 2025-09-20 10:00 IST, request 2025-09-24 18:00 IST = 104 h > 72 h: deny.")

# o03: discovery, session scheduled after the request -> approve
c = "pt-o03-discovery-sessao-futura"
owd_project("Consultoria Digital Ótica Visão", "otica.visao.sa@hotmail.com", work_started_at="2025-10-02T15:00:00")
owd_pay(803, "Consultoria Digital Ótica Visão", "discovery", "9000.00", "1620.00", "2025-09-22T10:00:00")
w = dt(2025, 9, 26, 14, 0, BR)
f, _ = mail(c, 1, "Ótica Visão <otica.visao.sa@hotmail.com>", OWD, "Cancelar consultoria e reembolso", w,
            client="outlook_web", body=(
    "Olá,\n\nPagamos a consultoria de estratégia (Consultoria Digital Ótica Visão, OWD-2025-803) com a primeira "
    "sessão marcada para 2 de outubro. Infelizmente a loja vai passar por uma reforma e não teremos cabeça para "
    "isso agora. Gostaríamos do reembolso.\n\nAbs,\nSílvia - Ótica Visão, Santo André"))
case(c, [f], "optima_webdesign", "decided", [d("refund", "approve", "9000.00")], extra_ok=True,
     spec="O1: work_started_at 2025-10-02 is later than the request time (2025-09-26 IST): no session started, "
          "refund in full 9000.00. extra_ok: the subject says 'Cancelar' too.")

# o04: milestone not started, amount with paise -> approve
c = "pt-o04-etapa-nao-iniciada-centavos"
owd_project("App Delivery Sabor Caseiro", "contato@saborcaseiro.app.br", work_started_at="2025-08-01T10:00:00")
owd_pay(804, "App Delivery Sabor Caseiro", "milestone", "12345.50", "2222.19", "2025-09-15T10:00:00", milestone_status="not_started")
w = dt(2025, 9, 25, 17, 0, BR)
f, _ = mail(c, 1, "Sabor Caseiro <contato@saborcaseiro.app.br>", OWD, "Reembolso etapa 3 - App Delivery Sabor Caseiro", w,
            client="apple", body=(
    "Oi, time Optima!\n\nDecidimos não fazer o módulo de fidelidade do app agora (etapa 3, fatura OWD-2025-804, "
    "12.345,50). Como vocês ainda não começaram essa etapa, pedimos o reembolso dela. O resto do projeto segue "
    "normal.\n\nValeu!\nDaniel"))
case(c, [f], "optima_webdesign", "decided", [d("refund", "approve", "12345.50")],
     spec="O3: milestone not_started: refund its amount before tax, 12345.50 (C6, tax 2222.19 kept).")

# o05: milestone completed -> deny
c = "pt-o05-etapa-concluida"
owd_project("Portal Imobiliária Horizonte", "diretoria@imobhorizonte.com.br", work_started_at="2025-07-01T10:00:00")
owd_pay(805, "Portal Imobiliária Horizonte", "milestone", "22000.00", "3960.00", "2025-08-15T10:00:00", milestone_status="completed")
w = dt(2025, 9, 23, 11, 0, BR)
f, _ = mail(c, 1, "Diretoria Imobiliária Horizonte <diretoria@imobhorizonte.com.br>", OWD,
            "Reembolso da etapa de layout", w, body=(
    "Prezados,\n\nO layout entregue na etapa 2 do Portal Imobiliária Horizonte (OWD-2025-805) não agradou aos "
    "sócios e não vamos utilizá-lo. Solicitamos o reembolso dessa etapa.\n\nAtenciosamente,\nCarlos Henrique\n"
    "Diretor"))
case(c, [f], "optima_webdesign", "decided", [d("refund", "deny")],
     spec="O3/O6: milestone completed (completed deliverables are non-refundable): deny.")

# o06: milestone in progress -> escalate
c = "pt-o06-etapa-em-andamento"
owd_project("Sistema Agendamento Clínica Vida", "adm@clinicavida.med.br", work_started_at="2025-08-10T10:00:00")
owd_pay(806, "Sistema Agendamento Clínica Vida", "milestone", "18500.00", "3330.00", "2025-09-10T10:00:00", milestone_status="in_progress")
w = dt(2025, 9, 29, 10, 20, BR)
f, _ = mail(c, 1, "Administração Clínica Vida <adm@clinicavida.med.br>", OWD, "estorno etapa integração", w,
            client="outlook", body=(
    "Bom dia,\n\nA clínica foi comprada por um grupo que já tem sistema próprio de agendamento. A etapa de "
    "integração (OWD-2025-806, Sistema Agendamento Clínica Vida) está pela metade, então pedimos o estorno do que "
    "ainda não foi feito.\n\nAtt.\nRenata Souza\nAdministração\n\n" + SIG_DISCLAIMER))
case(c, [f], "optima_webdesign", "decided", [d("refund", "escalate")],
     spec="O3: milestone in_progress: escalate (the value of work not started needs a person); no amount.")

# o07: retainer, notice exactly on the cut-off date -> cancel day before next billing
c = "pt-o07-retainer-no-limite"
owd_project("Gestão de Tráfego Academia Corpo em Forma", "financeiro@corpoemforma.com.br", work_started_at="2025-04-07T10:00:00")
owd_pay(807, "Gestão de Tráfego Academia Corpo em Forma", "retainer", "5500.00", "990.00", "2025-09-07T10:00:00",
        next_billing_at="2025-10-07T10:00:00", ps="2025-09-07", pe="2025-10-06")
w = dt(2025, 9, 30, 9, 0, BR)
assert ist_day(w) == "2025-09-30"
f, _ = mail(c, 1, "Financeiro Corpo em Forma <financeiro@corpoemforma.com.br>", OWD, "Encerramento gestão de tráfego", w,
            body=(
    "Bom dia,\n\nComunicamos o encerramento do serviço mensal de gestão de tráfego (Gestão de Tráfego Academia Corpo "
    "em Forma, última fatura OWD-2025-807). Motivo: contratamos um analista interno.\n\nAtt,\nPaulo - Financeiro"))
case(c, [f], "optima_webdesign", "decided", [d("cancellation", "cancel", effective_date="2025-10-06")],
     spec="O4: next_billing_at 2025-10-07, cut-off 2025-09-30 (date minus 7, section 1 'on or before'); request "
          "2025-09-30 17:30 IST, on the cut-off: next charge avoided, effective 2025-10-06.")

# o08: quarterly retainer, short notice -> next quarter billed
c = "pt-o08-retainer-trimestral-aviso-curto"
owd_project("Conteúdo Vinícola Serra Gaúcha", "adm@vinicolaserragaucha.com.br", work_started_at="2025-01-05T10:00:00")
owd_pay(808, "Conteúdo Vinícola Serra Gaúcha", "retainer", "21000.00", "3780.00", "2025-07-05T10:00:00",
        next_billing_at="2025-10-05T10:00:00", ps="2025-07-05", pe="2025-10-04")
w = dt(2025, 9, 29, 15, 0, BR)
f, _ = mail(c, 1, "Administrativo Vinícola Serra Gaúcha <adm@vinicolaserragaucha.com.br>", OWD,
            "Cancelamento do contrato de conteúdo", w, client="outlook", body=(
    "Prezados, boa tarde.\n\nInformamos que não renovaremos o contrato trimestral de produção de conteúdo "
    "(Conteúdo Vinícola Serra Gaúcha, fatura OWD-2025-808). A vinícola vai concentrar o orçamento na safra de "
    "2026.\n\nCordialmente,\nLuciana Bertolini\nBento Gonçalves - RS"))
case(c, [f], "optima_webdesign", "decided", [d("cancellation", "cancel", effective_date="2026-01-04")],
     spec="O4: next_billing_at 2025-10-05, cut-off 2025-09-28; request 2025-09-29 IST, less than 7 days: the next "
          "cycle is billed; it is as long as the current one (2025-07-05..2025-10-04, a quarter): 2025-10-05..2026-01-04, "
          "effective 2026-01-04.")

# o09: retainer already paid for the next cycle -> escalate
c = "pt-o09-retainer-pago-adiantado"
owd_project("Suporte Técnico Rede Farma Bem", "ti@farmabem.com.br", work_started_at="2025-03-01T10:00:00")
owd_pay(809, "Suporte Técnico Rede Farma Bem", "retainer", "8000.00", "1440.00", "2025-09-01T10:00:00",
        next_billing_at="2025-11-01T10:00:00", ps="2025-09-01", pe="2025-09-30")
owd_pay(810, "Suporte Técnico Rede Farma Bem", "retainer", "8000.00", "1440.00", "2025-09-20T10:00:00",
        next_billing_at="2025-11-01T10:00:00", ps="2025-10-01", pe="2025-10-31")
w = dt(2025, 9, 22, 10, 0, BR)
f, _ = mail(c, 1, "TI Rede Farma Bem <ti@farmabem.com.br>", OWD, "Cancelamento suporte técnico", w, body=(
    "Olá,\n\nVamos encerrar o contrato de suporte técnico (Suporte Técnico Rede Farma Bem). Pagamos adiantado o mês "
    "de outubro (OWD-2025-810), mas a rede foi vendida e o novo dono tem equipe própria de TI.\n\nAbraço,\nMarcelo"))
case(c, [f], "optima_webdesign", "decided", [d("cancellation", "escalate")], extra_ok=True,
     spec="Section 8 'retainer paid in advance': the next cycle (2025-10-01..2025-10-31, OWD-2025-810) is already paid "
          "and the notice is at least 7 days (request 2025-09-22 IST): escalate. extra_ok: a refund of October is "
          "only implied.")

# o10: annual hosting on day 14 -> approve + cancel
c = "pt-o10-hospedagem-dia14"
owd_project("Hospedagem Pousada Maré Alta", "reservas@pousadamarealta.com.br", work_started_at="2025-09-16T10:00:00")
owd_pay(811, "Hospedagem Pousada Maré Alta", "hosting_annual", "9600.00", "1728.00", "2025-09-15T10:00:00",
        setup_fee="1200.00", service_start="2025-09-16")
w = dt(2025, 9, 30, 8, 0, BR)
assert days("2025-09-16", w) == 14
f, _ = mail(c, 1, "Pousada Maré Alta <reservas@pousadamarealta.com.br>", OWD, "Cancelar hospedagem anual", w,
            client="iphone", body=(
    "Bom dia! Queremos cancelar a hospedagem anual do site (Hospedagem Pousada Maré Alta, OWD-2025-811) e receber o "
    "reembolso proporcional. Vamos usar o site de reservas da rede de pousadas de Arraial.\n\nIsabela\n\n"
    "Enviado do meu iPhone"))
case(c, [f], "optima_webdesign", "decided",
     [d("refund", "approve", "7700.00"), d("cancellation", "cancel")],
     spec="O5: service_start 2025-09-16, request 2025-09-30 16:30 IST = day 14 (within 14 days). monthly_value = "
          "(9600 - 1200)/12 = 700; refund = 9600 - 1200 - 700 x 1 = 7700.00. Both intents asked; effective date not "
          "asserted.")

# o11: annual maintenance, day 14 in Brazil but day 15 in IST -> deny
c = "pt-o11-manutencao-dia15-zona"
owd_project("Manutenção Loja Bike Trilha", "loja@biketrilha.com.br", work_started_at="2025-09-15T10:00:00")
owd_pay(812, "Manutenção Loja Bike Trilha", "maintenance_annual", "14400.00", "2592.00", "2025-09-14T10:00:00",
        setup_fee="2400.00", service_start="2025-09-15")
w = dt(2025, 9, 29, 18, 0, BR)
assert days("2025-09-15", w) == 15
f, _ = mail(c, 1, "Bike Trilha <loja@biketrilha.com.br>", OWD, "Reembolso manutenção anual", w, body=(
    "Fala, pessoal! Pedimos o reembolso da manutenção anual (Manutenção Loja Bike Trilha, fatura OWD-2025-812) — a "
    "gente vai migrar a loja pra uma plataforma pronta que já inclui manutenção. Ainda tô dentro dos 14 dias, "
    "começou no dia 15.\n\nTiago - Bike Trilha"))
case(c, [f], "optima_webdesign", "decided", [d("refund", "deny")], extra_ok=True,
     spec="O5: service_start 2025-09-15; Date Mon 29 Sep 18:00 -0300 = 2025-09-30 02:30 IST = day 15 > 14 in the "
          "brand's zone (section 1): deny, whatever the customer counts locally.")

# o12: SSL + plugin licence (third party) -> deny
c = "pt-o12-ssl-licenca"
owd_project("Site Cooperativa Agro Sul", "ti@cooperagrosul.coop.br", work_started_at="2025-05-01T10:00:00")
owd_pay(813, "Site Cooperativa Agro Sul", "third_party", "3200.00", "576.00", "2025-09-21T10:00:00")
w = dt(2025, 9, 24, 14, 30, BR)
f, _ = mail(c, 1, "TI Cooperativa Agro Sul <ti@cooperagrosul.coop.br>", OWD, "Estorno certificado SSL e plugin", w,
            client="outlook", body=(
    "Boa tarde.\n\nFoi cobrada a renovação do certificado SSL e da licença do plugin de formulários (OWD-2025-813, "
    "Site Cooperativa Agro Sul), mas a cooperativa migrou o site para o provedor da federação, que já inclui SSL. "
    "Solicitamos o estorno.\n\nAtt.\nEverton\nTI - Cooperativa Agro Sul"))
case(c, [f], "optima_webdesign", "decided", [d("refund", "deny")],
     spec="O6: third_party (SSL, plugin licence): never refundable, deny citing 'Non-refundable items'.")

# o13: setup fee -> deny
c = "pt-o13-taxa-de-setup"
owd_project("Loja Virtual Moda Praia Iemanjá", "contato@modapraiaiemanja.com.br", work_started_at="2025-09-10T10:00:00")
owd_pay(814, "Loja Virtual Moda Praia Iemanjá", "setup", "2500.00", "450.00", "2025-09-10T10:00:00")
w = dt(2025, 9, 26, 12, 0, BR)
f, _ = mail(c, 1, "Moda Praia Iemanjá <contato@modapraiaiemanja.com.br>", OWD, "taxa de ativação", w, client="gmail_android", body=(
    "Oi, por que cobraram taxa de ativação de 2.500 (OWD-2025-814) na Loja Virtual Moda Praia Iemanjá? Ninguém me "
    "falou dessa taxa, quero o dinheiro de volta.\nRayssa\n\nEnviado do meu Galaxy"))
case(c, [f], "optima_webdesign", "decided", [d("refund", "deny")],
     spec="O6: setup/activation fees are never refundable: deny.")

# o14: personal Gmail naming the contract email -> C2
c = "pt-o14-email-pessoal"
owd_project("Portfólio Studio Carla Mendes", "carla@studiocarlamendes.com.br")
owd_pay(815, "Portfólio Studio Carla Mendes", "deposit", "12000.00", "2160.00", "2025-09-29T10:00:00")
w = dt(2025, 9, 29, 20, 0, BR)
f, _ = mail(c, 1, "Carla Mendes <carla.mendes.pessoal@gmail.com>", OWD, "reembolso do sinal", w, body=(
    "Oi! Paguei hoje o sinal do Portfólio Studio Carla Mendes (OWD-2025-815) pelo e-mail do estúdio "
    "(carla@studiocarlamendes.com.br), mas fechei um contrato de exclusividade com uma agência que já inclui o site. "
    "Podem devolver o sinal? Estou escrevendo do meu pessoal porque estou viajando.\n\nCarla"))
case(c, [f], "optima_webdesign", "need_info", rules=["C2"],
     spec="C2 (explicit for Optima: 'emailed from the contracting email'): sender carla.mendes.pessoal@gmail.com is "
          "not the contract email it names: ask to write from it, nothing about the project.")

# o15a / o15b: two projects, project and invoice missing, then given
owd_project("Site Hotel Horizonte Azul", "diretoria@grupohorizonteazul.com.br", work_started_at="2025-02-03T10:00:00")
owd_project("App Check-in Horizonte Azul", "diretoria@grupohorizonteazul.com.br", work_started_at="2025-08-01T10:00:00")
owd_pay(816, "Site Hotel Horizonte Azul", "retainer", "10000.00", "1800.00", "2025-09-03T10:00:00",
        next_billing_at="2025-10-03T10:00:00", ps="2025-09-03", pe="2025-10-02")
owd_pay(817, "App Check-in Horizonte Azul", "milestone", "27000.00", "4860.00", "2025-08-01T10:00:00", milestone_status="in_progress")
c = "pt-o15-dois-projetos"
w1 = dt(2025, 9, 29, 9, 0, BR)
w2 = dt(2025, 9, 30, 10, 0, BR)
f1, mid1 = mail(c, 1, "Diretoria Grupo Horizonte Azul <diretoria@grupohorizonteazul.com.br>", OWD,
                "Encerramento de contrato", w1, client="outlook", body=(
    "Prezados,\n\nGostaríamos de encerrar o contrato com vocês, pois a rede de hotéis foi vendida e o novo "
    "grupo tem agência própria.\n\nAtenciosamente,\nEduardo Marques\nDiretor"))
case("pt-o15a-falta-projeto-fatura", [f1], "optima_webdesign", "need_info", missing=["invoice_number", "project_name"],
     spec="C3: the contract email has two projects (a retainer and a milestone): project and invoice cannot be filled "
          "from the ledger; reason given (hotel chain sold): missing = [project_name, invoice_number].")
bot_reply = "<OWD-reply-pt-o15@optimawebdesign.com>"
f2, _ = mail(c, 2, "Diretoria Grupo Horizonte Azul <diretoria@grupohorizonteazul.com.br>", OWD,
             "RE: Encerramento de contrato", w2, client="outlook", reply_to_id=bot_reply, references=[mid1, bot_reply],
             body=(
    "Prezados,\n\nÉ o projeto Site Hotel Horizonte Azul, fatura OWD-2025-816.\n\nAtt.,\nEduardo Marques\n\n"
    "De: Optima WebDesign Billing & Refunds <optimawebdesigns12@gmail.com>\nEnviado: segunda-feira, 29 de setembro "
    "de 2025 15:20\nPara: Diretoria Grupo Horizonte Azul <diretoria@grupohorizonteazul.com.br>\nAssunto: Re: "
    "Encerramento de contrato\n\nPoderia informar o nome do projeto e o número da fatura?"))
case("pt-o15b-projeto-na-resposta", [f1, f2], "optima_webdesign", "decided",
     [d("cancellation", "cancel", effective_date="2025-11-02")],
     spec="C3 answer merged; retainer OWD-2025-816, next_billing_at 2025-10-03, cut-off 2025-09-26; request time = first "
          "email, 2025-09-29 IST: short notice, next cycle 2025-10-03..2025-11-02 billed, effective 2025-11-02 (O4/O8).")

# o16: deposit refund, only signature and disclaimer -> need reason
c = "pt-o16-sem-motivo"
owd_project("Site Confeitaria Doce Encanto", "docencanto.confeitaria@gmail.com")
owd_pay(818, "Site Confeitaria Doce Encanto", "deposit", "8000.00", "1440.00", "2025-09-29T14:00:00")
w = dt(2025, 9, 30, 13, 0, BR)
f, _ = mail(c, 1, "Confeitaria Doce Encanto <docencanto.confeitaria@gmail.com>", OWD,
            "Solicitação de reembolso - Site Confeitaria Doce Encanto", w, body=(
    "Boa tarde,\n\nSolicito o reembolso do sinal pago referente ao projeto Site Confeitaria Doce Encanto, fatura "
    "OWD-2025-818.\n\nAguardo retorno.\n\nAtenciosamente,\nSandra Oliveira\nConfeitaria Doce Encanto\n"
    "Bolos e doces finos desde 2009\n(21) 3344-5566\n\n" + SIG_DISCLAIMER))
case(c, [f], "optima_webdesign", "need_info", missing=["reason"],
     spec="Section 8: greeting, restated request, signature, slogan and disclaimer are not a reason; Optima requires "
          "one: C3 missing = [reason].")

# o17: small-claims court + chargeback -> C4
c = "pt-o17-juizado-chargeback"
owd_project("E-commerce Suplementos ForçaMax", "contato@forcamax.com.br", work_started_at="2025-09-16T10:00:00")
owd_pay(819, "E-commerce Suplementos ForçaMax", "deposit", "26000.00", "4680.00", "2025-09-15T10:00:00")
w = dt(2025, 9, 25, 22, 10, BR)
f, _ = mail(c, 1, "ForçaMax Suplementos <contato@forcamax.com.br>", OWD, "QUERO MEU DINHEIRO DE VOLTA", w, body=(
    "Vocês prometeram o layout em 10 dias e até agora só recebi um rascunho. Quero o reembolso do sinal "
    "(OWD-2025-819, E-commerce Suplementos ForçaMax) AGORA.\n\nSe não devolverem vou entrar no Juizado de Pequenas "
    "Causas e pedir o chargeback no cartão da empresa. Conheço meus direitos de consumidor.\n\nWellington"))
case(c, [f], "optima_webdesign", "decided", [d("refund", "escalate")], rules=["C4"],
     spec="C4: chargeback threat and a court (Juizado de Pequenas Causas), consumer rights: escalate (O2 alone would "
          "deny: work started 2025-09-16).")

# o18: ticket system acknowledgement (Auto-Submitted: auto-generated) -> C7
c = "pt-o18-ticket-automatico"
w = dt(2025, 9, 29, 11, 0, BR)
f, _ = mail(c, 1, "Suporte Vitória Contábil <suporte@vitoriacontabil.com.br>", OWD,
            "[Chamado #4521] Recebemos sua solicitação", w,
            extra={"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All"}, body=(
    "Olá,\n\nRecebemos sua solicitação e um de nossos atendentes responderá em até 2 dias úteis. Para cancelar o "
    "chamado, responda com a palavra CANCELAR.\n\nEste é um e-mail automático, não responda."))
case(c, [f], "optima_webdesign", "ignore", rules=["C7"],
     spec="C7: Auto-Submitted: auto-generated: ignore.")

# o19: failed payment -> escalate
c = "pt-o19-pagamento-falhou"
owd_project("Landing Page Curso Inglês Fluente", "profa.marina.fluente@gmail.com")
owd_pay(820, "Landing Page Curso Inglês Fluente", "deposit", "6000.00", "1080.00", "2025-09-27T10:00:00", status="failed")
w = dt(2025, 9, 28, 11, 0, BR)
f, _ = mail(c, 1, "Marina Fluente <profa.marina.fluente@gmail.com>", OWD, "pagamento deu erro mas saiu da conta", w, body=(
    "Olá! Tentei pagar o sinal da Landing Page Curso Inglês Fluente (OWD-2025-820) ontem, deu erro na tela, mas o "
    "valor saiu da minha conta. Enquanto isso pensei melhor e vou deixar a landing pra 2026. Quero o estorno, por "
    "favor.\n\nMarina"))
case(c, [f], "optima_webdesign", "decided", [d("refund", "escalate")],
     spec="Section 8: a refund of a payment that is not 'paid' (status failed) is escalate.")

# o20: Optima customer writes to LeadsOptima -> unknown sender there, C2
c = "pt-o20-marca-errada"
owd_project("Site Padaria Trigo de Ouro", "padariatrigodeouro@gmail.com", work_started_at="2025-03-01T10:00:00")
owd_pay(821, "Site Padaria Trigo de Ouro", "retainer", "4500.00", "810.00", "2025-09-10T10:00:00",
        next_billing_at="2025-10-10T10:00:00", ps="2025-09-10", pe="2025-10-09")
w = dt(2025, 9, 24, 9, 0, BR)
f, _ = mail(c, 1, "Padaria Trigo de Ouro <padariatrigodeouro@gmail.com>", LO, "cancelar manutenção do site", w, body=(
    "Bom dia, quero cancelar a manutenção mensal do site da padaria (Site Padaria Trigo de Ouro, OWD-2025-821) "
    "porque meu sobrinho vai cuidar do site agora.\n\nSeu Antônio"))
case(c, [f], "leadsoptima", "need_info", rules=["C2"],
     spec="Section 8 'the other brand's customer': C1 picks LeadsOptima (To: support@leadsoptima.com); the sender is "
          "not a LeadsOptima customer: unknown sender, C2 (and C3).")

# o21: status question -> other
c = "pt-o21-quando-fica-pronto"
owd_project("Site Escritório Contábil Prisma", "prisma.contabil@gmail.com", work_started_at="2025-09-01T10:00:00")
w = dt(2025, 9, 30, 16, 0, BR)
f, _ = mail(c, 1, "Prisma Contábil <prisma.contabil@gmail.com>", OWD, "prazo do site", w, body=(
    "Boa tarde! Quando o site do escritório fica pronto? Queria lançar junto com a campanha do imposto de renda.\n\n"
    "Obrigado,\nFábio"))
case(c, [f], "optima_webdesign", "other",
     spec="Section 1 'other': a project-status question, neither refund nor cancellation.")

# o22: Portugal, formal, milestone not started -> approve
c = "pt-o22-portugal-etapa"
owd_project("Loja Online Conservas Atlântico", "geral@conservasatlantico.pt", work_started_at="2025-06-02T10:00:00")
owd_pay(822, "Loja Online Conservas Atlântico", "milestone", "16000.00", "2880.00", "2025-09-12T10:00:00", milestone_status="not_started")
w = dt(2025, 9, 26, 10, 0, PT)
paras = ["Exmos. Senhores,",
         "Na sequência da reunião de administração, decidimos não avançar com a fase de tradução da loja para o "
         "mercado espanhol (fatura OWD-2025-822), uma vez que a distribuição em Espanha ficou suspensa. Sendo que "
         "esta fase ainda não foi iniciada, solicitamos o respetivo reembolso.",
         "Com os melhores cumprimentos,",
         "<b>Rui Antunes</b><br>Diretor Financeiro<br>Conservas Atlântico, S.A. &middot; Matosinhos"]
f, _ = mail(c, 1, "Conservas Atlântico <geral@conservasatlantico.pt>", OWD,
            "Refund Request — Loja Online Conservas Atlântico / OWD-2025-822", w, client="outlook", html=(
    "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head><meta http-equiv=\"Content-Type\" "
    "content=\"text/html; charset=utf-8\"><style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:Calibri}"
    "</style></head><body lang=\"PT\"><div class=\"WordSection1\">"
    + "".join(f"<p class=\"MsoNormal\">{p}<o:p></o:p></p><p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>" for p in paras)
    + "</div></body></html>"))
case(c, [f], "optima_webdesign", "decided", [d("refund", "approve", "16000.00")],
     spec="O3: milestone not_started: refund its amount before tax, 16000.00 (HTML-only Outlook mail).")

# o23: contract holder forwards the agency's own invoice mail (Apple Mail) to contest a rush fee -> deny
c = "pt-o23-encaminha-fatura-urgencia"
owd_project("Site Festival Forró do Sertão", "producao@festivalforro.com.br", work_started_at="2025-08-20T10:00:00")
owd_pay(823, "Site Festival Forró do Sertão", "rush", "4000.00", "720.00", "2025-09-22T10:00:00")
w = dt(2025, 9, 23, 15, 30, BR)
f, _ = mail(c, 1, "Produção Festival Forró <producao@festivalforro.com.br>", OWD, "Fwd: Fatura OWD-2025-823", w,
            client="apple", body=(
    "Oi, pessoal. Não pedimos urgência nenhuma! O prazo do festival é só em dezembro. Quero o estorno dessa taxa "
    "de urgência.\n\nJoana Batista\nProdução\n\nInício da mensagem encaminhada:\n\n"
    "De: Optima WebDesign Billing & Refunds <optimawebdesigns12@gmail.com>\nAssunto: Fatura OWD-2025-823\n"
    "Data: 22 de setembro de 2025 às 01:30:00 BRT\nPara: producao@festivalforro.com.br\n\n"
    "Segue a fatura OWD-2025-823 referente à taxa de entrega expressa do projeto Site Festival Forró do Sertão.\n"))
case(c, [f], "optima_webdesign", "decided", [d("refund", "deny")],
     spec="Section 8 forwards: read for the request; the sender is the contract email (the forwarded block is our own "
          "invoice mail, not the sender). O6: rush fee never refundable: deny.")

# o24: Manaus, long rambling, deposit inside 72 h but work started -> deny
c = "pt-o24-manaus-longa"
owd_project("Site Agência Turismo Rio Negro", "contato@turismorionegro.com.br", work_started_at="2025-09-29T19:30:00")
owd_pay(824, "Site Agência Turismo Rio Negro", "deposit", "14000.00", "2520.00", "2025-09-28T18:00:00")
w = dt(2025, 9, 30, 8, 0, MAO)
assert hours("2025-09-28T18:00:00", w) < 72
f, _ = mail(c, 1, "Turismo Rio Negro <contato@turismorionegro.com.br>", OWD,
            "Desistência do site - Site Agência Turismo Rio Negro", w, body=(
    "Bom dia, pessoal, tudo certo?\n\nDeixa eu explicar a situação, porque é meio complicada. A gente fechou com "
    "vocês no domingo o site novo da agência (fatura OWD-2025-824, o sinal) e eu fiquei super animado, mostrei até "
    "pro pessoal dos barcos. Só que ontem à noite minha sócia me ligou dizendo que a prefeitura vai mudar as regras "
    "dos passeios no rio e que talvez a gente tenha que parar as saídas por uns meses, ninguém sabe ainda. Aí não "
    "faz sentido gastar com site agora, né. Eu sei que o designer de vocês já mandou o questionário e marcou uma "
    "call de briefing ontem de manhã, e a gente até participou, mas foi coisa rápida.\n\nEntão queria pedir o "
    "reembolso do sinal, se possível. Se não der, a gente conversa.\n\nAbraço e obrigado pela atenção,\n"
    "Raimundo\nTurismo Rio Negro - Manaus/AM"))
case(c, [f], "optima_webdesign", "decided", [d("refund", "deny")], extra_ok=True,
     spec="O2 'whichever occurs first': paid 2025-09-28 18:00 IST, request 2025-09-30 17:30 IST (47.5 h) but work "
          "started 2025-09-29 19:30 IST (the briefing call, 10:00 in Manaus) before the request: deny.")

# ---------------------------------------------------------------- write
def main() -> None:
    out = HERE / "emails"
    out.mkdir(exist_ok=True)
    for old in out.glob("*.eml"):
        old.unlink()
    for name, data in EMAILS.items():
        (HERE / name).write_bytes(data)
    ids = [c["id"] for c in cases]
    assert len(ids) == len(set(ids))
    invs = [p["invoice"] for p in payments]
    assert len(invs) == len(set(invs))
    for c in cases:
        for fn in c["files"]:
            assert fn in EMAILS, fn
    (HERE / "ledger.json").write_text(json.dumps({"customers": customers, "projects": projects,
                                                  "payments": payments}, indent=1, ensure_ascii=False) + "\n",
                                      encoding="utf-8")
    (HERE / "expected.json").write_text(json.dumps({"cases": cases}, indent=1, ensure_ascii=False) + "\n",
                                        encoding="utf-8")
    print(f"{len(cases)} cases, {len(EMAILS)} emails")


if __name__ == "__main__":
    main()
