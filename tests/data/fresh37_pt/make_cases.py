#!/usr/bin/env python3
"""fresh37_pt: held-out Portuguese cases for mailbot (Belém/Pará, Manaus, Campina Grande, Juiz de Fora,
Ribeirão Preto's agribusiness, Joinville, Brasília civil servants, Portuguese emigrants in Caracas and New
Bedford, Guarda/Castelo Branco, Évora and the Alentejo, Portuguese written by Russian and Arabic speakers).

Stdlib only, deterministic.  Running it writes ledger.json, emails/*.eml and expected.json beside this
file.  MIT, like the project; all text (people, firms, bodies) invented for this project.
"""

import json
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
LOB, OWB = "leadsoptima", "optima_webdesign"
LEDGER = {"customers": [], "projects": [], "payments": []}
CASES = []
TAX = {"1499.00": "269.82", "3999.00": "719.82", "11988.00": "2157.84"}


def tz(h, m=0):
    return timezone(timedelta(hours=h, minutes=m))


def d(y, mo, dd, h, mi, zone, s=0):
    return datetime(y, mo, dd, h, mi, s, tzinfo=zone)


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
    """One email of a thread; case() turns it into bytes."""
    return {"from": frm, "to": to, "subject": subject, "when": when, "body": body, "html": html,
            "headers": headers or {}, "reply_to": reply_to}


def case(cid, brand, status, msgs, decisions=(), rules=(), missing=None, extra_ok=False,
         ambiguous=None, spec=""):
    files, prev_ids = [], []
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
        irt = m["headers"].get("_irt")
        if irt:  # an answer to our own request for details (not in the files)
            msg["In-Reply-To"] = irt
            msg["References"] = " ".join(prev_ids + [irt])
        elif prev_ids:
            msg["In-Reply-To"] = prev_ids[-1]
            msg["References"] = " ".join(prev_ids)
        for k, v in m["headers"].items():
            if not k.startswith("_"):
                msg[k] = v
        msg["MIME-Version"] = "1.0"
        msg.set_content(m["body"], subtype="html" if m["html"] else "plain")
        prev_ids.append(mid)
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
    out = {"intent": "cancellation", "outcome": outcome}
    if eff:
        out["effective_date"] = eff
    return out


(HERE / "emails").mkdir(exist_ok=True)
for _old in (HERE / "emails").glob("*.eml"):
    _old.unlink()

ROUND, LANG = "fresh37", "pt"

# ---------------------------------------------------------------------------------------------
# LeadsOptima
# ---------------------------------------------------------------------------------------------
SUP = "Suporte LeadsOptima <support@leadsoptima.com>"
OWDTO = "Optima WebDesign <optimawebdesigns12@gmail.com>"
BR, AM, CCS, NB, PT, MOW, BEY = tz(-3), tz(-4), tz(-4), tz(-4), tz(1), tz(3), tz(3)

cust("vendas@acaidoguama.com.br", "Açaí do Guamá", "monthly", start="2025-09-23", end="2025-10-22")
lopay("pt_p01", "LO-INV-37201", "vendas@acaidoguama.com.br", "monthly", "1499.00", "2025-09-23T14:00:00",
      "2025-09-23", "2025-10-22")
lopay("pt_p02", "LO-INV-37202", "vendas@acaidoguama.com.br", "monthly", "1499.00", "2025-09-23T14:01:20",
      "2025-09-23", "2025-10-22")
case("pt-l01-belem-acai-cobranca-dupla", LOB, "decided", [M(
    "Acai do Guama <vendas@acaidoguama.com.br>", SUP, "cobranca em dobro",
    d(2025, 9, 25, 9, 0, BR),
    "bom dia pessoal\n\négua, fui olhar o extrato agora cedo e vi que vcs me cobraram duas vezes o plano "
    "mensal na terça, dois débitos de 1.499 um atrás do outro. as notas são LO-INV-37201 e LO-INV-37202. "
    "só tenho um plano, então quero o estorno da segunda, a 37202.\n\nvaleu\nRaimunda\nAçaí do Guamá - "
    "Belém/PA\n\nEnviado do meu Galaxy\n")],
    [R("approve", "1499.00")],
    spec="L2 duplicate_payment + L4: two paid monthly charges 2025-09-23 (Tuesday 05:30 in Belém), same period; "
         "mail 2025-09-25 09:00 -03:00 = 17:30 IST, day 2: refund the later charge LO-INV-37202 = 1499.00.")

cust("padaria@panificadoraamadeirense.com.ve", "Panificadora La Madeirense", "annual", start="2025-09-16",
     end="2026-09-15")
lopay("pt_p03", "LO-INV-37203", "padaria@panificadoraamadeirense.com.ve", "annual", "11988.00",
      "2025-09-16T14:00:00", "2025-09-16", "2026-09-15")
lopay("pt_p04", "LO-INV-37204", "padaria@panificadoraamadeirense.com.ve", "annual", "11988.00",
      "2025-09-16T14:02:00", "2025-09-16", "2026-09-15")
case("pt-l02-caracas-madeirense-dia-7", LOB, "decided", [M(
    "Panificadora La Madeirense <padaria@panificadoraamadeirense.com.ve>", SUP,
    "Pagamento em duplicado da anuidade", d(2025, 9, 23, 13, 0, CCS),
    "Boa tarde,\n\nEscrevo-lhes de Caracas, onde a família tem a padaria desde 1968 (somos da Calheta, na "
    "Madeira). No dia 16 deste mês a anuidade foi-nos debitada em duplicado: faturas LO-INV-37203 e "
    "LO-INV-37204, cada uma de 11.988,00 rupias. Pagámos duas vezes a mesma coisa. Agradeço o reembolso da "
    "segunda fatura.\n\nCom os melhores cumprimentos,\nManuel Gouveia de Freitas\n")],
    [R("approve", "11988.00")],
    spec="L4: annual 11988.00 charged twice 2025-09-16 14:00/14:02 IST (04:30 the 16th in Caracas); mail "
         "2025-09-23 13:00 -04:00 = 22:30 IST, day 7, inside L3: refund the later charge 11988.00.")

cust("office@newbedfordscallops.com", "Azorean Scallop Co.", "monthly", start="2025-09-16", end="2025-10-15")
lopay("pt_p05", "LO-INV-37205", "office@newbedfordscallops.com", "monthly", "1499.00", "2025-09-16T14:00:00",
      "2025-09-16", "2025-10-15")
lopay("pt_p06", "LO-INV-37206", "office@newbedfordscallops.com", "monthly", "1499.00", "2025-09-16T14:00:40",
      "2025-09-16", "2025-10-15")
case("pt-l03-new-bedford-dia-8-na-india", LOB, "decided", [M(
    "Fatima Medeiros <office@newbedfordscallops.com>", SUP, "Double charge - cobrança dupla",
    d(2025, 9, 23, 14, 45, NB),
    "Boa tarde,\n\nSou a Fátima, trabalho no office da Azorean Scallop Co. aqui em New Bedford. Na terça "
    "passada, dia 16, o credit card da companhia foi charged duas vezes pelo plano mensal (LO-INV-37205 e "
    "LO-INV-37206). Ainda estamos dentro dos 7 dias, por isso peço o refund do segundo charge.\n\n"
    "Obrigada,\nFátima Medeiros\nAzorean Scallop Co. - New Bedford, MA\n")],
    [R("deny")],
    spec="L3: charges 2025-09-16 14:00 IST (04:30 the 16th in New Bedford, -04:00); mail 2025-09-23 14:45 -04:00 = "
         "2025-09-24 00:15 IST, day 8 in the brand's zone: deny, 7-day rule.")

cust("financeiro@agropecuariamogiana.com.br", "Agropecuária Mogiana", "annual", start="2025-09-26",
     end="2026-09-25")
for pid, inv, t in (("pt_p07", "LO-INV-37207", "14:00:00"), ("pt_p08", "LO-INV-37208", "14:01:10"),
                    ("pt_p09", "LO-INV-37209", "14:03:00")):
    lopay(pid, inv, "financeiro@agropecuariamogiana.com.br", "annual", "11988.00", f"2025-09-26T{t}",
          "2025-09-26", "2026-09-25")
case("pt-l04-ribeirao-tres-anuidades-html", LOB, "decided", [M(
    "Financeiro Agropecuária Mogiana <financeiro@agropecuariamogiana.com.br>", SUP,
    "Cobrança triplicada - plano anual", d(2025, 9, 29, 8, 40, BR),
    "<div>Prezados, bom dia.</div><div><br></div><div>Na conciliação do cartão corporativo constatamos "
    "<b>três cobranças idênticas</b> da anuidade LeadsOptima, todas na sexta-feira, 26/09:</div><ul>"
    "<li>LO-INV-37207 – R$... aliás, INR 11.988,00</li><li>LO-INV-37208 – INR 11.988,00</li>"
    "<li>LO-INV-37209 – INR 11.988,00</li></ul><div>A Agropecuária Mogiana possui uma única assinatura. "
    "Solicitamos o estorno das duas cobranças em duplicidade (37208 e 37209).</div><div><br></div>"
    "<div>Atenciosamente,</div><div>Luiz Fernando Junqueira<br>Gerente Financeiro<br>Agropecuária Mogiana "
    "Ltda. – Ribeirão Preto/SP</div><div style='color:#888'>Esta mensagem pode conter informação "
    "confidencial.</div>", html=True)],
    [R("approve", "23976.00")],
    spec="Section 8 three identical charges: 3 paid annual charges 2025-09-26 same period; mail 2025-09-29 08:40 "
         "-03:00 = 17:10 IST, day 3: both later charges refunded: 2 x 11988.00 = 23976.00. HTML-only mail.")

cust("contato@barcoregionalmanaus.com.br", "Navegação Rio Negro Turismo", "monthly", start="2025-09-24",
     end="2025-10-23")
