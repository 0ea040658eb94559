"""fresh11 pt cases: written by QA from POLICY_SPEC.md alone. MIT licence."""
import json, os
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
IST = timezone(timedelta(hours=5, minutes=30))
LO_TO = "support@leadsoptima.com"
OWD_TO = "optimawebdesigns12@gmail.com"
LEDGER = {"customers": [], "projects": [], "payments": []}
CASES = []


def cust(email, name, plan, ps=None, pe=None, status="active", trial_ends=None):
    LEDGER["customers"].append({"brand": "leadsoptima", "email": email, "name": name, "plan": plan,
                                "status": status, "trial_ends": trial_ends,
                                "current_period_start": ps, "current_period_end": pe})


def lopay(pid, inv, email, plan, amount, paid_at, ps=None, pe=None, status="paid", tax="0.00"):
    LEDGER["payments"].append({"brand": "leadsoptima", "id": pid, "invoice": inv, "customer_email": email,
                               "kind": "subscription", "plan": plan, "amount": amount, "tax": tax,
                               "currency": "INR", "paid_at": paid_at, "period_start": ps,
                               "period_end": pe, "status": status})


def proj(name, email, ws=None):
    LEDGER["projects"].append({"brand": "optima_webdesign", "name": name, "contract_email": email,
                               "work_started_at": ws})


def owdpay(pid, inv, project, kind, amount, paid_at, tax="0.00", status="paid", setup_fee=None,
           service_start=None, next_billing_at=None, ps=None, pe=None, ms=None):
    LEDGER["payments"].append({"brand": "optima_webdesign", "id": pid, "invoice": inv, "project": project,
                               "kind": kind, "amount": amount, "tax": tax, "currency": "INR",
                               "paid_at": paid_at, "status": status, "setup_fee": setup_fee,
                               "service_start": service_start, "next_billing_at": next_billing_at,
                               "period_start": ps, "period_end": pe, "milestone_status": ms})


def mail(name, frm, to, date, subject, body, html=None, headers=None, reply_to_id=None, mid=None):
    m = EmailMessage(policy=SMTP)
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = format_datetime(datetime.strptime(date, "%Y-%m-%d %H:%M").replace(tzinfo=IST))
    m["Message-ID"] = mid or "<%s@qa11.example>" % name
    if reply_to_id:
        m["In-Reply-To"] = reply_to_id
        m["References"] = reply_to_id
    for k, v in (headers or {}).items():
        m[k] = v
    if html and body is None:
        m.set_content(html, subtype="html")
    else:
        m.set_content(body)
        if html:
            m.add_alternative(html, subtype="html")
    os.makedirs(os.path.join(HERE, "emails"), exist_ok=True)
    with open(os.path.join(HERE, "emails", name + ".eml"), "wb") as f:
        f.write(m.as_bytes())
    return "emails/%s.eml" % name


def case(cid, files, brand, status, decisions=(), rules=(), spec="", missing=None, extra_ok=False,
         ambiguous=None, line=""):
    c = {"id": "%s-%s" % (LANG, cid), "lang": LANG, "files": list(files), "brand": brand,
         "status": status, "rules": list(rules)}
    if missing is not None:
        c["missing"] = list(missing)
    c["decisions"] = [dict(d) for d in decisions]
    if extra_ok:
        c["extra_ok"] = True
    c["spec"] = spec
    if ambiguous:
        c["ambiguous"] = ambiguous
    c["line"] = line
    CASES.append(c)


def D(intent, outcome, amount=None, eff=None):
    d = {"intent": intent, "outcome": outcome}
    if amount is not None:
        d["amount"] = amount
    if eff is not None:
        d["effective_date"] = eff
    return d


def write():
    with open(os.path.join(HERE, "ledger.json"), "w", encoding="utf-8") as f:
        json.dump(LEDGER, f, ensure_ascii=False, indent=1)
    out = []
    for c in CASES:
        c = dict(c)
        c.pop("line")
        out.append(c)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump({"cases": out}, f, ensure_ascii=False, indent=1)
    print(len(CASES), "cases")
LANG = "pt"
LO, OW = "leadsoptima", "optima_webdesign"

# ---------------- LeadsOptima ----------------
cust("thiago.nascimento@nascimentoimoveis.com.br", "Thiago Nascimento", "monthly", "2025-09-27", "2025-10-26")
lopay("pt_p01", "LO-INV-88101", "thiago.nascimento@nascimentoimoveis.com.br", "monthly", "1799.00", "2025-09-27T09:10:00", "2025-09-27", "2025-10-26")
lopay("pt_p02", "LO-INV-88102", "thiago.nascimento@nascimentoimoveis.com.br", "monthly", "1799.00", "2025-09-27T09:11:00", "2025-09-27", "2025-10-26")
f = mail("l01-dup-sameday", "Thiago Nascimento <thiago.nascimento@nascimentoimoveis.com.br>", LO_TO, "2025-09-27 21:40", "Cobrança em duplicidade",
         "Boa noite, pessoal!\n\nAcabei de ver no extrato do cartão que a mensalidade de hoje foi cobrada em duplicidade, duas cobranças iguais de R$ 1.799,00 (quer dizer, ₹1,799). A fatura da segunda é LO-INV-88102. Podem estornar a cobrança repetida?\n\nAbs,\nThiago Nascimento\nNascimento Imóveis | CRECI 12345\nEnviado do meu Android")
case("l01-dup-sameday", [f], LO, "decided", [D("refund", "approve", "1799.00")], spec="L2 duplicate_payment; two paid charges 1799.00 on 2025-09-27, same period; request same day (day 0) -> L4 approve 1799.00", line="duplicate charge noticed the same evening: approve 1799.00")

