"""Fresh round 7, Portuguese (pt): customer mail written for this project (MIT).

Deterministic generator: writes ledger.json, emails/*.eml and expected.json beside itself.
Rules from POLICY_SPEC.md alone. stdlib only.
"""
import json
import os
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
LANG = "pt"
LO = "support@leadsoptima.com"
OWD = "optimawebdesigns12@gmail.com"
TZ = {"br": timezone(timedelta(hours=-3)), "pt": timezone(timedelta(hours=1)), "mz": timezone(timedelta(hours=2)),
      "am": timezone(timedelta(hours=-4)),
      "in": timezone(timedelta(hours=5, minutes=30))}

customers, projects, payments, cases = [], [], [], []


def cust(email, name, plan, ps, pe, status="active", trial=None):
    customers.append({"brand": "leadsoptima", "email": email, "name": name, "plan": plan,
                      "status": status, "trial_ends": trial,
                      "current_period_start": ps, "current_period_end": pe})


def lopay(inv, email, plan, amount, paid_at, ps, pe, status="paid"):
    payments.append({"brand": "leadsoptima", "id": "pay_" + inv.lower().replace("-", "_"),
                     "invoice": inv, "customer_email": email, "kind": "subscription", "plan": plan,
                     "amount": amount, "tax": "%.2f" % (float(amount) * 0.18), "currency": "INR",
                     "paid_at": paid_at, "period_start": ps, "period_end": pe, "status": status})


def proj(name, email, started=None):
    projects.append({"brand": "optima_webdesign", "name": name, "contract_email": email,
                     "work_started_at": started})


def opay(inv, project, kind, amount, paid_at, status="paid", setup_fee=None, service_start=None,
         next_billing_at=None, period_start=None, period_end=None, milestone_status=None):
    payments.append({"brand": "optima_webdesign", "id": "pay_" + inv.lower().replace("-", "_"),
                     "invoice": inv, "project": project, "kind": kind, "amount": amount,
                     "tax": "%.2f" % (float(amount) * 0.18), "currency": "INR", "paid_at": paid_at,
                     "status": status, "setup_fee": setup_fee, "service_start": service_start,
                     "next_billing_at": next_billing_at, "period_start": period_start,
                     "period_end": period_end, "milestone_status": milestone_status})


def case(cid, brand, mails, status, decisions=(), rules=(), missing=None, spec="", ambiguous=None,
         extra_ok=False):
    """mails: list of dicts with frm, to, subj, when (datetime), body, html (opt), headers (opt)."""
    files = []
    first_id = None
    for n, m in enumerate(mails):
        msg = EmailMessage(policy=SMTP)
        msg["From"] = m["frm"]
        msg["To"] = m.get("to", LO if brand == "leadsoptima" else OWD)
        msg["Subject"] = m["subj"]
        msg["Date"] = format_datetime(m["when"])
        mid = "<%s.%d@correo.example>" % (cid, n)
        msg["Message-ID"] = mid
        if n:
            sup = "<%s.ask%d@%s>" % (cid, n, "leadsoptima.com" if brand == "leadsoptima" else "optimawebdesign.com")
            msg["In-Reply-To"] = sup
            msg["References"] = first_id + " " + sup
        else:
            first_id = mid
        for k, v in m.get("headers", {}).items():
            msg[k] = v
        if m.get("html"):
            msg.set_content(m["body"], subtype="html")
        else:
            msg.set_content(m["body"])
        name = "emails/%s%s.eml" % (cid, "" if len(mails) == 1 else "-%d" % (n + 1))
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(msg.as_bytes())
        files.append(name)
    c = {"id": "%s-%s" % (LANG, cid), "lang": LANG, "files": files, "brand": brand,
         "status": status, "rules": list(rules)}
    if missing is not None:
        c["missing"] = list(missing)
    c["decisions"] = [dict(d) for d in decisions]
    if extra_ok:
        c["extra_ok"] = True
    c["spec"] = spec
    if ambiguous:
        c["ambiguous"] = ambiguous
    cases.append(c)


def d(y, mo, day, h, mi, zone="br"):
    return datetime(y, mo, day, h, mi, tzinfo=TZ[zone])


def M(frm, subj, when, body, **kw):
    m = {"frm": frm, "subj": subj, "when": when, "body": body}
    m.update(kw)
    return m


def R(intent, outcome, amount=None, eff=None):
    r = {"intent": intent, "outcome": outcome}
    if outcome == "approve":
        r["amount"] = amount
    if eff is not None:
        r["effective_date"] = eff
    return r


