"""fresh25_pt: held-out Portuguese cases (Portugal, Angola, Mozambique, northeastern and southern Brazil).

Stdlib only, deterministic.  Run: python3 make_cases.py  -> ledger.json, emails/*.eml, expected.json
"""
from __future__ import annotations

import json
import shutil
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANG = "pt"
LO = "LeadsOptima Suporte <support@leadsoptima.com>"
OWD = "Optima WebDesign <optimawebdesigns12@gmail.com>"
LOB, OWB = "leadsoptima", "optima_webdesign"
M = ("1499.00", "269.82")
Q = ("3999.00", "719.82")
A = ("11988.00", "2157.84")

# UTC offsets, September 2025
PT = 1       # Lisboa/Porto, WEST
AO = 1       # Luanda, WAT
MZ = 2       # Maputo, CAT
BR = -3      # Recife, Fortaleza, Salvador, Porto Alegre, Curitiba (no summer time)


def cust(email, name, plan, status="active", start=None, end=None, trial_ends=None):
    return {"brand": LOB, "email": email, "name": name, "plan": plan, "status": status,
            "trial_ends": trial_ends, "current_period_start": start, "current_period_end": end}


def lopay(pid, inv, email, plan, amount, tax, paid_at, ps, pe, status="paid"):
    return {"brand": LOB, "id": pid, "invoice": inv, "customer_email": email, "kind": "subscription",
            "plan": plan, "amount": amount, "tax": tax, "currency": "INR", "paid_at": paid_at,
            "period_start": ps, "period_end": pe, "status": status}


def proj(name, contract, started):
    return {"brand": OWB, "name": name, "contract_email": contract, "work_started_at": started}


def owpay(pid, inv, project, kind, amount, tax, paid_at, currency="INR", **kw):
    base = {"brand": OWB, "id": pid, "invoice": inv, "project": project, "kind": kind,
            "amount": amount, "tax": tax, "currency": currency, "paid_at": paid_at, "status": "paid",
            "setup_fee": None, "service_start": None, "next_billing_at": None,
            "period_start": None, "period_end": None, "milestone_status": None}
    base.update(kw)
    return base


