"""Reading mail in every shipped language, and a language added by an admin (unit tests of extraction).

A handful of emails per language: the intent, the exception reason, negation, hypotheticals,
past events, labels and plans, read from the language packs through the one-pass engine."""

from __future__ import annotations

import shutil

import pytest

from mailbot.config import load_config
from mailbot.errors import ConfigError
from mailbot.pipeline import Triage
from mailbot.reading.extract import Extractor
from mailbot.reading.stated_fields import canonical_reference
from mailbot.reading.languages import load_pack
from tests.helpers import DEFAULTS, LO_ADDRESS, OWD_ADDRESS, config, inbound, ist

CFG = config()
LO = Extractor(CFG.brands["leadsoptima"])
OWD = Extractor(CFG.brands["optima_webdesign"], ["Acme Storefront"])


def lo(body: str, subject: str = "Hello"):
    return LO.extract(inbound("a@b.example", LO_ADDRESS, subject, ist(2025, 7, 8, 9, 0), body))


def owd(body: str, subject: str = "Hello"):
    return OWD.extract(inbound("a@b.example", OWD_ADDRESS, subject, ist(2025, 7, 8, 9, 0), body))


# (language, body, intents, reason_code)
CASES = [
    ("es", "Hola,\n\nMe cobraron dos veces la suscripción anual este mes. Por favor, quiero el reembolso del cargo "
           "duplicado.\n\nSaludos,\nLucía", {"refund"}, "duplicate_payment"),
    ("es", "Buenos días,\n\nQuiero cancelar mi suscripción mensual porque ya no la usamos en la empresa.\n\nGracias",
     {"cancellation"}, "other"),
    ("es", "Hola, no quiero reembolso, solo saber cómo añadir un usuario a la cuenta de mi equipo.", set(), None),
    ("es", "Hola, si la integración con nuestro CRM no funciona, ¿podría obtener un reembolso? Estamos pensando en "
           "contratar el plan anual.", set(), None),
    ("pt", "Olá,\n\nFui cobrado duas vezes pelo plano mensal. Quero o estorno da cobrança duplicada, por favor.\n\n"
           "Atenciosamente,\nJoão", {"refund"}, "duplicate_payment"),
    ("pt", "Bom dia, gostaria de cancelar a minha assinatura anual porque não usamos mais a plataforma.",
     {"cancellation"}, "other"),
    ("pt", "Olá, não quero reembolso nenhum, só preciso da segunda via da fatura do mês passado.", set(), None),
    ("de", "Hallo,\n\nder Betrag wurde diesen Monat doppelt abgebucht. Bitte erstatten Sie die zweite Zahlung "
           "zurück, ich möchte eine Rückerstattung.\n\nMit freundlichen Grüßen\nJonas", {"refund"}, "duplicate_payment"),
    ("de", "Guten Tag, ich möchte mein Jahresabo kündigen, weil wir das Tool nicht mehr nutzen.",
     {"cancellation"}, "other"),
    ("de", "Hallo, ich habe am 14. September gekündigt und trotzdem wurde wieder abgebucht, das ist ein "
           "Abrechnungsfehler.", {"refund"}, "billing_error"),
    ("fr", "Bonjour,\n\nJ'ai été débité deux fois pour mon abonnement mensuel. Je demande le remboursement du "
           "prélèvement en double.\n\nCordialement,\nClaire", {"refund"}, "duplicate_payment"),
    ("fr", "Bonjour, je souhaite résilier mon abonnement annuel car nous n'utilisons plus le service.",
     {"cancellation"}, "other"),
    ("fr", "Bonjour, je ne demande pas de remboursement, je voudrais seulement une copie de la facture du mois.",
     set(), None),
    ("hi", "नमस्ते,\n\nमेरे खाते से इस महीने दो बार पैसे कट गए हैं। कृपया दूसरा भुगतान वापस कर दीजिए।\n\nधन्यवाद",
     {"refund"}, "duplicate_payment"),
    ("hi", "नमस्ते, मुझे अपना वार्षिक प्लान रद्द करना है क्योंकि अब हमें इसकी ज़रूरत नहीं है।",
     {"cancellation"}, "other"),
    ("hi", "Hello sir, mere account se do baar payment kat gaya hai, paise wapas kar dijiye please.",
     {"refund"}, "duplicate_payment"),
    ("hi", "Hi team, refund nahi chahiye, bas ye bata dijiye ki naya user kaise add karte hain account mein.",
     set(), None),
    ("en", "Hi, I am not asking for a refund, I only want to know how to export my leads to a spreadsheet.",
     set(), None),
    ("en", "Hello, before we buy: if the integration doesn't work with our CRM, would I be able to get a refund?",
     set(), None),
    ("en", "Hi, I cancelled my plan on 14th September through the app, but you still charged me this month. "
           "Please refund it.", {"refund"}, "billing_error"),
]


