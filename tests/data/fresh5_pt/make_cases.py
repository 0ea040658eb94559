"""Fresh held-out round 5, Portuguese (pt, Brazil and Portugal): writes ledger.json, emails/*.eml and expected.json here.

Written by a QA pass from POLICY_SPEC.md alone (MIT licence, like the project). Stdlib only,
deterministic. Run: python3 make_cases.py
"""
import json
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANG = "pt"
LO = "support@leadsoptima.com"
OWD = "optimawebdesigns12@gmail.com"
LEDGER = {"customers": [], "projects": [], "payments": []}
CASES = []


def D(s, tz="+0530"):
    sign = 1 if tz[0] == "+" else -1
    off = timezone(sign * timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])))
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=off)


def cust(email, name, plan, start=None, end=None, status="active", trial_ends=None):
    LEDGER["customers"].append({"brand": "leadsoptima", "email": email, "name": name, "plan": plan,
                                "status": status, "trial_ends": trial_ends,
                                "current_period_start": start, "current_period_end": end})


def lopay(pid, inv, email, plan, amount, tax, paid_at, ps, pe, status="paid"):
    LEDGER["payments"].append({"brand": "leadsoptima", "id": pid, "invoice": inv, "customer_email": email,
                               "kind": "subscription", "plan": plan, "amount": amount, "tax": tax,
                               "currency": "INR", "paid_at": paid_at, "period_start": ps,
                               "period_end": pe, "status": status})


def proj(name, email, started=None):
    LEDGER["projects"].append({"brand": "optima_webdesign", "name": name, "contract_email": email,
                               "work_started_at": started})


def owpay(pid, inv, project, kind, amount, tax, paid_at, status="paid", **kw):
    rec = {"brand": "optima_webdesign", "id": pid, "invoice": inv, "project": project, "kind": kind,
           "amount": amount, "tax": tax, "currency": "INR", "paid_at": paid_at, "status": status,
           "setup_fee": None, "service_start": None, "next_billing_at": None,
           "period_start": None, "period_end": None, "milestone_status": None}
    rec.update(kw)
    LEDGER["payments"].append(rec)


_mid = [0]
MSGIDS = {}


def mail(name, frm, to, subject, date, body, html=None, headers=None, reply_to_prev=None):
    _mid[0] += 1
    m = EmailMessage(policy=SMTP)
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = MSGIDS[name] = f"<fresh5-{LANG}-{_mid[0]:03d}@mail.example>"
    if reply_to_prev:
        m["In-Reply-To"] = reply_to_prev
        m["References"] = reply_to_prev
    for k, v in (headers or {}).items():
        m[k] = v
    if html and body is None:
        m.set_content(html, subtype="html")
    else:
        m.set_content(body)
        if html:
            m.add_alternative(html, subtype="html")
    path = HERE / "emails" / f"{name}.eml"
    path.write_bytes(m.as_bytes())
    return f"emails/{name}.eml"


def case(cid, brand, files, status, decisions=(), rules=(), missing=None, spec="", ambiguous=None,
         extra_ok=False, line=""):
    c = {"id": f"{LANG}-{cid}", "lang": LANG, "files": files, "brand": brand, "status": status,
         "rules": list(rules)}
    if missing is not None:
        c["missing"] = missing
    c["decisions"] = [dict(d) for d in decisions]
    if extra_ok:
        c["extra_ok"] = True
    c["spec"] = spec
    if ambiguous:
        c["ambiguous"] = ambiguous
    c["_line"] = line
    CASES.append(c)


def R(outcome, amount=None):
    d = {"intent": "refund", "outcome": outcome}
    if amount is not None:
        d["amount"] = amount
    return d


def C(outcome, eff=None):
    d = {"intent": "cancellation", "outcome": outcome}
    if eff is not None:
        d["effective_date"] = eff
    return d