cust("renata.lopes@lopesdecor.com.br", "Renata Lopes", "monthly", "2025-09-19", "2025-10-18")
lopay("pt_p03", "LO-INV-88111", "renata.lopes@lopesdecor.com.br", "monthly", "1499.00", "2025-08-19T09:00:00", "2025-08-19", "2025-09-18")
lopay("pt_p04", "LO-INV-88112", "renata.lopes@lopesdecor.com.br", "monthly", "1499.00", "2025-09-19T09:00:00", "2025-09-19", "2025-10-18")
f = mail("l02-dup-not-in-ledger", "Renata Lopes <renata.lopes@lopesdecor.com.br>", LO_TO, "2025-09-22 10:00", "cobrado duas vezes",
         "Oi, tudo bem?\nMe cobraram duas vezes o plano mensal, vi dois débitos de 1.499 no cartão. A fatura é a LO-INV-88112. Quero o estorno da cobrança duplicada.\nObrigada\nRenata")
case("l02-dup-not-in-ledger", [f], LO, "decided", [D("refund", "escalate")], spec="L4: the ledger shows charges for two different periods (Aug and Sep), no pair for the same period -> escalate; request day 3 inside L3", line="claims a double charge, ledger has two different months: escalate (L4)")

cust("joao.pedro.alves@gmail.com", "João Pedro Alves", "quarterly", "2025-09-24", "2025-12-23")
lopay("pt_p05", "LO-INV-88121", "joao.pedro.alves@gmail.com", "quarterly", "4499.00", "2025-09-24T14:00:00", "2025-09-24", "2025-12-23")
lopay("pt_p06", "LO-INV-88122", "joao.pedro.alves@gmail.com", "quarterly", "4499.00", "2025-09-24T14:00:20", "2025-09-24", "2025-12-23")
f = mail("l03-dup-sloppy-ref", "João Pedro Alves <joao.pedro.alves@gmail.com>", LO_TO, "2025-09-28 11:00", "pagamento 2x",
         "ola, paguei duas vezes o trimestral!! a segunda é a lo inv 88122 , a primeira eh 88121. devolve uma ai por favor\nvlw\nJP")
case("l03-dup-sloppy-ref", [f], LO, "decided", [D("refund", "approve", "4499.00")], spec="Section 8: 'lo inv 88122' matches LO-INV-88122; L4 duplicate of 2025-09-24, request day 4 -> approve 4499.00", line="'paguei duas vezes', sloppy 'lo inv 88122': approve 4499.00")

cust("carla.menezes@menezesarquitetura.pt", "Carla Menezes", "monthly", "2025-09-15", "2025-10-14")
lopay("pt_p07", "LO-INV-88131", "carla.menezes@menezesarquitetura.pt", "monthly", "1599.00", "2025-09-15T10:00:00", "2025-09-15", "2025-10-14")
f = mail("l04-access-day9", "Carla Menezes <carla.menezes@menezesarquitetura.pt>", LO_TO, "2025-09-24 09:00", "Não consigo entrar na conta",
         "Bom dia,\n\nDesde o dia 15 não consigo fazer login na plataforma, dá sempre erro. Paguei a mensalidade nesse dia (fatura LO-INV-88131) e não usei nada. Gostaria do reembolso.\n\nCumprimentos,\nCarla Menezes\nMenezes Arquitetura, Lda.")
case("l04-access-day9", [f], LO, "decided", [D("refund", "deny")], spec="L3: charge 2025-09-15 day 0, request 2025-09-24 = day 9 > 7 -> deny, even for access_failure", line="cannot log in, but asks on day 9: deny (L3)")

cust("rodrigo.farias@fariasauto.com.br", "Rodrigo Farias", "monthly", "2025-09-25", "2025-10-24")
lopay("pt_p08", "LO-INV-88141", "rodrigo.farias@fariasauto.com.br", "annual", "11988.00", "2025-09-25T08:00:00", "2025-09-25", "2026-09-24")
f = mail("l05-wrong-plan", "Rodrigo Farias <rodrigo.farias@fariasauto.com.br>", LO_TO, "2025-09-26 15:30", "Cobraram o plano errado",
         "Boa tarde,\nEu assino o plano mensal e ontem fui cobrado pelo plano anual, R$ 11.988,00, fatura LO-INV-88141. Isso é erro de cobrança, peço a devolução.\nAtt,\nRodrigo Farias")
case("l05-wrong-plan", [f], LO, "decided", [D("refund", "escalate")], spec="L2 billing_error (charged for the annual instead of the monthly), day 1 -> L5 escalate", line="charged annual instead of monthly: escalate (L5)")

cust("beatriz.rocha@rochaeventos.com.br", "Beatriz Rocha", "annual", "2025-09-26", "2026-09-25")
lopay("pt_p09", "LO-INV-88151", "beatriz.rocha@rochaeventos.com.br", "annual", "11988.00", "2025-09-26T10:00:00", "2025-09-26", "2026-09-25")
f = mail("l06-too-expensive", "Beatriz Rocha <beatriz.rocha@rochaeventos.com.br>", LO_TO, "2025-09-28 16:00", "Reembolso plano anual",
         "Olá,\nrenovei o anual sem pensar e agora vi que ficou caro demais pro nosso orçamento. Dá pra me devolver o valor da fatura LO-INV-88151? Uso pouquíssimo.\nBeijos, Bia")
case("l06-too-expensive", [f], LO, "decided", [D("refund", "deny")], spec="L1: 'too expensive / use it little' is not an L2 exception -> deny, cancellation offered", line="annual renewal too expensive: deny (L1)")

cust("miguel.sousa@sousacontabilidade.pt", "Miguel Sousa", "annual", "2025-01-20", "2026-01-19")
lopay("pt_p10", "LO-INV-88161", "miguel.sousa@sousacontabilidade.pt", "annual", "11988.00", "2025-01-20T10:00:00", "2025-01-20", "2026-01-19")
f = mail("l07-cancel-annual", "Miguel Sousa <miguel.sousa@sousacontabilidade.pt>", LO_TO, "2025-09-23 10:15", "Cancelamento da assinatura",
         "Exmos. Senhores,\n\nVenho por este meio solicitar o cancelamento da minha assinatura anual, com efeito no fim do período em curso. A empresa vai ser integrada num grupo que já tem CRM próprio.\n\nCom os melhores cumprimentos,\nMiguel Sousa")
