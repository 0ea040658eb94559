"""Held-out round fresh16 (pt): writes ledger.json, emails/*.eml and expected.json beside itself.

Stdlib only, deterministic. Every case states its request time in Asia/Kolkata (the brands' zone) and the
sender's own UTC offset; the Date: header is that instant shown in the sender's offset.
MIT, like the project; all text written for this project.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

LANG = "pt"
HERE = Path(__file__).resolve().parent
IST = timezone(timedelta(hours=5, minutes=30))
LOB, OWB = "leadsoptima", "optima_webdesign"
LO_TO = "LeadsOptima Support <support@leadsoptima.com>"
LO_BILL = "LeadsOptima <billing@leadsoptima.com>"
OWD_TO = "Optima WebDesign <optimawebdesigns12@gmail.com>"
OWD_BILL = "Optima WebDesign Billing <billing@optimawebdesign.com>"
M = ("1499.00", "269.82")
Q = ("3999.00", "719.82")
A = ("11988.00", "2157.84")

LEDGER: dict = {"customers": [], "projects": [], "payments": []}
CASES: list = []
_PAY = [0]


def cust(email, name, plan, status="active", start=None, end=None, trial_ends=None):
    LEDGER["customers"].append({"brand": LOB, "email": email, "name": name, "plan": plan, "status": status,
                                "trial_ends": trial_ends, "current_period_start": start,
                                "current_period_end": end})


def lopay(inv, email, plan, money, paid_at, ps, pe, status="paid"):
    _PAY[0] += 1
    LEDGER["payments"].append({"brand": LOB, "id": f"pt16_pay_{_PAY[0]}", "invoice": inv,
                               "customer_email": email, "kind": "subscription", "plan": plan,
                               "amount": money[0], "tax": money[1], "currency": "INR", "paid_at": paid_at,
                               "period_start": ps, "period_end": pe, "status": status})


def proj(name, contract, started=None):
    LEDGER["projects"].append({"brand": OWB, "name": name, "contract_email": contract,
                               "work_started_at": started})


def owpay(inv, project, kind, amount, tax, paid_at, **kw):
    _PAY[0] += 1
    base = {"brand": OWB, "id": f"pt16_pay_{_PAY[0]}", "invoice": inv, "project": project, "kind": kind,
            "amount": amount, "tax": tax, "currency": "INR", "paid_at": paid_at, "status": "paid",
            "setup_fee": None, "service_start": None, "next_billing_at": None,
            "period_start": None, "period_end": None, "milestone_status": None}
    base.update(kw)
    LEDGER["payments"].append(base)


def when(ist: str, offset: float) -> datetime:
    """An instant given as Asia/Kolkata wall time, shown in the sender's UTC offset (hours)."""
    t = datetime.strptime(ist, "%Y-%m-%d %H:%M").replace(tzinfo=IST)
    return t.astimezone(timezone(timedelta(minutes=round(offset * 60))))


def mail(frm, to, subject, body, ist, offset, html=None, headers=None, cc=None):
    return {"frm": frm, "to": to, "subject": subject, "body": body, "ist": ist, "offset": offset,
            "html": html, "headers": headers or {}, "cc": cc}


def case(n, short, brand, status, mails, decisions=(), rules=(), missing=None, spec="", extra_ok=False,
         ambiguous=None, answer=""):
    CASES.append({"n": n, "short": short, "brand": brand, "status": status, "mails": mails,
                  "decisions": list(decisions), "rules": list(rules), "missing": missing, "spec": spec,
                  "extra_ok": extra_ok, "ambiguous": ambiguous, "answer": answer})


def refund(outcome, amount=None):
    return {"intent": "refund", "outcome": outcome, "amount": amount}


def cancel(outcome="cancel", date=None):
    d = {"intent": "cancellation", "outcome": outcome}
    if outcome == "cancel":
        d["effective_date"] = date
    return d