lopay("pt_p10", "LO-INV-37210", "contato@barcoregionalmanaus.com.br", "monthly", "1499.00",
      "2025-09-24T14:00:00", "2025-09-24", "2025-10-23")
case("pt-l05-manaus-dupla-sem-par", LOB, "decided", [M(
    "Navegacao Rio Negro Turismo <contato@barcoregionalmanaus.com.br>", SUP, "paguei 2 vezes?",
    d(2025, 9, 26, 10, 30, AM),
    "Bom dia, tudo bem? Apareceram dois lançamentos da LeadsOptima no meu app do banco na quarta, acho "
    "que paguei duas vezes a mensalidade. Pode verificar e devolver o que foi cobrado a mais em dobro? "
    "A gente só usa pra vender passeio de barco pro encontro das águas.\n\nAtt\nKleber Tavares\n")],
    [R("escalate")],
    spec="L4: duplicate claimed inside the window (2025-09-24 IST; mail 2025-09-26 20:00 IST, day 2) but the ledger "
         "holds one paid charge (LO-INV-37210, the account's only payment): no pair, escalate.")

cust("compras@malhariajoinvilense.com.br", "Malharia Joinvilense", "monthly", start="2025-09-25",
     end="2025-10-24")
lopay("pt_p11", "LO-INV-37211", "compras@malhariajoinvilense.com.br", "quarterly", "3999.00",
      "2025-09-25T14:00:00", "2025-09-25", "2025-12-24")
case("pt-l06-joinville-plano-errado", LOB, "decided", [M(
    "Compras Malharia Joinvilense <compras@malhariajoinvilense.com.br>", SUP,
    "Valor errado na fatura LO-INV-37211", d(2025, 9, 27, 10, 0, BR),
    "Bom dia.\n\nAssinamos o plano mensal, mas na fatura LO-INV-37211 veio o valor do trimestral, 3.999 "
    "rupias. Cobraram o plano errado. Pedimos o estorno dessa cobrança e a correção para o mensal.\n\n"
    "Att.,\nIngrid Schroeder\nMalharia Joinvilense – Joinville/SC\n")],
    [R("escalate")],
    spec="L2 billing_error (wrong plan / wrong amount) inside the window (2025-09-25 -> 2025-09-27 18:30 IST, day 2): "
         "L5 escalate with LO-INV-37211.")

cust("cursos@concursandodf.com.br", "Concursando DF Cursos", "monthly", status="cancelled", start="2025-08-21",
     end="2025-09-20")
lopay("pt_p12", "LO-INV-37212", "cursos@concursandodf.com.br", "monthly", "1499.00", "2025-08-21T14:00:00",
      "2025-08-21", "2025-09-20")
lopay("pt_p13", "LO-INV-37213", "cursos@concursandodf.com.br", "monthly", "1499.00", "2025-09-21T14:00:00",
      "2025-09-21", "2025-10-20")
case("pt-l07-brasilia-cobrado-apos-cancelar", LOB, "decided", [M(
    "Concursando DF <cursos@concursandodf.com.br>", SUP, "Cobrança indevida após cancelamento",
    d(2025, 9, 24, 19, 30, BR),
    "Boa noite.\n\nSou servidora do Ministério (de dia) e à noite mantenho um cursinho preparatório para "
    "concursos. Cancelei o plano em agosto pelo próprio painel e mesmo assim no domingo, 21/09, fui "
    "cobrada de novo: fatura LO-INV-37213. Fui cobrada depois de cancelar. Solicito o estorno.\n\n"
    "Cordialmente,\nAdriana Menezes\nConcursando DF – Asa Norte\n")],
    [R("escalate")],
    spec="L2 billing_error (charged after cancelling) inside the window (2025-09-21 -> 2025-09-25 04:00 IST, day 4): "
         "L5 escalate with LO-INV-37213.")

cust("atendimento@forrodacampina.com.br", "Forró da Campina Eventos", "quarterly", start="2025-09-27",
     end="2025-12-26")
lopay("pt_p14", "LO-INV-37214", "atendimento@forrodacampina.com.br", "quarterly", "3999.00",
      "2025-09-27T14:00:00", "2025-09-27", "2025-12-26")
case("pt-l08-campina-grande-sem-acesso", LOB, "decided", [M(
    "Forro da Campina Eventos <atendimento@forrodacampina.com.br>", SUP, "nao consigo acessar a plataforma",
    d(2025, 9, 29, 14, 10, BR),
    "boa tarde, desde que paguei o trimestral no sábado não consigo acessar o painel, fica só carregando e "
    "depois dá erro. já tentei no pc e no celular, limpei cache, nada. se não resolverem quero meu "
    "dinheiro de volta da LO-INV-37214.\n\nobrigado\nSeverino (Biu) Lacerda\nForró da Campina - Campina "
    "Grande/PB\n")],
    [R("escalate")],
    spec="L2 access_failure inside the window (2025-09-27 -> 2025-09-29 22:40 IST, day 2): L6 escalate.")

cust("recepcao@studiopilatesjf.com.br", "Studio Pilates Morro do Imperador", "monthly", start="2025-09-12",
     end="2025-10-11")
lopay("pt_p15", "LO-INV-37215", "recepcao@studiopilatesjf.com.br", "monthly", "1499.00", "2025-08-12T14:00:00",
      "2025-08-12", "2025-09-11")
lopay("pt_p16", "LO-INV-37216", "recepcao@studiopilatesjf.com.br", "monthly", "1499.00", "2025-09-12T14:00:00",
      "2025-09-12", "2025-10-11")
case("pt-l09-juiz-de-fora-acesso-fora-prazo", LOB, "decided", [M(
    "Studio Pilates <recepcao@studiopilatesjf.com.br>", SUP, "reembolso lo-inv-37216 - sem acesso",
    d(2025, 9, 26, 11, 0, BR),
    "Oi, bom dia!\n\nUai, faz umas duas semanas que não consigo fazer login, dá erro de senha mesmo depois "
    "de redefinir. Quero o reembolso da mensalidade de setembro, lo-inv-37216.\n\nBeijos\nCamila\nStudio "
    "Pilates – Juiz de Fora\n")],
    [R("deny")],
    spec="L3: access_failure, but the charge named (lo-inv-37216 = LO-INV-37216, section 8) was 2025-09-12 IST; mail "
         "2025-09-26 19:30 IST, day 14: outside 7 days: deny.")

cust("geral@queijariadaserra.pt", "Queijaria da Serra", "annual", start="2025-09-24", end="2026-09-23")
lopay("pt_p17", "LO-INV-37217", "geral@queijariadaserra.pt", "annual", "11988.00", "2025-09-24T14:00:00",
      "2025-09-24", "2026-09-23")
case("pt-l10-guarda-queijaria-ja-nao-precisa", LOB, "decided", [M(
    "Queijaria da Serra <geral@queijariadaserra.pt>", SUP, "Devolução da anuidade",
    d(2025, 9, 27, 10, 20, PT),
    "Bom dia,\n\nAderimos ao plano anual na quarta-feira, mas entretanto o meu filho, que é quem trata "
    "destas coisas dos computadores, foi trabalhar para a Suíça, e eu cá na Guarda não me entendo com "
    "aquilo. Já não precisamos. Peço a devolução da fatura LO-INV-37217.\n\nCumprimentos,\nAlbertina "
    "Saraiva\nQueijaria da Serra – Guarda\n")],
    [R("deny")],
    spec="L1: refund inside the window (day 3) for a reason that is no L2 exception (no longer needed): deny, "
         "cancellation offered.")

cust("enoturismo@herdadedoscarvalhos.pt", "Herdade dos Carvalhos", "monthly", start="2025-09-19",
     end="2025-10-18")
lopay("pt_p18", "LO-INV-37218", "enoturismo@herdadedoscarvalhos.pt", "monthly", "1499.00", "2025-09-19T14:00:00",
      "2025-09-19", "2025-10-18")
case("pt-l11-evora-caro-devolucao-e-cancelamento", LOB, "decided", [M(
    "Herdade dos Carvalhos <enoturismo@herdadedoscarvalhos.pt>", SUP, "Cancelamento e reembolso",
    d(2025, 9, 23, 16, 30, PT),
    "Boa tarde,\n\nPara uma herdade pequena do Alentejo como a nossa, o serviço é demasiado caro para o "
    "retorno que dá. Queremos cancelar a subscrição mensal e ser reembolsados deste mês (LO-INV-37218).\n\n"
    "Com os melhores cumprimentos,\nJoão Paulo Caeiro\nHerdade dos Carvalhos – Évora\n")],
    [R("deny"), X("cancel", "2025-10-18")],
    spec="L1 deny (too expensive, inside window day 4) + L8 cancel: current_period_end 2025-10-18.")

cust("escola@conducaoalbicastrense.pt", "Escola de Condução Albicastrense", "monthly", status="trial",
     trial_ends="2025-10-04")
case("pt-l12-castelo-branco-periodo-experimental", LOB, "decided", [M(
    "Escola de Conducao Albicastrense <escola@conducaoalbicastrense.pt>", SUP, "reembolso",
    d(2025, 9, 29, 15, 0, PT),
    "Boa tarde\nEstamos no período experimental há uma semana e não nos agradou, os alunos chegam-nos "
    "todos pela escola secundária. Queremos o reembolso.\nCumprimentos\nRui Carrilho\n")],
    [R("deny")],
    spec="L7: trial account (trial_ends 2025-10-04), no charges: refund deny, nothing billed unless they subscribe.")

cust("olga.morozkina@tradutoraolga.pt", "Olga Morozkina", "quarterly", start="2025-08-10", end="2025-11-09")
lopay("pt_p19", "LO-INV-37219", "olga.morozkina@tradutoraolga.pt", "quarterly", "3999.00", "2025-08-10T14:00:00",
      "2025-08-10", "2025-11-09")
