"""Rules of fix39d behind fresh27's es/pt/de/hi/en misses: a chargeback or other dispute word the customer turns down
is no threat (C4), read by clauses (:mod:`mailbot.reading.dispute_declined`).  Every sentence is the test's own (none
copied from any round or from the phrasebook); the family, not the round's words:

- someone else (the bank, a relative, an adviser, "card wale") offers or suggests the dispute, or it is only
  possible, and the customer declines it in a later clause or the next sentence, with a pronoun pointing back
  ("I'd rather not do that", "no quiero hacerlo", "das möchte ich nicht", "woh main nahi karunga"), the decline
  alone ("but I'd rather not.", "mas prefiro não."), or a refusal that needs no object ("I said no", "Les dije que
  no", "Humne mana kar diya", "je préfère régler ça directement avec vous");
- the customer's own negated will governs the dispute word in its clause, either order ("I don't want a chargeback",
  "eine Rückbuchung will ich nicht", "mujhe chargeback nahi karwana");
- and the threats that must stay threats: a condition ("if you don't refund ... I will"), the customer going ahead
  ("... and I will"), a chargeback told as filed, a refusal hedged ("..., but if ... I will"), a lawyer who speaks,
  a refusal of something else ("I don't want to wait").
"""

from __future__ import annotations

import pytest

from mailbot.clock import FixedClock
from mailbot.pipeline import Triage
from tests.helpers import LO_ADDRESS, config, inbound, ist, read_body, same_month_charges


def dispute(body: str, subject: str = "Double charge"):
    return read_body(body, subject=subject).dispute


# -- 1. turned down: offered by someone else (or only possible), declined later --------------------------------------

