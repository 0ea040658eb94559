import json, shutil
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
IST = timezone(timedelta(hours=5, minutes=30))
LO = "LeadsOptima Support <support@leadsoptima.com>"
OWD = "Optima WebDesign <optimawebdesigns12@gmail.com>"
LOB, OWB = "leadsoptima", "optima_webdesign"
M = ("1499.00", "269.82"); Q = ("3999.00", "719.82"); A = ("11988.00", "2157.84")
PLANS = {"monthly": M, "quarterly": Q, "annual": A}
CUSTOMERS, PROJECTS, PAYMENTS, CASES = [], [], [], []


def cust(email, name, plan, start=None, end=None, status="active", trial_ends=None):
    CUSTOMERS.append({"brand": LOB, "email": email, "name": name, "plan": plan, "status": status,
                      "trial_ends": trial_ends, "current_period_start": start, "current_period_end": end})


def lopay(pid, inv, email, plan, paid_at, ps=None, pe=None, status="paid"):
    amt, tax = PLANS[plan]
    PAYMENTS.append({"brand": LOB, "id": pid, "invoice": inv, "customer_email": email, "kind": "subscription",
                     "plan": plan, "amount": amt, "tax": tax, "currency": "INR", "paid_at": paid_at,
                     "period_start": ps, "period_end": pe, "status": status})


def proj(name, contract, started=None):
    PROJECTS.append({"brand": OWB, "name": name, "contract_email": contract, "work_started_at": started})


def owpay(pid, inv, project, kind, amount, tax, paid_at, **kw):
    base = {"brand": OWB, "id": pid, "invoice": inv, "project": project, "kind": kind, "amount": amount,
            "tax": tax, "currency": "INR", "paid_at": paid_at, "status": "paid", "setup_fee": None,
            "service_start": None, "next_billing_at": None, "period_start": None, "period_end": None,
            "milestone_status": None}
    base.update(kw)
    PAYMENTS.append(base)


def mail(name, frm, to, subject, ist, off, body=None, html=None, headers=None, reply_to=None, msgid=None,
         irt=None, refs=None):
    """ist: the receive time in Asia/Kolkata ('2025-09-23 14:00'); off: sender's UTC offset in hours."""
    m = EmailMessage(policy=SMTP)
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    t = datetime.strptime(ist, "%Y-%m-%d %H:%M").replace(tzinfo=IST)
    m["Date"] = format_datetime(t.astimezone(timezone(timedelta(hours=off))))
    m["Message-ID"] = f"<{msgid or name}@{frm.split('@')[-1].strip('>').strip()}>"
    if irt:
        m["In-Reply-To"] = f"<{irt}>"
        m["References"] = " ".join(f"<{r}>" for r in (refs or [irt]))
    for k, v in (headers or {}).items():
        m[k] = v
    if html and body is None:
        m.set_content(html, subtype="html")
    else:
        m.set_content(body)
        if html:
            m.add_alternative(html, subtype="html")
    path = HERE / "emails" / f"{name}.eml"
    path.write_bytes(m.as_bytes(policy=SMTP))
    return f"emails/{name}.eml", m["Message-ID"].strip("<>")


def case(cid, lang, files, brand, status, decisions=(), rules=(), missing=None, spec="", **kw):
    c = {"id": f"{lang}-{cid}", "lang": lang, "files": files, "brand": brand, "status": status,
         "rules": list(rules), "decisions": list(decisions), "spec": spec}
    if missing is not None:
        c["missing"] = missing
    c.update(kw)
    CASES.append(c)


def D(intent, outcome, amount=None, eff=None):
    d = {"intent": intent, "outcome": outcome, "amount": amount}
    if eff:
        d["effective_date"] = eff
    return d


def start():
    shutil.rmtree(HERE / "emails", ignore_errors=True)
    (HERE / "emails").mkdir()


def finish():
    (HERE / "ledger.json").write_text(json.dumps({"customers": CUSTOMERS, "projects": PROJECTS,
                                                  "payments": PAYMENTS}, indent=1, ensure_ascii=False) + "\n")
    (HERE / "expected.json").write_text(json.dumps({"cases": CASES}, indent=1, ensure_ascii=False) + "\n")
    print(len(CASES), "cases")


# ---------------------------------------------------------------- Portuguese cases
L = "pt"
BR, PT, AO, MZ, AM = -3, 1, 1, 2, -4
DISC = ("\n\n--\nAVISO DE CONFIDENCIALIDADE: Esta mensagem e seus anexos podem conter informações confidenciais. "
        "Se você não for o destinatário, fica notificado de que qualquer divulgação, cópia ou uso é proibido. "
        "Antes de imprimir, pense em sua responsabilidade com o meio ambiente.")
start()

# ---- LeadsOptima
cust("renata.albuquerque@uol.com.br", "Renata Albuquerque", "annual", "2025-09-22", "2026-09-21")
lopay("pt_p1", "LO-INV-80101", "renata.albuquerque@uol.com.br", "annual", "2025-09-22T09:00:00", "2025-09-22", "2026-09-21")
lopay("pt_p2", "LO-INV-80102", "renata.albuquerque@uol.com.br", "annual", "2025-09-22T09:02:00", "2025-09-22", "2026-09-21")
f, _ = mail("l01-cobranca-duplicada", "Renata Albuquerque <renata.albuquerque@uol.com.br>", LO,
            "Cobrança em duplicidade - plano anual", "2025-09-24 19:00", BR,
            "Prezados, bom dia.\n\nIdentifiquei na fatura do cartão que o plano anual foi cobrado em duplicidade no "
            "dia 22/09: duas cobranças de R$ 11.988,00 (notas LO-INV-80101 e LO-INV-80102). Solicito o estorno da "
            "segunda, LO-INV-80102.\n\nAtenciosamente,\nRenata Albuquerque\nCampinas/SP")
case("l01-cobranca-duplicada", L, [f], LOB, "decided", [D("refund", "approve", "11988.00")],
     spec="L2 duplicate ('cobrado em duplicidade'), L3 day 2, L4 pair in ledger: refund the duplicate 11988.00.")

cust("thiago.mendes.rj@gmail.com", "Thiago Mendes", "monthly", "2025-09-12", "2025-10-11")
lopay("pt_p3", "LO-INV-80103", "thiago.mendes.rj@gmail.com", "monthly", "2025-09-12T10:00:00", "2025-09-12", "2025-10-11")
lopay("pt_p4", "LO-INV-80104", "thiago.mendes.rj@gmail.com", "monthly", "2025-09-12T10:01:00", "2025-09-12", "2025-10-11")
f, _ = mail("l02-ditado-dia7", "Thiago Mendes <thiago.mendes.rj@gmail.com>", LO, "cobraram duas vezes",
            "2025-09-19 23:00", BR,
            "oi boa tarde pessoal vocês me cobraram duas vezes o plano mensal no dia 12 veio mil quatrocentos e "
            "noventa e nove duas vezes no cartão a nota que tá sobrando é a lo inv 80104 consegue estornar valeu\n\n"
            "Enviado do meu iPhone")
case("l02-ditado-dia7", L, [f], LOB, "decided", [D("refund", "approve", "1499.00")],
     spec="L3: charge 2025-09-12 IST, request 2025-09-19 23:00 IST = day 7 (inside); L4 -> 1499.00; invoice typed 'lo inv 80104'.")

cust("juliana.faria@hotmail.com", "Juliana Faria", "monthly", "2025-09-12", "2025-10-11")
lopay("pt_p5", "LO-INV-80105", "juliana.faria@hotmail.com", "monthly", "2025-09-12T12:00:00", "2025-09-12", "2025-10-11")
lopay("pt_p6", "LO-INV-80106", "juliana.faria@hotmail.com", "monthly", "2025-09-12T12:01:00", "2025-09-12", "2025-10-11")
f, _ = mail("l03-dia8-na-india", "Juliana Faria <juliana.faria@hotmail.com>", LO, "Cobrança dupla!!",
            "2025-09-20 02:00", AM,
            "Boa tarde, faz uma semana certinho que paguei e vi que caiu duas vezes a mensalidade. A nota repetida é a "
            "LO-INV-80106. Quero o reembolso, por favor.\nJu Faria - Manaus")