def build():
    (HERE / "emails").mkdir(exist_ok=True)
    for old in (HERE / "emails").glob("*.eml"):
        old.unlink()
    L, W = "leadsoptima", "optima_webdesign"
    BR, PT = "-0300", "+0100"

    # ---------------- LeadsOptima ----------------
    cust("contato@acaiteriatropical.com.br", "Açaiteria Tropical", "monthly", "2025-09-27", "2025-10-26")
    lopay("lo_pt_01a", "LO-INV-81010", "contato@acaiteriatropical.com.br", "monthly", "1499.00", "269.82",
          "2025-09-27T13:00:00", "2025-09-27", "2025-10-26")
    lopay("lo_pt_01b", "LO-INV-81011", "contato@acaiteriatropical.com.br", "monthly", "1499.00", "269.82",
          "2025-09-27T13:01:00", "2025-09-27", "2025-10-26")
    f = mail("l01-cobranca-dupla", "Açaiteria Tropical <contato@acaiteriatropical.com.br>", LO,
             "cobrança em dobro", D("2025-09-29 09:15", BR),
             "Oi pessoal, tudo bem?\n\nFui cobrada duas vezes na mensalidade de sábado, o mesmo valor no "
             "cartão com um minuto de diferença. A segunda é a lo inv 81011. Podem estornar a duplicada?\n\n"
             "Bjs, Jéssica\nAçaiteria Tropical - Belém/PA")
    case("l01-cobranca-dupla", L, [f], "decided", [R("approve", "1499.00")],
         spec="POLICY_SPEC.md section 3 L2 duplicate_payment, L4: two paid monthly charges 1499.00 on 2025-09-27, "
              "same period; request 2025-09-29 17:45 IST = day 2 -> approve 1499.00 before tax; 'lo inv 81011' "
              "matches LO-INV-81011 (section 8)",
         line="Açaí shop in Belém, charged twice on Saturday -> approve 1499.00")

    cust("financeiro@padariapaodeouro.com.br", "Padaria Pão de Ouro", "quarterly", "2025-09-22", "2025-12-21")
    lopay("lo_pt_02", "LO-INV-81020", "financeiro@padariapaodeouro.com.br", "quarterly", "3597.00", "647.46",
          "2025-09-22T10:00:00", "2025-09-22", "2025-12-21")
    f = mail("l02-dupla-sem-par", "Financeiro Pão de Ouro <financeiro@padariapaodeouro.com.br>", LO,
             "Cobrança duplicada fatura LO-INV-81020", D("2025-09-24 10:00", BR),
             "Prezados,\n\nIdentificamos no extrato que o plano trimestral foi cobrado duas vezes no dia 22/09 "
             "(R$ aprox. 250,00 cada). Solicitamos o estorno da cobrança duplicada, fatura LO-INV-81020.\n\n"
             "Att.,\nRenata Moura\nFinanceiro - Padaria Pão de Ouro")
    case("l02-dupla-sem-par", L, [f], "decided", [R("escalate")],
         spec="L4: duplicate claimed inside the window (day 2) but the ledger holds only one charge of that "
              "period -> no pair -> escalate",
         line="Bakery claims a double charge the ledger does not show -> escalate (L4)")

    cust("loja@modafitcuritiba.com.br", "ModaFit Curitiba", "quarterly", "2025-09-20", "2025-12-19")
    lopay("lo_pt_03", "LO-INV-81030", "loja@modafitcuritiba.com.br", "quarterly", "3597.00", "647.46",
          "2025-09-20T10:00:00", "2025-09-20", "2025-12-19")
    f = mail("l03-caro-demais", "ModaFit <loja@modafitcuritiba.com.br>", LO,
             "reembolso plano trimestral", D("2025-09-23 15:00", BR),
             "Olá, assinei o trimestral no sábado mas fiz as contas e ficou caro demais pra minha loja neste "
             "momento. Quero o reembolso da fatura LO-INV-81030, por favor.\n\nGrata,\nPatrícia")
    case("l03-caro-demais", L, [f], "decided", [R("deny")],
         spec="L1: 'too expensive' is not an exception -> deny, cancellation offered",
         line="Curitiba fitness-wear shop finds it too expensive -> deny (L1)")

    cust("ti@transportadoraveloz.com.br", "Transportadora Veloz", "annual", "2025-09-25", "2026-09-24")
    lopay("lo_pt_04", "LO-INV-81040", "ti@transportadoraveloz.com.br", "annual", "11988.00", "2157.84",
          "2025-09-25T10:00:00", "2025-09-25", "2026-09-24")
    f = mail("l04-valor-errado", "TI Transportadora Veloz <ti@transportadoraveloz.com.br>", LO,
             "Valor cobrado diferente do contratado", D("2025-09-26 11:00", BR),
             "Boa tarde,\n\nNa renovação de ontem (fatura LO-INV-81040) foi cobrado um valor maior do que o "
             "combinado com o comercial: tínhamos desconto de 20% no anual e veio o preço cheio. Pedimos a "
             "devolução da diferença.\n\nAtenciosamente,\nCarlos Henrique Dias\nCoordenador de TI")
    case("l04-valor-errado", L, [f], "decided", [R("escalate")],
         spec="L2 billing_error (wrong amount); charge 2025-09-25, request day 1 -> L5 escalate",
         line="Haulier charged full price instead of the agreed discount -> escalate (L5)")

    cust("geral@quintadasoliveiras.pt", "Quinta das Oliveiras", "monthly", "2025-09-24", "2025-10-23")
    lopay("lo_pt_05", "LO-INV-81050", "geral@quintadasoliveiras.pt", "monthly", "1299.00", "298.77",
          "2025-09-24T10:00:00", "2025-09-24", "2025-10-23")
    f = mail("l05-sem-acesso", "Quinta das Oliveiras <geral@quintadasoliveiras.pt>", LO,
             "Não consigo aceder à plataforma", D("2025-09-28 18:20", PT),
             "Boa tarde,\n\nDesde quinta-feira que não consigo aceder à conta: a página de login dá erro e o "
             "pedido de recuperação de palavra-passe nunca chega. Paguei a mensalidade no dia 24 (LO-INV-81050). "
             "Se não resolverem, peço o reembolso.\n\nCumprimentos,\nManuel Sequeira\nQuinta das Oliveiras, Douro")
    case("l05-sem-acesso", L, [f], "decided", [R("escalate")],
         spec="L2 access_failure; charge 2025-09-24, request 2025-09-28 22:50 IST day 4 -> L6 escalate",
         ambiguous="the refund is conditional ('se não resolverem, peço o reembolso'); read as a refund request "
                   "tied to an unresolved access failure, which L6 escalates anyway",
         line="Douro wine estate cannot log in, refund if unresolved -> escalate (L6)")

    cust("dra.helena.psi@gmail.com", "Helena Barros", "monthly", "2025-09-15", "2025-10-14")
    lopay("lo_pt_06", "LO-INV-81060", "dra.helena.psi@gmail.com", "monthly", "1299.00", "233.82",
          "2025-09-15T10:00:00", "2025-09-15", "2025-10-14")
    f = mail("l06-erro-fora-prazo", "Helena Barros <dra.helena.psi@gmail.com>", LO,
             "cobrança errada", D("2025-09-25 20:00", BR),
             "Oi, no dia 15 me cobraram o plano errado (veio o mensal Pro e eu uso o básico). Fatura "
             "LO-INV-81060. Quero de volta.\n\nHelena\nEnviado do meu iPhone")
    case("l06-erro-fora-prazo", L, [f], "decided", [R("deny")],
         spec="L2 billing_error but charge 2025-09-15; request 2025-09-26 04:30 IST = day 11 > 7 -> L3 deny",
         line="Psychologist reports a wrong-plan charge on day 11 -> deny (L3)")

    cust("direcao@escolaarcoiris.pt", "Escola Arco-Íris", "annual", "2024-11-01", "2025-10-31")
    lopay("lo_pt_07", "LO-INV-81070", "direcao@escolaarcoiris.pt", "annual", "11988.00", "2757.24",
          "2024-11-01T10:00:00", "2024-11-01", "2025-10-31")
    f = mail("l07-cancelar-anual", "Direção Escola Arco-Íris <direcao@escolaarcoiris.pt>", LO,
             "Cancelamento da assinatura anual", D("2025-09-30 11:00", PT),
             "Exmos. Senhores,\n\nVimos por este meio solicitar o cancelamento da assinatura anual, para que "
             "não seja renovada em novembro. O agrupamento de escolas passou a disponibilizar uma ferramenta "
             "própria.\n\nCom os melhores cumprimentos,\nA Diretora\nAna Rita Valente\n\n"
             "Esta mensagem é confidencial e destina-se exclusivamente ao destinatário.")
    case("l07-cancelar-anual", L, [f], "decided", [C("cancel", "2025-10-31")],
         spec="L8: current_period_end 2025-10-31 -> cancel, effective 2025-10-31",
         line="Portuguese school, formal cancellation of annual plan -> cancel 2025-10-31")

    cust("rafa.videomaker@hotmail.com", "Rafael Lima", "quarterly")
    lopay("lo_pt_08", "LO-INV-81080", "rafa.videomaker@hotmail.com", "quarterly", "3597.00", "647.46",
          "2025-07-31T10:00:00", "2025-07-31", None)
    f = mail("l08-cancelar-sem-periodo", "Rafa Lima <rafa.videomaker@hotmail.com>", LO,
             "cancelar", D("2025-09-27 22:00", BR),
             "cancela meu plano trimestral pfv, to mudando de área\n\nRafa")
    case("l08-cancelar-sem-periodo", L, [f], "decided", [C("cancel", "2025-10-30")],
         spec="L8 fallback: no current_period_end; last charge 2025-07-31 + 3 months = 2025-10-31, minus one day "
              "= 2025-10-30",
         line="Videomaker, one-line cancel, no period in ledger -> cancel 2025-10-30 (fallback)")

    cust("marcos@barbeariadomarcos.com.br", "Barbearia do Marcos", "monthly", "2025-09-18", "2025-10-17")
    lopay("lo_pt_09", "LO-INV-81090", "marcos@barbeariadomarcos.com.br", "monthly", "999.00", "179.82",
          "2025-09-18T10:00:00", "2025-09-18", "2025-10-17")
    f = mail("l09-nao-quero-reembolso", "Marcos <marcos@barbeariadomarcos.com.br>", LO,
             "Re: sua fatura LeadsOptima", D("2025-09-29 12:10", BR),
             "Não quero reembolso não, só quero cancelar mesmo. Vou fechar a barbearia.\n\nEnviado do meu Galaxy",
             headers={"In-Reply-To": "<fatura-81090@leadsoptima.com>", "References": "<fatura-81090@leadsoptima.com>"})
    case("l09-nao-quero-reembolso", L, [f], "decided", [C("cancel", "2025-10-17")],
         spec="Section 8 negation: 'não quero reembolso' adds no refund; L8 cancel, current_period_end 2025-10-17",
         line="Barber, mobile two-liner 'não quero reembolso, só cancelar' -> cancel 2025-10-17")

    f = mail("l10-pergunta-antes", "Sabor Mineiro Restaurante <contato@sabormineiro.com.br>", LO,
             "Dúvida sobre o plano anual", D("2025-09-24 16:00", BR),
             "Boa tarde! Estou avaliando o plano anual de vocês. Caso eu não me adapte, consigo pedir o dinheiro "
             "de volta nos primeiros dias? Vocês emitem nota fiscal?\n\nAbraço,\nDona Célia")
    case("l10-pergunta-antes", L, [f], "other",
         spec="Section 8: a hypothetical before buying is a policy question -> other",
         line="Restaurant asks before buying whether refunds exist -> other")

    cust("contato@petshopamigofiel.com.br", "Pet Shop Amigo Fiel", "monthly", "2025-09-10", "2025-10-09")
    lopay("lo_pt_11", "LO-INV-81110", "contato@petshopamigofiel.com.br", "monthly", "1299.00", "233.82",
          "2025-09-10T10:00:00", "2025-09-10", "2025-10-09")
    f = mail("l11-como-fazer", "Pet Shop Amigo Fiel <contato@petshopamigofiel.com.br>", LO,
             "Como integrar com o WhatsApp?", D("2025-09-26 10:00", BR),
             "Olá! Como faço para conectar a plataforma ao WhatsApp Business? Segui o tutorial mas o QR code "
             "não aparece.\n\nObrigado,\nThiago")
    case("l11-como-fazer", L, [f], "other",
         spec="How-to question, neither refund nor cancellation -> other",
         line="Pet shop asks how to connect WhatsApp -> other")

    cust("comercial@graficarapida.com.br", "Gráfica Rápida", "quarterly", "2025-09-23", "2025-12-22")
    lopay("lo_pt_12a", "LO-INV-81120", "comercial@graficarapida.com.br", "quarterly", "3597.00", "647.46",
          "2025-09-23T10:00:00", "2025-09-23", "2025-12-22")
    lopay("lo_pt_12b", "LO-INV-81121", "comercial@graficarapida.com.br", "quarterly", "3597.00", "647.46",
          "2025-09-23T10:04:00", "2025-09-23", "2025-12-22")
    f = mail("l12-outro-email", "Wagner Souza <wagner.souza1979@bol.com.br>", LO,
             "cobrado duas vezes", D("2025-09-25 09:00", BR),
             "Bom dia, sou o dono da Gráfica Rápida, o e-mail do cadastro é comercial@graficarapida.com.br. "
             "Fomos cobrados duas vezes no trimestral dia 23, fatura LO-INV-81121. Peço o estorno.\n\nWagner")
    case("l12-outro-email", L, [f], "need_info", rules=["C2"],
         spec="C2: sender wagner.souza1979@bol.com.br is not the registered comercial@graficarapida.com.br named "
              "in the mail -> need_info, nothing about the account",
         line="Print-shop owner writes from personal BOL address naming the registered one -> need_info C2")

    cust("suporte@agenciapixel.com.br", "Agência Pixel", "monthly", "2025-09-26", "2025-10-25")
    lopay("lo_pt_13", "LO-INV-81130", "suporte@agenciapixel.com.br", "monthly", "1499.00", "269.82",
          "2025-09-26T10:00:00", "2025-09-26", "2025-10-25")
    f = mail("l13-falta-fatura", "Agência Pixel <suporte@agenciapixel.com.br>", LO,
             "plataforma fora do ar", D("2025-09-29 14:00", BR),
             "Pessoal, a plataforma não carrega desde sábado, nossos clientes estão sem campanhas. Queremos o "
             "reembolso da mensalidade.\n\nLeo - Agência Pixel")
    case("l13-falta-fatura", L, [f], "decided", [R("escalate")],
         spec="Access failure (platform not loading) inside L3; plan, email and invoice from the sender's one "
              "subscription and its only charge LO-INV-81130 (section 1; stop 26 correction, was C3 need_info "
              "[invoice_number]) -> L6 escalate",
         line="Digital agency, platform down, no invoice -> need_info invoice_number")

    cust("adm@clinicasorrisoperfeito.com.br", "Clínica Sorriso Perfeito", "monthly", "2025-09-25", "2025-10-24")
    lopay("lo_pt_14a", "LO-INV-81140", "adm@clinicasorrisoperfeito.com.br", "monthly", "1299.00", "233.82",
          "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
    lopay("lo_pt_14b", "LO-INV-81141", "adm@clinicasorrisoperfeito.com.br", "monthly", "1299.00", "233.82",
          "2025-09-25T10:02:00", "2025-09-25", "2025-10-24")
    f1 = mail("l14-thread-1", "Adm Clínica Sorriso Perfeito <adm@clinicasorrisoperfeito.com.br>", LO,
              "Solicitação de reembolso", D("2025-09-26 09:00", BR),
              "Bom dia,\n\nSolicito o reembolso da fatura LO-INV-81141.\n\nAtt,\nSimone Ribeiro\nAdministrativo")
    f2 = mail("l14-thread-2", "Adm Clínica Sorriso Perfeito <adm@clinicasorrisoperfeito.com.br>", LO,
              "Re: Solicitação de reembolso [LO-6014]", D("2025-09-29 10:00", BR),
              "Bom dia,\n\nO motivo é que fomos cobrados duas vezes no mesmo dia pela mensalidade; essa é a "
              "segunda cobrança.\n\nAtt,\nSimone\n\nEm sáb., 27 de set. de 2025 às 11:00, LeadsOptima Support "
              "<support@leadsoptima.com> escreveu:\n> Por favor, informe o motivo da solicitação.",
              reply_to_prev=MSGIDS["l14-thread-1"])
    case("l14-thread-motivo", L, [f1, f2], "decided", [R("approve", "1299.00")],
         spec="C3 thread: first mail has no reason (restating the request is not one, section 8); the answer gives "
              "'cobrados duas vezes'; request time = first mail 2025-09-26 (day 1) -> L4 approve 1299.00",
         line="Dental clinic, reason given in the reply (charged twice) -> approve 1299.00")

    cust("joana.yoga@sapo.pt", "Joana Yoga Studio", None, status="trial", trial_ends="2025-10-03")
    f = mail("l15-teste-gratis", "Joana Pires <joana.yoga@sapo.pt>", LO,
             "Devolução", D("2025-09-27 10:00", PT),
             "Olá, estou no período experimental e quero a devolução do valor, a plataforma não é para mim, "
             "tenho um estúdio de yoga pequeno.\n\nJoana")
    case("l15-teste-gratis", L, [f], "decided", [R("deny")], extra_ok=True,
         spec="L7: account in free trial (trial_ends 2025-10-03), no charges -> deny, nothing to refund",
         ambiguous="invoice_number is a required refund field but a trial has none; decided L7 settles it",
         line="Lisbon yoga studio on a free trial asks for money back -> deny (L7)")

    cust("ong@maosqueajudam.org.br", "ONG Mãos que Ajudam", "monthly", None, None, status="cancelled")
    lopay("lo_pt_16a", "LO-INV-81160", "ong@maosqueajudam.org.br", "monthly", "999.00", "0.00",
          "2025-08-25T10:00:00", "2025-08-25", "2025-09-24")
    lopay("lo_pt_16b", "LO-INV-81161", "ong@maosqueajudam.org.br", "monthly", "999.00", "0.00",
          "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
    f = mail("l16-cobrado-apos-cancelar", "ONG Mãos que Ajudam <ong@maosqueajudam.org.br>", LO,
             "Cobrança após cancelamento", D("2025-09-27 10:00", BR),
             "Olá,\n\nCancelamos o plano no dia 10 de setembro pelo painel, e mesmo assim fomos cobrados no dia "
             "25 (LO-INV-81161). Somos uma ONG e cada real faz falta. Pedimos a devolução.\n\nObrigada,\n"
             "Irmã Lurdes\nCoordenação")
    case("l16-cobrado-apos-cancelar", L, [f], "decided", [R("escalate")],
         spec="L2 billing_error (charged after cancelling, past event); charge 2025-09-25, day 2 -> L5 escalate",
         line="NGO cancelled on the 10th and charged on the 25th -> escalate (L5)")

    cust("tiago@surfshopericeira.pt", "Surf Shop Ericeira", "monthly", "2025-09-21", "2025-10-20")
    lopay("lo_pt_17", "LO-INV-81170", "tiago@surfshopericeira.pt", "monthly", "1499.00", "344.77",
          "2025-09-21T10:00:00", "2025-09-21", "2025-10-20")
    f = mail("l17-cancelar-e-devolver", "Tiago Ramos <tiago@surfshopericeira.pt>", LO,
             "Cancelar e devolver o resto do mês", D("2025-09-26 17:00", PT),
             "Olá,\n\nQuero cancelar a subscrição mensal e que me devolvam os dias que não vou usar, porque a "
             "época de verão acabou e a loja fecha até março.\n\nAbraço,\nTiago")
    case("l17-cancelar-e-devolver", L, [f], "decided", [R("deny"), C("cancel", "2025-10-20")],
         spec="L1: unused days are not refundable -> refund deny; L8 cancel, current_period_end 2025-10-20",
         line="Ericeira surf shop: cancel and refund unused days -> refund deny + cancel 2025-10-20")

    # ---------------- Optima WebDesign ----------------
    proj("Site Cervejaria Artesanal Lúpulo", "socios@cervejarialupulo.com.br")
    owpay("ow_pt_01", "OWD-2025-601", "Site Cervejaria Artesanal Lúpulo", "deposit", "37500.00", "6750.00",
          "2025-09-26T15:00:00")
    f = mail("o01-sinal-55h", "Cervejaria Lúpulo <socios@cervejarialupulo.com.br>", OWD,
             "Refund Request — Site Cervejaria Artesanal Lúpulo / OWD-2025-601", D("2025-09-28 14:00", BR),
             "Olá, equipe Optima!\n\nPagamos o sinal do site (OWD-2025-601) na sexta, mas um dos sócios saiu da "
             "sociedade e o projeto ficou congelado. Como vocês ainda não começaram, pedimos a devolução.\n\n"
             "Valeu,\nGustavo\nCervejaria Artesanal Lúpulo - Blumenau/SC")
    case("o01-sinal-55h", W, [f], "decided", [R("approve", "37500.00")],
         spec="O2: deposit paid 2025-09-26 15:00 IST, no work; request 2025-09-28 22:30 IST = 55.5 h < 72 h -> "
              "approve 37500.00 (tax 6750.00 kept, C6)",
         line="Blumenau brewery, deposit refund after 55.5 h -> approve 37500.00")

    proj("Loja Virtual Cerâmicas do Minho", "encomendas@ceramicasminho.pt")
    owpay("ow_pt_02", "OWD-2025-602", "Loja Virtual Cerâmicas do Minho", "deposit", "28000.00", "6440.00",
          "2025-09-20T09:00:00")
    f = mail("o02-sinal-73h", "Cerâmicas do Minho <encomendas@ceramicasminho.pt>", OWD,
             "Reembolso do sinal - Loja Virtual Cerâmicas do Minho", D("2025-09-23 05:30", PT),
             "Bom dia,\n\nPagámos o sinal (fatura OWD-2025-602) no sábado, mas decidimos afinal vender só no "
             "Etsy. Pedimos o reembolso do sinal.\n\nCumprimentos,\nMaria do Céu Fernandes")
    case("o02-sinal-73h", W, [f], "decided", [R("deny")], extra_ok=True,
         spec="O2: paid 2025-09-20 09:00 IST; request 2025-09-23 10:00 IST = 73 h > 72 h -> deny",
         line="Minho ceramics, deposit refund after 73 h -> deny (O2)")

    proj("App Delivery Marmitas da Vó", "marmitasdavo@gmail.com")
    owpay("ow_pt_03", "OWD-2025-603", "App Delivery Marmitas da Vó", "deposit", "12000.00", "2160.00",
          "2025-09-24T18:00:00+05:30")
    f = mail("o03-sinal-71h", "Marmitas da Vó <marmitasdavo@gmail.com>", OWD,
             "devolução sinal app", D("2025-09-27 08:30", BR),
             "Bom dia! Quero a devolução do sinal do App Delivery Marmitas da Vó, fatura OWD-2025-603. Minha "
             "mãe ficou doente e vou fechar o delivery por um tempo.\n\nLuciana")
    case("o03-sinal-71h", W, [f], "decided", [R("approve", "12000.00")],
         spec="O2 edge: paid 2025-09-24 18:00 IST; request 2025-09-27 17:00 IST = 71 h < 72 h, no work -> approve 12000.00",
         line="Home-food delivery app, deposit refund at 71 h -> approve 12000.00")

    proj("Identidade Visual Estúdio Bossa", "bossa.estudio@gmail.com")
    owpay("ow_pt_04", "OWD-2025-604", "Identidade Visual Estúdio Bossa", "discovery", "9500.00", "1710.00",
          "2025-09-25T10:00:00")
    f = mail("o04-discovery-nao-iniciado", "Estúdio Bossa <bossa.estudio@gmail.com>", OWD,
             "Cancelar workshop de estratégia", D("2025-09-29 11:00", BR),
             "Oi! Pagamos o workshop de discovery da Identidade Visual Estúdio Bossa (OWD-2025-604), que ainda "
             "nem foi agendado. A gente conseguiu um edital que exige outro fornecedor, então pedimos o "
             "reembolso integral.\n\nBeijos,\nCarol e Duda")
    case("o04-discovery-nao-iniciado", W, [f], "decided", [R("approve", "9500.00")], extra_ok=True,
         spec="O1: work_started_at empty -> full refund 9500.00 before tax",
         line="Music studio branding, discovery not started -> approve 9500.00")

    proj("Portal Condomínio Jardim Europa", "sindico@condjardimeuropa.com.br", "2025-09-12T14:00:00")
    owpay("ow_pt_05", "OWD-2025-605", "Portal Condomínio Jardim Europa", "discovery", "8000.00", "1440.00",
          "2025-09-10T10:00:00")
    f = mail("o05-discovery-iniciado", "Síndico Jardim Europa <sindico@condjardimeuropa.com.br>", OWD,
             "Reembolso fase de descoberta", D("2025-09-22 19:00", BR),
             "Prezados,\n\nA assembleia do condomínio não aprovou o portal. Solicito o reembolso da fase de "
             "descoberta do Portal Condomínio Jardim Europa, NF OWD-2025-605, apesar da reunião inicial já "
             "ter acontecido.\n\nAtenciosamente,\nSr. Osvaldo Nogueira\nSíndico")
    case("o05-discovery-iniciado", W, [f], "decided", [R("deny")],
         spec="O1: session started 2025-09-12, before the request -> deny",
         line="Condominium portal, discovery meeting already held -> deny (O1)")

    proj("E-commerce Vinhos do Alentejo", "vendas@vinhosalentejo.pt")
    owpay("ow_pt_06", "OWD-2025-606", "E-commerce Vinhos do Alentejo", "milestone", "52000.00", "11960.00",
          "2025-09-12T10:00:00", milestone_status="not_started")
    f = mail("o06-marco-nao-iniciado", "Vinhos do Alentejo <vendas@vinhosalentejo.pt>", OWD,
             "Reembolso da fase 3 - E-commerce Vinhos do Alentejo", D("2025-09-29 10:00", PT),
             "Caros,\n\nA fase 3 (integração com o ERP), fatura OWD-2025-606, paga antecipadamente, ainda não foi "
             "iniciada. O nosso ERP vai ser substituído no próximo ano, pelo que já não faz sentido. "
             "Solicitamos o reembolso dessa fase (52.000,00 + IVA).\n\nCumprimentos,\nJoão Caeiro")
    case("o06-marco-nao-iniciado", W, [f], "decided", [R("approve", "52000.00")],
         spec="O3: milestone not_started -> approve its amount 52000.00 before tax",
         line="Alentejo wine e-commerce, unstarted ERP milestone -> approve 52000.00")

    proj("Site Imobiliária Horizonte", "diretoria@imobhorizonte.com.br")
    owpay("ow_pt_07", "OWD-2025-607", "Site Imobiliária Horizonte", "milestone", "30000.00", "5400.00",
          "2025-08-15T10:00:00", milestone_status="completed")
    f = mail("o07-marco-concluido", "Diretoria Horizonte <diretoria@imobhorizonte.com.br>", OWD,
             "Devolução do layout", D("2025-09-24 10:00", BR),
             "Boa tarde. O layout do Site Imobiliária Horizonte (OWD-2025-607) foi entregue, mas a nova "
             "diretoria não gostou do estilo. Queremos o valor de volta.\n\nRoberto Alves")
    case("o07-marco-concluido", W, [f], "decided", [R("deny")],
         spec="O3/O6: milestone completed -> deny (completed deliverables are non-refundable)",
         line="Real estate site, completed layout milestone -> deny")

    proj("Plataforma Cursos Mestre Online", "contato@mestreonline.com.br")
    owpay("ow_pt_08", "OWD-2025-608", "Plataforma Cursos Mestre Online", "milestone", "45000.00", "8100.00",
          "2025-09-01T10:00:00", milestone_status="in_progress")
    f = mail("o08-marco-em-andamento", "Mestre Online <contato@mestreonline.com.br>", OWD,
             "Reembolso parcial", D("2025-09-26 10:00", BR),
             "Olá,\n\nDecidimos migrar nossos cursos para a Hotmart e não vamos precisar da área de membros. A "
             "etapa da Plataforma Cursos Mestre Online (OWD-2025-608) está pela metade, queremos o reembolso do "
             "que não foi feito.\n\nAbs,\nProf. Anderson")
    case("o08-marco-em-andamento", W, [f], "decided", [R("escalate")],
         spec="O3: milestone in_progress -> escalate",
         line="Online courses, milestone half done -> escalate (O3)")

    proj("Manutenção Site Contabilidade Ferreira", "escritorio@contabferreira.com.br")
    owpay("ow_pt_09", "OWD-2025-609", "Manutenção Site Contabilidade Ferreira", "retainer", "6500.00", "1170.00",
          "2025-09-20T10:00:00", period_start="2025-09-20", period_end="2025-10-19",
          next_billing_at="2025-10-20T10:00:00")
    f = mail("o09-retainer-aviso", "Contabilidade Ferreira <escritorio@contabferreira.com.br>", OWD,
             "Encerramento do retainer - Manutenção Site Contabilidade Ferreira", D("2025-09-30 09:00", BR),
             "Prezados,\n\nInformamos o encerramento do contrato mensal de Manutenção Site Contabilidade Ferreira "
             "(última fatura OWD-2025-609), pois o escritório foi incorporado por outro grupo que já tem equipe "
             "de TI.\n\nAtenciosamente,\nMárcia Ferreira\nContadora - CRC 1SP000000")
    case("o09-retainer-aviso", W, [f], "decided", [C("cancel", "2025-10-19")],
         spec="O4/O8: next_billing_at 2025-10-20, cut-off 2025-10-13; request 2025-09-30 -> cancel, effective 2025-10-19",
         line="Accountancy firm ends maintenance retainer with 20 days' notice -> cancel 2025-10-19")

    proj("Gestão Redes Sociais Pastelaria Belém Doce", "geral@belemdoce.pt")
    owpay("ow_pt_10", "OWD-2025-610", "Gestão Redes Sociais Pastelaria Belém Doce", "retainer", "15000.00",
          "3450.00", "2025-07-06T10:00:00", period_start="2025-07-06", period_end="2025-10-05",
          next_billing_at="2025-10-06T10:00:00")
    f = mail("o10-retainer-curto", "Pastelaria Belém Doce <geral@belemdoce.pt>", OWD,
             "Cancelamento avença trimestral", D("2025-09-30 16:00", PT),
             "Boa tarde,\n\nQueremos cancelar a avença trimestral da Gestão Redes Sociais Pastelaria Belém Doce "
             "(OWD-2025-610). A minha filha vai passar a tratar das redes sociais.\n\nObrigada,\nD. Fernanda")
    case("o10-retainer-curto", W, [f], "decided", [C("cancel", "2026-01-05")],
         spec="O4: next_billing_at 2025-10-06, cut-off 2025-09-29; request 2025-09-30 20:30 IST is later -> the "
              "next quarterly cycle 2025-10-06..2026-01-05 is billed, effective 2026-01-05",
         line="Pastry shop cancels quarterly retainer with 6 days' notice -> cancel 2026-01-05")

    proj("SEO Mensal Clínica Vet Patinhas", "financeiro@vetpatinhas.com.br")
    owpay("ow_pt_11a", "OWD-2025-611", "SEO Mensal Clínica Vet Patinhas", "retainer", "7000.00", "1260.00",
          "2025-09-15T10:00:00", period_start="2025-09-15", period_end="2025-10-14",
          next_billing_at="2025-10-15T10:00:00")
    owpay("ow_pt_11b", "OWD-2025-612", "SEO Mensal Clínica Vet Patinhas", "retainer", "7000.00", "1260.00",
          "2025-09-28T10:00:00", period_start="2025-10-15", period_end="2025-11-14",
          next_billing_at="2025-11-15T10:00:00")
    f = mail("o11-retainer-pago-adiantado", "Financeiro Vet Patinhas <financeiro@vetpatinhas.com.br>", OWD,
             "Cancelamento SEO", D("2025-09-30 10:00", BR),
             "Olá,\n\nQueremos cancelar o SEO Mensal Clínica Vet Patinhas. Por engano pagamos já o mês de "
             "outubro/novembro (OWD-2025-612) junto com outras contas. O motivo do cancelamento é corte de "
             "custos na clínica.\n\nAtt,\nBianca")
    case("o11-retainer-pago-adiantado", W, [f], "decided", [C("escalate")], extra_ok=True,
         spec="Section 8 retainer paid in advance: the next cycle (2025-10-15..2025-11-14, OWD-2025-612) is already "
              "paid and notice is >= 7 days (cut-off 2025-10-08, request 2025-09-30) -> cancellation escalate",
         line="Vet clinic cancels SEO retainer whose next month is already paid -> escalate")

    proj("Hospedagem Pousada Recanto Verde", "reservas@recantoverde.tur.br")
    owpay("ow_pt_12", "OWD-2025-613", "Hospedagem Pousada Recanto Verde", "hosting_annual", "24000.00", "4320.00",
          "2025-09-21T10:00:00", setup_fee="3000.00", service_start="2025-09-22")
    f = mail("o12-hospedagem-proporcional", "Pousada Recanto Verde <reservas@recantoverde.tur.br>", OWD,
             "Cancelamento e reembolso da hospedagem anual", D("2025-09-30 10:00", BR),
             "Boa tarde,\n\nContratamos a hospedagem anual (Hospedagem Pousada Recanto Verde, OWD-2025-613), mas "
             "a rede de pousadas à qual nos associamos exige o servidor deles. Pedimos o cancelamento com o "
             "reembolso proporcional previsto na política.\n\nAtenciosamente,\nHelena Prado\nGerente")
    case("o12-hospedagem-proporcional", W, [f], "decided", [R("approve", "19250.00"), C("cancel")],
         spec="O5: service_start 2025-09-22, request 2025-09-30 day 8; monthly (24000-3000)/12 = 1750.00; refund "
              "24000 - 3000 - 1750 = 19250.00. 'Pedimos o cancelamento com o reembolso' asks for both: section 1 'A "
              "request for both a refund and a cancellation gets both parts decided' -> cancellation `cancel` too "
              "(effective date not asserted)",
         line="Guesthouse cancels annual hosting on day 8 -> approve 19250.00 + cancel")

    proj("Manutenção Site Farmácia Saúde Já", "ti@farmaciasaudeja.com.br")
    owpay("ow_pt_13", "OWD-2025-614", "Manutenção Site Farmácia Saúde Já", "maintenance_annual", "9000.00",
          "1620.00", "2025-09-01T10:00:00", setup_fee="900.00", service_start="2025-09-05")
    f = mail("o13-manutencao-dia-20", "TI Farmácia Saúde Já <ti@farmaciasaudeja.com.br>", OWD,
             "Reembolso manutenção anual", D("2025-09-25 10:00", BR),
             "Prezados, solicitamos reembolso proporcional da manutenção anual Manutenção Site Farmácia Saúde "
             "Já (OWD-2025-614): a farmácia foi vendida e o novo dono tem outro fornecedor.\n\nAtt, Equipe de TI")
    case("o13-manutencao-dia-20", W, [f], "decided", [R("deny")], extra_ok=True,
         spec="O5: service_start 2025-09-05; request 2025-09-25 = day 20 > 14 -> deny",
         line="Pharmacy sold, annual maintenance refund on day 20 -> deny (O5)")

    proj("Site Escritório Arquitetura Traço", "traco.arq@gmail.com")
    owpay("ow_pt_14", "OWD-2025-615", "Site Escritório Arquitetura Traço", "third_party", "4200.00", "756.00",
          "2025-09-23T10:00:00")
    f = mail("o14-licenca-tema", "Traço Arquitetura <traco.arq@gmail.com>", OWD,
             "reembolso tema premium", D("2025-09-24 10:00", BR),
             "oi, vocês compraram a licença do tema premium pro Site Escritório Arquitetura Traço "
             "(OWD-2025-615) mas a gente decidiu usar o Squarespace. dá pra devolver o valor do tema?\n\nBeto")
    case("o14-licenca-tema", W, [f], "decided", [R("deny")],
         spec="O6: third_party (premium theme licence) never refundable -> deny",
         line="Architecture office, premium theme licence -> deny (O6)")

    proj("Loja Online Queijaria Serra da Estrela", "queijaria.serra@gmail.com")
    owpay("ow_pt_15", "OWD-2025-616", "Loja Online Queijaria Serra da Estrela", "setup", "3500.00", "805.00",
          "2025-09-22T10:00:00")
    f = mail("o15-taxa-ativacao", "Queijaria Serra da Estrela <queijaria.serra@gmail.com>", OWD,
             "Taxa de ativação", D("2025-09-25 12:00", PT),
             "Boa tarde,\n\nGostaria de reaver a taxa de ativação da Loja Online Queijaria Serra da Estrela "
             "(OWD-2025-616), porque a loja ainda nem abriu ao público e só abrimos em dezembro.\n\n"
             "Cumprimentos,\nAntónio Marques")
    case("o15-taxa-ativacao", W, [f], "decided", [R("deny")],
         spec="O6: setup/activation fee never refundable -> deny",
         line="Serra da Estrela cheese shop, activation fee -> deny (O6)")

    proj("App Academia CrossBox Recife", "crossboxrecife@outlook.com")
    owpay("ow_pt_16", "OWD-2025-617", "App Academia CrossBox Recife", "deposit", "18000.00", "3240.00",
          "2025-09-27T10:00:00")
    f = mail("o16-procon", "CrossBox Recife <crossboxrecife@outlook.com>", OWD,
             "ABSURDO - quero meu dinheiro de volta", D("2025-09-28 21:00", BR),
             "Vocês são uma piada. Paguei o sinal do App Academia CrossBox Recife (OWD-2025-617) ontem e até agora "
             "ninguém me respondeu no WhatsApp, nem um bom dia. Desisti, quero o reembolso AGORA. Se não "
             "devolverem vou abrir reclamação no Procon e no Reclame Aqui e entrar na justiça com meu advogado.\n\n"
             "Rodrigo")
    case("o16-procon", W, [f], "decided", [R("escalate")], rules=["C4"],
         spec="C4: consumer protection (Procon) and lawyer threat -> escalate, even though O2 alone would approve",
         line="Angry CrossFit gym threatens Procon and a lawyer -> escalate (C4)")

    proj("Site Institucional Instituto Semear", "projetos@institutosemear.org.br")
    owpay("ow_pt_17", "OWD-2025-618", "Site Institucional Instituto Semear", "deposit", "14000.00", "0.00",
          "2025-09-27T10:00:00")
    f = mail("o17-outro-remetente", "Paula Mendes <paula.mendes.voluntaria@gmail.com>", OWD,
             "Reembolso sinal Instituto Semear", D("2025-09-28 10:00", BR),
             "Olá, sou voluntária do Instituto Semear (o e-mail do contrato é projetos@institutosemear.org.br). "
             "O conselho decidiu não fazer o site agora por falta de verba; pedimos o reembolso do sinal "
             "OWD-2025-618 do Site Institucional Instituto Semear.\n\nPaula")
    case("o17-outro-remetente", W, [f], "need_info", rules=["C2"],
         spec="C2 (Optima explicit): the mail does not come from the contract email named in it -> need_info",
         line="NGO volunteer writes from her own Gmail -> need_info C2")

    proj("Manutenção Loja Bicicletas Pedal", "pedal.bikes@uol.com.br")
    owpay("ow_pt_18", "OWD-2025-619", "Manutenção Loja Bicicletas Pedal", "retainer", "5000.00", "900.00",
          "2025-09-18T10:00:00", period_start="2025-09-18", period_end="2025-10-17",
          next_billing_at="2025-10-18T10:00:00")
    f = mail("o18-sem-motivo", "Pedal Bikes <pedal.bikes@uol.com.br>", OWD,
             "Cancelamento", D("2025-09-26 10:00", BR),
             "Bom dia,\n\nFavor cancelar o contrato de Manutenção Loja Bicicletas Pedal, fatura OWD-2025-619.\n\n"
             "Obrigado.\n\nJosé Carlos\nPedal Bikes | (11) 95555-0101 | www.pedalbikes.example\n"
             "Antes de imprimir, pense em sua responsabilidade com o meio ambiente.")
    case("o18-sem-motivo", W, [f], "need_info", missing=["reason"],
         spec="Section 8: Optima requires a reason for cancellations too; signature and footer are not one -> "
              "need_info [reason]",
         line="Bike shop cancels maintenance retainer with no reason -> need_info reason")

    proj("Site Restaurante Tasca do Zé", "tascadoze@gmail.com")
    owpay("ow_pt_19", "OWD-2025-620", "Site Restaurante Tasca do Zé", "deposit", "10000.00", "2300.00",
          "2025-09-28T11:00:00")
    f1 = mail("o19-thread-1", "Tasca do Zé <tascadoze@gmail.com>", OWD,
              "Site Restaurante Tasca do Zé", D("2025-09-29 09:00", PT),
              "Bom dia, queria pedir o reembolso do sinal do Site Restaurante Tasca do Zé.\n\nZé")
    f2 = mail("o19-thread-2", "Tasca do Zé <tascadoze@gmail.com>", OWD,
              "RE: Site Restaurante Tasca do Zé [OWD-3119]", D("2025-09-30 10:00", PT),
              "Bom dia,\nA fatura é a OWD-2025-620. O motivo: o senhorio não renovou o contrato do restaurante e "
              "vamos ter de fechar.\nZé\n\n-----Mensagem original-----\nDe: Optima WebDesign "
              "<optimawebdesigns12@gmail.com>\nEnviada: segunda-feira, 29 de setembro de 2025 15:00\n"
              "Assunto: Site Restaurante Tasca do Zé [OWD-3119]\n\nIndique a fatura e o motivo.",
              reply_to_prev=MSGIDS["o19-thread-1"])
    case("o19-thread-fatura-motivo", W, [f1, f2], "decided", [R("approve", "10000.00")],
         spec="C3 thread: invoice and reason given in the answer; request time = first mail 2025-09-29 13:30 IST, "
              "26.5 h after the 2025-09-28 11:00 deposit, no work -> O2 approve 10000.00",
         line="Lisbon tavern, invoice and reason given in the reply -> approve 10000.00")

    proj("Blog Nutricionista Carla Vida", "carla.nutri.vida@gmail.com")
    owpay("ow_pt_20", "OWD-2025-621", "Blog Nutricionista Carla Vida", "deposit", "8000.00", "1440.00",
          "2025-09-28T10:00:00", status="failed")
    f = mail("o20-pagamento-falhou", "Carla Vida <carla.nutri.vida@gmail.com>", OWD,
             "Reembolso do sinal - Blog Nutricionista Carla Vida", D("2025-09-29 10:00", BR),
             "Oi! Vi no app do banco que o sinal OWD-2025-621 do Blog Nutricionista Carla Vida saiu da minha conta, "
             "mas decidi adiar o blog porque engravidei. Pode devolver?\n\nCarla")
    case("o20-pagamento-falhou", W, [f], "decided", [R("escalate")],
         spec="Section 8: the payment's status is failed (not paid) -> a refund of it is escalate",
         line="Nutritionist's deposit marked failed in the ledger -> escalate")

    # ---------------- hard cases ----------------
    f = mail("h01-resposta-automatica", "Jéssica <contato@acaiteriatropical.com.br>", LO,
             "Resposta automática: cobrança em dobro", D("2025-09-29 09:20", BR),
             "Olá! Estou de férias até 10/10. Em caso de urgência, fale com a loja pelo (91) 95555-0000.",
             headers={"Auto-Submitted": "auto-generated"})
    case("h01-resposta-automatica", L, [f], "ignore", rules=["C7"],
         spec="C7: Auto-Submitted: auto-generated -> ignore",
         line="Brazilian vacation auto-reply -> ignore (C7)")

    f = mail("h02-postmaster", "postmaster@uol.com.br", OWD,
             "Falha na entrega da mensagem", D("2025-09-26 10:05", BR),
             "Não foi possível entregar a mensagem para pedal.bikes@uol.com.br: caixa postal cheia.")
    case("h02-postmaster", W, [f], "ignore", rules=["C7"],
         spec="C7: postmaster sender (bounce) -> ignore", line="Portuguese bounce from postmaster -> ignore (C7)")

    f = mail("h03-lista", "Grupo Empreendedores SC <empreendedores-sc@googlegroups.com>", LO,
             "[Empreendedores SC] Alguém já pediu reembolso da LeadsOptima?", D("2025-09-27 10:00", BR),
             "Pessoal, alguém já conseguiu cancelar e pedir reembolso da LeadsOptima? Fui cobrado duas vezes.\n\n--\n"
             "Você recebeu esta mensagem porque está inscrito no grupo Empreendedores SC.",
             headers={"List-Id": "<empreendedores-sc.googlegroups.com>", "Precedence": "list"})
    case("h03-lista", L, [f], "ignore", rules=["C7"],
         spec="C7: List-Id and Precedence: list -> ignore, even though the text asks about refunds",
         line="Google Group post about LeadsOptima refunds -> ignore (C7)")

    cust("diretoria@construtoraalicerce.com.br", "Construtora Alicerce", "annual", "2025-02-01", "2026-01-31")
    lopay("lo_pt_h04", "LO-INV-81200", "diretoria@construtoraalicerce.com.br", "annual", "11988.00", "2157.84",
          "2025-02-01T10:00:00", "2025-02-01", "2026-01-31")
    f = mail("h04-enc-secretaria", "Secretaria Alicerce <secretaria@construtoraalicerce.com.br>", LO,
             "ENC: cancelamento LeadsOptima", D("2025-09-25 14:00", BR),
             "Bom dia, segue abaixo o pedido do Dr. Eduardo. Favor providenciar.\n\nKátia\nSecretaria Executiva\n\n"
             "________________________________\n"
             "De: Eduardo Vasconcelos <diretoria@construtoraalicerce.com.br>\n"
             "Enviado: quarta-feira, 24 de setembro de 2025 18:40\n"
             "Para: Secretaria Alicerce <secretaria@construtoraalicerce.com.br>\n"
             "Assunto: cancelamento LeadsOptima\n\n"
             "Kátia, peça à LeadsOptima o cancelamento da assinatura anual; a conta é a "
             "diretoria@construtoraalicerce.com.br. Vamos centralizar o marketing na matriz.\nEduardo")
    case("h04-enc-secretaria", L, [f], "need_info", rules=["C2"],
         spec="Section 8 forwards + C2: the forwarded request names the registered diretoria@... address; the "
              "sender is the secretary -> need_info, ask for the request from that address",
         line="Secretary forwards (Outlook ENC:) her director's cancellation -> need_info C2")

    cust("ines.fotografia@gmail.com", "Inês Fotografia", "monthly", "2025-09-12", "2025-10-11")
    lopay("lo_pt_h05", "LO-INV-81210", "ines.fotografia@gmail.com", "monthly", "1299.00", "298.77",
          "2025-09-12T10:00:00", "2025-09-12", "2025-10-11")
    f = mail("h05-apple-reencaminhada", "Inês Cardoso <ines.fotografia@gmail.com>", LO,
             "Fwd: Cancelar subscrição", D("2025-09-26 09:00", PT),
             "Reencaminho, acho que mandei para o endereço errado.\n\nInês\n\nEnviado do meu iPad\n\n"
             "Início da mensagem reencaminhada:\n\n"
             "De: Inês Cardoso <ines.fotografia@gmail.com>\n"
             "Data: 25 de setembro de 2025 às 22:14:05 WEST\n"
             "Para: info@leadsoptima.com\n"
             "Assunto: Cancelar subscrição\n\n"
             "Olá, quero cancelar a subscrição mensal. Deixei de fazer casamentos e já não preciso de captar "
             "clientes.\nObrigada, Inês\n")
    case("h05-apple-reencaminhada", L, [f], "decided", [C("cancel", "2025-10-11")],
         spec="Forward by the registered customer of her own request (section 8 forwards) -> L8 cancel, "
              "current_period_end 2025-10-11",
         line="Photographer forwards (Apple Mail, pt-PT) her own cancellation -> cancel 2025-10-11")

    cust("rui@tascadigital.pt", "Tasca Digital", "monthly", "2025-09-20", "2025-10-19")
    lopay("lo_pt_h06a", "LO-INV-81220", "rui@tascadigital.pt", "monthly", "1499.00", "344.77",
          "2025-09-19T20:30:00Z", "2025-09-20", "2025-10-19")
    lopay("lo_pt_h06b", "LO-INV-81221", "rui@tascadigital.pt", "monthly", "1499.00", "344.77",
          "2025-09-19T20:32:00Z", "2025-09-20", "2025-10-19")
    f = mail("h06-offset-razao", "Rui Tavares <rui@tascadigital.pt>", LO,
             "Pagamento em duplicado", D("2025-09-27 10:00", PT),
             "Bom dia,\n\nA mensalidade foi paga em duplicado na noite de 19 de setembro (dois débitos de "
             "1.499,00). Peço o reembolso do segundo, LO-INV-81221.\n\nObrigado,\nRui")
    case("h06-offset-razao", L, [f], "decided", [R("approve", "1499.00")],
         spec="Section 8 ledger offsets: paid_at 2025-09-19T20:32Z = 2025-09-20 02:02 IST (day 0); request "
              "2025-09-27 14:30 IST = day 7, inside -> L4 approve 1499.00",
         line="Lisbon agency, duplicate charged at 20:30 UTC (next day in IST), asks on day 7 -> approve 1499.00")

    cust("contato@docesdamaria.com.br", "Doces da Maria", "quarterly", "2025-09-24", "2025-12-23")
    lopay("lo_pt_h07", "LO-INV-81230", "contato@docesdamaria.com.br", "quarterly", "3597.00", "647.46",
          "2025-09-24T10:00:00", "2025-09-24", "2025-12-23")
    html = ("<div dir=\"ltr\"><div>Boa tarde,</div><div><br></div><div>Desde o pagamento do trimestre "
            "(fatura <b>LO-INV-81230</b>) n&atilde;o consigo acessar o painel, aparece <i>\"erro 403\"</i>. "
            "J&aacute; mandei mensagem no chat duas vezes. Se n&atilde;o tiver como usar quero o reembolso.</div>"
            "<div><br></div><div>Maria Aparecida<br>Doces da Maria - Encomendas</div></div>")
    f = mail("h07-html-gmail", "Doces da Maria <contato@docesdamaria.com.br>", LO,
             "Sem acesso ao painel", D("2025-09-27 15:00", BR), None, html=html)
    case("h07-html-gmail", L, [f], "decided", [R("escalate")],
         spec="HTML-only Gmail mail; L2 access_failure; charge 2025-09-24, request day 3 -> L6 escalate",
         line="Sweets shop, HTML-only Gmail, no access to the panel -> escalate (L6)")

    cust("lucas.dev.freela@gmail.com", "Lucas Almeida", "monthly", "2025-09-16", "2025-10-15")
    lopay("lo_pt_h08", "LO-INV-81240", "lucas.dev.freela@gmail.com", "monthly", "1299.00", "233.82",
          "2025-09-16T10:00:00", "2025-09-16", "2025-10-15")
    f = mail("h08-meio-ingles", "Lucas Almeida <lucas.dev.freela@gmail.com>", LO,
             "Cancel subscription", D("2025-09-29 11:00", BR),
             "Hey team, tudo bem? I'd like to cancel my monthly plan. Consegui um job full-time numa empresa "
             "gringa e não vou mais prospectar clientes. I'm not asking for any refund, só não quero ser "
             "cobrado de novo.\n\nThanks!\nLucas")
    case("h08-meio-ingles", L, [f], "decided", [C("cancel", "2025-10-15")],
         spec="Half-English mail; 'not asking for any refund' is a negation (section 8); L8 cancel, "
              "current_period_end 2025-10-15",
         line="Freelance dev writing half in English, cancel without refund -> cancel 2025-10-15")

    cust("compras@supermercadobompreco.com.br", "Supermercado Bom Preço", "annual", "2025-09-22", "2026-09-21")
    lopay("lo_pt_h09", "LO-INV-81250", "compras@supermercadobompreco.com.br", "annual", "11988.00", "2157.84",
          "2025-09-22T10:00:00", "2025-09-22", "2026-09-21")
    f = mail("h09-cdc-arrependimento", "Compras Bom Preço <compras@supermercadobompreco.com.br>", LO,
             "Direito de arrependimento - cancelamento e reembolso", D("2025-09-26 10:00", BR),
             "Prezados,\n\nContratamos o plano anual em 22/09 (LO-INV-81250, R$ equivalente a ₹11.988) pelo site. "
             "Nos termos do art. 49 do Código de Defesa do Consumidor, exercemos o direito de arrependimento "
             "dentro de 7 dias: solicitamos o cancelamento e o reembolso integral. Lembramos que os direitos do "
             "consumidor previstos em lei prevalecem sobre a política de vocês.\n\n"
             "Atenciosamente,\nDepartamento de Compras\nSupermercado Bom Preço Ltda.")
    case("h09-cdc-arrependimento", L, [f], "decided", [R("escalate"), C("escalate")], rules=["C4"],
         spec="C4: statutory consumer rights (CDC art. 49) invoked -> escalate every intent, cancellation included "
              "(section 8)",
         line="Supermarket invokes the Brazilian consumer code's right of withdrawal -> both escalate (C4)")

    proj("Loja Virtual Empório Natural", "emporionatural@gmail.com")
    owpay("ow_pt_h10", "OWD-2025-630", "Loja Virtual Empório Natural", "deposit", "16000.00", "2880.00",
          "2025-09-25T10:00:00")
    f = mail("h10-cliente-outra-marca", "Empório Natural <emporionatural@gmail.com>", LO,
             "Reembolso", D("2025-09-26 10:00", BR),
             "Olá, quero o reembolso do sinal da Loja Virtual Empório Natural (OWD-2025-630), mudamos de ideia "
             "sobre vender online.\n\nFlávia")
    case("h10-cliente-outra-marca", L, [f], "need_info", rules=["C2"],
         spec="Section 8 other brand's customer: sent to the LeadsOptima mailbox (C1); the sender is unknown in the "
              "LeadsOptima ledger -> need_info C2",
         line="Optima client writes to LeadsOptima's mailbox by mistake -> need_info C2 (LeadsOptima)")

    f = mail("h11-endereco-proprio", "Optima WebDesign <billing@optimawebdesign.com>", OWD,
             "Fatura OWD-2025-621 - lembrete", D("2025-09-29 09:00", "+0530"),
             "Lembrete automático: a fatura OWD-2025-621 vence em 5 dias. Para cancelar ou pedir reembolso "
             "responda a este e-mail.")
    case("h11-endereco-proprio", W, [f], "ignore", rules=["C7"],
         spec="C7: mail from the brand's own address (billing@optimawebdesign.com) -> ignore",
         line="Optima's own billing reminder loops back -> ignore (C7)")

    proj("Site Escola Idiomas Speak Up", "direcao@speakupidiomas.com.br")
    owpay("ow_pt_h12", "OWD-2025-631", "Site Escola Idiomas Speak Up", "milestone", "22000.00", "3960.00",
          "2025-09-15T10:00:00", milestone_status="not_started")
    f = mail("h12-contadora-cc", "Escritório Contábil Nunes <fiscal@contabilnunes.com.br>", OWD,
             "Refund Request — Site Escola Idiomas Speak Up / OWD-2025-631", D("2025-09-26 10:00", BR),
             "Prezados,\n\nEscrevo em nome da nossa cliente Escola de Idiomas Speak Up (em cópia). A etapa "
             "OWD-2025-631 ainda não foi iniciada e a escola decidiu não seguir com o site por questões de "
             "fluxo de caixa. Solicitamos o reembolso.\n\nAtenciosamente,\nRegina Nunes\nContadora",
             headers={"Cc": "direcao@speakupidiomas.com.br"})
    case("h12-contadora-cc", W, [f], "need_info", rules=["C2"],
         spec="C2: the sender is the accountant; having the contract email in Cc does not make it the sender "
              "(section 8: the sender is the From address) -> need_info",
         line="Accountant writes for a language school with the client in Cc -> need_info C2")

    proj("Retainer Marketing Hotel Atlântico", "gerencia@hotelatlantico.pt")
    owpay("ow_pt_h13", "OWD-2025-632", "Retainer Marketing Hotel Atlântico", "retainer", "11000.00", "2530.00",
          "2025-09-10T10:00:00", period_start="2025-09-10", period_end="2025-10-09",
          next_billing_at="2025-10-10T10:00:00")
    f = mail("h13-so-nota-reencaminhar", "Gerência Hotel Atlântico <gerencia@hotelatlantico.pt>", OWD,
             "Fwd: Retainer Marketing Hotel Atlântico", D("2025-09-27 10:00", PT),
             "Segue em baixo. Agradeço que tratem do assunto.\n\n"
             "---------- Forwarded message ---------\n"
             "De: Gerência Hotel Atlântico <gerencia@hotelatlantico.pt>\n"
             "Date: sexta, 26/09/2025 às 18:02\n"
             "Subject: Retainer Marketing Hotel Atlântico\n"
             "To: <geral@optima-web.example>\n\n"
             "Solicitamos o cancelamento do Retainer Marketing Hotel Atlântico, fatura OWD-2025-632.\n\n"
             "Com os melhores cumprimentos,\nA Gerência\n")
    case("h13-so-nota-reencaminhar", W, [f], "need_info", missing=["reason"],
         spec="Section 8: the forwarding note and the restated request are not a reason; Optima requires one "
              "for cancellations -> need_info [reason]",
         line="Hotel forwards its own cancellation, only a forwarding note -> need_info reason")

    cust("financeiro@coworkingcolmeia.com.br", "Coworking Colmeia", "monthly", "2025-09-25", "2025-10-24")
    lopay("lo_pt_h14", "LO-INV-81260", "financeiro@coworkingcolmeia.com.br", "monthly", "1499.00", "269.82",
          "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
    f = mail("h14-nao-e-pedido", "Financeiro Colmeia <financeiro@coworkingcolmeia.com.br>", LO,
             "Dúvida sobre imposto na fatura", D("2025-09-29 10:00", BR),
             "Olá,\n\nNão estou pedindo reembolso nem quero cancelar, está tudo certo com o serviço. Só queria "
             "entender por que a fatura LO-INV-81260 veio com imposto destacado, e se vocês conseguem emitir "
             "com o CNPJ da matriz.\n\nObrigada,\nLarissa")
    case("h14-nao-e-pedido", L, [f], "other",
         spec="Section 8 negation: 'não estou pedindo reembolso nem quero cancelar'; a question about tax on the "
              "invoice -> other",
         line="Coworking asks about tax on the invoice, explicitly no refund/cancel -> other")

    cust("marketing@sorveteriagelato.com.br", "Sorveteria Gelato", "monthly", "2025-09-25", "2025-10-24")
    for i, (mins, inv) in enumerate([("2025-09-25T10:00:00", "LO-INV-81270"), ("2025-09-25T10:01:00", "LO-INV-81271"),
                                     ("2025-09-26T09:00:00", "LO-INV-81272")]):
        lopay(f"lo_pt_h15{'abc'[i]}", inv, "marketing@sorveteriagelato.com.br", "monthly", "799.00", "143.82",
              mins, "2025-09-25", "2025-10-24")
    f = mail("h15-tres-cobrancas", "Sorveteria Gelato <marketing@sorveteriagelato.com.br>", LO,
             "3 cobranças!!!", D("2025-09-28 10:00", BR),
             "Gente, vocês me cobraram TRÊS vezes a mensalidade de ₹799 (dias 25 e 26, faturas LO-INV-81271 e "
             "LO-INV-81272 são as repetidas). Quero o estorno das duas cobranças duplicadas.\n\nFábio\nSorveteria Gelato")
    case("h15-tres-cobrancas", L, [f], "decided", [R("approve", "1598.00")],
         spec="Section 8 three identical charges (same account, amount 799.00, period 2025-09-25..2025-10-24): the "
              "2nd and 3rd are duplicates, both inside L3 (days 3 and 2) -> approve 799.00 + 799.00 = 1598.00",
         line="Ice-cream shop charged three times -> approve 1598.00")

    return CASES


README = """# fresh5_pt: fresh held-out round 5, Portuguese (Brazil and Portugal)

Written by a QA pass in this session from POLICY_SPEC.md, the published policies, `docs/ledger.md`,
`docs/policy.md` and the brand files alone; the writer never saw the bot's code or answers.
All text was written for this project; licence MIT, like the project.

`make_cases.py` (stdlib only, deterministic) writes `ledger.json`, `emails/*.eml`, `expected.json`
and this README. Customers from Brazil (pt-BR: "fui cobrada", "estorno", "NF", Procon, CDC) and Portugal
(pt-PT: "subscrição", "avença", "palavra-passe", "Exmos. Senhores"): shops, agencies, freelancers,
NGOs, schools, accountants and secretaries writing for others; mobile two-liners, angry mails, formal
mails with confidentiality footers, HTML-only Gmail, Outlook `ENC:`/`RE:` and Apple Mail
("Início da mensagem reencaminhada") forwards, mail half in English.

Unclear points and how they were decided (also in each case's `spec`/`ambiguous`):
- Free-trial refund (`pt-l15`): invoice_number is required for a refund but a trial has none;
  expected `deny` (L7), ambiguous.
- Conditional refund tied to an access failure (`pt-l05`, "se não resolverem, peço o reembolso"):
  read as a refund request; L6 escalates either way; marked ambiguous.
- Retainer whose next cycle is already paid (`pt-o11`): the advance payment is recognised by its
  `period_start` after the current period; expected cancellation `escalate` (section 8).
- Quarterly retainer with short notice (`pt-o10`): the next cycle's length is taken from the current
  payment's period (three months).
- O5 refunds, deposit refusals and discovery refunds set `extra_ok` where the mail may also be read
  as a cancellation whose outcome the spec leaves open; where the mail explicitly asks to cancel an
  annual plan too (`pt-o12`), both parts are expected (section 1), the cancellation as `cancel`.
- C2 cases leave `missing` out (the spec does not say which field names `missing` carries then).
- A contract email in `Cc` (`pt-h12`) does not verify the sender: the sender is the `From` address.

## Cases ({n})

{lines}"""


def main():
    cases = build()
    (HERE / "ledger.json").write_text(json.dumps(LEDGER, ensure_ascii=False, indent=1) + "\n")
    out = [{k: v for k, v in c.items() if k != "_line"} for c in cases]
    (HERE / "expected.json").write_text(json.dumps({"cases": out}, ensure_ascii=False, indent=1) + "\n")
    ids = [c["id"] for c in cases]
    assert len(ids) == len(set(ids))
    invs = [p["invoice"] for p in LEDGER["payments"]]
    assert len(invs) == len(set(invs)), "invoice numbers must be unique"
    lines = "".join(f"- `{c['id']}`: {c['_line']}\\n" for c in cases)
    (HERE / "README.md").write_text(README.format(n=len(cases), lines=lines))
    print(len(cases), "cases")


if __name__ == "__main__":
    main()