case("pt-l13-russa-tradutora-cancela-trimestral", LOB, "decided", [M(
    "Olga Morozkina <olga.morozkina@tradutoraolga.pt>", SUP, "Cancelamento de assinatura",
    d(2025, 9, 28, 11, 30, PT),
    "Bom dia. Eu sou Olga, tradutora de russo e ucraniano em Setúbal... perdão, agora em Cascais. Quero "
    "cancelar minha assinatura trimestral, porque agência de tradução grande dá-me agora todos os "
    "clientes, e eu não preciso procurar mais. Reembolso não é necessário.\n\nCom respeito,\nOlga "
    "Morozkina\nTradutora certificada RU/UA/PT\n")],
    [X("cancel", "2025-11-09")],
    spec="L8 cancel: current_period_end 2025-11-09. 'Reembolso não é necessário' adds no refund (section 8).")

cust("karim.tannous@tannousimport.com.br", "Tannous Importadora", "monthly")
lopay("pt_p20", "LO-INV-37220", "karim.tannous@tannousimport.com.br", "monthly", "1499.00", "2025-08-08T14:00:00",
      "2025-08-08", "2025-09-07")
lopay("pt_p21", "LO-INV-37221", "karim.tannous@tannousimport.com.br", "monthly", "1499.00", "2025-09-08T14:00:00",
      "2025-09-08", "2025-10-07")
case("pt-l14-beirute-arabe-cancela-mensal", LOB, "decided", [M(
    "Karim Tannous <karim.tannous@tannousimport.com.br>", SUP, "cancelar plano mensal",
    d(2025, 9, 30, 11, 0, BEY),
    "Marhaba, bom dia.\n\nEu estou em Beirute agora, visita família. Minha importadora em São Paulo, na "
    "25 de Março, vai fechar setor de vendas online, então por favor cancelar o plano mensal. Obrigado "
    "muito, shukran.\n\nKarim Tannous\nTannous Importadora\n")],
    [X("cancel", "2025-10-07")],
    spec="L8 fallback (no current_period_end): last charge 2025-09-08 + 1 month - 1 day = 2025-10-07.")

cust("adega@montedasoliveiras.pt", "Monte das Oliveiras", "annual")
lopay("pt_p22", "LO-INV-37222", "adega@montedasoliveiras.pt", "annual", "11988.00", "2024-10-20T14:00:00",
      "2024-10-20", "2025-10-19")
case("pt-l15-alentejo-anual-fallback", LOB, "decided", [M(
    "Monte das Oliveiras <adega@montedasoliveiras.pt>", SUP, "Não renovar plano anual",
    d(2025, 9, 25, 18, 45, PT),
    "Boa tarde,\n\nO nosso plano anual está quase a fazer um ano e não o queremos renovar: a adega foi "
    "vendida a um grupo espanhol que tem a sua própria equipa de marketing. Por favor cancelem.\n\n"
    "Cumprimentos,\nMaria Manuel Pinto\nMonte das Oliveiras – Reguengos de Monsaraz\n")],
    [X("cancel", "2025-10-19")],
    spec="L8 fallback (no current_period_end): last charge 2024-10-20 + 12 months - 1 day = 2025-10-19.")

cust("contato@cervejariadovale.com.br", "Cervejaria do Vale", "monthly", start="2025-09-22", end="2025-10-21")
lopay("pt_p23", "LO-INV-37223", "contato@cervejariadovale.com.br", "monthly", "1499.00", "2025-09-22T14:00:00",
      "2025-09-22", "2025-10-21")
case("pt-l16-joinville-gmail-outro-cadastro", LOB, "need_info", [M(
    "Jonas Krüger <jonas.kruger.jlle@gmail.com>", SUP, "estorno mensalidade",
    d(2025, 9, 24, 11, 15, BR),
    "Bom dia,\n\nSou o Jonas da Cervejaria do Vale. O e-mail cadastrado é contato@cervejariadovale.com.br, "
    "mas estou escrevendo do meu pessoal porque estou numa feira de cervejas em Blumenau ajudando no estande. A "
    "plataforma não abre desde segunda, nem consigo logar. Quero o estorno da LO-INV-37223.\n\nAbraço\n"
    "Jonas\n")],
    rules=["C2"],
    spec="C2: the sender's gmail is not the registered contato@ he names: need_info, write from the registered "
         "address; nothing about the account.")

cust("gabinete@institutoplanaltodf.org.br", "Instituto Planalto de Capacitação", "annual", start="2025-09-24",
     end="2026-09-23")
lopay("pt_p24", "LO-INV-37224", "gabinete@institutoplanaltodf.org.br", "annual", "11988.00",
      "2025-09-24T14:00:00", "2025-09-24", "2026-09-23")
case("pt-l17-brasilia-gmail-encaminhada", LOB, "need_info", [M(
    "Marcos Estagiário <marcos.estagio.ipc@gmail.com>", SUP, "Fwd: Anuidade cobrada com valor errado",
    d(2025, 9, 26, 9, 20, BR),
    "Bom dia, segue abaixo o pedido da coordenadora.\n\n---------- Mensagem encaminhada ---------\n"
    "De: Coordenação IPC <gabinete@institutoplanaltodf.org.br>\nDate: qui., 25 de set. de 2025 às 17:48\n"
    "Subject: Anuidade cobrada com valor errado\nTo: <marcos.estagio.ipc@gmail.com>\n\nMarcos, por favor "
    "escreva para a LeadsOptima: a anuidade LO-INV-37224 veio com valor errado, maior que o da proposta. "
    "Peça o estorno. Nossa conta lá é gabinete@institutoplanaltodf.org.br.\n\nAna Lúcia\nCoordenação\n")],
    rules=["C2"],
    spec="Section 8 forwards: the Gmail 'Mensagem encaminhada' block carries a request naming the registered "
         "gabinete@; the sender is an intern's gmail: C2 need_info.")

proj("Boi-Bumbá Turismo Parintins", "reservas@boibumbaturismo.com.br")
case("pt-l18-cliente-da-optima-escreve-leadsoptima", LOB, "need_info", [M(
    "Boi-Bumbá Turismo <reservas@boibumbaturismo.com.br>", SUP, "Cancelamento do serviço",
    d(2025, 9, 29, 9, 0, AM),
    "Bom dia! Queremos cancelar o serviço mensal que temos com vocês, porque depois do festival o "
    "movimento cai muito e vamos cortar custos até junho.\n\nAbraços,\nTaynara Cardoso\nBoi-Bumbá "
    "Turismo\n")],
    rules=["C2"],
    spec="Section 8 the other brand's customer: the sender is only an Optima WebDesign contract email; unknown in "
         "the LeadsOptima ledger: C2 need_info.")

cust("clinica@vetparaense.com.br", "Clínica Veterinária Paraense", "monthly", start="2025-09-14", end="2025-10-13")
for pid, inv, dt, end in (("pt_p25", "LO-INV-37225", "2025-07-14", "2025-08-13"),
                          ("pt_p26", "LO-INV-37226", "2025-08-14", "2025-09-13"),
                          ("pt_p27", "LO-INV-37227", "2025-09-14", "2025-10-13")):
    lopay(pid, inv, "clinica@vetparaense.com.br", "monthly", "1499.00", f"{dt}T14:00:00", dt, end)
case("pt-l19-belem-veterinaria-sem-fatura", LOB, "need_info", [M(
    "Clinica Veterinaria Paraense <clinica@vetparaense.com.br>", SUP, "cobraram a mais",
    d(2025, 9, 17, 15, 0, BR),
    "Boa tarde. Numa das cobranças de vocês veio valor a mais do que o combinado, cobrança incorreta. "
    "Estou entre uma cirurgia e outra e não tenho o número da fatura agora. Podem devolver a "
    "diferença?\n\nDra. Ana Cláudia Barata\nCRMV-PA\n")],
    rules=[], missing=["invoice_number"],
    spec="C3: billing_error from the registered email, but the account has three monthly charges and none is "
         "named: need_info invoice_number.")

cust("protocolo@associacaoservidoresdf.org.br", "Associação dos Servidores do Cerrado", "quarterly",
     start="2025-09-25", end="2025-12-24")
lopay("pt_p28", "LO-INV-37228", "protocolo@associacaoservidoresdf.org.br", "quarterly", "3999.00",
      "2025-09-25T14:00:00", "2025-09-25", "2025-12-24")
case("pt-l20-brasilia-oficio-sem-motivo", LOB, "need_info", [M(
    "Protocolo ASC <protocolo@associacaoservidoresdf.org.br>", SUP, "Ofício nº 117/2025 – Solicitação de reembolso",
    d(2025, 9, 29, 10, 0, BR),
    "Prezados Senhores,\n\nPelo presente, vimos respeitosamente solicitar o reembolso do valor referente à "
    "fatura LO-INV-37228, plano trimestral, conforme trâmites usuais.\n\nSem mais para o momento, "
    "renovamos votos de estima e consideração.\n\nAtenciosamente,\nGilberto Nogueira Filho\nDiretor "
    "Administrativo\nAssociação dos Servidores do Cerrado – Brasília/DF\n")],
    rules=[], missing=["reason"],
    spec="C3: refund with invoice and plan from the registered email, but no reason (formal restating of the "
         "request is no reason, section 8): need_info reason.")

cust("loja@calcadosfranca.com.br", "Calçados Franca Outlet", "monthly", start="2025-09-24", end="2025-10-23")
lopay("pt_p29", "LO-INV-37229", "loja@calcadosfranca.com.br", "monthly", "1499.00", "2025-08-24T14:00:00",
      "2025-08-24", "2025-09-23")