case("l03-dia8-na-india", L, [f], LOB, "decided", [D("refund", "deny")],
     spec="L3: sent 2025-09-19 16:30 Manaus but received 2025-09-20 02:00 IST = day 8 in the brand's zone: deny.")

cust("ricardo.sousa@sapo.pt", "Ricardo Sousa", "quarterly", "2025-09-26", "2025-12-25")
for i, t in ((7, "08:00"), (8, "08:02"), (9, "08:05")):
    lopay(f"pt_p{i}", f"LO-INV-8010{i}", "ricardo.sousa@sapo.pt", "quarterly", f"2025-09-26T{t}:00", "2025-09-26", "2025-12-25")
f, _ = mail("l04-tres-cobrancas", "Ricardo Sousa <ricardo.sousa@sapo.pt>", LO, "Débitos repetidos",
            "2025-09-28 19:00", PT,
            "Boa tarde,\n\nNa sexta-feira tentei renovar o plano trimestral e a página ficou pendurada; carreguei no "
            "botão mais duas vezes e agora tenho três débitos iguais de 3.999,00 no cartão, todos para o mesmo "
            "trimestre. O primeiro está certo; peço a devolução dos outros dois (LO-INV-80108 e LO-INV-80109).\n\n"
            "Cumprimentos,\nRicardo Sousa")
case("l04-tres-cobrancas", L, [f], LOB, "decided", [D("refund", "approve", "7998.00")],
     spec="Section 8 three identical charges: the 2nd and 3rd are duplicates inside L3 (day 2): 7998.00.")

cust("pedro.henrique@terra.com.br", "Pedro Henrique", "monthly", "2025-09-23", "2025-10-22")
lopay("pt_p10", "LO-INV-80110", "pedro.henrique@terra.com.br", "monthly", "2025-09-23T10:00:00", "2025-09-23", "2025-10-22")
f, _ = mail("l05-duplicado-sem-registro", "Pedro Henrique <pedro.henrique@terra.com.br>", LO,
            "Pix em dobro - LO-INV-80110", "2025-09-25 19:30", BR,
            "Olá! Paguei a fatura LO-INV-80110 pelo Pix e o valor saiu em dobro da minha conta, debitaram duas vezes. "
            "Podem devolver o pagamento repetido? Plano mensal.\nAbs, Pedro")
case("l05-duplicado-sem-registro", L, [f], LOB, "decided", [D("refund", "escalate")],
     spec="L4: customer says paid twice, ledger has one paid charge: escalate, no amount.")

cust("financeiro@padariaestrela.com.br", "Padaria Estrela", "monthly", "2025-09-25", "2026-09-24")
lopay("pt_p11", "LO-INV-80111", "financeiro@padariaestrela.com.br", "annual", "2025-09-25T10:00:00", "2025-09-25", "2026-09-24")
f, _ = mail("l06-plano-errado", "Financeiro Padaria Estrela <financeiro@padariaestrela.com.br>", LO,
            "Cobrança plano errado", "2025-09-26 18:30", BR,
            "Bom dia. Nosso plano é o mensal e vocês cobraram o anual, R$ 11.988,00 (LO-INV-80111). Valor errado, "
            "não autorizamos essa mudança. Aguardamos a devolução.\n\nDepto. Financeiro")
case("l06-plano-errado", L, [f], LOB, "decided", [D("refund", "escalate")],
     spec="L2 billing_error (wrong plan / wrong amount) inside L3 (day 1): L5 escalate.")

cust("nzinga.mbala@gmail.com", "Nzinga Mbala", "quarterly", "2025-09-20", "2025-12-19")
lopay("pt_p12", "LO-INV-80112", "nzinga.mbala@gmail.com", "quarterly", "2025-09-20T10:00:00", "2025-09-20", "2025-12-19")
f, _ = mail("l07-html-sem-acesso", "Nzinga Mbala <nzinga.mbala@gmail.com>", LO, "Sem acesso à plataforma",
            "2025-09-24 15:00", AO, html=
            "<html><body><p>Bom dia,</p><p>Desde sábado que <b>não consigo entrar na plataforma</b>: a página fica "
            "em branco e o suporte no chat não resolveu. Paguei o plano trimestral (LO-INV-80112) e não o consigo "
            "usar.</p><p>Solicito o reembolso.</p><p>Cumprimentos,<br>Nzinga Mbala<br>Luanda</p></body></html>")
case("l07-html-sem-acesso", L, [f], LOB, "decided", [D("refund", "escalate")],
     spec="HTML-only (Angola); L2 access_failure inside L3 (day 4): L6 escalate.")