TURNED_DOWN = {
    "en": [
        "Hi,\n\nMy accountant suggested I raise a chargeback, but honestly I'd rather not do that. Please refund the "
        "second charge.\n\nNora",
        "Hi,\n\nThe card company offered to open a dispute for me. I said no, I want to sort this out with you.\n\nNora",
        "Hi,\n\nI don't want a chargeback, even though my bank keeps pushing one. Just refund the duplicate.\n\nNora",
        "Hi,\n\nA friend told me a chargeback is possible. I'm not going to do it. Please refund the extra charge.\n\nNora",
        "Hi,\n\nThe lady at the bank said I can do a chargeback. Not for me, I'd prefer to settle it with you "
        "directly.\n\nNora",
        "Hi,\n\nMy brother reckons we should dispute the charge with our bank and we won't do that. Kindly refund the "
        "double payment.\n\nNora",
        "Hi,\n\nOur bank suggested a chargeback for the second payment. We'd rather not. Refund it please.\n\nNora",
    ],
    "es": [
        "Hola,\n\nMi contador me sugirió presentar un contracargo, pero no quiero hacerlo. Solo devuélvanme el cobro "
        "duplicado.\n\nNora",
        "Hola,\n\nNo voy a hacer ningún contracargo aunque el banco me lo ofreció. Devuelvan el segundo cobro.\n\nNora",
        "Hola,\n\nEn el banco me dijeron que podía hacer un contracargo. Les dije que no, prefiero resolverlo con "
        "ustedes.\n\nNora",
        "Hola,\n\nMi esposa dice que haga un contracargo; eso no lo quiero. Devuélvanme el cargo repetido.\n\nNora",
        "Hola,\n\nEl banco nos ofreció iniciar un contracargo. No queremos llegar a eso, devuelvan el cobro doble."
        "\n\nNora",
        "Hola,\n\nMe ofrecieron una reclamación ante el banco, pero no la quiero; mejor arreglemos esto entre "
        "nosotros.\n\nNora",
    ],
    "pt": [
        "Olá,\n\nMinha sócia sugeriu abrir uma contestação no cartão, mas eu não quero fazer isso. Devolvam a "
        "cobrança duplicada.\n\nNora",
        "Olá,\n\nNão vou fazer nenhum chargeback, mesmo que o banco tenha oferecido. Devolvam o valor duplicado."
        "\n\nNora",
        "Olá,\n\nO gerente do banco falou que dá para pedir chargeback. Eu disse que não, prefiro resolver com vocês."
        "\n\nNora",
        "Olá,\n\nMeu marido acha que devíamos abrir um chargeback; isso não queremos. Devolvam a segunda cobrança."
        "\n\nNora",
        "Olá,\n\nO banco ofereceu o estorno junto à operadora. Não tenho interesse nisso, devolvam vocês a cobrança "
        "repetida.\n\nNora",
        "Olá,\n\nA atendente do cartão disse que posso contestar a cobrança, mas prefiro não. Devolvam a cobrança "
        "repetida.\n\nNora",
    ],
    "de": [
        "Hallo,\n\nMein Steuerberater hat mir eine Rückbuchung empfohlen, aber das möchte ich nicht. Bitte erstatten "
        "Sie die doppelte Abbuchung.\n\nNora",
        "Hallo,\n\nEine Rückbuchung will ich nicht, auch wenn die Bank sie angeboten hat. Bitte erstatten Sie den "
        "doppelten Betrag.\n\nNora",
        "Hallo,\n\nDie Sparkasse meinte, ich könne das Geld per Rückbuchung zurückholen. Das mache ich aber nicht. "
        "Bitte erstatten Sie die zweite Abbuchung.\n\nNora",
        "Hallo,\n\nIch werde keine Rückbuchung veranlassen, obwohl mir meine Bank das nahegelegt hat. Bitte erstatten "
        "Sie die doppelte Abbuchung.\n\nNora",
        "Hallo,\n\nMeine Frau sagt, ich soll einen Chargeback machen. Ich habe keine Lust auf so etwas. Bitte "
        "erstatten Sie den doppelten Betrag.\n\nNora",
        "Hallo,\n\nVon der Bank kam der Vorschlag einer Rückbuchung. Das lehnen wir ab, wir regeln das lieber mit "
        "Ihnen.\n\nNora",
    ],
    "fr": [
        "Bonjour,\n\nMa banque m'a proposé de faire opposition, mais je ne veux pas en arriver là. Remboursez le "
        "prélèvement en double.\n\nNora",
        "Bonjour,\n\nJe ne vais pas lancer de rétrofacturation, même si mon conseiller bancaire me l'a suggéré. "
        "Remboursez le doublon.\n\nNora",
        "Bonjour,\n\nMon comptable dit que je pourrais contester le prélèvement auprès de ma banque. Je préfère régler "
        "ça directement avec vous.\n\nNora",
        "Bonjour,\n\nUn ami m'a conseillé une rétrofacturation ; ça, je ne le ferai pas. Remboursez le doublon."
        "\n\nNora",
        "Bonjour,\n\nLa banque m'a parlé d'un chargeback. Non merci, je veux juste le remboursement du doublon."
        "\n\nNora",
        "Bonjour,\n\nJe n'ai aucune envie de faire opposition au paiement, ma banque me l'a pourtant proposé. "
        "Remboursez le doublon.\n\nNora",
    ],
    "hi": [
        "Namaste,\n\nMere CA ne suggest kiya ki chargeback daal do, lekin main aisa nahi karunga. Double payment "
        "refund kar dijiye.\n\nNora",
        "Namaste,\n\nCard wale bata rahe the ki dispute raise kar sakte hain, par hume koi dispute wagairah nahi "
        "karna. Refund kar do.\n\nNora",
        "Namaste,\n\nBank ne bola chargeback ho sakta hai. Humne mana kar diya, aap hi refund kar do.\n\nNora",
        "Namaste,\n\nMujhe chargeback nahi karwana, dost ne salah di thi par main aapse seedhe baat karna chahta "
        "hoon. Refund kar do.\n\nNora",
        "Namaste,\n\nMere bhai ne kaha chargeback karo. Woh main nahi karunga, aap double payment lauta do.\n\nNora",
        "Namaste,\n\nCard wale keh rahe the payment reverse karwa lo, lekin mujhe ye sab nahi chahiye. Refund kar do."
        "\n\nNora",
        "नमस्ते,\n\nबैंक वालों ने कहा कि चार्जबैक कर दो, लेकिन मुझे ऐसा नहीं करना। कृपया दूसरा भुगतान लौटा दें।\n\nनोरा",
    ],
}


@pytest.mark.parametrize("body", [b for bodies in TURNED_DOWN.values() for b in bodies])
def test_a_dispute_the_customer_turns_down_is_no_threat(body):
    assert dispute(body) is None


# -- 2. threats that stay threats ---------------------------------------------------------------------------------------

