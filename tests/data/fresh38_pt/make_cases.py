#!/usr/bin/env python3
"""fresh38_pt: held-out Portuguese cases for mailbot (Natal/Mossoró, Teresina, Maceió, Londrina/Maringá,
Caxias do Sul, Pelotas, Cuiabá, Ouro Preto, Vila Real, Viana do Castelo, Luanda's business class, Maputo
NGOs, Portuguese written by Ukrainian-first and Guarani-first speakers).

Stdlib only, deterministic.  Running it writes ledger.json, emails/*.eml and expected.json
beside this file.  MIT, like the project; all text written for this project (every person,
firm and body is invented).
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from decimal import ROUND_HALF_UP, Decimal
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
LOB, OWB = "leadsoptima", "optima_webdesign"
IST = timezone(timedelta(hours=5, minutes=30))
NOW = datetime(2025, 10, 1, 10, 0, tzinfo=IST)
LEDGER = {"customers": [], "projects": [], "payments": []}
(HERE / "emails").mkdir(exist_ok=True)
for _old in (HERE / "emails").glob("*.eml"):
    _old.unlink()
CASES = []
TAX = {"1499.00": "269.82", "3999.00": "719.82", "11988.00": "2157.84"}


def tz(h, m=0):
    return timezone(timedelta(hours=h, minutes=m))


def d(y, mo, dd, h, mi, zone):
    return datetime(y, mo, dd, h, mi, tzinfo=zone)


def ist(when):
    return when.astimezone(IST)


def paid(s):
    return datetime.fromisoformat(s).replace(tzinfo=IST)


def day_n(paid_at, when):
    """Section 1: the payment's local (IST) date is day 0."""
    return (ist(when).date() - paid(paid_at).date()).days


def hours(paid_at, when):
    return (when - paid(paid_at)).total_seconds() / 3600


def local_date(paid_at, zone):
    """The charge's date in the customer's own zone (what they may quote)."""
    return paid(paid_at).astimezone(zone).date()


def add_months(day, n):
    y, m = divmod(day.month - 1 + n, 12)
    y += day.year
    m += 1
    import calendar
    return date(y, m, min(day.day, calendar.monthrange(y, m)[1]))


def o5(amount, setup, months=1):
    a, s = Decimal(amount), Decimal(setup)
    return str((a - s - (a - s) / 12 * months).quantize(Decimal("0.01"), ROUND_HALF_UP))


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


def owpay(pid, inv, project, kind, amount, paid_at, **kw):
    tax = str((Decimal(amount) * Decimal("0.18")).quantize(Decimal("0.01")))
    base = {"brand": OWB, "id": pid, "invoice": inv, "project": project, "kind": kind,
            "amount": amount, "tax": tax, "currency": "INR", "paid_at": paid_at, "status": "paid",
            "setup_fee": None, "service_start": None, "next_billing_at": None,
            "period_start": None, "period_end": None, "milestone_status": None}
    base.update(kw)
    LEDGER["payments"].append(base)


def M(frm, to, subject, when, body, html=False, headers=None, reply_to=None, cc=None):
    return {"from": frm, "to": to, "subject": subject, "when": when, "body": body, "html": html,
            "headers": headers or {}, "reply_to": reply_to, "cc": cc}


