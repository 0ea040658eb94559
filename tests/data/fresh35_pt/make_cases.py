#!/usr/bin/env python3
"""fresh35_pt: held-out Portuguese cases for mailbot (the agreste of Pernambuco, Tocantins, Rondônia,
Roraima with Venezuelans writing Portuguese, Brazilians in Framingham/Boston, Portuguese emigrants in
Andorra and Germany, the Ribatejo/Santarém, Portuguese written by Chinese speakers).

Stdlib only, deterministic.  Running it writes ledger.json, emails/*.eml and expected.json beside this
file.  MIT, like the project; all text, names and firms invented for this project.
"""
from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
IST = timezone(timedelta(hours=5, minutes=30))
LOB, OWB = "leadsoptima", "optima_webdesign"
SUP = "LeadsOptima <support@leadsoptima.com>"
OWDTO = "Optima WebDesign <optimawebdesigns12@gmail.com>"
TAX = {"1499.00": "269.82", "3999.00": "719.82", "11988.00": "2157.84"}

LEDGER = {"customers": [], "projects": [], "payments": []}
(HERE / "emails").mkdir(exist_ok=True)
for _old in (HERE / "emails").glob("*.eml"):
    _old.unlink()
CASES = []


def tz(h, m=0):
    return timezone(timedelta(hours=h, minutes=m))


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
    return {"from": frm, "to": to, "subject": subject, "when": when, "body": body, "html": html,
            "headers": headers or {}, "reply_to": reply_to}


def d(y, mo, dd, h, mi, zone):
    return datetime(y, mo, dd, h, mi, tzinfo=zone)


def day_n(when, paid_at):
    """Calendar days (Asia/Kolkata) from a naive-IST ledger time to an email's Date."""
    return (when.astimezone(IST).date() - date.fromisoformat(paid_at[:10])).days


def hours(when, paid_at):
    return (when - datetime.fromisoformat(paid_at).replace(tzinfo=IST)).total_seconds() / 3600


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
        msg.set_content(m["body"], subtype="html" if m["html"] else "plain")
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