def build() -> None:
    out = HERE / "emails"
    out.mkdir(exist_ok=True)
    for old in out.glob("*.eml"):
        old.unlink()
    expected = []
    for c in CASES:
        files, ids = [], []
        for i, m in enumerate(c["mails"]):
            msg = EmailMessage()
            msg["From"] = m["frm"]
            msg["To"] = m["to"]
            if m["cc"]:
                msg["Cc"] = m["cc"]
            msg["Subject"] = m["subject"]
            msg["Date"] = format_datetime(when(m["ist"], m["offset"]))
            dom = m["frm"].split("@")[-1].strip(">").strip() or "example.invalid"
            mid = f"<fresh16-pt-l{c['n']:02d}-{i}@{dom}>"
            msg["Message-ID"] = mid
            if ids:
                msg["In-Reply-To"] = ids[-1]
                msg["References"] = " ".join(ids)
            for k, v in m["headers"].items():
                msg[k] = v
            if m["html"] is not None and m["body"] is None:
                msg.set_content(m["html"], subtype="html")
            else:
                msg.set_content(m["body"])
                if m["html"] is not None:
                    msg.add_alternative(m["html"], subtype="html")
            ids.append(mid)
            name = f"emails/l{c['n']:02d}-{c['short']}{'-' + str(i + 1) if len(c['mails']) > 1 else ''}.eml"
            (HERE / name).write_bytes(msg.as_bytes(policy=SMTP))
            files.append(name)
        e = {"id": f"pt-l{c['n']:02d}-{c['short']}", "lang": LANG, "files": files, "brand": c["brand"],
             "status": c["status"], "rules": c["rules"]}
        if c["missing"] is not None:
            e["missing"] = c["missing"]
        e["decisions"] = c["decisions"]
        if c["extra_ok"]:
            e["extra_ok"] = True
        if c["ambiguous"]:
            e["ambiguous"] = c["ambiguous"]
        e["spec"] = c["spec"]
        expected.append(e)
    (HERE / "ledger.json").write_text(json.dumps(LEDGER, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    (HERE / "expected.json").write_text(json.dumps({"cases": expected}, indent=2, ensure_ascii=False) + "\n",
                                        encoding="utf-8")
    print(f"{len(expected)} cases written to {HERE}")


# ---------------------------------------------------------------- cases (pt)
SP, AM, PT, AO, MZ = -3, -4, 1, 1, 2

# LeadsOptima
cust("carla.menezes@agenciamenezes.com.br", "Carla Menezes", "monthly", start="2025-09-20", end="2025-10-19")
lopay("LO-INV-16101", "carla.menezes@agenciamenezes.com.br", "monthly", M, "2025-09-20T10:00:00", "2025-09-20", "2025-10-19")
lopay("LO-INV-16102", "carla.menezes@agenciamenezes.com.br", "monthly", M, "2025-09-20T10:03:00", "2025-09-20", "2025-10-19")
case(1, "cobrada-duas-vezes-sp", LOB, "decided", [mail("Carla Menezes <carla.menezes@agenciamenezes.com.br>", LO_TO,
     "cobrança duplicada!!", "Oi pessoal, tudo bem?\n\nVi aqui no extrato do cartão que vcs me cobraram duas vezes o plano mensal, "
     "mesmo valor, no mesmo dia (R$ não, foi em rupia mesmo, 1.499,00 cada). A segunda é a fatura lo inv 16102.\n"
     "Preciso que estornem a duplicada, por favor.\n\nbjs\nCarla\nAgência Menezes — São Paulo/SP", "2025-09-22 19:40", SP)],
     [refund("approve", "1499.00")], spec="L2 duplicate, L3 day 2, L4 pair of paid 1499.00 charges same period; invoice typed 'lo inv 16102' (section 8)")

cust("rodrigo.farias@gmail.com", "Rodrigo Farias", "monthly", start="2025-09-05", end="2025-10-04")
lopay("LO-INV-16111", "rodrigo.farias@gmail.com", "monthly", M, "2025-09-05T09:00:00", "2025-09-05", "2025-10-04")
lopay("LO-INV-16112", "rodrigo.farias@gmail.com", "monthly", M, "2025-09-05T09:01:00", "2025-09-05", "2025-10-04")
case(2, "duplicada-dia-8-rj", LOB, "decided", [mail("Rodrigo Farias <rodrigo.farias@gmail.com>", LO_TO,
     "Cobrança em dobro - LO-INV-16112", "Boa noite,\n\nfui cobrado em dobro no plano mensal, faturas LO-INV-16111 e LO-INV-16112, "
     "as duas de 05/09. Só reparei agora conferindo a fatura do cartão. Peço o estorno da segunda.\n\nAbraço,\nRodrigo\nNiterói - RJ",
     "2025-09-13 08:10", SP)],
     [refund("deny")], spec="L3: charge 2025-09-05 IST; email 2025-09-12 23:40 in Rio is 2025-09-13 08:10 IST = day 8, outside the 7-day window")

cust("bruno.tavares@tavaresimoveis.com.br", "Bruno Tavares", "quarterly", start="2025-09-10", end="2025-12-09")
lopay("LO-INV-16121", "bruno.tavares@tavaresimoveis.com.br", "quarterly", Q, "2025-09-10T12:00:00", "2025-09-10", "2025-12-09")
lopay("LO-INV-16122", "bruno.tavares@tavaresimoveis.com.br", "quarterly", Q, "2025-09-10T12:00:40", "2025-09-10", "2025-12-09")
case(3, "pagou-duas-vezes-dia-7-mg", LOB, "decided", [mail("Bruno Tavares <bruno.tavares@tavaresimoveis.com.br>", LO_TO,
     "trimestral pago 2x", "Uai, gente, o plano trimestral saiu duas vezes no cartão da empresa, 3.999 cada, fatura LO-INV-16122 é a repetida. "
     "Paguei duas vezes sem querer porque o botão travou. Devolvam uma por favor\n\nBruno Tavares\nTavares Imóveis - BH",
     "2025-09-17 23:00", SP)],
     [refund("approve", "3999.00")], spec="L3: charge 2025-09-10, request 2025-09-17 IST = day 7, inside; L4 pair of 3999.00")

cust("financeiro@padariaboavista.com.br", "Padaria Boa Vista", "monthly", start="2025-09-24", end="2025-10-23")
for i, t in enumerate(["2025-09-24T18:00:00", "2025-09-24T18:02:00", "2025-09-24T18:05:00"]):
    lopay(f"LO-INV-1613{i+1}", "financeiro@padariaboavista.com.br", "monthly", M, t, "2025-09-24", "2025-10-23")
case(4, "tres-cobrancas-pe", LOB, "decided", [mail("Financeiro Padaria Boa Vista <financeiro@padariaboavista.com.br>", LO_TO,
     "3 cobranças iguais no mesmo dia", "Prezados,\n\nConstam TRÊS débitos idênticos de ₹ 1.499,00 referentes ao plano mensal em 24/09 "
     "(LO-INV-16131, LO-INV-16132 e LO-INV-16133). Houve cobrança duplicada (na verdade triplicada). Solicitamos a devolução das duas "
     "cobranças indevidas.\n\nAtt.,\nJoselma\nSetor Financeiro\nPadaria Boa Vista - Recife/PE", "2025-09-25 18:00", SP)],
     [refund("approve", "2998.00")], spec="Section 8 three identical charges: 2nd and 3rd are duplicates, both inside L3 window: 2 x 1499.00")

cust("tiago.reboucas@uol.com.br", "Tiago Rebouças", "monthly", start="2025-09-18", end="2025-10-17")
lopay("LO-INV-16141", "tiago.reboucas@uol.com.br", "monthly", M, "2025-09-18T10:00:00", "2025-09-18", "2025-10-17")
case(5, "diz-dobrado-sem-par-ba", LOB, "decided", [mail("Tiago Rebouças <tiago.reboucas@uol.com.br>", LO_TO,
     "cobrança em dobro", "oxe, vcs debitaram duas vezes meu mensal, tá lá no app do banco. fatura LO-INV-16141. quero o dinheiro de volta da "
     "cobrança duplicada\n\nTiago\nSalvador", "2025-09-20 11:00", SP)],
     [refund("escalate")], spec="L4: duplicate claimed but the ledger holds only one charge for the period: escalate, no amount")

cust("luciana.weber@weberconsultoria.com.br", "Luciana Weber", "monthly", status="cancelled", start="2025-08-25", end="2025-09-24")
lopay("LO-INV-16151", "luciana.weber@weberconsultoria.com.br", "monthly", M, "2025-09-25T06:00:00", "2025-09-25", "2025-10-24")
case(6, "cobrada-apos-cancelar-rs", LOB, "decided", [mail("Luciana Weber <luciana.weber@weberconsultoria.com.br>", LO_TO,
     "Cobrança após cancelamento", "Bom dia.\n\nCancelei minha assinatura mensal em agosto e mesmo assim fui cobrada depois de cancelar: "
     "fatura LO-INV-16151 de 25/09. Não autorizei esse débito. Peço o reembolso.\n\nAtenciosamente,\nLuciana Weber\nPorto Alegre/RS",
     "2025-09-26 17:30", SP)],
     [refund("escalate")], spec="L2 billing_error (charged after cancelling) inside L3 window (day 1): L5 escalate")

cust("raimundo.lima@manausnet.com.br", "Raimundo Lima", "monthly", start="2025-09-21", end="2025-10-20")
lopay("LO-INV-16161", "raimundo.lima@manausnet.com.br", "monthly", M, "2025-09-21T10:00:00", "2025-09-21", "2025-10-20")
case(7, "sem-acesso-am", LOB, "decided", [mail("Raimundo Lima <raimundo.lima@manausnet.com.br>", LO_TO,
     "nao consigo entrar", "boa tarde paguei o mensal dia 21 fatura LO-INV-16161 e desde entao nao consigo fazer login na plataforma "
     "fica so carregando ja limpei cache ja troquei de navegador nada. se nao resolver quero reembolso\nenviado do meu celular",
     "2025-09-24 23:30", AM)],
     [refund("escalate")], spec="L2 access_failure inside L3 window (day 3): L6 escalate for support to verify")

cust("ines.carvalho@sapo.pt", "Inês Carvalho", "monthly", start="2025-09-01", end="2025-09-30")
lopay("LO-INV-16171", "ines.carvalho@sapo.pt", "monthly", M, "2025-09-01T10:00:00", "2025-09-01", "2025-09-30")
case(8, "sem-acesso-fora-prazo-lisboa", LOB, "decided", [mail("Inês Carvalho <ines.carvalho@sapo.pt>", LO_TO,
     "Pedido de reembolso - LO-INV-16171", "Exmos. Senhores,\n\nDesde o início do mês que a plataforma não carrega: não consigo aceder à conta. "
     "Solicito o reembolso da mensalidade (fatura LO-INV-16171).\n\nCom os melhores cumprimentos,\nInês Carvalho\nLisboa",
     "2025-09-15 15:00", PT)],
     [refund("deny")], spec="L2 access_failure but charge 2025-09-01, request 2025-09-15 = day 14: L3 deny")

cust("edson.mbala@kianda.co.ao", "Edson Mbala", "annual", start="2025-09-22", end="2026-09-21")
lopay("LO-INV-16181", "edson.mbala@kianda.co.ao", "annual", A, "2025-09-22T14:00:00", "2025-09-22", "2026-09-21")
case(9, "mudou-ideia-luanda", LOB, "decided", [mail("Edson Mbala <edson.mbala@kianda.co.ao>", LO_TO,
     "Devolução do plano anual", "Bom dia caros,\n\nAdquiri o plano anual (LO-INV-16181, onze mil novecentos e oitenta e oito rupias) mas afinal a direcção decidiu não avançar com a ferramenta "
     "este ano, ficou caro demais para nós. Ainda nem usámos. Gostaria de ser reembolsado, se faz favor.\n\nCumprimentos,\nEdson Mbala\nLuanda",
     "2025-09-24 12:00", AO)],
     [refund("deny")], spec="L1: changed mind / too expensive / unused is not an exception reason: deny, cancellation offered")

cust("helena.mucavele@gmail.com", "Helena Mucavele", "monthly", status="trial", trial_ends="2025-10-05")
case(10, "teste-gratis-maputo", LOB, "decided", [mail("Helena Mucavele <helena.mucavele@gmail.com>", LO_TO,
     "reembolso do período de teste", "Olá,\n\nEstou no período experimental do plano mensal e não gostei. Quero o reembolso do que me cobraram "
     "pelo teste, não estou a achar a plataforma útil para nós.\n\nHelena\nMaputo", "2025-09-27 13:30", MZ)],
     [refund("deny")], spec="L7: account on a free trial has no charges: deny, nothing to refund, no billing unless they subscribe")

cust("paulo.siqueira@siqueiraadv.com.br", "Paulo Siqueira", "monthly", start="2025-09-15", end="2025-10-14")
lopay("LO-INV-16191", "paulo.siqueira@siqueiraadv.com.br", "monthly", M, "2025-09-15T10:00:00", "2025-09-15", "2025-10-14")
case(11, "quero-cancelar-sp", LOB, "decided", [mail("Paulo Siqueira <paulo.siqueira@siqueiraadv.com.br>", LO_TO,
     "cancelamento", "Quero cancelar.\n\n--\nPaulo Siqueira\nSiqueira Advocacia Empresarial\nAv. Paulista, 1000 - São Paulo/SP\n"
     "Esta mensagem pode conter informação confidencial. Se você a recebeu por engano, apague-a.", "2025-09-26 18:45", SP)],
     [cancel("cancel", "2025-10-14")], spec="L8: bare intent verb, no object; monthly period ends 2025-10-14; reason not required for LO cancellation (a law-firm signature is no C4 threat)")

cust("goncalo.freitas@madeiratours.pt", "Gonçalo Freitas", "quarterly")
lopay("LO-INV-16201", "goncalo.freitas@madeiratours.pt", "quarterly", Q, "2025-08-01T11:00:00", "2025-08-01", None)
case(12, "encerrar-assinatura-madeira", LOB, "decided", [mail("Gonçalo Freitas <goncalo.freitas@madeiratours.pt>", LO_TO,
     "Assinatura trimestral", "Boa tarde,\n\nVenho por este meio pedir que encerrem a minha assinatura trimestral. A época alta acabou e "
     "já não vamos precisar da ferramenta até à Primavera.\n\nObrigado,\nGonçalo Freitas\nMadeira Tours, Funchal", "2025-09-19 19:00", PT)],
     [cancel("cancel", "2025-10-31")], spec="L8 fallback: no current_period_end; last charge 2025-08-01 + 3 months - 1 day = 2025-10-31")

cust("amanda.rocha@hotmail.com", "Amanda Rocha", "monthly", start="2025-09-12", end="2025-10-11")
lopay("LO-INV-16211", "amanda.rocha@hotmail.com", "monthly", M, "2025-09-12T10:00:00", "2025-09-12", "2025-10-11")
case(13, "cancelar-e-devolver-dias-rj", LOB, "decided", [mail("Amanda Rocha <amanda.rocha@hotmail.com>", LO_TO,
     "Cancelar e reembolso proporcional", "Olá! Quero cancelar o plano mensal e receber de volta o proporcional dos dias que não vou usar "
     "(fatura LO-INV-16211). Fechei minha loja online, então não faz mais sentido.\n\nValeu,\nAmanda", "2025-09-18 20:30", SP)],
     [refund("deny"), cancel("cancel", "2025-10-11")], spec="L1/L8: no partial refund for unused days: deny; cancel effective 2025-10-11")

cust("diretoria@grupoarrecife.com.br", "Grupo Arrecife", "monthly", start="2025-09-10", end="2025-10-09")
lopay("LO-INV-16221", "diretoria@grupoarrecife.com.br", "monthly", M, "2025-09-10T10:00:00", "2025-09-10", "2025-10-09")
case(14, "gmail-outro-email-pe", LOB, "need_info", [mail("Marcos Arrecife <marcos.arrecife1978@gmail.com>", LO_TO,
     "cancelar conta da empresa", "Bom dia, sou o diretor do Grupo Arrecife. A conta está cadastrada no e-mail diretoria@grupoarrecife.com.br "
     "mas estou sem acesso a ele agora. Quero cancelar a assinatura mensal por favor, e me digam até quando fica ativa.\n\nMarcos",
     "2025-09-23 18:30", SP)],
     rules=["C2"], spec="C2: writes from gmail, names another registered email: ask him to write from it, disclose nothing")

cust("contato@lojadasmeias.com.br", "Loja das Meias", "monthly", start="2025-09-08", end="2025-10-07")
lopay("LO-INV-16231", "contato@lojadasmeias.com.br", "monthly", M, "2025-09-08T10:00:00", "2025-09-08", "2025-10-07")
case(15, "procon-chargeback-sp", LOB, "decided", [mail("Loja das Meias <contato@lojadasmeias.com.br>", LO_TO,
     "CANCELAMENTO JÁ", "Cancelem minha assinatura IMEDIATAMENTE. O sistema não entrega o que promete. Se não confirmarem hoje vou abrir "
     "reclamação no Procon e pedir chargeback no cartão.\n\nLoja das Meias", "2025-09-11 20:00", SP)],
     [cancel("escalate")], rules=["C4"], spec="C4: chargeback + consumer protection (Procon) threat covers the whole case, the cancellation included")

case(16, "resposta-automatica-ferias", LOB, "ignore", [mail("Patrícia Gomes <patricia.gomes@construtoralume.com.br>", LO_TO,
     "Resposta automática: Sua fatura LeadsOptima", "Olá! Estou de férias até 06/10 com acesso restrito ao e-mail. Para assuntos "
     "financeiros, fale com financeiro@construtoralume.com.br. Reembolsos e cancelamentos só na volta.\n\nPatrícia",
     "2025-09-29 08:00", SP, headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"})],
     rules=["C7"], spec="C7: Auto-Submitted auto-replied, though it mentions refunds and cancellations")

case(17, "mailer-daemon", LOB, "ignore", [mail("Mail Delivery System <MAILER-DAEMON@mx.terra.com.br>", LO_TO,
     "Mensagem não entregue: cancelamento", "Esta é uma mensagem automática do servidor.\n\nNão foi possível entregar a sua mensagem a "
     "um ou mais destinatários:\n\n  suporte@lojinha-exemplo.com.br\n    550 5.1.1 Usuário desconhecido\n\n--- Mensagem original ---\n"
     "Assunto: Re: quero cancelar e reembolso [LO-1617]", "2025-09-21 03:00", SP)],
     rules=["C7"], spec="C7: MAILER-DAEMON sender, bounce quoting a cancel/refund request")

cust("vania.coutinho@coutinhomodas.com.br", "Vânia Coutinho", "monthly", start="2025-09-25", end="2025-10-24")
lopay("LO-INV-16251", "vania.coutinho@coutinhomodas.com.br", "monthly", M, "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
case(18, "sem-motivo-iphone", LOB, "need_info", [mail("Vânia Coutinho <vania.coutinho@coutinhomodas.com.br>", LO_TO,
     "Reembolso LO-INV-16251", "Bom dia,\n\nSolicito por gentileza o reembolso da fatura LO-INV-16251.\n\nFico no aguardo.\nObrigada!\n\n"
     "Vânia Coutinho\nCoutinho Modas\n(31) 99999-0000\n\nEnviado do meu iPhone", "2025-09-26 17:30", SP)],
     missing=["reason"], spec="L1/C3 + section 8: a restatement, courtesy line and signature are no reason: ask for the reason")

cust("sergio.pontes@pontesagro.com.br", "Sérgio Pontes", "monthly", start="2025-09-16", end="2025-10-15")
lopay("LO-INV-16261", "sergio.pontes@pontesagro.com.br", "monthly", M, "2025-09-16T10:00:00", "2025-09-16", "2025-10-15")
lopay("LO-INV-16262", "sergio.pontes@pontesagro.com.br", "monthly", M, "2025-09-16T10:04:00", "2025-09-16", "2025-10-15")
case(19, "thread-responde-motivo-go", LOB, "decided", [
     mail("Sérgio Pontes <sergio.pontes@pontesagro.com.br>", LO_TO, "Devolução LO-INV-16262",
          "Prezados, peço a devolução da fatura LO-INV-16262 do plano mensal.\nGrato,\nSérgio", "2025-09-18 18:30", SP),
     mail("Sérgio Pontes <sergio.pontes@pontesagro.com.br>", LO_TO, "Re: Devolução LO-INV-16262 [LO-1616]",
          "O motivo: o mesmo valor foi debitado duas vezes no dia 16, conferi com o banco. É a segunda que quero de volta.\n\n"
          "Em qui., 18 de set. de 2025 às 10:30, LeadsOptima Support <support@leadsoptima.com> escreveu:\n> Para decidir o seu pedido precisamos do motivo.",
          "2025-09-19 17:30", SP)],
     [refund("approve", "1499.00")], spec="C3 thread: reason supplied in the answer; L4 pair on 2025-09-16, request time = first email 2025-09-18 (day 2)")

cust("contabilidade@mussafrio.co.mz", "Mussafrio Lda", "annual", start="2025-03-01", end="2026-02-28")
lopay("LO-INV-16271", "contabilidade@mussafrio.co.mz", "annual", A, "2025-03-01T10:00:00", "2025-03-01", "2026-02-28")
case(20, "nao-quero-reembolso-fatura-maputo", LOB, "other", [mail("Contabilidade Mussafrio <contabilidade@mussafrio.co.mz>", LO_TO,
     "Factura com NUIT", "Bom dia,\n\nNão estamos a pedir reembolso nem cancelamento. Apenas precisamos que a factura LO-INV-16271 seja "
     "reemitida com o NUIT da empresa (400123456) para efeitos fiscais.\n\nMelhores cumprimentos,\nDepartamento de Contabilidade",
     "2025-09-22 12:30", MZ)],
     spec="Section 8 negation: 'não estamos a pedir reembolso nem cancelamento'; an invoice question asks nothing the bot decides: other")

case(21, "pergunta-antes-assinar-luanda", LOB, "other", [mail("Yuri Kapenda <yuri.kapenda@gmail.com>", LO_TO,
     "Dúvida antes de assinar", "Boa noite. Estou a pensar assinar o plano anual. Se eu pagar e depois não gostar, vocês devolvem o "
     "dinheiro? E se a plataforma não abrir aqui em Angola, há reembolso?\n\nYuri", "2025-09-29 00:30", AO)],
     spec="Section 8 hypothetical before buying: a policy question, other")

cust("renata.lins@linsdesign.com.br", "Renata Lins", "monthly", start="2025-09-10", end="2025-10-09")
case(22, "obrigada-estorno-caiu-pe", LOB, "other", [mail("Renata Lins <renata.lins@linsdesign.com.br>", LO_TO,
     "Re: Reembolso aprovado [LO-1588]", "Oi, gente! Só passando pra agradecer: o estorno da cobrança duplicada caiu hoje na fatura do "
     "cartão. Podem encerrar o chamado. Atendimento nota 10!\n\nRenata", "2025-09-30 19:30", SP,
     headers={"In-Reply-To": "<lo-1588-2@leadsoptima.com>", "References": "<lo-1588-0@linsdesign.com.br> <lo-1588-2@leadsoptima.com>"})],
     spec="Thanks closing a story; 'encerrar o chamado' is closing the ticket, not cancelling: other")

cust("henrique.amaral@amaralcontabil.com.br", "Henrique Amaral", "monthly", start="2025-09-20", end="2025-10-19")
lopay("LO-INV-16291", "henrique.amaral@amaralcontabil.com.br", "monthly", M, "2025-09-20T10:00:00", "2025-09-20", "2025-10-19")
case(23, "encaminhada-outlook-c2", LOB, "need_info", [mail("Juliana Prado <juliana.prado@amaralcontabil.com.br>", LO_TO,
     "ENC: cancelar LeadsOptima", "Bom dia, segue pedido do Dr. Henrique abaixo.\n\nJuliana Prado | Assistente\n\n"
     "________________________________\nDe: Henrique Amaral <henrique.amaral@amaralcontabil.com.br>\nEnviado: segunda-feira, 22 de "
     "setembro de 2025 17:02\nPara: Juliana Prado <juliana.prado@amaralcontabil.com.br>\nAssunto: cancelar LeadsOptima\n\nJu, por favor "
     "peça o cancelamento do plano mensal do LeadsOptima, a conta é no meu e-mail henrique.amaral@amaralcontabil.com.br. Não vamos renovar.",
     "2025-09-23 18:10", SP)],
     rules=["C2"], spec="Section 8 forward: the forwarded request names registered email henrique.amaral@, the sender is the assistant: C2")

cust("fabio.nunes@nunesfitness.com.br", "Fábio Nunes", "quarterly", start="2025-08-05", end="2025-11-04")
lopay("LO-INV-16301", "fabio.nunes@nunesfitness.com.br", "quarterly", Q, "2025-08-05T10:00:00", "2025-08-05", "2025-11-04")
case(24, "encaminhada-gmail-proprio", LOB, "decided", [mail("Fábio Nunes <fabio.nunes@nunesfitness.com.br>", LO_TO,
     "Fwd: cancelamento", "Mandei isso pro endereço errado semana passada, segue de novo.\n\n---------- Forwarded message ---------\n"
     "De: Fábio Nunes <fabio.nunes@nunesfitness.com.br>\nDate: seg., 15 de set. de 2025 às 08:12\nSubject: cancelamento\n"
     "To: <contato@leadsoptima.com.br>\n\nQuero cancelar o trimestral, a academia vai usar outro sistema.\n", "2025-09-22 17:30", SP)],
     [cancel("cancel", "2025-11-04")], spec="Forward of his own request from the registered address: L8 cancel, period end 2025-11-04")

cust("marta.bernardes@bernardesfotografia.com.br", "Marta Bernardes", "annual", start="2025-09-24", end="2026-09-23")
lopay("LO-INV-16311", "marta.bernardes@bernardesfotografia.com.br", "annual", A, "2025-09-24T10:00:00", "2025-09-24", "2026-09-23")
case(25, "anual-em-vez-mensal-rs", LOB, "decided", [mail("Marta Bernardes <marta.bernardes@bernardesfotografia.com.br>", LO_BILL,
     "Plano errado cobrado", "Olá, bah, tive uma surpresa: eu assinei o MENSAL e vocês cobraram o plano anual no lugar (₹11.988!). "
     "Fatura LO-INV-16311. Por favor corrijam e devolvam a diferença.\n\nMarta Bernardes\nCaxias do Sul", "2025-09-25 19:00", SP)],
     [refund("escalate")], spec="C1 via billing@leadsoptima.com; L2 billing_error (charged for the wrong plan), day 1: L5 escalate")

cust("ouvidoria@farmaciaboasaude.com.br", "Farmácia Boa Saúde", "monthly", start="2025-09-02", end="2025-10-01")
case(26, "reclamacao-sem-pedido-ba", LOB, "other", [mail("Farmácia Boa Saúde <ouvidoria@farmaciaboasaude.com.br>", LO_TO,
     "Reclamação", "Venho registrar minha insatisfação: o relatório de leads demora muito para carregar e o suporte por chat nunca responde "
     "no horário comercial daqui da Bahia. Não estou pedindo nada, só quero que saibam.\n\nAtenciosamente,\nGerência",
     "2025-09-24 18:30", SP)],
     spec="Complaint that asks nothing (no refund, no cancellation): other")

cust("joana.lacerda@lacerdaeventos.pt", "Joana Lacerda", "monthly", start="2025-09-19", end="2025-10-18")
case(27, "nem-cancelar-nem-reembolso-porto", LOB, "other", [mail("Joana Lacerda <joana.lacerda@lacerdaeventos.pt>", LO_TO,
     "Aumento de preço?", "Olá,\n\nNão pretendo cancelar nem quero reembolso nenhum, atenção. Só queria perceber porque é que a mensalidade "
     "passou a ter IVA... quer dizer, GST, discriminado na factura. É um valor novo?\n\nJoana\nPorto", "2025-09-25 14:30", PT)],
     spec="Declines both intents explicitly (section 8 negation); a billing question: other")

cust("andre.queiroz@queirozseguros.com.br", "André Queiroz", "monthly", start="2025-09-20", end="2025-10-19")
lopay("LO-INV-16341", "andre.queiroz@queirozseguros.com.br", "monthly", M, "2025-09-20T10:00:00", "2025-09-20", "2025-10-19")
case(28, "reply-to-nao-vale", LOB, "need_info", [mail("André Queiroz <andre.queiroz.pessoal@yahoo.com.br>", LO_TO,
     "Cancelamento plano mensal", "Boa tarde, gostaria de cancelar o plano mensal da conta andre.queiroz@queirozseguros.com.br. "
     "Respondam pro e-mail da empresa.\nAndré", "2025-09-24 23:30", SP,
     headers={"Reply-To": "andre.queiroz@queirozseguros.com.br"})],
     rules=["C2"], spec="C2 + section 8: From is yahoo, Reply-To is the registered address; Reply-To never verifies")

cust("ana.souza@souzaarquitetura.com.br", "Ana Souza", "monthly", start="2025-09-14", end="2025-10-13")
case(29, "mais-tag-rj", LOB, "need_info", [mail("Ana Souza <ana.souza+leads@souzaarquitetura.com.br>", LO_TO,
     "encerrar conta", "Oi! Quero encerrar minha conta (cadastro no ana.souza@souzaarquitetura.com.br), plano mensal. Mudei de ferramenta.\nAna",
     "2025-09-22 20:30", SP)],
     rules=["C2"], spec="Section 8: a +tag makes another address; she names the registered one: C2")

cust("joao.pereira@pereiratransportes.com.br", "João Pereira", "monthly", start="2025-09-03", end="2025-10-02")
case(30, "maiusculas-mg", LOB, "decided", [mail("JOAO PEREIRA <Joao.Pereira@PereiraTransportes.COM.BR>", LO_TO,
     "CANCELAR", "BOM DIA FAVOR CANCELAR O PLANO MENSAL NAO VOU MAIS USAR OBRIGADO\nJOAO PEREIRA TRANSPORTES\nCONTAGEM MG",
     "2025-09-26 16:30", SP)],
     [cancel("cancel", "2025-10-02")], spec="Section 8: addresses compare case-insensitively; L8 cancel, period end 2025-10-02")

cust("priscila.moura@bol.com.br", "Priscila Moura", "quarterly", start="2025-07-20", end="2025-10-19")
case(31, "html-so-bol", LOB, "decided", [mail("Priscila Moura <priscila.moura@bol.com.br>", LO_TO, "Pedido",
     None, "2025-09-29 19:00", SP, html="<html><body><div style=\"font-family:Verdana\">Olá equipe LeadsOptima,<br><br>"
     "Peço o <b>cancelamento</b> do meu plano trimestral. A empresa fechou as portas, infelizmente.<br><br>Obrigada por tudo,<br>"
     "Priscila</div><div><br>-- <br>Enviado pelo BOL Mail</div></body></html>")],
     [cancel("cancel", "2025-10-19")], spec="HTML-only webmail; L8 cancel, current_period_end 2025-10-19")

cust("eduardo.salles@sallesengenharia.com.br", "Eduardo Salles", "annual", start="2025-03-15", end="2026-03-14")
case(32, "renovacao-automatica-anual", LOB, "decided", [mail("Eduardo Salles <eduardo.salles@sallesengenharia.com.br>", LO_TO,
     "renovação automática", "Prezados, por favor desativem a renovação automática do nosso plano anual. Não queremos ser cobrados em março.\n\n"
     "Eduardo Salles\nSalles Engenharia\nCampinas/SP", "2025-09-16 18:30", SP)],
     [cancel("cancel", "2026-03-14")], spec="Turning off auto-renewal is a cancellation: L8, active until 2026-03-14")

# Optima WebDesign
proj("Portal Sabor Mineiro", "contato@sabormineiro.com.br", None)
owpay("OWD-2025-1601", "Portal Sabor Mineiro", "deposit", "30000.00", "5400.00", "2025-09-22T11:00:00")
case(33, "sinal-48h-mg", OWB, "decided", [mail("Sabor Mineiro <contato@sabormineiro.com.br>", OWD_TO,
     "Reembolso do sinal — Portal Sabor Mineiro / OWD-2025-1601", "Olá, equipe Optima,\n\nPagamos o sinal do projeto Portal Sabor Mineiro "
     "(fatura OWD-2025-1601, R$... digo, ₹ 35.400 com imposto) na segunda. Os sócios resolveram adiar o site para o ano que vem por causa "
     "do caixa. Como ainda não começaram, pedimos a devolução do sinal.\n\nAbraços,\nDenise\nSabor Mineiro - Belo Horizonte",
     "2025-09-24 18:30", SP)],
     [refund("approve", "30000.00")], spec="O2: deposit paid 2025-09-22 11:00, request 2025-09-24 18:30 IST (55.5 h), no work: approve 30,000.00 before tax (C6)")

proj("Loja Azulejo Vivo", "encomendas@azulejovivo.pt", None)
owpay("OWD-2025-1602", "Loja Azulejo Vivo", "deposit", "20000.00", "3600.00", "2025-09-15T10:00:00")
case(34, "sinal-72h-exatas-lisboa", OWB, "decided", [mail("Azulejo Vivo <encomendas@azulejovivo.pt>", OWD_TO,
     "Devolução do sinal - Loja Azulejo Vivo (OWD-2025-1602)", "Bom dia,\n\nRelativamente ao projecto Loja Azulejo Vivo, factura OWD-2025-1602: "
     "decidimos avançar com a plataforma do nosso distribuidor, pelo que pedimos a devolução do sinal pago.\n\nCom os melhores cumprimentos,\n"
     "Rui Sampaio", "2025-09-18 10:00", PT)],
     [refund("deny")], spec="O2 + section 8: paid 2025-09-15 10:00 IST, email 2025-09-18 05:30 Lisbon = 10:00 IST, exactly 72 h: deny")

proj("Clínica Sorriso Carioca", "adm@sorrisocarioca.com.br", "2025-09-21T09:00:00")
owpay("OWD-2025-1603", "Clínica Sorriso Carioca", "deposit", "25000.00", "4500.00", "2025-09-20T10:00:00")
case(35, "sinal-trabalho-comecou-rj", OWB, "decided", [mail("Administração Sorriso Carioca <adm@sorrisocarioca.com.br>", OWD_TO,
     "Sinal site clínica", "Oi, tudo joia? Sobre o site da Clínica Sorriso Carioca (OWD-2025-1603): a doutora desistiu, vai fazer pelo "
     "Instagram mesmo. Quero o sinal de volta, foi pago no sábado.\n\nBeatriz - Administração", "2025-09-22 01:30", SP)],
     [refund("deny")], spec="O2: inside 72 h (39.5 h) but work started 2025-09-21 09:00 before the request: deny ('whichever first')")

proj("Marca Xitique Digital", "info@xitique.co.mz", None)
owpay("OWD-2025-1604", "Marca Xitique Digital", "discovery", "15000.00", "2700.00", "2025-09-18T10:00:00")
case(36, "descoberta-sem-sessao-maputo", OWB, "decided", [mail("Xitique <info@xitique.co.mz>", OWD_TO,
     "Reembolso workshop de estratégia — Marca Xitique Digital", "Caros senhores,\n\nPagámos a fase de descoberta/estratégia (factura "
     "OWD-2025-1604) para o projecto Marca Xitique Digital. Entretanto o financiamento do doador foi cancelado e não podemos continuar. "
     "A primeira sessão ainda não foi marcada. Solicitamos o reembolso.\n\nAtenciosamente,\nCélia Nhantumbo\nMaputo",
     "2025-09-25 11:00", MZ)],
     [refund("approve", "15000.00")], spec="O1: discovery, work_started_at empty: refundable in full, 15,000.00 before tax")

proj("Kwanza Imóveis Web", "geral@kwanzaimoveis.co.ao", "2025-09-12T15:00:00")
owpay("OWD-2025-1605", "Kwanza Imóveis Web", "discovery", "12000.00", "2160.00", "2025-09-10T10:00:00")
case(37, "descoberta-ja-comecou-luanda", OWB, "decided", [mail("Kwanza Imóveis <geral@kwanzaimoveis.co.ao>", OWD_TO,
     "Kwanza Imóveis Web - OWD-2025-1605", "Boa tarde,\n\nTivemos a primeira sessão de estratégia, mas sinceramente não gostámos da "
     "abordagem. Queremos o reembolso da fase de descoberta do projecto Kwanza Imóveis Web.\n\nCumprimentos,\nAdilson",
     "2025-09-16 18:30", AO)],
     [refund("deny")], spec="O1: session already held (work_started_at 2025-09-12 before request): deny")

proj("App Gaúcha Delivery", "ti@gauchadelivery.com.br", "2025-09-01T10:00:00")
owpay("OWD-2025-1606", "App Gaúcha Delivery", "milestone", "45000.00", "8100.00", "2025-09-05T10:00:00", milestone_status="not_started")
case(38, "etapa-nao-iniciada-rs", OWB, "decided", [mail("TI Gaúcha Delivery <ti@gauchadelivery.com.br>", OWD_TO,
     "Refund Request — App Gaúcha Delivery / OWD-2025-1606", "Bom dia,\n\nA etapa 3 (integração de pagamentos), fatura OWD-2025-1606, "
     "ficou fora do nosso escopo: o banco parceiro vai fornecer o módulo pronto. Como ela nem começou, pedimos o reembolso dessa parcela.\n\n"
     "Att,\nGuilherme Becker\nTI - Gaúcha Delivery", "2025-09-23 18:30", SP)],
     [refund("approve", "45000.00")], spec="O3: milestone not_started: refund its amount 45,000.00 before tax")

proj("Portal Frevo Cultural", "producao@frevocultural.org.br", "2025-08-20T10:00:00")
owpay("OWD-2025-1607", "Portal Frevo Cultural", "milestone", "28000.00", "5040.00", "2025-09-01T10:00:00", milestone_status="in_progress")
case(39, "etapa-em-andamento-pe", OWB, "decided", [mail("Produção Frevo Cultural <producao@frevocultural.org.br>", OWD_TO,
     "Parcela do layout", "Olá! Quanto ao Portal Frevo Cultural, fatura OWD-2025-1607: o edital que bancava o projeto foi suspenso. "
     "Sabemos que a etapa de layout já começou, mas queremos reaver o que não foi feito ainda.\n\nAbraço,\nLia", "2025-09-20 18:30", SP)],
     [refund("escalate")], spec="O3: milestone in_progress: escalate (billable value needs a person)")

proj("Suporte Site Cafeteria Paulistana", "gerencia@cafeteriapaulistana.com.br", "2025-01-10T10:00:00")
owpay("OWD-2025-1608", "Suporte Site Cafeteria Paulistana", "retainer", "8000.00", "1440.00", "2025-09-10T10:00:00",
      next_billing_at="2025-10-10T10:00:00", period_start="2025-09-10", period_end="2025-10-09")
case(40, "suporte-do-site-15-dias-sp", OWB, "decided", [mail("Gerência Cafeteria Paulistana <gerencia@cafeteriapaulistana.com.br>", OWD_TO,
     "Encerrar o suporte do site", "Boa tarde,\n\nQueremos encerrar o suporte do site (contrato Suporte Site Cafeteria Paulistana, "
     "última fatura OWD-2025-1608). Motivo: contratamos um funcionário de TI interno.\n\nObrigado,\nMarcelo", "2025-09-25 23:30", SP)],
     [cancel("cancel", "2025-10-09")], spec="O4/O8: retainer, next billing 2025-10-10, request 2025-09-25 = 15 days' notice: effective 2025-10-09")

proj("Manutenção Site Vinícola Serra", "vinicola@serragaucha.com.br", "2025-01-03T10:00:00")
owpay("OWD-2025-1609", "Manutenção Site Vinícola Serra", "retainer", "6000.00", "1080.00", "2025-09-03T10:00:00",
      next_billing_at="2025-10-03T10:00:00", period_start="2025-09-03", period_end="2025-10-02")
case(41, "retainer-aviso-curto-rs", OWB, "decided", [mail("Vinícola Serra <vinicola@serragaucha.com.br>", OWD_TO,
     "Cancelamento retainer - OWD-2025-1609", "Bom dia,\n\nPedimos o cancelamento do contrato mensal Manutenção Site Vinícola Serra "
     "(OWD-2025-1609). Vamos migrar o site para a agência do grupo que nos comprou.\n\nSaudações,\nEliane Zanella", "2025-09-29 18:30", SP)],
     [cancel("cancel", "2025-11-02")], spec="O4: next billing 2025-10-03, request 2025-09-29 = 4 days' notice (< 7): next cycle 10-03..11-02 billed, effective 2025-11-02")

proj("Site Pousada Rio Negro", "reservas@pousadarionegro.com.br", "2025-02-06T10:00:00")
owpay("OWD-2025-1610", "Site Pousada Rio Negro", "retainer", "5000.00", "900.00", "2025-09-06T10:00:00",
      next_billing_at="2025-10-06T10:00:00", period_start="2025-09-06", period_end="2025-10-05")
case(42, "retainer-7-dias-exatos-am", OWB, "decided", [mail("Pousada Rio Negro <reservas@pousadarionegro.com.br>", OWD_TO,
     "cancelar mensalidade do site", "boa tarde, quero cancelar a mensalidade de suporte do Site Pousada Rio Negro, fatura OWD-2025-1610, "
     "pq a pousada vai fechar pra reforma ate marco. obrigada\nKeila - Manaus", "2025-09-29 23:30", AM)],
     [cancel("cancel", "2025-10-05")], spec="O4: next billing 2025-10-06, cutoff 2025-09-29; email 14:00 Manaus = 2025-09-29 23:30 IST: exactly 7 days, effective 2025-10-05")

proj("Hospedagem Quinta do Lorde", "reservas@quintadolorde-exemplo.pt", "2025-09-15T10:00:00")
owpay("OWD-2025-1611", "Hospedagem Quinta do Lorde", "hosting_annual", "18000.00", "3240.00", "2025-09-14T10:00:00",
      setup_fee="1800.00", service_start="2025-09-15")
case(43, "alojamento-anual-madeira", OWB, "decided", [mail("Quinta do Lorde <reservas@quintadolorde-exemplo.pt>", OWD_TO,
     "Alojamento anual — Hospedagem Quinta do Lorde — OWD-2025-1611", "Exmos. Senhores,\n\nContratámos o alojamento anual há dias (factura "
     "OWD-2025-1611), mas o grupo hoteleiro impôs o servidor próprio. Pedimos o cancelamento do plano e o reembolso proporcional.\n\n"
     "Cordialmente,\nTeresa Gouveia\nCaniçal, Madeira", "2025-09-24 14:00", PT)],
     [refund("approve", "14850.00")], extra_ok=True,
     spec="O5: start 2025-09-15, request 2025-09-24 (day 9 <= 14): 18000 - 1800 - (16200/12 = 1350) x 1 = 14,850.00; the cancellation part may be added")

proj("Hospedagem Açaí da Amazônia", "loja@acaidaamazonia.com.br", "2025-09-01T10:00:00")
owpay("OWD-2025-1612", "Hospedagem Açaí da Amazônia", "hosting_annual", "12000.00", "2160.00", "2025-08-31T10:00:00",
      setup_fee="1200.00", service_start="2025-09-01")
case(44, "hospedagem-fora-14-dias-am", OWB, "decided", [mail("Açaí da Amazônia <loja@acaidaamazonia.com.br>", OWD_TO,
     "reembolso hospedagem", "Olá, sobre a Hospedagem Açaí da Amazônia (OWD-2025-1612): o site ficou lento demais pro nosso público do "
     "interior, quero reembolso da hospedagem anual.\n\nJander", "2025-09-20 18:30", AM)],
     [refund("deny")], spec="O5: service_start 2025-09-01, request 2025-09-20 = 19 days > 14: deny")

proj("Manutenção Portal Lusoflores", "geral@lusoflores.pt", "2025-09-20T10:00:00")
owpay("OWD-2025-1613", "Manutenção Portal Lusoflores", "maintenance_annual", "9600.00", "1728.00", "2025-09-19T10:00:00",
      setup_fee="600.00", service_start="2025-09-20")
case(45, "manutencao-anual-coimbra", OWB, "decided", [mail("Lusoflores <geral@lusoflores.pt>", OWD_TO,
     "A manutenção do portal", "Olá,\n\nPeço o reembolso do contrato anual «Manutenção Portal Lusoflores», factura OWD-2025-1613: a "
     "empresa vai ser integrada noutro grupo que já tem equipa própria de manutenção.\n\nObrigada,\nSofia Rebelo\nCoimbra",
     "2025-09-26 14:00", PT)],
     [refund("approve", "8250.00")], extra_ok=True,
     spec="O5: start 2025-09-20, request day 6: 9600 - 600 - (9000/12 = 750) x 1 = 8,250.00")

proj("Site Cantinho Baiano", "contato@cantinhobaiano.com.br", "2025-08-01T10:00:00")
owpay("OWD-2025-1614", "Site Cantinho Baiano", "third_party", "1800.00", "324.00", "2025-09-20T10:00:00")
case(46, "dominio-terceiros-ba", OWB, "decided", [mail("Cantinho Baiano <contato@cantinhobaiano.com.br>", OWD_TO,
     "domínio", "Oi! Vcs renovaram o domínio .com.br do Site Cantinho Baiano (fatura OWD-2025-1614) mas eu já tinha registrado no Registro.br "
     "por conta própria. Quero esse valor de volta.\n\nVal", "2025-09-22 18:30", SP)],
     [refund("deny")], spec="O6: domain renewal is third_party: non-refundable")

proj("Landing Page Semba Fest", "producao@sembafest.co.ao", "2025-09-05T10:00:00")
owpay("OWD-2025-1615", "Landing Page Semba Fest", "rush", "7000.00", "1260.00", "2025-09-05T10:00:00")
case(47, "taxa-urgencia-luanda", OWB, "decided", [mail("Semba Fest <producao@sembafest.co.ao>", OWD_TO,
     "Taxa de urgência", "Caros,\n\nPagámos a taxa de urgência da Landing Page Semba Fest (OWD-2025-1615) e a página saiu com 2 dias de "
     "atraso. Exigimos a devolução dessa taxa.\n\nProdução Semba Fest", "2025-09-12 14:00", AO)],
     [refund("deny")], spec="O6: rush fee is never refundable")

proj("E-commerce Mate & Cuia", "financeiro@mateecuia.com.br", "2025-07-01T10:00:00")
owpay("OWD-2025-1616", "E-commerce Mate & Cuia", "retainer", "9000.00", "1620.00", "2025-09-12T10:00:00",
      next_billing_at="2025-10-12T10:00:00", period_start="2025-09-12", period_end="2025-10-11")
case(48, "outro-email-owd-c2", OWB, "need_info", [mail("Tchê Gonçalves <tche.goncalves@gmail.com>", OWD_TO,
     "cancelamento suporte Mate & Cuia", "Bah, sou sócio do E-commerce Mate & Cuia. O contrato está no financeiro@mateecuia.com.br. "
     "Quero cancelar o suporte mensal (OWD-2025-1616), vamos cortar custos.\nTchê", "2025-09-20 18:30", SP)],
     rules=["C2"], spec="C2 (explicit for Optima): not the contract email: ask to write from it")

proj("Suporte Site Óptica Belém", "oticabelem@oticabelem.com.br", "2025-03-01T10:00:00")
owpay("OWD-2025-1617", "Suporte Site Óptica Belém", "retainer", "4000.00", "720.00", "2025-09-15T10:00:00",
      next_billing_at="2025-10-15T10:00:00", period_start="2025-09-15", period_end="2025-10-14")
case(49, "cancelar-retainer-sem-motivo", OWB, "need_info", [mail("Ótica Belém <oticabelem@oticabelem.com.br>", OWD_TO,
     "Cancelamento - Suporte Site Óptica Belém - OWD-2025-1617", "Prezados,\n\nSolicitamos o cancelamento do contrato de suporte "
     "Suporte Site Óptica Belém, fatura OWD-2025-1617.\n\nAguardamos confirmação.\n\nAtenciosamente,\nÓtica Belém Ltda.\n"
     "CNPJ 00.000.000/0001-00\nAVISO: esta mensagem é confidencial.", "2025-09-19 18:30", SP)],
     missing=["reason"], spec="Section 8: Optima requires a reason for cancellations too; restatement/signature/disclaimer are not reasons")

proj("Portal Imobiliária Atlântico", "diretoria@imobatlantico.com.br", None)
owpay("OWD-2025-1618", "Portal Imobiliária Atlântico", "milestone", "35000.00", "6300.00", "2025-09-10T10:00:00", milestone_status="not_started")
case(50, "advogado-owd-rj", OWB, "decided", [mail("Diretoria Imob. Atlântico <diretoria@imobatlantico.com.br>", OWD_TO,
     "Portal Imobiliária Atlântico - OWD-2025-1618", "Senhores,\n\nExigimos a devolução da parcela OWD-2025-1618 do Portal Imobiliária "
     "Atlântico, pois o prazo de entrega combinado não será cumprido. Nosso advogado já está a par e, sem resposta em 48h, acionaremos o "
     "Procon e a Justiça.\n\nDiretoria", "2025-09-15 18:30", SP)],
     [refund("escalate")], rules=["C4"], spec="C4: lawyer + consumer protection threat: escalate although O3 would approve")

proj("Site Escola Kalimba", "direccao@escolakalimba.co.mz", None)
owpay("OWD-2025-1619", "Site Escola Kalimba", "discovery", "10000.00", "1800.00", "2025-09-20T10:00:00")
case(51, "thread-motivo-depois-maputo", OWB, "decided", [
     mail("Escola Kalimba <direccao@escolakalimba.co.mz>", OWD_TO, "Reembolso — Site Escola Kalimba / OWD-2025-1619",
          "Boa tarde,\n\nVimos solicitar o reembolso da fase de estratégia do Site Escola Kalimba, factura OWD-2025-1619.\n\nMelhores cumprimentos,\nA Direcção",
          "2025-09-22 17:30", MZ),
     mail("Escola Kalimba <direccao@escolakalimba.co.mz>", OWD_TO, "Re: Reembolso — Site Escola Kalimba / OWD-2025-1619 [OWD-2207]",
          "Boa tarde,\n\nO motivo é que o Ministério vai fornecer gratuitamente um portal a todas as escolas, logo o nosso site deixou de fazer sentido.\n\n"
          "A Direcção\n\n> Para avançar precisamos do motivo do pedido.", "2025-09-24 18:30", MZ)],
     [refund("approve", "10000.00")], spec="C3 thread: first email lacked the reason, the reply gives it; O1 no work started: 10,000.00")

case(52, "pergunta-antes-contrato-lisboa", OWB, "other", [mail("Miguel Antunes <miguel.antunes@antuneslda.pt>", OWD_TO,
     "Antes de assinarmos", "Boa tarde,\n\nAntes de assinarmos a proposta: se pagarmos o sinal e a administração vetar o projecto dois dias "
     "depois, o sinal é devolvido? E o alojamento anual, se não gostarmos nas primeiras semanas?\n\nCumprimentos,\nMiguel Antunes",
     "2025-09-26 19:00", PT)],
     spec="Questions before signing (hypothetical): other")

case(53, "newsletter-lista", OWB, "ignore", [mail("WordCamp Brasil <news@wordcampbr-exemplo.org>", OWD_TO,
     "Inscrições abertas + reembolso de ingressos", "Olá! As inscrições para o WordCamp estão abertas. Política de reembolso: até 7 dias antes.\n"
     "Para sair da lista, clique aqui.", "2025-09-16 12:00", SP,
     headers={"List-Id": "<novidades.wordcampbr-exemplo.org>", "Precedence": "bulk", "List-Unsubscribe": "<mailto:sair@wordcampbr-exemplo.org>"})],
     rules=["C7"], spec="C7: List-Id and Precedence: bulk")

proj("Loja Capulana Moda", "vendas@capulanamoda.co.mz", "2025-08-01T10:00:00")
owpay("OWD-2025-1620", "Loja Capulana Moda", "change_request", "6500.00", "1170.00", "2025-09-15T10:00:00")
case(54, "pedido-alteracao-beira", OWB, "decided", [mail("Capulana Moda <vendas@capulanamoda.co.mz>", OWD_TO,
     "Alteração ao catálogo", "Olá, pagámos a alteração extra ao catálogo da Loja Capulana Moda (OWD-2025-1620), mas afinal a nova colecção "
     "foi cancelada e não precisamos dela. Podem devolver?\n\nNélia\nBeira", "2025-09-17 13:00", MZ)],
     [refund("deny")], spec="O6: change request outside the original scope: non-refundable")


if __name__ == "__main__":
    build()