lopay("pt_p30", "LO-INV-37230", "loja@calcadosfranca.com.br", "monthly", "1499.00", "2025-09-24T14:00:00",
      "2025-09-24", "2025-10-23")
case("pt-l21-ribeirao-calcados-fio-fatura", LOB, "decided", [
    M("Calcados Franca Outlet <loja@calcadosfranca.com.br>", SUP, "valor cobrado diferente",
      d(2025, 9, 26, 16, 0, BR),
      "Boa tarde, a mensalidade veio com valor errado, maior do que o do site. Quero o estorno.\nSilvana\n"),
    M("Calcados Franca Outlet <loja@calcadosfranca.com.br>", SUP, "Re: valor cobrado diferente [LO-3721]",
      d(2025, 9, 30, 10, 5, BR),
      "Bom dia, a fatura é a LO-INV-37230, a de setembro.\nSilvana\n\nEm seg., 29 de set. de 2025 às 09:12, "
      "Suporte LeadsOptima <support@leadsoptima.com> escreveu:\n> Indique o número da fatura. [LO-3721]\n",
      headers={"_irt": "<lo-3721.reply@leadsoptima.com>"})],
    [R("escalate")],
    spec="C3 thread: the answer names LO-INV-37230 (2025-09-24); request time = first mail 2025-09-27 00:30 IST, "
         "day 3: billing_error inside the window: L5 escalate.")

cust("contato@surfescolasalinas.com.br", "Escola de Surf Salinas", "monthly", start="2025-09-25", end="2025-10-24")
lopay("pt_p31", "LO-INV-37231", "contato@surfescolasalinas.com.br", "monthly", "1499.00", "2025-09-25T14:00:00",
      "2025-09-25", "2025-10-24")
lopay("pt_p32", "LO-INV-37232", "contato@surfescolasalinas.com.br", "monthly", "1499.00", "2025-09-25T14:02:30",
      "2025-09-25", "2025-10-24")
case("pt-l22-salinopolis-fio-responde-cadastrado", LOB, "decided", [
    M("Tiago Surf <tiagosurf.salinas@hotmail.com>", SUP, "fui cobrado 2x",
      d(2025, 9, 27, 8, 30, BR),
      "bom dia, a escola de surf foi cobrada duas vezes na quinta, quero a devolução de uma das cobranças.\n"
      "Tiago\n"),
    M("Escola de Surf Salinas <contato@surfescolasalinas.com.br>", SUP, "Re: fui cobrado 2x [LO-3722]",
      d(2025, 9, 29, 8, 10, BR),
      "Bom dia, agora do e-mail cadastrado da escola, como pediram. As faturas são LO-INV-37231 e "
      "LO-INV-37232, pagamos duas vezes o mesmo mês. Devolvam a 37232.\n\nTiago Moraes\nEscola de Surf "
      "Salinas – Salinópolis/PA\n\n> Escreva-nos do e-mail cadastrado da conta. [LO-3722]\n",
      headers={"_irt": "<lo-3722.reply@leadsoptima.com>"})],
    [R("approve", "1499.00")],
    spec="docs/policy.md (fix45w): the first mail came from an unknown hotmail naming no account (C2 asked); the "
         "answer in the thread comes from the registered contato@: decided for it, no C2. Request time = first "
         "mail 2025-09-27 17:00 IST, day 2 after the pair of 2025-09-25: L4 approve LO-INV-37232 = 1499.00.")

cust("marmoraria@granitosdocariri.com.br", "Granitos do Cariri", "quarterly", start="2025-09-26",
     end="2025-12-25")
lopay("pt_p33", "LO-INV-37233", "marmoraria@granitosdocariri.com.br", "quarterly", "3999.00",
      "2025-09-26T14:00:00", "2025-09-26", "2025-12-25")
lopay("pt_p34", "LO-INV-37234", "marmoraria@granitosdocariri.com.br", "quarterly", "3999.00",
      "2025-09-26T14:01:00", "2025-09-26", "2025-12-25")
case("pt-l23-campina-chargeback", LOB, "decided", [M(
    "Granitos do Cariri <marmoraria@granitosdocariri.com.br>", SUP, "COBRANÇA DUPLICADA - URGENTE",
    d(2025, 9, 28, 20, 0, BR),
    "Boa noite. Vocês cobraram em duplicidade o trimestral (LO-INV-37233 e LO-INV-37234). Se até terça o "
    "dinheiro não voltar, vou contestar a compra no cartão e pedir chargeback, o gerente do banco já "
    "me orientou.\n\nErivaldo Queiroz\nGranitos do Cariri\n")],
    [R("escalate")], rules=["C4"],
    spec="C4: chargeback threat: escalate, although L4 would approve the duplicate.")

cust("atendimento@moveisjoinvillense.com.br", "Móveis Joinvillense", "quarterly", start="2025-08-15",
     end="2025-11-14")
lopay("pt_p35", "LO-INV-37235", "atendimento@moveisjoinvillense.com.br", "quarterly", "3999.00",
      "2025-08-15T14:00:00", "2025-08-15", "2025-11-14")
case("pt-l24-joinville-cancela-com-advogado", LOB, "decided", [M(
    "Moveis Joinvillense <atendimento@moveisjoinvillense.com.br>", SUP, "Cancelamento imediato",
    d(2025, 9, 26, 17, 30, BR),
    "Boa tarde. Cancelem a assinatura trimestral hoje. A ferramenta não gerou um único cliente. Já "
    "registrei reclamação no Procon e o nosso advogado está analisando o "
    "contrato.\n\nHelmut Stein\nMóveis Joinvillense\n")],
    [X("escalate")], rules=["C4"],
    spec="C4 covers the whole case (section 8): a consumer-protection complaint and a lawyer are mentioned: the "
         "cancellation is escalated too.")

cust("contato@cafeparaibunajf.com.br", "Café Paraibuna JF", "monthly", start="2025-09-20", end="2025-10-19")
lopay("pt_p36", "LO-INV-37236", "contato@cafeparaibunajf.com.br", "monthly", "1499.00", "2025-09-20T14:00:00",
      "2025-09-20", "2025-10-19")
case("pt-l25-juiz-de-fora-descarta-contestar", LOB, "decided", [M(
    "Cafe Paraibuna JF <contato@cafeparaibunajf.com.br>", SUP, "cancelar",
    d(2025, 9, 30, 9, 45, BR),
    "Bom dia!\n\nQuero cancelar o plano mensal do Café Paraibuna. A clientela daqui é de bairro e vem pelo "
    "boca a boca, não precisamos captar leads. Não vou contestar nada no cartão nem pedir dinheiro de "
    "volta, o mês já está pago e a gente usa até o fim.\n\nAbraço,\nRenata\nCafé Paraibuna – Juiz de Fora\n")],
    [X("cancel", "2025-10-19")],
    spec="L8 cancel, current_period_end 2025-10-19. 'Não vou contestar nada no cartão nem pedir dinheiro de volta' "
         "rules out a dispute and a refund (section 8); no other threat: no C4.")

cust("contato@estudiofotoboavista.com.br", "Estúdio Foto Boa Vista", "monthly", start="2025-09-25",
     end="2025-10-24")
lopay("pt_p37", "LO-INV-37237", "contato@estudiofotoboavista.com.br", "monthly", "1499.00", "2025-09-25T14:00:00",
      "2025-09-25", "2025-10-24")
case("pt-l26-manaus-codigo-defesa-consumidor", LOB, "decided", [M(
    "Estudio Foto Boa Vista <contato@estudiofotoboavista.com.br>", SUP, "Reembolso LO-INV-37237",
    d(2025, 9, 27, 11, 40, AM),
    "Bom dia. Desde quinta a plataforma não carrega, não consigo acessar nada, e acabei de pagar a "
    "mensalidade. Quero o reembolso da LO-INV-37237. Conheço meus direitos de consumidor e o Código de "
    "Defesa do Consumidor me garante o arrependimento.\n\nPatrícia Bentes\n")],
    [R("escalate")], rules=["C4"],
    spec="C4: statutory consumer rights invoked: escalate (the access_failure inside the window would be L6 "
         "escalate too; C4 fires).")

case("pt-l27-resposta-automatica-belem", LOB, "ignore", [M(
    "Acai do Guama <vendas@acaidoguama.com.br>", SUP, "Resposta automática: Re: cobranca em dobro [LO-3701]",
    d(2025, 9, 25, 9, 30, BR),
    "Olá! Estamos no Ver-o-Peso recebendo o açaí da manhã. Respondemos depois das 14h. Obrigada!\n",
    headers={"Auto-Submitted": "auto-replied", "_irt": "<lo-3701.reply@leadsoptima.com>"})],
    rules=["C7"], spec="C7: Auto-Submitted: auto-replied: ignore.")

case("pt-l28-postmaster-devolvida", LOB, "ignore", [M(
    "postmaster@correio-planalto.com.br", SUP, "Mensagem não entregue: Re: Cancelamento do serviço [LO-3718]",
    d(2025, 9, 29, 11, 5, BR),
    "Sua mensagem não pôde ser entregue a um ou mais destinatários.\n\nreservas@boibumbaturismo.com.br: "
    "552 5.2.2 caixa postal cheia\n")],
    rules=["C7"], spec="C7: postmaster sender (a bounce): ignore.")

case("pt-l29-boletim-associacao-empresarial", LOB, "ignore", [M(
    "Boletim Fórum Itapocu <boletim@forumitapocu-noticias.org.br>", SUP,
    "Boletim semanal: como pedir reembolso de tributos e cancelar contratos", d(2025, 9, 30, 7, 0, BR),
    "BOLETIM DO FÓRUM EMPRESARIAL DO VALE DO ITAPOCU\n\n- Reembolso de tributos pagos a maior: passo a "
    "passo\n- Como cancelar contratos de telefonia sem multa\n- Feira de malhas em outubro\n\nPara "
    "cancelar a inscrição, clique aqui.\n",
    headers={"List-Id": "Boletim Forum Itapocu <boletim.forumitapocu-noticias.org.br>", "Precedence": "list",
             "List-Unsubscribe": "<mailto:sair@forumitapocu-noticias.org.br>"})],
    rules=["C7"], spec="C7: List-Id and Precedence: list (a newsletter mentioning refunds and cancelling): ignore.")