LEDGER = {
    "customers": [
        cust("joana.ferreira@sapo.pt", "Joana Ferreira", "quarterly", start="2025-09-23", end="2025-12-22"),
        cust("ricardo.almeida@almeidaconsultores.pt", "Ricardo Almeida", "monthly", start="2025-09-05", end="2025-10-04"),
        cust("mateus.domingos@kiandaimoveis.co.ao", "Mateus Domingos", "monthly", start="2025-09-24", end="2025-10-23"),
        cust("fernanda.lima@clinicavidaplena.com.br", "Fernanda Lima", "monthly", start="2025-09-20", end="2025-10-19"),
        cust("chico.barbosa.ce@gmail.com", "Francisco Barbosa", "monthly", start="2025-09-22", end="2025-10-21"),
        cust("anabela.mucavele@maputotrading.co.mz", "Anabela Mucavele", "monthly", start="2025-09-02", end="2025-10-01"),
        cust("tiago.nunes@nunesdesign.pt", "Tiago Nunes", "annual", start="2025-09-08", end="2026-09-07"),
        cust("larissa.kowalski@hotmail.com", "Larissa Kowalski", "monthly", status="trial", trial_ends="2025-10-03"),
        cust("contato@churrascariagaucha.com.br", "Churrascaria Gaúcha", "monthly", start="2025-09-12", end="2025-10-11"),
        cust("helena.sousa@sousaeirmaos.pt", "Helena Sousa", "quarterly"),
        cust("adm@acaraje-da-cida.com.br", "Acarajé da Cida", "quarterly", start="2025-09-15", end="2025-12-14"),
        cust("financeiro@sonangolfornecedores.co.ao", "Fornecedores Kwanza Lda", "annual", start="2025-09-01", end="2026-08-31"),
        cust("manuel.rebelo@rebeloadvogados.pt", "Manuel Rebelo", "monthly", start="2025-09-17", end="2025-10-16"),
        cust("vendas@surfshopfloripa.com.br", "Surf Shop Floripa", "monthly", start="2025-09-19", end="2025-10-18"),
        cust("rui.carvalho@carvalhotransportes.pt", "Rui Carvalho", "monthly", start="2025-09-11", end="2025-10-10"),
        cust("gabriel.souza@souzaimports.com.br", "Gabriel Souza", "monthly", start="2025-09-20", end="2025-10-19"),
        cust("nelia.tembe@tembeeventos.co.mz", "Nélia Tembe", "annual", start="2025-09-25", end="2026-09-24"),
        cust("paula.menezes@menezesestetica.com.br", "Paula Menezes", "monthly", start="2025-09-03", end="2025-10-02"),
        cust("joao.pestana@pestanavinhos.pt", "João Pestana", "monthly", start="2025-09-04", end="2025-10-03"),
        cust("edson.manuel@luandalogistica.co.ao", "Edson Manuel", "quarterly", start="2025-09-09", end="2025-12-08"),
        cust("contabilidade@padariaminho.pt", "Padaria do Minho", "annual", start="2025-09-20", end="2026-09-19"),
    ],
    "projects": [
        proj("Loja Online Azulejos do Porto", "geral@azulejosdoporto.pt", None),
        proj("Site Escola Nova Recife", "direcao@escolanovarecife.com.br", "2025-09-12T10:00:00"),
        proj("Estratégia Digital Kianda", "marketing@kiandaimoveis.co.ao", None),
        proj("Portal Cooperativa Cajuína", "coop@cajuinapiaui.com.br", "2025-08-25T10:00:00"),
        proj("E-commerce Erva-Mate Curitiba", "compras@ervamatecuritiba.com.br", "2025-08-01T10:00:00"),
        proj("App Farmácia Maputo", "ti@farmaciacentralmz.co.mz", "2025-08-15T10:00:00"),
        proj("Site Quinta do Douro", "enoturismo@quintadodouro.pt", "2025-05-01T10:00:00"),
        proj("Manutenção Hotel Algarve Mar", "it@algarvemar.pt", "2025-03-01T10:00:00"),
        proj("Gestão Redes Pousada Jericoacoara", "reservas@pousadajeri.com.br", "2025-04-01T10:00:00"),
        proj("Suporte Contínuo Banco Comunitário", "ti@bancocomunitario.co.ao", "2025-06-01T10:00:00"),
        proj("Alojamento Web Restaurante Pelourinho", "contato@restaurantepelourinho.com.br", "2025-09-15T10:00:00"),
        proj("Manutenção Anual Clínica Coimbra", "admin@clinicamondego.pt", "2025-09-12T10:00:00"),
        proj("Alojamento Pousada Gramado", "pousada@serragaucha.com.br", "2025-08-01T10:00:00"),
        proj("Loja Capulanas Maputo", "vendas@capulanasmz.co.mz", "2025-09-01T10:00:00"),
        proj("Site Imobiliária Braga", "geral@imobraga.pt", "2025-09-01T10:00:00"),
        proj("Landing Festival Forró Caruaru", "producao@forrocaruaru.com.br", "2025-09-10T10:00:00"),
        proj("Site Advocacia Lisboa", "socios@lisbonlegal.pt", None),
        proj("Portal Escola de Samba Porto Alegre", "diretoria@sambapoa.com.br", None),
        proj("Catálogo Cerâmica Aveiro", "loja@ceramicaaveiro.pt", "2025-09-18T10:00:00"),
        proj("Site ONG Kandengues", "coordenacao@kandengues.org.ao", None),
        proj("Loja Cachaça Salinas", "vendas@cachacasalinas.com.br", None),
    ],
    "payments": [
        lopay("pt_lo01a", "LO-INV-80111", "joana.ferreira@sapo.pt", "quarterly", *Q, "2025-09-23T11:00:00", "2025-09-23", "2025-12-22"),
        lopay("pt_lo01b", "LO-INV-80112", "joana.ferreira@sapo.pt", "quarterly", *Q, "2025-09-23T11:04:00", "2025-09-23", "2025-12-22"),
        lopay("pt_lo02a", "LO-INV-80120", "ricardo.almeida@almeidaconsultores.pt", "monthly", *M, "2025-09-05T10:00:00", "2025-09-05", "2025-10-04"),
        lopay("pt_lo02b", "LO-INV-80121", "ricardo.almeida@almeidaconsultores.pt", "monthly", *M, "2025-09-05T10:01:00", "2025-09-05", "2025-10-04"),
        lopay("pt_lo03", "LO-INV-80130", "mateus.domingos@kiandaimoveis.co.ao", "monthly", *M, "2025-09-24T10:00:00", "2025-09-24", "2025-10-23"),
        lopay("pt_lo04", "LO-INV-80140", "fernanda.lima@clinicavidaplena.com.br", "monthly", *M, "2025-09-20T10:00:00", "2025-09-20", "2025-10-19"),
        lopay("pt_lo05", "LO-INV-80150", "chico.barbosa.ce@gmail.com", "monthly", *M, "2025-09-22T10:00:00", "2025-09-22", "2025-10-21"),
        lopay("pt_lo06", "LO-INV-80160", "anabela.mucavele@maputotrading.co.mz", "monthly", *M, "2025-09-02T10:00:00", "2025-09-02", "2025-10-01"),
        lopay("pt_lo07", "LO-INV-80170", "tiago.nunes@nunesdesign.pt", "annual", *A, "2025-09-08T10:00:00", "2025-09-08", "2026-09-07"),
        lopay("pt_lo09", "LO-INV-80190", "contato@churrascariagaucha.com.br", "monthly", *M, "2025-09-12T10:00:00", "2025-09-12", "2025-10-11"),
        lopay("pt_lo10", "LO-INV-80200", "helena.sousa@sousaeirmaos.pt", "quarterly", *Q, "2025-07-31T10:00:00", "2025-07-31", "2025-10-30"),
        lopay("pt_lo11", "LO-INV-80210", "adm@acaraje-da-cida.com.br", "quarterly", *Q, "2025-09-15T10:00:00", "2025-09-15", "2025-12-14"),
        lopay("pt_lo12", "LO-INV-80220", "financeiro@sonangolfornecedores.co.ao", "annual", *A, "2025-09-01T10:00:00", "2025-09-01", "2026-08-31"),
        lopay("pt_lo13", "LO-INV-80230", "manuel.rebelo@rebeloadvogados.pt", "monthly", *M, "2025-09-17T10:00:00", "2025-09-17", "2025-10-16"),
        lopay("pt_lo14a", "LO-INV-80240", "vendas@surfshopfloripa.com.br", "monthly", *M, "2025-08-19T10:00:00", "2025-08-19", "2025-09-18"),
        lopay("pt_lo14b", "LO-INV-80241", "vendas@surfshopfloripa.com.br", "annual", *A, "2025-09-19T10:00:00", "2025-09-19", "2026-09-18"),
        lopay("pt_lo15a", "LO-INV-80250", "rui.carvalho@carvalhotransportes.pt", "monthly", *M, "2025-09-10T22:00:00Z", "2025-09-11", "2025-10-10"),
        lopay("pt_lo15b", "LO-INV-80251", "rui.carvalho@carvalhotransportes.pt", "monthly", *M, "2025-09-10T22:02:00Z", "2025-09-11", "2025-10-10"),
        lopay("pt_lo16a", "LO-INV-80260", "gabriel.souza@souzaimports.com.br", "monthly", *M, "2025-09-20T10:00:00", "2025-09-20", "2025-10-19"),
        lopay("pt_lo16b", "LO-INV-80261", "gabriel.souza@souzaimports.com.br", "monthly", *M, "2025-09-20T10:01:00", "2025-09-20", "2025-10-19"),
        lopay("pt_lo16c", "LO-INV-80262", "gabriel.souza@souzaimports.com.br", "monthly", *M, "2025-09-21T09:00:00", "2025-09-20", "2025-10-19"),
        lopay("pt_lo17a", "LO-INV-80270", "nelia.tembe@tembeeventos.co.mz", "annual", *A, "2025-09-25T10:00:00", "2025-09-25", "2026-09-24"),
        lopay("pt_lo17b", "LO-INV-80271", "nelia.tembe@tembeeventos.co.mz", "annual", *A, "2025-09-25T10:02:00", "2025-09-25", "2026-09-24", status="disputed"),
        lopay("pt_lo18", "LO-INV-80280", "paula.menezes@menezesestetica.com.br", "monthly", *M, "2025-09-03T10:00:00", "2025-09-03", "2025-10-02"),
        lopay("pt_lo19", "LO-INV-80290", "joao.pestana@pestanavinhos.pt", "monthly", *M, "2025-09-04T10:00:00", "2025-09-04", "2025-10-03"),
        lopay("pt_lo20", "LO-INV-80300", "edson.manuel@luandalogistica.co.ao", "quarterly", *Q, "2025-09-09T10:00:00", "2025-09-09", "2025-12-08"),
        lopay("pt_lo21", "LO-INV-80310", "contabilidade@padariaminho.pt", "annual", *A, "2025-09-20T10:00:00", "2025-09-20", "2026-09-19"),
        # Optima WebDesign
        owpay("pt_ow01", "OWD-2025-401", "Loja Online Azulejos do Porto", "deposit", "900.00", "207.00", "2025-09-15T14:30:00", currency="EUR"),
        owpay("pt_ow02", "OWD-2025-402", "Site Escola Nova Recife", "deposit", "18000.00", "3240.00", "2025-09-11T10:00:00"),
        owpay("pt_ow03", "OWD-2025-403", "Estratégia Digital Kianda", "discovery", "16000.00", "2880.00", "2025-09-18T10:00:00"),
        owpay("pt_ow04", "OWD-2025-404", "Portal Cooperativa Cajuína", "discovery", "14000.00", "2520.00", "2025-08-20T10:00:00"),
        owpay("pt_ow05a", "OWD-2025-405", "E-commerce Erva-Mate Curitiba", "milestone", "30000.00", "5400.00", "2025-08-01T10:00:00", milestone_status="completed"),
        owpay("pt_ow05b", "OWD-2025-406", "E-commerce Erva-Mate Curitiba", "milestone", "27500.00", "4950.00", "2025-09-05T10:00:00", milestone_status="not_started"),
        owpay("pt_ow06", "OWD-2025-407", "App Farmácia Maputo", "milestone", "45000.00", "8100.00", "2025-09-01T10:00:00", milestone_status="in_progress"),
        owpay("pt_ow07", "OWD-2025-408", "Site Quinta do Douro", "milestone", "1250.00", "287.50", "2025-06-01T10:00:00", currency="EUR", milestone_status="completed"),
        owpay("pt_ow08", "OWD-2025-409", "Manutenção Hotel Algarve Mar", "retainer", "400.00", "92.00", "2025-09-01T10:00:00", currency="EUR",
              period_start="2025-09-01", period_end="2025-09-30", next_billing_at="2025-10-01T00:00:00"),
        owpay("pt_ow09", "OWD-2025-410", "Gestão Redes Pousada Jericoacoara", "retainer", "9000.00", "1620.00", "2025-09-06T10:00:00",
              period_start="2025-09-06", period_end="2025-10-05", next_billing_at="2025-10-06T00:00:00"),
        owpay("pt_ow10a", "OWD-2025-411", "Suporte Contínuo Banco Comunitário", "retainer", "25000.00", "4500.00", "2025-09-01T10:00:00",
              period_start="2025-09-01", period_end="2025-09-30", next_billing_at="2025-10-01T00:00:00"),
        owpay("pt_ow10b", "OWD-2025-412", "Suporte Contínuo Banco Comunitário", "retainer", "25000.00", "4500.00", "2025-09-15T10:00:00",
              period_start="2025-10-01", period_end="2025-10-31", next_billing_at="2025-11-01T00:00:00"),
        owpay("pt_ow11", "OWD-2025-413", "Alojamento Web Restaurante Pelourinho", "hosting_annual", "9600.00", "1728.00", "2025-09-18T10:00:00",
              setup_fee="600.00", service_start="2025-09-20"),
        owpay("pt_ow12", "OWD-2025-414", "Manutenção Anual Clínica Coimbra", "maintenance_annual", "12000.00", "2760.00", "2025-09-10T10:00:00",
              setup_fee="1200.00", service_start="2025-09-12"),
        owpay("pt_ow13", "OWD-2025-415", "Alojamento Pousada Gramado", "hosting_annual", "15000.00", "2700.00", "2025-09-08T10:00:00",
              setup_fee="1500.00", service_start="2025-09-10"),
        owpay("pt_ow14", "OWD-2025-416", "Loja Capulanas Maputo", "third_party", "4200.00", "756.00", "2025-09-15T10:00:00"),
        owpay("pt_ow15", "OWD-2025-417", "Site Imobiliária Braga", "setup", "150.00", "34.50", "2025-09-01T10:00:00", currency="EUR"),
        owpay("pt_ow16", "OWD-2025-418", "Landing Festival Forró Caruaru", "change_request", "3500.00", "630.00", "2025-09-20T10:00:00"),
        owpay("pt_ow17", "OWD-2025-419", "Site Advocacia Lisboa", "deposit", "1500.00", "345.00", "2025-09-26T10:00:00", currency="EUR"),
        owpay("pt_ow18", "OWD-2025-420", "Portal Escola de Samba Porto Alegre", "discovery", "11000.00", "1980.00", "2025-09-22T10:00:00"),
        owpay("pt_ow19a", "OWD-2025-421", "Catálogo Cerâmica Aveiro", "deposit", "700.00", "161.00", "2025-09-10T10:00:00", currency="EUR"),
        owpay("pt_ow19b", "OWD-2025-422", "Catálogo Cerâmica Aveiro", "milestone", "950.00", "218.50", "2025-09-17T10:00:00", currency="EUR", milestone_status="not_started"),
        owpay("pt_ow20", "OWD-2025-423", "Site ONG Kandengues", "deposit", "12000.00", "2160.00", "2025-09-25T10:00:00", status="failed"),
        owpay("pt_ow21", "OWD-2025-424", "Loja Cachaça Salinas", "deposit", "16000.00", "2880.00", "2025-09-20T10:00:00"),
    ],
}
def at(y, mo, d, h, mi, off):
    return datetime(y, mo, d, h, mi, tzinfo=timezone(timedelta(hours=off)))  # off may be 5.5 (IST)


