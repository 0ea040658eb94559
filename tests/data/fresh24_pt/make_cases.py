"""fresh24_pt: held-out Portuguese cases (Brazil and Portugal).
Stdlib only, deterministic: writes ledger.json, emails/*.eml and expected.json beside this file."""
from __future__ import annotations

import json
import shutil
from datetime import datetime, timedelta, timezone
from email import policy as email_policy
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANG = "pt"
LOB, OWB = "leadsoptima", "optima_webdesign"
LO_TO = "LeadsOptima Suporte <support@leadsoptima.com>"
OW_TO = "Optima WebDesign <optimawebdesigns12@gmail.com>"
M = ("1499.00", "269.82")
Q = ("3999.00", "719.82")
A = ("11988.00", "2157.84")
IST = timezone(timedelta(hours=5, minutes=30))
LEDGER = {"customers": [], "projects": [], "payments": []}
CASES = []


def cust(email, name, plan, status="active", start=None, end=None, trial_ends=None):
    LEDGER["customers"].append({"brand": LOB, "email": email, "name": name, "plan": plan, "status": status,
                                "trial_ends": trial_ends, "current_period_start": start, "current_period_end": end})


def lopay(pid, inv, email, plan, money, paid_at, ps, pe, status="paid"):
    LEDGER["payments"].append({"brand": LOB, "id": pid, "invoice": inv, "customer_email": email,
                               "kind": "subscription", "plan": plan, "amount": money[0], "tax": money[1],
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


def when(local, off):
    h, m = off[0] + off[1:3], off[4:6]
    tz = timezone(timedelta(hours=int(h), minutes=int(m) * (1 if h[0] == "+" else -1)))
    return datetime.strptime(local, "%Y-%m-%d %H:%M").replace(tzinfo=tz)


def msg(frm, subj, body, at, off, to=None, html=None, headers=None):
    return dict(frm=frm, subj=subj, body=body, at=when(at, off), to=to, html=html, headers=headers or {})


def D(intent, outcome, amount=None, eff=None):
    d = {"intent": intent, "outcome": outcome, "amount": amount}
    if intent == "cancellation":
        d["effective_date"] = eff
    return d


def case(num, short, brand, status, msgs, decisions=(), rules=(), missing=None, extra_ok=False,
         ambiguous=None, spec="", clauses=""):
    cid = f"l{num:02d}"
    files = []
    prev_ids = []
    for i, m in enumerate(msgs):
        e = EmailMessage()
        e["From"] = m["frm"]
        e["To"] = m["to"] or (LO_TO if brand == LOB else OW_TO)
        e["Subject"] = m["subj"]
        e["Date"] = format_datetime(m["at"])
        dom = m["frm"].split("@")[-1].rstrip(">").strip() or "example.org"
        mid = f"<{LANG}24-{cid}-{i}@{dom}>"
        e["Message-ID"] = mid
        if prev_ids:
            e["In-Reply-To"] = prev_ids[-1]
            e["References"] = " ".join(prev_ids)
        for k, v in m["headers"].items():
            e[k] = v
        if m["html"] and m["body"] is None:
            e.set_content(m["html"], subtype="html")
        else:
            e.set_content(m["body"])
            if m["html"]:
                e.add_alternative(m["html"], subtype="html")
        prev_ids.append(mid)
        name = f"emails/{cid}-{short}" + (f"-{i + 1}" if len(msgs) > 1 else "") + ".eml"
        (HERE / name).write_bytes(e.as_bytes(policy=email_policy.SMTP))
        files.append(name)
    c = {"id": f"{LANG}-{cid}-{short}", "lang": LANG, "files": files, "brand": brand, "status": status,
         "rules": list(rules)}
    if missing is not None:
        c["missing"] = list(missing)
    c["decisions"] = list(decisions)
    if extra_ok:
        c["extra_ok"] = True
    if ambiguous:
        c["ambiguous"] = ambiguous
    c["spec"] = spec
    c["_clauses"] = clauses
    c["_request_ist"] = msgs[0]["at"].astimezone(IST).isoformat()
    CASES.append(c)


def build():
    # ---------------- LeadsOptima ----------------
    cust("thiago.moraes@moraesimoveis.com.br", "Thiago Moraes", "monthly", start="2025-09-24", end="2025-10-23")
    lopay("pt_l01a", "LO-INV-80111", "thiago.moraes@moraesimoveis.com.br", "monthly", M, "2025-09-24T18:30:00", "2025-09-24", "2025-10-23")
    lopay("pt_l01b", "LO-INV-80112", "thiago.moraes@moraesimoveis.com.br", "monthly", M, "2025-09-24T18:31:00", "2025-09-24", "2025-10-23")
    case(1, "cobranca-duplicada-sp", LOB, "decided", [msg(
        "Thiago Moraes <thiago.moraes@moraesimoveis.com.br>", "cobrança em dobro",
        "Boa tarde pessoal\n\nVocês me cobraram duas vezes a mensalidade ontem, apareceram 2 lançamentos iguais no "
        "cartão. A segunda fatura é a lo-inv 80112. Consigo o estorno dessa?\n\nValeu\nThiago Moraes\n"
        "Moraes Imóveis | São Paulo - SP", "2025-09-25 15:10", "-03:00")],
        [D("refund", "approve", "1499.00")], clauses="L2, L3, L4, sect. 8 invoice refs",
        spec="Two paid monthly charges 2025-09-24 same period; request 2025-09-25 23:40 IST (day 1): refund the duplicate 1499.00 (L4).")

    cust("renata.lopes@lopesodonto.com.br", "Renata Lopes", "monthly", start="2025-09-10", end="2025-10-09")
    lopay("pt_l02a", "LO-INV-80121", "renata.lopes@lopesodonto.com.br", "monthly", M, "2025-09-10T21:00:00", "2025-09-10", "2025-10-09")
    lopay("pt_l02b", "LO-INV-80122", "renata.lopes@lopesodonto.com.br", "monthly", M, "2025-09-10T21:03:00", "2025-09-10", "2025-10-09")
    case(2, "dia-oito-bh", LOB, "decided", [msg(
        "Renata Lopes <renata.lopes@lopesodonto.com.br>", "Pagamento duplicado - LO-INV-80122",
        "Olá, boa noite.\nNo dia 10 fui cobrada duas vezes pela assinatura mensal (LO-INV-80121 e LO-INV-80122). "
        "Hoje é dia 17, então ainda estou dentro dos 7 dias da política. Peço o reembolso da cobrança repetida.\n\n"
        "Att,\nRenata Lopes\nLopes Odontologia - Belo Horizonte", "2025-09-17 22:00", "-03:00")],
        [D("refund", "deny")], clauses="L3, sect. 1 counting windows",
        spec="Charges 2025-09-10 IST; email 2025-09-17 22:00 -03:00 = 2025-09-18 06:30 IST, day 8 > 7: deny (L3).")

    cust("ines.carvalho@carvalhoarquitetos.pt", "Inês Carvalho", "quarterly", start="2025-09-15", end="2025-12-14")
    lopay("pt_l03a", "LO-INV-80131", "ines.carvalho@carvalhoarquitetos.pt", "quarterly", Q, "2025-09-15T20:00:00", "2025-09-15", "2025-12-14")
    lopay("pt_l03b", "LO-INV-80132", "ines.carvalho@carvalhoarquitetos.pt", "quarterly", Q, "2025-09-15T20:01:00", "2025-09-15", "2025-12-14")
    case(3, "dia-sete-lisboa", LOB, "decided", [msg(
        "Inês Carvalho <ines.carvalho@carvalhoarquitetos.pt>", "Débito em duplicado do plano trimestral",
        "Boa tarde,\n\nAo consultar o extrato bancário verifiquei que o plano trimestral me foi debitado duas vezes no "
        "dia 15 (3.999,00 + IVA cada). Faturas LO-INV-80131 e LO-INV-80132. Agradecia a devolução do segundo débito.\n\n"
        "Com os melhores cumprimentos,\nInês Carvalho\nCarvalho Arquitetos, Lda. · Lisboa", "2025-09-22 19:00", "+01:00")],
        [D("refund", "approve", "3999.00")], clauses="L3 (day 7 inside), L4",
        spec="Charges 2025-09-15 20:00 IST; email 2025-09-22 19:00 +01:00 = 23:30 IST 2025-09-22, day 7 inside: refund 3999.00 (L4).")

    cust("gui.nascimento@hotmail.com", "Guilherme Nascimento", "monthly", start="2025-09-20", end="2025-10-19")
    lopay("pt_l04", "LO-INV-80141", "gui.nascimento@hotmail.com", "monthly", M, "2025-09-20T19:00:00", "2025-09-20", "2025-10-19")
    case(4, "nao-uso-mais-rj", LOB, "decided", [msg(
        "Guilherme Nascimento <gui.nascimento@hotmail.com>", "reembolso",
        "fala galera, assinei pra um projeto de um cliente mas o cliente desistiu e eu nem cheguei a usar a ferramenta. "
        "dá pra devolver o valor desse mês? obg\n\nGui", "2025-09-23 10:20", "-03:00")],
        [D("refund", "deny")], clauses="L1",
        spec="Did not use it is not an L2 exception: refund deny, cancellation offered (L1); plan and invoice from the ledger.")

    cust("financeiro@quintadosol.pt", "Quinta do Sol", "annual", start="2025-09-18", end="2026-09-17")
    lopay("pt_l05", "LO-INV-80151", "financeiro@quintadosol.pt", "annual", A, "2025-09-18T14:30:00", "2025-09-18", "2026-09-17")
    case(5, "demasiado-caro-porto", LOB, "decided", [msg(
        "Financeiro Quinta do Sol <financeiro@quintadosol.pt>", "Pedido de reembolso - plano anual",
        "Exmos. Senhores,\n\nVimos por este meio solicitar o reembolso do plano anual (fatura LO-INV-80151), uma vez que "
        "a administração considera o valor demasiado elevado para o orçamento deste ano.\n\nSem outro assunto de momento,\n"
        "Sofia Pinto\nDepartamento Financeiro\nQuinta do Sol - Vinhos do Douro, Porto", "2025-09-22 09:45", "+01:00")],
        [D("refund", "deny")], clauses="L1",
        spec="'too expensive' is not an L2 exception: deny (L1).")

    cust("contato@docesdavo.com.br", "Doces da Vó", "monthly", start="2025-09-21", end="2025-10-20")
    lopay("pt_l06", "LO-INV-80161", "contato@docesdavo.com.br", "monthly", M, "2025-09-21T19:00:00", "2025-09-21", "2025-10-20")
    case(6, "nao-consigo-entrar-html-recife", LOB, "decided", [msg(
        "Doces da Vó <contato@docesdavo.com.br>", "Não consigo acessar",
        None, "2025-09-24 10:05", "-03:00", html=(
            "<html><body><div>Oi,</div><div><br></div><div>Desde domingo <b>não consigo fazer login</b>, aparece "
            "&quot;erro 500&quot; e já tentei no Chrome e no celular. Paguei dia 21 e não consegui usar nada. "
            "Se não resolverem quero meu dinheiro de volta.</div><div><br></div>"
            "<div>Abs<br>Joana<br>Doces da Vó - Recife/PE</div></body></html>"))],
        [D("refund", "escalate")], clauses="L2 access_failure, L6",
        spec="Cannot log in since Sunday, charge 2025-09-21, request 2025-09-24 (day 3): escalate (L6); HTML-only mail.")

    cust("rui.fernandes@fernandesconstrucoes.pt", "Rui Fernandes", "monthly", start="2025-09-26", end="2026-09-25")
    lopay("pt_l07", "LO-INV-80171", "rui.fernandes@fernandesconstrucoes.pt", "annual", A, "2025-09-26T13:00:00", "2025-09-26", "2026-09-25")
    case(7, "plano-errado-braga", LOB, "decided", [msg(
        "Rui Fernandes <rui.fernandes@fernandesconstrucoes.pt>", "Cobrança errada",
        "Bom dia,\n\nTenho contratado o plano mensal, contudo no dia 26 foi-me cobrado o plano anual (fatura "
        "LO-INV-80171), num valor muito superior. Trata-se de um erro de faturação. Solicito a devolução.\n\n"
        "Cumprimentos,\nRui Fernandes\nFernandes Construções, Braga", "2025-09-27 10:15", "+01:00")],
        [D("refund", "escalate")], clauses="L2 billing_error, L5",
        spec="Charged for the wrong plan inside 7 days (2025-09-26 -> 2025-09-27): escalate (L5), no amount.")

    cust("marcelo.becker@beckerauto.com.br", "Marcelo Becker", "monthly", status="cancelled", start="2025-09-19", end="2025-10-18")
    lopay("pt_l08", "LO-INV-80181", "marcelo.becker@beckerauto.com.br", "monthly", M, "2025-09-19T18:00:00", "2025-09-19", "2025-10-18")
    case(8, "cobrado-apos-cancelar-poa", LOB, "decided", [msg(
        "Marcelo Becker <marcelo.becker@beckerauto.com.br>", "Cobrança após cancelamento",
        "Bah, pessoal,\n\nCancelei a assinatura em agosto pelo painel e mesmo assim no dia 19 veio outra cobrança da "
        "mensalidade (LO-INV-80181). Quero o estorno disso o quanto antes.\n\nMarcelo\n--\nBecker Auto Peças · Porto Alegre",
        "2025-09-20 09:30", "-03:00")],
        [D("refund", "escalate")], clauses="L2 billing_error (charged after cancelling), L5",
        spec="Charged after cancelling, request day 1: escalate (L5).")

    cust("bia.costa.design@gmail.com", "Beatriz Costa", "monthly", status="trial", trial_ends="2025-10-05")
    case(9, "teste-gratis-sp", LOB, "decided", [msg(
        "Beatriz Costa <bia.costa.design@gmail.com>", "reembolso do teste",
        "Oi, tudo bem? To no período de teste grátis e sinceramente não curti a ferramenta. Queria o reembolso do "
        "teste, por favor.\nBjs\nBia", "2025-09-24 12:10", "-03:00")],
        [D("refund", "deny")], clauses="L7",
        spec="Trial account, no charges: deny, no billing unless they subscribe (L7).")

    cust("geral@pastelariabelem.pt", "Pastelaria Belém Nova", "quarterly", start="2025-09-01", end="2025-11-30")
    lopay("pt_l10", "LO-INV-80191", "geral@pastelariabelem.pt", "quarterly", Q, "2025-09-01T14:00:00", "2025-09-01", "2025-11-30")
    case(10, "cancelar-trimestral-lisboa", LOB, "decided", [msg(
        "Pastelaria Belém Nova <geral@pastelariabelem.pt>", "Cancelamento da subscrição",
        "Boa tarde, venho por este meio cancelar a subscrição trimestral. Vamos fechar a loja do Restelo e deixamos de "
        "fazer campanhas. Digam-me até quando a conta fica ativa, se faz favor.\n\nObrigado,\nJoaquim",
        "2025-09-25 16:00", "+01:00")],
        [D("cancellation", "cancel", eff="2025-11-30")], clauses="L8",
        spec="Cancel: active until current_period_end 2025-11-30 (L8).")

    cust("raimundo.amazonas@gmail.com", "Raimundo Souza", "monthly")
    lopay("pt_l11a", "LO-INV-80200", "raimundo.amazonas@gmail.com", "monthly", M, "2025-08-05T19:00:00", "2025-08-05", "2025-09-04")
    lopay("pt_l11b", "LO-INV-80201", "raimundo.amazonas@gmail.com", "monthly", M, "2025-09-05T19:00:00", "2025-09-05", "2025-10-04")
    case(11, "cancelar-sem-motivo-manaus", LOB, "decided", [msg(
        "Raimundo Souza <raimundo.amazonas@gmail.com>", "cancelar assinatura",
        "Boa tarde, favor cancelar minha assinatura mensal.\nGrato\n\nEnviado do meu Galaxy",
        "2025-09-29 14:00", "-04:00")],
        [D("cancellation", "cancel", eff="2025-10-04")], clauses="L8 fallback; LO cancellation needs no reason",
        spec="No current_period_end: last charge 2025-09-05 + 1 month - 1 day = 2025-10-04 (L8); reason not required for LO cancellations.")

    cust("adriana.prado@pradoeventos.com.br", "Adriana Prado", "annual", start="2025-06-10", end="2026-06-09")
    lopay("pt_l12", "LO-INV-80211", "adriana.prado@pradoeventos.com.br", "annual", A, "2025-06-10T18:00:00", "2025-06-10", "2026-06-09")
    case(12, "cancelar-e-proporcional-sp", LOB, "decided", [msg(
        "Adriana Prado <adriana.prado@pradoeventos.com.br>", "Cancelamento e reembolso proporcional",
        "Olá,\n\nQuero cancelar o plano anual. Migramos para outro CRM e não vamos mais utilizar. Também gostaria do "
        "reembolso proporcional dos meses que faltam até junho.\n\nAtenciosamente,\nAdriana Prado\nPrado Eventos",
        "2025-09-23 10:10", "-03:00")],
        [D("refund", "deny"), D("cancellation", "cancel", eff="2026-06-09")], clauses="L1, L3, L8",
        spec="Pro-rata of unused months is not refundable (L1; charge 2025-06-10 also outside 7 days); cancel until 2026-06-09 (L8).")

    cust("compras@mercadinhobomprecom.com.br", "Mercadinho Bom Preço", "monthly", start="2025-09-22", end="2025-10-21")
    lopay("pt_l13", "LO-INV-80221", "compras@mercadinhobomprecom.com.br", "monthly", M, "2025-09-22T18:00:00", "2025-09-22", "2025-10-21")
    case(13, "outro-email-salvador", LOB, "need_info", [msg(
        "Zé Carlos <zecarlos.ssa@gmail.com>", "Pagamento em dobro",
        "Boa tarde, to escrevendo do meu email pessoal. A conta é no compras@mercadinhobomprecom.com.br. Cobraram "
        "duas vezes esse mês, tem como devolver uma? Fatura LO-INV-80221.\n\nZé Carlos", "2025-09-24 13:00", "-03:00")],
        rules=["C2"], clauses="C2",
        spec="Sender is not the registered email named in the mail: ask to write from it, no account details (C2).")

    cust("direcao@ferragensdominho.pt", "Ferragens do Minho", "monthly", start="2025-09-23", end="2025-10-22")
    lopay("pt_l14", "LO-INV-80231", "direcao@ferragensdominho.pt", "monthly", M, "2025-09-23T14:00:00", "2025-09-23", "2025-10-22")
    case(14, "reencaminhada-applemail-pt", LOB, "need_info", [msg(
        "Secretariado <secretariado@ferragensdominho.pt>", "Fwd: débito duplicado LeadsOptima",
        "Bom dia, reencaminho o pedido do Eng. Barbosa.\n\nCumprimentos,\nMarta\n\n"
        "Início da mensagem reencaminhada:\n\nDe: Eng. Paulo Barbosa <direcao@ferragensdominho.pt>\n"
        "Assunto: débito duplicado LeadsOptima\nData: 23 de setembro de 2025 às 18:40:12 WEST\n"
        "Para: Secretariado <secretariado@ferragensdominho.pt>\n\nMarta, escreva à LeadsOptima: debitaram-nos a "
        "mensalidade duas vezes, a conta é a direcao@ferragensdominho.pt. Que devolvam uma.\n",
        "2025-09-24 09:00", "+01:00")],
        rules=["C2"], clauses="sect. 8 forwards, C2",
        spec="Forward (Apple Mail, Portuguese) names registered email direcao@..., sender is another address: C2.")

    cust("fiscal@agrocerrado.com.br", "AgroCerrado", "annual", start="2025-09-10", end="2026-09-09")
    lopay("pt_l15", "LO-INV-80241", "fiscal@agrocerrado.com.br", "annual", A, "2025-09-10T14:00:00", "2025-09-10", "2026-09-09")
    case(15, "nao-quero-reembolso-nf-go", LOB, "other", [msg(
        "Fiscal AgroCerrado <fiscal@agrocerrado.com.br>", "Dúvida fatura LO-INV-80241",
        "Boa tarde,\n\nDeixando claro que NÃO estamos pedindo reembolso nem cancelamento, o sistema atende bem. Só "
        "precisamos saber se vocês emitem nota fiscal com o CNPJ da empresa, porque a fatura LO-INV-80241 veio sem, "
        "e a contabilidade precisa pro fechamento.\n\nObrigado,\nSetor Fiscal - Goiânia", "2025-09-26 14:30", "-03:00")],
        clauses="sect. 8 negation",
        spec="Negated refund and cancellation, invoice question asks for nothing the policy decides: other.")

    case(16, "se-assinar-anual-pt", LOB, "other", [msg(
        "Duarte Sequeira <duarte.sequeira@sequeiraimobiliaria.pt>", "questão antes de subscrever",
        "Olá, estou a ponderar o plano anual. Se o pagar e ao fim de dois meses não me servir, devolvem-me o "
        "restante? Como funciona?\nObrigado\n\nDuarte Sequeira\nSequeira Imobiliária, Cascais", "2025-09-25 17:30", "+01:00")],
        clauses="sect. 8 hypotheticals",
        spec="Question before buying ('would I get a refund if...'): other.")

    cust("camila.rocha@rochanutri.com.br", "Camila Rocha", "monthly", start="2025-09-14", end="2025-10-13")
    lopay("pt_l17", "LO-INV-80251", "camila.rocha@rochanutri.com.br", "monthly", M, "2025-09-14T14:00:00", "2025-09-14", "2025-10-13")
    case(17, "obrigada-estorno-curitiba", LOB, "other", [msg(
        "Camila Rocha <camila.rocha@rochanutri.com.br>", "Re: Reembolso cobrança duplicada [LO-4412]",
        "Oii, o estorno já caiu no cartão! Muito obrigada pela agilidade, vocês são demais 😊\n\nCamila\n\n"
        "Em seg., 22 de set. de 2025 às 11:02, LeadsOptima Suporte <support@leadsoptima.com> escreveu:\n"
        "> Olá Camila, aprovamos o reembolso da cobrança duplicada.\n", "2025-09-29 12:00", "-03:00",
        headers={"In-Reply-To": "<LO-4412.r1@leadsoptima.com>", "References": "<LO-4412.r1@leadsoptima.com>"})],
        clauses="sect. 8 past events",
        spec="Thank-you after a refund, asks for nothing: other.")

    case(18, "ausencia-automatica-pt", LOB, "ignore", [msg(
        "Helena Marques <hmarques@grupomarques.pt>", "Resposta automática: Fatura de setembro",
        "Encontro-me ausente do escritório até 6 de outubro, com acesso limitado ao correio eletrónico. Para assuntos "
        "urgentes contacte contabilidade@grupomarques.pt.\n\nCumprimentos,\nHelena Marques",
        "2025-09-26 09:00", "+01:00", headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"})],
        rules=["C7"], clauses="C7", spec="Auto-Submitted: auto-replied out-of-office: ignore (C7).")

    cust("wagner.silva@silvatransportes.com.br", "Wagner Silva", "monthly", status="cancelled", start="2025-09-27", end="2025-10-26")
    lopay("pt_l19", "LO-INV-80261", "wagner.silva@silvatransportes.com.br", "monthly", M, "2025-09-27T17:00:00", "2025-09-27", "2025-10-26")
    case(19, "procon-chargeback-sp", LOB, "decided", [msg(
        "Wagner Silva <wagner.silva@silvatransportes.com.br>", "RECLAMAÇÃO - cobrança indevida",
        "Pedi o cancelamento mês passado e vocês me cobraram de novo dia 27 (LO-INV-80261). Quero o dinheiro de volta "
        "AGORA e cancelem tudo. Se não resolverem hoje vou abrir chargeback no cartão, registrar no Procon e meu "
        "advogado já está ciente.\n\nWagner Silva", "2025-09-28 10:30", "-03:00")],
        [D("refund", "escalate"), D("cancellation", "escalate")], rules=["C4"], clauses="C4 covers the whole case",
        spec="Chargeback/Procon/lawyer threat: both the refund and the cancellation escalate (C4, sect. 8).")

    cust("luciana.freitas@clinicafreitas.com.br", "Luciana Freitas", "monthly", start="2025-09-25", end="2025-10-24")
    lopay("pt_l20", "LO-INV-80271", "luciana.freitas@clinicafreitas.com.br", "monthly", M, "2025-09-25T14:00:00", "2025-09-25", "2025-10-24")
    case(20, "sem-motivo-assinatura-bsb", LOB, "need_info", [msg(
        "Luciana Freitas <luciana.freitas@clinicafreitas.com.br>", "Solicitação de reembolso",
        "Prezados, bom dia!\n\nVenho por meio deste solicitar o reembolso do meu último pagamento.\nFico no aguardo "
        "de um retorno.\n\nAtenciosamente,\n\nLuciana Freitas\nDiretora | Clínica Freitas\n(61) 3333-4444 · Brasília/DF\n\n"
        "AVISO LEGAL: Esta mensagem pode conter informações confidenciais e/ou privilegiadas. Se você não for o "
        "destinatário, favor apagá-la e avisar o remetente.", "2025-09-26 10:00", "-03:00")],
        missing=["reason"], clauses="sect. 8 what a reason is, C3",
        spec="Restated request, courtesy line, signature and 'aviso legal' are not reasons: need_info reason; plan and invoice from the ledger (one charge).")

    cust("nuno.teixeira@teixeiratech.pt", "Nuno Teixeira", "monthly", start="2025-09-25", end="2025-10-24")
    lopay("pt_l21a", "LO-INV-80281", "nuno.teixeira@teixeiratech.pt", "monthly", M, "2025-09-25T16:00:00", "2025-09-25", "2025-10-24")
    lopay("pt_l21b", "LO-INV-80282", "nuno.teixeira@teixeiratech.pt", "monthly", M, "2025-09-25T16:01:00", "2025-09-25", "2025-10-24")
    case(21, "fio-responde-motivo-coimbra", LOB, "decided", [
        msg("Nuno Teixeira <nuno.teixeira@teixeiratech.pt>", "devolução de pagamento",
            "Boas, queria a devolução do pagamento deste mês, por favor.\nNuno", "2025-09-26 09:10", "+01:00"),
        msg("Nuno Teixeira <nuno.teixeira@teixeiratech.pt>", "Re: devolução de pagamento [LO-5120]",
            "Claro: o motivo é que o cartão foi debitado duas vezes no dia 25, a fatura repetida é a LO-INV-80282.\n\n"
            "Nuno\n\nA 26/09/2025, LeadsOptima Suporte escreveu:\n> Para continuar precisamos do motivo do seu pedido.\n",
            "2025-09-27 11:00", "+01:00")],
        [D("refund", "approve", "1499.00")], clauses="C3 thread merge, L4",
        spec="Reply gives the reason (debited twice) and the duplicate invoice; request time = first mail 2025-09-26 IST (day 1): approve 1499.00.")

    cust("padaria.paodequeijo@gmail.com", "Padaria Pão de Queijo", "monthly", start="2025-09-23", end="2025-10-22")
    for i, t in enumerate(["18:00", "18:01", "18:03"]):
        lopay(f"pt_l22{i}", f"LO-INV-8029{i + 1}", "padaria.paodequeijo@gmail.com", "monthly", M, f"2025-09-23T{t}:00", "2025-09-23", "2025-10-22")
    case(22, "tres-cobrancas-mg", LOB, "decided", [msg(
        "Padaria Pão de Queijo <padaria.paodequeijo@gmail.com>", "cobraram 3 vezes",
        "oi gente vieram 3 cobranças iguais de 1.499 no mesmo dia terça 23, as faturas LO-INV-80292 e LO-INV-80293 "
        "são as que sobraram preciso que devolvam essas duas pfv\n\nabraço Dona Cida", "2025-09-24 18:20", "-03:00")],
        [D("refund", "approve", "2998.00")], clauses="sect. 8 three identical charges, L4",
        spec="Three identical charges 2025-09-23, request day 2 (2025-09-25 02:50 IST): charges 2 and 3 refunded, 2 x 1499.00 = 2998.00.")

    cust("tiago.reis@reisadvisory.pt", "Tiago Reis", "monthly", start="2025-09-22", end="2025-10-21")
    lopay("pt_l23", "LO-INV-80301", "tiago.reis@reisadvisory.pt", "monthly", M, "2025-09-22T14:00:00", "2025-09-22", "2025-10-21")
    case(23, "duplicado-sem-par-pt", LOB, "decided", [msg(
        "Tiago Reis <tiago.reis@reisadvisory.pt>", "Débito duplicado",
        "Bom dia,\nNo cartão aparecem-me dois movimentos da LeadsOptima este mês, parece que me cobraram duas vezes. "
        "Fatura LO-INV-80301. Podem verificar e devolver o duplicado?\nObrigado,\nTiago Reis", "2025-09-24 09:40", "+01:00")],
        [D("refund", "escalate")], clauses="L4 (no pair in the ledger)",
        spec="Duplicate claimed but the ledger has one charge: escalate (L4).")

    cust("diretoria@laticiniosserrana.com.br", "Laticínios Serrana", "annual", start="2025-09-28", end="2026-09-27")
    lopay("pt_l24a", "LO-INV-80311", "diretoria@laticiniosserrana.com.br", "annual", A, "2025-09-28T19:00:00", "2025-09-28", "2026-09-27")
    lopay("pt_l24b", "LO-INV-80312", "diretoria@laticiniosserrana.com.br", "annual", A, "2025-09-28T19:04:00", "2025-09-28", "2026-09-27")
    case(24, "debito-dobrado-valor-sc", LOB, "decided", [msg(
        "Diretoria Laticínios Serrana <diretoria@laticiniosserrana.com.br>", "Débito em dobro plano anual",
        "Boa noite. Foram debitados duas vezes Rs 11.988,00 (mais impostos) referentes ao plano anual no domingo. "
        "O segundo débito corresponde à fatura LO/INV/80312. Solicitamos a devolução desse valor no mesmo cartão.\n\n"
        "Atenciosamente,\nDiretoria - Lages/SC", "2025-09-29 20:15", "-03:00")],
        [D("refund", "approve", "11988.00")], clauses="L4, sect. 8 amounts and references as people write them, C6",
        spec="Two annual charges 2025-09-28; request 2025-09-30 04:45 IST (day 2): refund 11988.00 before tax.")

    cust("felipe.araujo@araujofotos.com.br", "Felipe Araújo", "monthly", start="2025-09-01", end="2025-09-30")
    lopay("pt_l25", "LO-INV-80321", "felipe.araujo@araujofotos.com.br", "monthly", M, "2025-09-01T18:00:00", "2025-09-01", "2025-09-30")
    case(25, "sem-acesso-fora-prazo-sp", LOB, "decided", [msg(
        "Felipe Araújo <felipe.araujo@araujofotos.com.br>", "sem acesso",
        "nao consigo entrar na minha conta o mes inteiro a pagina fica so carregando quero meu reembolso de setembro\n\n"
        "Felipe Araújo Fotografia", "2025-09-20 11:00", "-03:00")],
        [D("refund", "deny")], clauses="L2 access_failure, L3",
        spec="Charge 2025-09-01, request 2025-09-20 (day 19 > 7): deny (L3).")

    case(26, "newsletter-lista", LOB, "ignore", [msg(
        "Comunidade Growth Brasil <newsletter@growthbrasil.com.br>", "Newsletter: como pedir reembolso de um SaaS",
        "Nesta edição: 5 passos para pedir reembolso ou cancelar uma assinatura sem dor de cabeça.\n\n"
        "Para sair desta lista, clique em descadastrar.", "2025-09-25 07:00", "-03:00",
        to="info@leadsoptima.com", headers={"List-Id": "Growth Brasil <news.growthbrasil.com.br>",
                                             "Precedence": "bulk", "List-Unsubscribe": "<mailto:sair@growthbrasil.com.br>"})],
        rules=["C7"], clauses="C7", spec="Mailing list (List-Id, Precedence: bulk): ignore (C7).")

    cust("marta.lobo@lobomoda.pt", "Marta Lobo", "monthly", start="2025-09-12", end="2025-10-11")
    lopay("pt_l27", "LO-INV-80331", "marta.lobo@lobomoda.pt", "monthly", M, "2025-09-12T14:00:00", "2025-09-12", "2025-10-11")
    case(27, "passado-exportar-acores", LOB, "other", [msg(
        "Marta Lobo <marta.lobo@lobomoda.pt>", "Dúvida exportar contactos",
        "Olá! No mês passado devolveram-me um débito em duplicado e ficou tudo resolvido, obrigada. Agora outra "
        "questão: como exporto os leads para Excel? Não encontro o botão.\n\nBeijinhos, Marta\nPonta Delgada",
        "2025-09-26 15:00", "+00:00")],
        clauses="sect. 8 past events",
        spec="A past refund mentioned; the request is a how-to question: other.")

    cust("rodrigo.menezes@menezesadvocacia.com.br", "Rodrigo Menezes", "annual", start="2025-03-15", end="2026-03-14")
    lopay("pt_l28", "LO-INV-80341", "rodrigo.menezes@menezesadvocacia.com.br", "annual", A, "2025-03-15T14:00:00", "2025-03-15", "2026-03-14")
    case(28, "ditado-celular-rj", LOB, "decided", [msg(
        "Rodrigo Menezes <rodrigo.menezes@menezesadvocacia.com.br>", "cancelar",
        "oi bom dia quero cancelar o plano anual pra não renovar em março obrigado\n\nEnviado do meu iPhone",
        "2025-09-27 09:05", "-03:00")],
        [D("cancellation", "cancel", eff="2026-03-14")], clauses="L8",
        spec="Cancel annual: active until current_period_end 2026-03-14 (L8). A law firm's domain is no legal threat.")

    cust("pedro.antunes@antunesmoveis.pt", "Pedro Antunes", "monthly", start="2025-09-12", end="2025-10-11")
    lopay("pt_l29", "LO-INV-80351", "pedro.antunes@antunesmoveis.pt", "monthly", M, "2025-09-12T14:00:00", "2025-09-12", "2025-10-11")
    case(29, "nao-quero-reembolso-cancelem-pt", LOB, "decided", [msg(
        "Pedro Antunes <pedro.antunes@antunesmoveis.pt>", "cancelamento",
        "Boas, não quero reembolso nenhum, só cancelem para não me cobrarem o próximo mês. Já contratámos outro "
        "sistema.\nObrigado", "2025-09-28 10:00", "+01:00")],
        [D("cancellation", "cancel", eff="2025-10-11")], clauses="sect. 8 negation, L8",
        spec="'não quero reembolso' adds no refund; cancel until current_period_end 2025-10-11.")

    cust("julia.ramos@ramosyoga.com.br", "Júlia Ramos", "monthly", start="2025-09-26", end="2025-10-25")
    lopay("pt_l30a", "LO-INV-80361", "julia.ramos@ramosyoga.com.br", "monthly", M, "2025-09-26T17:00:00", "2025-09-26", "2025-10-25")
    lopay("pt_l30b", "LO-INV-80362", "julia.ramos@ramosyoga.com.br", "monthly", M, "2025-09-26T17:01:00", "2025-09-26", "2025-10-25", status="refunded")
    case(30, "duplicado-ja-estornado-fln", LOB, "decided", [msg(
        "Júlia Ramos <julia.ramos@ramosyoga.com.br>", "cobrança duplicada LO-INV-80362",
        "Olá! Fui cobrada duas vezes no dia 26, a segunda é a LO-INV-80362. Podem estornar?\nNamastê 🙏\nJúlia\n"
        "Ramos Yoga - Florianópolis", "2025-09-27 08:30", "-03:00")],
        [D("refund", "escalate")], clauses="sect. 8 payments not paid, L4",
        spec="The named duplicate is already 'refunded' in the ledger (only one paid charge): escalate, never approve.")

    # ---------------- Optima WebDesign ----------------
    proj("Loja Café Mantiqueira", "contato@cafemantiqueira.com.br")
    owpay("pt_o01", "OWD-2025-401", "Loja Café Mantiqueira", "deposit", "25000.00", "4500.00", "2025-09-22T18:00:00")
    case(31, "sinal-48h-mg", OWB, "decided", [msg(
        "Café Mantiqueira <contato@cafemantiqueira.com.br>", "Refund Request — Loja Café Mantiqueira",
        "Bom dia,\n\nNa segunda pagamos o sinal da loja virtual (Loja Café Mantiqueira). Meu sócio decidiu que este ano "
        "não vamos vender online, então solicitamos a devolução do sinal. Ainda não tivemos nenhuma reunião com vocês.\n\n"
        "Obrigado,\nAndré Vilela\nCafé Mantiqueira - Sul de Minas", "2025-09-24 09:30", "-03:00")],
        [D("refund", "approve", "25000.00")], clauses="O2, sect. 1 (invoice filled: one payment)",
        spec="Deposit 2025-09-22 18:00 IST, request 2025-09-24 18:00 IST (48 h), no work: approve 25000.00 before tax (O2, C6).")

    proj("Clínica Dentária Alvalade", "administracao@clinicaalvalade.pt")
    owpay("pt_o02", "OWD-2025-402", "Clínica Dentária Alvalade", "deposit", "30000.00", "6900.00", "2025-09-15T14:30:00")
    case(32, "sinal-72h-exatas-lisboa", OWB, "decided", [msg(
        "Administração Clínica Alvalade <administracao@clinicaalvalade.pt>", "Devolução do sinal - site da clínica",
        "Bom dia,\n\nNa segunda-feira, dia 15, pagámos o sinal (OWD-2025-402) para o site da Clínica Dentária Alvalade. "
        "O Dr. Matos decidiu entregar o site a um familiar, pelo que solicitamos a devolução. Julgamos estar dentro das "
        "72 horas.\n\nCom os melhores cumprimentos,\nA Administração", "2025-09-18 10:00", "+01:00")],
        [D("refund", "deny")], clauses="O2, sect. 8 exactly 72 hours",
        spec="Paid 2025-09-15 14:30 IST; email 10:00 +01:00 on 2025-09-18 = 14:30 IST: exactly 72 h is not before 72 h: deny.")

    proj("Oficina Irmãos Batista", "oficina.irmaosbatista@gmail.com", "2025-09-23T20:00:00")
    owpay("pt_o03", "OWD-2025-403", "Oficina Irmãos Batista", "deposit", "12000.00", "2160.00", "2025-09-23T17:00:00")
    case(33, "sinal-trabalho-iniciado-go", OWB, "decided", [msg(
        "Oficina Irmãos Batista <oficina.irmaosbatista@gmail.com>", "reembolso do sinal",
        "bom dia, ontem pagamos o sinal do site da Oficina Irmãos Batista mas meu irmão achou alguém mais barato, "
        "então queremos o reembolso do sinal. obrigado", "2025-09-24 08:00", "-03:00")],
        [D("refund", "deny")], clauses="O2 (work started first)",
        spec="Paid 2025-09-23 17:00 IST, work started 20:00 the same day, request 2025-09-24 16:30 IST: within 72 h but after work began: deny.")

    proj("Herdade Monte Branco", "geral@herdademontebranco.pt")
    owpay("pt_o04", "OWD-2025-404", "Herdade Monte Branco", "discovery", "15000.00", "3450.00", "2025-09-19T14:00:00")
    case(34, "discovery-sem-sessao-alentejo", OWB, "decided", [msg(
        "Herdade Monte Branco <geral@herdademontebranco.pt>", "Anular fase de estratégia e reembolso",
        "Caros,\n\nPagámos a fase de descoberta/estratégia da Herdade Monte Branco (fatura OWD-2025-404). Com as vindimas "
        "não vamos conseguir dedicar-lhe tempo este ano, por isso preferimos não avançar. Ainda não houve qualquer "
        "sessão. Solicitamos o reembolso.\n\nCumprimentos,\nMariana Sousa\nÉvora", "2025-09-22 11:00", "+01:00")],
        [D("refund", "approve", "15000.00")], clauses="O1",
        spec="Discovery fee, no session or deliverable started: refund in full 15000.00 (O1).")

    proj("Imobiliária Boa Viagem", "vendas@imobboaviagem.com.br", "2025-09-12T19:00:00")
    owpay("pt_o05", "OWD-2025-405", "Imobiliária Boa Viagem", "discovery", "18000.00", "3240.00", "2025-09-10T18:00:00")
    case(35, "discovery-com-sessao-recife", OWB, "decided", [msg(
        "Vendas Imobiliária Boa Viagem <vendas@imobboaviagem.com.br>", "Reembolso workshop de estratégia OWD-2025-405",
        "Boa tarde,\nFizemos a primeira sessão de estratégia no dia 12 mas sinceramente não acrescentou nada. Queremos o "
        "reembolso da consultoria da Imobiliária Boa Viagem.\nAbs,\nPatrícia Vasconcelos", "2025-09-20 16:00", "-03:00")],
        [D("refund", "deny")], clauses="O1",
        spec="Discovery session already held (work_started 2025-09-12): deny (O1).")

    proj("Escritório Contábil Paz", "escritorio@contabilpaz.com.br", "2025-08-01T18:00:00")
    owpay("pt_o06a", "OWD-2025-461", "Escritório Contábil Paz", "milestone", "40000.00", "7200.00", "2025-08-01T18:00:00", milestone_status="approved")
    owpay("pt_o06b", "OWD-2025-462", "Escritório Contábil Paz", "milestone", "32500.00", "5850.00", "2025-09-05T18:00:00", milestone_status="not_started")
    case(36, "marco-nao-iniciado-sp", OWB, "decided", [msg(
        "Escritório Contábil Paz <escritorio@contabilpaz.com.br>", "Devolução etapa 2 - Escritório Contábil Paz",
        "Boa tarde,\n\nSobre o projeto Escritório Contábil Paz: a etapa 2 (portal do cliente, fatura OWD-2025-462) foi "
        "paga adiantada, mas decidimos não fazer o portal porque o sistema da contabilidade já resolve. Como vocês ainda "
        "não começaram essa parte, peço a devolução desse pagamento.\n\nAtt,\nHenrique Paz, contador", "2025-09-23 15:00", "-03:00")],
        [D("refund", "approve", "32500.00")], clauses="O3",
        spec="Milestone OWD-2025-462 not_started: refund its amount 32500.00 before tax (O3).")

    proj("Academia de Línguas Sol", "direcao@linguassol.pt", "2025-08-20T14:00:00")
    owpay("pt_o07a", "OWD-2025-471", "Academia de Línguas Sol", "milestone", "35000.00", "8050.00", "2025-08-20T14:00:00", milestone_status="completed")
    owpay("pt_o07b", "OWD-2025-472", "Academia de Línguas Sol", "milestone", "28000.00", "6440.00", "2025-09-10T14:00:00", milestone_status="in_progress")
    case(37, "marco-em-curso-porto", OWB, "decided", [msg(
        "Direção Academia Sol <direcao@linguassol.pt>", "Pedido de reembolso marco OWD-2025-472",
        "Olá,\n\nQuanto ao projeto Academia de Línguas Sol: o marco da plataforma de marcações (OWD-2025-472) está a "
        "avançar muito devagar e decidimos reduzir o âmbito. Queremos o reembolso desse marco.\n\nCumprimentos,\nElena Sá",
        "2025-09-25 12:00", "+01:00")],
        [D("refund", "escalate")], clauses="O3 in_progress",
        spec="Milestone in_progress: escalate (O3 interp.), no amount.")

    proj("Confeitaria Rosa Doce", "confeitaria.rosadoce@hotmail.com", "2025-08-05T18:00:00")
    owpay("pt_o08a", "OWD-2025-481", "Confeitaria Rosa Doce", "milestone", "22000.00", "3960.00", "2025-08-05T18:00:00", milestone_status="approved")
    owpay("pt_o08b", "OWD-2025-482", "Confeitaria Rosa Doce", "milestone", "18000.00", "3240.00", "2025-09-01T18:00:00", milestone_status="in_progress")
    case(38, "marco-aprovado-ba", OWB, "decided", [msg(
        "Confeitaria Rosa Doce <confeitaria.rosadoce@hotmail.com>", "devolução do layout",
        "Oi boa tarde, queremos a devolução da primeira etapa do projeto Confeitaria Rosa Doce (OWD-2025-481), o "
        "layout não agradou mais, a gente aprovou na correria.\nObrigada\nRosa", "2025-09-22 17:00", "-03:00")],
        [D("refund", "deny")], clauses="O3 approved, O6",
        spec="Milestone OWD-2025-481 approved: deny (O3, O6 approved milestones).")

    proj("Agência Viagens Nordeste", "adm@viagensnordeste.com.br", "2025-06-15T18:00:00")
    owpay("pt_o09", "OWD-2025-409", "Agência Viagens Nordeste", "retainer", "20000.00", "3600.00", "2025-09-15T18:00:00",
          period_start="2025-09-15", period_end="2025-10-14", next_billing_at="2025-10-15T00:00:00")
    case(39, "retainer-aviso-ok-fortaleza", OWB, "decided", [msg(
        "Adm Viagens Nordeste <adm@viagensnordeste.com.br>", "Cancelamento plano mensal de redes",
        "Boa tarde,\n\nInformamos que queremos cancelar o plano mensal da Agência Viagens Nordeste (OWD-2025-409). A "
        "partir de outubro as redes sociais vão ser tocadas por uma funcionária nossa.\n\nAtenciosamente,\nLívia Mendes",
        "2025-09-25 14:00", "-03:00")],
        [D("cancellation", "cancel", eff="2025-10-14")], clauses="O4, O8",
        spec="Notice 2025-09-25 22:30 IST <= 2025-10-15 - 7 = 2025-10-08: no renewal, effective 2025-10-14 (O4).")

    proj("Drogaria Atlântico", "drogaria.atlantico@sapo.pt", "2025-05-01T14:00:00")
    owpay("pt_o10", "OWD-2025-410", "Drogaria Atlântico", "retainer", "16000.00", "3680.00", "2025-09-01T14:00:00",
          period_start="2025-09-01", period_end="2025-09-30", next_billing_at="2025-10-01T00:00:00")
    case(40, "retainer-aviso-curto-setubal", OWB, "decided", [msg(
        "Drogaria Atlântico <drogaria.atlantico@sapo.pt>", "fim da manutenção mensal",
        "Boa tarde. Queremos terminar o plano mensal da Drogaria Atlântico (fatura OWD-2025-410), porque vamos fechar a "
        "loja online no fim do ano. Obrigado\n\nAmílcar Neves\nSetúbal", "2025-09-26 10:00", "+01:00")],
        [D("cancellation", "cancel", eff="2025-10-31")], clauses="O4 less than 7 days' notice",
        spec="Next billing 2025-10-01; notice 2025-09-26 > 2025-09-24: October is billed, effective 2025-10-31 (O4).")

    proj("Colégio Monte Alegre", "secretaria@colegiomontealegre.com.br", "2025-04-05T18:00:00")
    owpay("pt_o11", "OWD-2025-411", "Colégio Monte Alegre", "retainer", "14000.00", "2520.00", "2025-09-05T18:00:00",
          period_start="2025-09-05", period_end="2025-10-04", next_billing_at="2025-10-05T00:00:00")
    case(41, "retainer-sete-dias-exatos-campinas", OWB, "decided", [msg(
        "Secretaria Colégio Monte Alegre <secretaria@colegiomontealegre.com.br>", "Cancelamento do serviço mensal",
        "Prezados senhores da Optima,\n\nPor decisão da diretoria, o Colégio Monte Alegre encerrará o serviço mensal de "
        "manutenção do site (OWD-2025-411), pois o colégio vai contratar uma plataforma educacional completa.\n\n"
        "Atenciosamente,\nProfa. Gláucia Paredes\nSecretária", "2025-09-28 10:00", "-03:00")],
        [D("cancellation", "cancel", eff="2025-10-04")], clauses="O4, sect. 1 '7 days' notice'",
        spec="Next billing 2025-10-05, minus 7 = 2025-09-28; request 2025-09-28 18:30 IST, on that date: no renewal, effective 2025-10-04.")

    proj("Adega Vinho Verde Ponte", "info@adegaponte.pt", "2025-03-01T14:00:00")
    owpay("pt_o12a", "OWD-2025-412", "Adega Vinho Verde Ponte", "retainer", "20000.00", "4600.00", "2025-09-01T14:00:00",
          period_start="2025-09-01", period_end="2025-09-30")
    owpay("pt_o12b", "OWD-2025-490", "Adega Vinho Verde Ponte", "retainer", "20000.00", "4600.00", "2025-09-20T14:00:00",
          period_start="2025-10-01", period_end="2025-10-31", next_billing_at="2025-11-01T00:00:00")
    case(42, "retainer-pago-adiantado-minho", OWB, "decided", [msg(
        "Adega Vinho Verde Ponte <info@adegaponte.pt>", "Cancelar manutenção mensal",
        "Olá,\n\nQueremos cancelar a manutenção mensal da Adega Vinho Verde Ponte. Vendemos a adega e os novos donos têm "
        "a sua própria agência. Atenção que outubro já foi pago adiantado (OWD-2025-490).\n\nCumprimentos,\nAurélio",
        "2025-09-22 10:00", "+01:00")],
        [D("cancellation", "escalate")], extra_ok=True, clauses="O4, sect. 8 retainer paid in advance",
        spec="Next cycle (October) already paid, notice >= 7 days: cancellation escalated (sect. 8).")

    proj("Consultório Dra. Mendes", "dra.mendes.consultorio@gmail.com")
    owpay("pt_o13", "OWD-2025-413", "Consultório Dra. Mendes", "hosting_annual", "14000.00", "2520.00", "2025-09-09T18:00:00",
          setup_fee="1000.00", service_start="2025-09-10")
    case(43, "hosting-14-dias-arredonda-rj", OWB, "decided", [msg(
        "Dra. Paula Mendes <dra.mendes.consultorio@gmail.com>", "Cancelar hospedagem e reembolso",
        "Boa tarde.\n\nContratei a hospedagem anual para o Consultório Dra. Mendes há poucos dias, mas a clínica onde "
        "atendo já oferece site incluso, então não preciso mais. Gostaria de cancelar e receber o reembolso do que for "
        "devido.\n\nDra. Paula Mendes\nCRM-RJ 123456", "2025-09-20 12:00", "-03:00")],
        [D("refund", "approve", "11916.67")], extra_ok=True, clauses="O5, C6 rounding",
        spec="Hosting 14000.00 incl. setup 1000.00, start 2025-09-10, request 2025-09-20 (day 10): 14000-1000-13000/12 = 11916.666.. -> 11916.67 (O5, C6).")

    proj("Livraria Bertrand Chiado Pequena", "livraria.chiadopequena@gmail.com")
    owpay("pt_o14", "OWD-2025-414", "Livraria Bertrand Chiado Pequena", "hosting_annual", "12000.00", "2760.00", "2025-08-30T14:00:00",
          setup_fee="1200.00", service_start="2025-09-01")
    case(44, "alojamento-fora-prazo-lisboa", OWB, "decided", [msg(
        "Livraria Chiado Pequena <livraria.chiadopequena@gmail.com>", "Cancelar alojamento + reembolso",
        "Boas, queremos cancelar o alojamento anual da Livraria Bertrand Chiado Pequena (OWD-2025-414) e que nos "
        "devolvam a parte não usada. Passámos para a Shopify, que já inclui o alojamento.\nCumprimentos", "2025-09-20 10:00", "+01:00")],
        [D("refund", "deny")], extra_ok=True, clauses="O5 after 14 days",
        spec="Service start 2025-09-01, request 2025-09-20 (day 19 > 14): deny (O5).")

    proj("Pousada Maré Alta", "reservas@pousadamarealta.com.br")
    owpay("pt_o15", "OWD-2025-415", "Pousada Maré Alta", "maintenance_annual", "30000.00", "5400.00", "2025-09-24T18:00:00",
          setup_fee="3000.00", service_start="2025-10-01")
    case(45, "manutencao-antes-inicio-paraty", OWB, "decided", [msg(
        "Reservas Pousada Maré Alta <reservas@pousadamarealta.com.br>", "Reembolso plano de manutenção anual",
        "Bom dia,\nA pousada foi vendida e os novos donos não vão continuar com o site. Por favor cancelem a manutenção "
        "anual da Pousada Maré Alta (OWD-2025-415), que nem começou ainda, e nos reembolsem.\nCordialmente,\nSérgio Lima",
        "2025-09-26 09:00", "-03:00")],
        [D("refund", "approve", "24750.00")], extra_ok=True, clauses="O5, sect. 8 O5 before the service starts",
        spec="Not started yet: consumed_months 1; 30000 - 3000 - 27000/12 x 1 = 24750.00 (O5).")

    proj("Cabeleireiro Nádia", "cabeleireironadia@gmail.com", "2025-07-01T14:00:00")
    owpay("pt_o16", "OWD-2025-416", "Cabeleireiro Nádia", "third_party", "3500.00", "805.00", "2025-09-21T14:00:00")
    case(46, "licenca-plugin-porto", OWB, "decided", [msg(
        "Nádia Ferreira <cabeleireironadia@gmail.com>", "devolução licença",
        "Olá! Cobraram-me a licença do plugin de marcações premium do Cabeleireiro Nádia (OWD-2025-416) mas afinal uso a "
        "app gratuita do telemóvel. Podem devolver?\nBeijinhos, Nádia", "2025-09-23 19:00", "+01:00")],
        [D("refund", "deny")], clauses="O6 third_party",
        spec="Premium plugin licence (third_party) is never refundable: deny (O6).")

    proj("Restaurante Sabor Mineiro", "gerencia@sabormineiro.com.br", "2025-08-15T18:00:00")
    owpay("pt_o17", "OWD-2025-417", "Restaurante Sabor Mineiro", "setup", "5000.00", "900.00", "2025-09-18T18:00:00")
    case(47, "taxa-ativacao-bh", OWB, "decided", [msg(
        "Gerência Sabor Mineiro <gerencia@sabormineiro.com.br>", "Taxa de ativação OWD-2025-417",
        "Boa noite, cobraram uma taxa de ativação/configuração do Restaurante Sabor Mineiro e achamos isso abusivo, "
        "ninguém falou dessa taxa na proposta. Solicitamos a devolução.\nAbraços", "2025-09-22 20:00", "-03:00")],
        [D("refund", "deny")], clauses="O6 setup",
        spec="Setup/activation fee never refundable: deny (O6).")

    proj("Ginásio Titã", "ginasiotita.braga@gmail.com")
    owpay("pt_o18", "OWD-2025-418", "Ginásio Titã", "deposit", "15000.00", "3450.00", "2025-09-25T16:00:00")
    case(48, "advogado-banco-braga", OWB, "decided", [msg(
        "Ginásio Titã <ginasiotita.braga@gmail.com>", "EXIJO O REEMBOLSO",
        "Ontem paguei o sinal do site do Ginásio Titã e hoje descubro que o meu sócio já tinha contratado outra agência. "
        "Quero o dinheiro devolvido hoje, caso contrário vou contestar o pagamento junto do banco e entrego o assunto ao "
        "meu advogado.\n\nArtur Gomes", "2025-09-26 09:00", "+01:00")],
        [D("refund", "escalate")], rules=["C4"], clauses="C4",
        spec="Would be an O2 approval (21.5 h, no work), but a bank-dispute and lawyer threat escalates (C4).")

    proj("Turismo Chapada Diamantina", "operacoes@chapadaturismo.com.br")
    owpay("pt_o19", "OWD-2025-419", "Turismo Chapada Diamantina", "deposit", "20000.00", "3600.00", "2025-09-25T18:00:00")
    case(49, "email-pessoal-ba", OWB, "need_info", [msg(
        "Felipe Vargas <felipe.vargas.ba@gmail.com>", "Devolução do sinal Chapada",
        "Oi, to escrevendo do meu email pessoal porque não tenho acesso ao da empresa. O contrato está no "
        "operacoes@chapadaturismo.com.br. Queremos a devolução do sinal do Turismo Chapada Diamantina (OWD-2025-419), "
        "mudamos os planos.\nAbs\nFelipe", "2025-09-26 11:00", "-03:00")],
        rules=["C2"], clauses="C2",
        spec="Optima requires the mail to come from the contract email: ask to write from it (C2).")

    proj("Ótica Baixa", "oticabaixa@netcabo.pt")
    owpay("pt_o20", "OWD-2025-420", "Ótica Baixa", "deposit", "10000.00", "2300.00", "2025-09-26T14:00:00")
    case(50, "sem-motivo-aviso-lisboa", OWB, "need_info", [msg(
        "Ótica Baixa <oticabaixa@netcabo.pt>", "Pedido de devolução do sinal",
        "Exmos. Senhores,\n\nVenho por este meio solicitar a devolução do sinal pago relativo ao projeto Ótica Baixa.\n"
        "Aguardo resposta.\n\nCom os melhores cumprimentos,\nGraça Gomes\nÓtica Baixa - Rua Augusta, Lisboa\n\n"
        "Esta mensagem e quaisquer anexos são confidenciais e destinam-se exclusivamente ao destinatário. Se a recebeu "
        "por engano, por favor elimine-a.", "2025-09-26 16:00", "+01:00")],
        missing=["reason"], clauses="sect. 8 what a reason is, C3, sect. 1",
        spec="No reason (restatement, courtesy, signature, disclaimer): need_info reason; invoice filled (project has one payment).")

    proj("Escola de Surf Itacaré", "contato@surfitacare.com.br", "2025-04-01T18:00:00")
    owpay("pt_o21", "OWD-2025-421", "Escola de Surf Itacaré", "retainer", "12000.00", "2160.00", "2025-09-10T18:00:00",
          period_start="2025-09-10", period_end="2025-10-09", next_billing_at="2025-10-10T00:00:00")
    case(51, "cancelar-sem-motivo-ba", OWB, "need_info", [msg(
        "Escola de Surf Itacaré <contato@surfitacare.com.br>", "Cancelamento",
        "Olá equipe,\n\nEscrevemos para cancelar o plano mensal da Escola de Surf Itacaré (OWD-2025-421).\n\n"
        "Muito obrigado por tudo, abraço!\nCaio", "2025-09-24 10:00", "-03:00")],
        missing=["reason"], clauses="sect. 8 Optima requires a reason for cancellations",
        spec="Optima cancellation without a reason: need_info reason (sect. 8).")

    proj("Clínica Veterinária Patinhas", "geral@vetpatinhas.pt", "2025-05-01T14:00:00")
    owpay("pt_o22", "OWD-2025-422", "Clínica Veterinária Patinhas", "retainer", "15000.00", "3450.00", "2025-09-20T14:00:00",
          period_start="2025-09-20", period_end="2025-10-19", next_billing_at="2025-10-20T00:00:00")
    case(52, "fio-cancelamento-faro", OWB, "decided", [
        msg("Clínica Veterinária Patinhas <geral@vetpatinhas.pt>", "cancelar plano mensal Clínica Veterinária Patinhas",
            "Boa tarde, precisamos de cancelar o plano mensal da Clínica Veterinária Patinhas, fatura OWD-2025-422.\n"
            "Obrigada.", "2025-09-24 15:00", "+01:00"),
        msg("Clínica Veterinária Patinhas <geral@vetpatinhas.pt>", "Re: cancelar plano mensal Clínica Veterinária Patinhas [OWD-2291]",
            "Olá, claro: o motivo é que a clínica vai fundir-se com outra e passamos a usar o site deles.\n\n"
            "Cumprimentos,\nDra. Joana Rocha\n\nA qua., 24/09/2025, 18:10, Optima WebDesign escreveu:\n"
            "> Pode indicar-nos o motivo do cancelamento?", "2025-09-25 10:00", "+01:00")],
        [D("cancellation", "cancel", eff="2025-10-19")], clauses="C3 thread merge, O4",
        spec="Reason supplied in the reply; request 2025-09-24 19:30 IST <= 2025-10-13: effective 2025-10-19 (O4).")

    proj("Colégio São Marcos", "direcao@colegiosaomarcos.com.br", "2025-07-01T18:00:00")
    owpay("pt_o23a", "OWD-2025-431", "Colégio São Marcos", "milestone", "30000.00", "5400.00", "2025-07-01T18:00:00", milestone_status="approved")
    owpay("pt_o23b", "OWD-2025-432", "Colégio São Marcos", "milestone", "28000.00", "5040.00", "2025-09-15T18:00:00", milestone_status="not_started")
    case(53, "encaminhada-thunderbird-marco-sp", OWB, "decided", [msg(
        "Direção Colégio São Marcos <direcao@colegiosaomarcos.com.br>", "Fwd: módulo de matrículas",
        "Prezados, encaminho o que a administradora me passou. Por favor, prossigam.\n\nProf. Jaime Castro\nDiretor\n\n"
        "-------- Mensagem encaminhada --------\nAssunto: \tmódulo de matrículas\nData: \tThu, 25 Sep 2025 16:20:11 -0300\n"
        "De: \tRosa Chaves <administracao@colegiosaomarcos.com.br>\nPara: \tdirecao@colegiosaomarcos.com.br\n\n"
        "Professor, o conselho decidiu adiar o módulo de matrículas para o ano que vem porque não há orçamento. "
        "Precisamos pedir à Optima que devolva o pagamento da etapa 3 do projeto Colégio São Marcos (OWD-2025-432), "
        "que ainda não começou.\n", "2025-09-26 08:30", "-03:00")],
        [D("refund", "approve", "28000.00")], clauses="sect. 8 forwards, O3",
        spec="Forward sent by the contract email itself: read the carried request; milestone not_started: 28000.00 (O3).")

    proj("Móveis Pinheiro", "vendas@moveispinheiro.pt", "2025-06-01T14:00:00")
    proj("Móveis Pinheiro Outlet", "vendas@moveispinheiro.pt", "2025-08-01T14:00:00")
    owpay("pt_o24a", "OWD-2025-441", "Móveis Pinheiro", "milestone", "20000.00", "4600.00", "2025-09-10T14:00:00", milestone_status="not_started")
    owpay("pt_o24b", "OWD-2025-442", "Móveis Pinheiro Outlet", "milestone", "20000.00", "4600.00", "2025-09-12T14:00:00", milestone_status="not_started")
    case(54, "dois-projetos-sem-dados-pt", OWB, "need_info", [msg(
        "Vendas Móveis Pinheiro <vendas@moveispinheiro.pt>", "reembolso",
        "Boa tarde, queremos o reembolso do último pagamento que vos fizemos, porque o patrão decidiu congelar tudo o "
        "que é internet até janeiro.\nCumprimentos\nFátima", "2025-09-24 16:00", "+01:00")],
        missing=["project_name", "invoice_number"], clauses="C3, sect. 1",
        spec="Contract email holds two projects and names neither, nor an invoice: need_info project_name and invoice_number.")

    case(55, "devolvida-postmaster", OWB, "ignore", [msg(
        "Mail Delivery System <postmaster@correio.provedor.com.br>", "Mensagem não entregue: Reembolso do projeto",
        "Não foi possível entregar sua mensagem para financeiro@clienteinexistente.com.br.\nO servidor remoto respondeu: "
        "550 5.1.1 Usuário desconhecido.", "2025-09-25 10:00", "-03:00", to="billing@optimawebdesign.com")],
        rules=["C7"], clauses="C7", spec="postmaster bounce: ignore (C7).")

    proj("Construtora Vale do Itajaí", "financeiro@construtoravale.com.br", "2025-06-01T18:00:00")
    owpay("pt_o26", "OWD-2025-426", "Construtora Vale do Itajaí", "milestone", "45000.00", "8100.00", "2025-09-02T18:00:00", milestone_status="completed")
    case(56, "nota-fiscal-cnpj-sc", OWB, "other", [msg(
        "Financeiro Construtora Vale <financeiro@construtoravale.com.br>", "Correção da fatura OWD-2025-426",
        "Prezados, boa tarde. A fatura OWD-2025-426 do projeto Construtora Vale do Itajaí saiu com o CNPJ antigo da "
        "empresa. Vocês conseguem reemitir com o CNPJ 12.345.678/0001-90? Não estamos pedindo devolução, o pagamento "
        "está certo.\n\nAtt,\nDepto. Financeiro", "2025-09-25 12:00", "-03:00")],
        clauses="sect. 8 negation; invoice question",
        spec="Invoice correction, refund explicitly not asked: other.")

    proj("Garrafeira do Douro", "garrafeiradodouro@gmail.com", "2025-07-10T14:00:00")
    owpay("pt_o27", "OWD-2025-427", "Garrafeira do Douro", "change_request", "6000.00", "1380.00", "2025-09-19T14:00:00")
    case(57, "alteracao-ambito-douro", OWB, "decided", [msg(
        "Garrafeira do Douro <garrafeiradodouro@gmail.com>", "devolução alteração extra",
        "Olá, cobraram à parte a alteração do catálogo de vinhos da Garrafeira do Douro (OWD-2025-427). Afinal não "
        "gostámos do resultado e voltámos à versão anterior, por isso queremos esse dinheiro de volta.\nAbraço, Nuno",
        "2025-09-22 19:00", "+01:00")],
        [D("refund", "deny")], clauses="O6 change_request",
        spec="Change request outside the original scope is never refundable: deny (O6).")


def main():
    for sub in ("emails",):
        shutil.rmtree(HERE / sub, ignore_errors=True)
        (HERE / sub).mkdir()
    build()
    (HERE / "ledger.json").write_text(json.dumps(LEDGER, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    out = [{k: v for k, v in c.items() if not k.startswith("_")} for c in CASES]
    (HERE / "expected.json").write_text(json.dumps({"cases": out}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return CASES


if __name__ == "__main__":
    main()