case("l07-cancel-annual", [f], LO, "decided", [D("cancellation", "cancel", eff="2026-01-19")], spec="L8: cancel, active until current_period_end 2026-01-19", line="European Portuguese formal annual cancellation: 2026-01-19")

cust("patricia.gomes@gomesnutri.com.br", "Patrícia Gomes", "monthly")
lopay("pt_p11", "LO-INV-88171", "patricia.gomes@gomesnutri.com.br", "monthly", "999.00", "2025-08-31T20:00:00+00:00")
f = mail("l08-cancel-offset", "Patrícia Gomes <patricia.gomes@gomesnutri.com.br>", LO_TO, "2025-09-20 12:00", "cancelar",
         "Oi, quero cancelar minha assinatura mensal, não vou renovar. Obrigada!\nPatrícia")
case("l08-cancel-offset", [f], LO, "decided", [D("cancellation", "cancel", eff="2025-09-30")], spec="L8 fallback + section 8: charge 2025-08-31T20:00Z is 2025-09-01 01:30 IST; local date 2025-09-01 + 1 month - 1 day = 2025-09-30", line="monthly cancel, last charge UTC offset crosses midnight IST: 2025-09-30")

cust("eduardo.prado@pradofotos.com.br", "Eduardo Prado", "monthly", "2025-09-12", "2025-10-11", status="cancelled")
lopay("pt_p12", "LO-INV-88181", "eduardo.prado@pradofotos.com.br", "monthly", "1299.00", "2025-09-12T06:00:00", "2025-09-12", "2025-10-11")
f = mail("l09-after-cancel-late", "Eduardo Prado <eduardo.prado@pradofotos.com.br>", LO_TO, "2025-09-25 19:00", "cobrança depois do cancelamento",
         "Boa noite. Cancelei no dia 10 e mesmo assim vocês me cobraram dia 12 (fatura LO-INV-88181). Só vi agora no extrato. Quero meu dinheiro de volta.\nEduardo")
case("l09-after-cancel-late", [f], LO, "decided", [D("refund", "deny")], spec="L2 billing_error (charged after cancelling) but L3: charge 2025-09-12, request 2025-09-25 = day 13 > 7 -> deny", line="charged after cancelling, asks on day 13: deny (L3)")

cust("luana.batista@batistapet.com.br", "Luana Batista", "quarterly", "2025-09-29", "2025-12-28")
lopay("pt_p13", "LO-INV-88191", "luana.batista@batistapet.com.br", "quarterly", "3999.00", "2025-09-29T10:00:00", "2025-09-29", "2025-12-28")
f = mail("l10-access-and-cancel", "Luana Batista <luana.batista@batistapet.com.br>", LO_TO, "2025-09-30 14:00", "Plataforma não carrega + cancelamento",
         "Olá, desde que paguei o trimestre ontem a plataforma não carrega de jeito nenhum, fica só a tela branca. Quero o reembolso da fatura LO-INV-88191 e também cancelar a assinatura, não dá pra trabalhar assim.\nLuana - Batista Pet Shop")
case("l10-access-and-cancel", [f], LO, "decided", [D("refund", "escalate"), D("cancellation", "cancel", eff="2025-12-28")], spec="Both intents: L6 access_failure day 1 -> refund escalate; L8 cancel until current_period_end 2025-12-28", line="platform not loading: refund escalate + cancel 2025-12-28")