cust("secretaria@escolinhafutebolmanaus.com.br", "Escolinha de Futebol Meninos do Rio Negro", "monthly",
     start="2025-09-10", end="2025-10-09")
lopay("pt_p38", "LO-INV-37238", "secretaria@escolinhafutebolmanaus.com.br", "monthly", "1499.00",
      "2025-09-10T14:00:00", "2025-09-10", "2025-10-09")
case("pt-l30-manaus-escolinha-pergunta-nota", LOB, "other", [M(
    "Escolinha Meninos do Rio Negro <secretaria@escolinhafutebolmanaus.com.br>", SUP,
    "dúvida nota fiscal e usuários", d(2025, 9, 29, 13, 0, AM),
    "Boa tarde! Duas dúvidas: dá pra emitir a fatura LO-INV-37238 no CNPJ da associação em vez do meu CPF? "
    "E quantos professores podem usar o mesmo plano mensal? Queremos que os treinadores do sub-11 e do "
    "sub-13 vejam os contatos dos pais.\n\nValeu!\nProfessor Edson\n")],
    spec="Questions only (invoice name, users): neither refund nor cancellation: other.")

cust("casamentos@cerimonialipe.com.br", "Cerimonial Ipê Amarelo", "annual", start="2025-05-05", end="2026-05-04")
lopay("pt_p39", "LO-INV-37239", "casamentos@cerimonialipe.com.br", "annual", "11988.00", "2025-05-05T14:00:00",
      "2025-05-05", "2026-05-04")
case("pt-l31-brasilia-cerimonial-agradece", LOB, "other", [M(
    "Cerimonial Ipê Amarelo <casamentos@cerimonialipe.com.br>", SUP, "obrigada!!",
    d(2025, 9, 30, 20, 15, BR),
    "Boa noite, gente! Só passando pra agradecer: semana passada eu tava pra pedir reembolso e cancelar, "
    "mas depois da chamada com o suporte o formulário de orçamento de casamento voltou a funcionar e já "
    "fechei dois casamentos para 2026. Não quero reembolso nenhum, sigo com vocês!\n\nBeijos,\nLarissa\n")],
    spec="Thanks; a past thought of a refund/cancellation and 'não quero reembolso nenhum' (section 8): other.")

case("pt-l32-arabe-pergunta-antes-de-assinar", LOB, "other", [M(
    "Samir Nasrallah <samir.nasrallah.bey@gmail.com>", SUP, "pergunta antes assinar",
    d(2025, 9, 28, 14, 0, BEY),
    "Olá, boa tarde. Eu tenho loja de tecidos em Foz do Iguaçu e agora estou em Beirute. Se eu assinar o "
    "plano anual e depois de dois meses não gostar, vocês devolvem o dinheiro dos meses que sobram? E "
    "teste grátis tem quantos dias? Obrigado.\n\nSamir\n")],
    spec="Section 8 hypotheticals: a refund question before buying, from a non-customer: other.")

cust("escolinha@futsalcampinense.com.br", "Escolinha de Futsal Campinense", "monthly", start="2025-09-26",
     end="2025-10-25")
lopay("pt_p40", "LO-INV-37240", "escolinha@futsalcampinense.com.br", "monthly", "1499.00", "2025-09-26T14:00:00",
      "2025-09-26", "2025-10-25")
case("pt-l33-campina-nao-quero-estorno", LOB, "decided", [M(
    "Futsal Campinense <escolinha@futsalcampinense.com.br>", SUP, "cancelamento",
    d(2025, 9, 29, 7, 50, BR),
    "bom dia, não quero estorno de nada do que já paguei, só cancelem a conta pra não renovar mês que vem. "
    "a escolinha perdeu o patrocínio da prefeitura.\nobrigado\nprofessor Jailson\n")],
    [X("cancel", "2025-10-25")],
    spec="Section 8 negation ('não quero estorno'): no refund; L8 cancel, current_period_end 2025-10-25.")

cust("contato@guiasdoparque.com.br", "Guias do Parque Ecoturismo", "monthly", start="2025-09-25", end="2025-10-24")
lopay("pt_p41", "LO-INV-37241", "contato@guiasdoparque.com.br", "monthly", "1499.00", "2025-09-25T14:00:00",
      "2025-09-25", "2025-10-24", status="failed")
case("pt-l34-brasilia-cobranca-falhou", LOB, "decided", [M(
    "Guias do Parque <contato@guiasdoparque.com.br>", SUP, "Estorno LO-INV-37241",
    d(2025, 9, 27, 15, 30, BR),
    "Boa tarde. No app de vocês a fatura LO-INV-37241 aparece como 'falhou', mas no extrato do cartão o "
    "valor foi debitado na quinta. Fui cobrado em dobro, porque depois paguei de novo por PIX. Quero o "
    "estorno desse débito.\n\nDiego Arantes\nGuias do Parque – Brasília\n")],
    [R("escalate")],
    spec="Section 8: the charge named (LO-INV-37241) is not 'paid' (status failed): a refund of it is escalate.")

cust("recepcao@clinicaveterinariasaopedro.com.br", "Clínica Veterinária São Pedro", "quarterly",
     start="2025-08-18", end="2025-11-17")
lopay("pt_p42", "LO-INV-37242", "recepcao@clinicaveterinariasaopedro.com.br", "quarterly", "3999.00",
      "2025-08-18T14:00:00", "2025-08-18", "2025-11-17")
case("pt-l35-juiz-de-fora-veterinaria-longa", LOB, "decided", [M(
    "Clinica Veterinaria Sao Pedro <recepcao@clinicaveterinariasaopedro.com.br>", SUP, "algumas coisas",
    d(2025, 9, 30, 10, 30, BR),
    "Oi, bom dia!\n\nVou escrever tudo de uma vez senão esqueço. Primeiro: o relatório de contatos de agosto "
    "sai em branco quando exporto para Excel, mas isso eu vejo com meu sobrinho. Segundo, e é o mais "
    "importante: o Dr. Paulo vai se aposentar em dezembro e a clínica vai ser incorporada por uma rede de "
    "Belo Horizonte que já tem sistema próprio, então por favor cancelem a assinatura trimestral para não "
    "renovar. Terceiro: dá pra trocar o telefone da ficha? O fixo a gente nem usa mais.\n\nObrigada por "
    "tudo, viu?\nSueli\nRecepção – Clínica Veterinária São Pedro, Juiz de Fora\n")],
    [X("cancel", "2025-11-17")],
    spec="A long mail with the request in the middle: L8 cancel, current_period_end 2025-11-17; the questions are "
         "for staff; no refund asked.")

cust("hub@coworkingcabanagem.com.br", "Coworking Cabanagem", "monthly", start="2025-09-28", end="2025-10-27")
lopay("pt_p43", "LO-INV-37243", "hub@coworkingcabanagem.com.br", "monthly", "1499.00", "2025-09-28T14:00:00",
      "2025-09-28", "2025-10-27")
lopay("pt_p44", "LO-INV-37244", "hub@coworkingcabanagem.com.br", "monthly", "1499.00", "2025-09-28T14:00:55",
      "2025-09-28", "2025-10-27")
case("pt-l36-belem-coworking-dupla-e-cancela", LOB, "decided", [M(
    "Coworking Cabanagem <hub@coworkingcabanagem.com.br>", SUP, "Enc: cobrança duplicada + cancelamento",
    d(2025, 9, 30, 11, 20, BR),
    "Bom dia! Reencaminho o aviso do banco.\n\nDuas coisas: no domingo vocês cobraram duas vezes a "
    "mensalidade (LO-INV-37243 e LO-INV-37244), então devolvam a repetida, a 37244. E já aproveito: vamos "
    "fechar o coworking em dezembro porque o prédio vai ser reformado, então cancelem o plano.\n\nObrigada!"
    "\nÉrika\n\n________________________________\nDe: Banco Ribeirinho Avisos <avisos@bancoribeirinho-avisos.com.br>"
    "\nEnviado: domingo, 28 de setembro de 2025 05:31\nPara: hub@coworkingcabanagem.com.br\nAssunto: Compras no "
    "cartão\n\n2 compras de R$ 107,90 em LEADSOPTIMA aprovadas.\n")],
    [R("approve", "1499.00"), X("cancel", "2025-10-27")],
    spec="L4 approve the later of two paid charges 2025-09-28 (mail 2025-09-30 19:50 IST, day 2) = 1499.00, plus L8 "
         "cancel, current_period_end 2025-10-27. The forwarded bank notice names no other account address.")

# ---------------------------------------------------------------------------------------------
# Optima WebDesign
# ---------------------------------------------------------------------------------------------
proj("Ver-o-Rio Passeios", "passeios@verorio.com.br")
owpay("pt_o01", "OWD-2025-3701", "Ver-o-Rio Passeios", "deposit", "18000.00", "3240.00", "2025-09-27T14:00:00")
case("pt-o01-belem-sinal-dentro-72h", OWB, "decided", [M(
    "Ver-o-Rio Passeios <passeios@verorio.com.br>", OWDTO, "Refund Request — Ver-o-Rio Passeios / OWD-2025-3701",
    d(2025, 9, 29, 10, 0, BR),
    "Bom dia, pessoal da Optima.\n\nNo sábado pagamos o sinal (OWD-2025-3701) do site do Ver-o-Rio Passeios, "
    "os passeios de barco pela baía do Guajará. Ontem a fiscalização fluvial suspendeu nossa licença de turismo até "
    "o fim da reforma do barco, então não tem como seguir com o site agora. Vocês ainda não começaram, "
    "certo? Pedimos a devolução do sinal.\n\nAtenciosamente,\nMárcio Pantoja\n")],
    [R("approve", "18000.00")],
    spec="O2: deposit paid 2025-09-27 14:00 IST, no work started; mail 2025-09-29 10:00 -03:00 = 18:30 IST, 52.5 h: "
         "approve 18000.00 before tax.")