def mail(frm, to, subject, body, when, mid, reply_to_ids=(), html=None, headers=(), cc=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = format_datetime(when)
    m["Message-ID"] = f"<{mid}>"
    if reply_to_ids:
        m["In-Reply-To"] = f"<{reply_to_ids[-1]}>"
        m["References"] = " ".join(f"<{r}>" for r in reply_to_ids)
    for k, v in headers:
        m[k] = v
    if html and body is None:
        m.set_content(html, subtype="html")
    else:
        m.set_content(body)
        if html:
            m.add_alternative(html, subtype="html")
    return m


CASES = []


def case(cid, brand, status, emails, decisions=(), rules=(), missing=None, spec="", extra_ok=False, ambiguous=None):
    files = []
    for i, m in enumerate(emails):
        name = f"emails/{cid}{'' if len(emails) == 1 else '-' + str(i + 1)}.eml"
        files.append((name, m))
    c = {"id": f"{LANG}-{cid}", "lang": LANG, "files": [f for f, _ in files],
         "brand": brand, "status": status, "rules": list(rules)}
    if missing is not None:
        c["missing"] = list(missing)
    c["decisions"] = [dict(d) for d in decisions]
    if extra_ok:
        c["extra_ok"] = True
    if ambiguous:
        c["ambiguous"] = ambiguous
    c["spec"] = spec
    CASES.append((c, files))


def ref(amount=None):
    return {"intent": "refund", "outcome": "approve", "amount": amount} if amount else None


def R(outcome, amount=None):
    return {"intent": "refund", "outcome": outcome, "amount": amount}


def C(outcome, eff=None):
    d = {"intent": "cancellation", "outcome": outcome}
    if eff:
        d["effective_date"] = eff
    return d


LOTO = LO

DISC_PT = ("\n\n--\nAVISO DE CONFIDENCIALIDADE: Esta mensagem e os seus anexos são confidenciais e destinam-se "
           "exclusivamente ao destinatário. Se a recebeu por engano, por favor informe o remetente e apague-a. "
           "Antes de imprimir, pense no ambiente.")
DISC_BR = ("\n\n_____\nEsta mensagem pode conter informação confidencial e/ou privilegiada. Se você não for o "
           "destinatário, não deve usar, copiar ou divulgar as informações nela contidas.")

# ---------------------------------------------------------------- LeadsOptima
case("l01-cobranca-duplicada-trimestral-porto", LOB, "decided", [mail(
    "Joana Ferreira <joana.ferreira@sapo.pt>", "support@leadsoptima.com",
    "Cobrança em duplicado - plano trimestral",
    "Bom dia,\n\nVenho por este meio informar que o plano trimestral me foi cobrado duas vezes no dia 23, com poucos "
    "minutos de diferença (faturas LO-INV-80111 e LO-INV-80112). Agradeço a devolução da cobrança em duplicado, "
    "a segunda.\n\nCom os melhores cumprimentos,\nJoana Ferreira\nPorto",
    at(2025, 9, 25, 10, 15, PT), "pt-l01@sapo.pt")],
    [R("approve", "3999.00")],
    spec="L2 duplicate_payment + L4: two paid quarterly charges 2025-09-23 same period; request 2025-09-25 IST (day 2): refund LO-INV-80112, 3999.00 before tax (C6).")

case("l02-duplicado-dia-8-lisboa", LOB, "decided", [mail(
    "Ricardo Almeida <ricardo.almeida@almeidaconsultores.pt>", "billing@leadsoptima.com",
    "Débito repetido LeadsOptima",
    "Bom dia,\n\nReparei agora no extrato do Millennium que a mensalidade de setembro foi debitada duas vezes no "
    "dia 5 (LO-INV-80120 e LO-INV-80121). Peço o reembolso do débito em duplicado.\n\nCumprimentos,\nRicardo Almeida\n"
    "Almeida Consultores, Lda.",
    at(2025, 9, 13, 10, 0, PT), "pt-l02@almeidaconsultores.pt")],
    [R("deny")],
    spec="L3: duplicate charges 2025-09-05 IST (day 0); request 2025-09-13 14:30 IST = day 8 > 7: deny.")

case("l03-diz-duplicado-so-um-luanda", LOB, "decided", [mail(
    "Mateus Domingos <mateus.domingos@kiandaimoveis.co.ao>", "support@leadsoptima.com",
    "Pagamento em duplicado",
    "Bom dia estimados,\n\nNo extrato do BAI aparecem dois movimentos da LeadsOptima do dia 24, fui cobrado duas "
    "vezes pelo plano mensal. Solicito a devolução de um deles, se faz favor.\n\nAtenciosamente,\nMateus Domingos\n"
    "Kianda Imóveis - Luanda",
    at(2025, 9, 26, 9, 30, AO), "pt-l03@kiandaimoveis.co.ao")],
    [R("escalate")],
    spec="L4: duplicate claimed inside the window but the ledger holds one charge (LO-INV-80130, invoice filled, s.1): escalate, no amount.")

case("l04-cobrada-depois-de-cancelar-recife", LOB, "decided", [mail(
    "Fernanda Lima <fernanda.lima@clinicavidaplena.com.br>", "support@leadsoptima.com",
    "Cobrança indevida após cancelamento",
    "Olá, boa tarde!\n\nEu cancelei a assinatura em agosto pelo próprio painel e mesmo assim fui cobrada de novo "
    "no dia 20 de setembro (fatura LO-INV-80140). Quero o estorno dessa cobrança, por favor, porque eu já tinha "
    "cancelado.\n\nAtt,\nFernanda Lima\nClínica Vida Plena - Recife/PE" + DISC_BR,
    at(2025, 9, 22, 14, 0, BR), "pt-l04@clinicavidaplena.com.br")],
    [R("escalate")],
    spec="L2 billing_error ('cobrada de novo depois de cancelar') inside the window (charge 2025-09-20, request 2025-09-22): L5 escalate.")

case("l05-nao-consigo-entrar-audio-fortaleza", LOB, "decided", [mail(
    "Chico Barbosa <chico.barbosa.ce@gmail.com>", "support@leadsoptima.com",
    "nao consigo entrar",
    "oi bom dia olha eu paguei a mensalidade segunda e desde ontem nao consigo entrar na plataforma fica so "
    "carregando e volta pra tela de login ja tentei no celular e no computador e nada visse quero meu dinheiro "
    "de volta se nao resolver\n\nEnviado do meu iPhone",
    at(2025, 9, 24, 8, 40, BR), "pt-l05@mail.gmail.com")],
    [R("escalate")],
    spec="L2 access_failure ('não consigo entrar') inside the window (charge 2025-09-22, request 2025-09-24 17:10 IST): L6 escalate; invoice and plan filled from the one charge.")

case("l06-sem-acesso-fora-prazo-maputo", LOB, "decided", [mail(
    "Anabela Mucavele <anabela.mucavele@maputotrading.co.mz>", "support@leadsoptima.com",
    "Reembolso - sem acesso à conta",
    "Boa tarde,\n\nDesde o início do mês que não consigo aceder à minha conta, aparece sempre erro. Paguei a "
    "mensalidade a 2 de Setembro (LO-INV-80160) e praticamente não usei. Solicito o reembolso.\n\nCumprimentos,\n"
    "Anabela Mucavele\nMaputo Trading",
    at(2025, 9, 15, 14, 0, MZ), "pt-l06@maputotrading.co.mz")],
    [R("deny")],
    spec="L3: access failure but charge 2025-09-02 and request 2025-09-15 IST (day 13): deny.")

case("l07-desisti-anual-lisboa", LOB, "decided", [mail(
    "Tiago Nunes <tiago.nunes@nunesdesign.pt>", "support@leadsoptima.com",
    "Reembolso plano anual",
    "Olá,\n\nSubscrevi o plano anual na segunda-feira mas entretanto percebi que é demasiado caro para um "
    "estúdio pequeno como o meu e que não vou tirar partido. Podem devolver-me o valor? Ainda nem configurei nada.\n\n"
    "Obrigado,\nTiago",
    at(2025, 9, 10, 16, 0, PT), "pt-l07@nunesdesign.pt")],
    [R("deny")],
    spec="L1: 'demasiado caro', unused: no exception reason: deny, cancellation offered; invoice LO-INV-80170 filled.")

case("l08-teste-gratis-curitiba", LOB, "decided", [mail(
    "Larissa Kowalski <larissa.kowalski@hotmail.com>", "support@leadsoptima.com",
    "reembolso",
    "Oi, tô no período de teste grátis e não gostei, a ferramenta não serve pra minha loja. Quero o reembolso "
    "de qualquer valor que tenham cobrado.\n\nLarissa",
    at(2025, 9, 27, 11, 0, BR), "pt-l08@hotmail.com")],
    [R("deny")],
    spec="L7: account on free trial (trial_ends 2025-10-03), no charges: deny, nothing to refund; no billing unless they subscribe. The invoice is not asked for: a trial account has no charge to identify (s.3, L7). No cancellation is asked for, so none is expected.")

case("l09-cancelar-mensal-porto-alegre", LOB, "decided", [mail(
    "Churrascaria Gaúcha <contato@churrascariagaucha.com.br>", "support@leadsoptima.com",
    "Cancelamento da assinatura",
    "Prezados, boa tarde.\n\nSolicito o cancelamento da nossa assinatura mensal. O restaurante vai fechar para "
    "reforma até o fim do ano.\n\nAtenciosamente,\nTchê Ribeiro\nChurrascaria Gaúcha - Porto Alegre/RS",
    at(2025, 9, 24, 15, 0, BR), "pt-l09@churrascariagaucha.com.br")],
    [C("cancel", "2025-10-11")],
    spec="L8: cancel, monthly; effective current_period_end 2025-10-11.")

case("l10-cancelar-trimestral-sem-periodo-braga", LOB, "decided", [mail(
    "Helena Sousa <helena.sousa@sousaeirmaos.pt>", "support@leadsoptima.com",
    "Cancelamento",
    "Exmos. Senhores,\n\nVenho solicitar o cancelamento da subscrição trimestral da Sousa & Irmãos no fim do "
    "período em curso, que pagámos no final de julho. Vamos passar a usar a ferramenta do grupo.\n\n"
    "Com os melhores cumprimentos,\nHelena Sousa\nSousa & Irmãos, Lda. - Braga",
    at(2025, 9, 16, 11, 0, PT), "pt-l10@sousaeirmaos.pt")],
    [C("cancel", "2025-10-30")],
    spec="L8 fallback: no current_period_end; last charge 2025-07-31 quarterly -> 2025-10-31 - 1 day = 2025-10-30.")

case("l11-caro-reembolso-e-cancela-salvador", LOB, "decided", [mail(
    "Acarajé da Cida <adm@acaraje-da-cida.com.br>", "support@leadsoptima.com",
    "cancelar e devolver",
    "Bom dia, meu rei! Aqui é Cida. Quero cancelar o plano trimestral e quero o dinheiro do trimestre de volta "
    "(LO-INV-80210), ficou muito caro pra gente e o movimento caiu. Obrigada, fique com Deus.\n\nCida",
    at(2025, 9, 18, 9, 0, BR), "pt-l11@acaraje-da-cida.com.br")],
    [R("deny"), C("cancel", "2025-12-14")],
    spec="L1 'muito caro' -> refund deny; L8 cancel effective current_period_end 2025-12-14.")

case("l12-c2-gmail-luanda", LOB, "need_info", [mail(
    "Edson Manuel <edsonmanuel.ao@gmail.com>", "support@leadsoptima.com",
    "Cobrança dupla",
    "Bom dia. Escrevo do meu email pessoal porque o da empresa está com problemas. A conta está registada em "
    "edson.manuel@luandalogistica.co.ao (plano trimestral). Fui cobrado duas vezes, fatura LO-INV-80300. Peço a "
    "devolução.\n\nEdson Manuel",
    at(2025, 9, 11, 10, 0, AO), "pt-l12@mail.gmail.com")],
    rules=["C2"],
    spec="C2: names the registered email edson.manuel@luandalogistica.co.ao but writes from gmail: need_info, ask to write from the address on record, nothing about the account.")

case("l13-sem-motivo-carta-formal-lisboa", LOB, "need_info", [mail(
    "Manuel Rebelo <manuel.rebelo@rebeloadvogados.pt>", "support@leadsoptima.com",
    "Pedido de reembolso - Fatura LO-INV-80230",
    "Exmos. Senhores,\n\nPela presente, solicito o reembolso do montante cobrado através da fatura "
    "LO-INV-80230.\n\nSem outro assunto de momento, subscrevo-me com os melhores cumprimentos,\n\nManuel Rebelo\n"
    "Av. da Liberdade, 110 - 1269-046 Lisboa\nTel. +351 21 555 0101" + DISC_PT,
    at(2025, 9, 19, 10, 0, PT), "pt-l13@rebeloadvogados.pt")],
    missing=["reason"],
    spec="s.8: formal courtesy lines, restatement of the request, signature and disclaimer are no reason; invoice given, plan filled: need_info reason.")

case("l14-cobraram-anual-sem-fatura-floripa", LOB, "need_info", [mail(
    "Surf Shop Floripa <vendas@surfshopfloripa.com.br>", "support@leadsoptima.com",
    "cobrança errada",
    "E aí pessoal, tudo certo? Vocês me cobraram o plano anual em vez do mensal esse mês, eu nunca troquei de "
    "plano!! Preciso do estorno e que volte pro mensal. Valeu\n\nDudu - Surf Shop Floripa",
    at(2025, 9, 21, 12, 0, BR), "pt-l14@surfshopfloripa.com.br")],
    missing=["invoice_number"],
    spec="L2 billing_error, but the verified sender has two charges (2025-08-19, 2025-09-19) and names no invoice: s.1 fills the invoice only when the sender has exactly one charge (s.3: the charge must be identified; s.8: no correction of references): need_info invoice_number.")

case("l15-fio-responde-motivo-porto", LOB, "decided", [
    mail("Joana Ferreira <joana.ferreira@sapo.pt>", "support@leadsoptima.com",
         "Reembolso LO-INV-80112",
         "Boa tarde, queria pedir o reembolso da fatura LO-INV-80112.\n\nJoana",
         at(2025, 9, 24, 15, 0, PT), "pt-l15a@sapo.pt"),
    mail("Joana Ferreira <joana.ferreira@sapo.pt>", "support@leadsoptima.com",
         "Re: Reembolso LO-INV-80112 [LO-5120]",
         "Olá, o motivo é que essa fatura é uma cobrança em duplicado: o trimestre foi cobrado duas vezes no mesmo "
         "dia (a outra é a LO-INV-80111).\n\nJoana\n\nNo dia qua., 24/09/2025 às 18:40, LeadsOptima Suporte "
         "<support@leadsoptima.com> escreveu:\n> Para continuar, indique o motivo do pedido.",
         at(2025, 9, 26, 9, 0, PT), "pt-l15b@sapo.pt", reply_to_ids=["pt-l15a@sapo.pt", "lo-5120@leadsoptima.com"])],
    [R("approve", "3999.00")],
    spec="C3 thread: the answer gives the reason (duplicate); request time is the first email (2025-09-24 IST, day 1): L4 approve 3999.00 for LO-INV-80112.")

case("l16-chargeback-procon-recife", LOB, "decided", [mail(
    "Fernanda Lima <fernanda.lima@clinicavidaplena.com.br>", "support@leadsoptima.com",
    "RE: Cobrança indevida após cancelamento",
    "Ninguém me responde!!! Já mandei 2 emails. Se até sexta não estornarem a cobrança LO-INV-80140 eu vou abrir "
    "chargeback no cartão e registrar reclamação no Procon.\n\nFernanda",
    at(2025, 9, 24, 19, 0, BR), "pt-l16@clinicavidaplena.com.br", reply_to_ids=["pt-l04@clinicavidaplena.com.br"])],
    [R("escalate")], rules=["C4"],
    spec="C4: chargeback + consumer-agency (Procon) threat: escalate.")

case("l17-deco-advogado-cancela-braga", LOB, "decided", [mail(
    "Padaria do Minho <contabilidade@padariaminho.pt>", "support@leadsoptima.com",
    "Reclamação - cancelamento e devolução",
    "Exmos. Senhores,\n\nPretendemos cancelar de imediato a subscrição anual e ser reembolsados, dado que a "
    "plataforma nunca funcionou como nos foi apresentado. Caso não haja resposta, faremos queixa no Livro de "
    "Reclamações e na DECO, e o assunto seguirá para o nosso advogado.\n\nA Gerência\nPadaria do Minho, Lda.",
    at(2025, 9, 23, 17, 0, PT), "pt-l17@padariaminho.pt")],
    [R("escalate"), C("escalate")], rules=["C4"],
    spec="C4 covers the whole case: consumer-complaint (DECO, Livro de Reclamações) and lawyer threat: refund and cancellation escalate.")

case("l18-resposta-automatica-ferias", LOB, "ignore", [mail(
    "João Pestana <joao.pestana@pestanavinhos.pt>", "support@leadsoptima.com",
    "Resposta automática: A sua fatura LO-INV-80290",
    "Obrigado pelo seu email. Estou de férias até 6 de outubro, sem acesso regular ao correio. Para assuntos "
    "urgentes contacte a Sofia: sofia@pestanavinhos.pt.\n\nJoão Pestana",
    at(2025, 9, 22, 9, 0, PT), "pt-l18@pestanavinhos.pt",
    headers=[("Auto-Submitted", "auto-replied")])],
    rules=["C7"], spec="C7: Auto-Submitted auto-reply: ignore.")

case("l19-devolvido-postmaster", LOB, "ignore", [mail(
    "postmaster@uol.com.br", "support@leadsoptima.com",
    "Mensagem não entregue: Sua fatura LO-INV-80280",
    "Não foi possível entregar sua mensagem para paula.menezes@menezesestetica.com.br.\nMotivo: caixa postal cheia.\n",
    at(2025, 9, 3, 11, 0, BR), "pt-l19@uol.com.br")],
    rules=["C7"], spec="C7: postmaster sender (bounce): ignore.")

case("l20-newsletter-lista", LOB, "ignore", [mail(
    "Sebrae Pernambuco <newsletter@pe.sebrae.com.br>", "info@leadsoptima.com",
    "Newsletter: como lidar com pedidos de reembolso e cancelamento no seu negócio",
    "Olá, empreendedor!\nNesta edição: cancelamentos, reembolsos e o Código de Defesa do Consumidor.\n\n"
    "Para cancelar o recebimento, clique aqui.",
    at(2025, 9, 17, 8, 0, BR), "pt-l20@pe.sebrae.com.br",
    headers=[("List-Id", "Newsletter Sebrae PE <news.pe.sebrae.com.br>"), ("Precedence", "list")])],
    rules=["C7"], spec="C7: List-Id / Precedence: list newsletter that mentions refunds: ignore.")

case("l21-nao-quero-reembolso-nif", LOB, "other", [mail(
    "João Pestana <joao.pestana@pestanavinhos.pt>", "billing@leadsoptima.com",
    "Dados de faturação",
    "Bom dia,\n\nNão pretendo reembolso nem cancelar, atenção! Apenas preciso que a fatura LO-INV-80290 seja emitida "
    "com o NIF da empresa (509 555 321) e a morada da sede, para a contabilidade.\n\nObrigado,\nJoão Pestana",
    at(2025, 9, 8, 10, 0, PT), "pt-l21@pestanavinhos.pt")],
    spec="s.8 negation ('não pretendo reembolso nem cancelar'); invoice-data request: other.")

case("l22-pergunta-antes-de-assinar", LOB, "other", [mail(
    "Rafael Tavares <rafa.tavares.mkt@gmail.com>", "info@leadsoptima.com",
    "Dúvida antes de assinar",
    "Boa noite! Tô pensando em assinar o plano anual pra minha agência aqui em Natal. Se eu assinar e depois de "
    "um mês não curtir, vocês devolvem o dinheiro proporcional? Valeu!",
    at(2025, 9, 25, 20, 0, BR), "pt-l22@mail.gmail.com")],
    spec="s.8 hypothetical question before buying: other.")

case("l23-obrigado-reembolso-luanda", LOB, "other", [mail(
    "Edson Manuel <edson.manuel@luandalogistica.co.ao>", "support@leadsoptima.com",
    "Re: Reembolso aprovado [LO-5002]",
    "Bom dia,\n\nConfirmo que o reembolso já caiu na conta. Muito obrigado pela rapidez, bom trabalho!\n\nEdson",
    at(2025, 9, 29, 9, 0, AO), "pt-l23@luandalogistica.co.ao", reply_to_ids=["lo-5002@leadsoptima.com"])],
    spec="Thank-you after a refund asks nothing: other.")

case("l24-duvida-iva-maputo", LOB, "other", [mail(
    "Nélia Tembe <nelia.tembe@tembeeventos.co.mz>", "billing@leadsoptima.com",
    "Questão sobre a fatura LO-INV-80270",
    "Boa tarde,\n\nO nosso contabilista pergunta porque é que a fatura LO-INV-80270 tem um imposto de 2.157,84 e "
    "se podem enviar a fatura com o NUIT da empresa. A cobrança está correcta, é só para efeitos fiscais.\n\n"
    "Cumprimentos,\nNélia Tembe",
    at(2025, 9, 26, 14, 0, MZ), "pt-l24@tembeeventos.co.mz")],
    spec="Invoice question, charge confirmed correct, no refund or cancellation asked: other.")

case("l25-contador-encaminha-c2-outlook", LOB, "need_info", [mail(
    "Escritório Contábil Nordeste <atendimento@contabilnordeste.com.br>", "support@leadsoptima.com",
    "ENC: estorno LeadsOptima",
    "Prezados,\n\nSomos a contabilidade da Menezes Estética. Segue abaixo a solicitação da cliente. Favor "
    "providenciar o estorno.\n\nAtt.,\nEquipe Contábil Nordeste\n\n"
    "De: Paula Menezes <paula.menezes@menezesestetica.com.br>\nEnviado: sexta-feira, 5 de setembro de 2025 10:20\n"
    "Para: atendimento@contabilnordeste.com.br\nAssunto: estorno LeadsOptima\n\nOi pessoal, a LeadsOptima me "
    "cobrou valor errado na mensalidade (conta paula.menezes@menezesestetica.com.br), fatura LO-INV-80280. "
    "Vocês podem pedir o estorno pra mim?",
    at(2025, 9, 5, 15, 0, BR), "pt-l25@contabilnordeste.com.br")],
    rules=["C2"],
    spec="s.8 forwards + C2: forwarded request names registered email paula.menezes@menezesestetica.com.br, sender is the accounting firm: need_info asking for the request from that address.")

case("l26-reencaminha-proprio-fuso-lisboa", LOB, "decided", [mail(
    "Rui Carvalho <rui.carvalho@carvalhotransportes.pt>", "support@leadsoptima.com",
    "Fwd: Mensalidade cobrada duas vezes",
    "Reencaminho o email que enviei por engano para o comercial. Continuo à espera.\n\nRui\n\n"
    "Início da mensagem reencaminhada:\n\nDe: Rui Carvalho <rui.carvalho@carvalhotransportes.pt>\n"
    "Assunto: Mensalidade cobrada duas vezes\nData: 18 de setembro de 2025 às 10:40:12 WEST\n"
    "Para: comercial@leadsoptima.pt\n\nBom dia, a mensalidade foi-me cobrada duas vezes na noite de 10 para 11 "
    "(LO-INV-80250 e LO-INV-80251). Peço o reembolso da segunda.",
    at(2025, 9, 18, 11, 0, PT), "pt-l26@carvalhotransportes.pt")],
    [R("approve", "1499.00")],
    spec="s.8 ledger times with an offset: charges 2025-09-10T22:00Z = 2025-09-11 03:30 IST (day 0); request 2025-09-18 15:30 IST = day 7, inside (L3); own forward read for its request; L4 refund LO-INV-80251 1499.00.")

case("l27-tres-cobrancas-curitiba", LOB, "decided", [mail(
    "Gabriel Souza <gabriel.souza@souzaimports.com.br>", "support@leadsoptima.com",
    "3 cobranças iguais",
    "Boa tarde. Vocês me cobraram a mesma mensalidade três vezes: duas no sábado (LO-INV-80260, LO-INV-80261) e "
    "mais uma no domingo (LO-INV-80262). Quero o estorno das duas cobranças a mais, óbvio.\n\nGabriel Souza\n"
    "Souza Imports - Curitiba/PR",
    at(2025, 9, 22, 14, 0, BR), "pt-l27@souzaimports.com.br")],
    [R("approve", "2998.00")],
    spec="s.8 three identical charges (2025-09-20, 2025-09-20, 2025-09-21, same period): the 2nd and 3rd are duplicates, both inside L3 at request 2025-09-22: 1499.00 x 2 = 2998.00.")

case("l28-duplicado-em-disputa-maputo", LOB, "decided", [mail(
    "Nélia Tembe <nelia.tembe@tembeeventos.co.mz>", "support@leadsoptima.com",
    "Pagamento duplicado plano anual",
    "Bom dia,\n\nO plano anual foi pago duas vezes a 25/09 (LO-INV-80270 e LO-INV-80271). Solicito a devolução do "
    "segundo pagamento.\n\nCumprimentos,\nNélia Tembe\nTembe Eventos - Maputo",
    at(2025, 9, 27, 9, 0, MZ), "pt-l28@tembeeventos.co.mz")],
    [R("escalate")],
    spec="s.8 payments not paid: LO-INV-80271 has status disputed: no pair of paid charges, and its refund is escalated.")

case("l29-cancelar-estilo-whatsapp-maputo", LOB, "decided", [mail(
    "Anabela Mucavele <anabela.mucavele@maputotrading.co.mz>", "support@leadsoptima.com",
    "cancelar",
    "boa noite quero cancelar a assinatura ja nao estamos a usar obrigada\n\nEnviado do meu Samsung Galaxy",
    at(2025, 9, 23, 20, 30, MZ), "pt-l29@maputotrading.co.mz")],
    [C("cancel", "2025-10-01")],
    spec="L8: cancel, monthly; effective current_period_end 2025-10-01.")

case("l30-cancela-sem-motivo-assinatura", LOB, "decided", [mail(
    "Rui Carvalho <rui.carvalho@carvalhotransportes.pt>", "support@leadsoptima.com",
    "Cancelamento da subscrição",
    "Bom dia,\n\nSolicito o cancelamento da subscrição.\n\nCom os melhores cumprimentos,\n\nRui Carvalho\n"
    "Diretor Financeiro | Carvalho Transportes, S.A.\nZona Industrial de Ovar" + DISC_PT,
    at(2025, 9, 25, 9, 30, PT), "pt-l30@carvalhotransportes.pt")],
    [C("cancel", "2025-10-10")],
    spec="Section 3: the reason does not hold a LeadsOptima cancellation up; L8 effective current_period_end 2025-10-10.")

case("l31-html-juizado-salvador", LOB, "decided", [mail(
    "Acarajé da Cida <adm@acaraje-da-cida.com.br>", "support@leadsoptima.com",
    "ULTIMO AVISO",
    None,
    at(2025, 9, 20, 10, 0, BR), "pt-l31@acaraje-da-cida.com.br",
    html="<html><body><div>Bom dia,</div><div>Fui cobrada <b>a mais</b> no trimestre (LO-INV-80210), o valor não é "
         "o que foi combinado. Quero meu dinheiro de volta.</div><div>Se não resolverem vou entrar com ação no "
         "Juizado Especial e no Procon, já falei com uma advogada.</div><div>Cida</div></body></html>")],
    [R("escalate")], rules=["C4"],
    spec="C4: HTML-only mail threatening small-claims court, Procon and a lawyer: escalate.")

case("l32-plano-errado-porto", LOB, "decided", [mail(
    "Joana Ferreira <joana.ferreira@sapo.pt>", "support@leadsoptima.com",
    "Valor errado",
    "Olá,\n\nNo dia 23 cobraram-me um valor errado: tinha um código promocional de 20 % para o primeiro trimestre "
    "que não foi aplicado, a fatura LO-INV-80111 veio pelo preço cheio. Peço que me devolvam a diferença.\n\nJoana",
    at(2025, 9, 24, 11, 0, PT), "pt-l32@sapo.pt")],
    [R("escalate")],
    spec="L2 billing_error ('valor errado') inside the window (charge 2025-09-23, request 2025-09-24): L5 escalate for LO-INV-80111.")

# ---------------------------------------------------------------- Optima WebDesign
case("o01-sinal-71h-porto", OWB, "decided", [mail(
    "Azulejos do Porto <geral@azulejosdoporto.pt>", "support@optimawebdesign.com",
    "Pedido de Reembolso — Loja Online Azulejos do Porto / OWD-2025-401",
    "Bom dia,\n\nNa segunda-feira pagámos o sinal de 900,00 € (+ IVA) da Loja Online Azulejos do Porto. Entretanto "
    "o nosso sócio maioritário decidiu avançar com a plataforma do distribuidor, pelo que pedimos a devolução do "
    "sinal. Sabemos que ainda não iniciaram os trabalhos.\n\nCumprimentos,\nMargarida Pinto\nAzulejos do Porto, Lda.",
    at(2025, 9, 18, 9, 30, PT), "pt-o01@azulejosdoporto.pt")],
    [R("approve", "900.00")],
    spec="O2: deposit paid 2025-09-15 14:30 IST, request 2025-09-18 14:00 IST (71.5 h), no work: approve 900.00 before tax (C6).")

case("o02-sinal-trabalho-iniciado-recife", OWB, "decided", [mail(
    "Direção Escola Nova <direcao@escolanovarecife.com.br>", "optimawebdesigns12@gmail.com",
    "Desistência Site Escola Nova Recife",
    "Prezados,\n\nA mantenedora decidiu suspender o projeto do Site Escola Nova Recife por corte de orçamento. "
    "Solicitamos a devolução do sinal (OWD-2025-402) pago na quinta.\n\nAtenciosamente,\nProfa. Socorro Albuquerque\n"
    "Diretora",
    at(2025, 9, 13, 10, 0, BR), "pt-o02@escolanovarecife.com.br")],
    [R("deny")],
    spec="O2 'whichever occurs first': request 2025-09-13 18:30 IST is within 72 h of payment (2025-09-11 10:00) but after work_started_at 2025-09-12: deny.")

case("o03-discovery-sem-sessoes-luanda", OWB, "decided", [mail(
    "Marketing Kianda <marketing@kiandaimoveis.co.ao>", "optimawebdesigns12@gmail.com",
    "Estratégia Digital Kianda - reembolso",
    "Boa tarde,\n\nInformamos que a administração cancelou o investimento em marketing digital até ao próximo "
    "exercício. Como ainda não tivemos nenhuma sessão da Estratégia Digital Kianda (OWD-2025-403), pedimos o "
    "reembolso do valor pago.\n\nCumprimentos,\nDepartamento de Marketing\nKianda Imóveis",
    at(2025, 9, 22, 14, 0, AO), "pt-o03@kiandaimoveis.co.ao")],
    [R("approve", "16000.00")],
    spec="O1: discovery, work_started_at empty: refundable in full, 16000.00.")

case("o04-discovery-iniciado-teresina", OWB, "decided", [mail(
    "Cooperativa Cajuína <coop@cajuinapiaui.com.br>", "optimawebdesigns12@gmail.com",
    "reembolso consultoria",
    "Boa tarde. A cooperativa decidiu não seguir com o Portal Cooperativa Cajuína. Queremos de volta o valor da "
    "consultoria inicial (OWD-2025-404). Tivemos as reuniões mas o relatório não ajudou em nada.\n\nAntônio, "
    "presidente da Cooperativa",
    at(2025, 9, 12, 15, 0, BR), "pt-o04@cajuinapiaui.com.br")],
    [R("deny")],
    spec="O1: discovery sessions started (work_started_at 2025-08-25): deny.")

case("o05-etapa-nao-iniciada-curitiba", OWB, "decided", [mail(
    "Erva-Mate Curitiba <compras@ervamatecuritiba.com.br>", "optimawebdesigns12@gmail.com",
    "Reembolso etapa 2 - OWD-2025-406",
    "Olá, tudo bem?\n\nSobre o E-commerce Erva-Mate Curitiba: a etapa 1 foi entregue e está ótima. A etapa 2 "
    "(integração com o ERP, fatura OWD-2025-406) vamos fazer com o fornecedor do ERP, então pedimos o reembolso "
    "dela, que ainda não começou.\n\nAbraço,\nLeandro Wisniewski",
    at(2025, 9, 19, 10, 0, BR), "pt-o05@ervamatecuritiba.com.br")],
    [R("approve", "27500.00")],
    spec="O3: milestone OWD-2025-406 not_started: refund its amount 27500.00 before tax.")

case("o06-etapa-em-curso-maputo", OWB, "decided", [mail(
    "TI Farmácia Central <ti@farmaciacentralmz.co.mz>", "optimawebdesigns12@gmail.com",
    "App Farmácia Maputo - devolução",
    "Bom dia,\n\nA App Farmácia Maputo está muito atrasada e a direção quer parar. Pedimos a devolução do "
    "pagamento da etapa em curso (OWD-2025-407).\n\nCumprimentos,\nEng. Alberto Chissano\nFarmácia Central",
    at(2025, 9, 25, 10, 0, MZ), "pt-o06@farmaciacentralmz.co.mz")],
    [R("escalate")],
    spec="O3: milestone in_progress: escalate, no amount.")

case("o07-etapa-concluida-douro", OWB, "decided", [mail(
    "Quinta do Douro <enoturismo@quintadodouro.pt>", "optimawebdesigns12@gmail.com",
    "Reembolso",
    "Boa tarde,\n\nO Site Quinta do Douro (OWD-2025-408) ficou concluído em junho mas as reservas de enoturismo não "
    "aumentaram nada. Solicitamos a devolução dos 1.250,00 €.\n\nCumprimentos,\nInês Magalhães",
    at(2025, 9, 9, 15, 0, PT), "pt-o07@quintadodouro.pt")],
    [R("deny")],
    spec="O3/O6: completed milestone: deny, non-refundable items.")

case("o08-avenca-7-dias-exatos-algarve", OWB, "decided", [mail(
    "IT Algarve Mar <it@algarvemar.pt>", "optimawebdesigns12@gmail.com",
    "Denúncia do contrato de manutenção",
    "Bom dia,\n\nVimos por este meio denunciar a avença mensal de Manutenção Hotel Algarve Mar (OWD-2025-409). "
    "O hotel foi integrado num grupo com equipa de IT própria.\n\nCumprimentos,\nDepartamento de IT\nHotel Algarve Mar",
    at(2025, 9, 24, 10, 0, PT), "pt-o08@algarvemar.pt")],
    [C("cancel", "2025-09-30")],
    spec="O4/O8: next_billing_at 2025-10-01; request 2025-09-24 IST = exactly 7 days' notice (cut-off 2025-09-24): cancel, effective 2025-09-30.")

case("o09-avenca-aviso-curto-jericoacoara", OWB, "decided", [mail(
    "Pousada Jeri <reservas@pousadajeri.com.br>", "optimawebdesigns12@gmail.com",
    "cancelar gestão de redes",
    "Oi gente, bom dia. Vamos cancelar a Gestão Redes Pousada Jericoacoara (OWD-2025-410), minha sobrinha vai "
    "cuidar do Instagram agora. Obrigada por tudo!\n\nDona Zélia",
    at(2025, 9, 30, 10, 0, BR), "pt-o09@pousadajeri.com.br")],
    [C("cancel", "2025-11-05")],
    spec="O4: next_billing_at 2025-10-06, request 2025-09-30 (< 7 days, cut-off 2025-09-29): next cycle 2025-10-06..2025-11-05 billed; effective 2025-11-05.")

case("o10-avenca-ja-paga-luanda", OWB, "decided", [mail(
    "TI Banco Comunitário <ti@bancocomunitario.co.ao>", "optimawebdesigns12@gmail.com",
    "Cancelamento Suporte Contínuo Banco Comunitário",
    "Exmos. Senhores,\n\nComunicamos o cancelamento do Suporte Contínuo Banco Comunitário a partir do próximo "
    "ciclo (fatura OWD-2025-412). O banco vai internalizar o suporte.\n\nCom os melhores cumprimentos,\n"
    "Direção de Sistemas",
    at(2025, 9, 22, 10, 0, AO), "pt-o10@bancocomunitario.co.ao")],
    [C("escalate")],
    spec="s.8 retainer paid in advance: the next cycle (2025-10-01..2025-10-31) is already paid and the notice is >= 7 days: escalate.")

case("o11-alojamento-14-dias-salvador", OWB, "decided", [mail(
    "Restaurante Pelourinho <contato@restaurantepelourinho.com.br>", "optimawebdesigns12@gmail.com",
    "Cancelar hospedagem e reembolso",
    "Boa tarde! Queremos cancelar o Alojamento Web Restaurante Pelourinho (OWD-2025-413) e receber o reembolso "
    "proporcional. A franqueadora exige que o site fique no servidor deles.\n\nAtt,\nRoberval",
    at(2025, 9, 29, 14, 0, BR), "pt-o11@restaurantepelourinho.com.br")],
    [R("approve", "8250.00")], extra_ok=True,
    spec="O5: service_start 2025-09-20, request 2025-09-29 (day 9): 9600 - 600 - (9000/12)*1 = 8250.00; extra_ok for the cancellation part.")

case("o12-manutencao-dia-14-coimbra", OWB, "decided", [mail(
    "Clínica Mondego <admin@clinicamondego.pt>", "optimawebdesigns12@gmail.com",
    "Pedido de Reembolso — Manutenção Anual Clínica Coimbra / OWD-2025-414",
    "Exmos. Senhores,\n\nVimos solicitar o cancelamento do plano de Manutenção Anual Clínica Coimbra e o respetivo "
    "reembolso, nos termos da vossa política, uma vez que a clínica vai ser integrada no sistema informático do "
    "grupo hospitalar.\n\nCom os melhores cumprimentos,\nDr. Nuno Travassos",
    at(2025, 9, 26, 10, 0, PT), "pt-o12@clinicamondego.pt")],
    [R("approve", "9900.00")], extra_ok=True,
    spec="O5: service_start 2025-09-12, request 2025-09-26 14:30 IST = day 14 (inside): 12000 - 1200 - 900 = 9900.00.")

case("o13-alojamento-dia-15-gramado", OWB, "decided", [mail(
    "Pousada Serra Gaúcha <pousada@serragaucha.com.br>", "optimawebdesigns12@gmail.com",
    "Reembolso hospedagem anual",
    "Bom dia, bah, queremos cancelar o Alojamento Pousada Gramado (OWD-2025-415) e receber o proporcional, vamos "
    "migrar pro Wix.\n\nAbraço,\nGustavo",
    at(2025, 9, 25, 9, 0, BR), "pt-o13@serragaucha.com.br")],
    [R("deny")], extra_ok=True,
    spec="O5: service_start 2025-09-10, request 2025-09-25 17:30 IST = day 15 > 14: deny.")

case("o14-licencas-maputo", OWB, "decided", [mail(
    "Capulanas MZ <vendas@capulanasmz.co.mz>", "optimawebdesigns12@gmail.com",
    "devolucao licencas",
    "Bom dia. Na Loja Capulanas Maputo cobraram-nos o tema premium e os plugins (OWD-2025-416) mas afinal "
    "usamos o tema gratuito. Queremos a devolução.\n\nObrigada\nAmélia",
    at(2025, 9, 20, 11, 0, MZ), "pt-o14@capulanasmz.co.mz")],
    [R("deny")],
    spec="O6: third_party (premium theme, plugins): never refundable: deny.")

case("o15-taxa-ativacao-braga", OWB, "decided", [mail(
    "Imobiliária Braga <geral@imobraga.pt>", "optimawebdesigns12@gmail.com",
    "Taxa de configuração",
    "Bom dia,\n\nAchamos injusto pagar 150 € de taxa de configuração do Site Imobiliária Braga (OWD-2025-417) — "
    "pedimos a devolução dessa taxa, foi só criar uma conta.\n\nCumprimentos,\nPedro Faria",
    at(2025, 9, 10, 9, 0, PT), "pt-o15@imobraga.pt")],
    [R("deny")],
    spec="O6: setup/activation fee: never refundable: deny.")

case("o16-alteracao-fora-escopo-caruaru", OWB, "decided", [mail(
    "Produção Forró Caruaru <producao@forrocaruaru.com.br>", "optimawebdesigns12@gmail.com",
    "estorno alteração",
    "Oxe, a alteração que pedimos na Landing Festival Forró Caruaru (OWD-2025-418) nem foi usada porque mudaram "
    "as atrações do festival. Queremos o estorno.\n\nJosinaldo - Produção",
    at(2025, 9, 24, 16, 0, BR), "pt-o16@forrocaruaru.com.br")],
    [R("deny")],
    spec="O6: change_request outside the original scope: never refundable: deny.")

case("o17-c2-socio-gmail-lisboa", OWB, "need_info", [mail(
    "Duarte Lencastre <duarte.lencastre@gmail.com>", "optimawebdesigns12@gmail.com",
    "Sinal Site Advocacia Lisboa",
    "Caros,\n\nSou sócio da Lisbon Legal e escrevo do meu email pessoal. Pretendemos desistir do Site Advocacia "
    "Lisboa e recuperar o sinal (OWD-2025-419), pois a sociedade vai fundir-se com outra.\n\nCumprimentos,\n"
    "Duarte Lencastre",
    at(2025, 9, 27, 11, 0, PT), "pt-o17@mail.gmail.com")],
    rules=["C2"],
    spec="C2: contract email is socios@lisbonlegal.pt; a personal gmail gets need_info asking to write from it.")

case("o18-agencia-encaminha-c2", OWB, "need_info", [mail(
    "Agência Mandacaru <atendimento@agenciamandacaru.com.br>", "optimawebdesigns12@gmail.com",
    "Fw: Reembolso Loja Cachaça Salinas",
    "Olá equipe Optima,\n\nSomos a agência de marketing da Cachaça Salinas e estamos cuidando disso para o "
    "cliente. Segue o pedido abaixo.\n\nAbs,\nAgência Mandacaru\n\n"
    "----- Mensagem encaminhada -----\nDe: Vendas Cachaça Salinas <vendas@cachacasalinas.com.br>\n"
    "Para: atendimento@agenciamandacaru.com.br\nEnviado: segunda-feira, 22 de setembro de 2025 09:10\n"
    "Assunto: Reembolso Loja Cachaça Salinas\n\nPor favor peçam à Optima o reembolso do sinal da Loja Cachaça "
    "Salinas (OWD-2025-424). Desistimos da loja virtual porque a distribuidora vai vender por nós.",
    at(2025, 9, 22, 11, 0, BR), "pt-o18@agenciamandacaru.com.br")],
    rules=["C2"],
    spec="s.8 forwards + C2: the forwarded request carries contract email vendas@cachacasalinas.com.br; sender is the agency: need_info.")

case("o19-sem-motivo-samba-poa", OWB, "need_info", [mail(
    "Diretoria Samba POA <diretoria@sambapoa.com.br>", "optimawebdesigns12@gmail.com",
    "Pedido de reembolso — Portal Escola de Samba Porto Alegre",
    "Prezados,\n\nVenho por meio deste solicitar o reembolso referente ao Portal Escola de Samba Porto Alegre.\n\n"
    "Fico no aguardo do retorno.\n\nAtenciosamente,\n\nMarcos Vinícius\nPresidente\nGRES Unidos da Zona Sul" + DISC_BR,
    at(2025, 9, 24, 10, 0, BR), "pt-o19@sambapoa.com.br")],
    missing=["reason"],
    spec="s.8: courtesy lines, restatement, signature, disclaimer: no reason; invoice filled from the project's one payment (s.1): need_info reason.")

case("o20-falta-fatura-dois-pagamentos-aveiro", OWB, "need_info", [mail(
    "Cerâmica Aveiro <loja@ceramicaaveiro.pt>", "optimawebdesigns12@gmail.com",
    "Reembolso Catálogo Cerâmica Aveiro",
    "Boa tarde,\n\nPedimos o reembolso do Catálogo Cerâmica Aveiro, porque a fábrica vai ser vendida e o novo "
    "dono não quer o catálogo online.\n\nCumprimentos,\nSara Oliveira",
    at(2025, 9, 19, 15, 0, PT), "pt-o20@ceramicaaveiro.pt")],
    missing=["invoice_number"],
    spec="The project has two payments (OWD-2025-421 deposit, OWD-2025-422 milestone) and none is named: need_info invoice_number.")

case("o21-pagamento-falhado-ong-luanda", OWB, "decided", [mail(
    "Coordenação Kandengues <coordenacao@kandengues.org.ao>", "optimawebdesigns12@gmail.com",
    "Devolução do sinal - Site ONG Kandengues",
    "Bom dia,\n\nO financiador da ONG retirou o apoio, pelo que não vamos avançar com o Site ONG Kandengues. "
    "Pedimos a devolução do sinal da fatura OWD-2025-423.\n\nCumprimentos,\nCoordenação",
    at(2025, 9, 26, 10, 0, AO), "pt-o21@kandengues.org.ao")],
    [R("escalate")],
    spec="s.8 payments not paid: OWD-2025-423 failed: refund escalated.")

case("o22-cancela-avenca-sem-motivo-algarve", OWB, "need_info", [mail(
    "IT Algarve Mar <it@algarvemar.pt>", "optimawebdesigns12@gmail.com",
    "Cancelamento",
    "Bom dia,\n\nPor favor cancelem a Manutenção Hotel Algarve Mar.\n\nObrigado e bom trabalho,\nDepartamento de IT",
    at(2025, 9, 15, 10, 0, PT), "pt-o22@algarvemar.pt")],
    missing=["reason"],
    spec="s.8: Optima requires a reason for cancellations too; none given; invoice filled from the one payment: need_info reason.")

case("o23-fio-motivo-discovery-poa", OWB, "decided", [
    mail("Diretoria Samba POA <diretoria@sambapoa.com.br>", "optimawebdesigns12@gmail.com",
         "Reembolso Portal Escola de Samba Porto Alegre",
         "Bom dia, solicitamos o reembolso da fatura OWD-2025-420.\n\nMarcos Vinícius",
         at(2025, 9, 24, 10, 0, BR), "pt-o23a@sambapoa.com.br"),
    mail("Diretoria Samba POA <diretoria@sambapoa.com.br>", "optimawebdesigns12@gmail.com",
         "Re: Reembolso Portal Escola de Samba Porto Alegre [OWD-3310]",
         "Bom dia,\n\nO motivo: a nova diretoria eleita no sábado decidiu cortar o projeto do portal e usar só o "
         "Instagram.\n\nMarcos\n\nEm qua., 24 de set. de 2025 às 15:02, Optima WebDesign "
         "<optimawebdesigns12@gmail.com> escreveu:\n> Para dar seguimento precisamos do motivo do pedido.",
         at(2025, 9, 25, 9, 30, BR), "pt-o23b@sambapoa.com.br",
         reply_to_ids=["pt-o23a@sambapoa.com.br", "owd-3310@optimawebdesign.com"])],
    [R("approve", "11000.00")],
    spec="C3 thread: the reply gives the reason; O1 discovery with no work started: approve 11000.00.")

case("o24-advogado-procon-cachaca", OWB, "decided", [mail(
    "Vendas Cachaça Salinas <vendas@cachacasalinas.com.br>", "optimawebdesigns12@gmail.com",
    "Reembolso Loja Cachaça Salinas OWD-2025-424",
    "Prezados, pedimos o reembolso do sinal da Loja Cachaça Salinas (OWD-2025-424), desistimos da loja virtual. "
    "Já adianto que nosso advogado está acompanhando e, se for preciso, vamos ao Procon.\n\nRegina Tolentino",
    at(2025, 9, 21, 10, 0, BR), "pt-o24@cachacasalinas.com.br")],
    [R("escalate")], rules=["C4"],
    spec="C4: lawyer and Procon mention: escalate, whatever O2 would say.")

case("o25-contestar-cartao-cancela-jeri", OWB, "decided", [mail(
    "Pousada Jeri <reservas@pousadajeri.com.br>", "optimawebdesigns12@gmail.com",
    "RE: RE: cancelamento",
    "Já pedi pra cancelar a Gestão Redes Pousada Jericoacoara porque o engajamento caiu e vocês cobraram outra vez. "
    "Cancelem agora e devolvam, senão vou contestar a compra no cartão (chargeback).\n\nZélia",
    at(2025, 9, 29, 18, 0, BR), "pt-o25@pousadajeri.com.br", reply_to_ids=["owd-3301@optimawebdesign.com"])],
    [R("escalate"), C("escalate")], rules=["C4"],
    spec="C4 covers the whole case (s.8): chargeback threat escalates the refund and the cancellation.")

case("o26-pergunta-antes-contratar-porto", OWB, "other", [mail(
    "Carla Seixas <carla.seixas@seixasdesign.pt>", "support@optimawebdesign.com",
    "Dúvida sobre reembolsos",
    "Olá, estamos a ponderar contratar-vos para um site. Se pagarmos o sinal e mudarmos de ideias na semana "
    "seguinte, teríamos direito a reembolso? Obrigada.\n\nCarla",
    at(2025, 9, 23, 15, 0, PT), "pt-o26@seixasdesign.pt")],
    spec="s.8 hypothetical question before buying: other.")

case("o27-nao-quero-reembolso-so-cancelar-algarve", OWB, "decided", [mail(
    "IT Algarve Mar <it@algarvemar.pt>", "optimawebdesigns12@gmail.com",
    "Fim da avença - Manutenção Hotel Algarve Mar",
    "Bom dia,\n\nNão queremos reembolso de nada, o serviço foi bem prestado. Só queremos terminar a avença de "
    "Manutenção Hotel Algarve Mar (OWD-2025-409) porque o hotel vai fechar para obras durante um ano.\n\n"
    "Cumprimentos,\nDepartamento de IT",
    at(2025, 9, 12, 10, 0, PT), "pt-o27@algarvemar.pt")],
    [C("cancel", "2025-09-30")],
    spec="s.8 negation: 'não queremos reembolso' adds no refund; O4/O8: notice from 2025-09-12 >= 7 days before next_billing_at 2025-10-01: cancel effective 2025-09-30.")

case("o28-autoresposta-optima", OWB, "ignore", [mail(
    "Erva-Mate Curitiba <compras@ervamatecuritiba.com.br>", "optimawebdesigns12@gmail.com",
    "Resposta automática: Re: Reembolso etapa 2",
    "Estou fora do escritório até 29/09. Em caso de urgência sobre reembolsos ligue (41) 3333-0000.",
    at(2025, 9, 22, 8, 0, BR), "pt-o28@ervamatecuritiba.com.br",
    headers=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")])],
    rules=["C7"], spec="C7: auto-reply: ignore.")

case("o29-referencia-pontos-aveiro", OWB, "decided", [mail(
    "Cerâmica Aveiro <loja@ceramicaaveiro.pt>", "optimawebdesigns12@gmail.com",
    "Reembolso etapa owd.2025.422",
    "Boa tarde,\n\nPedimos o reembolso da etapa de fotografia do Catálogo Cerâmica Aveiro (ref.ª owd.2025.422, "
    "novecentos e cinquenta euros), que ainda não começou, porque a fábrica vai ser vendida.\n\nCumprimentos,\n"
    "Sara Oliveira",
    at(2025, 9, 22, 15, 0, PT), "pt-o29@ceramicaaveiro.pt")],
    [R("approve", "950.00")],
    spec="s.8 references as typed ('owd.2025.422' = OWD-2025-422) and amount in words; O3 milestone not_started: approve 950.00.")

case("l33-copia-propria-noreply", LOB, "ignore", [mail(
    "LeadsOptima <noreply@leadsoptima.com>", "support@leadsoptima.com",
    "Cópia: O seu pedido de reembolso foi recebido [LO-5150]",
    "Olá Joana,\n\nRecebemos o seu pedido de reembolso da fatura LO-INV-80112. Responderemos em 2–3 dias úteis.\n\n"
    "Equipa LeadsOptima",
    at(2025, 9, 24, 19, 0, 5.5), "lo-5150-copy@leadsoptima.com")],
    rules=["C7"], spec="C7: mail from the brand's own address (noreply@leadsoptima.com): ignore.")


def main():
    out = HERE / "emails"
    if out.exists():
        shutil.rmtree(out)
    out.mkdir()
    (HERE / "ledger.json").write_text(json.dumps(LEDGER, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    seen = set()
    for c, files in CASES:
        assert c["id"] not in seen, c["id"]
        seen.add(c["id"])
        for name, m in files:
            (HERE / name).write_bytes(m.as_bytes(policy=policy.SMTP))
    cases = [c for c, _ in CASES]
    (HERE / "expected.json").write_text(json.dumps({"cases": cases}, ensure_ascii=False, indent=1) + "\n",
                                        encoding="utf-8")
    print(f"{len(cases)} cases")


if __name__ == "__main__":
    main()