cust("gabi.costa.sp@gmail.com", "Gabriela Costa", "monthly", "2025-09-25", "2025-10-24")
lopay("pt_p13", "LO-INV-80113", "gabi.costa.sp@gmail.com", "monthly", "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
f, _ = mail("l08-desisti", "Gabi Costa <gabi.costa.sp@gmail.com>", LO, "reembolso", "2025-09-26 09:00", BR,
            "desisti, não vou usar mais. quero meu dinheiro de volta do mensal LO-INV-80113, nem cheguei a mexer")
case("l08-desisti", L, [f], LOB, "decided", [D("refund", "deny")],
     spec="L1: changed mind / unused is no exception: deny, cancellation offered.")

cust("leticia.prado@gmail.com", "Letícia Prado", "monthly", status="trial", trial_ends="2025-10-04")
f, _ = mail("l09-teste-gratis", "Letícia Prado <leticia.prado@gmail.com>", LO, "Reembolso período de teste",
            "2025-09-27 09:00", BR,
            "Oi! Estou no teste grátis e sinceramente não curti a ferramenta. Quero o reembolso do que tiver sido "
            "cobrado e não quero continuar. Obrigada!")
case("l09-teste-gratis", L, [f], LOB, "decided", [D("refund", "deny")], extra_ok=True,
     spec="L7: free-trial account, no charges: deny (no billing unless they subscribe); a cancellation part is harmless.")

cust("bruno.tavares@outlook.pt", "Bruno Tavares", "quarterly", "2025-08-18", "2025-11-17")
lopay("pt_p14", "LO-INV-80114", "bruno.tavares@outlook.pt", "quarterly", "2025-08-18T10:00:00", "2025-08-18", "2025-11-17")
f, _ = mail("l10-cancelar-trimestral", "Bruno Tavares <bruno.tavares@outlook.pt>", LO, "Cancelamento da subscrição",
            "2025-09-29 22:00", PT,
            "Olá, pretendo cancelar a subscrição trimestral. Podem confirmar até quando fica ativa? Obrigado.")
case("l10-cancelar-trimestral", L, [f], LOB, "decided", [D("cancellation", "cancel", eff="2025-11-17")],
     spec="L8: cancellation active until current_period_end 2025-11-17; no reason needed for LeadsOptima.")

cust("amanda.rocha@gmail.com", "Amanda Rocha", "monthly")
lopay("pt_p15", "LO-INV-80115", "amanda.rocha@gmail.com", "monthly", "2025-09-07T21:00:00+00:00")
f, _ = mail("l11-cancelar-fallback", "Amanda Rocha <amanda.rocha@gmail.com>", LO, "Cancelar assinatura mensal",
            "2025-09-23 19:00", BR, "Bom dia, favor cancelar minha assinatura mensal. Grata, Amanda")
case("l11-cancelar-fallback", L, [f], LOB, "decided", [D("cancellation", "cancel", eff="2025-10-07")],
     spec="L8 fallback: no current_period_end; last charge 2025-09-07T21:00Z = 2025-09-08 IST; +1 month -1 day = 2025-10-07.")

cust("fabio@fabiocontabilidade.com.br", "Fábio Lima", "monthly", "2025-09-22", "2025-10-21")
lopay("pt_p16", "LO-INV-80116", "fabio@fabiocontabilidade.com.br", "monthly", "2025-09-22T10:00:00", "2025-09-22", "2025-10-21")
f, _ = mail("l12-outro-email", "Fabio Lima <fabiolima1985@yahoo.com.br>", LO, "cobrança dupla", "2025-09-24 19:00", BR,
            "Bom dia, estou escrevendo do meu email pessoal. Minha conta é fabio@fabiocontabilidade.com.br. "
            "Cobraram duas vezes a mensalidade, fatura LO-INV-80116. Aguardo o estorno.\nFábio")
case("l12-outro-email", L, [f], LOB, "need_info", rules=["C2"],
     spec="C2: personal address, names a different registered email: ask them to write from it; nothing disclosed.")

cust("marcos.vinicius@bol.com.br", "Marcos Vinícius", "annual", "2025-09-28", "2026-09-27")
lopay("pt_p17", "LO-INV-80117", "marcos.vinicius@bol.com.br", "annual", "2025-09-28T10:00:00", "2025-09-28", "2026-09-27")
f, _ = mail("l13-procon-chargeback", "Marcos Vinícius <marcos.vinicius@bol.com.br>", LO,
            "RENOVAÇÃO SEM AVISO - CANCELEM", "2025-09-29 08:00", BR,
            "Renovaram meu anual sem avisar (LO-INV-80117). Cancelem a conta AGORA e devolvam meu dinheiro, senão vou "
            "abrir chargeback no cartão e reclamar no Procon e no Reclame Aqui.")
case("l13-procon-chargeback", L, [f], LOB, "decided", [D("refund", "escalate"), D("cancellation", "escalate")],
     rules=["C4"], spec="C4 covers the whole case: chargeback/Procon threat escalates refund and cancellation.")

f, _ = mail("l14-ausencia", "Helena Martins <helena.martins@grupolusitano.pt>", LO,
            "Resposta automática: Fatura LeadsOptima", "2025-09-24 15:00", PT,
            "Estou ausente do escritório até dia 30 de setembro, com acesso limitado ao correio eletrónico. "
            "Para assuntos urgentes contacte financeiro@grupolusitano.pt.",
            headers={"Auto-Submitted": "auto-replied"}, irt="lo-inv-80990-notice@leadsoptima.com")
case("l14-ausencia", L, [f], LOB, "ignore", rules=["C7"], spec="C7: auto-replied absence notice: ignore.")

f, _ = mail("l15-devolvida", "Mail Delivery System <MAILER-DAEMON@smtp.uol.com.br>", LO,
            "Mensagem não entregue: Sua fatura LeadsOptima", "2025-09-25 04:00", BR,
            "Não foi possível entregar sua mensagem para joao.souza@uol.com.br.\nMotivo: 550 5.1.1 caixa postal inexistente")
case("l15-devolvida", L, [f], LOB, "ignore", rules=["C7"], spec="C7: MAILER-DAEMON bounce: ignore.")

f, _ = mail("l16-newsletter", "Resultados Digitais Brasil <news@rdigitaisbr.com.br>", "info@leadsoptima.com",
            "Como pedir reembolso de SaaS em 5 passos", "2025-09-26 18:00", BR,
            "Neste guia: como cancelar assinaturas, pedir estorno e evitar cobrança em dobro.\n"
            "Para cancelar sua inscrição nesta lista, clique aqui.",
            headers={"List-Id": "<newsletter.rdigitaisbr.com.br>", "Precedence": "list"})
case("l16-newsletter", L, [f], LOB, "ignore", rules=["C7"], spec="C7: List-Id mailing list even though it talks about refunds.")

cust("joana.figueiredo@gmail.com", "Joana Figueiredo", "monthly", "2025-09-19", "2025-10-18")
lopay("pt_p18", "LO-INV-80118", "joana.figueiredo@gmail.com", "monthly", "2025-09-19T10:00:00", "2025-09-19", "2025-10-18")
f, _ = mail("l17-nao-quero-reembolso", "Joana Figueiredo <joana.figueiredo@gmail.com>", LO, "cancelamento",
            "2025-09-25 18:00", PT,
            "Boa tarde. Não quero reembolso nenhum, o mês está pago e tudo bem. Só peço que cancelem o plano mensal "
            "para não voltarem a cobrar.\nObrigada\nJoana")
case("l17-nao-quero-reembolso", L, [f], LOB, "decided", [D("cancellation", "cancel", eff="2025-10-18")],
     spec="Section 8 negation: no refund intent; L8 cancel at 2025-10-18.")

f, _ = mail("l18-antes-de-assinar", "Caio Ribeiro <caio.ribeiro.consultoria@gmail.com>", "info@leadsoptima.com",
            "dúvida antes de assinar", "2025-09-24 05:00", BR,
            "Boa noite! Se eu assinar o plano anual e em duas semanas ver que não serve pra mim, vocês devolvem o "
            "dinheiro? Ou só dá pra cancelar? Valeu")
case("l18-antes-de-assinar", L, [f], LOB, "other", spec="Section 8 hypothetical before buying: other.")

cust("patricia.nogueira@gmail.com", "Patrícia Nogueira", "monthly", "2025-09-15", "2025-10-14")
lopay("pt_p19", "LO-INV-80119", "patricia.nogueira@gmail.com", "monthly", "2025-09-15T10:00:00", "2025-09-15", "2025-10-14")
f, _ = mail("l19-obrigada", "Patrícia Nogueira <patricia.nogueira@gmail.com>", LO, "Re: Reembolso processado [LO-1290]",
            "2025-09-28 19:00", BR,
            "Muito obrigada!! O estorno da cobrança duplicada já caiu no cartão. Atendimento nota 10 :)\n\nPatrícia", irt="lo-1290-done@leadsoptima.com")
case("l19-obrigada", L, [f], LOB, "other", spec="Thank-you after a refund: other.")

cust("contabil@transportesmaputo.co.mz", "Transportes Maputo", "annual", "2025-09-10", "2026-09-09")
lopay("pt_p20", "LO-INV-80120", "contabil@transportesmaputo.co.mz", "annual", "2025-09-10T10:00:00", "2025-09-10", "2026-09-09")
f, _ = mail("l20-pergunta-factura", "Contabilidade Transportes Maputo <contabil@transportesmaputo.co.mz>", LO,
            "Pedido de segunda via da factura", "2025-09-18 12:30", MZ,
            "Bom dia, podem enviar a segunda via da factura LO-INV-80120 com o nosso NUIT 400123456? O valor está "
            "correcto, é só para a contabilidade.\nCumprimentos")
case("l20-pergunta-factura", L, [f], LOB, "other", spec="Invoice question (Mozambique) asking no refund/cancellation: other.")

cust("andreia.lopes@construtoranorte.com.br", "Andreia Lopes", "monthly", "2025-09-21", "2025-10-20")
lopay("pt_p21", "LO-INV-80121", "andreia.lopes@construtoranorte.com.br", "monthly", "2025-09-21T10:00:00", "2025-09-21", "2025-10-20")
f, _ = mail("l21-sem-motivo-assinatura", "Andreia Lopes <andreia.lopes@construtoranorte.com.br>", LO,
            "Solicitação de reembolso", "2025-09-23 18:30", AM,
            "Prezados,\n\nVenho por meio deste solicitar o reembolso referente à fatura LO-INV-80121.\n\nDesde já "
            "agradeço a atenção e fico no aguardo de um retorno.\n\nAtenciosamente,\n\nAndreia Lopes\nAnalista "
            "Administrativo\nConstrutora Norte Ltda.\n(92) 3333-4444" + DISC)
case("l21-sem-motivo-assinatura", L, [f], LOB, "need_info", missing=["reason"],
     spec="Section 8: courtesy, signature and disclaimer are no reason; plan from ledger, invoice given: ask only the reason.")

cust("diego.almeida@gmail.com", "Diego Almeida", "monthly", "2025-09-22", "2025-10-21")
lopay("pt_p22", "LO-INV-80122", "diego.almeida@gmail.com", "monthly", "2025-09-22T12:00:00", "2025-09-22", "2025-10-21")
lopay("pt_p23", "LO-INV-80123", "diego.almeida@gmail.com", "monthly", "2025-09-22T12:03:00", "2025-09-22", "2025-10-21")
f1, id1 = mail("l22a-pedido", "Diego Almeida <diego.almeida@gmail.com>", LO, "estorno LO-INV-80123",
               "2025-09-24 10:00", BR, "Oi, quero o estorno da LO-INV-80123. Abs, Diego")
f2, id2 = mail("l22b-bot", LO, "diego.almeida@gmail.com", "Re: estorno LO-INV-80123 [LO-2312]", "2025-09-24 10:05", 5.5,
               "Hello Diego,\n\nTo look into your refund we need the reason for the request.\n\nLeadsOptima Support Team",
               irt=id1, msgid="lo-2312-ask")
f3, _ = mail("l22c-resposta", "Diego Almeida <diego.almeida@gmail.com>", LO, "Re: estorno LO-INV-80123 [LO-2312]",
             "2025-09-30 20:00", BR,
             "Foi mal a demora. O motivo: fui cobrado duas vezes no mesmo mês, 80122 e 80123, com 3 minutos de "
             "diferença.\n\nEm qua., 24 de set. de 2025 às 01:35, LeadsOptima Support <support@leadsoptima.com> "
             "escreveu:\n> To look into your refund we need the reason for the request.", irt=id2, refs=[id1, id2])
case("l22-fio-motivo", L, [f1, f2, f3], LOB, "decided", [D("refund", "approve", "1499.00")],
     spec="C3 thread: answer on day 8 gives the reason; request time is the first email (day 2): L4 approve 1499.00.")

cust("vanessa.moreira@gmail.com", "Vanessa Moreira", "annual", "2025-09-25", "2026-09-24")
lopay("pt_p24", "LO-INV-80124", "vanessa.moreira@gmail.com", "annual", "2025-09-25T10:00:00", "2025-09-25", "2026-09-24")
lopay("pt_p25", "LO-INV-80125", "vanessa.moreira@gmail.com", "annual", "2025-09-25T10:02:00", "2025-09-25", "2026-09-24")
f, _ = mail("l23-enc-outlook-c2", "Vanessa Moreira | Agência Pulso <vanessa@agenciapulso.com.br>", LO,
            "ENC: cobrança dupla anual", "2025-09-27 19:00", BR,
            "Encaminhando de novo, ninguém respondeu.\n\n________________________________\n"
            "De: Vanessa Moreira <vanessa.moreira@gmail.com>\nEnviado: sexta-feira, 26 de setembro de 2025 09:14\n"
            "Para: support@leadsoptima.com\nAssunto: cobrança dupla anual\n\nBom dia, minha conta é "
            "vanessa.moreira@gmail.com. O plano anual foi cobrado duas vezes, a nota repetida é LO-INV-80125. "
            "Peço a devolução.\nVanessa")
case("l23-enc-outlook-c2", L, [f], LOB, "need_info", rules=["C2"],
     spec="Section 8 forward: Outlook 'ENC:' from the work address carrying a request that names registered vanessa.moreira@gmail.com: C2.")

cust("tiago.carvalho@gmail.com", "Tiago Carvalho", "quarterly", "2025-09-22", "2025-12-21")
lopay("pt_p26", "LO-INV-80126", "tiago.carvalho@gmail.com", "quarterly", "2025-09-22T10:00:00", "2025-09-22", "2025-12-21")
f, _ = mail("l24-reencaminhar-proprio", "Tiago Carvalho <tiago.carvalho@gmail.com>", LO,
            "Fwd: painel não carrega", "2025-09-26 12:00", PT,
            "Reencaminho porque enviei por engano para o noreply.\n\n---------- Forwarded message ---------\n"
            "De: Tiago Carvalho <tiago.carvalho@gmail.com>\nDate: qui., 25/09/2025 às 09:10\nSubject: painel não "
            "carrega\nTo: <noreply@leadsoptima.com>\n\nOlá, desde terça o painel não carrega, fica a rodinha a "
            "girar e não consigo aceder a nada. Paguei o trimestral (LO-INV-80126) no dia 22. Se não resolverem, "
            "quero o reembolso.\nTiago")
case("l24-reencaminhar-proprio", L, [f], LOB, "decided", [D("refund", "escalate")],
     spec="Forward from the registered address (Gmail, pt-PT wording): access_failure inside L3: L6 escalate.")

cust("lucas.pereira.dev@gmail.com", "Lucas Pereira", "monthly", "2025-09-24", "2025-10-23")
lopay("pt_p27", "LO-INV-80127", "lucas.pereira.dev@gmail.com", "monthly", "2025-09-24T10:00:00", "2025-09-24", "2025-10-23")
f, _ = mail("l25-caro-demais", "Lucas Pereira <lucas.pereira.dev@gmail.com>", LO, "refund", "2025-09-26 15:00", BR,
            "fala galera, sendo bem honesto tá caro demais pro que entrega, o ROI não fechou. "
            "Can you refund the monthly? LO-INV-80127. tks")
case("l25-caro-demais", L, [f], LOB, "decided", [D("refund", "deny")],
     spec="L1 (code-switched): too expensive is no exception: deny, cancellation offered.")

cust("sergio.antunes@netcabo.pt", "Sérgio Antunes", "monthly", "2025-09-03", "2025-10-02")
lopay("pt_p28", "LO-INV-80128", "sergio.antunes@netcabo.pt", "monthly", "2025-09-03T10:00:00", "2025-09-03", "2025-10-02")
f, _ = mail("l26-cobrado-apos-cancelar-tarde", "Sérgio Antunes <sergio.antunes@netcabo.pt>", LO,
            "Cobrança após cancelamento", "2025-09-16 14:00", PT,
            "Bom dia. Cancelei em agosto e mesmo assim cobraram o plano mensal a 3 de setembro (LO-INV-80128). "
            "É um erro de faturação. Peço a devolução.\nSérgio Antunes")
case("l26-cobrado-apos-cancelar-tarde", L, [f], LOB, "decided", [D("refund", "deny")],
     spec="L2 billing_error but L3: charge 2025-09-03, request 2025-09-16 = day 13: deny.")

cust("edson.matola@gmail.com", "Edson Matola", "monthly", "2025-08-31", "2025-09-30")
lopay("pt_p29", "LO-INV-80129", "edson.matola@gmail.com", "monthly", "2025-08-31T10:00:00", "2025-08-31", "2025-09-30")
f, _ = mail("l27-acesso-fora-prazo", "Edson Matola <edson.matola@gmail.com>", LO, "sem acesso", "2025-09-13 12:00", MZ,
            "bom dia mano, ja ha dias que nao consigo fazer login, diz senha invalida e o email de recuperar nunca "
            "chega. paguei dia 31 de agosto a factura LO-INV-80129 quero o meu dinheiro")
case("l27-acesso-fora-prazo", L, [f], LOB, "decided", [D("refund", "deny")],
     spec="L2 access_failure but L3: charge 2025-08-31, request 2025-09-13 = day 13: deny.")

cust("rafaela.santos@gmail.com", "Rafaela Santos", "monthly", "2025-09-21", "2025-10-20")
lopay("pt_p30", "LO-INV-80130", "rafaela.santos@gmail.com", "monthly", "2025-09-21T10:00:00", "2025-09-21", "2025-10-20")
lopay("pt_p31", "LO-INV-80131", "rafaela.santos@gmail.com", "monthly", "2025-09-21T10:01:00", "2025-09-21", "2025-10-20", status="refunded")
f, _ = mail("l28-ja-estornado", "Rafaela Santos <rafaela.santos@gmail.com>", LO, "cobrança em dobro",
            "2025-09-23 19:00", BR,
            "Oi, fui cobrada em dobro no mês, fatura lo.inv.80131. Quero esse valor de volta. Obrigada")
case("l28-ja-estornado", L, [f], LOB, "decided", [D("refund", "escalate")],
     spec="Section 8: the named charge is 'refunded', not paid: escalate; invoice typed with dots.")

cust("mariana.luz@gmail.com", "Mariana Luz", "monthly", "2025-09-10", "2025-10-09")
lopay("pt_p32", "LO-INV-80132", "mariana.luz@gmail.com", "monthly", "2025-09-10T10:00:00", "2025-09-10", "2025-10-09")
f, _ = mail("l29-endereco-tag", "Mariana Luz <mariana.luz+trabalho@gmail.com>", LO, "cancelar assinatura",
            "2025-09-25 19:30", BR, "Oi, quero cancelar minha assinatura mensal. Obrigada, Mari")
case("l29-endereco-tag", L, [f], LOB, "need_info", rules=["C2"],
     spec="Section 8: a +tag makes another address: sender unverified: C2.")

cust("paulo.rebelo@clix.pt", "Paulo Rebelo", "annual", "2025-04-02", "2026-04-01")
lopay("pt_p33", "LO-INV-80133", "paulo.rebelo@clix.pt", "annual", "2025-04-02T10:00:00", "2025-04-02", "2026-04-01")
f, _ = mail("l30-maiusculas", "Paulo Rebelo <Paulo.Rebelo@CLIX.pt>", LO, "Cancelamento", "2025-09-19 14:30", PT,
            "Exmos. Senhores,\nVenho solicitar o cancelamento do plano anual: a empresa vai ser integrada noutro grupo "
            "e deixaremos de precisar. Compreendo que se mantém ativo até ao fim do período.\nCom os melhores cumprimentos\n"
            "Eng. Paulo Rebelo")
case("l30-maiusculas", L, [f], LOB, "decided", [D("cancellation", "cancel", eff="2026-04-01")],
     spec="Addresses compare case-insensitively: verified; L8 cancel at 2026-04-01.")

cust("felipe.nunes@gmail.com", "Felipe Nunes", "monthly", "2025-09-16", "2025-10-15")
lopay("pt_p34", "LO-INV-80134", "felipe.nunes@gmail.com", "monthly", "2025-09-16T10:00:00", "2025-09-16", "2025-10-15")
f, _ = mail("l31-cancela-e-devolve", "Felipe Nunes <felipe.nunes@gmail.com>", LO, "cancela aí",
            "2025-09-19 21:00", BR,
            "Cancela minha conta aí que achei outra ferramenta mais barata, e devolve o proporcional dos dias que não "
            "vou usar (LO-INV-80134). Valeu!")
case("l31-cancela-e-devolve", L, [f], LOB, "decided",
     [D("refund", "deny"), D("cancellation", "cancel", eff="2025-10-15")],
     spec="L1/L8: no partial refund for unused days: deny; cancel at current_period_end 2025-10-15.")

proj("Clínica Sorriso Feliz", "adm@sorrisofeliz.com.br", None)
f, _ = mail("l32-outra-marca", "Clínica Sorriso Feliz <adm@sorrisofeliz.com.br>", LO, "devolução do sinal",
            "2025-09-24 19:00", BR,
            "Bom dia, queremos a devolução do sinal que pagamos porque trocamos de fornecedor. Fatura LO-INV-89999, "
            "plano mensal.\nAdministração")
case("l32-outra-marca", L, [f], LOB, "need_info", rules=["C2"],
     spec="Section 8 other brand's customer: unknown sender for LeadsOptima: C2/C3.")

# ---- Optima WebDesign
proj("Açaí da Praia Delivery", "contato@acaidapraia.com.br", None)
owpay("pt_o1", "OWD-2025-401", "Açaí da Praia Delivery", "discovery", "15000.00", "2700.00", "2025-09-22T10:00:00")
f, _ = mail("o01-discovery-sem-inicio", "Açaí da Praia <contato@acaidapraia.com.br>", OWD,
            "Refund Request — Açaí da Praia Delivery / OWD-2025-401", "2025-09-25 05:00", BR,
            "Boa noite. Pagamos a sessão de discovery (OWD-2025-401) mas meu sócio saiu do negócio e vamos segurar o "
            "site por enquanto. Ainda não teve nenhuma sessão. Dá pra reembolsar?\nAbraço, Rodrigo")
case("o01-discovery-sem-inicio", L, [f], OWB, "decided", [D("refund", "approve", "15000.00")], extra_ok=True,
     spec="O1: discovery with work_started_at empty: full refund 15000.00.")

proj("Escritório Moura Advocacia", "contato@mouraadv.com.br", "2025-09-09T19:30:00")
owpay("pt_o2", "OWD-2025-402", "Escritório Moura Advocacia", "discovery", "12000.00", "2160.00", "2025-09-08T10:00:00")
f, _ = mail("o02-discovery-iniciado", "Moura Advocacia <contato@mouraadv.com.br>", OWD, "reembolso OWD-2025-402",
            "2025-09-17 18:00", BR,
            "Olá, fizemos a primeira reunião de levantamento no dia 9, mas não gostamos da abordagem. Pedimos a "
            "devolução do discovery do projeto Escritório Moura Advocacia, fatura OWD-2025-402.")
case("o02-discovery-iniciado", L, [f], OWB, "decided", [D("refund", "deny")],
     spec="O1: discovery session held 2025-09-09 before the request: deny.")

proj("Quinta do Vale Verde", "geral@quintavaleverde.pt", None)
owpay("pt_o3", "OWD-2025-403", "Quinta do Vale Verde", "deposit", "25000.00", "4500.00", "2025-09-15T11:00:00")
f, _ = mail("o03-sinal-51h", "Quinta do Vale Verde <geral@quintavaleverde.pt>", OWD,
            "Devolução do sinal - Quinta do Vale Verde (OWD-2025-403)", "2025-09-17 14:30", PT,
            "Exmos. Senhores,\n\nNa segunda-feira pagámos o sinal de 25.000 (acrescido de IVA) para o sítio da Quinta "
            "do Vale Verde, factura OWD-2025-403. A administração decidiu adiar o investimento para 2026, pelo que "
            "solicitamos a devolução integral do sinal. Tanto quanto sabemos, os trabalhos ainda não começaram.\n\n"
            "Com os melhores cumprimentos,\nManuel Vasconcelos" + DISC)
case("o03-sinal-51h", L, [f], OWB, "decided", [D("refund", "approve", "25000.00")], extra_ok=True,
     spec="O2: deposit 2025-09-15 11:00, request 2025-09-17 14:30 IST (51.5 h), no work: approve 25000.00 (tax kept, C6).")

proj("Cafeteria Grão Mineiro", "gerencia@graomineiro.com.br", None)
owpay("pt_o4", "OWD-2025-404", "Cafeteria Grão Mineiro", "deposit", "18000.00", "3240.00", "2025-09-18T15:00:00")
f, _ = mail("o04-sinal-72h-exatas", "Gerência Grão Mineiro <gerencia@graomineiro.com.br>", OWD,
            "Reembolso do sinal Cafeteria Grão Mineiro", "2025-09-21 15:00", BR,
            "Bom dia, solicito a devolução do sinal da fatura OWD-2025-404, projeto Cafeteria Grão Mineiro: a loja não "
            "vai mais abrir e não vamos precisar do site. Obrigado.")
case("o04-sinal-72h-exatas", L, [f], OWB, "decided", [D("refund", "deny")], extra_ok=True,
     spec="Section 8: exactly 72 h after the deposit (2025-09-18 15:00 -> 2025-09-21 15:00 IST): deny (O2).")

proj("Pousada Maré Alta", "reservas@pousadamarealta.com.br", "2025-09-21T09:00:00")
owpay("pt_o5", "OWD-2025-405", "Pousada Maré Alta", "deposit", "20000.00", "3600.00", "2025-09-20T10:00:00")
f, _ = mail("o05-sinal-trabalho-iniciado", "Pousada Maré Alta <reservas@pousadamarealta.com.br>", OWD,
            "devolução do sinal", "2025-09-22 18:30", BR,
            "Oi, queremos a devolução do sinal do projeto Pousada Maré Alta (OWD-2025-405). Ontem vocês mandaram os "
            "primeiros layouts, mas decidimos fazer com um sobrinho que manja de design.")
case("o05-sinal-trabalho-iniciado", L, [f], OWB, "decided", [D("refund", "deny")], extra_ok=True,
     spec="O2 whichever first: work started 2025-09-21 09:00, before the request (2025-09-22 18:30 IST, 56.5 h): deny.")

proj("Imobiliária Atlântico", "projetos@imobatlantico.com.br", "2025-09-01T10:00:00")
owpay("pt_o6", "OWD-2025-406", "Imobiliária Atlântico", "milestone", "40000.00", "7200.00", "2025-09-19T10:00:00",
      milestone_status="not_started")
f, _ = mail("o06-etapa-nao-iniciada", "Projetos Imobiliária Atlântico <projetos@imobatlantico.com.br>", OWD,
            "Reembolso etapa 3 - OWD-2025-406", "2025-09-24 19:00", BR,
            "Prezados, decidimos retirar do escopo o módulo de área do cliente (etapa 3, fatura OWD-2025-406, "
            "projeto Imobiliária Atlântico), que pelo cronograma de vocês ainda não começou. Solicitamos o reembolso "
            "dessa etapa.\nAtt,\nCarla Menezes")
case("o06-etapa-nao-iniciada", L, [f], OWB, "decided", [D("refund", "approve", "40000.00")],
     spec="O3: milestone not_started: refund 40000.00 before tax.")

proj("Farmácia Popular Online", "ti@farmaciapopular.co.ao", "2025-08-01T10:00:00")
owpay("pt_o7", "OWD-2025-407", "Farmácia Popular Online", "milestone", "35000.00", "6300.00", "2025-09-05T10:00:00",
      milestone_status="in_progress")
f, _ = mail("o07-etapa-em-curso", "TI Farmácia Popular <ti@farmaciapopular.co.ao>", OWD, "reembolso etapa carrinho",
            "2025-09-23 18:30", AO,
            "Boa tarde, a etapa do carrinho de compras (OWD-2025-407) está muito atrasada e já não nos serve. "
            "Queremos o reembolso da parte que falta fazer. Projecto Farmácia Popular Online.")
case("o07-etapa-em-curso", L, [f], OWB, "decided", [D("refund", "escalate")],
     spec="O3: milestone in_progress: escalate.")

proj("Hotel Solar do Minho", "reservas@solardominho.pt", "2025-07-01T10:00:00")
owpay("pt_o8", "OWD-2025-408", "Hotel Solar do Minho", "milestone", "30000.00", "5400.00", "2025-08-20T10:00:00",
      milestone_status="approved")
f, _ = mail("o08-etapa-aprovada", "Hotel Solar do Minho <reservas@solardominho.pt>", OWD, "Devolução do design",
            "2025-09-12 19:00", PT,
            "Boa tarde, apesar de termos aprovado o design na altura (OWD-2025-408, Hotel Solar do Minho), agora que "
            "está publicado não gostamos nada. Queremos a devolução desse pagamento.")
case("o08-etapa-aprovada", L, [f], OWB, "decided", [D("refund", "deny")], spec="O3/O6: approved milestone: deny.")

proj("Academia Corpo em Forma", "adm@corpoemforma.com.br", "2025-05-01T10:00:00")
owpay("pt_o9", "OWD-2025-409", "Academia Corpo em Forma", "retainer", "9000.00", "1620.00", "2025-09-15T10:00:00",
      period_start="2025-09-15", period_end="2025-10-14", next_billing_at="2025-10-15")
f, _ = mail("o09-mensalidade-com-aviso", "Adm Corpo em Forma <adm@corpoemforma.com.br>", OWD,
            "cancelamento da manutenção mensal", "2025-09-25 19:30", BR,
            "Oi pessoal, avisando com antecedência que vamos cancelar a manutenção mensal da Academia Corpo em Forma "
            "(última fatura OWD-2025-409). O motivo é que contratamos um dev interno. Obrigado por tudo!")
case("o09-mensalidade-com-aviso", L, [f], OWB, "decided", [D("cancellation", "cancel", eff="2025-10-14")],
     spec="O4/O8: 2025-09-25 <= 2025-10-08 cut-off: no next charge; effective 2025-10-14.")

proj("Padaria Pão Quente", "paoquente.bh@gmail.com", "2025-04-01T10:00:00")
owpay("pt_o10", "OWD-2025-410", "Padaria Pão Quente", "retainer", "8000.00", "1440.00", "2025-09-01T10:00:00",
      period_start="2025-09-01", period_end="2025-09-30", next_billing_at="2025-10-01")
f, _ = mail("o10-mensalidade-pouco-aviso", "Padaria Pão Quente <paoquente.bh@gmail.com>", OWD,
            "Cancelar suporte mensal", "2025-09-26 18:30", BR,
            "Bom dia, por corte de custos precisamos cancelar o suporte mensal do site da Padaria Pão Quente, "
            "fatura OWD-2025-410. Obrigada pela parceria.")
case("o10-mensalidade-pouco-aviso", L, [f], OWB, "decided", [D("cancellation", "cancel", eff="2025-10-31")],
     spec="O4: after the 2025-09-24 cut-off: next cycle billed; effective its last day 2025-10-31.")

proj("Escola de Línguas Babel", "direcao@escolababel.pt", "2025-03-01T10:00:00")
owpay("pt_o11", "OWD-2025-411", "Escola de Línguas Babel", "retainer", "7000.00", "1260.00", "2025-09-01T10:00:00",
      period_start="2025-09-01", period_end="2025-09-30", next_billing_at="2025-10-01")
f, _ = mail("o11-mensalidade-7-dias-certos", "Direção Escola Babel <direcao@escolababel.pt>", OWD,
            "Fim do contrato de manutenção", "2025-09-24 20:00", PT,
            "Boa tarde, informamos que pretendemos terminar a manutenção mensal da Escola de Línguas Babel "
            "(OWD-2025-411) porque a escola fecha no fim do mês por reforma da proprietária. Obrigada.")
case("o11-mensalidade-7-dias-certos", L, [f], OWB, "decided", [D("cancellation", "cancel", eff="2025-09-30")],
     spec="O4: local date 2025-09-24 = 2025-10-01 minus 7: enough notice; effective 2025-09-30.")

proj("Ótica Visão Nítida", "otica@visaonitida.pt", "2025-02-01T10:00:00")
owpay("pt_o12", "OWD-2025-412", "Ótica Visão Nítida", "retainer", "7000.00", "1260.00", "2025-09-01T10:00:00",
      period_start="2025-09-01", period_end="2025-09-30", next_billing_at="2025-10-01")
f, _ = mail("o12-mensalidade-meia-noite", "Ótica Visão Nítida <otica@visaonitida.pt>", OWD, "Cancelar manutenção",
            "2025-09-25 01:30", PT,
            "Boa noite, queremos cancelar a manutenção mensal da Ótica Visão Nítida (OWD-2025-412): a marca passou "
            "a gerir o site centralmente. Cumprimentos.")
case("o12-mensalidade-meia-noite", L, [f], OWB, "decided", [D("cancellation", "cancel", eff="2025-10-31")],
     spec="O4: sent 2025-09-24 21:00 Lisbon = 2025-09-25 IST, after the cut-off: next cycle billed, effective 2025-10-31.")

proj("Colégio Santo Agostinho Portal", "ti@colegiosantoagostinho.com.br", "2025-01-10T10:00:00")
owpay("pt_o13a", "OWD-2025-413", "Colégio Santo Agostinho Portal", "retainer", "10000.00", "1800.00", "2025-09-01T10:00:00",
      period_start="2025-09-01", period_end="2025-09-30", next_billing_at="2025-10-01")
owpay("pt_o13b", "OWD-2025-414", "Colégio Santo Agostinho Portal", "retainer", "10000.00", "1800.00", "2025-09-15T10:00:00",
      period_start="2025-10-01", period_end="2025-10-31", next_billing_at="2025-11-01")
f, _ = mail("o13-mensalidade-paga-adiantada", "TI Colégio Santo Agostinho <ti@colegiosantoagostinho.com.br>", OWD,
            "Encerramento contrato de manutenção", "2025-09-19 18:30", BR,
            "Prezados, a diretoria decidiu fazer licitação para a manutenção do portal; encerramos o contrato mensal "
            "do Colégio Santo Agostinho Portal (faturas OWD-2025-413 e OWD-2025-414, esta já paga referente a outubro).")
case("o13-mensalidade-paga-adiantada", L, [f], OWB, "decided", [D("cancellation", "escalate")],
     spec="Section 8 retainer paid in advance (October paid) with >= 7 days' notice: escalate.")

proj("Móveis Dona Benta", "vendas@moveisdonabenta.com.br", "2025-08-01T10:00:00")
owpay("pt_o14", "OWD-2025-415", "Móveis Dona Benta", "maintenance_annual", "10000.00", "1800.00", "2025-09-12T10:00:00",
      setup_fee="1500.00", service_start="2025-09-15")
f, _ = mail("o14-manutencao-anual-10dias", "Móveis Dona Benta <vendas@moveisdonabenta.com.br>", OWD,
            "Cancelar manutenção anual e reembolso", "2025-09-25 19:00", BR,
            "Olá, contratamos a manutenção anual (OWD-2025-415) da Móveis Dona Benta faz poucos dias, mas meu filho "
            "vai cuidar do site, então queremos cancelar e receber o proporcional.")
case("o14-manutencao-anual-10dias", L, [f], OWB, "decided", [D("refund", "approve", "7791.67")], extra_ok=True,
     spec="O5: day 10: 10000 - 1500 - 8500/12 = 7791.666.. -> 7791.67.")

proj("Turismo Serra Gaúcha", "contato@serragaucha.tur.br", "2025-08-01T10:00:00")
owpay("pt_o15", "OWD-2025-416", "Turismo Serra Gaúcha", "hosting_annual", "18000.00", "3240.00", "2025-08-30T10:00:00",
      setup_fee="2400.00", service_start="2025-09-01")
f, _ = mail("o15-hospedagem-dia15", "Turismo Serra Gaúcha <contato@serragaucha.tur.br>", OWD,
            "Reembolso hospedagem anual", "2025-09-16 01:00", BR,
            "Olá, pedimos o cancelamento da hospedagem anual do Turismo Serra Gaúcha (OWD-2025-416) e o reembolso "
            "proporcional: migramos para o servidor da prefeitura. Estamos dentro dos 14 dias.")
case("o15-hospedagem-dia15", L, [f], OWB, "decided", [D("refund", "deny")], extra_ok=True,
     spec="O5: sent 2025-09-15 16:30 Brasília but 2025-09-16 IST = day 15 after 2025-09-01: deny.")

proj("Restaurante Sabor do Mar", "adm@sabordomar.co.mz", None)
owpay("pt_o16", "OWD-2025-417", "Restaurante Sabor do Mar", "hosting_annual", "24000.00", "4320.00", "2025-09-25T10:00:00",
      setup_fee="3000.00", service_start="2025-10-01")
f, _ = mail("o16-alojamento-antes-inicio", "Restaurante Sabor do Mar <adm@sabordomar.co.mz>", OWD,
            "anulação do alojamento", "2025-09-27 17:00", MZ,
            "Boa tarde, pagámos o alojamento anual (OWD-2025-417) do Restaurante Sabor do Mar mas o dono decidiu "
            "vender o espaço. Solicitamos a anulação do serviço e a devolução correspondente.")
case("o16-alojamento-antes-inicio", L, [f], OWB, "decided", [D("refund", "approve", "19250.00")], extra_ok=True,
     spec="O5 before service start: consumed_months 1: 24000 - 3000 - 1750 = 19250.00.")

proj("Livraria Cultura Viva", "livraria@culturaviva.com.br", "2025-06-01T10:00:00")
owpay("pt_o17", "OWD-2025-418", "Livraria Cultura Viva", "third_party", "1800.00", "324.00", "2025-09-20T10:00:00")
f, _ = mail("o17-dominio", "Livraria Cultura Viva <livraria@culturaviva.com.br>", OWD, "devolução domínio",
            "2025-09-22 19:00", BR,
            "Oi! Renovaram o domínio culturaviva.com.br (OWD-2025-418, Livraria Cultura Viva) e a gente ia deixar "
            "vencer porque mudamos de nome. Vocês devolvem essa grana?")
case("o17-dominio", L, [f], OWB, "decided", [D("refund", "deny")], spec="O6: domain (third party): deny.")

proj("Loja Chica Bonita", "chicabonita.loja@gmail.com", "2025-08-10T10:00:00")
owpay("pt_o18", "OWD-2025-419", "Loja Chica Bonita", "rush", "6000.00", "1080.00", "2025-09-18T10:00:00")
f, _ = mail("o18-urgencia", "Chica Bonita <chicabonita.loja@gmail.com>", OWD, "TAXA DE URGÊNCIA???",
            "2025-09-20 21:00", BR,
            "paguei a taxa de entrega urgente (OWD-2025-419, Loja Chica Bonita) e entregaram no prazo normal, "
            "sacanagem. devolve os 6 mil")
case("o18-urgencia", L, [f], OWB, "decided", [D("refund", "deny")], spec="O6: rush fee: deny.")

proj("Contabilidade Ferraz", "geral@contabferraz.pt", "2025-06-01T10:00:00")
owpay("pt_o19", "OWD-2025-420", "Contabilidade Ferraz", "change_request", "4500.00", "810.00", "2025-09-21T10:00:00")
f, _ = mail("o19-alteracao-ambito", "Contabilidade Ferraz <geral@contabferraz.pt>", OWD,
            "Reembolso alteração formulário", "2025-09-23 14:00", PT,
            "Bom dia, pagámos a alteração do formulário de contacto (OWD-2025-420, Contabilidade Ferraz), mas afinal "
            "o cliente não o usa e vamos retirá-lo. Solicitamos o reembolso.")
case("o19-alteracao-ambito", L, [f], OWB, "decided", [D("refund", "deny")],
     spec="O6: change request outside the original scope: deny.")

proj("Distribuidora Amazônia", "compras@distamazonia.com.br", "2025-05-01T10:00:00")
owpay("pt_o20", "OWD-2025-421", "Distribuidora Amazônia", "retainer", "12000.00", "2160.00", "2025-09-10T10:00:00",
      period_start="2025-09-10", period_end="2025-10-09", next_billing_at="2025-10-10")
f, _ = mail("o20-cancelar-sem-motivo", "Compras Distribuidora Amazônia <compras@distamazonia.com.br>", OWD,
            "Cancelamento de serviço - Distribuidora Amazônia - OWD-2025-421", "2025-09-22 18:30", AM,
            "À Optima WebDesign\n\nPrezados, bom dia.\n\nSolicitamos o cancelamento do serviço de suporte mensal do "
            "projeto Distribuidora Amazônia, fatura OWD-2025-421.\n\nFicamos no aguardo da confirmação.\n\n"
            "Atenciosamente,\nSetor de Compras" + DISC)
case("o20-cancelar-sem-motivo", L, [f], OWB, "need_info", missing=["reason"],
     spec="Section 8: Optima requires a reason for cancellations; courtesy and disclaimer are none: ask the reason.")

proj("Clínica Veterinária Patinhas", "patinhas.vet@gmail.com", None)
owpay("pt_o21", "OWD-2025-422", "Clínica Veterinária Patinhas", "deposit", "15000.00", "2700.00", "2025-09-23T10:00:00")
f1, id1 = mail("o21a-pedido", "Veterinária Patinhas <patinhas.vet@gmail.com>", OWD,
               "Refund Request — Clínica Veterinária Patinhas / OWD-2025-422", "2025-09-24 18:00", BR,
               "Bom dia, solicito o reembolso do sinal OWD-2025-422 do projeto Clínica Veterinária Patinhas. "
               "Obrigada.\nDra. Fernanda Reis")
f2, id2 = mail("o21b-bot", OWD, "patinhas.vet@gmail.com",
               "Re: Refund Request — Clínica Veterinária Patinhas / OWD-2025-422 [OWD-3410]", "2025-09-24 18:10", 5.5,
               "Hello,\n\nThank you. Please tell us the reason for your refund request.\n\nBilling & Refunds Desk — Optima WebDesign",
               irt=id1, msgid="owd-3410-ask")
f3, _ = mail("o21c-resposta", "Veterinária Patinhas <patinhas.vet@gmail.com>", OWD,
             "Re: Refund Request — Clínica Veterinária Patinhas / OWD-2025-422 [OWD-3410]", "2025-09-27 19:00", BR,
             "O motivo: o conselho regional de veterinária vai oferecer site grátis para os associados, não "
             "precisamos mais.\n\nEm qua., 24 de set. de 2025 às 09:40, Optima WebDesign escreveu:\n"
             "> Please tell us the reason for your refund request.", irt=id2, refs=[id1, id2])
case("o21-fio-motivo-sinal", L, [f1, f2, f3], OWB, "decided", [D("refund", "approve", "15000.00")], extra_ok=True,
     spec="C3 thread: reason arrives after 72 h, but request time is the first email (32 h, no work): O2 approve 15000.00.")

proj("Construtora Horizonte", "diretoria@construtorahorizonte.com.br", None)
owpay("pt_o22", "OWD-2025-423", "Construtora Horizonte", "deposit", "30000.00", "5400.00", "2025-09-25T10:00:00")
f, _ = mail("o22-secretaria-c2", "Secretaria Diretoria <secretaria@construtorahorizonte.com.br>", OWD,
            "Reembolso sinal Construtora Horizonte", "2025-09-26 18:30", BR,
            "Bom dia, a pedido do Dr. Almeida solicito a devolução do sinal OWD-2025-423 do projeto Construtora "
            "Horizonte, pois o projeto foi adiado sem previsão.\nAtenciosamente, Sueli")
case("o22-secretaria-c2", L, [f], OWB, "need_info", rules=["C2"],
     spec="C2: sent by the secretary, not from the contract email: ask for the request from it.")

proj("Editora Ipê Amarelo", "editora@ipeamarelo.com.br", None)
owpay("pt_o23", "OWD-2025-424", "Editora Ipê Amarelo", "milestone", "22000.00", "3960.00", "2025-09-20T10:00:00",
      milestone_status="not_started")
f, _ = mail("o23-advogado-procon", "Editora Ipê Amarelo <editora@ipeamarelo.com.br>", OWD,
            "Notificação - devolução de etapa", "2025-09-24 16:00", BR,
            "Exigimos a devolução da etapa OWD-2025-424 (projeto Editora Ipê Amarelo), que nunca começou. O caso já "
            "está com nosso advogado e, sem resposta em 48h, entraremos no Procon e no Juizado Especial.")
case("o23-advogado-procon", L, [f], OWB, "decided", [D("refund", "escalate")], rules=["C4"],
     spec="C4: lawyer / consumer-protection threat: escalate even though O3 would approve.")

proj("Cervejaria Artesanal Lupulina", "ola@lupulina.pt", None)
owpay("pt_o24", "OWD-2025-425", "Cervejaria Artesanal Lupulina", "deposit", "16000.00", "2880.00", "2025-09-24T10:00:00")
f, _ = mail("o24-reencaminhado-funcionario-c2", "Nuno (Marketing) <nuno.marketing@lupulina.pt>", OWD,
            "Fwd: pedido de reembolso do sinal", "2025-09-25 15:00", PT,
            "Reencaminho o pedido da dona.\n\nInício da mensagem reencaminhada:\n\nDe: Lupulina <ola@lupulina.pt>\n"
            "Assunto: pedido de reembolso do sinal\nData: 24 de setembro de 2025 às 14:20:11 WEST\nPara: Nuno\n\n"
            "Nuno, manda aos da web que queremos a devolução do sinal OWD-2025-425 do projeto Cervejaria Artesanal "
            "Lupulina, afinal não vamos fazer a loja online. O contacto do contrato é ola@lupulina.pt.")
case("o24-reencaminhado-funcionario-c2", L, [f], OWB, "need_info", rules=["C2"],
     spec="Section 8 forward (Apple Mail pt-PT wording) naming contract email ola@lupulina.pt, sent by an employee: C2.")

f, _ = mail("o25-resposta-automatica", "Recepção Clínica São Lucas <recepcao@clinicasaolucas.com.br>", OWD,
            "Resposta automática: Fatura OWD-2025-499", "2025-09-24 09:00", BR,
            "Recebemos sua mensagem e retornaremos em até 48 horas úteis. Favor não responder este e-mail.",
            headers={"Auto-Submitted": "auto-generated"})
case("o25-resposta-automatica", L, [f], OWB, "ignore", rules=["C7"], spec="C7: auto-generated acknowledgement: ignore.")

f, _ = mail("o26-pergunta-sinal", "Bia Castro <bia.castro.design@gmail.com>", OWD, "dúvida antes de fechar",
            "2025-09-22 19:00", BR,
            "Oi! Antes de assinar a proposta queria saber: se eu pagar o sinal e depois de dois dias me arrepender, "
            "vocês devolvem tudo? Não é que eu vá desistir, é só pra saber mesmo. Bjs")
case("o26-pergunta-sinal", L, [f], OWB, "other", spec="Section 8 hypothetical before buying: other.")

proj("Agroexport Cerrado", "adm@agrocerrado.com.br", "2025-03-01T10:00:00")
owpay("pt_o27", "OWD-2025-426", "Agroexport Cerrado", "setup", "5000.00", "900.00", "2025-09-20T10:00:00")
f, _ = mail("o27-taxa-ativacao", "Agroexport Cerrado <adm@agrocerrado.com.br>", OWD, "Cobrança de ativação",
            "2025-09-22 18:30", BR,
            "Prezados, cobraram R$ 5.000,00 de 'ativação' (OWD-2025-426, Agroexport Cerrado). Achávamos que estava "
            "incluído no plano, então pedimos a devolução.")
case("o27-taxa-ativacao", L, [f], OWB, "decided", [D("refund", "deny")], spec="O6: setup/activation fee: deny.")

proj("Ferragens Kwanza", "gerencia@ferragenskwanza.co.ao", "2025-04-01T10:00:00")
owpay("pt_o28", "OWD-2025-427", "Ferragens Kwanza", "retainer", "6000.00", "1080.00", "2025-09-05T10:00:00",
      period_start="2025-09-05", period_end="2025-10-04", next_billing_at="2025-10-05")
f, _ = mail("o28-nao-peco-devolucao", "Gerência Ferragens Kwanza <gerencia@ferragenskwanza.co.ao>", OWD,
            "terminar suporte", "2025-09-20 14:00", AO,
            "Bom dia. Não estamos a pedir devolução de nada, o que está pago está pago. Só queremos terminar o "
            "suporte mensal da Ferragens Kwanza (OWD-2025-427) porque com o câmbio não conseguimos continuar a pagar "
            "em divisas.")
case("o28-nao-peco-devolucao", L, [f], OWB, "decided", [D("cancellation", "cancel", eff="2025-10-04")],
     spec="Negation adds no refund; O4 notice 2025-09-20 <= 2025-09-28: effective 2025-10-04.")

proj("Colégio Bilíngue Ipiranga", "direcao@colegioipiranga.com.br", "2025-06-01T10:00:00")
owpay("pt_o29", "OWD-2025-428", "Colégio Bilíngue Ipiranga", "milestone", "28000.00", "5040.00", "2025-09-10T10:00:00",
      milestone_status="completed")
f, _ = mail("o29-etapa-concluida-fio", "Direção Colégio Ipiranga <direcao@colegioipiranga.com.br>", OWD,
            "RES: RES: Entrega etapa 2 - Colégio Bilíngue Ipiranga", "2025-09-20 19:00", BR,
            "Bom dia Felipe, o calendário ficou bem diferente do que pedimos, não vamos usar. Solicitamos a devolução "
            "do valor da etapa 2 (OWD-2025-428).\n\nAtt,\nIrmã Teresa\nDiretora\n\n"
            "De: Felipe - Optima WebDesign\nEnviada em: sexta-feira, 12 de setembro de 2025 10:02\nAssunto: RES: "
            "Entrega etapa 2\n\nIrmã Teresa, segue a entrega final da etapa 2 (calendário acadêmico).", irt="owd-etapa2-entrega@optimawebdesign.com")
case("o29-etapa-concluida-fio", L, [f], OWB, "decided", [D("refund", "deny")],
     spec="O3/O6: completed milestone: deny; top-posted reply with quoted Outlook history.")

proj("Estética Glamour Brasil", "esteticaglamour.br@gmail.com", None)
owpay("pt_o30", "OWD-2025-429", "Estética Glamour Brasil", "deposit", "10000.00", "1800.00", "2025-09-26T10:00:00")
f, _ = mail("o30-sinal-html", "Estética Glamour <esteticaglamour.br@gmail.com>", OWD, "devolução do sinal",
            "2025-09-27 19:00", BR, html=
            "<div dir='ltr'>Oi bom dia!!<br><br>Paguei o sinal do projeto <b>Estética Glamour Brasil</b> "
            "(OWD-2025-429) e vocês ainda não começaram nada né. Me arrependi porque minha prima vai fazer o site "
            "kkk, vocês devolvem o sinal?<br><br>Beijos<br>Dani</div>")
case("o30-sinal-html", L, [f], OWB, "decided", [D("refund", "approve", "10000.00")], extra_ok=True,
     spec="HTML-only: O2 deposit 2025-09-26 10:00, request 2025-09-27 19:00 IST (33 h), no work: approve 10000.00.")

finish()