proj("Restaurante Sabor do Igarapé", "restaurante@sabordoigarape.com.br")
owpay("pt_o02", "OWD-2025-3702", "Restaurante Sabor do Igarapé", "deposit", "14000.00", "2520.00",
      "2025-09-19T14:00:00")
case("pt-o02-manaus-sinal-75h", OWB, "decided", [M(
    "Sabor do Igarape <restaurante@sabordoigarape.com.br>", OWDTO, "devolução sinal OWD-2025-3702",
    d(2025, 9, 22, 8, 0, AM),
    "Bom dia. Paguei o sinal do site do Restaurante Sabor do Igarapé na sexta (OWD-2025-3702), mas minha "
    "sócia achou caro e prefere ficar só no Instagram e no iFood. Quero a devolução, vocês nem "
    "começaram.\n\nJander Mota\n")],
    [R("deny")],
    spec="O2: deposit paid 2025-09-19 14:00 IST; mail 2025-09-22 08:00 -04:00 = 17:30 IST, 75.5 h after payment: "
         "past 72 hours: deny.")

proj("Ateliê de Noivas Halfeld", "atelie@noivashalfeld.com.br")
owpay("pt_o03", "OWD-2025-3703", "Ateliê de Noivas Halfeld", "deposit", "10000.00", "1800.00",
      "2025-09-23T16:30:00")
case("pt-o03-juiz-de-fora-exatamente-72h", OWB, "decided", [M(
    "Ateliê de Noivas Halfeld <atelie@noivashalfeld.com.br>", OWDTO, "Devolução do sinal OWD-2025-3703",
    d(2025, 9, 26, 8, 0, BR),
    "Bom dia!\n\nPagamos o sinal do site do Ateliê de Noivas Halfeld (OWD-2025-3703) na terça de manhã. A "
    "minha mãe, que é a dona, resolveu fechar o ateliê no fim do ano. Como ainda estou dentro das 72 horas "
    "e vocês não começaram, peço a devolução integral.\n\nObrigada,\nBeatriz\nJuiz de Fora\n")],
    [R("deny")],
    spec="Section 8: deposit paid 2025-09-23 16:30 IST (08:00 Tuesday in Juiz de Fora); mail 2025-09-26 08:00 -03:00 "
         "= 16:30 IST, exactly 72 h: not before 72 h: deny (O2).")

proj("Usina Boa Safra Portal", "ti@usinaboasafra.com.br", "2025-09-28T16:00:00")
owpay("pt_o04", "OWD-2025-3704", "Usina Boa Safra Portal", "deposit", "40000.00", "7200.00", "2025-09-27T14:00:00")
case("pt-o04-ribeirao-usina-trabalho-iniciado", OWB, "decided", [M(
    "TI Usina Boa Safra <ti@usinaboasafra.com.br>", OWDTO, "Devolução do sinal - Usina Boa Safra Portal",
    d(2025, 9, 28, 11, 30, BR),
    "Bom dia.\n\nPagamos ontem o sinal do projeto Usina Boa Safra Portal (OWD-2025-3704). Hoje cedo vocês já "
    "abriram o repositório e mandaram o cronograma e o briefing técnico, mas a diretoria da usina decidiu "
    "usar o portal do grupo controlador. Estamos bem dentro das 72 horas, portanto solicitamos a devolução "
    "integral.\n\nAtt.,\nRafael Junqueira Prado\nTI – Usina Boa Safra, Sertãozinho/SP\n")],
    [R("deny")],
    spec="O2: mail 2025-09-28 11:30 -03:00 = 20:00 IST, 30 h after the 2025-09-27 14:00 deposit, but work started "
         "2025-09-28 16:00 IST (07:30 in Sertãozinho), before the request: deny ('whichever occurs first').")

proj("Escola de Governo Digital Cerrado", "diretoria@escolagovcerrado.org.br")
owpay("pt_o05", "OWD-2025-3705", "Escola de Governo Digital Cerrado", "discovery", "12000.00", "2160.00",
      "2025-09-22T14:00:00")
case("pt-o05-brasilia-discovery-sem-sessao", OWB, "decided", [M(
    "Diretoria EGDC <diretoria@escolagovcerrado.org.br>", OWDTO, "Reembolso – sessão de descoberta OWD-2025-3705",
    d(2025, 9, 30, 14, 0, BR),
    "Prezados, boa tarde.\n\nA Escola de Governo Digital Cerrado pagou em 22/09 a sessão de descoberta "
    "(OWD-2025-3705), ainda não agendada. O conselho deliberativo suspendeu o projeto do novo portal por "
    "contingenciamento orçamentário. Solicitamos, portanto, o reembolso do valor.\n\nAtenciosamente,\n"
    "Cláudia Rezende Lima\nDiretora-Executiva\n")],
    [R("approve", "12000.00")],
    spec="O1: discovery fee, work_started_at empty (no session held): approve in full, 12000.00 before tax.")

proj("Festival Sanjoanino Campina", "producao@sanjoaninocampina.com.br", "2025-09-19T18:30:00")
owpay("pt_o06", "OWD-2025-3706", "Festival Sanjoanino Campina", "discovery", "16000.00", "2880.00",
      "2025-09-17T14:00:00")
case("pt-o06-campina-discovery-realizada", OWB, "decided", [M(
    "Produção Sanjoanino <producao@sanjoaninocampina.com.br>", OWDTO, "devolução workshop de estratégia",
    d(2025, 9, 29, 16, 0, BR),
    "Boa tarde. Fizemos o workshop de estratégia do Festival Sanjoanino Campina na sexta, 19, fatura "
    "OWD-2025-3706. Sinceramente não trouxe nada de novo, então pedimos o dinheiro de volta.\n\nLucas "
    "Albuquerque\nProdução\n")],
    [R("deny")],
    spec="O1: the discovery session was held 2025-09-19 (work_started_at), before the request: deny.")

proj("Fundição Norte Catálogo", "marketing@fundicaonortesc.com.br", "2025-08-11T11:00:00")
owpay("pt_o07", "OWD-2025-3707", "Fundição Norte Catálogo", "milestone", "38000.00", "6840.00",
      "2025-09-02T14:00:00", milestone_status="approved")
owpay("pt_o08", "OWD-2025-3708", "Fundição Norte Catálogo", "milestone", "42000.00", "7560.00",
      "2025-09-22T14:00:00", milestone_status="not_started")
case("pt-o07-joinville-etapa-nao-iniciada", OWB, "decided", [M(
    "Marketing Fundição Norte <marketing@fundicaonortesc.com.br>", OWDTO,
    "Reembolso etapa 2 – OWD-2025-3708", d(2025, 9, 26, 9, 30, BR),
    "Bom dia.\n\nA etapa 1 (layout do catálogo) ficou ótima e já foi aprovada. A etapa 2, o configurador de "
    "peças do projeto Fundição Norte Catálogo (OWD-2025-3708), não será mais necessária porque a "
    "matriz alemã vai fornecer o configurador dela. Pelo que sei essa etapa não começou; pedimos o "
    "reembolso dela.\n\nAtt.,\nKarin Müller Silveira\nMarketing\n")],
    [R("approve", "42000.00")],
    spec="O3: milestone OWD-2025-3708 not_started: approve its amount 42000.00 before tax (the approved stage 1 is "
         "not asked for).")

proj("Charcutaria Madeira-Caracas", "gerencia@charcutariamadeira.com.ve", "2025-09-09T11:00:00")
owpay("pt_o09", "OWD-2025-3709", "Charcutaria Madeira-Caracas", "milestone", "26000.00", "4680.00",
      "2025-09-08T14:00:00", milestone_status="in_progress")
case("pt-o08-caracas-etapa-em-curso", OWB, "decided", [M(
    "Gerência Charcutaria Madeira <gerencia@charcutariamadeira.com.ve>", OWDTO,
    "Reembolso da loja online", d(2025, 9, 29, 9, 15, CCS),
    "Bom dia,\n\nA loja online da Charcutaria Madeira-Caracas (fatura OWD-2025-3709) está a demorar muito e "
    "com a situação cá em Caracas os pagamentos por cartão complicaram-se. Decidimos não continuar com esta "
    "parte. Pedimos o reembolso do que ainda não foi feito.\n\nCumprimentos,\nJosé Agrela\n")],
    [R("escalate")],
    spec="O3: milestone OWD-2025-3709 in_progress: escalate (the value of work not started needs a person).")

proj("Portuguese Feast Committee Site", "committee@feastcommitteenb.org", "2025-07-21T11:00:00")
owpay("pt_o10", "OWD-2025-3710", "Portuguese Feast Committee Site", "milestone", "30000.00", "5400.00",
      "2025-08-25T14:00:00", milestone_status="completed")
case("pt-o09-new-bedford-etapa-concluida", OWB, "decided", [M(
    "Feast Committee <committee@feastcommitteenb.org>", OWDTO, "Refund OWD-2025-3710",
    d(2025, 9, 27, 18, 0, NB),
    "Boa tarde,\n\nO website do Portuguese Feast Committee Site ficou done em agosto (OWD-2025-3710), mas a "
    "comissão das festas achou que as fotos do Santíssimo Sacramento não ficaram bem. Queremos o refund "
    "desse pagamento, porque a comissão nova não gostou.\n\nObrigado,\nTony (António) Raposo\nNew "
    "Bedford, MA\n")],
    [R("deny")],
    spec="O3/O6: milestone OWD-2025-3710 completed: deny (completed deliverables are non-refundable).")