def write_out():
    (HERE / "ledger.json").write_text(json.dumps(LEDGER, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (HERE / "expected.json").write_text(json.dumps({"cases": CASES}, ensure_ascii=False, indent=1) + "\n",
                                        encoding="utf-8")
    print(f"{len(CASES)} cases, {len(LEDGER['payments'])} payments")

ROUND, LANG = "fresh35", "pt"
SUP = "Suporte LeadsOptima <support@leadsoptima.com>"
# UTC offsets in September 2025: Pernambuco, Tocantins, São Paulo -03; Rondônia, Roraima -04;
# Massachusetts (EDT) -04; Andorra and Germany (CEST) +02; mainland Portugal (WEST) +01.
PE, TO, SP, RO, RR, BOS, AD, DE, PT = tz(-3), tz(-3), tz(-3), tz(-4), tz(-4), tz(-4), tz(2), tz(2), tz(1)

# ---------------------------------------------------------------------------------------------
# LeadsOptima
# ---------------------------------------------------------------------------------------------

cust("jeansdotoritama@gmail.com", "Jeans do Toritama", "monthly", start="2025-09-24", end="2025-10-23")
lopay("pt5_p01", "LO-INV-35201", "jeansdotoritama@gmail.com", "monthly", "1499.00", "2025-09-24T14:00:00",
      "2025-09-24", "2025-10-23")
lopay("pt5_p02", "LO-INV-35202", "jeansdotoritama@gmail.com", "monthly", "1499.00", "2025-09-24T14:01:00",
      "2025-09-24", "2025-10-23")
W = d(2025, 9, 25, 7, 40, PE)
assert day_n(W, "2025-09-24T14:01:00") == 1
case("pt-l01-toritama-jeans-cobranca-dupla", LOB, "decided", [M(
    "Jeans do Toritama <jeansdotoritama@gmail.com>", SUP, "cobrança em dobro!!", W,
    "Bom dia, oxe, olhei o extrato agora cedo e vocês me cobraram duas vezes a mensalidade ontem, "
    "quarta-feira, um minutinho de diferença uma da outra: LO-INV-35201 e LO-INV-35202. Só tenho um plano. "
    "Quero a devolução da segunda cobrança que foi em duplicidade. Aqui em Toritama a gente trabalha de "
    "segunda a segunda na facção, não tenho tempo de ficar ligando pro banco não.\n\nAtt,\nEdvaldo Bezerra\n"
    "Jeans do Toritama - Agreste de Pernambuco\n")],
    [R("approve", "1499.00")],
    spec="L4 duplicate: two monthly charges 2025-09-24 IST same period; mail 2025-09-25 07:40 -03 = 16:10 IST, "
         "day 1: approve the later charge 1499.00 before tax.")

cust("financeiro@laticiniosgaranhuns.com.br", "Laticínios Serra de Garanhuns", "quarterly", start="2025-09-18",
     end="2025-12-17")
lopay("pt5_p03", "LO-INV-35203", "financeiro@laticiniosgaranhuns.com.br", "quarterly", "3999.00",
      "2025-09-18T15:00:00", "2025-09-18", "2025-12-17")
lopay("pt5_p04", "LO-INV-35204", "financeiro@laticiniosgaranhuns.com.br", "quarterly", "3999.00",
      "2025-09-18T15:02:00", "2025-09-18", "2025-12-17")
W = d(2025, 9, 25, 22, 0, PE)
assert day_n(W, "2025-09-18T15:02:00") == 8
case("pt-l02-garanhuns-laticinio-noite-dia-oito", LOB, "decided", [M(
    "Financeiro Laticínios Serra <financeiro@laticiniosgaranhuns.com.br>", SUP,
    "Cobrança duplicada plano trimestral", W,
    "Boa noite.\n\nNo dia 18/09 (quinta) foram debitadas duas vezes o plano trimestral, faturas LO-INV-35203 e "
    "LO-INV-35204. Hoje é dia 25, então ainda estou nos 7 dias da política. Solicito o estorno da cobrança "
    "duplicada.\n\nAtenciosamente,\nMaria do Socorro Lins\nFinanceiro - Laticínios Serra de Garanhuns\n")],
    [R("deny")],
    spec="L3: charges 2025-09-18 IST; mail 2025-09-25 22:00 -03 = 2025-09-26 06:30 IST, day 8 in the brand's "
         "zone: deny (the customer counts in her own zone).")

cust("secretaria@igrejavidanovapalmas.org.br", "Comunidade Vida Nova Palmas", "monthly", start="2025-09-27",
     end="2025-10-26")
for pid, inv, t in (("pt5_p05", "LO-INV-35205", "16:00"), ("pt5_p06", "LO-INV-35206", "16:00"),
                    ("pt5_p07", "LO-INV-35207", "16:04")):
    lopay(pid, inv, "secretaria@igrejavidanovapalmas.org.br", "monthly", "1499.00", f"2025-09-27T{t}:00",
          "2025-09-27", "2025-10-26")
W = d(2025, 9, 29, 14, 0, TO)
assert day_n(W, "2025-09-27T16:00:00") == 2
case("pt-l03-palmas-tesoureira-tres-cobrancas", LOB, "decided", [M(
    "Secretaria Vida Nova <secretaria@igrejavidanovapalmas.org.br>", SUP, "3 cobranças iguais no sábado", W,
    "Boa tarde, paz do Senhor.\n\nSou a tesoureira da comunidade aqui em Palmas - TO. No sábado (27) "
    "apareceram três cobranças iguais da mensalidade no cartão da igreja: LO-INV-35205, LO-INV-35206 e "
    "LO-INV-35207, R$... quer dizer, INR 1.499,00 cada. Temos uma assinatura só. Peço a devolução das duas "
    "cobranças a mais, que é dinheiro do dízimo e preciso prestar contas no conselho.\n\n"
    "Irmã Rosilene Aguiar\nTesouraria\n")],
    [R("approve", "2998.00")],
    spec="Section 8 three identical charges 2025-09-27 same period; mail 2025-09-29 22:30 IST, day 2: the two "
         "later charges are duplicates inside L3: 1499.00 + 1499.00 = 2998.00.")

cust("contato@mudancasaraguaia.com.br", "Mudanças Araguaia", "quarterly", start="2025-09-23", end="2025-12-22")
lopay("pt5_p08", "LO-INV-35208", "contato@mudancasaraguaia.com.br", "quarterly", "3999.00", "2025-09-23T13:30:00",
      "2025-09-23", "2025-12-22")
W = d(2025, 9, 26, 8, 15, TO)
assert day_n(W, "2025-09-23T13:30:00") == 3
case("pt-l04-araguaina-mudancas-sem-acesso", LOB, "decided", [M(
    "Mudanças Araguaia <contato@mudancasaraguaia.com.br>", SUP, "não consigo acessar a plataforma", W,
    "Bom dia. Sou da Mudanças Araguaia, fazemos mudança e frete de Araguaína pra Imperatriz, Goiânia e "
    "Brasília. Desde terça, quando renovou o trimestral, não consigo acessar a plataforma: coloco a senha, "
    "ela aceita e depois volta pra tela de login, um looping. Já troquei a senha duas vezes. Se não tiver "
    "solução quero o reembolso desse trimestre.\n\nAdailton Sousa\n")],
    [R("escalate")],
    spec="L6 access_failure: charge 2025-09-23 IST, mail 2025-09-26 16:45 IST, day 3: escalate (the account's "
         "one payment).")

cust("adm@acaiportovelho.com.br", "Açaí do Madeira", "monthly", start="2025-09-22", end="2025-10-21")
lopay("pt5_p09", "LO-INV-35209", "adm@acaiportovelho.com.br", "annual", "11988.00", "2025-09-22T14:30:00",
      "2025-09-22", "2026-09-21")
W = d(2025, 9, 24, 9, 0, RO)
assert day_n(W, "2025-09-22T14:30:00") == 2
case("pt-l05-porto-velho-acai-valor-errado", LOB, "decided", [M(
    "Açaí do Madeira <adm@acaiportovelho.com.br>", SUP, "Valor errado na fatura LO INV 35209", W,
    "Bom dia pessoal, tudo bem?\n\nAqui é o Júnior da Açaí do Madeira, Porto Velho. Nosso plano é o mensal, "
    "sempre foi, mas na segunda veio cobrança de 11.988 rúpias como se fosse anual. Isso é valor errado, eu "
    "não pedi mudança de plano. Preciso que corrijam e devolvam.\n\nValeu,\nJúnior Oliveira\n")],
    [R("escalate")],
    spec="L2 billing_error (wrong amount/plan): charge 2025-09-22 IST, mail 2025-09-24 18:30 IST, day 2: L5 "
         "escalate (invoice typed with spaces, section 8).")

cust("cafe@cafedosertanejojp.com.br", "Café do Sertanejo", "quarterly", start="2025-09-25", end="2025-12-24")
lopay("pt5_p10", "LO-INV-35210", "cafe@cafedosertanejojp.com.br", "quarterly", "3999.00", "2025-09-25T15:00:00",
      "2025-09-25", "2025-12-24")
W = d(2025, 9, 27, 10, 0, RO)
case("pt-l06-ji-parana-cafe-desistiu", LOB, "decided", [M(
    "Café do Sertanejo <cafe@cafedosertanejojp.com.br>", SUP, "quero meu dinheiro de volta", W,
    "Bom dia. Assinei o plano trimestral na quinta mas conversei com meu sócio e a gente desistiu, achamos "
    "caro demais pra um café pequeno do interior de Rondônia. Nem cheguei a configurar nada. Quero o "
    "reembolso do valor.\n\nKleber Rocha\nJi-Paraná - RO\n")],
    [R("deny")],
    spec="L1: changed mind / too expensive is none of L2's reasons: deny (cancellation offered), although "
         "inside L3 (day 2).")

cust("contacto@arepasdelaguayana.com.br", "Arepas de la Guayana", "monthly", start="2025-09-14", end="2025-10-13")
lopay("pt5_p11", "LO-INV-35211", "contacto@arepasdelaguayana.com.br", "monthly", "1499.00", "2025-09-14T14:00:00",
      "2025-09-14", "2025-10-13")
case("pt-l07-boa-vista-venezuelana-cancela", LOB, "decided", [M(
    "Arepas de la Guayana <contacto@arepasdelaguayana.com.br>", SUP, "cancelar asinatura",
    d(2025, 9, 29, 16, 30, RR),
    "Boa tarde, buenas tardes. Disculpa meu português, sou venezuelana e moro em Boa Vista faz três anos. Quero "
    "cancelar a asinatura mensal da loja de arepas. O motivo é que vamos mudar o negócio para Manaus e lá vou "
    "usar outro sistema que meu primo já tem. Obrigada, gracias.\n\nYelitza Rondón\n")],
    [X("cancel", "2025-10-13")],
    spec="L8 cancellation, monthly, current_period_end 2025-10-13. Portuguese mixed with Spanish.")

cust("vendas@pacaraimacambio.com.br", "Pacaraima Variedades", "monthly", start="2025-09-26", end="2025-10-25")
lopay("pt5_p12", "LO-INV-35212", "vendas@pacaraimacambio.com.br", "monthly", "1499.00", "2025-09-26T13:30:00",
      "2025-09-26", "2025-10-25")
lopay("pt5_p13", "LO-INV-35213", "vendas@pacaraimacambio.com.br", "monthly", "1499.00", "2025-09-26T13:31:00",
      "2025-09-26", "2025-10-25")
W = d(2025, 9, 28, 19, 30, RR)
assert day_n(W, "2025-09-26T13:31:00") == 3
case("pt-l08-pacaraima-portunhol-cobrado-duas-vezes", LOB, "decided", [M(
    "Pacaraima Variedades <vendas@pacaraimacambio.com.br>", SUP, "me cobraram dos veces", W,
    "Boa noite. Escrevo desde Pacaraima, na fronteira com Santa Elena de Uairén. Me cobraram duas vezes a "
    "mensalidade na sexta, dos cobros iguais, LO-INV-35212 e LO-INV-35213. Por favor devolvam o segundo cobro "
    "que está duplicado. Muito obrigado, chévere.\n\nJosé Gregorio Pérez\n")],
    [R("approve", "1499.00")],
    spec="L4: two charges 2025-09-26 same period; mail 2025-09-28 19:30 -04 = 2025-09-29 05:00 IST, day 3: "
         "approve the later charge 1499.00.")

cust("office@limpezaframingham.com", "Brilho Cleaning Services", "annual", start="2025-09-17", end="2026-09-16")
lopay("pt5_p14", "LO-INV-35214", "office@limpezaframingham.com", "annual", "11988.00", "2025-09-17T15:00:00",
      "2025-09-17", "2026-09-16")
case("pt-l09-framingham-cancela-e-pede-resto", LOB, "decided", [M(
    "Brilho Cleaning Services <office@limpezaframingham.com>", SUP, "Cancel / cancelamento + refund",
    d(2025, 9, 28, 21, 0, BOS),
    "Oi, boa noite. Quero cancelar o plano anual da Brilho Cleaning. A gente perdeu dois contratos grandes "
    "de condomínio em Natick e vou ter que cortar custos. E como paguei o ano todo faz poucos dias, quero o "
    "refund dos meses que não vou usar, né, onze meses.\n\nThanks,\nLucimar Ferreira\nFramingham, MA\n")],
    [R("deny"), X("cancel", "2026-09-16")],
    spec="Refund of unused months: L1/L8 no partial refunds; also L3 (charge 2025-09-17, mail 2025-09-29 06:30 "
         "IST, day 12): deny. Cancellation: L8 effective current_period_end 2026-09-16.")

cust("sparkleclean.allston@gmail.com", "Sparkle Clean Allston", "quarterly")
lopay("pt5_p15", "LO-INV-35215", "sparkleclean.allston@gmail.com", "quarterly", "3999.00", "2025-08-29T15:00:00",
      "2025-08-29", "2025-11-28")
case("pt-l10-boston-filho-escreve-pela-mae", LOB, "decided", [M(
    "Sparkle Clean <sparkleclean.allston@gmail.com>", SUP, "cancelar plano da minha mãe",
    d(2025, 9, 27, 17, 0, BOS),
    "Hi, oi. Sou o Matheus, tenho 16 anos, estou escrevendo pela minha mãe (Rosângela) porque ela não escreve "
    "bem em inglês nem no computador. Ela quer cancelar o plano trimestral da Sparkle Clean, porque agora ela "
    "trabalha só com duas casas fixas em Brighton e não precisa mais de clientes novos. A conta é esse e-mail "
    "mesmo. Obrigado!\n\nMatheus (for Rosângela Prado)\n")],
    [X("cancel", "2025-11-28")],
    spec="L8 fallback: no current_period_end; last charge 2025-08-29 IST + 3 months - 1 day = 2025-11-28.")

cust("obras.portela.ad@gmail.com", "Construccions Portela", "annual", start="2025-09-27", end="2026-09-26")
lopay("pt5_p16", "LO-INV-35216", "obras.portela.ad@gmail.com", "annual", "11988.00", "2025-09-27T14:00:00",
      "2025-09-27", "2026-09-26")
lopay("pt5_p17", "LO-INV-35217", "obras.portela.ad@gmail.com", "annual", "11988.00", "2025-09-27T14:03:00",
      "2025-09-27", "2026-09-26")
W = d(2025, 9, 29, 19, 30, AD)
assert day_n(W, "2025-09-27T14:03:00") == 2
case("pt-l11-andorra-construtor-sem-banco", LOB, "decided", [M(
    "Construccions Portela <obras.portela.ad@gmail.com>", SUP, "Pagamento em duplicado plano anual", W,
    "Boa noite,\n\nSou o Abílio Portela, tenho uma empresa de construção em Encamp, Andorra, há 22 anos (sou "
    "de Chaves). No sábado o plano anual foi cobrado duas vezes: LO-INV-35216 e LO-INV-35217. O gestor do banco "
    "aqui em Andorra disse-me para reclamar ao banco, mas eu não quero reclamações no banco, "
    "prefiro tratar com vocês a bem. Peço que devolvam o pagamento em duplicado.\n\nCumprimentos,\n"
    "Abílio Portela\n")],
    [R("approve", "11988.00")],
    spec="Section 8 / C4: the customer rules out a bank complaint: no threat (no lawyer, court or right named). L4 duplicate annual "
         "2025-09-27, mail 2025-09-29 23:00 IST, day 2: approve the later charge 11988.00.")

cust("pastelaria.lisboa.stgt@web.de", "Pastelaria Lisboa Stuttgart", "annual", start="2025-01-20", end="2026-01-19")
lopay("pt5_p18", "LO-INV-35218", "pastelaria.lisboa.stgt@web.de", "annual", "11988.00", "2025-01-20T14:00:00",
      "2025-01-20", "2026-01-19")
case("pt-l12-stuttgart-pastelaria-cancela-anual", LOB, "decided", [M(
    "Pastelaria Lisboa <pastelaria.lisboa.stgt@web.de>", SUP, "Kündigung / cancelamento do plano anual",
    d(2025, 9, 26, 15, 10, DE),
    "Boa tarde,\n\nVenho pedir o cancelamento do plano anual da Pastelaria Lisboa (Stuttgart-Bad Cannstatt). "
    "Vamos trespassar a pastelaria no fim do ano e o novo dono é alemão e tem o sistema dele. Sei que fica "
    "ativo até ao fim do período.\n\nMit freundlichen Grüßen / com os melhores cumprimentos,\nFernanda Amaral\n")],
    [X("cancel", "2026-01-19")],
    spec="L8 cancellation, annual, current_period_end 2026-01-19.")

cust("geral@melaodealmeirim.pt", "Melões de Almeirim", "monthly", start="2025-09-16", end="2025-10-15")
lopay("pt5_p19", "LO-INV-35219", "geral@melaodealmeirim.pt", "monthly", "1499.00", "2025-09-16T14:00:00",
      "2025-09-16", "2025-10-15")
W = d(2025, 9, 25, 11, 0, PT)
assert day_n(W, "2025-09-16T14:00:00") == 9
case("pt-l13-almeirim-acesso-fora-prazo", LOB, "decided", [M(
    "Melões de Almeirim <geral@melaodealmeirim.pt>", SUP, "Reembolso - plataforma não abre", W,
    "Bom dia.\n\nDesde o dia 16, quando foi cobrada a mensalidade (LO-INV-35219), a plataforma não carrega no "
    "nosso computador do escritório. Andámos na apanha do melão e do tomate e só agora tive tempo de "
    "escrever. Solicito o reembolso da mensalidade.\n\nCom os melhores cumprimentos,\nJoaquim Caniço\n"
    "Almeirim, Ribatejo\n")],
    [R("deny")],
    spec="L3: access_failure but charge 2025-09-16 IST, mail 2025-09-25 15:30 IST, day 9: deny.")

cust("lojahuali.bras@gmail.com", "Loja Hua Li", "monthly", start="2025-09-28", end="2025-10-27")
lopay("pt5_p20", "LO-INV-35220", "lojahuali.bras@gmail.com", "monthly", "1499.00", "2025-09-28T16:00:00",
      "2025-09-28", "2025-10-27")
lopay("pt5_p21", "LO-INV-35221", "lojahuali.bras@gmail.com", "monthly", "1499.00", "2025-09-28T16:00:30",
      "2025-09-28", "2025-10-27")
W = d(2025, 9, 29, 9, 20, SP)
assert day_n(W, "2025-09-28T16:00:30") == 1
case("pt-l14-bras-chines-pagou-duas-vezes", LOB, "decided", [M(
    "Loja Hua Li 华丽 <lojahuali.bras@gmail.com>", SUP, "pagou duas vezes", W,
    "Bom dia senhor. Eu Li Wei, loja Hua Li na rua Oriente, Brás. Ontem domingo sistema cobrar mensalidade "
    "duas vez, mesmo valor, mesmo hora. Eu pagou duas vezes. Segundo nota é lo-inv 35221. Por favor devolver "
    "segundo pagamento. Muito obrigado 谢谢.\n\nLi Wei\n")],
    [R("approve", "1499.00")],
    spec="L4: two charges 2025-09-28 same period; mail 2025-09-29 17:50 IST, day 1; 'lo-inv 35221' is "
         "LO-INV-35221: approve 1499.00.")

cust("contato@bordadoscaruaru.com.br", "Bordados Caruaru", "monthly", start="2025-09-27", end="2025-10-26")
lopay("pt5_p22", "LO-INV-35222", "contato@bordadoscaruaru.com.br", "monthly", "1499.00", "2025-09-27T14:00:00",
      "2025-09-27", "2025-10-26")
lopay("pt5_p23", "LO-INV-35223", "contato@bordadoscaruaru.com.br", "monthly", "1499.00", "2025-09-27T14:02:00",
      "2025-09-27", "2025-10-26")
case("pt-l15-caruaru-gmail-pessoal", LOB, "need_info", [M(
    "Josefa Cavalcanti <zefinha.cavalcanti@gmail.com>", SUP, "cobrança duplicada Bordados Caruaru",
    d(2025, 9, 28, 10, 0, PE),
    "Bom dia. Tô escrevendo do meu e-mail pessoal porque o da loja quem mexe é minha filha. A conta é "
    "contato@bordadoscaruaru.com.br. Ontem cobraram duas vezes a mensalidade, a repetida é LO-INV-35223. Peço "
    "a devolução.\n\nJosefa\nBordados Caruaru - Feira de Caruaru\n")],
    rules=["C2"],
    spec="C2: the sender is not the registered email she names: ask her to write from it, nothing about the account.")

cust("fazendaboaesperanca.to@gmail.com", "Fazenda Boa Esperança", "quarterly", start="2025-09-24", end="2025-12-23")
lopay("pt5_p24", "LO-INV-35224", "fazendaboaesperanca.to@gmail.com", "quarterly", "3999.00", "2025-09-24T15:30:00",
      "2025-09-24", "2025-12-23")
case("pt-l16-gurupi-assistente-contabil-encaminha", LOB, "need_info", [M(
    "Thaís Barbosa <thais@contabilidadecerrado.com.br>", SUP, "ENC: cobrança errada LeadsOptima",
    d(2025, 9, 26, 11, 0, TO),
    "Bom dia, encaminho a solicitação do nosso cliente. Qualquer dúvida podem falar comigo, sou assistente "
    "do escritório de contabilidade.\n\nThaís Barbosa\nContabilidade Cerrado - Gurupi/TO\n\n"
    "________________________________\nDe: Fazenda Boa Esperança <fazendaboaesperanca.to@gmail.com>\n"
    "Enviado: quinta-feira, 25 de setembro de 2025 18:22\nPara: Thaís Barbosa <thais@contabilidadecerrado.com.br>\n"
    "Assunto: cobrança errada LeadsOptima\n\nThaís, a LeadsOptima cobrou o trimestral com valor errado, maior "
    "do que o combinado, fatura LO-INV-35224. Pede pra eles reverem e devolverem a diferença. O cadastro lá é "
    "no fazendaboaesperanca.to@gmail.com.\nSeu Valdir\n")],
    rules=["C2"],
    spec="Section 8 forwards: the Outlook forward (ENC:) carries a request naming registered "
         "fazendaboaesperanca.to@gmail.com; the sender is the accountant's assistant: C2 need_info.")

cust("ola@tascadoze.de", "Tasca do Zé Hamburg", "monthly", start="2025-09-12", end="2025-10-11")
lopay("pt5_p25", "LO-INV-35225", "ola@tascadoze.de", "monthly", "1499.00", "2025-09-12T14:00:00",
      "2025-09-12", "2025-10-11")
case("pt-l17-hamburgo-tasca-endereco-tag", LOB, "need_info", [M(
    "Tasca do Zé <ola+leadsoptima@tascadoze.de>", SUP, "Cancelar assinatura", d(2025, 9, 27, 12, 30, DE),
    "Olá, boa tarde. Queria cancelar a assinatura mensal da Tasca do Zé (Hamburgo, perto do Portugiesenviertel). "
    "Os clientes vêm todos de boca em boca e não estamos a tirar partido da plataforma.\nZé Manel\n")],
    rules=["C2"],
    spec="Section 8 addresses: ola+leadsoptima@ is another address than registered ola@tascadoze.de: C2 need_info.")

cust("peixariamadeira@gmail.com", "Peixaria Rio Madeira", "monthly", start="2025-09-23", end="2025-10-22")
lopay("pt5_p26", "LO-INV-35226", "peixariamadeira@gmail.com", "monthly", "1499.00", "2025-09-23T14:00:00",
      "2025-09-23", "2025-10-22")
case("pt-l18-porto-velho-responder-para", LOB, "need_info", [M(
    "Francisco Lopes <chico.lopes.pvh@hotmail.com>", SUP, "cobraram a mais", d(2025, 9, 25, 15, 0, RO),
    "Boa tarde. Sou dono da Peixaria Rio Madeira. Cobraram a mais na mensalidade, veio um valor maior do que "
    "o plano, fatura LO-INV-35226. Respondam no e-mail da peixaria que coloquei no responder para.\nChico\n",
    reply_to="peixariamadeira@gmail.com")],
    rules=["C2"],
    spec="Section 8: the sender is the From address; Reply-To never verifies: C2 need_info.")

cust("escritorio@adegadoribatejo.pt", "Adega do Ribatejo Cartaxo", "monthly", start="2025-09-19", end="2025-10-18")
lopay("pt5_p27", "LO-INV-35227", "escritorio@adegadoribatejo.pt", "monthly", "1499.00", "2025-08-19T14:00:00",
      "2025-08-19", "2025-09-18")
lopay("pt5_p28", "LO-INV-35228", "escritorio@adegadoribatejo.pt", "monthly", "1499.00", "2025-09-19T14:00:00",
      "2025-09-19", "2025-10-18")
case("pt-l19-santarem-sem-fatura", LOB, "need_info", [M(
    "Adega do Ribatejo <escritorio@adegadoribatejo.pt>", SUP, "Valor cobrado incorreto", d(2025, 9, 22, 10, 0, PT),
    "Bom dia,\n\nFoi-nos debitado um valor incorreto pela LeadsOptima, não corresponde ao preço do plano. Não "
    "tenho aqui a fatura (a colega da contabilidade está de férias), mas peço que verifiquem e devolvam o que "
    "foi cobrado a mais.\n\nCumprimentos,\nInês Rosado\nSantarém\n")],
    missing=["invoice_number"],
    spec="C3: billing-error refund; the account holds two payments and no invoice is named: need_info invoice_number.")

cust("diretoria@colegioaraguaiagurupi.com.br", "Colégio Araguaia Gurupi", "quarterly", start="2025-09-24",
     end="2025-12-23")
lopay("pt5_p29", "LO-INV-35229", "diretoria@colegioaraguaiagurupi.com.br", "quarterly", "3999.00",
      "2025-09-24T15:00:00", "2025-09-24", "2025-12-23")
case("pt-l20-gurupi-venho-por-meio-sem-motivo", LOB, "need_info", [M(
    "Diretoria Colégio Araguaia <diretoria@colegioaraguaiagurupi.com.br>", SUP,
    "Solicitação de reembolso - LO-INV-35229", d(2025, 9, 25, 9, 30, TO),
    "Prezados,\n\nVenho por meio deste solicitar o reembolso referente à fatura LO-INV-35229, plano trimestral.\n"
    "\nSem mais para o momento, aguardo retorno.\n\nAtenciosamente,\nProfa. Dra. Célia Maria Nunes\nDiretora\n"
    "Colégio Araguaia - Gurupi/TO\n")],
    missing=["reason"],
    spec="C3 / section 8: restating the request is not a reason; invoice and plan known: need_info reason.")

cust("contato@acaiteriamarlboro.com", "Açaiteria Marlboro", "monthly", start="2025-09-25", end="2025-10-24")
lopay("pt5_p30", "LO-INV-35230", "contato@acaiteriamarlboro.com", "monthly", "1499.00", "2025-09-25T14:30:00",
      "2025-09-25", "2025-10-24")
lopay("pt5_p31", "LO-INV-35231", "contato@acaiteriamarlboro.com", "monthly", "1499.00", "2025-09-25T14:32:00",
      "2025-09-25", "2025-10-24")
W = d(2025, 9, 26, 9, 0, BOS)
assert day_n(W, "2025-09-25T14:32:00") == 1
case("pt-l21-marlborough-acaiteria-hilo-motivo", LOB, "decided", [
    M("Açaiteria <contato@acaiteriamarlboro.com>", SUP, "Refund LO-INV-35231", W,
      "Bom dia, quero o reembolso da LO-INV-35231 por favor. Obrigada\nGisele\n"),
    M("Açaiteria <contato@acaiteriamarlboro.com>", SUP, "Re: Refund LO-INV-35231 [LO-3681]",
      d(2025, 9, 30, 12, 0, BOS),
      "Desculpa, esqueci de falar: foi cobrado em duplicidade, veio a 35230 e a 35231 no mesmo dia, mesmo "
      "valor. A segunda é a que quero de volta.\nGisele\n\n"
      "Em ter., 30 de set. de 2025 às 07:15, Suporte LeadsOptima <support@leadsoptima.com> escreveu:\n"
      "> Para dar seguimento, precisamos do motivo do pedido. [LO-3681]\n",
      headers={"_irt": "<lo-3681.reply@leadsoptima.com>"})],
    [R("approve", "1499.00")],
    spec="C3 thread: the answer gives the reason (duplicate); request time = first mail 2025-09-26 18:30 IST, "
         "day 1: L4 approve the later charge 1499.00 (the answer on day 5 does not move the window).")

cust("loja@selariacartaxo.pt", "Selaria do Cartaxo", "quarterly", start="2025-09-20", end="2025-12-19")
lopay("pt5_p32", "LO-INV-35232", "loja@selariacartaxo.pt", "quarterly", "3999.00", "2025-06-20T14:00:00",
      "2025-06-20", "2025-09-19")
lopay("pt5_p33", "LO-INV-35233", "loja@selariacartaxo.pt", "quarterly", "3999.00", "2025-09-20T14:00:00",
      "2025-09-20", "2025-12-19")
W = d(2025, 9, 24, 17, 0, PT)
assert day_n(W, "2025-09-20T14:00:00") == 4
case("pt-l22-cartaxo-hilo-fatura-valor", LOB, "decided", [
    M("Selaria do Cartaxo <loja@selariacartaxo.pt>", SUP, "Cobrança com valor errado", W,
      "Boa tarde. A última renovação do trimestral veio com um valor errado, mais alto do que o habitual. "
      "Peço a devolução da diferença ou do total.\nArmando Pisco\n"),
    M("Selaria do Cartaxo <loja@selariacartaxo.pt>", SUP, "RE: Cobrança com valor errado [LO-3682]",
      d(2025, 9, 26, 10, 0, PT),
      "Bom dia, a fatura é a LO-INV-35233.\nArmando Pisco\n\n"
      "-----Mensagem original-----\nDe: Suporte LeadsOptima <support@leadsoptima.com>\nEnviada: 25 de setembro "
      "de 2025 09:10\nAssunto: Cobrança com valor errado [LO-3682]\n\nIndique-nos o número da fatura, por favor.\n",
      headers={"_irt": "<lo-3682.reply@leadsoptima.com>"})],
    [R("escalate")],
    spec="C3 thread: the answer names LO-INV-35233 (2025-09-20); first mail 2025-09-24 21:30 IST, day 4: L5 "
         "billing_error escalate.")

cust("farmaciadocaimbe.rr@gmail.com", "Farmácia do Caimbé", "monthly", start="2025-09-28", end="2025-10-27")
lopay("pt5_p34", "LO-INV-35234", "farmaciadocaimbe.rr@gmail.com", "monthly", "1499.00", "2025-09-28T15:00:00",
      "2025-09-28", "2025-10-27")
lopay("pt5_p35", "LO-INV-35235", "farmaciadocaimbe.rr@gmail.com", "monthly", "1499.00", "2025-09-28T15:01:00",
      "2025-09-28", "2025-10-27")
case("pt-l23-boa-vista-contestar-cartao", LOB, "decided", [M(
    "Farmácia do Caimbé <farmaciadocaimbe.rr@gmail.com>", SUP, "COBRANÇA DUPLICADA", d(2025, 9, 29, 8, 0, RR),
    "Bom dia. Ontem foram feitas duas cobranças iguais da mensalidade (LO-INV-35234 e LO-INV-35235). Quero o "
    "dinheiro da segunda de volta até amanhã. Se não resolverem, vou contestar a compra no cartão e pedir "
    "chargeback das duas.\n\nRaimundo Nonato Farias\n")],
    [R("escalate")], rules=["C4"],
    spec="C4: a card dispute / chargeback threat escalates the whole case, even an approvable duplicate.")

cust("oficina@motoecaariquemes.com.br", "Moto Peças Ariquemes", "monthly", start="2025-09-21", end="2025-10-20")
lopay("pt5_p36", "LO-INV-35236", "oficina@motoecaariquemes.com.br", "monthly", "1499.00", "2025-09-21T14:00:00",
      "2025-09-21", "2025-10-20")
case("pt-l24-ariquemes-juizado-cancela", LOB, "decided", [M(
    "Moto Peças Ariquemes <oficina@motoecaariquemes.com.br>", SUP, "cancelamento", d(2025, 9, 26, 15, 30, RO),
    "Boa tarde. Cancelem minha assinatura hoje. O sistema mandou mensagem para a lista inteira de clientes "
    "sem eu autorizar, fiquei com vergonha. Já reclamei duas vezes e ninguém responde. Vou entrar no juizado "
    "de pequenas causas e no órgão de defesa do consumidor com os prints.\n\nEdson Ramalho\n")],
    [X("escalate")], rules=["C4"],
    spec="C4 covers the whole case (section 8): the small-claims court and consumer-protection threat escalates "
         "the cancellation too.")

cust("info@frutariaminho.de", "Frutaria Minho Düsseldorf", "monthly", start="2025-09-26", end="2025-10-25")
lopay("pt5_p37", "LO-INV-35237", "info@frutariaminho.de", "monthly", "1499.00", "2025-09-26T14:00:00",
      "2025-09-26", "2025-10-25")
lopay("pt5_p38", "LO-INV-35238", "info@frutariaminho.de", "monthly", "1499.00", "2025-09-26T14:05:00",
      "2025-09-26", "2025-10-25")
W = d(2025, 9, 28, 11, 0, DE)
assert day_n(W, "2025-09-26T14:05:00") == 2
case("pt-l25-dusseldorf-nao-quer-disputa", LOB, "decided", [M(
    "Frutaria Minho <info@frutariaminho.de>", SUP, "Pagamento a dobrar", W,
    "Bom dia,\n\nNa sexta-feira a mensalidade foi cobrada a dobrar, LO-INV-35237 e LO-INV-35238. O meu banco "
    "disse-me que podia abrir uma disputa do pagamento, mas não vou fazer isso, prefiro que sejam vocês a "
    "devolver o pagamento duplicado.\n\nObrigado,\nRui Gonçalves\nFrutaria Minho, Düsseldorf-Oberbilk\n")],
    [R("approve", "1499.00")],
    spec="Section 8 / C4: the customer rules out opening a payment dispute: no threat. L4 duplicate 2025-09-26, "
         "mail 2025-09-28 14:30 IST, day 2: approve 1499.00.")

case("pt-l26-stuttgart-ausencia-automatica", LOB, "ignore", [M(
    "Pastelaria Lisboa <pastelaria.lisboa.stgt@web.de>", SUP,
    "Abwesenheitsnotiz / Resposta automática: Re: Kündigung [LO-3690]", d(2025, 9, 27, 8, 0, DE),
    "Estou de férias em Portugal até 10/10. Ich bin bis zum 10.10. im Urlaub. Em caso de urgência ligue para "
    "a pastelaria.\n",
    headers={"Auto-Submitted": "auto-replied", "_irt": "<lo-3690.reply@leadsoptima.com>"})],
    rules=["C7"], spec="C7: Auto-Submitted auto-replied (German/Portuguese out-of-office): ignore.")

case("pt-l27-boletim-associacao-comercial", LOB, "ignore", [M(
    "Associação Comercial do Agreste <boletim@acagreste.org.br>", SUP,
    "Boletim semanal: como lidar com pedidos de reembolso e cancelamento", d(2025, 9, 29, 6, 30, PE),
    "Boletim semanal do associado.\n\n- Cancelamento de assinaturas: o que diz o Código de Defesa do "
    "Consumidor\n- Reembolso e estorno no cartão: prazos\n\nPara sair da lista clique aqui.\n",
    headers={"Precedence": "list", "List-Id": "Boletim ACA <boletim.acagreste.org.br>"})],
    rules=["C7"], spec="C7: Precedence list and List-Id (a newsletter that talks of refunds and consumer law): ignore.")

case("pt-l28-postmaster-devolvida", LOB, "ignore", [M(
    "postmaster@mail.provedorro.example", SUP, "Mensagem não entregue: Re: cobraram a mais",
    d(2025, 9, 26, 4, 0, RO),
    "A sua mensagem não pôde ser entregue aos seguintes destinatários:\n\nchico.lopes.pvh@hotmal.com - "
    "domínio inexistente\n\nAssunto original: Re: cobraram a mais LO-INV-35226\n")],
    rules=["C7"], spec="C7: a postmaster sender (a bounce quoting a refund subject): ignore.")

case("pt-l29-palmas-pergunta-nota-fiscal", LOB, "other", [M(
    "Secretaria Vida Nova <secretaria@igrejavidanovapalmas.org.br>", SUP, "nota fiscal e CNPJ",
    d(2025, 9, 30, 9, 0, TO),
    "Bom dia. Vocês emitem nota fiscal com o CNPJ da igreja? E é possível mudar o cartão de cobrança para o "
    "da associação? Obrigada, Deus abençoe.\nIrmã Rosilene\n")],
    spec="Questions about invoicing and the payment card: other.")

case("pt-l30-framingham-obrigada", LOB, "other", [M(
    "Brilho Cleaning Services <office@limpezaframingham.com>", SUP, "Re: obrigada!", d(2025, 9, 30, 20, 0, BOS),
    "Oi, só para agradecer o atendimento, recebi a confirmação do cancelamento e tá tudo certo. Vocês foram "
    "muito gentis. Beijos, Lucimar\n")],
    spec="A thank-you with nothing asked: other.")

cust("vendas@redesdepescatocantins.com.br", "Redes de Pesca Tocantins", "monthly", start="2025-09-20", end="2025-10-19")
lopay("pt5_p39", "LO-INV-35239", "vendas@redesdepescatocantins.com.br", "monthly", "1499.00",
      "2025-09-20T14:00:00", "2025-09-20", "2025-10-19")
case("pt-l31-porto-nacional-nao-quer-reembolso", LOB, "other", [M(
    "Redes de Pesca Tocantins <vendas@redesdepescatocantins.com.br>", SUP, "troca de cartão",
    d(2025, 9, 24, 10, 0, TO),
    "Bom dia. Não estou pedindo reembolso nem cancelamento, fiquem tranquilos. É que a colônia de pescadores "
    "trocou de banco e quero saber onde atualizo o cartão para a próxima mensalidade sair no cartão novo.\n\n"
    "Valdeci, Porto Nacional - TO\n")],
    spec="Section 8 negation ('não estou pedindo reembolso nem cancelamento'); a question: other.")

case("pt-l32-martim-moniz-pergunta-antes", LOB, "other", [M(
    "Chen Mei <chenmei.martimmoniz@gmail.com>", SUP, "pergunta antes de comprar plano",
    d(2025, 9, 23, 15, 0, PT),
    "Boa tarde. Eu tenho loja de telemóveis em Martim Moniz, Lisboa. Quero comprar plano anual. Pergunta: se "
    "eu comprar e depois não gostar, vocês devolvem dinheiro? Quantos dias eu tenho? Obrigada.\nChen Mei\n")],
    spec="Section 8 hypotheticals before buying (written by a Chinese speaker): other.")

cust("padaria.pao.quente.cz@gmail.com", "Padaria Pão Quente Caruaru", "monthly", start="2025-09-29", end="2025-10-28")
lopay("pt5_p40", "LO-INV-35240", "padaria.pao.quente.cz@gmail.com", "monthly", "1499.00", "2025-09-29T14:00:00",
      "2025-09-29", "2025-10-28", status="failed")
case("pt-l33-caruaru-padaria-pagamento-falhou", LOB, "decided", [M(
    "Padaria Pão Quente <padaria.pao.quente.cz@gmail.com>", SUP, "cobrança indevida", d(2025, 9, 30, 6, 10, PE),
    "Bom dia, aqui é da padaria, já tô no forno desde as 4. Ontem vocês cobraram a mensalidade e o aplicativo "
    "diz que o pagamento falhou, mas o dinheiro saiu da conta. Cobrança com erro, quero o dinheiro de volta.\n"
    "Seu Biu\n")],
    [R("escalate")],
    spec="Section 8: the account's one payment has status failed (not paid): a refund of it is escalate.")

cust("ola@fadoemandorra.ad", "Restaurant Fado em Andorra", "monthly", start="2025-09-09", end="2025-10-08")
lopay("pt5_p41", "LO-INV-35241", "ola@fadoemandorra.ad", "monthly", "1499.00", "2025-09-09T14:00:00",
      "2025-09-09", "2025-10-08")
case("pt-l34-andorra-restaurante-html", LOB, "decided", [M(
    "Fado em Andorra <ola@fadoemandorra.ad>", SUP, "Cancelamento", d(2025, 9, 25, 16, 0, AD),
    "<html><body><p>Boa tarde,</p><p>Pedimos o <b>cancelamento</b> da assinatura mensal do restaurante. Vamos "
    "fechar em outubro e novembro para obras, antes da época de esqui, e depois logo se vê.</p><p>Cumprimentos,<br>Lurdes Teixeira"
    "<br>Restaurant Fado em Andorra, Sant Julià de Lòria</p><hr><p style=\"font-size:9px\">Aquest missatge és "
    "confidencial. Esta mensagem é confidencial.</p></body></html>\n", html=True)],
    [X("cancel", "2025-10-08")],
    spec="HTML-only mail: L8 cancellation, monthly, current_period_end 2025-10-08.")

cust("transportes@vilhenacargas.com.br", "Vilhena Cargas", "monthly", start="2025-09-27", end="2025-10-26")
lopay("pt5_p42", "LO-INV-35242", "transportes@vilhenacargas.com.br", "monthly", "1499.00", "2025-09-27T13:30:00",
      "2025-09-27", "2025-10-26")
W = d(2025, 9, 30, 9, 0, RO)
assert day_n(W, "2025-09-27T13:30:00") == 3
case("pt-l35-vilhena-cargas-varios-pedidos", LOB, "decided", [M(
    "Vilhena Cargas <transportes@vilhenacargas.com.br>", SUP, "Várias coisas", W,
    "Bom dia, tudo bem? Três coisas:\n\n1) Desde sábado, dia que pagamos, não conseguimos fazer login, dá "
    "erro de senha mesmo com senha nova.\n2) Quero o reembolso desse pagamento, porque não usamos nada.\n3) E "
    "quero cancelar a assinatura, que na safra da soja não tenho tempo pra ficar brigando com sistema.\n\n"
    "Ah, e mandem o boleto em PDF por favor.\n\nAtt, Gilmar Kuhn\n")],
    [R("escalate"), X("cancel", "2025-10-26")],
    spec="Refund: access_failure, charge 2025-09-27 IST, mail 2025-09-30 18:30 IST, day 3: L6 escalate. "
         "Cancellation: L8 effective current_period_end 2025-10-26.")

cust("studio.yoga.palmas@gmail.com", "Studio Yoga Palmas", "monthly", status="trial", trial_ends="2025-10-04")
case("pt-l36-palmas-yoga-teste-gratis", LOB, "decided", [M(
    "Studio Yoga Palmas <studio.yoga.palmas@gmail.com>", SUP, "reembolso do teste", d(2025, 9, 27, 18, 30, TO),
    "Boa noite, namastê. Estou no período de teste grátis e vi que tem um cartão cadastrado. Quero o "
    "reembolso do que foi cobrado, não quero ser cobrada de nada.\nLuana\n")],
    [R("deny")],
    spec="L7: the account is on a free trial with no charges: deny, nothing billed unless they subscribe.")

cust("sulancaboutique@gmail.com", "Sulanca Boutique", "quarterly", start="2025-08-12", end="2025-11-11")
lopay("pt5_p43", "LO-INV-35243", "sulancaboutique@gmail.com", "quarterly", "3999.00", "2025-08-12T14:00:00",
      "2025-08-12", "2025-11-11")
case("pt-l37-santa-cruz-ditado-cancela", LOB, "decided", [M(
    "Sulanca Boutique <sulancaboutique@gmail.com>", SUP, "cancelar", d(2025, 9, 29, 13, 20, PE),
    "boa tarde aqui e dona neide da sulanca boutique de santa cruz do capibaribe to falando no microfone do "
    "celular porque to costurando quero cancelar o plano de tres meses porque minha neta que mexia nisso foi "
    "morar em recife e eu nao sei mexer obrigada viu\n\nEnviado do meu Galaxy\n")],
    [X("cancel", "2025-11-11")],
    spec="Dictated, no punctuation: L8 cancellation, quarterly, current_period_end 2025-11-11.")

cust("geral@marinhadesalvaterra.pt", "Turismo Rural Salvaterra", "monthly", status="cancelled", start="2025-08-24",
     end="2025-09-23")
lopay("pt5_p44", "LO-INV-35244", "geral@marinhadesalvaterra.pt", "monthly", "1499.00", "2025-09-24T14:00:00",
      "2025-09-24", "2025-10-23")
W = d(2025, 9, 26, 9, 45, PT)
assert day_n(W, "2025-09-24T14:00:00") == 2
case("pt-l38-salvaterra-cobrado-depois-cancelar", LOB, "decided", [M(
    "Turismo Rural Salvaterra <geral@marinhadesalvaterra.pt>", SUP, "Cobrança após cancelamento", W,
    "Bom dia,\n\nCancelei a assinatura em agosto, em Billing > Cancel Plan, tenho o e-mail de confirmação. "
    "Mesmo assim, no dia 24 de setembro fui cobrado outra vez (LO-INV-35244). Fui cobrado depois de cancelar. "
    "Peço o reembolso.\n\nCumprimentos,\nFilipe Marinho\nSalvaterra de Magos\n")],
    [R("escalate")],
    spec="L2 billing_error ('charged after I cancelled'), mail 2025-09-26 14:15 IST, day 2: L5 escalate.")

case("pt-l39-cliente-optima-escreve-a-leads", LOB, "need_info", [M(
    "Doceria Flor do Agreste <doceriaflordoagreste@gmail.com>", SUP, "cancelamento do site",
    d(2025, 9, 29, 10, 30, PE),
    "Bom dia. Quero cancelar o serviço mensal de marketing da Doceria Flor do Agreste, porque "
    "vamos fechar a loja física e vender só por encomenda no WhatsApp.\nRejane\n")],
    rules=["C2"],
    spec="Section 8 the other brand's customer: an Optima client writes to LeadsOptima; the LeadsOptima ledger "
         "has no account for this address: unknown sender, C2 need_info.")

# ---------------------------------------------------------------------------------------------
# Optima WebDesign
# ---------------------------------------------------------------------------------------------

proj("Sulanca Moda Atacado", "compras@sulancamodaatacado.com.br")
owpay("pt5_o01", "OWD-2025-3601", "Sulanca Moda Atacado", "deposit", "26000.00", "4680.00", "2025-09-24T18:30:00")
W = d(2025, 9, 25, 16, 0, PE)
assert 0 < hours(W, "2025-09-24T18:30:00") < 72
case("pt-o01-santa-cruz-sinal-devolvido", OWB, "decided", [M(
    "Sulanca Moda Atacado <compras@sulancamodaatacado.com.br>", OWDTO,
    "Refund Request — Sulanca Moda Atacado / OWD-2025-3601", W,
    "Boa tarde.\n\nOntem de manhã pagamos o sinal do site de atacado (projeto Sulanca Moda Atacado, fatura "
    "OWD-2025-3601). Hoje o galpão da feira que a gente ia alugar foi pra outro lojista e o projeto "
    "todo vai ficar pra depois. Pedimos a devolução do sinal; vocês ainda não começaram nada.\n\n"
    "Att,\nCícero Alves\n")],
    [R("approve", "26000.00")],
    spec="O2: deposit 2025-09-24 18:30 IST; mail 2025-09-25 16:00 -03 = 2025-09-26 00:30 IST (30 h), no work: "
         "approve 26000.00 before tax.")

proj("Castanha do Vale Rondônia", "contato@castanhadovale.com.br")
owpay("pt5_o02", "OWD-2025-3602", "Castanha do Vale Rondônia", "deposit", "15000.00", "2700.00", "2025-09-26T17:30:00")
W = d(2025, 9, 29, 7, 0, RO)
assert hours(W, "2025-09-26T17:30:00") == 71
case("pt-o02-rondonia-sinal-71-horas", OWB, "decided", [M(
    "Castanha do Vale <contato@castanhadovale.com.br>", OWDTO, "Devolução do sinal OWD-2025-3602", W,
    "Bom dia. Pagamos o sinal do projeto Castanha do Vale Rondônia na sexta às 8 da manhã daqui. Pela minha "
    "conta já passou das 72 horas por causa do fuso, mas peço mesmo assim: a cooperativa de castanheiros não "
    "aprovou o orçamento na assembleia de domingo e não vamos seguir. Podem devolver o sinal?\n\n"
    "Marlene Cassupá\n")],
    [R("approve", "15000.00")],
    spec="O2: deposit 2025-09-26 17:30 IST (08:00 in Rondônia); mail 2025-09-29 07:00 -04 = 16:30 IST, 71 h, "
         "before 72 h, no work: approve 15000.00 (the customer's own count is wrong).")

proj("Escola de Esqui Lusitana", "escola@esquilusitana.ad", started="2025-10-13T14:30:00")
owpay("pt5_o03", "OWD-2025-3603", "Escola de Esqui Lusitana", "discovery", "12000.00", "2160.00",
      "2025-09-22T14:00:00")
case("pt-o03-andorra-discovery-por-comecar", OWB, "decided", [M(
    "Escola de Esqui Lusitana <escola@esquilusitana.ad>", OWDTO, "Reembolso da sessão de estratégia",
    d(2025, 9, 26, 10, 0, AD),
    "Bom dia,\n\nPagámos a sessão de estratégia (OWD-2025-3603) para o projeto Escola de Esqui Lusitana, "
    "marcada para 13 de outubro. Entretanto o meu sócio decidiu voltar para Viana do Castelo e a escola não "
    "vai abrir esta temporada. Pedimos o reembolso.\n\nCumprimentos,\nNuno Barros\nCanillo, Andorra\n")],
    [R("approve", "12000.00")],
    spec="O1: discovery; work_started_at 2025-10-13 is later than the request (2025-09-26): approve 12000.00.")

proj("Ecoturismo Jalapão", "reservas@ecojalapao.com.br", started="2025-09-19T18:30:00")
owpay("pt5_o04", "OWD-2025-3604", "Ecoturismo Jalapão", "discovery", "10000.00", "1800.00", "2025-09-16T14:00:00")
case("pt-o04-jalapao-discovery-ja-feita", OWB, "decided", [M(
    "Ecoturismo Jalapão <reservas@ecojalapao.com.br>", OWDTO, "reembolso workshop", d(2025, 9, 25, 14, 0, TO),
    "Boa tarde. Fizemos o workshop de estratégia do Ecoturismo Jalapão na sexta (19) por vídeo, mas a "
    "internet aqui em Mateiros caiu três vezes e achamos fraco. Queremos o reembolso (OWD-2025-3604).\n"
    "Wesley Tavares\n")],
    [R("deny")],
    spec="O1: the discovery session started 2025-09-19 before the request: deny.")

proj("Bacalhoaria Rhein Online", "bestellung@bacalhoariarhein.de")
owpay("pt5_o05", "OWD-2025-3605", "Bacalhoaria Rhein Online", "milestone", "35000.00", "6300.00",
      "2025-09-12T14:00:00", milestone_status="not_started")
case("pt-o05-colonia-etapa-nao-iniciada", OWB, "decided", [M(
    "Bacalhoaria Rhein <bestellung@bacalhoariarhein.de>", OWDTO, "Reembolso etapa loja online OWD-2025-3605",
    d(2025, 9, 29, 9, 0, DE),
    "Bom dia,\n\nNo projeto Bacalhoaria Rhein Online pagámos a etapa da loja online com pagamentos "
    "(OWD-2025-3605), que ainda não começou. O meu contabilista alemão diz que as encomendas online de peixe "
    "têm exigências que não conseguimos cumprir, por isso desistimos dessa parte. Peço o reembolso dessa "
    "etapa; o resto do site continua.\n\nCom os melhores cumprimentos,\nAna Paula Ferreira\nKöln\n")],
    [R("approve", "35000.00")],
    spec="O3: milestone not_started: approve its amount 35000.00 before tax.")

proj("Toritama Jeans Catálogo", "catalogo@toritamajeans.com.br")
owpay("pt5_o06", "OWD-2025-3606", "Toritama Jeans Catálogo", "milestone", "18000.00", "3240.00",
      "2025-09-02T14:00:00", milestone_status="completed")
case("pt-o06-toritama-etapa-concluida", OWB, "decided", [M(
    "Toritama Jeans <catalogo@toritamajeans.com.br>", OWDTO, "quero meu dinheiro da etapa do catalogo",
    d(2025, 9, 24, 11, 0, PE),
    "Bom dia, o catálogo online ficou pronto (etapa OWD-2025-3606), mas eu não gostei das fotos que vocês "
    "escolheram e minha cunhada disse que ficou sem graça. Quero o reembolso dessa etapa.\nDamião\n")],
    [R("deny")],
    spec="O3/O6: the milestone is completed: deny (Non-refundable items).")

proj("Mercadinho Bolívar Boa Vista", "mercadinhobolivar@gmail.com")
owpay("pt5_o07", "OWD-2025-3607", "Mercadinho Bolívar Boa Vista", "milestone", "14000.00", "2520.00",
      "2025-09-10T14:00:00", milestone_status="in_progress")
case("pt-o07-boa-vista-etapa-em-andamento", OWB, "decided", [M(
    "Mercadinho Bolívar <mercadinhobolivar@gmail.com>", OWDTO, "devolução parte do site",
    d(2025, 9, 27, 10, 0, RR),
    "Bom dia. Sou venezuelano, tenho o Mercadinho Bolívar em Boa Vista. A etapa do delivery do site "
    "(OWD-2025-3607) está pela metade e o dono do prédio vai vender o ponto, vamos mudar. Quero de volta a "
    "parte que ainda não fizeram, por favor. Gracias.\nLuis Alberto Guevara\n")],
    [R("escalate")],
    spec="O3: milestone in_progress: escalate (the value of the work not yet done needs a person).")

proj("Quinta do Tejo Alojamento", "reservas@quintadotejo.pt")
owpay("pt5_o08", "OWD-2025-3608", "Quinta do Tejo Alojamento", "hosting_annual", "12500.00", "2250.00",
      "2025-09-19T14:00:00", setup_fee="1250.00", service_start="2025-09-20")
case("pt-o08-golega-alojamento-hosting-prorrata", OWB, "decided", [M(
    "Quinta do Tejo <reservas@quintadotejo.pt>", OWDTO, "Reembolso do alojamento web anual",
    d(2025, 9, 30, 10, 30, PT),
    "Bom dia,\n\nContratámos o alojamento anual do site da Quinta do Tejo Alojamento (Golegã), fatura "
    "OWD-2025-3608, com início a 20 de setembro. A Câmara vai incluir o nosso turismo rural no portal "
    "municipal sem custos, pelo que pedimos o reembolso dentro dos 14 dias.\n\nCumprimentos,\nTeresa Coutinho\n")],
    [R("approve", "10312.50")], extra_ok=True,
    spec="O5: service_start 2025-09-20, request 2025-09-30 (day 10): 12500 - 1250 - (11250/12 = 937.50) x 1 = "
         "10312.50. extra_ok: a cancellation besides it is harmless.")

proj("Manutenção Site Igreja Framingham", "office@igrejaesperancafram.org")
owpay("pt5_o09", "OWD-2025-3609", "Manutenção Site Igreja Framingham", "maintenance_annual", "9600.00", "1728.00",
      "2025-09-01T14:00:00", setup_fee="1200.00", service_start="2025-09-02")
case("pt-o09-framingham-manutencao-fora-prazo", OWB, "decided", [M(
    "Igreja Esperança Framingham <office@igrejaesperancafram.org>", OWDTO, "reembolso manutenção anual",
    d(2025, 9, 22, 19, 0, BOS),
    "Boa noite. A igreja contratou a manutenção anual do site (OWD-2025-3609) que começou dia 2 de setembro. "
    "O novo pastor tem um membro que faz de graça, então pedimos o reembolso proporcional.\n\n"
    "Pr. Edmilson Rocha\n")],
    [R("deny")], extra_ok=True,
    spec="O5: service_start 2025-09-02; request 2025-09-23 04:30 IST, day 21, after 14 days: deny. extra_ok: a "
         "cancellation besides it is harmless.")

proj("Loja Hua Li Online", "lojahuali.bras@gmail.com")
owpay("pt5_o10", "OWD-2025-3610", "Loja Hua Li Online", "third_party", "3200.00", "576.00", "2025-09-26T14:00:00")
case("pt-o10-bras-chines-dominio", OWB, "decided", [M(
    "Loja Hua Li 华丽 <lojahuali.bras@gmail.com>", OWDTO, "devolver dominio", d(2025, 9, 29, 10, 0, SP),
    "Bom dia. Eu comprar domínio com vocês para Loja Hua Li Online, nota OWD-2025-3610. Meu filho fala nome "
    "errado, não quer mais este nome. Por favor devolver dinheiro do domínio. Obrigado.\nLi Wei\n")],
    [R("deny")],
    spec="O6: domain (third_party): never refundable, deny.")

proj("Clínica Vet Madeira-Mamoré", "adm@vetmadeiramamore.com.br")
owpay("pt5_o11", "OWD-2025-3611", "Clínica Vet Madeira-Mamoré", "setup", "5000.00", "900.00", "2025-09-23T14:00:00")
case("pt-o11-porto-velho-taxa-ativacao", OWB, "decided", [M(
    "Clínica Vet Madeira-Mamoré <adm@vetmadeiramamore.com.br>", OWDTO, "estorno taxa de ativação",
    d(2025, 9, 25, 16, 0, RO),
    "Boa tarde. Pagamos a taxa de ativação/setup do sistema de agendamento (OWD-2025-3611) mas decidimos "
    "continuar agendando pelo telefone mesmo. Solicitamos o estorno dessa taxa.\nDra. Priscila Moura\n")],
    [R("deny")],
    spec="O6: setup/activation fee: non-refundable, deny.")

proj("Portal Cerrado Imóveis", "contato@cerradoimoveis.com.br")
owpay("pt5_o12", "OWD-2025-3612", "Portal Cerrado Imóveis", "change_request", "7000.00", "1260.00",
      "2025-09-24T14:00:00")
case("pt-o12-palmas-pedido-de-alteracao", OWB, "decided", [M(
    "Cerrado Imóveis <contato@cerradoimoveis.com.br>", OWDTO, "devolução alteração fora do escopo",
    d(2025, 9, 26, 11, 30, TO),
    "Bom dia. Pagamos a alteração extra do Portal Cerrado Imóveis (filtro por bairro de Palmas, OWD-2025-3612) "
    "mas o corretor sócio disse que ninguém usa filtro. Queremos a devolução desse valor.\nRegina Lustosa\n")],
    [R("deny")],
    spec="O6: change request outside the original scope: non-refundable, deny.")

proj("Redes Sociais Café Porto Stuttgart", "cafe@cafeportostuttgart.de")
owpay("pt5_o13", "OWD-2025-3613", "Redes Sociais Café Porto Stuttgart", "retainer", "8500.00", "1530.00",
      "2025-09-07T14:00:00", next_billing_at="2025-10-07T10:00:00", period_start="2025-09-07",
      period_end="2025-10-06")
W = d(2025, 9, 30, 20, 0, DE)
assert W.astimezone(IST).date() == date(2025, 9, 30)
case("pt-o13-stuttgart-retainer-ultimo-dia", OWB, "decided", [M(
    "Café Porto Stuttgart <cafe@cafeportostuttgart.de>", OWDTO, "Cancelamento avença redes sociais", W,
    "Boa noite,\n\nVenho cancelar a avença mensal de redes sociais (projeto Redes Sociais Café Porto Stuttgart, "
    "última fatura OWD-2025-3613). A minha filha acabou o curso de marketing e vai tratar do Instagram do "
    "café. Julgo que ainda vou a tempo do aviso de 7 dias.\n\nCumprimentos,\nHorácio Lemos\n")],
    [X("cancel", "2025-10-06")],
    spec="O4: next_billing 2025-10-07, cut-off 2025-09-30; mail 2025-09-30 20:00 +02 = 23:30 IST, on the "
         "cut-off: cancel effective 2025-10-06.")

proj("Marketing Doceria Caruaru", "doceriaflordoagreste@gmail.com")
owpay("pt5_o14", "OWD-2025-3614", "Marketing Doceria Caruaru", "retainer", "6500.00", "1170.00",
      "2025-09-07T14:00:00", next_billing_at="2025-10-07T10:00:00", period_start="2025-09-07",
      period_end="2025-10-06")
W = d(2025, 9, 30, 22, 0, PE)
assert W.astimezone(IST).date() == date(2025, 10, 1)
case("pt-o14-caruaru-retainer-noite-atrasado", OWB, "decided", [M(
    "Doceria Flor do Agreste <doceriaflordoagreste@gmail.com>", OWDTO, "cancelar marketing mensal", W,
    "Boa noite. Quero cancelar o serviço mensal de marketing (Marketing Doceria Caruaru, fatura OWD-2025-3614). "
    "Vamos fechar a loja física e vender só por encomenda no WhatsApp, não compensa mais. Hoje é dia 30, "
    "acho que dá tempo de não renovar.\nRejane\n")],
    [X("cancel", "2025-11-06")],
    spec="O4: next_billing 2025-10-07, cut-off 2025-09-30; mail 2025-09-30 22:00 -03 = 2025-10-01 06:30 IST, "
         "one day late: the next cycle 2025-10-07..2025-11-06 is billed, effective 2025-11-06.")

proj("Blog Tasca do Zé", "ola@tascadoze.de")
owpay("pt5_o15", "OWD-2025-3615", "Blog Tasca do Zé", "retainer", "7200.00", "1296.00", "2025-09-12T14:00:00",
      next_billing_at="2025-10-12T10:00:00", period_start="2025-09-12", period_end="2025-10-11")
owpay("pt5_o16", "OWD-2025-3616", "Blog Tasca do Zé", "retainer", "7200.00", "1296.00", "2025-09-20T14:00:00",
      next_billing_at="2025-11-12T10:00:00", period_start="2025-10-12", period_end="2025-11-11")
case("pt-o15-hamburgo-retainer-pago-adiantado", OWB, "decided", [M(
    "Tasca do Zé <ola@tascadoze.de>", OWDTO, "Cancelar blog e devolver outubro", d(2025, 9, 28, 11, 0, DE),
    "Bom dia,\n\nQueremos terminar a avença do Blog Tasca do Zé: a tasca vai ser trespassada em novembro. "
    "Setembro está pago (OWD-2025-3615) e, por engano, o meu sócio já pagou outubro também (OWD-2025-3616). "
    "Peço o reembolso de outubro, que não vai ser usado.\n\nZé Manel\n")],
    [R("escalate"), X("escalate")],
    spec="Section 8 retainer paid in advance: next cycle 2025-10-12..2025-11-11 already paid (OWD-2025-3616), "
         "notice 2025-09-28 <= 2025-10-05: the cancellation is escalated, and the refund asked of that paid-ahead "
         "cycle is escalated too (no amount).")

proj("Academia Gurupi Fitness", "financeiro@gurupifitness.com.br")
owpay("pt5_o17", "OWD-2025-3617", "Academia Gurupi Fitness", "deposit", "19000.00", "3420.00", "2025-09-28T14:00:00")
case("pt-o16-gurupi-gmail-pessoal", OWB, "need_info", [M(
    "Rafael Gurgel <rafagurgel.to@gmail.com>", OWDTO, "devolução do sinal academia",
    d(2025, 9, 29, 8, 30, TO),
    "Bom dia. Sou sócio da Academia Gurupi Fitness. Peço a devolução do sinal OWD-2025-3617 do site, o outro "
    "sócio saiu da sociedade e o projeto parou. Escrevo do meu gmail porque o financeiro@ quem acessa é a "
    "contadora.\nRafael\n")],
    rules=["C2"],
    spec="C2 (Optima explicit): the contract email is financeiro@gurupifitness.com.br; a personal gmail: need_info.")

proj("Pastelaria Pas de la Casa", "direcao@pastelariapas.ad")
owpay("pt5_o18", "OWD-2025-3618", "Pastelaria Pas de la Casa", "deposit", "11000.00", "1980.00", "2025-09-29T14:00:00")
case("pt-o17-pas-de-la-casa-apple-reencaminhado", OWB, "need_info", [M(
    "Sónia Freitas <loja@pastelariapas.ad>", OWDTO, "Fwd: Reembolso sinal site", d(2025, 9, 30, 9, 30, AD),
    "Reencaminho o pedido da direção.\nSónia\n\nInício da mensagem reencaminhada:\n\n"
    "De: Direção Pastelaria <direcao@pastelariapas.ad>\nAssunto: Reembolso sinal site\nData: 29 de setembro "
    "de 2025 às 21:40:12 CEST\nPara: Sónia Freitas <loja@pastelariapas.ad>\n\nSónia, envia isto à Optima: "
    "pedimos o reembolso do sinal OWD-2025-3618 do projeto Pastelaria Pas de la Casa, porque o senhorio não "
    "renova o contrato da loja. O contrato com eles está no direcao@pastelariapas.ad.\nAmérico\n")],
    rules=["C2"],
    spec="Section 8 forwards: the Apple Mail forward carries a request naming contract email direcao@; the "
         "sender is loja@: C2 need_info.")

proj("Suporte Site Mototáxi Araguaína", "coop@mototaxiaraguaina.com.br")
owpay("pt5_o19", "OWD-2025-3619", "Suporte Site Mototáxi Araguaína", "retainer", "4500.00", "810.00",
      "2025-09-21T14:00:00", next_billing_at="2025-10-21T10:00:00", period_start="2025-09-21",
      period_end="2025-10-20")
case("pt-o18-araguaina-retainer-sem-motivo", OWB, "need_info", [M(
    "Cooperativa Mototáxi <coop@mototaxiaraguaina.com.br>", OWDTO, "Cancelamento OWD-2025-3619",
    d(2025, 9, 27, 9, 0, TO),
    "Prezados, bom dia.\n\nSolicitamos o cancelamento do serviço mensal Suporte Site Mototáxi Araguaína, "
    "fatura OWD-2025-3619.\n\nAtenciosamente,\nDiretoria da Cooperativa\n")],
    missing=["reason"],
    spec="Section 8: Optima requires a reason for a cancellation too; none given: need_info reason.")

proj("Pesqueiro Rio Tocantins Site", "pesqueiro@riotocantinspesca.com.br")
proj("Pesqueiro Rio Tocantins Loja", "pesqueiro@riotocantinspesca.com.br")
owpay("pt5_o20", "OWD-2025-3620", "Pesqueiro Rio Tocantins Site", "deposit", "9000.00", "1620.00",
      "2025-09-27T14:00:00")
owpay("pt5_o21", "OWD-2025-3621", "Pesqueiro Rio Tocantins Loja", "deposit", "13000.00", "2340.00",
      "2025-09-27T14:10:00")
case("pt-o19-pesqueiro-dois-projetos", OWB, "need_info", [M(
    "Pesqueiro Rio Tocantins <pesqueiro@riotocantinspesca.com.br>", OWDTO, "devolução", d(2025, 9, 28, 16, 0, TO),
    "Boa tarde. Quero a devolução do sinal que paguei ontem. A seca está forte, o rio baixou demais e o "
    "pesqueiro vai ficar fechado até as chuvas. Obrigado.\nSeu Genésio\n")],
    missing=["project_name", "invoice_number"],
    spec="C3: the contract email holds two projects, each with a deposit paid the same day; neither the "
         "project nor the invoice is named: need_info project_name and invoice_number.")

proj("Cleaning Team Somerville", "team@cleaningsomerville.com")
owpay("pt5_o22", "OWD-2025-3622", "Cleaning Team Somerville", "deposit", "16500.00", "2970.00",
      "2025-09-25T18:30:00")
owpay("pt5_o23", "OWD-2025-3623", "Cleaning Team Somerville", "third_party", "2500.00", "450.00",
      "2025-09-25T18:40:00")
W = d(2025, 9, 26, 10, 0, BOS)
assert hours(W, "2025-09-25T18:30:00") == 25
case("pt-o20-somerville-hilo-fatura", OWB, "decided", [
    M("Cleaning Team <team@cleaningsomerville.com>", OWDTO, "refund do depósito", W,
      "Bom dia. Quero o refund do depósito do site Cleaning Team Somerville, a gente perdeu o contrato com a "
      "administradora de apartamentos e não vai dar pra pagar o resto.\nSimone\n"),
    M("Cleaning Team <team@cleaningsomerville.com>", OWDTO, "Re: refund do depósito [OWD-3681]",
      d(2025, 9, 30, 9, 0, BOS),
      "É a OWD-2025-3622.\nSimone\n\nOn Mon, Sep 29, 2025 at 11:05 PM Optima WebDesign "
      "<optimawebdesigns12@gmail.com> wrote:\n> Indique o número da fatura, por favor. [OWD-3681]\n",
      headers={"_irt": "<owd-3681.reply@optimawebdesign.com>"})],
    [R("approve", "16500.00")],
    spec="C3 thread: the answer names the deposit OWD-2025-3622; request time = first mail 2025-09-26 19:30 IST "
         "(25 h after payment, no work): O2 approve 16500.00, although the answer came after 72 h.")

proj("Loja Agropecuária Ji-Paraná", "loja@agrojiparana.com.br")
owpay("pt5_o24", "OWD-2025-3624", "Loja Agropecuária Ji-Paraná", "milestone", "20000.00", "3600.00",
      "2025-09-15T14:00:00", milestone_status="not_started")
case("pt-o21-ji-parana-advogado", OWB, "decided", [M(
    "Agropecuária Ji-Paraná <loja@agrojiparana.com.br>", OWDTO, "reembolso etapa - último aviso",
    d(2025, 9, 29, 14, 0, RO),
    "Boa tarde. Pela terceira vez peço o reembolso da etapa OWD-2025-3624 do projeto Loja Agropecuária "
    "Ji-Paraná, que nem começou. Se até sexta não tiver resposta, passo para o meu advogado.\n\nOdair Schmidt\n")],
    [R("escalate")], rules=["C4"],
    spec="C4: a lawyer threat escalates the case, although the milestone (not_started) would be refundable.")

case("pt-o22-santarem-resposta-automatica", OWB, "ignore", [M(
    "Quinta do Tejo <reservas@quintadotejo.pt>", OWDTO, "Resposta automática: Re: Reembolso do alojamento [OWD-3690]",
    d(2025, 10, 1, 3, 0, PT),
    "Obrigado pelo seu contacto. Estamos na vindima e responderemos assim que possível.\n",
    headers={"Auto-Submitted": "auto-replied", "_irt": "<owd-3690.reply@optimawebdesign.com>"})],
    rules=["C7"], spec="C7: Auto-Submitted auto-replied: ignore.")

case("pt-o23-boa-vista-pergunta-antes", OWB, "other", [M(
    "Daniela Mendoza <dani.mendoza.bv@gmail.com>", OWDTO, "pergunta sobre sinal", d(2025, 9, 28, 15, 0, RR),
    "Boa tarde. Sou venezuelana e quero fazer um site para meu salão de beleza em Boa Vista. Se eu pagar o "
    "sinal e depois não quiser mais, vocês devolvem? Em quanto tempo? Gracias.\nDaniela\n")],
    spec="Section 8 hypotheticals before buying: a policy question, other.")

case("pt-o24-colonia-obrigada-reembolso", OWB, "other", [M(
    "Bacalhoaria Rhein <bestellung@bacalhoariarhein.de>", OWDTO, "Re: Reembolso etapa loja online",
    d(2025, 9, 30, 17, 0, DE),
    "Boa tarde, só para agradecer a rapidez da resposta sobre o reembolso da etapa. Continuamos com o resto do "
    "projeto como combinado.\nAna Paula\n")],
    spec="A thank-you with nothing asked: other.")

proj("Avença Marketing Cartaxo", "loja@selariacartaxo.pt")
owpay("pt5_o25", "OWD-2025-3625", "Avença Marketing Cartaxo", "retainer", "5500.00", "990.00", "2025-09-15T14:00:00",
      next_billing_at="2025-10-15T10:00:00", period_start="2025-09-15", period_end="2025-10-14")
case("pt-o25-cartaxo-devolver-mes-corrente", OWB, "decided", [M(
    "Selaria do Cartaxo <loja@selariacartaxo.pt>", OWDTO, "Devolução da avença de setembro",
    d(2025, 9, 29, 12, 0, PT),
    "Boa tarde. Sobre a Avença Marketing Cartaxo, fatura OWD-2025-3625: este mês quase não houve publicações "
    "e as que houve tinham erros no nome da selaria. Peço a devolução do valor de setembro. Não estou a "
    "cancelar, só quero que este mês seja devolvido e que outubro corra melhor.\n\nArmando Pisco\n")],
    [R("deny")],
    spec="O4: the current period of a retainer is never refunded: deny. The customer says he is not cancelling: "
         "no cancellation decision.")


if __name__ == "__main__":
    write_out()