@pytest.mark.parametrize("language, body, intents, code", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_each_language(language, body, intents, code):
    found = lo(body)
    assert found.language == language, found
    assert found.intents == intents, found
    if intents:  # what is no request needs no reason
        assert found.fields.reason_code == code, found


def test_labels_and_plans_in_each_language():
    assert lo("Hola, quiero cancelar. Mi correo registrado: lucia@ejemplo.es. Plan: anual.").stated_email == \
        "lucia@ejemplo.es"
    assert lo("Hallo, ich möchte kündigen. Registrierte E-Mail: jonas@beispiel.de, Tarif jährlich.").fields.plan == \
        "annual"
    found = owd("Olá, quero cancelar o projeto. E-mail do contrato: joao@exemplo.com.br. Motivo: o orçamento foi "
                "cortado pela diretoria.", subject="Cancelamento")
    assert found.stated_email == "joao@exemplo.com.br" and found.stated_email_labelled
    assert found.fields.reason.startswith("o orçamento foi cortado")


def test_invoice_references_as_people_type_them():
    assert lo("please refund the double charge on lo inv 66120, thanks").fields.invoice_number == "LO-INV-66120"
    assert lo("refund please, invoice LO-INV- 2071").fields.invoice_number == "LO-INV-2071"
    assert canonical_reference("lo.inv/66120") == "LO-INV-66120"
    assert canonical_reference("LO-INV-66120") == "LO-INV-66120"


def test_a_reference_typed_with_non_breaking_hyphens_reads_as_the_ledger_writes_it():
    """Word processors type U+2011 for a hyphen that must not break: the reading and the ledger
    share one list of separators (mailbot.invoices), so it reads, and matches, like a hyphen."""
    typed = "LO\u2011INV\u201166120"
    assert lo(f"please refund the double charge on {typed}, thanks").fields.invoice_number == "LO-INV-66120"
    assert canonical_reference("LO\u2013INV\u201466120") == "LO-INV-66120"
    assert lo("please refund the double charge on LO_INV_66120").fields.invoice_number != "LO-INV-66120"


@pytest.mark.parametrize("body", [
    "Please see below mail from our MD and do the needful.",
    "Narayanan & Associates, Chartered Accountants",
    "Please cancel our hosting plan with immediate effect.",
])
def test_forwarding_notes_signatures_and_restatements_are_not_reasons(body):
    found = owd(f"Hello,\n\n{body}\n\nRegards,\nR. Narayanan\nNarayanan & Associates, Chartered Accountants",
                subject="FW: cancel hosting")
    assert found.fields.reason is None, found.fields.reason


def test_a_forward_is_read_for_the_request_it_carries():
    body = ("Please see below mail from our MD and do the needful.\n\n"
            "From: Rajesh Iyer <rajesh@acme.example>\nSent: Monday, 8 September 2025 10:00\n"
            "To: Accounts <accounts@acme.example>\nSubject: Hosting\n\n"
            "Please cancel the annual hosting for Acme Storefront and refund the balance, we are moving to our "
            "own server.\n")
    msg = inbound("accounts@acme.example", OWD_ADDRESS, "FW: Hosting", ist(2025, 9, 8, 11, 0), body)
    found = OWD.extract(msg)
    assert found.intents == {"cancellation", "refund"}
    assert found.stated_email == "rajesh@acme.example"


def _config_reading(tmp_path, languages: str):
    """A copy of the embedded default whose LeadsOptima reads ``languages`` (a TOML list)."""
    shutil.copytree(DEFAULTS, tmp_path / "defaults", ignore=shutil.ignore_patterns("languages"))
    brand = tmp_path / "defaults" / "config" / "brands" / "leadsoptima.toml"
    text = brand.read_text(encoding="utf-8")
    brand.write_text(text.replace('name = "leadsoptima"', f'name = "leadsoptima"\nlanguages = {languages}', 1),
                     encoding="utf-8")
    return tmp_path / "defaults" / "config" / "mailbot.toml"


def test_a_language_the_brand_does_not_read_is_other_with_the_language_named(tmp_path):
    triage = Triage(load_config(_config_reading(tmp_path, '["en", "hi"]')))
    msg = inbound("a@b.example", LO_ADDRESS, "Reembolso", ist(2025, 7, 8, 9, 0),
                  "Hola, me cobraron dos veces la suscripción anual. Quiero el reembolso del cargo duplicado, "
                  "por favor.")
    result = triage.decide([msg])
    assert result.verdict.status == "other"
    assert any("Spanish" in step.note for step in result.verdict.trace), result.verdict.trace


IT_PACK = r"""
name = "Italian"
locale = "it_IT"
[intents]
refund = ['\brimbors\w*']
cancellation = ['\bdisdir\w*', '\bannullare\b']
[reasons]
duplicate_payment = ['\baddebitat[oi] due volte\b', '\bdoppio addebito\b']
cues = ['\bperch(?:é|e)(?:$|\W)']
[text]
sign_offs = ['grazie', 'cordiali saluti']
[plans]
annual = ['\bannuale\b']
"""


def test_an_admin_adds_italian_with_one_file_and_no_code(tmp_path):
    path = _config_reading(tmp_path, '["en", "hi", "it"]')
    (path.parent / "languages").mkdir(exist_ok=True)
    (path.parent / "languages" / "it.toml").write_text(IT_PACK, encoding="utf-8")
    triage = Triage(load_config(path))
    msg = inbound("a@b.example", LO_ADDRESS, "Rimborso", ist(2025, 7, 8, 9, 0),
                  "Buongiorno,\n\nmi avete addebitato due volte il piano annuale questo mese. Vorrei il rimborso del "
                  "doppio addebito, per favore.\n\nCordiali saluti\nMarco")
    extraction = triage.extract(triage.config.brands["leadsoptima"], [msg])
    assert extraction.language == "it"
    assert extraction.intents == {"refund"}
    assert extraction.fields.reason_code == "duplicate_payment"
    assert extraction.fields.plan == "annual"


def test_a_bad_pack_is_one_line_naming_file_and_key(tmp_path):
    bad = tmp_path / "xx.toml"
    bad.write_text('name = "X"\n[intents]\nrefnd = ["a"]\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"xx.toml: intents.refnd: unknown key"):
        load_pack(bad)
    bad.write_text('name = "X"\n[intents]\nrefund = ["(?<=a)b"]\n', encoding="utf-8")
    packs = {"xx": load_pack(bad)}

    class Brand:
        source, reason_keywords, dispute_keywords, invoice_patterns = "b.toml", {}, (), ()
        own_addresses, languages = frozenset(), ("xx",)

    with pytest.raises(ConfigError, match=r"xx.toml: intents.refund: '\(\?<=a\)b' is not a linear-time"):
        Extractor(Brand(), packs=packs)


def test_hostile_text_stays_linear():
    import time

    for body in ("Account" + " " * 20000 + "x", "invoice" + " " * 20000, "a" * 200_000 + "@" + "b" * 10,
                 "refund " * 100_000):
        started = time.perf_counter()
        lo(body)
        assert time.perf_counter() - started < 2.0


def test_a_forward_whose_note_asks_names_the_forwarded_author():
    body = ("Please process the refund requested below.\n\n"
            "-----Original Message-----\nFrom: Rajesh Iyer <rajesh@acme.example>\nSent: Monday, 8 September 2025\n"
            "To: Accounts <accounts@acme.example>\nSubject: Hosting\n\n"
            "Please refund the annual hosting for Acme Storefront, we are moving to our own server.\n")
    msg = inbound("accounts@acme.example", OWD_ADDRESS, "FW: Hosting", ist(2025, 9, 8, 11, 0), body)
    found = OWD.extract(msg)
    assert "refund" in found.intents
    assert found.stated_email == "rajesh@acme.example"


@pytest.mark.parametrize("body, dispute", [
    ("Olá, se não devolverem o dinheiro vou pedir o estorno no cartão. Quero o reembolso.", True),
    ("Hola, si no me devuelven el dinero voy a desconocer el cargo con mi banco.", True),
    ("Hallo, ich will mein Geld zurück, sonst veranlasse ich eine Rückbuchung.", True),
    ("Bonjour, remboursez-moi ou j'ouvre un litige avec ma banque.", True),
    ("Hola, por favor cancele mi suscripción mensual.", False),
])
def test_dispute_and_legal_threats_in_each_language(body, dispute):
    assert bool(lo(body).dispute) is dispute


def test_polite_spanish_imperative_is_a_request_and_the_past_is_not():
    assert lo("Buenos días, por favor cancele mi suscripción mensual.").intents == {"cancellation"}
    found = lo("Hola, cancelé mi plan el 14 de septiembre y me siguieron cobrando, quiero el reembolso.")
    assert found.intents == {"refund"} and found.fields.reason_code == "billing_error"