proj("Enoturismo Monte da Ribeira", "geral@montedaribeira.pt")
owpay("pt_o11", "OWD-2025-3711", "Enoturismo Monte da Ribeira", "retainer", "9000.00", "1620.00",
      "2025-09-18T14:00:00", period_start="2025-09-18", period_end="2025-10-17",
      next_billing_at="2025-10-18T00:00:00")
case("pt-o10-evora-avenca-com-aviso", OWB, "decided", [M(
    "Monte da Ribeira <geral@montedaribeira.pt>", OWDTO, "Cancelamento da avença mensal OWD-2025-3711",
    d(2025, 9, 30, 11, 0, PT),
    "Bom dia,\n\nSolicitamos o cancelamento da avença mensal de manutenção do projeto Enoturismo Monte da "
    "Ribeira (última fatura OWD-2025-3711). Motivo: terminada a vindima, fechamos as visitas até à "
    "primavera e não se justifica manter as publicações. Não pretendemos ser cobrados no próximo ciclo.\n\n"
    "Com os melhores cumprimentos,\nInês Galvão\nÉvora\n")],
    [X("cancel", "2025-10-17")],
    spec="O4/O8: next_billing_at 2025-10-18; mail 2025-09-30 15:30 IST, on or before 2025-10-11: at least 7 days' "
         "notice: cancel effective 2025-10-17.")

proj("Pastelaria Serra da Estrela Online", "pastelaria@serradaestrelaonline.pt")
owpay("pt_o12", "OWD-2025-3712", "Pastelaria Serra da Estrela Online", "retainer", "7500.00", "1350.00",
      "2025-09-03T14:00:00", period_start="2025-09-03", period_end="2025-10-02",
      next_billing_at="2025-10-03T00:00:00")
case("pt-o11-guarda-avenca-aviso-curto", OWB, "decided", [M(
    "Pastelaria Serra da Estrela <pastelaria@serradaestrelaonline.pt>", OWDTO, "cancelar avença",
    d(2025, 9, 28, 10, 0, PT),
    "Bom dia. Queremos cancelar a avença mensal do site Pastelaria Serra da Estrela Online, fatura "
    "OWD-2025-3712. A razão é que vamos trespassar a pastelaria no fim de outubro.\n\nCumprimentos,\n"
    "Fernando Proença\nGuarda\n")],
    [X("cancel", "2025-11-02")],
    spec="O4: next_billing_at 2025-10-03; mail 2025-09-28 14:30 IST, after 2025-09-26 (7 days before): the next "
         "cycle 2025-10-03..2025-11-02 is billed, effective 2025-11-02.")

proj("Cooperativa Agrícola Beira Baixa", "direcao@coopbeirabaixa.pt")
owpay("pt_o13", "OWD-2025-3713", "Cooperativa Agrícola Beira Baixa", "retainer", "16000.00", "2880.00",
      "2025-09-05T14:00:00", period_start="2025-09-05", period_end="2025-10-04",
      next_billing_at="2025-10-05T00:00:00")
owpay("pt_o14", "OWD-2025-3714", "Cooperativa Agrícola Beira Baixa", "retainer", "16000.00", "2880.00",
      "2025-09-19T14:00:00", period_start="2025-10-05", period_end="2025-11-04",
      next_billing_at="2025-11-05T00:00:00")
case("pt-o12-castelo-branco-avenca-paga-adiantada", OWB, "decided", [M(
    "Direção Coop. Beira Baixa <direcao@coopbeirabaixa.pt>", OWDTO,
    "Cancelamento da avença – Cooperativa Agrícola Beira Baixa", d(2025, 9, 26, 15, 0, PT),
    "Exmos. Senhores,\n\nPor deliberação da direção, vimos pedir o cancelamento da avença mensal do projeto "
    "Cooperativa Agrícola Beira Baixa, dado que a federação regional passa a alojar os sites das "
    "cooperativas. Informamos que a fatura OWD-2025-3714, de outubro, já foi paga adiantadamente, a 19 de "
    "setembro; a de setembro é a OWD-2025-3713.\n\nCom os melhores cumprimentos,\nA Direção\n")],
    [X("escalate")],
    spec="Section 8 retainer paid in advance: the next cycle (2025-10-05..2025-11-04, OWD-2025-3714) is already paid "
         "and the notice is more than 7 days (mail 2025-09-26): escalate.")

proj("Estúdio de Piano Natasha", "natasha@estudiopianonatasha.com.br")
owpay("pt_o15", "OWD-2025-3715", "Estúdio de Piano Natasha", "hosting_annual", "15000.00", "2700.00",
      "2025-09-19T14:00:00", setup_fee="1800.00", service_start="2025-09-20")
case("pt-o13-russa-hosting-14-dias", OWB, "decided", [M(
    "Natasha Volkova <natasha@estudiopianonatasha.com.br>", OWDTO, "Devolução hospedagem OWD-2025-3715",
    d(2025, 9, 30, 9, 0, BR),
    "Bom dia. Eu sou Natasha, professora de piano, nasci em Novosibirsk e moro em Juiz de Fora vinte anos, "
    "mas português escrito ainda é difícil para mim, desculpa. Eu contratei hospedagem anual para Estúdio de "
    "Piano Natasha há dez dias, mas conservatório da cidade oferece página grátis para professores. Então "
    "por favor cancelar hospedagem e devolver dinheiro conforme regras.\n\nSpasibo, obrigada,\nNatasha "
    "Volkova\n")],
    [R("approve", "12100.00")], extra_ok=True,
    spec="O5: service_start 2025-09-20, mail 2025-09-30 (day 10, within 14): 15000 - 1800 - (13200/12 = 1100) x 1 = "
         "12100.00. The cancellation asked for may be decided too (extra_ok).")

proj("Clínica Odontológica Adrianópolis", "clinica@odontoadrianopolis.com.br")
owpay("pt_o16", "OWD-2025-3716", "Clínica Odontológica Adrianópolis", "maintenance_annual", "20000.00",
      "3600.00", "2025-09-01T14:00:00", setup_fee="2000.00", service_start="2025-09-01")
case("pt-o14-manaus-manutencao-fora-prazo", OWB, "decided", [M(
    "Clínica Adrianópolis <clinica@odontoadrianopolis.com.br>", OWDTO, "Reembolso manutenção anual",
    d(2025, 9, 24, 10, 0, AM),
    "Bom dia. Queremos o reembolso do plano anual de manutenção da Clínica Odontológica Adrianópolis "
    "(fatura OWD-2025-3716). O sobrinho do Dr. Alberto se formou em TI e vai cuidar do site.\n\nAtt.,\n"
    "Recepção – Clínica Odontológica Adrianópolis, Manaus\n")],
    [R("deny")],
    spec="O5: service_start 2025-09-01, mail 2025-09-24 19:30 IST, day 23: after 14 days: deny.")

proj("Agro Cerrado Mogiana Hospedagem", "diretoria@agrocerradomogiana.com.br")
owpay("pt_o17", "OWD-2025-3717", "Agro Cerrado Mogiana Hospedagem", "hosting_annual", "11111.00", "1999.98",
      "2025-09-26T14:00:00", setup_fee="1111.00", service_start="2025-10-10")
case("pt-o15-ribeirao-hosting-antes-de-comecar", OWB, "decided", [M(
    "Diretoria Agro Cerrado <diretoria@agrocerradomogiana.com.br>", OWDTO,
    "Cancelamento hospedagem anual OWD-2025-3717 e reembolso", d(2025, 9, 29, 16, 30, BR),
    "Boa tarde.\n\nContratamos a hospedagem anual Agro Cerrado Mogiana Hospedagem (OWD-2025-3717) com início "
    "previsto para 10/10, mas a cooperativa de produtores de cana com quem nos fundimos já tem servidor "
    "próprio. Solicitamos o cancelamento e o reembolso proporcional conforme a política.\n\nAtt.,\n"
    "Eduardo Bertoni Fontana\nDiretor Administrativo\n")],
    [R("approve", "9166.67")], extra_ok=True,
    spec="O5 + section 8 (before the service starts, consumed_months = 1): 11111.00 - 1111.00 - (10000.00/12 = "
         "833.333...) x 1 = 9166.666... -> 9166.67 (half-up once, C6). Cancellation asked for (extra_ok).")

proj("Cervejaria Lúpulo do Vale", "compras@lupulodovale.com.br")
owpay("pt_o18", "OWD-2025-3718", "Cervejaria Lúpulo do Vale", "third_party", "4200.00", "756.00",
      "2025-09-24T14:00:00")
case("pt-o16-joinville-plugin-ssl", OWB, "decided", [M(
    "Compras Lupulo do Vale <compras@lupulodovale.com.br>", OWDTO, "Estorno plugin + SSL OWD-2025-3718",
    d(2025, 9, 26, 10, 0, BR),
    "Bom dia. Na fatura OWD-2025-3718 da Cervejaria Lúpulo do Vale vocês cobraram o plugin premium de loja e "
    "o certificado SSL. Resolvemos vender só pelos distribuidores e não vamos usar a loja. Pedimos o "
    "estorno desses R$... desses 4.200 rúpias.\n\nAtt.,\nGustavo Hoffmann\n")],
    [R("deny")],
    spec="O6: third_party (premium plugin and SSL) is never refundable: deny.")

proj("Portal Transparência Consórcio Entorno", "ascom@consorcioentornodf.org.br")
owpay("pt_o19", "OWD-2025-3719", "Portal Transparência Consórcio Entorno", "change_request", "8500.00", "1530.00",
      "2025-09-25T14:00:00")