def build():
    # ---------------- LeadsOptima ----------------
    cust("renata.campos@gmail.com", "Renata Campos", "monthly", "2025-09-21", "2025-10-20")
    lopay("LO-INV-72001", "renata.campos@gmail.com", "monthly", "1499.00", "2025-09-21T10:00:00", "2025-09-21", "2025-10-20")
    lopay("LO-INV-72002", "renata.campos@gmail.com", "monthly", "1499.00", "2025-09-21T10:03:00", "2025-09-21", "2025-10-20")
    case("l01-cobranca-dupla", "leadsoptima", [M("Renata Campos <renata.campos@gmail.com>", "cobrança em dobro",
        d(2025, 9, 23, 14, 10),
        "Oi, tudo bem?\n\nVi na fatura do cartão que vocês me cobraram duas vezes a mensalidade do plano mensal no dia 21 "
        "(a segunda é a LO-INV-72002). Podem estornar essa cobrança repetida, por favor?\n\nObrigada!\nRenata Campos\nCampinas - SP")],
        "decided", [R("refund", "approve", "1499.00")],
        spec="POLICY_SPEC.md section 3 L2 duplicate_payment; charge 2025-09-21 IST, request 2025-09-23 22:40 IST = day 2; L4 two paid 1499.00 same period -> approve 1499.00")

    cust("joao.teixeira@teixeira-lda.pt", "João Teixeira", "annual", "2025-09-12", "2026-09-11")
    lopay("LO-INV-72011", "joao.teixeira@teixeira-lda.pt", "annual", "11988.00", "2025-09-12T10:00:00", "2025-09-12", "2026-09-11")
    lopay("LO-INV-72012", "joao.teixeira@teixeira-lda.pt", "annual", "11988.00", "2025-09-12T10:01:00", "2025-09-12", "2026-09-11")
    case("l02-duplicado-fora-prazo", "leadsoptima", [M("João Teixeira <joao.teixeira@teixeira-lda.pt>", "Pagamento duplicado - plano anual",
        d(2025, 9, 20, 10, 0, "pt"),
        "Exmos. Senhores,\n\nVerifiquei que a anuidade foi debitada duas vezes no dia 12 de setembro (faturas LO-INV-72011 e "
        "LO-INV-72012). Solicito a devolução do valor debitado em duplicado, referente à fatura LO-INV-72012.\n\n"
        "Com os melhores cumprimentos,\nJoão Teixeira\nTeixeira & Filhos, Lda.")],
        "decided", [R("refund", "deny")],
        spec="L3: charge 2025-09-12 IST, request 2025-09-20 14:30 IST = day 8 > 7 -> deny")

    cust("bruno.farias@fariasimoveis.com.br", "Bruno Farias", "quarterly", "2025-09-22", "2025-12-21")
    lopay("LO-INV-72021", "bruno.farias@fariasimoveis.com.br", "quarterly", "3999.00", "2025-09-22T10:00:00", "2025-09-22", "2025-12-21")
    case("l03-desisti", "leadsoptima", [M("Bruno Farias <bruno.farias@fariasimoveis.com.br>", "reembolso plano trimestral",
        d(2025, 9, 24, 9, 0),
        "Bom dia, assinei o trimestral segunda-feira (fatura LO-INV-72021) mas achei caro demais pro tamanho da imobiliária, "
        "vou voltar pra planilha mesmo. Gostaria do meu dinheiro de volta.\n\nAbs,\nBruno")],
        "decided", [R("refund", "deny")],
        spec="L1: 'too expensive' is not an exception reason -> deny (cancellation offered)")

    cust("ines.moura@mouradesign.pt", "Inês Moura", "monthly", "2025-09-10", "2025-10-09")
    lopay("LO-INV-72031", "ines.moura@mouradesign.pt", "monthly", "1499.00", "2025-09-10T10:00:00", "2025-09-10", "2025-10-09")
    case("l04-cancelar-sem-reembolso", "leadsoptima", [M("Inês Moura <ines.moura@mouradesign.pt>", "Cancelamento da subscrição",
        d(2025, 9, 18, 11, 30, "pt"),
        "Olá,\n\nGostaria de cancelar a minha subscrição mensal. Não pretendo pedir reembolso do mês em curso, apenas "
        "que não haja mais cobranças, porque vou fechar o atelier no fim do ano.\n\nCumprimentos,\nInês Moura")],
        "decided", [R("cancellation", "cancel", eff="2025-10-09")],
        spec="Negation: 'Não pretendo pedir reembolso' adds no refund; L8 cancel effective current_period_end 2025-10-09")

    cust("atendimento@padariapaodeouro.com.br", "Padaria Pão de Ouro", "monthly", "2025-09-26", "2025-10-25")
    lopay("LO-INV-72041", "atendimento@padariapaodeouro.com.br", "monthly", "1499.00", "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
    case("l05-nao-consigo-entrar", "leadsoptima", [M("Padaria Pão de Ouro <atendimento@padariapaodeouro.com.br>", "sem acesso desde sexta",
        d(2025, 9, 29, 10, 0),
        "bom dia pessoal, desde sexta nao consigo fazer login na plataforma, aparece senha invalida mesmo depois de "
        "redefinir 3x. ja abri chamado e nada. paguei a mensalidade (LO-INV-72041) pra nao usar?? quero o reembolso se nao "
        "resolverem\n\nMarcos\nPadaria Pão de Ouro")],
        "decided", [R("refund", "escalate")],
        spec="L2 access_failure, unresolved; charge 2025-09-26, request 2025-09-29 18:30 IST day 3; L6 escalate")

    cust("carla.nunes@nunescontabil.com.br", "Carla Nunes", "monthly", "2025-09-25", "2025-10-24", status="cancelled")
    lopay("LO-INV-72051", "carla.nunes@nunescontabil.com.br", "monthly", "1499.00", "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
    case("l06-cobrado-apos-cancelar", "leadsoptima", [M("Carla Nunes <carla.nunes@nunescontabil.com.br>", "cobrança indevida",
        d(2025, 9, 27, 16, 0),
        "Prezados,\n\nCancelei o plano no dia 14 pelo próprio painel (tenho o print) e mesmo assim no dia 25 caiu uma nova "
        "cobrança de R$... enfim, de 1.499,00 na fatura LO-INV-72051. Solicito o estorno, pois não sou mais cliente.\n\n"
        "Att,\nCarla Nunes\nNunes Contabilidade")],
        "decided", [R("refund", "escalate")],
        spec="L2 billing_error (charged after cancelling); charge 2025-09-25, request 2025-09-28 00:30 IST = day 3; L5 escalate")

    cust("helder.macuacua@gmail.com", "Hélder Macuácua", "monthly", "2025-09-05", "2025-10-04")
    lopay("LO-INV-72061", "helder.macuacua@gmail.com", "monthly", "1499.00", "2025-09-05T10:00:00", "2025-09-05", "2025-10-04")
    case("l07-c2-outro-email", "leadsoptima", [M("Hélder M. <hmacuacua@tvcabo.co.mz>", "Cancelar o plano",
        d(2025, 9, 19, 9, 0, "mz"),
        "Boa tarde,\n\nQueria cancelar o meu plano mensal. O e-mail registado é helder.macuacua@gmail.com, mas estou a "
        "escrever do e-mail do trabalho porque perdi a senha do Gmail. Aguardo confirmação.\n\nHélder\nMaputo")],
        "need_info", [], rules=["C2"],
        spec="C2: sender is not the registered email it names -> need_info, ask to write from the address on record")

    cust("priscila.amaral@amaraleventos.com.br", "Priscila Amaral", "annual", "2025-09-24", "2026-09-23")
    lopay("LO-INV-72071", "priscila.amaral@amaraleventos.com.br", "annual", "11988.00", "2025-09-24T10:00:00", "2025-09-24", "2026-09-23")
    lopay("LO-INV-72072", "priscila.amaral@amaraleventos.com.br", "annual", "11988.00", "2025-09-24T10:05:00", "2025-09-24", "2026-09-23")
    case("l08-falta-fatura-thread", "leadsoptima", [
        M("Priscila Amaral <priscila.amaral@amaraleventos.com.br>", "pagamento duplicado", d(2025, 9, 25, 10, 0),
          "Olá! Paguei duas vezes a anuidade, acho que cliquei duas vezes no botão. Podem devolver uma?\nPri"),
        M("Priscila Amaral <priscila.amaral@amaraleventos.com.br>", "Re: pagamento duplicado", d(2025, 9, 25, 17, 0),
          "Desculpem! A fatura do segundo pagamento é LO INV 72072, plano anual.\n\nPriscila Amaral\n\n"
          "Em qui., 25 de set. de 2025 às 19:10, LeadsOptima Support <support@leadsoptima.com> escreveu:\n"
          "> Por favor, informe o número da fatura.")],
        "decided", [R("refund", "approve", "11988.00")],
        spec="C3 thread: invoice_number asked then answered 'LO INV 72072' = LO-INV-72072 (section 8); request time first mail 2025-09-25 18:30 IST day 1; L4 approve 11988.00")

    cust("sergio.prado@pradoauto.com.br", "Sérgio Prado", "monthly", "2025-09-27", "2025-10-26")
    lopay("LO-INV-72081", "sergio.prado@pradoauto.com.br", "monthly", "1499.00", "2025-09-27T10:00:00", "2025-09-27", "2025-10-26")
    lopay("LO-INV-72082", "sergio.prado@pradoauto.com.br", "monthly", "1499.00", "2025-09-27T10:02:00", "2025-09-27", "2025-10-26")
    case("l09-procon", "leadsoptima", [M("Sérgio Prado <sergio.prado@pradoauto.com.br>", "COBRANÇA DUPLICADA - ÚLTIMO AVISO",
        d(2025, 9, 28, 20, 0),
        "Vocês me cobraram duas vezes (LO-INV-72082). Se não devolverem até amanhã vou abrir contestação no cartão e "
        "registrar reclamação no Procon e no Reclame Aqui. Meu advogado já está ciente.\n\nSérgio Prado")],
        "decided", [R("refund", "escalate")], rules=["C4"],
        spec="C4: card dispute ('contestação no cartão'), consumer authority (Procon), lawyer -> escalate")

    cust("tatiana.reis@gmail.com", "Tatiana Reis", "monthly", "2025-09-12", "2025-10-11")
    case("l10-ausente", "leadsoptima", [M("Tatiana Reis <tatiana.reis@gmail.com>", "Resposta automática: ausente",
        d(2025, 9, 30, 8, 0),
        "Olá! Estou de férias até 10/10 com acesso limitado ao e-mail. Assuntos urgentes: financeiro@reis.com.br.\n\nTatiana",
        headers={"Auto-Submitted": "auto-replied"})],
        "ignore", [], rules=["C7"],
        spec="C7: Auto-Submitted auto-replied -> ignore")

    case("l11-hipotetico", "leadsoptima", [M("Gustavo Lemos <gustavo.lemos@outlook.com>", "dúvida antes de assinar",
        d(2025, 9, 16, 15, 0),
        "Boa tarde! Estou pensando em assinar o plano anual. Se eu assinar e a ferramenta não integrar com o meu CRM, "
        "eu consigo o reembolso? Queria entender antes de fechar.\n\nGustavo")],
        "other", [],
        spec="Section 8: hypothetical before buying -> other")

    cust("ti@escolacrescer.com.br", "Escola Crescer", "monthly", "2025-09-14", "2025-10-13")
    case("l12-como-fazer", "leadsoptima", [M("TI Escola Crescer <ti@escolacrescer.com.br>", "Dúvida: importar contatos",
        d(2025, 9, 19, 10, 0),
        "Olá, como faço para importar uma lista de contatos em CSV com os campos personalizados? O sistema só reconhece "
        "nome e e-mail.\n\nObrigado,\nEquipe de TI")],
        "other", [],
        spec="How-to question -> other")

    cust("rui.fonseca@fonsecaadvogados.pt", "Rui Fonseca", "quarterly", None, None)
    lopay("LO-INV-72121", "rui.fonseca@fonsecaadvogados.pt", "quarterly", "3999.00", "2025-08-05T10:00:00", "2025-08-05", "2025-11-04")
    case("l13-cancelar-fallback", "leadsoptima", [M("Rui Fonseca <rui.fonseca@fonsecaadvogados.pt>", "Pedido de cancelamento",
        d(2025, 9, 22, 15, 0, "pt"),
        "Boa tarde,\n\nVenho por este meio solicitar o cancelamento da subscrição trimestral, dado que o escritório "
        "passou a usar outra ferramenta.\n\nSem outro assunto,\nRui Fonseca")],
        "decided", [R("cancellation", "cancel", eff="2025-11-04")],
        spec="L8 fallback: no current_period_end; last charge 2025-08-05 + 3 months - 1 day = 2025-11-04")

    cust("leticia.barros@gmail.com", "Letícia Barros", "monthly", "2025-09-08", "2025-10-07")
    lopay("LO-INV-72131", "leticia.barros@gmail.com", "monthly", "1499.00", "2025-09-08T10:00:00", "2025-09-08", "2025-10-07")
    case("l14-reembolso-e-cancelamento", "leadsoptima", [M("Letícia Barros <leticia.barros@gmail.com>", "cancelar e reembolsar",
        d(2025, 9, 11, 21, 0),
        "oii, quero cancelar meu plano mensal e receber de volta os dias que não vou usar, porque vou viajar e não vou "
        "mexer nisso até novembro. fatura LO-INV-72131. bjs\nLetícia")],
        "decided", [R("refund", "deny"), R("cancellation", "cancel", eff="2025-10-07")],
        spec="L1 unused days -> refund deny; L8 cancel effective 2025-10-07")

    cust("paula.rocha@rochafotografia.com.br", "Paula Rocha", "monthly", "2025-09-23", "2025-10-22")
    lopay("LO-INV-72141", "paula.rocha@rochafotografia.com.br", "monthly", "1499.00", "2025-09-23T10:00:00", "2025-09-23", "2025-10-22")
    lopay("LO-INV-72142", "paula.rocha@rochafotografia.com.br", "monthly", "1499.00", "2025-09-23T10:00:30", "2025-09-23", "2025-10-22")
    case("l15-duplicado-dia7", "leadsoptima", [M("Paula Rocha <paula.rocha@rochafotografia.com.br>", "débito em duplicidade",
        d(2025, 9, 30, 15, 0),
        "Boa tarde,\n\nSó hoje percebi que a mensalidade do dia 23 foi debitada em duplicidade (a segunda é a LO-INV-72142). "
        "Peço a devolução do valor duplicado.\n\nPaula Rocha | Fotografia")],
        "decided", [R("refund", "approve", "1499.00")],
        spec="L3 edge: charge 2025-09-23; request 2025-09-30 15:00 -03:00 = 23:30 IST 2025-09-30 = day 7, inside; L4 approve 1499.00")

    cust("financeiro@grupoatlantico.co.mz", "Grupo Atlântico", "annual", "2025-05-01", "2026-04-30")
    case("l16-encaminhado-outro", "leadsoptima", [M("Celso Nhantumbo <celso.nhantumbo@gmail.com>", "ENC: cancelamento LeadsOptima",
        d(2025, 9, 17, 10, 0, "mz"),
        "Segue abaixo.\n\n-------- Mensagem encaminhada --------\nDe: Financeiro Grupo Atlântico <financeiro@grupoatlantico.co.mz>\n"
        "Data: 16/09/2025 17:40\nPara: Celso Nhantumbo\nAssunto: cancelamento LeadsOptima\n\nCelso, pede por favor à LeadsOptima "
        "o cancelamento do nosso plano anual (conta financeiro@grupoatlantico.co.mz). Não vamos renovar.\n\nObrigado")],
        "need_info", [], rules=["C2"],
        spec="Section 8 Forwards: forwarded request names registered email financeiro@grupoatlantico.co.mz, sender is another address -> C2")

    cust("diogo.martins@martinsmkt.com.br", "Diogo Martins", "monthly", "2025-09-26", "2025-10-25")
    lopay("LO-INV-72161", "diogo.martins@martinsmkt.com.br", "monthly", "1499.00", "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
    lopay("LO-INV-72162", "diogo.martins@martinsmkt.com.br", "monthly", "1499.00", "2025-09-26T10:01:00", "2025-09-26", "2025-10-25")
    case("l17-html-duplo", "leadsoptima", [M("Diogo Martins <diogo.martins@martinsmkt.com.br>", "Cobrança repetida",
        d(2025, 9, 27, 10, 0),
        "<html><body><p>Olá equipe,</p><p>A mensalidade foi <strong>cobrada duas vezes</strong> no dia 26/09. "
        "A cobrança repetida é a fatura <strong>LO-INV-72162</strong>. Solicito o estorno.</p>"
        "<p>Att.,<br>Diogo Martins<br>Martins Marketing</p></body></html>", html=True)],
        "decided", [R("refund", "approve", "1499.00")],
        spec="HTML-only; duplicate 2025-09-26, request 2025-09-27 18:30 IST day 1; L4 approve 1499.00")

    cust("fabiana.lopes@lopesodonto.com.br", "Fabiana Lopes", "monthly", "2025-09-25", "2025-10-24")
    for n, t in ((72171, "10:00:00"), (72172, "10:01:00"), (72173, "10:02:00")):
        lopay("LO-INV-%d" % n, "fabiana.lopes@lopesodonto.com.br", "monthly", "1499.00", "2025-09-25T" + t, "2025-09-25", "2025-10-24")
    case("l18-tres-cobrancas", "leadsoptima", [M("Fabiana Lopes <fabiana.lopes@lopesodonto.com.br>", "3 cobranças iguais!",
        d(2025, 9, 26, 9, 0),
        "Bom dia! Fui cobrada três vezes pela mesma mensalidade de R$ 1.499,00 no dia 25 (LO-INV-72172 e LO-INV-72173 "
        "são as duplicadas). Quero de volta as duas cobranças a mais.\n\nDra. Fabiana Lopes")],
        "decided", [R("refund", "approve", "2998.00")],
        spec="Section 8 three identical charges: both later ones are duplicates inside L3 (day 1) -> 2 x 1499.00 = 2998.00")

    cust("lurdes.chissano@chissanoconsult.co.mz", "Lurdes Chissano", "annual", "2025-02-01", "2026-01-31")
    lopay("LO-INV-72181", "lurdes.chissano@chissanoconsult.co.mz", "annual", "11988.00", "2025-02-01T10:00:00", "2025-02-01", "2026-01-31")
    case("l19-erro-antigo", "leadsoptima", [M("Lurdes Chissano <lurdes.chissano@chissanoconsult.co.mz>", "valor errado",
        d(2025, 9, 18, 9, 0, "mz"),
        "Bom dia,\n\nEm fevereiro pagámos o plano anual (LO-INV-72181) e só agora, na auditoria, reparámos que foi "
        "cobrado o valor errado, acima do preço acordado. Solicitamos a devolução da diferença.\n\nLurdes Chissano")],
        "decided", [R("refund", "deny")],
        spec="L2 billing_error but L3: charge 2025-02-01, far beyond 7 days -> deny")

    # ---------------- Optima WebDesign ----------------
    proj("Pastelaria Belém Doce", "geral@belemdoce.pt", None)
    opay("OWD-2025-801", "Pastelaria Belém Doce", "deposit", "20000.00", "2025-09-15T10:00:00")
    case("o01-sinal-48h", "optima_webdesign", [M("Pastelaria Belém Doce <geral@belemdoce.pt>", "Refund Request — Pastelaria Belém Doce / OWD-2025-801",
        d(2025, 9, 17, 4, 0, "pt"),
        "Bom dia,\n\nPagámos o sinal do projeto Pastelaria Belém Doce (fatura OWD-2025-801) na segunda-feira, mas o "
        "senhorio não renovou o contrato da loja e vamos ter de fechar. Pedimos a devolução do sinal.\n\n"
        "Cumprimentos,\nAna Sousa")],
        "decided", [R("refund", "approve", "20000.00")],
        spec="O2: paid 2025-09-15 10:00 IST; request 2025-09-17 04:00 +01:00 = 08:30 IST = 46.5 h < 72 h; no work -> approve 20000.00")

    proj("Pousada Maré Alta", "reservas@pousadamarealta.com.br", None)
    opay("OWD-2025-802", "Pousada Maré Alta", "deposit", "30000.00", "2025-09-10T10:00:00")
    case("o02-sinal-72h-exato", "optima_webdesign", [M("Pousada Maré Alta <reservas@pousadamarealta.com.br>", "devolução do sinal",
        d(2025, 9, 13, 1, 30),
        "Olá, equipe Optima.\n\nReferente ao projeto Pousada Maré Alta, fatura OWD-2025-802: os sócios resolveram "
        "adiar o site para o ano que vem por causa da reforma. Solicitamos o reembolso do sinal.\n\nAbraços,\nMarina")],
        "decided", [R("refund", "deny")],
        spec="O2 + section 8: request 2025-09-13 01:30 -03:00 = 10:00 IST = exactly 72 h after payment -> deny")

    proj("Açaí da Terra", "contato@acaidaterra.com.br", "2025-09-16T11:00:00")
    opay("OWD-2025-803", "Açaí da Terra", "deposit", "15000.00", "2025-09-15T09:00:00")
    case("o03-sinal-trabalho-iniciado", "optima_webdesign", [M("Açaí da Terra <contato@acaidaterra.com.br>", "reembolso sinal",
        d(2025, 9, 17, 8, 0, "am"),
        "Oi, pagamos o sinal do projeto Açaí da Terra (OWD-2025-803) anteontem e mudamos de ideia, preferimos esperar o "
        "verão. Dá pra devolver?\n\nKeila")],
        "decided", [R("refund", "deny")],
        spec="O2: request 2025-09-17 17:30 IST within 72 h but after work_started_at 2025-09-16 11:00 -> deny")

    proj("Instituto Semear", "diretoria@institutosemear.org.br", None)
    opay("OWD-2025-804", "Instituto Semear", "discovery", "12000.00", "2025-09-20T12:00:00")
    case("o04-discovery-nao-iniciado", "optima_webdesign", [M("Diretoria Instituto Semear <diretoria@institutosemear.org.br>", "reembolso da sessão de descoberta",
        d(2025, 9, 24, 10, 0),
        "Prezados,\n\nPagamos a etapa de descoberta do projeto Instituto Semear (fatura OWD-2025-804), mas nenhuma reunião "
        "chegou a ser marcada. Como perdemos o edital que financiaria o site, solicitamos o reembolso integral.\n\n"
        "Atenciosamente,\nMárcia Oliveira\nDiretora Executiva")],
        "decided", [R("refund", "approve", "12000.00")],
        spec="O1: discovery, work not started -> approve 12000.00")

    proj("Clínica Sorriso Lisboa", "administracao@sorrisolisboa.pt", "2025-09-12T15:00:00")
    opay("OWD-2025-805", "Clínica Sorriso Lisboa", "discovery", "12000.00", "2025-09-10T12:00:00")
    case("o05-discovery-iniciado", "optima_webdesign", [M("Clínica Sorriso Lisboa <administracao@sorrisolisboa.pt>", "Reembolso — Clínica Sorriso Lisboa",
        d(2025, 9, 19, 12, 0, "pt"),
        "Exmos. Senhores,\n\nApós a primeira sessão de estratégia (fatura OWD-2025-805, projeto Clínica Sorriso Lisboa), "
        "concluímos que a proposta não corresponde ao que pretendemos. Solicitamos a devolução do valor pago.\n\n"
        "Com os melhores cumprimentos,\nA Administração")],
        "decided", [R("refund", "deny")],
        spec="O1: work_started_at 2025-09-12 before request -> deny")

    proj("Loja Verde Vida", "ola@verdevida.pt", "2025-08-20T10:00:00")
    opay("OWD-2025-806", "Loja Verde Vida", "milestone", "25000.00", "2025-09-01T10:00:00", milestone_status="not_started")
    case("o06-marco-nao-iniciado", "optima_webdesign", [M("Loja Verde Vida <ola@verdevida.pt>", "marco da loja online",
        d(2025, 9, 22, 10, 0, "pt"),
        "Olá!\n\nO marco da integração com pagamentos (fatura OWD-2025-806, projeto Loja Verde Vida) foi pago antecipadamente, "
        "mas decidimos vender só pelo Instagram, por isso já não precisamos dessa parte — e sei que ainda não começaram. "
        "Podem devolver esse marco?\n\nBeijinhos,\nMafalda")],
        "decided", [R("refund", "approve", "25000.00")],
        spec="O3: milestone not_started -> approve 25000.00")

    proj("Construtora Horizonte", "projetos@construtorahorizonte.com.br", "2025-08-01T10:00:00")
    opay("OWD-2025-807", "Construtora Horizonte", "milestone", "40000.00", "2025-09-02T10:00:00", milestone_status="in_progress")
    case("o07-marco-em-andamento", "optima_webdesign", [M("Construtora Horizonte <projetos@construtorahorizonte.com.br>", "reembolso etapa portfólio",
        d(2025, 9, 23, 11, 0),
        "Prezados,\nA etapa do portfólio de obras (OWD-2025-807) do projeto Construtora Horizonte está parada há semanas e "
        "a diretoria mudou a estratégia. Queremos o reembolso do que não foi feito.\n\nEng. Ricardo Alves")],
        "decided", [R("refund", "escalate")],
        spec="O3: milestone in_progress -> escalate")

    proj("Ótica Bom Olhar", "gerencia@oticabomolhar.com.br", "2025-07-01T10:00:00")
    opay("OWD-2025-808", "Ótica Bom Olhar", "milestone", "18000.00", "2025-08-10T10:00:00", milestone_status="completed")
    case("o08-marco-concluido", "optima_webdesign", [M("Ótica Bom Olhar <gerencia@oticabomolhar.com.br>", "quero devolução do layout",
        d(2025, 9, 25, 9, 0),
        "Olá, o layout da home (fatura OWD-2025-808, projeto Ótica Bom Olhar) foi entregue em agosto mas o dono não gostou "
        "do resultado final. Pedimos a devolução desse pagamento.\n\nGerência")],
        "decided", [R("refund", "deny")],
        spec="O3/O6: milestone completed -> deny")

    proj("Imobiliária Douro", "geral@imodouro.pt", "2025-03-01T10:00:00")
    opay("OWD-2025-809", "Imobiliária Douro", "retainer", "15000.00", "2025-09-05T10:00:00",
         next_billing_at="2025-10-05", period_start="2025-09-05", period_end="2025-10-04")
    case("o09-avenca-aviso-ok", "optima_webdesign", [M("Imobiliária Douro <geral@imodouro.pt>", "Cancelamento da avença mensal",
        d(2025, 9, 20, 10, 0, "pt"),
        "Boa tarde,\n\nVimos cancelar a avença mensal de manutenção da Imobiliária Douro (última fatura OWD-2025-809), "
        "uma vez que contratámos um técnico interno. Não pedimos qualquer reembolso.\n\nCumprimentos,\nNuno Pereira")],
        "decided", [R("cancellation", "cancel", eff="2025-10-04")],
        spec="O4/O8: next_billing_at 2025-10-05, cut-off 2025-09-28; request 2025-09-20 -> cancel effective 2025-10-04")

    proj("Churrascaria Gaúcha", "dono@churrascariagaucha.com.br", "2025-02-01T10:00:00")
    opay("OWD-2025-810", "Churrascaria Gaúcha", "retainer", "15000.00", "2025-09-03T10:00:00",
         next_billing_at="2025-10-03", period_start="2025-09-03", period_end="2025-10-02")
    case("o10-mensalidade-aviso-curto", "optima_webdesign", [M("Churrascaria Gaúcha <dono@churrascariagaucha.com.br>", "cancelar suporte mensal",
        d(2025, 9, 29, 10, 0),
        "Bah, quero cancelar o plano mensal de suporte da Churrascaria Gaúcha (fatura OWD-2025-810) porque vamos vender o "
        "restaurante no fim do ano.\n\nValeu,\nSeu Jorge")],
        "decided", [R("cancellation", "cancel", eff="2025-11-02")],
        spec="O4: next_billing_at 2025-10-03, cut-off 2025-09-26; request 2025-09-29 18:30 IST later -> next cycle billed, effective 2025-11-02")

    proj("Clínica Veterinária Amigo Fiel", "contato@vetamigofiel.com.br", "2025-01-01T10:00:00")
    opay("OWD-2025-811", "Clínica Veterinária Amigo Fiel", "hosting_annual", "12000.00", "2025-09-15T10:00:00",
         setup_fee="1200.00", service_start="2025-09-15")
    case("o11-hospedagem-14dias", "optima_webdesign", [M("Clínica Veterinária Amigo Fiel <contato@vetamigofiel.com.br>", "cancelamento hospedagem anual",
        d(2025, 9, 25, 10, 0),
        "Bom dia!\n\nContratamos a hospedagem anual do site da Clínica Veterinária Amigo Fiel (fatura OWD-2025-811) no dia 15, "
        "mas fomos comprados por uma rede que já tem servidor próprio. Queremos cancelar e receber o reembolso proporcional.\n\n"
        "Dra. Juliana Reis")],
        "decided", [R("refund", "approve", "9900.00")], extra_ok=True,
        spec="O5: start 2025-09-15, request 2025-09-25 day 10 <= 14; (12000-1200)/12 = 900; refund = 12000 - 1200 - 900 = 9900.00")

    proj("Colégio Esperança", "ti@colegioesperanca.co.mz", "2025-01-01T10:00:00")
    opay("OWD-2025-812", "Colégio Esperança", "maintenance_annual", "24000.00", "2025-08-20T10:00:00",
         setup_fee="2400.00", service_start="2025-08-25")
    case("o12-manutencao-fora-prazo", "optima_webdesign", [M("TI Colégio Esperança <ti@colegioesperanca.co.mz>", "reembolso manutenção anual",
        d(2025, 9, 22, 10, 0, "mz"),
        "Bom dia,\n\nSolicitamos o cancelamento da manutenção anual do site do Colégio Esperança (OWD-2025-812) e o "
        "reembolso proporcional, pois a nova direção decidiu internalizar o serviço.\n\nEng. Abílio Cossa")],
        "decided", [R("refund", "deny")], extra_ok=True,
        spec="O5: service_start 2025-08-25, request 2025-09-22 = 28 days > 14 -> deny")

    proj("Moda Carioca", "loja@modacarioca.com.br", "2025-06-01T10:00:00")
    opay("OWD-2025-813", "Moda Carioca", "third_party", "1800.00", "2025-09-20T10:00:00")
    case("o13-dominio-ssl", "optima_webdesign", [M("Moda Carioca <loja@modacarioca.com.br>", "reembolso do SSL",
        d(2025, 9, 22, 9, 0),
        "Oi, vocês renovaram o certificado SSL (fatura OWD-2025-813, projeto Moda Carioca) mas vamos migrar pra Shopify, que "
        "já inclui. Tem como devolver?\n\nBeijos, Lu")],
        "decided", [R("refund", "deny")],
        spec="O6: third_party (SSL) never refundable -> deny")

    proj("Festas Arraial", "producao@festasarraial.com.br", "2025-09-01T10:00:00")
    opay("OWD-2025-814", "Festas Arraial", "setup", "5000.00", "2025-09-18T10:00:00")
    case("o14-taxa-ativacao", "optima_webdesign", [M("Festas Arraial <producao@festasarraial.com.br>", "taxa de configuração",
        d(2025, 9, 23, 18, 0),
        "Olá, a taxa de configuração (OWD-2025-814, projeto Festas Arraial) não faz sentido pra nós porque o evento foi "
        "cancelado e não vamos mais usar o sistema de ingressos. Pedimos o reembolso.\n\nProdução")],
        "decided", [R("refund", "deny")],
        spec="O6: setup fee never refundable -> deny")

    proj("Distribuidora Sul", "financeiro@distsul.com.br", None)
    opay("OWD-2025-815", "Distribuidora Sul", "deposit", "25000.00", "2025-09-28T10:00:00")
    case("o15-advogado", "optima_webdesign", [M("Financeiro Distribuidora Sul <financeiro@distsul.com.br>", "Reembolso sinal - notificação",
        d(2025, 9, 29, 9, 0),
        "Prezados,\n\nSolicitamos a devolução do sinal do projeto Distribuidora Sul (OWD-2025-815), pois fechamos com outra "
        "agência. Caso não haja retorno, nosso departamento jurídico tomará as medidas legais cabíveis com base no Código de "
        "Defesa do Consumidor.\n\nAtt.,\nRoberto Lima\nGerente Financeiro")],
        "decided", [R("refund", "escalate")], rules=["C4"],
        spec="C4: legal measures / consumer code (statutory rights) -> escalate, even though O2 would approve")

    proj("Associação Mãos Dadas", "secretaria@maosdadas.org.mz", None)
    opay("OWD-2025-816", "Associação Mãos Dadas", "deposit", "10000.00", "2025-09-25T10:00:00")
    case("o16-c2-remetente", "optima_webdesign", [M("Amélia Tembe <amelia.tembe@gmail.com>", "devolução do depósito",
        d(2025, 9, 26, 8, 0, "mz"),
        "Boa tarde,\n\nSou voluntária da Associação Mãos Dadas. Pediram-me para solicitar o reembolso do depósito "
        "(OWD-2025-816) porque a direção não aprovou o orçamento do site. O e-mail do contrato é secretaria@maosdadas.org.mz.\n\nAmélia")],
        "need_info", [], rules=["C2"],
        spec="C2: not from the contract email -> need_info, ask to write from it")

    proj("Livraria Quintal", "livraria@quintal.pt", None)
    opay("OWD-2025-817", "Livraria Quintal", "deposit", "18000.00", "2025-09-22T10:00:00")
    case("o17-falta-projeto-fatura-thread", "optima_webdesign", [
        M("Livraria Quintal <livraria@quintal.pt>", "reembolso", d(2025, 9, 23, 8, 0, "pt"),
          "Bom dia, queria pedir o reembolso do sinal que paguei ontem, porque vamos trespassar a livraria e a loja "
          "online deixou de fazer sentido.\n\nZé"),
        M("Livraria Quintal <livraria@quintal.pt>", "Re: reembolso", d(2025, 9, 23, 14, 0, "pt"),
          "Peço desculpa: o projeto é Livraria Quintal e a fatura é owd-2025-817.\n\nZé\n\n> Indique o nome do projeto e o número da fatura.")],
        "decided", [R("refund", "approve", "18000.00")],
        spec="C3 thread: project and invoice asked then answered; request time first mail 2025-09-23 12:30 IST = 26.5 h, no work -> O2 approve 18000.00")

    proj("Academia Força Viva", "adm@forcaviva.com.br", "2025-04-01T10:00:00")
    opay("OWD-2025-818", "Academia Força Viva", "retainer", "12000.00", "2025-09-10T10:00:00",
         next_billing_at="2025-10-10", period_start="2025-09-10", period_end="2025-10-09")
    case("o18-cancelar-sem-motivo", "optima_webdesign", [M("Academia Força Viva <adm@forcaviva.com.br>", "Cancelamento",
        d(2025, 9, 18, 10, 0),
        "Boa tarde, favor cancelar a mensalidade do projeto Academia Força Viva, fatura OWD-2025-818.\n\nAtenciosamente,\n"
        "Administração\nAcademia Força Viva\nRua das Palmeiras, 120 - Recife/PE")],
        "need_info", [], missing=["reason"],
        spec="Section 8: Optima requires a reason for cancellations; none given (signature only) -> need_info reason")

    proj("Escritório Vasconcelos", "contato@vasconcelosadv.com.br", "2025-05-01T10:00:00")
    opay("OWD-2025-819", "Escritório Vasconcelos", "retainer", "20000.00", "2025-09-01T10:00:00",
         next_billing_at="2025-10-01", period_start="2025-09-01", period_end="2025-09-30")
    opay("OWD-2025-820", "Escritório Vasconcelos", "retainer", "20000.00", "2025-09-12T10:00:00",
         next_billing_at="2025-11-01", period_start="2025-10-01", period_end="2025-10-31")
    case("o19-mensalidade-adiantada", "optima_webdesign", [M("Escritório Vasconcelos <contato@vasconcelosadv.com.br>", "encerramento do serviço mensal",
        d(2025, 9, 15, 10, 0),
        "Prezados,\n\nGostaríamos de encerrar o serviço mensal do site do Escritório Vasconcelos (faturas OWD-2025-819 e "
        "OWD-2025-820, esta última paga adiantada para outubro). O motivo é a fusão com outro escritório, que já tem site.\n\n"
        "Att.,\nDr. Paulo Vasconcelos")],
        "decided", [R("cancellation", "escalate")], extra_ok=True,
        spec="Section 8: next cycle already paid and notice >= 7 days -> escalate")

    proj("Tapiocaria da Praia", "tapioca@tapiocariadapraia.com.br", None)
    opay("OWD-2025-821", "Tapiocaria da Praia", "deposit", "9000.00", "2025-09-26T10:00:00", status="failed")
    case("o20-pagamento-falhou", "optima_webdesign", [M("Tapiocaria da Praia <tapioca@tapiocariadapraia.com.br>", "cadê meu reembolso do sinal",
        d(2025, 9, 27, 9, 0),
        "oi gente, paguei o sinal do site da Tapiocaria da Praia (fatura OWD-2025-821) e depois desisti pq o dinheiro ficou "
        "curto esse mes. me devolvam por favor\n\nNeide")],
        "decided", [R("refund", "escalate")],
        spec="Section 8: payment status 'failed' (not paid) -> a refund of it is escalated")

    case("o21-lista", "optima_webdesign", [M("Newsletter Web Trends <news@webtrends-newsletter.example>", "As tendências de design para 2026",
        d(2025, 9, 21, 7, 0),
        "Confira as 10 tendências de web design para 2026! Para cancelar a inscrição, clique aqui.",
        headers={"List-Id": "Web Trends <news.webtrends-newsletter.example>", "Precedence": "bulk"})],
        "ignore", [], rules=["C7"],
        spec="C7: List-Id and Precedence: bulk -> ignore")

    proj("Cafés do Cerrado", "exportacao@cafesdocerrado.com.br", "2025-06-01T10:00:00")
    opay("OWD-2025-822", "Cafés do Cerrado", "change_request", "6000.00", "2025-09-19T10:00:00")
    case("o22-pedido-alteracao", "optima_webdesign", [M("Cafés do Cerrado <exportacao@cafesdocerrado.com.br>", "Fwd: cobrança da versão em inglês",
        d(2025, 9, 24, 16, 0),
        "Encaminhando conforme combinado.\n\n---------- Forwarded message ---------\nDe: Cafés do Cerrado <exportacao@cafesdocerrado.com.br>\n"
        "Date: ter., 23 de set. de 2025\n\nPeço reembolso da fatura OWD-2025-822 do projeto Cafés do Cerrado: pagamos a versão em "
        "inglês do site, que fica fora do escopo original, mas desistimos de exportar para os EUA.")],
        "decided", [R("refund", "deny")],
        spec="Forward sent from the contract email itself; O6 change_request never refundable -> deny")

    proj("Salão Beleza Pura", "agenda@belezapura.pt", "2025-03-01T10:00:00")
    opay("OWD-2025-823", "Salão Beleza Pura", "hosting_annual", "9600.00", "2025-09-20T10:00:00",
         setup_fee="0.00", service_start="2025-10-01")
    case("o23-hospedagem-antes-inicio", "optima_webdesign", [M("Salão Beleza Pura <agenda@belezapura.pt>", "anular alojamento",
        d(2025, 9, 26, 11, 0, "pt"),
        "Olá! Paguei o alojamento anual do Salão Beleza Pura (OWD-2025-823), mas o meu sobrinho, que percebe disto, vai "
        "tratar do site de graça :) Quero anular e receber o que for devido.\n\nObrigada,\nFátima")],
        "decided", [R("refund", "approve", "8800.00")], extra_ok=True,
        spec="O5 + section 8: before service start consumed_months = 1; 9600/12 = 800; refund = 9600 - 800 = 8800.00")

    proj("Cervejaria Serra Azul", "contato@serraazul.com.br", "2025-05-01T10:00:00")
    opay("OWD-2025-824", "Cervejaria Serra Azul", "retainer", "10000.00", "2025-09-15T10:00:00",
         next_billing_at="2025-10-15", period_start="2025-09-15", period_end="2025-10-14")
    case("o24-pergunta-nota", "optima_webdesign", [M("Cervejaria Serra Azul <contato@serraazul.com.br>", "nota fiscal com CNPJ",
        d(2025, 9, 25, 10, 0),
        "Olá, podem reenviar a nota da fatura OWD-2025-824 (projeto Cervejaria Serra Azul) com o CNPJ correto? "
        "O contador precisa pro fechamento. Não queremos cancelar nada, tá tudo ótimo!\n\nValeu!")],
        "other", [],
        spec="Invoice copy request; explicit negation of cancelling -> other")

    proj("Seguradora Atlântida", "marketing@atlantida-seguros.pt", "2025-04-01T10:00:00")
    opay("OWD-2025-825", "Seguradora Atlântida", "retainer", "18000.00", "2025-09-08T10:00:00",
         next_billing_at="2025-10-08", period_start="2025-09-08", period_end="2025-10-07")
    case("o25-avenca-borde-7", "optima_webdesign", [M("Marketing Atlântida <marketing@atlantida-seguros.pt>", "Cancelamento de serviço - Seguradora Atlântida",
        d(2025, 9, 30, 19, 0, "pt"),
        "Boa noite,\n\nSolicitamos o cancelamento da avença da Seguradora Atlântida (fatura OWD-2025-825), dado que o grupo vai "
        "integrar-nos no portal corporativo a partir de outubro.\n\nCom os melhores cumprimentos,\nTeresa Almeida")],
        "decided", [R("cancellation", "cancel", eff="2025-10-07")],
        spec="O4 edge: next_billing_at 2025-10-08, cut-off 2025-10-01; request 2025-09-30 19:00 +01:00 = 23:30 IST 2025-09-30 -> in time, effective 2025-10-07")

    # ---------------- hard cases ----------------
    cust("vanessa.duarte@duartedesign.com.br", "Vanessa Duarte", "monthly", "2025-09-24", "2025-10-23")
    lopay("LO-INV-72201", "vanessa.duarte@duartedesign.com.br", "monthly", "1499.00", "2025-09-24T10:00:00", "2025-09-24", "2025-10-23")
    lopay("LO-INV-72202", "vanessa.duarte@duartedesign.com.br", "monthly", "1499.00", "2025-09-24T10:02:00", "2025-09-24", "2025-10-23")
    case("h01-longo-motivo-no-meio", "leadsoptima", [M("Vanessa Duarte <vanessa.duarte@duartedesign.com.br>", "algumas coisinhas",
        d(2025, 9, 26, 20, 0),
        "Oi pessoal, tudo bom? Antes de mais nada, adorando a ferramenta, de verdade, o funil ficou lindo. Vou aproveitar o "
        "e-mail pra falar de umas coisas. Primeiro: tem como exportar o relatório de leads em PDF? Minha sócia pediu. Segundo, e "
        "mais chato: conferindo o extrato vi que a mensalidade do dia 24 saiu duas vezes (a que sobrou é a LO-INV-72202), então "
        "peço que devolvam essa cobrança repetida. Terceiro, nada urgente, vocês têm template pra agência de design?\n\n"
        "Desde já agradeço e boa semana!!\nVanessa\n\n--\nVanessa Duarte\nDuarte Design\nBelo Horizonte")],
        "decided", [R("refund", "approve", "1499.00")],
        spec="Reason in the middle of a long mail: duplicate 2025-09-24, request 2025-09-27 04:30 IST day 3 -> L4 approve 1499.00")

    cust("anderson.melo@meloautopecas.com.br", "Anderson Melo", "monthly", "2025-09-15", "2025-10-14")
    lopay("LO-INV-72211", "anderson.melo@meloautopecas.com.br", "monthly", "1499.00", "2025-09-15T10:00:00", "2025-09-15", "2025-10-14")
    case("h02-curto-sem-motivo", "leadsoptima", [M("Anderson Melo <anderson.melo@meloautopecas.com.br>", "reembolso",
        d(2025, 9, 17, 9, 0),
        "Quero reembolso da LO-INV-72211.\n\nAnderson Melo\nMelo Autopeças\n(81) 99999-0000\nEnviado do meu iPhone")],
        "need_info", [], missing=["reason"],
        spec="Section 8: restating the request and a signature are not reasons; plan from ledger, invoice given -> need_info reason")

    cust("sofia.carvalho@carvalhoconsult.pt", "Sofia Carvalho", "quarterly", "2025-09-20", "2025-12-19")
    lopay("LO-INV-72221", "sofia.carvalho@carvalhoconsult.pt", "quarterly", "3999.00", "2025-09-20T10:00:00", "2025-09-20", "2025-12-19")
    case("h03-plano-errado", "leadsoptima", [M("Sofia Carvalho <sofia.carvalho@carvalhoconsult.pt>", "RE: A sua fatura LO-INV-72221",
        d(2025, 9, 22, 10, 0, "pt"),
        "Olá,\n\nEu subscrevi o plano mensal e não o trimestral, mas foi-me cobrado o trimestral (3.999 em vez de 1.499). "
        "Peço que me devolvam o valor cobrado por engano.\n\nObrigada,\nSofia\n\n"
        "De: LeadsOptima <billing@leadsoptima.com>\nEnviada: sábado, 20 de setembro de 2025 10:00\nAssunto: A sua fatura LO-INV-72221")],
        "decided", [R("refund", "escalate")],
        spec="L2 billing_error (charged for the wrong plan); day 2; L5 escalate")

    cust("marcelo.pinto@gmail.com", "Marcelo Pinto", "monthly", "2025-09-29", "2025-10-28")
    lopay("LO-INV-72231", "marcelo.pinto@gmail.com", "monthly", "1499.00", "2025-09-29T10:00:00", "2025-09-29", "2025-10-28")
    case("h04-nao-quero-reembolso", "leadsoptima", [M("Marcelo Pinto <marcelo.pinto@gmail.com>", "painel não abre",
        d(2025, 9, 30, 8, 0),
        "Bom dia, desde ontem o painel não abre, fica carregando pra sempre. Não quero reembolso nem nada, só preciso que "
        "arrumem porque tenho campanha rodando essa semana. Conseguem ver?\n\nMarcelo")],
        "other", [],
        spec="Section 8 negation: 'Não quero reembolso' adds no refund intent; support request -> other")

    cust("graca.ferreira@ferreiracatering.pt", "Graça Ferreira", "annual", "2025-03-01", "2026-02-28")
    case("h05-cancelar-erros", "leadsoptima", [M("Graça Ferreira <graca.ferreira@ferreiracatering.pt>", "cancelar",
        d(2025, 9, 21, 20, 0, "pt"),
        "boa noite quero cancelar a asinatura anual ja nao uso obg\ngraça")],
        "decided", [R("cancellation", "cancel", eff="2026-02-28")],
        spec="L8: cancel, effective current_period_end 2026-02-28 (typos; reason not required for LO cancellation)")

    proj("Hostel Rio Vermelho", "reservas@hostelriovermelho.com.br", "2025-06-01T10:00:00")
    opay("OWD-2025-830", "Hostel Rio Vermelho", "retainer", "9000.00", "2025-09-02T10:00:00",
         next_billing_at="2025-10-02", period_start="2025-09-02", period_end="2025-10-01")
    case("h06-cancelamento-chargeback", "optima_webdesign", [M("Hostel Rio Vermelho <reservas@hostelriovermelho.com.br>", "Cancelamento imediato",
        d(2025, 9, 19, 10, 0),
        "Cancelem a mensalidade do Hostel Rio Vermelho (OWD-2025-830) agora: o site ficou fora do ar metade de agosto e ninguém "
        "respondeu. Já pedi chargeback da cobrança de setembro no cartão.\n\nJ. Santos")],
        "decided", [R("cancellation", "escalate")], rules=["C4"],
        spec="Section 8: C4 covers the whole case; chargeback escalates the cancellation too")

    return cases


def main():
    os.makedirs(os.path.join(HERE, "emails"), exist_ok=True)
    build()
    with open(os.path.join(HERE, "ledger.json"), "w", encoding="utf-8") as fh:
        json.dump({"customers": customers, "projects": projects, "payments": payments}, fh, ensure_ascii=False, indent=1)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as fh:
        json.dump({"cases": cases}, fh, ensure_ascii=False, indent=1)
    print(len(cases), "cases")


if __name__ == "__main__":
    main()