cust("fabio.teixeira@teixeiracafe.com.br", "Fábio Teixeira", "monthly", "2025-09-26", "2025-10-25")
lopay("pt_p14", "LO-INV-88201", "fabio.teixeira@teixeiracafe.com.br", "monthly", "1499.00", "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
f1 = mail("l11-c3-ask", "Fábio Teixeira <fabio.teixeira@teixeiracafe.com.br>", LO_TO, "2025-09-27 09:00", "Reembolso fatura LO-INV-88201",
          "Bom dia,\nsolicito o reembolso da fatura LO-INV-88201.\nAguardo retorno.\n\nFábio Teixeira\nTeixeira Café & Cia", mid="<pt-l11a@qa11.example>")
case("l11-c3-ask", [f1], LO, "need_info", missing=["reason"], spec="Section 8: restating the request and signature are not a reason; refund requires reason -> need_info [reason]", line="refund with invoice but no reason: need_info reason")
f2 = mail("l11-c3-answer", "Fábio Teixeira <fabio.teixeira@teixeiracafe.com.br>", LO_TO, "2025-09-29 10:00", "Re: Reembolso fatura LO-INV-88201",
          "Oi, o motivo é que desde o dia 26 não consigo acessar o painel, aparece acesso negado.\n\nEm sáb., 27 de set. de 2025 às 09:00, Fábio Teixeira escreveu:\n> solicito o reembolso da fatura LO-INV-88201.", reply_to_id="<pt-l11a@qa11.example>")
case("l11-c3-thread", [f1, f2], LO, "decided", [D("refund", "escalate")], spec="C3 answer merged; reason access_failure; request time = first email 2025-09-27 (day 1) -> L6 escalate", line="answered with 'não consigo acessar': escalate (L6)")

cust("sergio.matos@matosengenharia.com.br", "Sérgio Matos", "monthly", "2025-09-05", "2025-10-04")
lopay("pt_p15", "LO-INV-88211", "sergio.matos@matosengenharia.com.br", "monthly", "1999.00", "2025-09-05T10:00:00", "2025-09-05", "2025-10-04")
f = mail("l12-procon-cancel", "Sérgio Matos <sergio.matos@matosengenharia.com.br>", LO_TO, "2025-09-30 11:00", "CANCELAMENTO IMEDIATO",
         "Quero cancelar essa assinatura AGORA. Já tentei pelo painel três vezes e não consigo. Se não cancelarem hoje vou abrir reclamação no Procon e meu advogado entra com ação.\nSérgio Matos")
case("l12-procon-cancel", [f], LO, "decided", [D("cancellation", "escalate")], rules=["C4"], spec="C4 covers the whole case (section 8): consumer protection (Procon) and lawyer threat -> the cancellation is escalated too", line="cancellation with Procon / lawyer threat: escalate (C4)")

f = mail("l13-newsletter", "Growth Weekly <news@growthweekly.example>", LO_TO, "2025-09-29 07:00", "Growth Weekly #212: 10 dicas de funil",
         "Nesta edição: 10 dicas para o seu funil de vendas. Para cancelar a inscrição clique aqui.",
         headers={"Precedence": "bulk", "List-Id": "Growth Weekly <weekly.growthweekly.example>", "List-Unsubscribe": "<mailto:unsub@growthweekly.example>"})
case("l13-newsletter", [f], LO, "ignore", rules=["C7"], spec="C7: Precedence: bulk and List-Id -> ignore (the word 'cancelar a inscrição' is not a request)", line="newsletter with List-Id: ignore (C7)")

f = mail("l14-own-address", "LeadsOptima <noreply@leadsoptima.com>", LO_TO, "2025-09-29 06:00", "Sua fatura LO-INV-88999 está disponível",
         "Olá! Sua fatura mensal está disponível. Para cancelar, acesse Billing > Cancel Plan.")
case("l14-own-address", [f], LO, "ignore", rules=["C7"], spec="C7: mail from the brand's own address noreply@leadsoptima.com -> ignore", line="our own noreply mail looping back: ignore (C7)")

f = mail("l15-howto-card", "Thiago Nascimento <thiago.nascimento@nascimentoimoveis.com.br>", LO_TO, "2025-09-29 08:00", "trocar cartão",
         "Bom dia! Como faço pra trocar o cartão de crédito cadastrado? O meu atual vence mês que vem.\nValeu")
case("l15-howto-card", [f], LO, "other", spec="No refund or cancellation: how to change the card -> other", line="how to change the credit card: other")

cust("ana.ribeiro@ribeirodesign.pt", "Ana Ribeiro", "quarterly", "2025-07-15", "2025-10-14")
lopay("pt_p16", "LO-INV-88221", "ana.ribeiro@ribeirodesign.pt", "quarterly", "4299.00", "2025-07-15T10:00:00", "2025-07-15", "2025-10-14")
f = mail("l16-fwd-own", "Ana Ribeiro <ana.ribeiro@ribeirodesign.pt>", LO_TO, "2025-09-24 15:00", "Fwd: cancelamento",
         "Reencaminho o pedido que enviei ontem para o endereço errado.\n\n---------- Forwarded message ---------\nDe: Ana Ribeiro <ana.ribeiro@ribeirodesign.pt>\nDate: terça, 23/09/2025 à(s) 18:20\nSubject: cancelamento\nTo: <suporte@leadsoptima.example>\n\nBoa tarde, pretendo cancelar a subscrição trimestral; vou deixar de trabalhar como freelancer.\nObrigada, Ana")
case("l16-fwd-own", [f], LO, "decided", [D("cancellation", "cancel", eff="2025-10-14")], spec="Section 8: forward read for the request it carries; it names the sender's own registered address; L8 cancel until 2025-10-14", line="Gmail forward of her own misaddressed cancellation: cancel 2025-10-14")

cust("vinicius.cardoso@cardosolog.com.br", "Vinícius Cardoso", "monthly", "2025-09-22", "2025-10-21")
lopay("pt_p17", "LO-INV-88231", "vinicius.cardoso@cardosolog.com.br", "monthly", "1499.00", "2025-09-22T10:00:00", "2025-09-22", "2025-10-21")
lopay("pt_p18", "LO-INV-88232", "vinicius.cardoso@cardosolog.com.br", "monthly", "1499.00", "2025-09-22T10:00:30", "2025-09-22", "2025-10-21")
f = mail("l17-reply-to", "Vinícius Cardoso <vini.cardoso.pessoal@gmail.com>", LO_TO, "2025-09-23 10:00", "cobrança dupla LO-INV-88232",
         "Fui cobrado duas vezes em 22/09, fatura LO-INV-88232. Respondam no e-mail da empresa, por favor.\nVinícius",
         headers={"Reply-To": "vinicius.cardoso@cardosolog.com.br"})
case("l17-reply-to", [f], LO, "need_info", rules=["C2"], spec="Section 8: the sender is the From address; Reply-To never verifies -> C2", line="From gmail with Reply-To the registered address: C2")

cust("larissa.moura@mouraestetica.com.br", "Larissa Moura", "monthly", "2025-09-24", "2025-10-23")
lopay("pt_p19", "LO-INV-88241", "larissa.moura@mouraestetica.com.br", "monthly", "1499.00", "2025-09-24T10:00:00", "2025-09-24", "2025-10-23")
f = mail("l18-plus-tag", "Larissa Moura <larissa.moura+leads@mouraestetica.com.br>", LO_TO, "2025-09-25 10:00", "nao consigo logar",
         "Oi! Desde ontem nao consigo logar na plataforma, ja resetei a senha duas vezes e nada. Quero o reembolso da fatura LO-INV-88241.\nLari")
case("l18-plus-tag", [f], LO, "need_info", rules=["C2"], spec="Section 8: a +tag makes another address; larissa.moura+leads@ is not the registered email -> C2", line="writes from a +tag address: C2")

cust("gustavo.lima@limaadvocacia.com.br", "Gustavo Lima", "annual", "2025-08-10", "2026-08-09")
lopay("pt_p20", "LO-INV-88251", "gustavo.lima@limaadvocacia.com.br", "annual", "11988.00", "2025-08-10T10:00:00", "2025-08-10", "2026-08-09")
f = mail("l19-hypothetical", "Gustavo Lima <gustavo.lima@limaadvocacia.com.br>", LO_TO, "2025-09-18 17:00", "Dúvida sobre reembolso",
         "Prezados, uma dúvida apenas: se eu tiver cobrança em duplicidade no futuro, em quanto tempo eu preciso avisar para ter direito ao reembolso? Não há nenhum problema no momento.\nAtenciosamente,\nGustavo Lima")
case("l19-hypothetical", [f], LO, "other", spec="Section 8: a hypothetical policy question with nothing asked -> other", line="hypothetical question about future double charges: other")

# ---------------- Optima WebDesign ----------------
proj("Pousada Maré Alta", "contato@pousadamarealta.com.br")
owdpay("pt_o01", "OWD-2025-501", "Pousada Maré Alta", "deposit", "25000.00", "2025-09-26T10:01:00", tax="4500.00")
f = mail("o01-deposit-71h59", "Pousada Maré Alta <contato@pousadamarealta.com.br>", OWD_TO, "2025-09-29 10:00", "Refund Request — Pousada Maré Alta / OWD-2025-501",
         "Olá equipe Optima,\n\nPagamos o sinal do site (OWD-2025-501) na sexta, mas o sócio desistiu de reformar a pousada este ano e o site ficou para 2026. Pedimos a devolução do sinal.\n\nAbraços,\nCecília\nPousada Maré Alta - Ubatuba/SP")
case("o01-deposit-71h59", [f], OW, "decided", [D("refund", "approve", "25000.00")], spec="O2: paid 2025-09-26 10:01, request 2025-09-29 10:00 = 71 h 59 min < 72 h; no work -> approve 25000.00 (tax not refunded)", line="deposit refund 71 h 59 min after payment: approve 25000.00")

proj("Colégio Raízes", "financeiro@colegioraizes.com.br", ws="2025-10-06T09:00:00")
owdpay("pt_o02", "OWD-2025-502", "Colégio Raízes", "deposit", "40000.00", "2025-09-29T10:00:00", tax="7200.00")
f = mail("o02-deposit-kickoff-later", "Financeiro Colégio Raízes <financeiro@colegioraizes.com.br>", OWD_TO, "2025-09-30 16:00", "Devolução do sinal - Colégio Raízes",
         "Prezados,\nA diretoria não aprovou o orçamento do novo portal, por isso solicitamos a devolução do sinal pago ontem (NF/fatura OWD-2025-502). Sabemos que o kickoff estava marcado só para 06/10.\nAtenciosamente,\nDepto. Financeiro")
case("o02-deposit-kickoff-later", [f], OW, "decided", [D("refund", "approve", "40000.00")], spec="O2: request 2025-09-30 16:00 is 30 h after payment and before work_started_at 2025-10-06 -> before both -> approve 40000.00", line="deposit with kick-off scheduled later than the request: approve 40000.00")

proj("Cervejaria Lúpulo Bravo", "socios@lupulobravo.com.br", ws="2025-10-03T10:00:00")
owdpay("pt_o03", "OWD-2025-503", "Cervejaria Lúpulo Bravo", "discovery", "9500.00", "2025-09-10T10:00:00", tax="1710.00")
f = mail("o03-discovery-future-session", "Sócios Lúpulo Bravo <socios@lupulobravo.com.br>", OWD_TO, "2025-09-25 11:00", "workshop de estratégia",
         "E aí pessoal, a gente pagou o workshop de estratégia (OWD-2025-503) da Cervejaria Lúpulo Bravo, que ficou marcado pra 03/10. Só que perdemos o investidor e não dá pra seguir. Tem como devolver?\nValeu, Diego")
case("o03-discovery-future-session", [f], OW, "decided", [D("refund", "approve", "9500.00")], spec="O1: work_started_at 2025-10-03 is later than the request 2025-09-25 -> refundable in full 9500.00", line="discovery workshop scheduled after the request: approve 9500.00 (O1)")

proj("Loja Verde Vida", "loja@verdevida.com.br", ws="2025-07-01T10:00:00")
owdpay("pt_o04", "OWD-2025-504", "Loja Verde Vida", "milestone", "18000.00", "2025-09-01T10:00:00", tax="3240.00", ms="completed")
f = mail("o04-milestone-completed", "Loja Verde Vida <loja@verdevida.com.br>", OWD_TO, "2025-09-22 14:00", "Etapa 2 catálogo",
         "Oi, a etapa 2 (catálogo de produtos, fatura OWD-2025-504) da Loja Verde Vida foi entregue mas a gente decidiu vender só pelo Instagram. Queremos o reembolso dessa etapa.\nBjs, Paula")
case("o04-milestone-completed", [f], OW, "decided", [D("refund", "deny")], spec="O3/O6: milestone completed -> deny", line="completed milestone: deny (O3)")

proj("Escritório Ramos & Filhos", "ti@ramosefilhos.com.br", ws="2025-03-01T10:00:00")
owdpay("pt_o05", "OWD-2025-505", "Escritório Ramos & Filhos", "retainer", "8000.00", "2025-09-08T10:00:00", tax="1440.00", next_billing_at="2025-10-08T00:00:00", ps="2025-09-08", pe="2025-10-07")
f = mail("o05-retainer-exact7", "TI Ramos & Filhos <ti@ramosefilhos.com.br>", OWD_TO, "2025-10-01 09:00", "Encerramento do contrato mensal",
         "Bom dia,\nComunicamos o cancelamento do retainer mensal do Escritório Ramos & Filhos (última fatura OWD-2025-505). Motivo: internalizamos a manutenção do site com a equipe de TI.\nAtt.,\nMarcos Ramos")
case("o05-retainer-exact7", [f], OW, "decided", [D("cancellation", "cancel", eff="2025-10-07")], spec="O4: next_billing_at 2025-10-08; 2025-10-08 minus 7 days = 2025-10-01; request 2025-10-01 09:00 is on that date -> notice enough; effective 2025-10-07", line="retainer cancel with exactly 7 days' notice: cancel 2025-10-07")

proj("Hamburgueria Brasa", "gerencia@brasaburger.com.br", ws="2025-02-01T10:00:00")
owdpay("pt_o06", "OWD-2025-506", "Hamburgueria Brasa", "retainer", "5500.00", "2025-09-06T10:00:00", tax="990.00", next_billing_at="2025-10-06T00:00:00", ps="2025-09-06", pe="2025-10-05")
f = mail("o06-retainer-6days", "Gerência Brasa <gerencia@brasaburger.com.br>", OWD_TO, "2025-09-30 18:00", "cancelar mensalidade",
         "Boa tarde, queremos cancelar a mensalidade do site da Hamburgueria Brasa (OWD-2025-506). A loja vai fechar em novembro.\nRafael")
case("o06-retainer-6days", [f], OW, "decided", [D("cancellation", "cancel", eff="2025-11-05")], spec="O4: next_billing_at 2025-10-06, cut-off 2025-09-29; request 2025-09-30 (6 days) -> next cycle 2025-10-06..2025-11-05 billed; effective 2025-11-05", ambiguous="The next cycle's length is inferred from the current period (one month, 2025-09-06..2025-10-05)", line="retainer cancel with 6 days' notice: next cycle billed, 2025-11-05")

proj("Clínica Veterinária Patas", "adm@vetpatas.com.br")
owdpay("pt_o07", "OWD-2025-507", "Clínica Veterinária Patas", "hosting_annual", "36000.00", "2025-09-25T10:00:00", tax="6480.00", setup_fee="3000.00", service_start="2025-10-15")
f = mail("o07-hosting-before-start", "Adm Vet Patas <adm@vetpatas.com.br>", OWD_TO, "2025-09-29 10:00", "Hospedagem anual - desistência",
         "Olá,\nContratamos a hospedagem anual (fatura OWD-2025-507) da Clínica Veterinária Patas para começar dia 15/10, mas a rede que nos comprou já tem servidor próprio. Queremos cancelar e receber o reembolso cabível.\nObrigado,\nDr. Henrique")
case("o07-hosting-before-start", [f], OW, "decided", [D("refund", "approve", "30250.00")], extra_ok=True, spec="O5 + section 8 (before the service starts consumed_months = 1): monthly_value = (36000-3000)/12 = 2750.00; refund = 36000 - 3000 - 2750 = 30250.00", line="annual hosting cancelled before it starts: approve 30250.00 (O5)")

proj("Editora Horizonte", "contratos@editorahorizonte.pt")
owdpay("pt_o08", "OWD-2025-508", "Editora Horizonte", "maintenance_annual", "15000.00", "2025-09-20T10:00:00", tax="2700.00", setup_fee="1000.00", service_start="2025-09-20")
f = mail("o08-maint-rounding", "Contratos Editora Horizonte <contratos@editorahorizonte.pt>", OWD_TO, "2025-10-01 08:00", "Manutenção anual - cancelamento e reembolso",
         "Bom dia,\n\nVimos por este meio cancelar o contrato de manutenção anual da Editora Horizonte (fatura OWD-2025-508), dado que a editora vai ser absorvida por outro grupo editorial. Solicitamos o reembolso proporcional previsto na vossa política.\n\nCom os melhores cumprimentos,\nTeresa Vaz")
case("o08-maint-rounding", [f], OW, "decided", [D("refund", "approve", "12833.33")], extra_ok=True, spec="O5: service_start 2025-09-20, request 2025-10-01 = day 11 <= 14; monthly_value = 14000/12 = 1166.666...; refund = 15000 - 1000 - 1166.666... = 12833.333... -> rounded once 12833.33", line="annual maintenance day 11, non-round proration: approve 12833.33")

proj("Padaria Pão Quente", "padaria@paoquente.com.br")
owdpay("pt_o09", "OWD-2025-509", "Padaria Pão Quente", "hosting_annual", "12000.00", "2025-09-16T10:00:00", tax="2160.00", service_start="2025-09-16")
f = mail("o09-hosting-day14", "Padaria Pão Quente <padaria@paoquente.com.br>", OWD_TO, "2025-09-30 20:00", "cancelar hospedagem",
         "Oi, quero cancelar a hospedagem anual da Padaria Pão Quente, fatura OWD-2025-509, e o reembolso do que der. Meu sobrinho vai hospedar de graça pra gente.\nSeu Manoel")
case("o09-hosting-day14", [f], OW, "decided", [D("refund", "approve", "11000.00")], extra_ok=True, spec="O5: service_start 2025-09-16 day 0, request 2025-09-30 = day 14 (inside); no setup fee; monthly 1000.00; refund 12000 - 0 - 1000 = 11000.00", line="annual hosting on day 14: approve 11000.00 (O5)")

proj("Studio Tattoo Nanquim", "nanquim@studionanquim.com.br")
owdpay("pt_o10", "OWD-2025-510", "Studio Tattoo Nanquim", "setup", "3500.00", "2025-09-24T10:00:00", tax="630.00")
f = mail("o10-setup-fee", "Studio Nanquim <nanquim@studionanquim.com.br>", OWD_TO, "2025-09-25 15:00", "taxa de ativação",
         "Fala pessoal, paguei a taxa de ativação (OWD-2025-510) do Studio Tattoo Nanquim mas mudei de ideia sobre a loja virtual. Quero de volta os 3.500.\nKadu")
case("o10-setup-fee", [f], OW, "decided", [D("refund", "deny")], spec="O6: setup/activation fee never refundable -> deny", line="setup/activation fee: deny (O6)")

proj("Imobiliária Porto Seguro", "marketing@imobportoseguro.com.br", ws="2025-06-01T10:00:00")
owdpay("pt_o11", "OWD-2025-511", "Imobiliária Porto Seguro", "third_party", "7200.00", "2025-09-23T10:00:00", tax="1296.00")
f = mail("o11-plugin-licence", "Marketing Porto Seguro <marketing@imobportoseguro.com.br>", OWD_TO, "2025-09-24 10:00", "Licença do plugin",
         "Olá, foi cobrada a licença anual do plugin de busca de imóveis (OWD-2025-511) do projeto Imobiliária Porto Seguro, mas não vamos usar esse plugin. Por favor, reembolsem.\nAtenciosamente, Camila")
case("o11-plugin-licence", [f], OW, "decided", [D("refund", "deny")], spec="O6: third_party (plugin licence) never refundable -> deny", line="premium plugin licence: deny (O6)")

proj("Construtora Alicerce", "compras@construtoraalicerce.com.br")
owdpay("pt_o12", "OWD-2025-512", "Construtora Alicerce", "discovery", "12000.00", "2025-09-22T10:00:00", tax="2160.00")
f = mail("o12-case-insensitive", "Compras Alicerce <Compras@ConstrutoraAlicerce.com.br>", OWD_TO, "2025-09-26 09:00", "Reembolso sessão de descoberta",
         "Prezados,\nSolicitamos o reembolso da sessão de descoberta (fatura OWD-2025-512), projeto Construtora Alicerce, que ainda não foi agendada. A obra foi suspensa por falta de licença ambiental.\nAtt.,\nSetor de Compras")
case("o12-case-insensitive", [f], OW, "decided", [D("refund", "approve", "12000.00")], spec="Section 8: addresses compare case-insensitively -> Compras@ConstrutoraAlicerce.com.br is the contract email; O1 no work started -> approve 12000.00", line="contract email in mixed case, discovery not held: approve 12000.00")

proj("Ótica Visão Clara", "contato@oticavisaoclara.com.br")
owdpay("pt_o13", "OWD-2025-513", "Ótica Visão Clara", "deposit", "16000.00", "2025-09-28T10:00:00", tax="2880.00")
f = mail("o13-chargeback", "Ótica Visão Clara <contato@oticavisaoclara.com.br>", OWD_TO, "2025-09-29 12:00", "estorno do sinal",
         "Vocês não respondem no WhatsApp. Quero o estorno do sinal OWD-2025-513 da Ótica Visão Clara porque desistimos do projeto. Se até amanhã não tiver resposta vou pedir chargeback no cartão.\nJúlio")
case("o13-chargeback", [f], OW, "decided", [D("refund", "escalate")], rules=["C4"], spec="C4: chargeback threat -> escalate (even though O2 would approve)", line="deposit refund with chargeback threat: escalate (C4)")

proj("Agência Viaje Bem", "diretoria@viajebem.com.br", ws="2025-01-10T10:00:00")
owdpay("pt_o14", "OWD-2025-514", "Agência Viaje Bem", "retainer", "9000.00", "2025-09-12T10:00:00", tax="1620.00", next_billing_at="2025-10-12T00:00:00", ps="2025-09-12", pe="2025-10-11")
f1 = mail("o14-c3-ask", "Diretoria Viaje Bem <diretoria@viajebem.com.br>", OWD_TO, "2025-09-24 10:00", "Cancelamento retainer Agência Viaje Bem - OWD-2025-514",
          "Prezados,\n\nPor favor, cancelem o retainer mensal da Agência Viaje Bem (fatura OWD-2025-514).\n\nAtenciosamente,\nRoberta Campos\nDiretora\n\nEsta mensagem pode conter informação confidencial.", mid="<pt-o14a@qa11.example>")
case("o14-c3-ask", [f1], OW, "need_info", missing=["reason"], spec="Section 8: Optima requires a reason for cancellations too; signature and disclaimer are not reasons -> need_info [reason]", line="retainer cancellation without a reason: need_info reason")
f2 = mail("o14-c3-answer", "Diretoria Viaje Bem <diretoria@viajebem.com.br>", OWD_TO, "2025-09-25 11:00", "Re: Cancelamento retainer Agência Viaje Bem - OWD-2025-514",
          "Olá, o motivo é que a agência foi vendida e o novo dono tem equipe própria de marketing.\nRoberta\n\n> Por favor, cancelem o retainer mensal da Agência Viaje Bem", reply_to_id="<pt-o14a@qa11.example>")
case("o14-c3-thread", [f1, f2], OW, "decided", [D("cancellation", "cancel", eff="2025-10-11")], spec="C3 answer merged; request time 2025-09-24 (first email); next_billing_at 2025-10-12, cut-off 2025-10-05 -> notice enough; effective 2025-10-11", line="reason given in reply: cancel 2025-10-11")

f = mail("o15-autoreply", "Financeiro Colégio Raízes <financeiro@colegioraizes.com.br>", OWD_TO, "2025-09-30 16:01", "Resposta automática: Devolução do sinal",
         "Obrigado pelo contato. Nosso horário de atendimento é de segunda a sexta, das 8h às 17h. Responderemos em breve.",
         headers={"Auto-Submitted": "auto-generated", "X-Autoreply": "yes"})
case("o15-autoreply", [f], OW, "ignore", rules=["C7"], spec="C7: Auto-Submitted: auto-generated -> ignore", line="automatic acknowledgement: ignore (C7)")

f = mail("o16-invoice-copy", "Loja Verde Vida <loja@verdevida.com.br>", OWD_TO, "2025-09-23 09:00", "2ª via nota fiscal",
         "Bom dia, podem me mandar a segunda via da nota fiscal da etapa 2 (OWD-2025-504)? O contador pediu.\nPaula")
case("o16-invoice-copy", [f], OW, "other", spec="Not a refund or a cancellation: a copy of an invoice -> other", line="asks for a copy of the invoice: other")

f = mail("o17-hypothetical", "Marina Duarte <marina@duartemoda.com.br>", OWD_TO, "2025-09-26 10:00", "Dúvida antes de fechar",
         "Olá! Antes de fechar o orçamento do e-commerce: se a gente pagar o sinal e depois não gostar do layout, o sinal é devolvido? Em quanto tempo?\nMarina - Duarte Moda")
case("o17-hypothetical", [f], OW, "other", spec="Section 8: 'would I get a refund if...' before buying is a policy question -> other", line="prospect asks whether a deposit would be refunded: other")

proj("Academia Força Total", "contato@forcatotal.com.br", ws="2025-06-01T10:00:00")
owdpay("pt_o18", "OWD-2025-518", "Academia Força Total", "milestone", "14000.00", "2025-09-02T10:00:00", tax="2520.00", status="refunded", ms="not_started")
f = mail("o18-already-refunded", "Academia Força Total <contato@forcatotal.com.br>", OWD_TO, "2025-09-26 10:00", "Reembolso etapa app",
         "Oi pessoal, quero o reembolso da etapa do app (OWD-2025-518) da Academia Força Total, que ainda não começou, porque o app da franquia vai substituir.\nJoana")
case("o18-already-refunded", [f], OW, "decided", [D("refund", "escalate")], spec="Section 8: payment status 'refunded' (not paid) -> escalate", line="milestone already marked refunded in the ledger: escalate")

proj("Restaurante Sabor Mineiro", "dono@sabormineiro.com.br", ws="2025-08-01T10:00:00")
owdpay("pt_o19", "OWD-2025-519", "Restaurante Sabor Mineiro", "milestone", "11000.00", "2025-09-15T10:00:00", tax="1980.00", ms="not_started")
f = mail("o19-apple-fwd", "Dono Sabor Mineiro <dono@sabormineiro.com.br>", OWD_TO, "2025-09-27 09:00", "Fwd: etapa delivery",
         "Mando de novo, acho que não chegou.\n\nInício da mensagem encaminhada:\n\nDe: Dono Sabor Mineiro <dono@sabormineiro.com.br>\nAssunto: etapa delivery\nData: 25 de setembro de 2025 às 22:14:03 BRT\nPara: contato@optima.example\n\nBoa noite, uai! Decidimos não fazer o módulo de delivery (etapa OWD-2025-519 do Restaurante Sabor Mineiro), o iFood já resolve pra gente. Como ainda não começou, quero o reembolso dessa etapa.\nSô Zé\n\nEnviado do meu iPhone")
case("o19-apple-fwd", [f], OW, "decided", [D("refund", "approve", "11000.00")], spec="Section 8 forwards: Apple Mail forward of the sender's own request (same contract email); O3 milestone not_started -> approve 11000.00", line="Apple Mail forward of own message, milestone not started: approve 11000.00")

proj("Bike Shop Pedal", "pedal@bikepedal.com.br", ws="2025-04-01T10:00:00")
owdpay("pt_o20", "OWD-2025-520", "Bike Shop Pedal", "retainer", "4500.00", "2025-09-25T10:00:00", tax="810.00", next_billing_at="2025-10-25T00:00:00", ps="2025-09-25", pe="2025-10-24")
f = mail("o20-negated-refund", "Bike Shop Pedal <pedal@bikepedal.com.br>", OWD_TO, "2025-09-27 10:00", "parar mensalidade",
         "Oi! Não quero reembolso de nada, o mês de setembro tá pago e tudo bem. Só quero parar a mensalidade do Bike Shop Pedal (última fatura OWD-2025-520) porque vou fechar a loja física e vender só no marketplace.\nLeo")
case("o20-negated-refund", [f], OW, "decided", [D("cancellation", "cancel", eff="2025-10-24")], spec="Section 8 negation: no refund intent; O4 next_billing_at 2025-10-25, cut-off 2025-10-18, request 2025-09-27 -> effective 2025-10-24", line="'não quero reembolso', retainer cancel: 2025-10-24")

proj("Consultório Dra. Helena", "helena@draHelenaderm.com.br")
owdpay("pt_o21", "OWD-2025-521", "Consultório Dra. Helena", "deposit", "13000.00", "2025-09-29T10:00:00", tax="2340.00")
f = mail("o21-spanglish", "Dra. Helena <helena@drahelenaderm.com.br>", OWD_TO, "2025-09-30 09:00", "Deposit refund / devolução do sinal",
         "Hi team, sorry my English is not so good. Eu paguei ontem o deposit do site do Consultório Dra. Helena, invoice OWD-2025-521. Vou me mudar pra Portugal mês que vem, então please cancel tudo e me devolvam o sinal.\nThanks / Obrigada\nHelena")
case("o21-spanglish", [f], OW, "decided", [D("refund", "approve", "13000.00")], extra_ok=True, spec="Mixed Portuguese/English; O2: paid 2025-09-29 10:00, request 2025-09-30 09:00 = 23 h, no work -> approve 13000.00; addresses compare case-insensitively (ledger draHelenaderm)", line="mixed Portuguese/English deposit refund after 23 h: approve 13000.00")

proj("Cooperativa Café do Sul", "coop@cafedosul.com.br")
owdpay("pt_o22", "OWD-2025-522", "Cooperativa Café do Sul", "deposit", "20000.00", "2025-09-27T10:00:00", tax="3600.00")
f = mail("o22-unknown-sender", "Ricardo Tavares <ricardo.tavares@gmail.com>", OWD_TO, "2025-09-28 10:00", "sinal Café do Sul",
         "Olá, sou o tesoureiro da Cooperativa Café do Sul. A assembleia votou contra o site e precisamos da devolução do sinal OWD-2025-522.\nRicardo Tavares")
case("o22-unknown-sender", [f], OW, "need_info", rules=["C2"], spec="C2: sender ricardo.tavares@gmail.com is not the contract email coop@cafedosul.com.br -> ask to write from it", line="treasurer writes from gmail: C2")

write()