case("pt-o17-brasilia-pedido-de-alteracao", OWB, "decided", [M(
    "ASCOM Consórcio Entorno <ascom@consorcioentornodf.org.br>", OWDTO,
    "Solicitação de devolução – OWD-2025-3719", d(2025, 9, 29, 15, 0, BR),
    "Prezados, boa tarde.\n\nReferente ao Portal Transparência Consórcio Entorno: a alteração fora do escopo "
    "(inclusão do módulo de licitações, fatura OWD-2025-3719) foi solicitada pela gestão anterior. A nova "
    "gestão não reconhece a necessidade e pede a devolução do valor.\n\nAtenciosamente,\nAssessoria de "
    "Comunicação\n")],
    [R("deny")],
    spec="O6: change_request (outside the original scope) is never refundable: deny.")

proj("Doces Sírios Aleppo", "contato@docessiriosaleppo.com.br")
owpay("pt_o20", "OWD-2025-3720", "Doces Sírios Aleppo", "deposit", "12000.00", "2160.00", "2025-09-29T14:00:00")
case("pt-o18-arabe-email-pessoal", OWB, "need_info", [M(
    "Nour Al-Khatib <nour.alkhatib.bey@hotmail.com>", OWDTO, "devolver sinal OWD-2025-3720",
    d(2025, 9, 30, 10, 0, BEY),
    "Bom dia. Eu sou Nour, da Doces Sírios Aleppo em São Paulo. Ontem paguei sinal OWD-2025-3720, mas meu "
    "irmão mais velho não aceita, ele diz loja é só de bairro e não precisa site. Por favor devolver sinal. "
    "Eu escrevo do meu hotmail porque estou em Beirute, o e-mail do contrato é "
    "contato@docessiriosaleppo.com.br.\n\nShukran, obrigada\nNour\n")],
    rules=["C2"],
    spec="C2 (Optima, explicit): the sender is not the contract email she names: need_info, write from it; "
         "nothing about the project.")

proj("Instituto Marajoara de Artesanato", "presidencia@institutomarajoara.org.br")
owpay("pt_o21", "OWD-2025-3721", "Instituto Marajoara de Artesanato", "deposit", "22000.00", "3960.00",
      "2025-09-29T14:00:00")
case("pt-o19-belem-thunderbird-encaminhada", OWB, "need_info", [M(
    "Secretaria Instituto Marajoara <secretaria@institutomarajoara.org.br>", OWDTO,
    "Fwd: Devolução sinal OWD-2025-3721", d(2025, 9, 30, 9, 30, BR),
    "Bom dia, encaminho o pedido da nossa presidente.\n\nSecretaria\n\n-------- Mensagem encaminhada "
    "--------\nAssunto: \tDevolução sinal OWD-2025-3721\nData: \tMon, 29 Sep 2025 20:40:11 -0300\nDe: \t"
    "Presidência IMA <presidencia@institutomarajoara.org.br>\nPara: \tSecretaria IMA "
    "<secretaria@institutomarajoara.org.br>\n\nPor favor, peça à Optima a devolução do sinal do site do "
    "Instituto Marajoara de Artesanato: o edital que ia pagar o projeto foi cancelado pela fundação.\n\n"
    "Rosilene\n")],
    rules=["C2"],
    spec="Section 8 forwards: the Thunderbird forward carries the request of the contract email presidencia@; the "
         "sender is secretaria@: C2 need_info.")

proj("Oficina de Bicicletas Pedal Norte", "oficina@pedalnorte.com.br")
owpay("pt_o22", "OWD-2025-3722", "Oficina de Bicicletas Pedal Norte", "deposit", "9000.00", "1620.00",
      "2025-09-29T14:00:00")
owpay("pt_o23", "OWD-2025-3723", "Oficina de Bicicletas Pedal Norte", "setup", "3000.00", "540.00",
      "2025-09-29T14:05:00")
case("pt-o20-campina-dois-pagamentos-sem-fatura", OWB, "need_info", [M(
    "Pedal Norte <oficina@pedalnorte.com.br>", OWDTO, "devolução Pedal Norte",
    d(2025, 9, 30, 10, 40, BR),
    "Bom dia! Sobre a Oficina de Bicicletas Pedal Norte: quero a devolução do pagamento que fiz ontem, "
    "porque um cliente meu que é programador vai fazer o site de graça em troca de revisão da bike dele.\n"
    "Valeu,\nDudu\n")],
    rules=[], missing=["invoice_number"],
    spec="C3: the project has two payments made 2025-09-29 (deposit and setup); which one is not said: need_info "
         "invoice_number.")

proj("Clube Recreativo Açoriano NB", "board@clubeacorianonb.org")
owpay("pt_o24", "OWD-2025-3724", "Clube Recreativo Açoriano NB", "retainer", "6000.00", "1080.00",
      "2025-09-14T14:00:00", period_start="2025-09-14", period_end="2025-10-13",
      next_billing_at="2025-10-14T00:00:00")
case("pt-o21-new-bedford-cancela-sem-motivo", OWB, "need_info", [M(
    "Clube Açoriano Board <board@clubeacorianonb.org>", OWDTO, "Cancel monthly - OWD-2025-3724",
    d(2025, 9, 28, 19, 0, NB),
    "Boa noite,\n\nPor favor cancelem a mensalidade do website do Clube Recreativo Açoriano NB, fatura "
    "OWD-2025-3724, a partir da próxima renovação.\n\nThank you / obrigado,\nJoe Pacheco\nTreasurer\n")],
    rules=[], missing=["reason"],
    spec="C3 + section 8: Optima requires a reason for cancellations too; project and invoice given, no reason: "
         "need_info reason.")

proj("Lunchonete Avila Caracas", "admin@lunchoneteavila.com.ve")
owpay("pt_o25", "OWD-2025-3725", "Lunchonete Avila Caracas", "milestone", "20000.00", "3600.00",
      "2025-09-15T14:00:00", milestone_status="not_started")
case("pt-o22-caracas-fio-motivo-etapa", OWB, "decided", [
    M("Lunchonete Avila <admin@lunchoneteavila.com.ve>", OWDTO, "Reembolso etapa OWD-2025-3725",
      d(2025, 9, 25, 10, 0, CCS),
      "Bom dia, queria pedir o reembolso da etapa do menu digital da Lunchonete Avila Caracas, fatura "
      "OWD-2025-3725.\nObrigado\nLino Fernandes\n"),
    M("Lunchonete Avila <admin@lunchoneteavila.com.ve>", OWDTO, "Re: Reembolso etapa OWD-2025-3725 [OWD-3722]",
      d(2025, 9, 29, 11, 0, CCS),
      "Bom dia. O motivo é que o negócio vai mudar de dono em novembro e o novo dono não quer menu "
      "digital, quer tudo em papel como antigamente.\nLino\n\n> Para analisarmos o pedido, indique o "
      "motivo. [OWD-3722]\n",
      headers={"_irt": "<owd-3722.reply@optimawebdesign.com>"})],
    [R("approve", "20000.00")],
    spec="C3 thread: the reason comes in the answer; milestone OWD-2025-3725 not_started: O3 approve 20000.00.")

proj("Turismo Rural Herdade do Sobral", "reservas@herdadedosobral.pt")
owpay("pt_o26", "OWD-2025-3726", "Turismo Rural Herdade do Sobral", "deposit", "15000.00", "2700.00",
      "2025-09-15T14:00:00")
case("pt-o23-evora-advogado", OWB, "decided", [M(
    "Herdade do Sobral <reservas@herdadedosobral.pt>", OWDTO, "Sinal OWD-2025-3726 – última tentativa",
    d(2025, 9, 29, 17, 0, PT),
    "Boa tarde.\n\nPagámos o sinal do projeto Turismo Rural Herdade do Sobral (OWD-2025-3726) há duas semanas e "
    "ninguém nos contactou. Queremos a devolução. Se não recebermos resposta até sexta, o assunto segue "
    "para o nosso advogado.\n\nVasco Mendonça\n")],
    [R("escalate")], rules=["C4"],
    spec="C4: a lawyer is threatened: escalate (O2 alone would deny: two weeks after payment).")

case("pt-o24-resposta-automatica-ferias", OWB, "ignore", [M(
    "Monte da Ribeira <geral@montedaribeira.pt>", OWDTO,
    "Ausência do escritório: Re: Cancelamento da avença mensal [OWD-3711]", d(2025, 9, 30, 11, 5, PT),
    "Estamos de férias até 13 de outubro. Para reservas urgentes ligue para o telemóvel da herdade.\n",
    headers={"Auto-Submitted": "auto-replied", "_irt": "<owd-3711.reply@optimawebdesign.com>"})],
    rules=["C7"], spec="C7: Auto-Submitted: auto-replied (out-of-office): ignore.")

case("pt-o25-juiz-de-fora-orcamento", OWB, "other", [M(
    "Ateliê de Noivas Halfeld <atelie@noivashalfeld.com.br>", OWDTO, "orçamento loja virtual",
    d(2025, 9, 30, 15, 20, BR),
    "Boa tarde! Esqueçam o pedido do sinal, minha mãe me explicou a regra e já entendi, está tudo bem. "
    "Agora outra coisa: quanto custaria uma lojinha virtual para vender véus e grinaldas pelo Brasil "
    "todo?\n\nBeijos,\nBeatriz\n")],
    spec="A quote question; 'esqueçam o pedido do sinal' withdraws the earlier refund: other.")


if __name__ == "__main__":
    # the cases above were written as the module ran; now the ledger and the expectations
    (HERE / "ledger.json").write_text(json.dumps(LEDGER, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (HERE / "expected.json").write_text(json.dumps({"cases": CASES}, ensure_ascii=False, indent=1) + "\n",
                                        encoding="utf-8")
    print(f"{len(CASES)} cases, {len(LEDGER['payments'])} payments")