THREATS = {
    "en": [
        "Hi,\n\nIf you don't refund the double charge by Friday I will do a chargeback.\n\nNora",
        "Hi,\n\nMy bank says I can do a chargeback and I will. Refund the duplicate.\n\nNora",
        "Hi,\n\nChargeback filed with my bank today for the duplicate.\n\nNora",
        "Hi,\n\nMy bank suggested a chargeback. I don't want that, but I will go ahead if there is no refund this "
        "week.\n\nNora",
        "Hi,\n\nMy lawyer says you owe me the money, but I don't want to do that. Refund the duplicate.\n\nNora",
        "Hi,\n\nMy friend said to do a chargeback. I don't want to wait any longer, refund now.\n\nNora",
        "Hi,\n\nI don't want to have to file a chargeback. Refund the duplicate.\n\nNora",
    ],
    "es": [
        "Hola,\n\nSi no me devuelven el dinero esta semana, haré un contracargo.\n\nNora",
        "Hola,\n\nMi banco dice que puedo hacer un contracargo y lo voy a hacer.\n\nNora",
        "Hola,\n\nNo quiero llegar a un contracargo, pero si el viernes no veo el dinero lo presento.\n\nNora",
        "Hola,\n\nYa presenté el contracargo con mi banco.\n\nNora",
    ],
    "pt": [
        "Olá,\n\nSe não devolverem até sexta, vou abrir um chargeback.\n\nNora",
        "Olá,\n\nO banco disse que posso fazer chargeback e é isso que vou fazer.\n\nNora",
        "Olá,\n\nJá abri a contestação no cartão.\n\nNora",
        "Olá,\n\nNão quero chegar a um chargeback, mas se não devolverem eu faço.\n\nNora",
    ],
    "de": [
        "Hallo,\n\nWenn Sie nicht bis Freitag erstatten, mache ich eine Rückbuchung.\n\nNora",
        "Hallo,\n\nMeine Bank sagt, ich kann eine Rückbuchung machen, und das werde ich auch tun.\n\nNora",
        "Hallo,\n\nIch habe die Rückbuchung bei meiner Bank bereits beantragt.\n\nNora",
        "Hallo,\n\nIch will keine Rückbuchung machen, aber wenn bis Montag nichts kommt, dann doch.\n\nNora",
    ],
    "fr": [
        "Bonjour,\n\nSans remboursement d'ici vendredi, je ferai opposition auprès de ma banque.\n\nNora",
        "Bonjour,\n\nMa banque dit que je peux faire opposition et c'est ce que je vais faire.\n\nNora",
        "Bonjour,\n\nJ'ai déjà fait opposition au prélèvement auprès de ma banque.\n\nNora",
        "Bonjour,\n\nJe ne veux pas faire opposition, mais si rien ne bouge je le ferai.\n\nNora",
    ],
    "hi": [
        "Namaste,\n\nRefund nahi mila to main chargeback kar dunga.\n\nNora",
        "Namaste,\n\nBank wale bol rahe the chargeback kar sakte ho, aur main wahi karunga.\n\nNora",
        "Namaste,\n\nMaine chargeback file kar diya hai.\n\nNora",
        "Namaste,\n\nChargeback nahi karna chahta lekin agar paisa nahi aaya to karunga.\n\nNora",
    ],
}


@pytest.mark.parametrize("body", [b for bodies in THREATS.values() for b in bodies])
def test_a_threat_kept_stays_a_threat(body):
    assert dispute(body)


def test_every_language_has_its_phrasings():
    for language in ("en", "es", "pt", "de", "fr", "hi"):
        assert len(TURNED_DOWN[language]) >= 6 and len(THREATS[language]) >= 3, language


# -- 3. the whole case: the duplicate is refunded, no person asked -------------------------------------------------------

@pytest.mark.parametrize("body", [
    "Hi,\n\nYou charged me twice this month (LO-INV-8802). My bank said a chargeback is possible but I'd rather not."
    "\n\nNora",
    "Hallo,\n\nSie haben diesen Monat doppelt abgebucht (LO-INV-8802). Die Bank bot mir eine Rückbuchung an, das "
    "will ich aber nicht.\n\nNora",
])
def test_a_duplicate_with_the_chargeback_turned_down_is_refunded(body):
    cfg = config()
    charges = same_month_charges({"LO-INV-8801": "2025-09-08T10:00:00", "LO-INV-8802": "2025-09-08T10:05:00"}, cfg)
    triage = Triage(cfg, charges, FixedClock(ist(2025, 9, 10, 10, 0)))
    verdict = triage.decide([inbound("nora@example.com", LO_ADDRESS, "Double charge", ist(2025, 9, 10, 9, 0),
                                     body)]).verdict
    assert [(d.intent, d.outcome, str(d.amount)) for d in verdict.decisions] == [("refund", "approve", "1499.00")]