def case(cid, brand, status, msgs, decisions=(), rules=(), missing=None, extra_ok=False,
         ambiguous=None, spec=""):
    files, prev_ids = [], []
    for i, m in enumerate(msgs, 1):
        assert m["when"] <= NOW, cid
        msg = EmailMessage(policy=SMTP)
        msg["From"] = m["from"]
        msg["To"] = m["to"]
        if m["cc"]:
            msg["Cc"] = m["cc"]
        msg["Subject"] = m["subject"]
        msg["Date"] = format_datetime(m["when"])
        mid = f"<{cid}.{i}.{int(m['when'].timestamp())}@mail.{ROUND}-{LANG}.example>"
        msg["Message-ID"] = mid
        if m["reply_to"]:
            msg["Reply-To"] = m["reply_to"]
        irt = m["headers"].get("_irt")
        if irt:
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
        if irt:
            prev_ids.insert(-1, irt)
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
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids))
    (HERE / "ledger.json").write_text(json.dumps(LEDGER, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (HERE / "expected.json").write_text(json.dumps({"cases": CASES}, ensure_ascii=False, indent=1) + "\n",
                                        encoding="utf-8")
    print(f"{len(CASES)} cases, {len(LEDGER['payments'])} payments")
ROUND, LANG = "fresh38", "pt"

BR, CUI, PT, AO, MZ, UA, MS = tz(-3), tz(-4), tz(1), tz(1), tz(2), tz(3), tz(-4)
SUP = "Suporte LeadsOptima <support@leadsoptima.com>"
OWDTO = "Optima WebDesign <optimawebdesigns12@gmail.com>"

# ---------------------------------------------------------------------------------------------
# LeadsOptima
# ---------------------------------------------------------------------------------------------

cust("pousadamaresia.natal@gmail.com", "Pousada Maresia", "monthly", start="2025-09-23", end="2025-10-22")
lopay("pt38_p01", "LO-INV-48101", "pousadamaresia.natal@gmail.com", "monthly", "1499.00", "2025-09-23T16:20:00",
      "2025-09-23", "2025-10-22")
lopay("pt38_p02", "LO-INV-48102", "pousadamaresia.natal@gmail.com", "monthly", "1499.00", "2025-09-23T16:21:05",
      "2025-09-23", "2025-10-22")
s = d(2025, 9, 25, 9, 10, BR)
assert day_n("2025-09-23T16:21:05", s) == 2 and local_date("2025-09-23T16:21:05", BR) == date(2025, 9, 23)
case("pt-l01-natal-pousada-cobranca-dupla", LOB, "decided", [M(
    "Pousada Maresia <pousadamaresia.natal@gmail.com>", SUP, "cobrança em dobro", s,
    "Bom dia, tudo bem?\n\nAqui é a Joseane, da Pousada Maresia em Ponta Negra. Olhando a fatura do cartão "
    "vi que vocês cobraram duas vezes o plano mensal na terça, dia 23, um atrás do outro, mesmo valor "
    "(1.499,00 cada). A gente só tem um plano, então uma cobrança tá sobrando. O recibo da segunda é "
    "LO INV 48102, é essa que peço de volta.\n\nObrigada, fiquem com Deus\nJoseane Bezerra\n"
    "Pousada Maresia - Natal/RN\n")],
    [R("approve", "1499.00")],
    spec="L4: two paid monthly charges 2025-09-23 same period; mail 2025-09-25 17:40 IST (day 2); 'LO INV 48102' "
         "is LO-INV-48102 (section 8): refund 1499.00.")

cust("comercial@frutasdooeste.com.br", "Frutas do Oeste Exportação", "annual", start="2025-09-18", end="2026-09-17")
lopay("pt38_p03", "LO-INV-48103", "comercial@frutasdooeste.com.br", "annual", "11988.00", "2025-09-18T13:00:00",
      "2025-09-18", "2026-09-17")
lopay("pt38_p04", "LO-INV-48104", "comercial@frutasdooeste.com.br", "annual", "11988.00", "2025-09-18T13:01:00",
      "2025-09-18", "2026-09-17")
s = d(2025, 9, 25, 21, 30, BR)
assert day_n("2025-09-18T13:01:00", s) == 8 and (s.date() - date(2025, 9, 18)).days == 7
case("pt-l02-mossoro-melao-dia-8-na-india", LOB, "decided", [M(
    "Comercial Frutas do Oeste <comercial@frutasdooeste.com.br>", SUP, "Cobrança duplicada - plano anual", s,
    "Boa noite,\n\nSomos exportadores de melão aqui de Mossoró. Na quinta passada, dia 18, o plano anual "
    "foi debitado duas vezes (LO-INV-48103 e LO-INV-48104). Estou escrevendo hoje, exatamente 7 dias depois, "
    "dentro do prazo da política. Solicito o estorno da cobrança duplicada LO-INV-48104.\n\nAtt,\n"
    "Francisco Rosado\nGerente Comercial\n")],
    [R("deny")],
    spec="L3: charges 2025-09-18 IST; mail 2025-09-25 21:30 -03:00 = 2025-09-26 06:00 IST: day 8 in the brand's "
         "zone (section 1), though day 7 in Mossoró: deny.")

cust("recepcao@clinicavidaplena.com.br", "Clínica Vida Plena", "quarterly", start="2025-09-19", end="2025-12-18")
lopay("pt38_p05", "LO-INV-48105", "recepcao@clinicavidaplena.com.br", "quarterly", "3999.00", "2025-09-19T15:30:00",
      "2025-09-19", "2025-12-18")
lopay("pt38_p06", "LO-INV-48106", "recepcao@clinicavidaplena.com.br", "quarterly", "3999.00", "2025-09-19T15:32:00",
      "2025-09-19", "2025-12-18")
s = d(2025, 9, 26, 10, 0, BR)
assert day_n("2025-09-19T15:32:00", s) == 7
case("pt-l03-teresina-clinica-dia-7", LOB, "decided", [M(
    "Recepção Clínica Vida Plena <recepcao@clinicavidaplena.com.br>", SUP, "Pagamento em duplicidade", s,
    "Bom dia,\n\nA clínica fez o pagamento do plano trimestral dia 19/09 e o banco descontou duas vezes "
    "(LO-INV-48105 e LO-INV-48106), no mesmo valor de 3.999,00. Foi pago em duplicidade. Pedimos a "
    "devolução da segunda cobrança, LO-INV-48106.\n\nAtenciosamente,\nKarla Nunes - Recepção\n"
    "Clínica Vida Plena - Teresina/PI\n")],
    [R("approve", "3999.00")],
    spec="L4: two paid quarterly charges 2025-09-19 same period; mail 2025-09-26 18:30 IST = day 7 (inside L3): "
         "refund 3999.00.")

cust("financeiro@sorveteriajangada.com.br", "Sorveteria Jangada", "quarterly", start="2025-09-27", end="2025-12-26")
for pid, inv, t in (("pt38_p07", "LO-INV-48107", "19:10:00"), ("pt38_p08", "LO-INV-48108", "19:10:45"),
                    ("pt38_p09", "LO-INV-48109", "19:11:30")):
    lopay(pid, inv, "financeiro@sorveteriajangada.com.br", "quarterly", "3999.00", f"2025-09-27T{t}",
          "2025-09-27", "2025-12-26")
case("pt-l04-maceio-tres-cobrancas", LOB, "decided", [M(
    "Financeiro Sorveteria Jangada <financeiro@sorveteriajangada.com.br>", SUP, "cobraram 3x o trimestral!!",
    d(2025, 9, 29, 8, 40, BR),
    "Bom dia gente\n\nNo sábado a internet aqui na Pajuçara tava caindo e eu cliquei três vezes em pagar. "
    "Resultado: vocês cobraram o trimestral três vezes, LO-INV-48107, LO-INV-48108 e LO-INV-48109, "
    "3.999,00 cada. Só temos uma conta. Quero de volta as duas cobranças a mais, por favor.\n\n"
    "Valeu!\nDiego Tenório\nSorveteria Jangada - Maceió\n")],
    [R("approve", "7998.00")],
    spec="Section 8: three identical quarterly charges (period 2025-09-27): 2nd and 3rd are duplicates, inside "
         "L3 (day 2): 3999.00 x 2 = 7998.00.")

cust("compras@cooperativanortepr.coop.br", "Cooperativa Agroindustrial Norte do Paraná", "monthly",
     start="2025-09-24", end="2025-10-23")
lopay("pt38_p10", "LO-INV-48110", "compras@cooperativanortepr.coop.br", "monthly", "3999.00",
      "2025-09-24T14:00:00", "2025-09-24", "2025-10-23")
case("pt-l05-londrina-cooperativa-valor-errado", LOB, "decided", [M(
    "Setor de Compras - Cooperativa Norte PR <compras@cooperativanortepr.coop.br>", SUP,
    "Valor cobrado diferente do contratado - LO-INV-48110", d(2025, 9, 26, 14, 15, BR),
    "Boa tarde,\n\nContratamos o plano MENSAL para a cooperativa, mas na fatura LO-INV-48110 de 24/09 veio o "
    "valor de 3.999,00, que é o preço do trimestral. Foi cobrado o valor errado. Solicitamos a devolução do "
    "valor cobrado indevidamente.\n\nAtenciosamente,\nEliane Kobayashi\nSetor de Compras\nCooperativa "
    "Agroindustrial Norte do Paraná - Londrina/PR\n")],
    [R("escalate")],
    spec="L2 billing_error (wrong amount) inside L3 (day 2): L5 escalate, no amount.")

cust("contato@escoladeidiomasmaringa.com.br", "Escola de Idiomas Cidade Canção", "monthly", start="2025-09-21",
     end="2025-10-20")
lopay("pt38_p11", "LO-INV-48111", "contato@escoladeidiomasmaringa.com.br", "monthly", "1499.00",
      "2025-09-21T17:00:00", "2025-09-21", "2025-10-20")
s = d(2025, 9, 27, 16, 0, BR)
assert day_n("2025-09-21T17:00:00", s) == 7
case("pt-l06-maringa-escola-sem-acesso", LOB, "decided", [M(
    "Escola Cidade Canção <contato@escoladeidiomasmaringa.com.br>", SUP, "Não conseguimos acessar a plataforma",
    s,
    "Boa tarde,\n\nDesde segunda-feira nenhum dos professores consegue fazer login na plataforma: aparece "
    "'sessão expirada' e volta pra tela inicial. Já limpamos cache, testamos no celular, nada. Estamos em "
    "época de matrículas para o próximo semestre e isso está atrapalhando muito. Caso não resolvam, "
    "queremos o reembolso da mensalidade.\n\nAtt.\nProf.ª Sueli Takahashi\nCoordenação\n")],
    [R("escalate")],
    spec="L2 access_failure inside L3 (2025-09-28 00:30 IST, day 7): L6 escalate; one payment identifies the "
         "invoice.")

cust("enoturismo@vinicolaserragaucha.com.br", "Vinícola Serra Gaúcha", "monthly", start="2025-09-12",
     end="2025-10-11")
lopay("pt38_p12", "LO-INV-48112", "enoturismo@vinicolaserragaucha.com.br", "monthly", "1499.00",
      "2025-09-12T14:00:00", "2025-09-12", "2025-10-11")
s = d(2025, 9, 22, 11, 0, BR)
assert day_n("2025-09-12T14:00:00", s) == 10
case("pt-l07-caxias-vinicola-acesso-tarde", LOB, "decided", [M(
    "Enoturismo Vinícola Serra Gaúcha <enoturismo@vinicolaserragaucha.com.br>", SUP, "Painel não abre - reembolso",
    s,
    "Bom dia,\n\nO painel de vocês não carrega desde a semana passada, fica só a tela branca. Bah, estamos "
    "fechando os pacotes de enoturismo da primavera e precisávamos dos contatos das agências. Pagamos o "
    "mensal no dia 12 (LO-INV-48112). Queremos o dinheiro de volta.\n\nAbraço,\nRenata Bortolini\n"
    "Caxias do Sul/RS\n")],
    [R("deny")],
    spec="L2 access_failure but the charge 2025-09-12 is 10 days before the mail (2025-09-22 19:30 IST): "
         "L3 deny.")

cust("docesdapraca.pelotas@gmail.com", "Doces da Praça", "monthly", start="2025-09-26", end="2025-10-25")
lopay("pt38_p13", "LO-INV-48113", "docesdapraca.pelotas@gmail.com", "monthly", "1499.00", "2025-09-26T14:00:00",
      "2025-09-26", "2025-10-25")
case("pt-l08-pelotas-doceria-desistiu", LOB, "decided", [M(
    "Doces da Praça <docesdapraca.pelotas@gmail.com>", SUP, "devolução", d(2025, 9, 28, 15, 0, BR),
    "Boa tarde!\n\nSou confeiteira, faço doces de Pelotas (quindim, bem-casado, ninho) e assinei o plano "
    "na sexta-feira. Conversei com minha filha e achamos melhor continuar vendendo só pela feira e pelo "
    "WhatsApp, não vou usar a ferramenta. Gostaria do meu dinheiro de volta.\n\nAbraços,\nDona Neusa\n")],
    [R("deny")],
    spec="L1: changed her mind / will not use it: no exception reason: deny (the reply offers cancellation); "
         "one payment identifies the invoice; no cancellation asked.")

cust("gerencia@agropecuariapantanal.com.br", "Agropecuária Pantanal", "quarterly", start="2025-09-10",
     end="2025-12-09")
lopay("pt38_p14", "LO-INV-48114", "gerencia@agropecuariapantanal.com.br", "quarterly", "3999.00",
      "2025-09-10T15:00:00", "2025-09-10", "2025-12-09")
case("pt-l09-cuiaba-caro-cancelar-e-reembolso", LOB, "decided", [M(
    "Gerência Agropecuária Pantanal <gerencia@agropecuariapantanal.com.br>", SUP, "Cancelamento e reembolso",
    d(2025, 9, 18, 10, 0, CUI),
    "Bom dia.\n\nAssinamos o trimestral dia 10 mas o custo ficou alto demais pra nossa realidade, com a seca "
    "o gado não está dando retorno. Quero cancelar a assinatura e receber o reembolso do valor pago "
    "(LO-INV-48114).\n\nAtt. Valdir Campos\nAgropecuária Pantanal - Cuiabá/MT\n")],
    [R("deny"), X("cancel", "2025-12-09")],
    spec="L1 deny (too expensive) + L8 cancel, active until current_period_end 2025-12-09.")

cust("reservas@pousadadoschafarizes.com.br", "Pousada dos Chafarizes", "annual", start="2025-05-06",
     end="2026-05-05")
lopay("pt38_p15", "LO-INV-48115", "reservas@pousadadoschafarizes.com.br", "annual", "11988.00",
      "2025-05-06T14:00:00", "2025-05-06", "2026-05-05")
case("pt-l10-ouro-preto-pousada-cancelar", LOB, "decided", [M(
    "Pousada dos Chafarizes <reservas@pousadadoschafarizes.com.br>", SUP, "Cancelar assinatura anual",
    d(2025, 9, 23, 20, 30, BR),
    "Boa noite,\n\nPor gentileza, cancelem a renovação do nosso plano anual. A pousada vai passar para a "
    "administração de uma rede de Belo Horizonte a partir do ano que vem e eles usam outro sistema. Podem "
    "deixar ativo até o fim do período pago, não precisamos de reembolso.\n\nAtenciosamente,\n"
    "Maria das Graças Loureiro\nPousada dos Chafarizes - Ouro Preto/MG\n")],
    [X("cancel", "2026-05-05")],
    spec="L8: cancel until current_period_end 2026-05-05; 'não precisamos de reembolso' adds no refund.")

cust("geral@quintadoscastanheiros.pt", "Quinta dos Castanheiros", "annual")
lopay("pt38_p16", "LO-INV-48116", "geral@quintadoscastanheiros.pt", "annual", "11988.00", "2025-02-11T13:00:00",
      "2025-02-11", None)
assert add_months(date(2025, 2, 11), 12) - timedelta(days=1) == date(2026, 2, 10)
case("pt-l11-vila-real-quinta-cancelar", LOB, "decided", [M(
    "Quinta dos Castanheiros <geral@quintadoscastanheiros.pt>", SUP, "Cancelamento da subscrição anual",
    d(2025, 9, 29, 18, 40, PT),
    "Boa tarde,\n\nVenho por este meio solicitar o cancelamento da nossa subscrição anual. A quinta vai "
    "deixar o enoturismo e concentrar-se só na produção de vinho do Douro para cooperativa, pelo que já não "
    "precisamos de angariar clientes.\n\nCom os melhores cumprimentos,\nAntónio Mesquita\n"
    "Quinta dos Castanheiros - Vila Real\n")],
    [X("cancel", "2026-02-10")],
    spec="L8 fallback (no current_period_end): last charge 2025-02-11 + 12 months - 1 day = 2026-02-10.")

cust("oficina.barcos.viana@sapo.pt", "Estaleiro Ribeira Lima", "quarterly")
lopay("pt38_p17", "LO-INV-48117", "oficina.barcos.viana@sapo.pt", "quarterly", "3999.00", "2025-04-22T13:00:00",
      "2025-04-22", None)
lopay("pt38_p18", "LO-INV-48118", "oficina.barcos.viana@sapo.pt", "quarterly", "3999.00", "2025-07-22T13:00:00",
      "2025-07-22", None)
assert add_months(date(2025, 7, 22), 3) - timedelta(days=1) == date(2025, 10, 21)
case("pt-l12-viana-castelo-estaleiro-trimestral", LOB, "decided", [M(
    "Estaleiro Ribeira Lima <oficina.barcos.viana@sapo.pt>", SUP, "anular plano trimestral",
    d(2025, 9, 27, 10, 15, PT),
    "Bom dia,\n\nQueria anular o plano trimestral. Somos um pequeno estaleiro de barcos de madeira em Viana "
    "do Castelo e as encomendas chegam-nos pelo passa-palavra, a plataforma não trouxe nada de jeito.\n\n"
    "Cumprimentos,\nManuel Amorim\n")],
    [X("cancel", "2025-10-21")],
    spec="L8 fallback: last charge 2025-07-22 + 3 months - 1 day = 2025-10-21.")

cust("oksana.kovalenko.dev@ukr.net", "Oksana Kovalenko", "monthly", start="2025-09-26", end="2025-10-25")
lopay("pt38_p19", "LO-INV-48119", "oksana.kovalenko.dev@ukr.net", "monthly", "1499.00", "2025-09-26T14:30:00",
      "2025-09-26", "2025-10-25")
case("pt-l13-kyiv-ucraniana-duplicado-sem-par", LOB, "decided", [M(
    "Oksana Kovalenko <oksana.kovalenko.dev@ukr.net>", SUP, "Pagamento duas vezes", d(2025, 9, 28, 11, 0, UA),
    "Dobryi den, bom dia!\n\nEu escrevo em português porque morei dois anos em Lisboa, desculpa erros. Meu "
    "banco mostra que vocês cobraram plano mensal duas vezes no dia 26 de setembro, uma é fatura "
    "LO-INV-48119 e outra transação igual. Peço devolver o pagamento duplicado.\n\nObrigada,\nOksana "
    "Kovalenko\nfreelancer, Kyiv\n")],
    [R("escalate")],
    spec="L2 duplicate_payment claimed inside L3 (day 2) but the ledger holds one charge only: L4 escalate.")

cust("marcos.arce.dourados@gmail.com", "Marcos Arce", "monthly", status="trial", trial_ends="2025-10-04")
case("pt-l14-dourados-guarani-teste-gratis", LOB, "decided", [M(
    "Marcos Arce <marcos.arce.dourados@gmail.com>", SUP, "quero reembolso", d(2025, 9, 27, 10, 0, MS),
    "Mba'éichapa, bom dia.\n\nEu sou de aldeia perto de Dourados, meu primeiro idioma é guarani, escrevo "
    "português do jeito que sei. Eu estou no teste grátis do plano mensal para vender artesanato. Não "
    "gostei, é difícil demais para mim. Quero reembolso do meu dinheiro.\n\nAguyje,\nMarcos Arce\n")],
    [R("deny")],
    spec="L7: the account is on a free trial, no charge: deny; nothing is billed unless he subscribes.")

cust("financas@kwanzaimport.co.ao", "Kwanza Import & Export, Lda.", "quarterly", start="2025-09-24",
     end="2025-12-23")
lopay("pt38_p20", "LO-INV-48120", "financas@kwanzaimport.co.ao", "quarterly", "3999.00", "2025-09-24T14:00:00",
      "2025-09-24", "2025-12-23")
lopay("pt38_p21", "LO-INV-48121", "financas@kwanzaimport.co.ao", "quarterly", "3999.00", "2025-09-24T14:02:00",
      "2025-09-24", "2025-12-23")
case("pt-l15-luanda-gmail-pessoal", LOB, "need_info", [M(
    "Edson Neto <edson.neto.ao@gmail.com>", SUP, "Débito em duplicado", d(2025, 9, 26, 9, 30, AO),
    "Bom dia,\n\nEscrevo do meu e-mail pessoal porque estou em viagem em Joanesburgo. A conta da empresa "
    "está registada em financas@kwanzaimport.co.ao. Fomos debitados duas vezes do plano trimestral no dia "
    "24 (a duplicada é a LO-INV-48121). Agradeço a devolução.\n\nEdson Neto\nDirector Financeiro\n"
    "Kwanza Import & Export, Lda. - Talatona, Luanda\n")],
    rules=["C2"],
    spec="C2: the sender is not the registered email he names: need_info, write from the address on record.")

cust("direccao@ongmaosunidas.org.mz", "ONG Mãos Unidas", "annual", start="2025-09-22", end="2026-09-21")
lopay("pt38_p22", "LO-INV-48122", "direccao@ongmaosunidas.org.mz", "annual", "11988.00", "2025-09-22T13:00:00",
      "2025-09-22", "2026-09-21")
case("pt-l16-maputo-ong-enc-outlook", LOB, "need_info", [M(
    "Administração ONG Mãos Unidas <admin@ongmaosunidas.org.mz>", SUP, "ENC: Cobrança plano errado",
    d(2025, 9, 25, 8, 45, MZ),
    "Bom dia,\n\nEncaminho o pedido da nossa directora, que está no terreno em Inhambane sem rede.\n\n"
    "Cumprimentos,\nCélia Mondlane\nAdministração\n\n"
    "________________________________\n"
    "De: Graça Sitoe <direccao@ongmaosunidas.org.mz>\n"
    "Enviado: quarta-feira, 24 de setembro de 2025 19:02\n"
    "Para: Célia Mondlane <admin@ongmaosunidas.org.mz>\n"
    "Assunto: Cobrança plano errado\n\n"
    "Célia, por favor escreve à LeadsOptima: cobraram-nos o plano anual (LO-INV-48122) quando o doador só "
    "aprovou o mensal. Pede a devolução. A conta é direccao@ongmaosunidas.org.mz.\n\nGraça\n")],
    rules=["C2"],
    spec="Section 8 forward (ENC:, Outlook block) carrying the registered address direccao@; the sender admin@ is "
         "another address: C2 need_info.")

case("pt-l17-teresina-remetente-desconhecido", LOB, "need_info", [M(
    "Raimundo Nonato <raimundo.cajuina@yahoo.com.br>", SUP, "cancelar", d(2025, 9, 29, 19, 10, BR),
    "Boa noite. Tenho uma fábrica pequena de cajuína aqui em Teresina e fiz uma assinatura com vocês. Não "
    "estou usando. Cancela minha assinatura por favor.\n\nRaimundo\n")],
    rules=["C2"],
    spec="C2/C3: unknown sender naming no other address (not in the LeadsOptima ledger): need_info, nothing "
         "about any account.")

cust("beatriz.sampaio@gmail.com", "Beatriz Sampaio", "monthly", start="2025-09-14", end="2025-10-13")
lopay("pt38_p23", "LO-INV-48123", "beatriz.sampaio@gmail.com", "monthly", "1499.00", "2025-09-14T15:00:00",
      "2025-09-14", "2025-10-13")
case("pt-l18-ouro-preto-endereco-com-mais", LOB, "need_info", [M(
    "Beatriz Sampaio <beatriz.sampaio+leadsoptima@gmail.com>", SUP, "Cancelamento do plano mensal",
    d(2025, 9, 26, 11, 0, BR),
    "Bom dia,\n\nSou arquiteta freelancer, trabalho com restauro de casarões em Ouro Preto. Quero cancelar "
    "meu plano mensal, fechei contrato fixo com uma construtora de Mariana.\n\nAbraço,\nBeatriz\n")],
    rules=["C2"],
    spec="Section 8: beatriz.sampaio+leadsoptima@ is another address than the registered beatriz.sampaio@: C2.")

cust("grafica.pedebola@gmail.com", "Gráfica Pé de Bola", "monthly", start="2025-09-22", end="2025-10-21")
lopay("pt38_p24", "LO-INV-48124", "grafica.pedebola@gmail.com", "monthly", "1499.00", "2025-09-22T16:00:00",
      "2025-09-22", "2025-10-21")
case("pt-l19-londrina-grafica-sem-motivo", LOB, "need_info", [M(
    "Gráfica Pé de Bola <grafica.pedebola@gmail.com>", SUP, "Solicitação de reembolso - LO-INV-48124",
    d(2025, 9, 24, 14, 30, BR),
    "Boa tarde,\n\nVenho por meio deste solicitar o reembolso referente à fatura LO-INV-48124 do plano "
    "mensal.\n\nNo aguardo,\nAtt.\n\nRoberto Yamamoto\nGráfica Pé de Bola - Londrina/PR\n\n"
    "AVISO: Esta mensagem pode conter informação confidencial. Se você não for o destinatário, "
    "apague-a.\n")],
    missing=["reason"],
    spec="C3: refund with plan (ledger) and invoice but no reason (the request restated and the disclaimer are "
         "not reasons): need_info reason.")

cust("fisio.laranjal@gmail.com", "Fisioterapia Laranjal", "monthly", start="2025-09-27", end="2025-10-26")
lopay("pt38_p25", "LO-INV-48125", "fisio.laranjal@gmail.com", "monthly", "1499.00", "2025-08-27T15:00:00",
      "2025-08-27", "2025-09-26")
lopay("pt38_p26", "LO-INV-48126", "fisio.laranjal@gmail.com", "monthly", "1499.00", "2025-09-27T15:00:00",
      "2025-09-27", "2025-10-26")
case("pt-l20-pelotas-fisio-sem-fatura", LOB, "need_info", [M(
    "Fisioterapia Laranjal <fisio.laranjal@gmail.com>", SUP, "cobrança com valor errado",
    d(2025, 9, 29, 12, 20, BR),
    "Boa tarde,\n\nSou fisioterapeuta no Laranjal, em Pelotas. Uma das cobranças de vocês veio com valor "
    "errado, maior do que o combinado com o vendedor, mas não sei dizer qual das duas porque o extrato do "
    "cartão mostra tudo em dólar e misturado. Podem verificar e me devolver a diferença?\n\n"
    "Obrigada,\nDra. Luciana Fetter\n")],
    missing=["invoice_number"],
    spec="C3: billing_error claimed against one of two charges (2025-08-27, 2025-09-27), not identified: "
         "need_info invoice_number.")

cust("contato@tapiocariadaponta.com.br", "Tapiocaria da Ponta", "monthly", start="2025-09-25", end="2025-10-24")
lopay("pt38_p27", "LO-INV-48127", "contato@tapiocariadaponta.com.br", "monthly", "1499.00", "2025-09-25T13:00:00",
      "2025-09-25", "2025-10-24")
lopay("pt38_p28", "LO-INV-48128", "contato@tapiocariadaponta.com.br", "monthly", "1499.00", "2025-09-25T13:01:30",
      "2025-09-25", "2025-10-24")
case("pt-l21-maceio-fio-motivo-duplicado", LOB, "decided", [
    M("Tapiocaria da Ponta <contato@tapiocariadaponta.com.br>", SUP, "Reembolso LO-INV-48128",
      d(2025, 9, 26, 15, 0, BR),
      "Boa tarde, quero o reembolso da fatura LO-INV-48128.\n\nEnviado do meu iPhone\n"),
    M("Tapiocaria da Ponta <contato@tapiocariadaponta.com.br>", SUP, "Re: Reembolso LO-INV-48128 [LO-4871]",
      d(2025, 9, 29, 10, 0, BR),
      "Bom dia! Desculpa, esqueci de explicar: essa fatura é uma cobrança em duplicidade, vocês cobraram "
      "duas vezes o mesmo mês (a outra é LO-INV-48127).\n\nSandra\n\nEnviado do meu iPhone\n\n"
      "Em 27 de set. de 2025, às 09:14, LeadsOptima Support <support@leadsoptima.com> escreveu:\n\n"
      "> Para continuar, informe o motivo do seu pedido. [LO-4871]\n",
      headers={"_irt": "<lo-4871.reply@leadsoptima.com>"})],
    [R("approve", "1499.00")],
    spec="C3 thread (Apple Mail pt-BR): request time = first mail 2025-09-26 23:30 IST (day 1); the answer gives "
         "duplicate_payment: L4 approve 1499.00.")

cust("carla.morais@douro-turismo.pt", "Carla Morais", "monthly", start="2025-09-20", end="2025-10-19")
lopay("pt38_p29", "LO-INV-48129", "carla.morais@douro-turismo.pt", "monthly", "1499.00", "2025-08-20T14:00:00",
      "2025-08-20", "2025-09-19")
lopay("pt38_p30", "LO-INV-48130", "carla.morais@douro-turismo.pt", "monthly", "1499.00", "2025-09-20T14:00:00",
      "2025-09-20", "2025-10-19")
s = d(2025, 9, 23, 10, 0, PT)
assert day_n("2025-09-20T14:00:00", s) == 3
case("pt-l22-vila-real-fio-fatura-acesso", LOB, "decided", [
    M("Carla Morais <carla.morais@douro-turismo.pt>", SUP, "Não consigo entrar na conta", s,
      "Bom dia,\n\nDesde sábado que não consigo entrar na conta: diz 'utilizador bloqueado'. Organizo "
      "passeios de barco no Douro e preciso dos contactos das agências. Se não resolverem, quero o reembolso "
      "da mensalidade.\n\nCarla\n"),
    M("Carla Morais <carla.morais@douro-turismo.pt>", SUP, "RE: Não consigo entrar na conta [LO-4872]",
      d(2025, 9, 25, 17, 0, PT),
      "Boa tarde, a factura é a LO-INV-48130 (a de setembro). Continuo sem conseguir entrar.\nCarla\n\n"
      "-----Mensagem original-----\nDe: LeadsOptima Support\nAssunto: Re: Não consigo entrar na conta [LO-4872]\n"
      "\n> Indique-nos o número da fatura. [LO-4872]\n",
      headers={"_irt": "<lo-4872.reply@leadsoptima.com>"})],
    [R("escalate")],
    spec="C3 thread: first mail 2025-09-23 14:30 IST (day 3 of the 2025-09-20 charge) lacked the invoice; the "
         "answer names LO-INV-48130: L6 access_failure escalate.")

cust("contato@academiaforcanatal.com.br", "Academia Força Natal", "monthly", start="2025-09-26", end="2025-10-25")
lopay("pt38_p31", "LO-INV-48131", "contato@academiaforcanatal.com.br", "monthly", "1499.00", "2025-09-26T12:30:00",
      "2025-09-26", "2025-10-25")
lopay("pt38_p32", "LO-INV-48132", "contato@academiaforcanatal.com.br", "monthly", "1499.00", "2025-09-26T12:31:00",
      "2025-09-26", "2025-10-25")
case("pt-l23-natal-academia-chargeback", LOB, "decided", [M(
    "Academia Força Natal <contato@academiaforcanatal.com.br>", SUP, "COBRANÇA DUPLICADA - RESOLVAM",
    d(2025, 9, 28, 13, 0, BR),
    "Boa tarde. Já mandei mensagem no chat e ninguém responde. Vocês cobraram duas vezes o mensal na sexta "
    "(LO-INV-48131 e LO-INV-48132). Se até terça o dinheiro não voltar, vou contestar a compra no cartão e "
    "pedir o chargeback das duas. Simples assim.\n\nWellington Dantas\n")],
    [R("escalate")], rules=["C4"],
    spec="C4: chargeback threat escalates the case, though L4 would approve.")

cust("loja@modapraiamaceio.com.br", "Moda Praia Maceió", "quarterly", start="2025-09-24", end="2025-12-23")
lopay("pt38_p33", "LO-INV-48133", "loja@modapraiamaceio.com.br", "quarterly", "3999.00", "2025-09-24T17:00:00",
      "2025-09-24", "2025-12-23")
case("pt-l24-maceio-procon", LOB, "decided", [M(
    "Moda Praia Maceió <loja@modapraiamaceio.com.br>", SUP, "Valor errado na fatura LO-INV-48133",
    d(2025, 9, 26, 10, 30, BR),
    "Bom dia,\n\nA vendedora de vocês nos ofereceu o trimestral com 25% de desconto e a fatura LO-INV-48133 "
    "veio com o valor cheio. Cobrança com valor errado. Já registrei reclamação no Procon e "
    "quero a diferença de volta.\n\nLarissa Calheiros\nModa Praia Maceió\n")],
    [R("escalate")], rules=["C4"],
    spec="C4: a complaint filed with Procon (the consumer-protection body): escalate (L5 would escalate too).")

cust("secretaria@cervejariavaleverde.com.br", "Cervejaria Vale Verde", "monthly", start="2025-09-15",
     end="2025-10-14")
lopay("pt38_p34", "LO-INV-48134", "secretaria@cervejariavaleverde.com.br", "monthly", "1499.00",
      "2025-09-15T15:00:00", "2025-09-15", "2025-10-14")
case("pt-l25-caxias-cancelar-com-advogado", LOB, "decided", [M(
    "Cervejaria Vale Verde <secretaria@cervejariavaleverde.com.br>", SUP, "Cancelamento imediato",
    d(2025, 9, 27, 18, 45, BR),
    "Boa noite\n\nQuero cancelar o plano mensal agora. Prometeram treinamento e ninguém apareceu. Se "
    "cobrarem mais uma mensalidade, o nosso advogado vai entrar com ação e vou ao Procon.\n\n"
    "Giovani Zanella\nCervejaria Vale Verde - Caxias do Sul\n")],
    [X("escalate")], rules=["C4"],
    spec="Section 8: C4 covers the whole case: the lawyer/Procon threat escalates the cancellation.")

cust("contato@livrariasebodoporto.com.br", "Sebo do Porto Livraria Online", "monthly", start="2025-09-28",
     end="2025-10-27")
lopay("pt38_p35", "LO-INV-48135", "contato@livrariasebodoporto.com.br", "monthly", "1499.00",
      "2025-09-28T18:00:00", "2025-09-28", "2025-10-27")
lopay("pt38_p36", "LO-INV-48136", "contato@livrariasebodoporto.com.br", "monthly", "1499.00",
      "2025-09-28T18:00:35", "2025-09-28", "2025-10-27")
case("pt-l26-pelotas-livraria-descarta-contestacao", LOB, "decided", [M(
    "Sebo do Porto <contato@livrariasebodoporto.com.br>", SUP, "Cobrança repetida LO-INV-48136",
    d(2025, 9, 29, 9, 50, BR),
    "Bom dia, pessoal\n\nOntem vocês cobraram duas vezes o mensal da nossa livraria online (LO-INV-48135 e "
    "LO-INV-48136). Fiquem tranquilos, não vou abrir contestação no cartão, prefiro resolver direto com "
    "vocês. Só peço a devolução da cobrança repetida, a 48136.\n\nAbraço,\nTiago Schneid\n"
    "Sebo do Porto - livros usados, Pelotas\n")],
    [R("approve", "1499.00")],
    spec="Section 8: the card dispute is ruled out, no other threat: no C4; L4 approve the later charge "
         "1499.00 (day 1).")

case("pt-l27-vila-real-resposta-automatica", LOB, "ignore", [M(
    "Quinta dos Castanheiros <geral@quintadoscastanheiros.pt>", SUP,
    "Resposta automática: Re: Cancelamento da subscrição anual [LO-4880]", d(2025, 9, 30, 9, 0, PT),
    "Obrigado pelo seu contacto. Estamos em vindimas e só responderemos a partir de 6 de outubro.\n",
    headers={"Auto-Submitted": "auto-replied", "_irt": "<lo-4880.reply@leadsoptima.com>"})],
    rules=["C7"], spec="C7: Auto-Submitted auto-replied: ignore.")

case("pt-l28-pelotas-lista-associacao", LOB, "ignore", [M(
    "Rede Empresarial Doce Sul <boletim@rededocesul.example>", SUP,
    "[Doce Sul Informa] Boletim semanal - setembro", d(2025, 9, 29, 7, 0, BR),
    "Boletim semanal da Rede Empresarial Doce Sul.\n\n- Feira de Primavera dos associados: inscrições abertas\n"
    "- Palestra: vendas pela internet para pequenos lojistas\n\nPara cancelar a inscrição nesta lista, "
    "responda com SAIR.\n",
    headers={"List-Id": "Doce Sul Informa <informa.rededocesul.example>", "Precedence": "list",
             "List-Unsubscribe": "<mailto:sair@rededocesul.example>"})],
    rules=["C7"], spec="C7: List-Id and Precedence: list (a mailing list; its 'cancelar a inscrição' is no "
                       "request): ignore.")

cust("contato@cafedoserido.com.br", "Café do Seridó", "monthly", start="2025-09-12", end="2025-10-11")
lopay("pt38_p37", "LO-INV-48137", "contato@cafedoserido.com.br", "monthly", "1499.00", "2025-09-12T14:00:00",
      "2025-09-12", "2025-10-11")
case("pt-l29-mossoro-pergunta-mudar-plano", LOB, "other", [M(
    "Café do Seridó <contato@cafedoserido.com.br>", SUP, "Dúvida sobre mudança de plano",
    d(2025, 9, 27, 10, 20, BR),
    "Bom dia!\n\nEstamos gostando da plataforma e queremos passar do mensal para o anual. Consigo fazer isso "
    "sozinho pelo Billing ou vocês mudam? Vocês descontam o que já paguei este mês?\n\nObrigado,\n"
    "Ítalo Fernandes\n")],
    spec="A question about changing plan: neither refund nor cancellation: other.")

cust("thiago.kauffmann@gmail.com", "Thiago Kauffmann", "monthly", start="2025-09-20", end="2025-10-19")
lopay("pt38_p38", "LO-INV-48138", "thiago.kauffmann@gmail.com", "monthly", "1499.00", "2025-09-20T12:00:00",
      "2025-09-20", "2025-10-19")
case("pt-l30-cuiaba-obrigado-ja-caiu", LOB, "other", [M(
    "Thiago Kauffmann <thiago.kauffmann@gmail.com>", SUP, "Re: Seu reembolso foi processado [LO-4650]",
    d(2025, 9, 29, 17, 0, CUI),
    "Boa tarde! Só passando pra avisar que o estorno da cobrança em dobro já caiu no cartão. Muito "
    "obrigado pela agilidade, continuamos com vocês.\n\nThiago\n",
    headers={"_irt": "<lo-4650.reply@leadsoptima.com>"})],
    spec="Thanks for a refund already received (past event): other.")

cust("contabilidade@construtorasaomiguel.co.mz", "Construtora São Miguel", "quarterly", start="2025-09-05",
     end="2025-12-04")
lopay("pt38_p39", "LO-INV-48139", "contabilidade@construtorasaomiguel.co.mz", "quarterly", "3999.00",
      "2025-09-05T14:00:00", "2025-09-05", "2025-12-04")
case("pt-l31-maputo-nao-quero-reembolso-nuit", LOB, "other", [M(
    "Contabilidade Construtora São Miguel <contabilidade@construtorasaomiguel.co.mz>", SUP,
    "Factura com NUIT", d(2025, 9, 23, 10, 0, MZ),
    "Bom dia,\n\nNão queremos reembolso nem cancelar o serviço, está a correr bem. Só precisamos que a "
    "factura LO-INV-48139 seja emitida em nome da empresa com o nosso NUIT 400123456, senão o "
    "fisco não a aceita.\n\nCumprimentos,\nDelfina Macuácua\nContabilista\n")],
    spec="Section 8 negation ('Não queremos reembolso nem cancelar'); the request is an invoice correction: other.")

case("pt-l32-natal-foodtruck-hipotetico", LOB, "other", [M(
    "Food Truck Camarão do Potengi <camaraodopotengi@gmail.com>", SUP, "dúvida antes de assinar",
    d(2025, 9, 25, 16, 30, BR),
    "Boa tarde! Tenho um food truck de camarão aqui em Natal e tô pensando em assinar o trimestral. Se eu "
    "pagar e em duas semanas ver que não serve pra mim, vocês devolvem o dinheiro? Ou é melhor começar "
    "pelo mensal?\n\nValeu, Júnior\n")],
    spec="Section 8 hypothetical before buying: a policy question, no request: other.")

cust("secretaria@coopsertaopiaui.coop.br", "Cooperativa Sertão do Piauí", "monthly", start="2025-09-10",
     end="2025-10-09")
lopay("pt38_p40", "LO-INV-48140", "secretaria@coopsertaopiaui.coop.br", "monthly", "1499.00",
      "2025-09-10T14:00:00", "2025-09-10", "2025-10-09")
s = d(2025, 9, 26, 9, 0, BR)
assert day_n("2025-09-10T14:00:00", s) == 16
case("pt-l33-teresina-cooperativa-cobrou-apos-cancelar", LOB, "decided", [M(
    "Secretaria Cooperativa Sertão do Piauí <secretaria@coopsertaopiaui.coop.br>", SUP,
    "Cobrança após cancelamento", s,
    "Bom dia.\n\nSou a secretária da Cooperativa de Apicultores Sertão do Piauí. Na assembleia de agosto "
    "decidimos cancelar a LeadsOptima e o tesoureiro cancelou, mas mesmo assim fomos cobrados no dia 10 de "
    "setembro (LO-INV-48140). Cobraram depois que cancelamos. Pedimos a devolução.\n\nSem mais,\n"
    "Francisca das Chagas Lima\nSecretária\n")],
    [R("deny")],
    spec="L2 billing_error (charged after cancelling) but 16 days after the charge: L3 deny.")

cust("atendimento@pantanaltur.com.br", "Pantanal Tur", "monthly", start="2025-09-21", end="2025-10-20")
lopay("pt38_p41", "LO-INV-48141", "atendimento@pantanaltur.com.br", "monthly", "1499.00", "2025-09-21T16:00:00",
      "2025-09-21", "2025-10-20")
s = d(2025, 9, 26, 14, 0, CUI)
assert day_n("2025-09-21T16:00:00", s) == 5
case("pt-l34-cuiaba-html-nao-carrega", LOB, "decided", [M(
    "Atendimento Pantanal Tur <atendimento@pantanaltur.com.br>", SUP, "Plataforma não carrega", s,
    "<html><body><div dir=\"ltr\"><p>Boa tarde,</p><p>Desde terça a <b>plataforma não carrega</b>: fica "
    "rodando e depois dá <i>erro 504</i>. Testamos em três computadores da agência. Se não for resolvido, "
    "pedimos o reembolso da mensalidade.</p><p>Att.,<br>Jéssica Arruda<br>Pantanal Tur - Cuiabá/MT</p>"
    "</div></body></html>", html=True)],
    [R("escalate")],
    spec="HTML-only: L2 access_failure inside L3 (2025-09-26 23:30 IST, day 5): L6 escalate; one payment.")

cust("atelie.serra@gmail.com", "Ateliê Serra", "monthly", start="2025-09-28", end="2025-10-27")
lopay("pt38_p42", "LO-INV-48142", "atelie.serra@gmail.com", "monthly", "1499.00", "2025-09-28T13:00:00",
      "2025-09-28", "2025-10-27")
case("pt-l35-caxias-cobrou-apos-cancelar", LOB, "decided", [M(
    "Ateliê Serra <atelie.serra@gmail.com>", SUP, "Cobraram depois do cancelamento!", d(2025, 9, 29, 11, 0, BR),
    "Bom dia,\n\nCancelei o plano em Billing > Cancel Plan no dia 20 de setembro (tenho o print) e mesmo "
    "assim fui cobrada no domingo, dia 28 (LO-INV-48142). Cobrança indevida, fui cobrada depois que "
    "cancelei. Peço a devolução.\n\nAtt.,\nPatrícia Bergamaschi\n")],
    [R("escalate")],
    spec="L2 billing_error (charged after cancelling) inside L3 (day 1): L5 escalate.")

cust("compras@farmaciadopoti.com.br", "Farmácia do Poti", "monthly", start="2025-09-24",
     end="2025-10-23")
lopay("pt38_p43", "LO-INV-48143", "compras@farmaciadopoti.com.br", "monthly", "1499.00", "2025-09-24T14:00:00",
      "2025-09-24", "2025-10-23")
lopay("pt38_p44", "LO-INV-48144", "compras@farmaciadopoti.com.br", "monthly", "1499.00", "2025-09-24T14:01:00",
      "2025-09-24", "2025-10-23", status="failed")
case("pt-l36-teresina-cobranca-falhada", LOB, "decided", [M(
    "Compras Farmácia do Poti <compras@farmaciadopoti.com.br>", SUP, "Cobrança duplicada LO-INV-48144",
    d(2025, 9, 27, 9, 30, BR),
    "Bom dia,\n\nNo dia 24 apareceram duas cobranças do plano mensal, LO-INV-48143 e LO-INV-48144. Pedimos "
    "o reembolso da segunda, LO-INV-48144, que está duplicada.\n\nAtenciosamente,\nHélio Portela\n")],
    [R("escalate")],
    spec="Section 8: LO-INV-48144 has status failed (not paid): no pair of paid charges, a refund of a non-paid "
         "payment: escalate.")

cust("guia.ouropreto@gmail.com", "Rodrigo Guia Ouro Preto", "monthly", start="2025-09-15", end="2025-10-14")
lopay("pt38_p45", "LO-INV-48145", "guia.ouropreto@gmail.com", "monthly", "1499.00", "2025-09-15T15:00:00",
      "2025-09-15", "2025-10-14")
case("pt-l37-ouro-preto-guia-longo", LOB, "decided", [M(
    "Rodrigo - Guia Ouro Preto <guia.ouropreto@gmail.com>", SUP, "algumas coisas", d(2025, 9, 30, 17, 45, BR),
    "Oi, tudo certo? Vou escrever um pouco comprido, desculpem.\n\nSou guia de turismo credenciado aqui em "
    "Ouro Preto, faço roteiros das igrejas, das minas e do Aleijadinho. Comecei a usar a LeadsOptima em "
    "julho para conseguir escolas e agências de BH, e até funcionou, fechei duas excursões de colégio.\n\n"
    "Mas agora vem a época de chuva e o movimento cai muito, então peço que cancelem meu plano mensal; "
    "quando voltar a temporada talvez eu volte.\n\nAproveitando: os contatos que exportei em planilha "
    "continuam comigo? E vocês têm desconto para associação de guias? Pergunto por um colega de "
    "Tiradentes.\n\nUm abraço e obrigado,\nRodrigo Guimarães\n")],
    [X("cancel", "2025-10-14")],
    spec="Long mail with the cancellation in the middle and side questions: L8 cancel until 2025-10-14.")

cust("tesouraria@grupolemba.co.ao", "Grupo Lemba Investimentos", "annual", start="2025-09-29", end="2026-09-28")
lopay("pt38_p46", "LO-INV-48146", "tesouraria@grupolemba.co.ao", "annual", "11988.00", "2025-09-29T12:00:00",
      "2025-09-29", "2026-09-28")
lopay("pt38_p47", "LO-INV-48147", "tesouraria@grupolemba.co.ao", "annual", "11988.00", "2025-09-29T12:02:00",
      "2025-09-29", "2026-09-28")
case("pt-l38-luanda-tesouraria-duplicado", LOB, "decided", [M(
    "Tesouraria Grupo Lemba <tesouraria@grupolemba.co.ao>", SUP, "Pagamento em duplicado - plano anual",
    d(2025, 9, 30, 9, 0, AO),
    "Exmos. Senhores,\n\nVerificámos na conta em divisas que o plano anual foi pago duas vezes ontem, dia "
    "29 (LO-INV-48146 e LO-INV-48147), mesmo montante e mesmo período. Solicitamos a devolução do pagamento "
    "em duplicado, a factura LO-INV-48147.\n\nSem outro assunto de momento,\nDr. Osvaldo Kiala\nTesoureiro\n"
    "Grupo Lemba Investimentos - Luanda\n")],
    [R("approve", "11988.00")],
    spec="L4: two paid annual charges 2025-09-29 same period; mail 2025-09-30 13:30 IST (day 1): 11988.00.")

cust("contato@graficacidadecancao.com.br", "Gráfica Cidade Canção", "quarterly", start="2025-09-01",
     end="2025-11-30")
lopay("pt38_p48", "LO-INV-48148", "contato@graficacidadecancao.com.br", "quarterly", "3999.00",
      "2025-09-01T15:00:00", "2025-09-01", "2025-11-30")
case("pt-l39-maringa-fio-responde-do-registrado", LOB, "decided", [
    M("Vendas Gráfica <vendas.graficacc@gmail.com>", SUP, "Cancelar plano", d(2025, 9, 26, 10, 0, BR),
      "Bom dia, aqui é da gráfica, queremos cancelar o plano trimestral da LeadsOptima. A carteira de "
      "clientes já está cheia até o fim do ano.\n\nVendas\n"),
    M("Gráfica Cidade Canção <contato@graficacidadecancao.com.br>", SUP, "Re: Cancelar plano [LO-4890]",
      d(2025, 9, 27, 9, 30, BR),
      "Bom dia, estou respondendo do e-mail em que a conta está cadastrada, como vocês pediram. Confirmo o "
      "cancelamento do plano trimestral: a carteira de clientes já está cheia até o fim do ano.\n\n"
      "Edson Matsuda\nGráfica Cidade Canção - Maringá/PR\n\n"
      "Em sex., 26 de set. de 2025 às 14:05, LeadsOptima Support <support@leadsoptima.com> escreveu:\n"
      "> Por segurança, escreva-nos a partir do e-mail cadastrado da conta. [LO-4890]\n",
      headers={"_irt": "<lo-4890.reply@leadsoptima.com>"})],
    [X("cancel", "2025-11-30")],
    spec="docs/policy.md (fix45w): the first mail came from an unknown address naming none (C2 asked); the answer "
         "in the thread comes from the registered email: decided for it, no C2: L8 cancel until 2025-11-30.")

cust("reservas@casadorioalvao.pt", "Casa do Rio Alvão", "monthly", start="2025-09-22", end="2025-10-21")
lopay("pt38_p49", "LO-INV-48149", "reservas@casadorioalvao.pt", "monthly", "1499.00", "2025-09-22T13:00:00",
      "2025-09-22", "2025-10-21")
lopay("pt38_p50", "LO-INV-48150", "reservas@casadorioalvao.pt", "monthly", "1499.00", "2025-09-22T13:00:45",
      "2025-09-22", "2025-10-21")
s = d(2025, 9, 29, 23, 50, PT)
assert (s.date() - date(2025, 9, 22)).days == 7 and day_n("2025-09-22T13:00:45", s) == 8
case("pt-l40-vila-real-dia-7-local-dia-8-india", LOB, "decided", [M(
    "Casa do Rio Alvão <reservas@casadorioalvao.pt>", SUP, "Cobrança em duplicado - mensalidade", s,
    "Boa noite,\n\nSó agora ao fechar as contas do turismo rural vi que na segunda-feira, dia 22, a mensalidade "
    "foi cobrada duas vezes (LO-INV-48149 e LO-INV-48150). Ainda estou dentro dos 7 dias. Peço a devolução "
    "da cobrança repetida, LO-INV-48150.\n\nCumprimentos,\nAlcina Teixeira\nCasa do Rio Alvão - Vila Real\n")],
    [R("deny")],
    spec="L3 counts in the brand's zone: charge 2025-09-22 IST; mail 2025-09-29 23:50 +01:00 = 2025-09-30 04:20 "
         "IST, day 8 (day 7 in Vila Real): deny.")

# ---------------------------------------------------------------------------------------------
# Optima WebDesign
# ---------------------------------------------------------------------------------------------

proj("Site Escritório Arq. Dantas Potiguar", "escritorio@dantaspotiguar.arq.br")
owpay("pt38_o01", "OWD-2025-4801", "Site Escritório Arq. Dantas Potiguar", "deposit", "24000.00",
      "2025-09-26T15:00:00")
s = d(2025, 9, 27, 14, 30, BR)
assert 0 < hours("2025-09-26T15:00:00", s) < 72
case("pt-o01-natal-arquiteto-sinal", OWB, "decided", [M(
    "Escritório Dantas Potiguar <escritorio@dantaspotiguar.arq.br>", OWDTO,
    "Refund Request — Site Escritório Arq. Dantas Potiguar / OWD-2025-4801", s,
    "Boa tarde,\n\nOntem pagamos o sinal do projeto Site Escritório Arq. Dantas Potiguar (fatura "
    "OWD-2025-4801). Hoje soubemos que o escritório vai ser incorporado por um grupo de Recife que já tem "
    "site e equipe de marketing. Pedimos a devolução do sinal; pelo que sei vocês ainda não começaram.\n\n"
    "Att.,\nArq. Felipe Dantas\n")],
    [R("approve", "24000.00")],
    spec="O2: deposit 2025-09-26 15:00 IST, mail 2025-09-27 23:00 IST (32 h), no work started: approve "
         "24000.00 before tax.")

proj("Loja Virtual Castanhas do Piauí", "vendas@castanhasdopiaui.com.br")
owpay("pt38_o02", "OWD-2025-4802", "Loja Virtual Castanhas do Piauí", "deposit", "18000.00", "2025-09-22T17:30:00")
s = d(2025, 9, 25, 9, 0, BR)
assert hours("2025-09-22T17:30:00", s) == 72
case("pt-o02-teresina-72-horas-exatas", OWB, "decided", [M(
    "Castanhas do Piauí <vendas@castanhasdopiaui.com.br>", OWDTO, "Devolução do sinal OWD-2025-4802", s,
    "Bom dia,\n\nSegunda pagamos o sinal da Loja Virtual Castanhas do Piauí (OWD-2025-4802). Conversando "
    "com meu sócio decidimos continuar só com o marketplace, não temos orçamento pro resto do projeto. "
    "Dá pra devolver o sinal? Acho que ainda estamos no prazo.\n\nObrigado,\nAntônio Carlos\n")],
    [R("deny")],
    spec="Section 8: 2025-09-25 09:00 -03:00 = 17:30 IST, exactly 72 hours after the deposit: not 'before 72 "
         "hours': O2 deny.")

proj("App Delivery Sururu Express", "socios@sururuexpress.com.br", "2025-09-28T10:00:00")
owpay("pt38_o03", "OWD-2025-4803", "App Delivery Sururu Express", "deposit", "55000.00", "2025-09-27T19:00:00")
s = d(2025, 9, 29, 8, 30, BR)
assert hours("2025-09-27T19:00:00", s) == 46
case("pt-o03-maceio-trabalho-iniciado", OWB, "decided", [M(
    "Sócios Sururu Express <socios@sururuexpress.com.br>", OWDTO, "Reembolso do sinal - App Delivery", s,
    "Bom dia,\n\nPagamos o sinal do App Delivery Sururu Express no sábado (OWD-2025-4803). O investidor "
    "anjo desistiu no fim de semana e vamos ter que parar tudo. Pedimos o reembolso, estamos dentro das "
    "72 horas.\n\nAbs,\nCaio Lessa\nCo-fundador\n")],
    [R("deny")],
    spec="O2: mail 2025-09-29 17:00 IST is 46 h after payment but work started 2025-09-28 10:00: deny.")

proj("Estratégia Digital Clínica Fisio Gleba", "contato@fisiogleba.com.br")
owpay("pt38_o04", "OWD-2025-4804", "Estratégia Digital Clínica Fisio Gleba", "discovery", "14000.00",
      "2025-09-20T15:00:00")
case("pt-o04-londrina-fisio-discovery", OWB, "decided", [M(
    "Clínica Fisio Gleba <contato@fisiogleba.com.br>", OWDTO, "Reembolso da sessão de estratégia OWD-2025-4804",
    d(2025, 9, 25, 10, 0, BR),
    "Bom dia,\n\nPagamos a sessão de estratégia (Estratégia Digital Clínica Fisio Gleba, OWD-2025-4804) mas "
    "ainda não agendamos. A clínica vai se fundir com outra da Gleba Palhano que já tem agência, então não "
    "vamos precisar. Solicito o reembolso.\n\nDr. Henrique Sato\nFisioterapeuta\n")],
    [R("approve", "14000.00")],
    spec="O1: discovery with work_started_at empty: full refund 14000.00.")

proj("Branding Escola de Línguas Maringá Global", "direcao@maringaglobal.com.br", "2025-09-18T19:30:00")
owpay("pt38_o05", "OWD-2025-4805", "Branding Escola de Línguas Maringá Global", "discovery", "12500.00",
      "2025-09-16T15:00:00")
case("pt-o05-maringa-escola-discovery-iniciado", OWB, "decided", [M(
    "Direção Maringá Global <direcao@maringaglobal.com.br>", OWDTO, "Devolução do workshop de descoberta",
    d(2025, 9, 24, 10, 0, BR),
    "Bom dia,\n\nNa quinta, dia 18, fizemos a primeira sessão do workshop de descoberta do projeto Branding "
    "Escola de Línguas Maringá Global, mas não gostamos da linha proposta. Solicito a devolução do valor "
    "pago (OWD-2025-4805).\n\nAtt.\nProf.ª Cláudia Hirata\n")],
    [R("deny")],
    spec="O1: the discovery session started 2025-09-18, before the request: deny.")

proj("Portal B2B Malharia Serra Gaúcha", "ti@malhariaserra.com.br", "2025-08-01T10:00:00")
owpay("pt38_o06", "OWD-2025-4806", "Portal B2B Malharia Serra Gaúcha", "milestone", "42000.00",
      "2025-09-15T14:00:00", milestone_status="not_started")
case("pt-o06-caxias-malharia-etapa-nao-iniciada", OWB, "decided", [M(
    "TI Malharia Serra <ti@malhariaserra.com.br>", OWDTO, "Refund Request — Portal B2B / OWD-2025-4806",
    d(2025, 9, 26, 11, 0, BR),
    "Prezados,\n\nDo projeto Portal B2B Malharia Serra Gaúcha pagamos a etapa 3 (integração com o ERP), "
    "fatura OWD-2025-4806, de 42.000,00. A diretoria decidiu fazer essa integração com o próprio "
    "fornecedor do ERP, então essa etapa não será mais necessária. Sabemos que ainda não começou. "
    "Solicitamos o reembolso.\n\nAtt.,\nEduardo Pasqualotto\nCoordenador de TI\n")],
    [R("approve", "42000.00")],
    spec="O3: milestone not_started: refund its amount 42000.00 before tax.")

proj("Sistema de Agendamento Biblioteca Municipal Pelotas", "projetos@fundacaocultural-pel.example",
     "2025-07-01T10:00:00")
owpay("pt38_o07", "OWD-2025-4807", "Sistema de Agendamento Biblioteca Municipal Pelotas", "milestone",
      "50000.00", "2025-09-10T14:00:00", milestone_status="in_progress")
case("pt-o07-pelotas-etapa-em-andamento", OWB, "decided", [M(
    "Coordenação de Projetos <projetos@fundacaocultural-pel.example>", OWDTO,
    "Solicitação de reembolso - Sistema de Agendamento", d(2025, 9, 25, 15, 0, BR),
    "Prezados,\n\nEm razão de contingenciamento orçamentário, a Fundação suspende a segunda etapa do projeto "
    "Sistema de Agendamento Biblioteca Municipal Pelotas (fatura OWD-2025-4807). Temos ciência de que a "
    "equipe já adiantou parte das telas. Solicitamos o reembolso da parte não executada.\n\n"
    "Atenciosamente,\nMa. Vera Lúcia Krolow\nCoordenadora de Projetos\n")],
    [R("escalate")],
    spec="O3: milestone in_progress: escalate (the value of the work not started needs a person), no amount.")

proj("Novo Site Adega Alto Douro", "adega.altodouro@gmail.com", "2025-06-01T10:00:00")
owpay("pt38_o08", "OWD-2025-4808", "Novo Site Adega Alto Douro", "milestone", "30000.00",
      "2025-08-20T14:00:00", milestone_status="approved")
case("pt-o08-vila-real-etapa-aprovada", OWB, "decided", [M(
    "Adega Alto Douro <adega.altodouro@gmail.com>", OWDTO, "Reembolso da fase de maquetas OWD-2025-4808",
    d(2025, 9, 23, 17, 0, PT),
    "Boa tarde,\n\nAprovámos em agosto as maquetas do Novo Site Adega Alto Douro (OWD-2025-4808), mas o "
    "novo enólogo-chefe acha que não refletem a casa. Gostaríamos do reembolso dessa fase.\n\n"
    "Cumprimentos,\nTeresa Guedes\n")],
    [R("deny")],
    spec="O3/O6: the milestone is approved: deny (non-refundable items).")

proj("Hospedagem Site Hotel Rio Cuiabá", "ti@hotelriocuiaba.com.br")
owpay("pt38_o09", "OWD-2025-4809", "Hospedagem Site Hotel Rio Cuiabá", "hosting_annual", "22800.00",
      "2025-09-18T14:00:00", setup_fee="1200.00", service_start="2025-09-18")
AMT = o5("22800.00", "1200.00")
assert AMT == "19800.00"
s = d(2025, 9, 28, 9, 0, CUI)
assert day_n("2025-09-18T14:00:00", s) == 10
case("pt-o09-cuiaba-hospedagem-proporcional", OWB, "decided", [M(
    "TI Hotel Rio Cuiabá <ti@hotelriocuiaba.com.br>", OWDTO,
    "Cancelamento e reembolso da hospedagem anual OWD-2025-4809", s,
    "Bom dia,\n\nContratamos no dia 18 a hospedagem anual (projeto Hospedagem Site Hotel Rio Cuiabá, "
    "OWD-2025-4809). A rede que comprou o hotel tem servidores próprios e exige a migração. Solicitamos o "
    "cancelamento do plano e o reembolso proporcional, estamos dentro dos 14 dias.\n\nAtt.,\n"
    "Rafael Curvo\nTI\n")],
    [R("approve", AMT)], extra_ok=True,
    spec="O5: day 10 of 14; 22800 - 1200 - (21600/12 = 1800) x 1 = 19800.00; the cancellation asked with it may "
         "be decided too (extra_ok).")

proj("Hospedagem Agropecuária Várzea Grande", "adm@agrovarzeagrande.com.br")
owpay("pt38_o10", "OWD-2025-4810", "Hospedagem Agropecuária Várzea Grande", "hosting_annual", "14400.00",
      "2025-09-08T14:00:00", setup_fee="2400.00", service_start="2025-09-08")
s = d(2025, 9, 24, 9, 0, CUI)
assert day_n("2025-09-08T14:00:00", s) == 16
case("pt-o10-varzea-grande-hospedagem-tarde", OWB, "decided", [M(
    "Agropecuária Várzea Grande <adm@agrovarzeagrande.com.br>", OWDTO, "reembolso hospedagem", s,
    "Bom dia, a hospedagem anual do projeto Hospedagem Agropecuária Várzea Grande (fatura OWD-2025-4810) "
    "não vamos mais usar porque meu sobrinho fez o site de graça num servidor dele. Peço o reembolso do "
    "que for possível.\n\nAtt. Sebastiana Moraes\n")],
    [R("deny")],
    spec="O5: service_start 2025-09-08, mail 2025-09-24 18:30 IST = day 16 > 14: deny.")

proj("Manutenção Site Associação Ucraniana do Porto", "geral@assoc-ucraniana-porto.example")
owpay("pt38_o11", "OWD-2025-4811", "Manutenção Site Associação Ucraniana do Porto", "maintenance_annual",
      "13999.00", "2025-09-24T14:00:00", setup_fee="1800.00", service_start="2025-09-24")
AMT = o5("13999.00", "1800.00")
assert AMT == "11182.42"
case("pt-o11-porto-ucraniano-manutencao-arredondamento", OWB, "decided", [M(
    "Associação Ucraniana do Porto <geral@assoc-ucraniana-porto.example>", OWDTO,
    "Reembolso manutenção anual - OWD-2025-4811", d(2025, 9, 29, 19, 0, PT),
    "Boa tarde,\n\nescrevo pela associação, o meu português ainda não é perfeito. Nós contratamos manutenção "
    "anual do site (Manutenção Site Associação Ucraniana do Porto, OWD-2025-4811) há cinco dias, mas a "
    "direção votou ontem que um voluntário faz manutenção. Pedimos reembolso proporcional e terminar o "
    "serviço.\n\nDyakuyu / obrigado,\nMykola Shevchuk, tesoureiro\n")],
    [R("approve", AMT)], extra_ok=True,
    spec="O5: day 5; 13999 - 1800 - 12199/12 (1016.5833...) = 11182.41666... rounded once = 11182.42.")

proj("Site Imobiliária Ponta Verde", "vendas@imobpontaverde.com.br", "2025-08-01T10:00:00")
owpay("pt38_o12", "OWD-2025-4812", "Site Imobiliária Ponta Verde", "third_party", "2400.00", "2025-09-25T14:00:00")
case("pt-o12-maceio-dominio", OWB, "decided", [M(
    "Imobiliária Ponta Verde <vendas@imobpontaverde.com.br>", OWDTO, "Devolução do domínio OWD-2025-4812",
    d(2025, 9, 26, 12, 30, BR),
    "Boa tarde, vocês cobraram a renovação do domínio .com.br do Site Imobiliária Ponta Verde "
    "(OWD-2025-4812). A gente ia renovar direto no registro de domínios, não queríamos por vocês. Pedimos a "
    "devolução dessa cobrança.\n\nMarcelo Wanderley\n")],
    [R("deny")],
    spec="O6: third_party (domain renewal): never refundable: deny.")

proj("Site Food Truck Pastel do Lago", "pasteldolago@gmail.com", "2025-09-10T10:00:00")
owpay("pt38_o13", "OWD-2025-4813", "Site Food Truck Pastel do Lago", "rush", "5000.00", "2025-09-24T14:00:00")
case("pt-o13-londrina-foodtruck-urgencia", OWB, "decided", [M(
    "Pastel do Lago <pasteldolago@gmail.com>", OWDTO, "Taxa de urgência", d(2025, 9, 27, 14, 0, BR),
    "Oi pessoal! Pagamos a taxa de urgência (OWD-2025-4813) do Site Food Truck Pastel do Lago pra ficar "
    "pronto antes do festival do Lago Igapó, mas o festival foi adiado por causa da chuva. Vocês devolvem "
    "a taxa?\n\nBeijos, Aline\n")],
    [R("deny")],
    spec="O6: rush fee: non-refundable: deny.")

proj("Marketing Digital Fintech Kumbu", "financas@kumbu.co.ao", "2025-03-01T10:00:00")
owpay("pt38_o14", "OWD-2025-4814", "Marketing Digital Fintech Kumbu", "retainer", "35000.00",
      "2025-09-20T12:00:00", period_start="2025-09-20", period_end="2025-10-19",
      next_billing_at="2025-10-20T12:00:00")
s = d(2025, 9, 29, 10, 0, AO)
assert ist(s).date() <= date(2025, 10, 20) - timedelta(days=7)
case("pt-o14-luanda-avenca-com-aviso", OWB, "decided", [M(
    "Finanças Kumbu <financas@kumbu.co.ao>", OWDTO, "Cancelamento avença Marketing Digital - OWD-2025-4814", s,
    "Exmos. Senhores,\n\nInformamos que pretendemos cancelar a avença mensal Marketing Digital Fintech Kumbu "
    "(última factura OWD-2025-4814). O motivo: contratámos uma directora de marketing e a equipa interna "
    "passa a gerir as campanhas. Solicitamos que não renovem a 20 de Outubro.\n\nCom os melhores "
    "cumprimentos,\nEng.ª Yolanda Quissanga\nDirectora Financeira\n")],
    [X("cancel", "2025-10-19")],
    spec="O4/O8: next_billing_at 2025-10-20, cutoff 2025-10-13; request 2025-09-29 14:30 IST: enough notice: "
         "cancel effective 2025-10-19.")

proj("Redes Sociais Restaurante Ponta Negra", "restaurante.pontanegra@gmail.com", "2025-05-01T10:00:00")
owpay("pt38_o15", "OWD-2025-4815", "Redes Sociais Restaurante Ponta Negra", "retainer", "9000.00",
      "2025-09-04T14:00:00", period_start="2025-09-04", period_end="2025-10-03",
      next_billing_at="2025-10-04T14:00:00")
s = d(2025, 9, 30, 11, 0, BR)
assert ist(s).date() > date(2025, 10, 4) - timedelta(days=7)
case("pt-o15-natal-avenca-sem-aviso", OWB, "decided", [M(
    "Restaurante Ponta Negra <restaurante.pontanegra@gmail.com>", OWDTO, "cancelar gestão de redes", s,
    "Bom dia,\n\nPrecisamos cancelar o serviço de Redes Sociais Restaurante Ponta Negra (fatura "
    "OWD-2025-4815). O restaurante vai fechar três meses pra reforma depois do incêndio na cozinha e não faz "
    "sentido pagar postagens.\n\nObrigada,\nDona Socorro Medeiros\n")],
    [X("cancel", "2025-11-03")],
    spec="O4: next_billing_at 2025-10-04, cutoff 2025-09-27; request 2025-09-30 19:30 IST: short notice, the "
         "next cycle (2025-10-04 to 2025-11-03) is billed: effective 2025-11-03.")

proj("Campanhas ONG Água Para Todos", "financas@aguaparatodos-mz.example", "2025-01-10T10:00:00")
owpay("pt38_o16a", "OWD-2025-4816", "Campanhas ONG Água Para Todos", "retainer", "12000.00",
      "2025-09-22T14:00:00", period_start="2025-09-22", period_end="2025-10-21",
      next_billing_at="2025-11-22T14:00:00")
owpay("pt38_o16b", "OWD-2025-4817", "Campanhas ONG Água Para Todos", "retainer", "12000.00",
      "2025-09-22T14:05:00", period_start="2025-10-22", period_end="2025-11-21",
      next_billing_at="2025-11-22T14:00:00")
case("pt-o16-maputo-ong-avenca-paga-adiantada", OWB, "decided", [M(
    "Finanças ONG Água Para Todos <financas@aguaparatodos-mz.example>", OWDTO, "Cancelamento do serviço de campanhas",
    d(2025, 9, 26, 10, 0, MZ),
    "Bom dia,\n\nEm setembro pagámos dois meses das Campanhas ONG Água Para Todos de uma vez (facturas "
    "OWD-2025-4816 e OWD-2025-4817). O financiamento do doador europeu terminou antes do previsto e "
    "precisamos de cancelar o serviço.\n\nCumprimentos,\nAnselmo Cossa\nGestor Financeiro, Maputo\n")],
    [X("escalate")],
    spec="Section 8: the next cycle (2025-10-22 to 11-21) is already paid and notice is >= 7 days: escalate.")

proj("Site Agência Passeios Pipa", "operacoes@passeiospipa.com.br", "2025-09-01T10:00:00")
owpay("pt38_o17", "OWD-2025-4818", "Site Agência Passeios Pipa", "milestone", "28000.00",
      "2025-09-20T14:00:00", milestone_status="not_started")
case("pt-o17-pipa-hotmail-pessoal", OWB, "need_info", [M(
    "Ricardo Galvão <ricardo_galvao77@hotmail.com>", OWDTO, "reembolso etapa site passeios",
    d(2025, 9, 24, 20, 0, BR),
    "Boa noite, sou o dono da Passeios Pipa. Escrevo do meu e-mail pessoal porque o de operações fica com a "
    "secretária. Queremos o reembolso da etapa OWD-2025-4818 do Site Agência Passeios Pipa, porque vamos "
    "vender só por operadoras.\n\nRicardo Galvão\n")],
    rules=["C2"],
    spec="C2: the contract email is operacoes@passeiospipa.com.br; the mail comes from a personal hotmail: "
         "need_info, nothing about the project.")

proj("Loja Online Café Matas de Minas", "gerencia@cafematasdeminas.com.br", "2025-09-01T10:00:00")
owpay("pt38_o18", "OWD-2025-4819", "Loja Online Café Matas de Minas", "retainer", "8000.00",
      "2025-09-15T14:00:00", period_start="2025-09-15", period_end="2025-10-14",
      next_billing_at="2025-10-15T14:00:00")
case("pt-o18-ouro-preto-gmail-encaminhada", OWB, "need_info", [M(
    "Luana Costa <assistente.cafematas@gmail.com>", OWDTO, "Fwd: Cancelar suporte mensal",
    d(2025, 9, 26, 8, 30, BR),
    "Bom dia, encaminho o pedido do seu Wagner.\n\nLuana\n\n"
    "---------- Forwarded message ---------\n"
    "De: Wagner Lopes <gerencia@cafematasdeminas.com.br>\n"
    "Date: qui., 25 de set. de 2025 às 17:40\n"
    "Subject: Cancelar suporte mensal\n"
    "To: Luana Costa <assistente.cafematas@gmail.com>\n\n"
    "Luana, escreve pra Optima cancelando o suporte mensal da Loja Online Café Matas de Minas (fatura "
    "OWD-2025-4819): a safra foi fraca e temos que cortar gastos. O contrato está no "
    "gerencia@cafematasdeminas.com.br.\n\nWagner\n")],
    rules=["C2"],
    spec="Section 8 forward (Gmail block) carrying the contract email gerencia@; sender is another address: C2.")

proj("Manutenção Site Gráfica Bela Vista", "grafica.belavista@gmail.com", "2025-02-01T10:00:00")
owpay("pt38_o19", "OWD-2025-4820", "Manutenção Site Gráfica Bela Vista", "retainer", "6000.00",
      "2025-09-18T14:00:00", period_start="2025-09-18", period_end="2025-10-17",
      next_billing_at="2025-10-18T14:00:00")
case("pt-o19-caxias-cancelar-sem-motivo", OWB, "need_info", [M(
    "Gráfica Bela Vista <grafica.belavista@gmail.com>", OWDTO, "Cancelamento manutenção", d(2025, 9, 25, 9, 0, BR),
    "Bom dia,\n\nVenho por meio deste solicitar o cancelamento do serviço Manutenção Site Gráfica Bela Vista, "
    "fatura OWD-2025-4820.\n\nAguardo confirmação.\nAtenciosamente,\n\nJoão Carlos Peruzzo\n"
    "Gráfica Bela Vista - Caxias do Sul/RS\n")],
    missing=["reason"],
    spec="C3/section 8: Optima needs a reason for cancellations too; none given: need_info reason.")

proj("Catálogo Web Cajucultura Serra do Mel", "comex@cajuserradomel.com.br")
owpay("pt38_o20a", "OWD-2025-4821", "Catálogo Web Cajucultura Serra do Mel", "deposit", "20000.00",
      "2025-09-27T14:00:00")
owpay("pt38_o20b", "OWD-2025-4822", "Catálogo Web Cajucultura Serra do Mel", "setup", "3000.00",
      "2025-09-27T14:05:00")
case("pt-o20-mossoro-sem-fatura", OWB, "need_info", [M(
    "Comércio Exterior Caju Serra do Mel <comex@cajuserradomel.com.br>", OWDTO, "Devolução pagamento catálogo",
    d(2025, 9, 28, 10, 0, BR),
    "Bom dia,\n\nOntem fizemos o pagamento do projeto Catálogo Web Cajucultura Serra do Mel. O importador "
    "holandês cancelou o contrato e sem ele o catálogo em inglês não faz sentido. Solicitamos a devolução "
    "do pagamento.\n\nAtt.,\nMayara Fernandes\nComércio Exterior\n")],
    missing=["invoice_number"],
    spec="C3: the project has two payments the same day (deposit and setup); which one is not said: "
         "need_info invoice_number.")

proj("Loja Virtual Artesanato Kaiowá", "artesanato.tekoha@gmail.com")
owpay("pt38_o21", "OWD-2025-4823", "Loja Virtual Artesanato Kaiowá", "deposit", "15000.00", "2025-09-26T12:00:00")
s = d(2025, 9, 26, 17, 0, MS)
assert 0 < hours("2025-09-26T12:00:00", s) < 72
case("pt-o21-dourados-fio-motivo", OWB, "decided", [
    M("Artesanato Tekoha <artesanato.tekoha@gmail.com>", OWDTO,
      "Devolução sinal Loja Virtual Artesanato Kaiowá", s,
      "Boa tarde. Peço devolução do sinal da Loja Virtual Artesanato Kaiowá, fatura OWD-2025-4823. "
      "Aguyje.\nLurdes\n"),
    M("Artesanato Tekoha <artesanato.tekoha@gmail.com>", OWDTO,
      "Re: Devolução sinal Loja Virtual Artesanato Kaiowá [OWD-4870]", d(2025, 9, 30, 19, 0, MS),
      "Boa noite. O motivo: a associação das artesãs não aprovou gastar o dinheiro com loja na internet, "
      "preferem vender na feira de Campo Grande. Desculpa a demora, aqui o sinal do celular é fraco.\n"
      "Lurdes\n\n> Informe o motivo do seu pedido. [OWD-4870]\n",
      headers={"_irt": "<owd-4870.reply@optimawebdesign.com>"})],
    [R("approve", "15000.00")],
    spec="C3 thread: request time = first mail 2025-09-27 02:30 IST (14.5 h after the deposit, no work); the "
         "answer gives the reason after 72 h: O2 approve 15000.00.")

proj("Loja Online Doces Finos Pelotenses", "vendas@docesfinospel.com.br")
owpay("pt38_o22", "OWD-2025-4824", "Loja Online Doces Finos Pelotenses", "deposit", "21000.00",
      "2025-09-27T15:00:00")
case("pt-o22-pelotas-ameaca-advogado", OWB, "decided", [M(
    "Doces Finos Pelotenses <vendas@docesfinospel.com.br>", OWDTO, "Devolução do sinal OWD-2025-4824",
    d(2025, 9, 28, 11, 0, BR),
    "Senhores,\n\nOntem pagamos o sinal da Loja Online Doces Finos Pelotenses (OWD-2025-4824) e hoje a "
    "fábrica de embalagens nos deixou na mão, não temos como vender online. Queremos a devolução. Aviso que "
    "se não responderem em 48 horas, meu advogado vai mandar uma notificação extrajudicial.\n\n"
    "Rogério Schiavon\n")],
    [R("escalate")], rules=["C4"],
    spec="C4: lawyer threat: escalate (O2 would approve).")

proj("Estratégia Marca Tasca do Lima", "tascadolima@gmail.com")
owpay("pt38_o23", "OWD-2025-4825", "Estratégia Marca Tasca do Lima", "discovery", "10000.00",
      "2025-09-25T14:00:00")
case("pt-o23-viana-sem-estorno-no-banco", OWB, "decided", [M(
    "Tasca do Lima <tascadolima@gmail.com>", OWDTO, "Reembolso da estratégia de marca OWD-2025-4825",
    d(2025, 9, 27, 11, 0, PT),
    "Bom dia,\n\nPagámos o workshop de estratégia (Estratégia Marca Tasca do Lima, OWD-2025-4825) e ainda não "
    "tivemos nenhuma sessão. O senhorio não nos renovou o arrendamento e fechamos a tasca em novembro. Peço "
    "o reembolso; não vou fazer nenhuma disputa no banco, prefiro resolver convosco a bem.\n\n"
    "Obrigado,\nJosé Carlos Barbosa\nTasca do Lima - Viana do Castelo\n")],
    [R("approve", "10000.00")],
    spec="Section 8: the bank dispute is ruled out, no other threat: no C4; O1 discovery not started: approve "
         "10000.00.")

case("pt-o24-pelotas-resposta-automatica", OWB, "ignore", [M(
    "Coordenação de Projetos <projetos@fundacaocultural-pel.example>", OWDTO,
    "Resposta automática: Re: Solicitação de reembolso - Sistema de Agendamento [OWD-4866]",
    d(2025, 9, 26, 8, 0, BR),
    "Estou fora do escritório até 3 de outubro, em viagem a serviço. Assuntos urgentes: protocolo da "
    "Fundação.\n",
    headers={"Auto-Submitted": "auto-replied", "_irt": "<owd-4866.reply@optimawebdesign.com>"})],
    rules=["C7"], spec="C7: Auto-Submitted auto-replied: ignore.")

case("pt-o25-cuiaba-pergunta-antes-de-contratar", OWB, "other", [M(
    "Espetinho do Zé Cuiabano <espetinhodoze@gmail.com>", OWDTO, "Dúvida sobre sinal",
    d(2025, 9, 29, 15, 0, CUI),
    "Boa tarde. Tenho uma barraca de espetinho aqui na orla do Porto e quero um site simples com cardápio. "
    "Se eu pagar o sinal e em dois dias me arrepender, vocês devolvem tudo? E se já tiverem começado?\n\n"
    "Obrigado, Zé\n")],
    spec="Section 8 hypothetical before buying: other.")

proj("Site Pousada Rota do Sol", "reservas@pousadarotadosol.com.br", "2025-09-12T10:00:00")
owpay("pt38_o26", "OWD-2025-4826", "Site Pousada Rota do Sol", "setup", "4500.00", "2025-09-20T14:00:00")
case("pt-o26-maceio-taxa-ativacao", OWB, "decided", [M(
    "Pousada Rota do Sol <reservas@pousadarotadosol.com.br>", OWDTO, "Devolução da taxa de configuração",
    d(2025, 9, 25, 9, 0, BR),
    "Bom dia,\n\nFoi cobrada a taxa de configuração inicial (OWD-2025-4826) do Site Pousada Rota do Sol. "
    "Entendemos que a configuração fazia parte do pacote e não deveria ser cobrada à parte. Pedimos a "
    "devolução.\n\nAtt. Sra. Nadja Cavalcante\n")],
    [R("deny")],
    spec="O6: setup/activation fee: non-refundable: deny.")

proj("Site Escola de Música Paiol", "secretaria@escolapaiol.com.br", "2025-09-18T10:00:00")
owpay("pt38_o27", "OWD-2025-4827", "Site Escola de Música Paiol", "deposit", "17500.00", "2025-09-16T14:00:00")
s = d(2025, 9, 24, 10, 0, BR)
assert hours("2025-09-16T14:00:00", s) > 72
case("pt-o27-ouro-preto-escola-cancelar-e-reembolso", OWB, "decided", [M(
    "Secretaria Escola Paiol <secretaria@escolapaiol.com.br>", OWDTO,
    "Cancelamento do projeto do site e devolução do sinal", s,
    "Bom dia,\n\nPor decisão da diretoria, cancelamos o projeto Site Escola de Música Paiol: a escola vai se "
    "fundir com uma escola de música de Mariana, que já tem site. Solicitamos também a devolução do sinal "
    "(OWD-2025-4827).\n\nAtenciosamente,\nProf.ª Helena Rezende\nSecretaria\n")],
    [R("deny"), X("cancel")],
    ambiguous="(lead, stop 36) the spec leaves room: O8 acknowledges a cancellation *without* a refund request; with one, earlier rounds' QA (eight cases in five rounds, see fresh22_en/REVIEW.md) and mailbot (policy/agency.py, fix13) read 'cancel the project and refund the deposit' as one refund request, this round's QA as two decisions. Reported, not counted, until the rule is settled.",
    spec="O2: deposit paid 2025-09-16, request 8 days later and work started 2025-09-18: deny; O8 the project "
         "cancellation (project, invoice and reason given) is acknowledged: cancel.")

proj("Gestão de Redes Charqueada Santa Rita", "turismo@charqueadasantarita.com.br", "2025-02-01T10:00:00")
owpay("pt38_o28", "OWD-2025-4828", "Gestão de Redes Charqueada Santa Rita", "retainer", "7000.00",
      "2025-09-07T14:00:00", period_start="2025-09-07", period_end="2025-10-06",
      next_billing_at="2025-10-07T14:00:00")
s = d(2025, 9, 30, 21, 30, BR)
assert s.date() == date(2025, 9, 30) and ist(s).date() == date(2025, 10, 1)
assert ist(s).date() > date(2025, 10, 7) - timedelta(days=7)
case("pt-o28-pelotas-aviso-7-dias-local-6-india", OWB, "decided", [M(
    "Turismo Charqueada Santa Rita <turismo@charqueadasantarita.com.br>", OWDTO,
    "Cancelamento gestão de redes OWD-2025-4828", s,
    "Boa noite,\n\nCom os 7 dias de antecedência que a política pede, comunicamos o cancelamento da Gestão de "
    "Redes Charqueada Santa Rita (fatura OWD-2025-4828), antes da cobrança de 7 de outubro. Motivo: a "
    "charqueada vai fechar para restauro do casarão durante o verão.\n\nAtenciosamente,\nCecília Assumpção\n"
    "Pelotas/RS\n")],
    [X("cancel", "2025-11-06")],
    spec="O4: next_billing_at 2025-10-07, cutoff 2025-09-30; the mail 2025-09-30 21:30 -03:00 is 2025-10-01 06:00 "
         "IST, after the cutoff in the brand's zone: the next cycle (2025-10-07 to 2025-11-06) is billed.")

proj("Site Clínica Veterinária Coxipó", "contato@vetcoxipo.com.br", "2025-08-15T10:00:00")
owpay("pt38_o29", "OWD-2025-4829", "Site Clínica Veterinária Coxipó", "change_request", "6500.00",
      "2025-09-23T14:00:00")
case("pt-o29-cuiaba-mudanca-de-escopo", OWB, "decided", [M(
    "Clínica Veterinária Coxipó <contato@vetcoxipo.com.br>", OWDTO, "Devolução da cobrança extra OWD-2025-4829",
    d(2025, 9, 26, 10, 30, CUI),
    "Bom dia,\n\nVocês cobraram à parte (OWD-2025-4829) o módulo de agendamento online que pedimos a mais para "
    "o Site Clínica Veterinária Coxipó. Acabamos fechando com um sistema de agenda que já vem com o software "
    "da clínica, então não vamos usar. Pedimos a devolução desse valor.\n\nAtt.,\nDra. Simone Arruda\n")],
    [R("deny")],
    spec="O6: a change request outside the original scope is non-refundable: deny.")

if __name__ == "__main__":
    write_out()
