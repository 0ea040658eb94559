#!/usr/bin/env python3
"""fresh26_es: held-out Spanish cases for mailbot (Venezuela, Uruguay, Guatemala, Costa Rica,
Ecuador, Dominican Republic, Canary Islands, Andalusia, US Hispanic Spanglish).

Stdlib only, deterministic.  Running it writes ledger.json, emails/*.eml and expected.json
beside this file.  MIT, like the project; all text written for this project.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANG = "es"
LO = "LeadsOptima Soporte <support@leadsoptima.com>"
OWD = "Optima WebDesign <optimawebdesigns12@gmail.com>"
LOB, OWB = "leadsoptima", "optima_webdesign"


def tz(h, m=0):
    return timezone(timedelta(hours=h, minutes=m))


VE, UY, GT, CR, EC, DO = tz(-4), tz(-3), tz(-6), tz(-6), tz(-5), tz(-4)
CAN, AND, MIA, HOU = tz(1), tz(2), tz(-4), tz(-5)

LEDGER = {"customers": [], "projects": [], "payments": []}
(HERE / "emails").mkdir(exist_ok=True)
for _old in (HERE / "emails").glob("*.eml"):
    _old.unlink()
CASES = []


def cust(email, name, plan, status="active", start=None, end=None, trial_ends=None):
    LEDGER["customers"].append({"brand": LOB, "email": email, "name": name, "plan": plan, "status": status,
                                "trial_ends": trial_ends, "current_period_start": start,
                                "current_period_end": end})


def lopay(pid, inv, email, plan, amount, paid_at, ps, pe, status="paid"):
    tax = {"1499.00": "269.82", "3999.00": "719.82", "11988.00": "2157.84"}[amount]
    LEDGER["payments"].append({"brand": LOB, "id": pid, "invoice": inv, "customer_email": email,
                               "kind": "subscription", "plan": plan, "amount": amount, "tax": tax,
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
    """One email of a thread (dict, turned into bytes by case())."""
    return {"from": frm, "to": to, "subject": subject, "when": when, "body": body, "html": html,
            "headers": headers or {}, "reply_to": reply_to}


def case(cid, brand, status, msgs, decisions=(), rules=(), missing=None, extra_ok=False,
         ambiguous=None, spec=""):
    files = []
    prev_ids = []
    for i, m in enumerate(msgs, 1):
        msg = EmailMessage(policy=SMTP)
        msg["From"] = m["from"]
        msg["To"] = m["to"]
        msg["Subject"] = m["subject"]
        msg["Date"] = format_datetime(m["when"])
        mid = f"<{cid}.{i}.{int(m['when'].timestamp())}@mail.fresh26-{LANG}.example>"
        msg["Message-ID"] = mid
        if m["reply_to"]:
            msg["Reply-To"] = m["reply_to"]
        if m["headers"].get("_irt"):
            # an answer to our own (not included) request for details
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
        if m["html"]:
            msg.set_content(m["body"], subtype="html")
        else:
            msg.set_content(m["body"])
        prev_ids.append(mid)
        if m["headers"].get("_irt"):
            prev_ids.insert(-1, m["headers"]["_irt"])
        name = f"emails/{cid.split('-')[1]}-{i}.eml"
        (HERE / name).write_bytes(msg.as_bytes(policy=SMTP))
        files.append(name)
    exp = {"id": cid, "lang": LANG, "files": files, "brand": brand, "status": status,
           "rules": list(rules), "decisions": [dict(d) for d in decisions], "spec": spec}
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
    d = {"intent": "cancellation", "outcome": outcome}
    if eff:
        d["effective_date"] = eff
    return d


def d(y, mo, dd, h, mi, zone):
    return datetime(y, mo, dd, h, mi, tzinfo=zone)


SUP = "soporte LeadsOptima <support@leadsoptima.com>"
OWDTO = "Optima WebDesign <optimawebdesigns12@gmail.com>"

# ---------------------------------------------------------------------------------------------
# LeadsOptima
# ---------------------------------------------------------------------------------------------

cust("yusmary.vz@gmail.com", "Yusmary Zambrano", "monthly", start="2025-09-20", end="2025-10-19")
lopay("es_p01", "LO-INV-7101", "yusmary.vz@gmail.com", "monthly", "1499.00", "2025-09-20T11:05:00",
      "2025-09-20", "2025-10-19")
lopay("es_p02", "LO-INV-7102", "yusmary.vz@gmail.com", "monthly", "1499.00", "2025-09-20T11:06:10",
      "2025-09-20", "2025-10-19")
case("es-l01-dictado-cobro-doble-caracas", LOB, "decided", [M(
    "Yusmary Zambrano <yusmary.vz@gmail.com>", SUP, "cobro doble", d(2025, 9, 22, 9, 40, VE),
    "buenos dias mi nombre es yusmary zambrano les escribo porque me cobraron dos veces el plan mensual "
    "el sabado veinte me llegaron dos mensajes del banco uno detras del otro por mil cuatrocientos noventa "
    "y nueve cada uno la factura del segundo cobro es la LO-INV-7102 por favor devuelvanme ese segundo cobro "
    "gracias que dios me los bendiga\n\nenviado desde mi celular con dictado por voz\n")],
    [R("approve", "1499.00")],
    spec="L2 duplicate_payment, L4: two paid monthly charges 2025-09-20 same period; request 2025-09-22 IST "
         "(day 2, L3); refund the later charge 1499.00 (before tax, C6).")

cust("martin.olivera@adinet.com.uy", "Martín Olivera", "quarterly", start="2025-09-05", end="2025-12-04")
lopay("es_p03", "LO-INV-7103", "martin.olivera@adinet.com.uy", "quarterly", "3999.00", "2025-09-05T10:00:00",
      "2025-09-05", "2025-12-04")
lopay("es_p04", "LO-INV-7104", "martin.olivera@adinet.com.uy", "quarterly", "3999.00", "2025-09-05T10:01:00",
      "2025-09-05", "2025-12-04")
case("es-l02-montevideo-dia-8-hora-india", LOB, "decided", [M(
    "Martín Olivera <martin.olivera@adinet.com.uy>", SUP, "Débito duplicado plan trimestral",
    d(2025, 9, 12, 21, 30, UY),
    "Buenas noches,\n\nRevisando el resumen de la tarjeta veo que el 5/9 me debitaron dos veces el plan "
    "trimestral (facturas LO-INV-7103 y LO-INV-7104). Les pido la devolución del débito repetido, el de la "
    "7104.\n\nSaludos,\nMartín Olivera\nMontevideo\n")],
    [R("deny")],
    spec="L3: charge 2025-09-05 IST; mail sent 2025-09-12 21:30 -03:00 = 2025-09-13 06:00 IST, day 8 in the "
         "brand's zone (section 1), outside the 7-day window: deny.")

cust("hector.ramirez.gt@gmail.com", "Héctor Ramírez", "annual", start="2025-09-15", end="2026-09-14")
lopay("es_p05", "LO-INV-7105", "hector.ramirez.gt@gmail.com", "annual", "11988.00", "2025-09-15T14:20:00",
      "2025-09-15", "2026-09-14")
lopay("es_p06", "LO-INV-7106", "hector.ramirez.gt@gmail.com", "annual", "11988.00", "2025-09-15T14:22:00",
      "2025-09-15", "2026-09-14")
case("es-l03-guate-dia-7-justo", LOB, "decided", [M(
    "Hector Ramirez <hector.ramirez.gt@gmail.com>", SUP, "Me sacaron 2 veces la anualidad!!",
    d(2025, 9, 21, 20, 10, GT),
    "Que tal muchá, disculpen la hora.\n\nFíjense que el 15 me hicieron dos cargos de la anualidad, Q "
    "no, perdón, en rupias, 11.988,00 cada uno. Pagué dos veces lo mismo. La factura del segundo cargo "
    "dice LO-INV-7106. Me hacen el favor de devolverme ese cargo repetido.\n\nMil gracias,\nHéctor\n"
    "Mixco, Guatemala\n")],
    [R("approve", "11988.00")],
    spec="L4: annual 11988.00 charged twice 2025-09-15 same period; mail 2025-09-21 20:10 -06:00 = "
         "2025-09-22 07:40 IST, day 7, inside (L3); refund 11988.00.")

cust("contabilidad@ferreteriaelcibao.com.do", "Ferretería El Cibao", "monthly", start="2025-09-24",
     end="2025-10-23")
for pid, inv, t in (("es_p07", "LO-INV-7107", "19:00:00"), ("es_p08", "LO-INV-7108", "19:00:40"),
                    ("es_p09", "LO-INV-7109", "19:01:30")):
    lopay(pid, inv, "contabilidad@ferreteriaelcibao.com.do", "monthly", "1499.00", f"2025-09-24T{t}",
          "2025-09-24", "2025-10-23")
case("es-l04-tres-cargos-contable-rd", LOB, "decided", [M(
    "Contabilidad Ferreteria El Cibao <contabilidad@ferreteriaelcibao.com.do>", SUP,
    "Cargos repetidos en tarjeta de la empresa", d(2025, 9, 25, 10, 0, DO),
    "Saludos cordiales.\n\nLe escribe Dilcia, encargada de contabilidad de Ferretería El Cibao, Santiago.\n"
    "Al cuadrar la tarjeta de crédito de la empresa encontré TRES cargos iguales de LeadsOptima del día "
    "24/09 por RD$... perdón, por INR 1,499.00 cada uno (LO-INV-7107, LO-INV-7108 y LO-INV-7109). Nosotros "
    "tenemos un solo plan mensual. Solicito que nos devuelvan los dos cargos que sobran.\n\n"
    "Atentamente,\nDilcia Tavárez\nEncargada de Contabilidad\nTel. 809-555-0142\n")],
    [R("approve", "2998.00")],
    spec="Section 8 three identical charges: 3 paid monthly charges 2025-09-24 same period; every charge "
         "after the first is a duplicate, both inside L3 (day 1): 2 x 1499.00 = 2998.00.")

cust("paola.cevallos@hotmail.com", "Paola Cevallos", "quarterly", start="2025-09-18", end="2025-12-17")
lopay("es_p10", "LO-INV-7110", "paola.cevallos@hotmail.com", "quarterly", "3999.00", "2025-09-18T18:30:00",
      "2025-09-18", "2025-12-17")
case("es-l05-quito-doble-sin-par", LOB, "decided", [M(
    "Paola Cevallos <paola.cevallos@hotmail.com>", SUP, "cobro doble??", d(2025, 9, 19, 8, 15, EC),
    "Hola, buen día.\nMe parece que me cobraron doble el plan trimestral, en la app del banco me salen "
    "dos movimientos de LeadsOptima de ayer. Pueden revisar y devolverme uno porfa?\n\nPaola\n"
    "Quito - Ecuador\n")],
    [R("escalate")],
    spec="L4: 'cobraron doble' is duplicate_payment inside the window, but the ledger shows one paid charge "
         "(LO-INV-7110, filled from the ledger: the sender's only charge, section 1): no pair, escalate.")

cust("nauzet.gomez@gmail.com", "Nauzet Gómez", "monthly", start="2025-09-26", end="2025-10-25")
lopay("es_p11", "LO-INV-7111", "nauzet.gomez@gmail.com", "annual", "11988.00", "2025-09-26T13:00:00",
      "2025-09-26", "2026-09-25")
case("es-l06-canarias-plan-equivocado", LOB, "decided", [M(
    "Nauzet Gómez <nauzet.gomez@gmail.com>", SUP, "Me han cobrado el plan anual y tengo el mensual",
    d(2025, 9, 27, 11, 20, CAN),
    "Buenos días, mis niños:\n\nTengo contratado el plan mensual desde hace meses y ayer me han pasado un "
    "cargo de 11.988 por el plan anual (factura LO-INV-7111). Yo no he cambiado de plan en ningún momento, "
    "es un error de facturación. Quiero que me devolváis ese cargo y me dejéis el mensual como estaba.\n\n"
    "Un saludo desde Las Palmas,\nNauzet\n")],
    [R("escalate")],
    spec="L2 billing_error ('cargo ... por el plan anual', wrong plan) inside the window (day 1): L5 escalate "
         "with charge LO-INV-7111.")

cust("jessica.morales.mia@gmail.com", "Jessica Morales", "monthly", status="cancelled", start="2025-08-10",
     end="2025-09-09")
lopay("es_p12", "LO-INV-7112", "jessica.morales.mia@gmail.com", "monthly", "1499.00", "2025-09-10T09:00:00",
      "2025-09-10", "2025-10-09")
case("es-l07-miami-spanglish-cobro-tras-cancelar", LOB, "decided", [M(
    "Jessica Morales <jessica.morales.mia@gmail.com>", SUP, "charged after cancel", d(2025, 9, 12, 14, 5, MIA),
    "Hi, ok so basically yo cancelé mi subscription el mes pasado, I even got the email confirmando, y "
    "ahora me chargearon otra vez el monthly, invoice LO-INV-7112. Me cobraron después de cancelar, that's "
    "not ok. Please devuélvanme ese charge asap.\n\nThanks,\nJess\nSent from my iPhone\n")],
    [R("escalate")],
    spec="L2 billing_error (charged after cancelling) inside window (charge 2025-09-10, request 2025-09-12 "
         "IST, day 2): L5 escalate.")

cust("asolis@racsa.co.cr", "Adriana Solís Quesada", "quarterly", start="2025-09-23", end="2025-12-22")
lopay("es_p13", "LO-INV-7113", "asolis@racsa.co.cr", "quarterly", "3999.00", "2025-09-23T20:00:00",
      "2025-09-23", "2025-12-22")
case("es-l08-costa-rica-sin-acceso", LOB, "decided", [M(
    "Adriana Solís Quesada <asolis@racsa.co.cr>", SUP, "Solicitud de reintegro - sin acceso a la plataforma",
    d(2025, 9, 26, 9, 30, CR),
    "Estimados señores:\n\nReciban un cordial saludo. Desde el pago de la renovación trimestral del martes "
    "(factura LO-INV-7113) no he podido ingresar a la plataforma: la página de inicio de sesión me devuelve "
    "un error y el soporte por chat no me ha resuelto nada. Por lo anterior solicito el reintegro de dicho "
    "monto.\n\nQuedo atenta, pura vida.\n\nLicda. Adriana Solís Quesada\nSan José, Costa Rica\n")],
    [R("escalate")],
    spec="L2 access_failure ('no he podido ingresar') inside window (2025-09-23 -> 2025-09-26 IST, day 3): "
         "L6 escalate.")

cust("rocio.marquez.sev@gmail.com", "Rocío Márquez", "monthly", start="2025-09-08", end="2025-10-07")
lopay("es_p14", "LO-INV-7114", "rocio.marquez.sev@gmail.com", "monthly", "1499.00", "2025-09-08T12:00:00",
      "2025-09-08", "2025-10-07")
case("es-l09-sevilla-acceso-fuera-plazo", LOB, "decided", [M(
    "Rocío Márquez <rocio.marquez.sev@gmail.com>", SUP, "no me deja entrar", d(2025, 9, 19, 17, 45, AND),
    "Hola buenas, a ver si me podéis echar un cable.\nLlevo desde el día 10 que no me deja entrar en la "
    "cuenta, me sale que la contraseña no es válida y la he cambiado tres veces, ni con esas. Así no hay "
    "quien trabaje, illo. Quiero que me devolváis lo del mes (LO-INV-7114).\n\nUn saludo,\nRocío\n")],
    [R("deny")],
    spec="access_failure but charge 2025-09-08, request 2025-09-19 IST = day 11 > 7: L3 deny.")

cust("ldelgado.mcbo@gmail.com", "Luis Delgado", "monthly", start="2025-09-25", end="2025-10-24")
lopay("es_p15", "LO-INV-7115", "ldelgado.mcbo@gmail.com", "monthly", "1499.00", "2025-09-25T10:00:00",
      "2025-09-25", "2025-10-24")
case("es-l10-maracaibo-ya-no-lo-uso", LOB, "decided", [M(
    "Luis Delgado <ldelgado.mcbo@gmail.com>", SUP, "Reembolso", d(2025, 9, 26, 11, 0, VE),
    "Epa, qué más. Mira, me cobraron la mensualidad ayer (LO-INV-7115) pero la verdad ya no lo estoy "
    "usando, el negocio está parado y no me hace falta. Quiero que me devuelvan esa plata, chamo.\n\nLuis\n")],
    [R("deny")],
    spec="L1: not using it is not an exception reason (within window, but not L2): deny, reply offers "
         "cancellation.")

cust("estudio.pereyra@gmail.com", "Estudio Contable Pereyra", "annual", start="2025-03-10", end="2026-03-09")
lopay("es_p16", "LO-INV-7116", "estudio.pereyra@gmail.com", "annual", "11988.00", "2025-03-10T10:00:00",
      "2025-03-10", "2026-03-09")
case("es-l11-uruguay-caro-baja-y-devolucion", LOB, "decided", [M(
    "Estudio Contable Pereyra <estudio.pereyra@gmail.com>", SUP, "Baja del servicio y devolución",
    d(2025, 9, 17, 10, 10, UY),
    "Estimados:\n\nLes escribo desde el Estudio Pereyra. El plan anual nos resulta muy caro para lo que lo "
    "usamos, así que queremos dar de baja el servicio y que nos devuelvan la parte proporcional de los meses "
    "que quedan.\n\nQuedamos a las órdenes,\nCr. Gustavo Pereyra\nEstudio Contable Pereyra - Salto, "
    "Uruguay\n")],
    [R("deny"), X("cancel", "2026-03-09")],
    spec="L1 'muy caro' + no partial refunds for unused days: refund deny; L8 cancel, active until "
         "current_period_end 2026-03-09.")

cust("fernanda.aju@gmail.com", "Fernanda Ajú", None, status="trial", trial_ends="2025-10-05")
case("es-l12-quetzaltenango-prueba", LOB, "decided", [M(
    "Fernanda Ajú <fernanda.aju@gmail.com>", SUP, "devolucion de la prueba", d(2025, 9, 24, 19, 30, GT),
    "Buenas noches, me registré en la prueba gratis hace unos días pero no me gustó la herramienta, no es lo "
    "que buscaba para mi tienda. Quisiera que me devuelvan lo que me hayan cobrado.\n\nSaludos, Fernanda\n")],
    [R("deny")],
    spec="L7: the account is on a free trial (trial_ends 2025-10-05) with no charges: deny, nothing to "
         "refund; no billing unless they subscribe.")

cust("ramon.tavarez@gmail.com", "Ramón Tavárez", "monthly", start="2025-09-14", end="2025-10-13")
lopay("es_p17", "LO-INV-7117", "ramon.tavarez@gmail.com", "monthly", "1499.00", "2025-09-14T10:00:00",
      "2025-09-14", "2025-10-13")
case("es-l13-rd-cancelar-sin-motivo", LOB, "decided", [M(
    "Ramón Tavárez <ramon.tavarez@gmail.com>", SUP, "cancelar", d(2025, 9, 27, 16, 0, DO),
    "Klk, quiero cancelar mi plan mensual. No me renueven más por favor.\nRamón\n")],
    [X("cancel", "2025-10-13")],
    spec="L8 cancellation; reason missing but it does not hold a LeadsOptima cancellation up; effective "
         "current_period_end 2025-10-13.")

cust("mauricio.vera.uio@gmail.com", "Mauricio Vera", "quarterly")
lopay("es_p18", "LO-INV-7118", "mauricio.vera.uio@gmail.com", "quarterly", "3999.00", "2025-08-14T19:45:00Z",
      None, None)
case("es-l14-quito-baja-sin-periodo", LOB, "decided", [M(
    "Mauricio Vera <mauricio.vera.uio@gmail.com>", SUP, "Dar de baja suscripción trimestral",
    d(2025, 9, 22, 12, 0, EC),
    "Buenas tardes,\n\nPor favor den de baja mi suscripción trimestral, cerramos la empresa a fin de año.\n"
    "No necesito reembolso, solo que no me vuelvan a cobrar.\n\nMauricio Vera\n")],
    [X("cancel", "2025-11-14")],
    spec="L8 fallback: no current_period_end; last charge 2025-08-14T19:45Z = 2025-08-15 01:15 IST (section 8 "
         "offsets), + 3 months - 1 day = 2025-11-14. 'No necesito reembolso' adds no refund intent.")

cust("gabriela.rondon@distribuidoralara.com.ve", "Gabriela Rondón", "monthly", start="2025-09-18",
     end="2025-10-17")
lopay("es_p19", "LO-INV-7119", "gabriela.rondon@distribuidoralara.com.ve", "monthly", "1499.00",
      "2025-09-18T10:00:00", "2025-09-18", "2025-10-17")
case("es-l15-barquisimeto-otro-correo", LOB, "need_info", [M(
    "Gaby R <gaby.rondon1990@hotmail.com>", SUP, "cobro duplicado", d(2025, 9, 20, 8, 30, VE),
    "Buenos días, les escribo desde mi correo personal porque el de la empresa no me abre en el teléfono. "
    "Mi cuenta registrada es gabriela.rondon@distribuidoralara.com.ve, plan mensual. Me cobraron dos veces "
    "el 18, factura LO-INV-7119. Necesito que me reintegren.\n\nGabriela Rondón\n")],
    rules=["C2"],
    spec="C2: the sender is not the registered email she names; ask her to write from it, no account "
         "details.")

cust("ing.paredes@constructoraandina.ec", "Ing. Fabián Paredes", "annual", start="2025-09-25",
     end="2026-09-24")
lopay("es_p20", "LO-INV-7120", "ing.paredes@constructoraandina.ec", "annual", "11988.00",
      "2025-09-25T10:00:00", "2025-09-25", "2026-09-24")
case("es-l16-guayaquil-rv-secretaria", LOB, "need_info", [M(
    "Secretaría Constructora Andina <secretaria@constructoraandina.ec>", SUP,
    "RV: No podemos entrar al sistema - reembolso", d(2025, 9, 29, 9, 20, EC),
    "Buenos días, les reenvío el correo del Ingeniero para su gestión.\n\nAtte.\nMaría Belén Cruz\n"
    "Asistente de Gerencia\n\n________________________________\n"
    "De: Ing. Fabián Paredes <ing.paredes@constructoraandina.ec>\n"
    "Enviado: lunes, 29 de septiembre de 2025 8:52\n"
    "Para: Secretaría Constructora Andina <secretaria@constructoraandina.ec>\n"
    "Asunto: No podemos entrar al sistema - reembolso\n\n"
    "María Belén, por favor escríbale a LeadsOptima: desde que pagamos la anualidad (LO-INV-7120) no "
    "podemos entrar al sistema, la página se queda cargando. Que nos devuelvan el pago.\n"
    "Mi cuenta registrada es ing.paredes@constructoraandina.ec.\n\nIng. Fabián Paredes\nGerente General\n")],
    rules=["C2"],
    spec="Section 8 forwards: the forwarded request names registered email ing.paredes@..., not the sender "
         "(secretaria@): C2 need_info, ask for it from the registered address.")

cust("carmen.betancor@gmail.com", "Carmen Betancor", "quarterly", start="2025-09-27", end="2025-12-26")
lopay("es_p21", "LO-INV-7121", "carmen.betancor@gmail.com", "quarterly", "3999.00", "2025-09-27T12:00:00",
      "2025-09-27", "2025-12-26")
case("es-l17-tenerife-reenvio-propio", LOB, "decided", [M(
    "Carmen Betancor <carmen.betancor@gmail.com>", SUP, "Fwd: plataforma caída desde el pago",
    d(2025, 9, 29, 10, 5, CAN),
    "Os lo reenvío aquí porque lo mandé a una dirección que creo que no es la vuestra.\n\n"
    "---------- Forwarded message ---------\n"
    "De: Carmen Betancor <carmen.betancor@gmail.com>\n"
    "Date: dom, 28 sept 2025 a las 19:40\n"
    "Subject: plataforma caída desde el pago\n"
    "To: <ventas@leadsoptima-soporte.net>\n\n"
    "Hola, el sábado se me renovó el trimestral (LO-INV-7121) y desde entonces el panel no carga, se queda "
    "en blanco en Chrome y en Safari. No puedo acceder a mis leads. Si no lo arregláis, quiero el reembolso "
    "de ese pago.\n\nCarmen\n")],
    [R("escalate")],
    spec="Forward read for its request; sender = registered email (no C2). access_failure inside window "
         "(2025-09-27 -> 2025-09-29 IST, day 2): L6 escalate.")

cust("notaria.jimenez@gmail.com", "Licda. Marcela Jiménez Vargas", "monthly", start="2025-09-28",
     end="2025-10-27")
lopay("es_p22", "LO-INV-7122", "notaria.jimenez@gmail.com", "monthly", "1499.00", "2025-09-28T09:00:00",
      "2025-09-28", "2025-10-27")
case("es-l18-notaria-sin-motivo", LOB, "need_info", [M(
    "Notaría Jiménez Vargas <notaria.jimenez@gmail.com>", SUP,
    "Solicitud formal de reembolso - factura LO-INV-7122", d(2025, 9, 29, 10, 0, CR),
    "Señores\nLeadsOptima\nPresente\n\nEstimados señores:\n\nPor medio de la presente, la suscrita, Licda. "
    "Marcela Jiménez Vargas, notaria pública, portadora de la cédula de identidad número 1-0987-0654, en mi "
    "condición de titular de la cuenta, solicito formalmente el reembolso del cobro correspondiente a la "
    "factura LO-INV-7122, por el monto que en ella consta.\n\nSin otro particular, me suscribo.\n\n"
    "Licda. Marcela Jiménez Vargas\nNotaria Pública\nHeredia, Costa Rica\n\n"
    "AVISO DE CONFIDENCIALIDAD: Este correo y sus anexos son confidenciales y para uso exclusivo del "
    "destinatario. Si usted lo recibió por error, favor notificar al remitente y eliminarlo.\n")],
    rules=[], missing=["reason"],
    spec="Section 8 'what a reason is': formal restatement, signature and disclaimer are not a reason; plan "
         "(ledger) and invoice given: need_info reason (C3).")

cust("andres.cueva@gmail.com", "Andrés Cueva", "monthly", start="2025-09-27", end="2025-10-26")
lopay("es_p23", "LO-INV-7123", "andres.cueva@gmail.com", "monthly", "1499.00", "2025-09-27T15:00:00",
      "2025-09-27", "2025-10-26")
lopay("es_p24", "LO-INV-7124", "andres.cueva@gmail.com", "monthly", "1499.00", "2025-09-27T15:02:00",
      "2025-09-27", "2025-10-26")
case("es-l19-cuenca-hilo-responde", LOB, "decided", [
    M("Andrés Cueva <andres.cueva@gmail.com>", SUP, "reembolso", d(2025, 9, 28, 18, 0, EC),
      "Hola, quiero que me reembolsen lo que me cobraron este fin de semana. Gracias.\nAndrés\n"),
    M("Andrés Cueva <andres.cueva@gmail.com>", SUP, "Re: reembolso [LO-3317]", d(2025, 9, 29, 20, 30, EC),
      "Sí, disculpen, no expliqué: me cobraron dos veces la mensualidad el sábado 27. La factura del segundo "
      "es lo inv 7124.\n\nAndrés\n\nEl lun, 29 sept 2025 a las 9:12, LeadsOptima Soporte "
      "<support@leadsoptima.com> escribió:\n> Hola Andrés, para revisar su solicitud necesitamos: el motivo "
      "y el número de factura.\n> [LO-3317]\n",
      headers={"_irt": "<lo-3317.reply@leadsoptima.com>"})],
    [R("approve", "1499.00")],
    spec="C3 thread: first mail lacks reason and invoice; the answer gives 'cobraron dos veces' and 'lo inv "
         "7124' (section 8 references). Request time 2025-09-29 04:30 IST (first mail), day 2: L4 approve "
         "1499.00.")

cust("valentina.suarez.uy@gmail.com", "Valentina Suárez", "monthly", start="2025-09-12", end="2025-10-11")
lopay("es_p25", "LO-INV-7125", "valentina.suarez.uy@gmail.com", "monthly", "1499.00", "2025-09-12T10:00:00",
      "2025-09-12", "2025-10-11")
case("es-l20-paysandu-no-quiero-devolucion", LOB, "other", [M(
    "Valentina Suárez <valentina.suarez.uy@gmail.com>", SUP, "consulta renovación", d(2025, 9, 23, 15, 0, UY),
    "Hola! Una consulta nomás: no quiero reembolso ni quiero dar de baja nada, estoy conforme. Solo "
    "quería saber qué día se me renueva el plan mensual así tengo plata en la tarjeta.\n\nBesos,\nVale\n")],
    spec="Section 8 negation: 'no quiero reembolso ni dar de baja' adds no intent; a renewal-date question "
         "is other.")

case("es-l21-cartago-pregunta-antes-de-comprar", LOB, "other", [M(
    "Esteban Brenes <ebrenes.cartago@yahoo.com>", SUP, "Consulta antes de contratar", d(2025, 9, 24, 11, 0, CR),
    "Buenos días. Estoy pensando en contratar el plan anual para mi agencia. Si lo pago y al mes veo que no "
    "me sirve, ¿me devolverían la plata? ¿Y si me cobran dos veces por error? Gracias de antemano, "
    "saludos.\nEsteban\n")],
    spec="Section 8 hypotheticals: policy questions before buying, no request: other.")

cust("ayoze.rodriguez@gmail.com", "Ayoze Rodríguez", "monthly", start="2025-09-02", end="2025-10-01")
lopay("es_p26", "LO-INV-7126", "ayoze.rodriguez@gmail.com", "monthly", "1499.00", "2025-09-02T10:00:00",
      "2025-09-02", "2025-10-01")
case("es-l22-lanzarote-gracias", LOB, "other", [M(
    "Ayoze Rodríguez <ayoze.rodriguez@gmail.com>", SUP, "Re: Reembolso aprobado [LO-3190]",
    d(2025, 9, 25, 9, 0, CAN),
    "¡Muchísimas gracias! Ya me ha llegado la devolución del cargo repetido a la tarjeta. Así da gusto, de "
    "verdad. Seguimos con vosotros.\n\nAyoze\n\n> Hola Ayoze, le confirmamos el reembolso de 1.499,00 INR...\n",
    headers={"_irt": "<lo-3190.reply@leadsoptima.com>"})],
    spec="A thank-you after a refund: no request, other.")

case("es-l23-rd-factura-con-rnc", LOB, "other", [M(
    "Contabilidad Ferreteria El Cibao <contabilidad@ferreteriaelcibao.com.do>", SUP,
    "Solicitud de factura con RNC", d(2025, 9, 26, 9, 15, DO),
    "Buenos días,\n\nPara fines de la DGII necesitamos que la factura LO-INV-7107 salga a nombre de "
    "Ferretería El Cibao SRL, RNC 1-31-55555-1, con el impuesto desglosado. No estamos reclamando nada, "
    "solo el comprobante correcto.\n\nAtentamente,\nDilcia Tavárez\nContabilidad\n")],
    spec="An invoice question that asks for no refund or cancellation: other.")

case("es-l24-respuesta-automatica", LOB, "ignore", [M(
    "Yusmary Zambrano <yusmary.vz@gmail.com>", SUP, "Respuesta automática: Re: cobro doble [LO-3301]",
    d(2025, 9, 23, 0, 5, VE),
    "Gracias por su mensaje. Estaré fuera de la oficina hasta el 6 de octubre con acceso limitado al "
    "correo. Para asuntos urgentes escriba a administracion@gmail.com.\n",
    headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "_irt": "<lo-3301.reply@leadsoptima.com>"})],
    rules=["C7"], spec="C7: Auto-Submitted auto-replied: ignore.")

cust("kmedina.ccs@gmail.com", "Kelvin Medina", "quarterly", start="2025-09-27", end="2025-12-26")
lopay("es_p27", "LO-INV-7127", "kmedina.ccs@gmail.com", "quarterly", "3999.00", "2025-09-27T10:00:00",
      "2025-09-27", "2025-12-26")
case("es-l25-caracas-contracargo", LOB, "decided", [M(
    "Kelvin Medina <kmedina.ccs@gmail.com>", SUP, "CANCELEN YA Y DEVUELVAN", d(2025, 9, 28, 22, 10, VE),
    "Esto es una estafa. Me cobraron el trimestral (LO-INV-7127) y no lo quiero, nunca lo pedí renovar. "
    "Cancelen la cuenta YA y devuélvanme los reales. Si mañana no veo respuesta voy al banco a desconocer "
    "el cargo y pedir un contracargo, y los denuncio con un abogado.\n")],
    [R("escalate"), X("escalate")], rules=["C4"],
    spec="C4: chargeback ('contracargo', 'desconocer el cargo') and lawyer threat cover the whole case "
         "(section 8): refund and cancellation both escalate.")

cust("compras@panaderialaesperanza.com", "Panadería La Esperanza", "quarterly", start="2025-09-29",
     end="2025-12-28")
lopay("es_p28", "LO-INV-7128", "compras@panaderialaesperanza.com", "quarterly", "3999.00",
      "2025-09-29T19:00:00", "2025-09-29", "2025-12-28")
lopay("es_p29", "LO-INV-7129", "compras@panaderialaesperanza.com", "quarterly", "3999.00",
      "2025-09-29T19:00:50", "2025-09-29", "2025-12-28")
case("es-l26-houston-bookkeeper-varias-cosas", LOB, "decided", [M(
    "Compras Panaderia La Esperanza <compras@panaderialaesperanza.com>", SUP,
    "varias cosas: billing email, QuickBooks, y un cargo doble", d(2025, 9, 30, 9, 30, HOU),
    "Hola team,\n\nSoy la bookkeeper de la panadería, tengo varias cosas:\n\n1) Por favor cambien el email "
    "de facturación a bookkeeping@panaderialaesperanza.com (el de compras lo revisa el dueño nomás).\n"
    "2) ¿Tienen integración con QuickBooks Online? Sería un time saver.\n3) Ayer nos cobraron $3,999 two "
    "times, bueno Rs 3.999, el mismo trimestre dos veces. El segundo es el LO/INV/7129. Please refund ese.\n"
    "4) ¿Se puede agregar un segundo usuario sin pagar más?\n\nGracias!!\nMarisol Cantú\nBookkeeping\n")],
    [R("approve", "3999.00")],
    spec="Mixed mail: the refund part is a duplicate (two paid quarterly charges 2025-09-29, same period; "
         "'LO/INV/7129' = LO-INV-7129, section 8); request 2025-09-30 20:00 IST, day 1: L4 approve 3999.00. "
         "The other questions are for staff.")

cust("antonio.ruiz.malaga@gmail.com", "Antonio Ruiz", "annual", start="2025-09-20", end="2026-09-19")
lopay("es_p30", "LO-INV-7130", "antonio.ruiz.malaga@gmail.com", "annual", "11988.00", "2025-09-20T13:00:00",
      "2025-09-20", "2026-09-19")
case("es-l27-malaga-hilo-enfadado", LOB, "decided", [
    M("Antonio Ruiz <antonio.ruiz.malaga@gmail.com>", SUP, "La plataforma no carga",
      d(2025, 9, 24, 10, 12, AND),
      "Buenos días. Desde que pagué la anualidad el sábado (LO-INV-7130) la plataforma no carga, se queda "
      "el logo dando vueltas. Lo he probado en dos ordenadores. Si no se puede arreglar quiero que me "
      "devolváis el dinero.\nAntonio Ruiz\n"),
    M("Antonio Ruiz <antonio.ruiz.malaga@gmail.com>", SUP, "Re: La plataforma no carga",
      d(2025, 9, 29, 18, 40, AND),
      "CINCO DÍAS y ni una respuesta. Sigo sin poder entrar. ¿Me vais a devolver los 11.988 o qué? Estoy "
      "harto.\n\nEl mié, 24 sept 2025 a las 10:12, Antonio Ruiz (<antonio.ruiz.malaga@gmail.com>) "
      "escribió:\n> Buenos días. Desde que pagué la anualidad el sábado (LO-INV-7130) la plataforma no "
      "carga,\n> se queda el logo dando vueltas. Lo he probado en dos ordenadores. Si no se puede arreglar\n"
      "> quiero que me devolváis el dinero.\n> Antonio Ruiz\n")],
    [R("escalate")],
    spec="Thread: request time = first mail 2025-09-24 IST (day 4 after 2025-09-20): access_failure inside "
         "window, L6 escalate; the angry follow-up adds no C4 words.")

cust("vane.quiros@gmail.com", "Vanessa Quirós", "monthly", start="2025-09-21", end="2025-10-20")
lopay("es_p31", "LO-INV-7131", "vane.quiros@gmail.com", "monthly", "1499.00", "2025-09-21T20:00:00",
      "2025-09-21", "2025-10-20")
lopay("es_p32", "LO-INV-7132", "vane.quiros@gmail.com", "monthly", "1499.00", "2025-09-21T20:01:00",
      "2025-09-21", "2025-10-20", status="refunded")
case("es-l28-alajuela-cargo-ya-devuelto", LOB, "decided", [M(
    "Vanessa Quirós <vane.quiros@gmail.com>", SUP, "me rebajaron 2 veces", d(2025, 9, 23, 7, 50, CR),
    "Hola, buenas. Me rebajaron dos veces la mensualidad del 21. Por favor devuélvanme el segundo rebajo, "
    "el LO-INV-7132. Mil gracias, muy amables.\nVane\n")],
    [R("escalate")],
    spec="Duplicate claim inside window, but LO-INV-7132 has status refunded: only one paid charge, no "
         "pair (L4) and a refund of a payment not 'paid' is escalated (section 8).")

cust("gerencia@importadoraloja.ec", "Importadora Loja", "quarterly", start="2025-07-20", end="2025-10-19")
lopay("es_p33", "LO-INV-7133", "gerencia@importadoraloja.ec", "quarterly", "3999.00", "2025-07-20T10:00:00",
      "2025-07-20", "2025-10-19")
case("es-l29-loja-html-baja", LOB, "decided", [M(
    "Gerencia Importadora Loja <gerencia@importadoraloja.ec>", SUP, "Cancelación de plan",
    d(2025, 9, 25, 16, 20, EC),
    "<html><body><div style=\"font-family:Calibri\"><p>Estimados LeadsOptima,</p><p>Por medio del presente "
    "les solicitamos <b>cancelar nuestro plan trimestral</b> al término del periodo vigente. El motivo es "
    "que hemos contratado un CRM local que ya incluye la captación de clientes.</p><p>Saludos "
    "cordiales,</p><p>Ec. Patricio Jaramillo<br>Gerente General<br>Importadora Loja Cía. Ltda.</p>"
    "</div></body></html>", html=True)],
    [X("cancel", "2025-10-19")],
    spec="HTML-only mail; L8 cancel, effective current_period_end 2025-10-19.")

cust("diego.fz@gmail.com", "Diego Fernández", "monthly", start="2025-09-24", end="2025-10-23")
lopay("es_p34", "LO-INV-7134", "diego.fz@gmail.com", "monthly", "1499.00", "2025-09-24T10:00:00",
      "2025-09-24", "2025-10-23")
case("es-l30-cadiz-alias-con-mas", LOB, "need_info", [M(
    "Diego Fernández <diego.fz+leads@gmail.com>", SUP, "cobro doble", d(2025, 9, 25, 12, 0, AND),
    "Buenas, me habéis cobrado dos veces la cuota mensual de ayer. Devolvedme una, por favor.\nDiego\n")],
    rules=["C2"],
    spec="Section 8 addresses: diego.fz+leads@ is another address than registered diego.fz@: C2 need_info "
         "(write from the registered address).")

cust("mariajose.pena@gmail.com", "María José Peña", "monthly", start="2025-09-16", end="2025-10-15")
lopay("es_p35", "LO-INV-7135", "mariajose.pena@gmail.com", "monthly", "1499.00", "2025-09-16T10:00:00",
      "2025-09-16", "2025-10-15")
case("es-l31-valencia-ve-mayusculas", LOB, "decided", [M(
    "Maria Jose Peña <MariaJose.Pena@Gmail.com>", SUP, "baja", d(2025, 9, 26, 13, 0, VE),
    "Buenas tardes, quiero cancelar la suscripción porque me voy del país y no la voy a seguir usando. "
    "Que quede activa hasta donde ya pagué.\nMaría José\nValencia, Carabobo\n")],
    [X("cancel", "2025-10-15")],
    spec="Addresses compare case-insensitively (section 8): verified. L8 cancel, effective 2025-10-15.")

cust("lucia.xicara@gmail.com", "Lucía Xicará", "monthly", start="2025-09-11", end="2025-10-10")
lopay("es_p36", "LO-INV-7136", "lucia.xicara@gmail.com", "monthly", "1499.00", "2025-09-11T10:00:00",
      "2025-09-11", "2025-10-10")
case("es-l32-antigua-pasado-y-baja", LOB, "decided", [M(
    "Lucía Xicará <lucia.xicara@gmail.com>", SUP, "Cancelar plan mensual", d(2025, 9, 30, 10, 0, GT),
    "Buen día. En agosto me habían cobrado dos veces y ustedes me devolvieron el dinero muy rápido, "
    "gracias por eso. Ahora les escribo porque quiero cancelar el plan: terminó la temporada alta en el "
    "hotel y ya no lo necesitamos.\n\nAtentamente,\nLucía Xicará\nAntigua Guatemala\n")],
    [X("cancel", "2025-10-10")],
    spec="Section 8 past events: the August refund is history, no refund intent; L8 cancel, effective "
         "2025-10-10.")

case("es-l33-rebote-mailer-daemon", LOB, "ignore", [M(
    "Mail Delivery Subsystem <MAILER-DAEMON@mail.cantv.net>", SUP,
    "Undelivered Mail Returned to Sender / Correo no entregado", d(2025, 9, 24, 3, 0, VE),
    "No se pudo entregar su mensaje a uno o más destinatarios.\n\n<yzambrano@cantv.net>: host "
    "mx.cantv.net said: 550 5.1.1 Usuario desconocido\n",
    headers={"Auto-Submitted": "auto-generated"})],
    rules=["C7"], spec="C7: MAILER-DAEMON sender, bounce: ignore.")

case("es-l34-propio-noreply", LOB, "ignore", [M(
    "LeadsOptima <noreply@leadsoptima.com>", SUP, "Tu factura LO-INV-7135 / reembolso", d(2025, 9, 16, 10, 0,
                                                                                         tz(5, 30)),
    "Hola María José, adjuntamos tu factura. Si crees que hay un cobro duplicado, solicita un reembolso "
    "en 7 días.\n")],
    rules=["C7"], spec="C7: the brand's own address (noreply@leadsoptima.com): ignore.")

cust("yeni.cabrera@gmail.com", "Yeni Cabrera", "monthly", start="2025-09-26", end="2025-10-25")
lopay("es_p37", "LO-INV-7137", "yeni.cabrera@gmail.com", "monthly", "1499.00", "2025-09-26T10:00:00",
      "2025-09-26", "2025-10-25")
case("es-l35-grancanaria-dictado-sin-motivo", LOB, "need_info", [M(
    "Yeni Cabrera <yeni.cabrera@gmail.com>", SUP, "reembolso", d(2025, 9, 27, 20, 15, CAN),
    "hola buenas noches quiero mi reembolso por favor solicito la devolucion del dinero del pago de este "
    "mes gracias un saludo\n\nyeni cabrera\n\nEnviado desde mi iPhone\n")],
    rules=[], missing=["reason"],
    spec="Section 8: restating the request, courtesy and 'Enviado desde mi iPhone' are not a reason; plan "
         "and invoice filled from the ledger (one charge, LO-INV-7137): need_info reason only.")

cust("wilmer.batista@hotmail.com", "Wilmer Batista", "monthly", start="2025-09-22", end="2025-10-21")
lopay("es_p38", "LO-INV-7138", "wilmer.batista@hotmail.com", "monthly", "1499.00", "2025-09-22T10:00:00",
      "2025-09-22", "2025-10-21")
case("es-l36-nueva-york-spanglish-login", LOB, "decided", [M(
    "Wilmer Batista <wilmer.batista@hotmail.com>", SUP, "no puedo hacer login!!", d(2025, 9, 24, 19, 0, MIA),
    "yo mira desde el lunes que me cobraron el monthly no puedo hacer login, me dice 'account locked' y el "
    "reset password no me llega el email. I need my money back si no me lo arreglan hoy. Wilmer (Washington "
    "Heights, NY)\n")],
    [R("escalate")],
    spec="access_failure ('no puedo hacer login', 'account locked') inside window (2025-09-22 -> 2025-09-25 "
         "IST, day 3): L6 escalate; invoice filled from the ledger (one charge).")

# ---------------------------------------------------------------------------------------------
# Optima WebDesign
# ---------------------------------------------------------------------------------------------

proj("Tienda Online Cafetal", "cafetal.gt@gmail.com")
owpay("es_o01", "OWD-2025-301", "Tienda Online Cafetal", "deposit", "25000.00", "4500.00", "2025-09-22T16:00:00")
case("es-o01-guate-deposito-24h", OWB, "decided", [M(
    "Café El Cafetal <cafetal.gt@gmail.com>", OWDTO, "Refund Request — Tienda Online Cafetal / OWD-2025-301",
    d(2025, 9, 23, 8, 0, GT),
    "Buenos días,\n\nAyer pagamos el depósito de reserva de la tienda en línea (OWD-2025-301). Anoche mi "
    "socio decidió retirarse del negocio y no vamos a poder seguir con el proyecto. Les pedimos la "
    "devolución del depósito; entendemos que todavía no han empezado.\n\nSaludos,\nOtto Castañeda\nCafé El "
    "Cafetal, Cobán\n")],
    [R("approve", "25000.00")], extra_ok=True,
    spec="O2: deposit paid 2025-09-22 16:00 IST, mail 2025-09-23 19:30 IST (27.5 h), no work started: approve "
         "25000.00 (tax 4500 kept, C6).")

proj("Clinica Dental Sonrisa", "admin@clinicasonrisa.cr")
owpay("es_o02", "OWD-2025-302", "Clinica Dental Sonrisa", "deposit", "18000.00", "3240.00", "2025-09-15T10:00:00")
case("es-o02-cr-deposito-72h-exactas", OWB, "decided", [M(
    "Administración Clínica Sonrisa <admin@clinicasonrisa.cr>", OWDTO,
    "Devolución del depósito - Clinica Dental Sonrisa", d(2025, 9, 17, 22, 30, CR),
    "Buenas noches. Les escribo para pedir la devolución del depósito OWD-2025-302 de la página de la "
    "Clínica Dental Sonrisa: la doctora decidió posponer el proyecto para el próximo año por presupuesto. "
    "Todavía no nos han enviado nada.\n\nGracias,\nKarla Mora\nAdministración\n")],
    [R("deny")],
    spec="Section 8: paid 2025-09-15 10:00 IST, mail 2025-09-17 22:30 -06:00 = 2025-09-18 10:00 IST, exactly "
         "72 h, not before 72 h: O2 deny.")

proj("Portal Inmobiliario Punta del Este", "info@puntaprop.com.uy", "2025-09-21T10:00:00")
owpay("es_o03", "OWD-2025-303", "Portal Inmobiliario Punta del Este", "deposit", "30000.00", "5400.00",
      "2025-09-20T12:00:00")
case("es-o03-uy-deposito-trabajo-empezado", OWB, "decided", [M(
    "Punta Propiedades <info@puntaprop.com.uy>", OWDTO, "Cancelación y devolución - OWD-2025-303",
    d(2025, 9, 22, 11, 0, UY),
    "Estimados, buen día.\n\nPor un tema interno de la inmobiliaria (cambio de dueños) no vamos a seguir "
    "con el Portal Inmobiliario Punta del Este. Pedimos la devolución de la seña, OWD-2025-303, que pagamos "
    "el sábado.\n\nSaludos cordiales,\nFederico Bentancur\n")],
    [R("deny")], extra_ok=True,
    spec="O2: mail 2025-09-22 19:30 IST is within 72 h of payment, but work started 2025-09-21 10:00 "
         "(whichever first): deny.")

proj("Marca Cacao Arriba", "hola@cacaoarriba.ec")
owpay("es_o04", "OWD-2025-304", "Marca Cacao Arriba", "discovery", "15000.00", "2700.00", "2025-09-10T11:00:00")
case("es-o04-ecuador-discovery-sin-sesiones", OWB, "decided", [M(
    "Cacao Arriba <hola@cacaoarriba.ec>", OWDTO, "Devolución sesión de estrategia - Marca Cacao Arriba",
    d(2025, 9, 25, 9, 0, EC),
    "Hola equipo Optima:\n\nPagamos la consultoría de estrategia de marca para Marca Cacao Arriba pero "
    "nunca nos agendaron la primera sesión y ahora la exportadora que nos financiaba se retiró. Queremos "
    "que nos devuelvan lo pagado.\n\nUn abrazo,\nDaniela Mera\nGuayaquil\n")],
    [R("approve", "15000.00")], extra_ok=True,
    spec="O1: discovery with no session started (work_started_at empty): approve 15000.00. Invoice filled "
         "from the ledger (the project's only payment, section 1).")

proj("Hotel Las Terrazas", "direccion@hotelterrazas.es", "2025-09-05T10:00:00")
owpay("es_o05", "OWD-2025-305", "Hotel Las Terrazas", "discovery", "20000.00", "3600.00", "2025-09-01T10:00:00")
case("es-o05-canarias-discovery-empezado", OWB, "decided", [M(
    "Dirección Hotel Las Terrazas <direccion@hotelterrazas.es>", OWDTO,
    "Solicitud de devolución factura OWD-2025-305", d(2025, 9, 16, 12, 0, CAN),
    "Buenos días:\n\nTras las dos sesiones de descubrimiento hemos visto que el enfoque no encaja con la "
    "cadena, así que solicitamos la devolución de la factura OWD-2025-305 del proyecto Hotel Las Terrazas.\n\n"
    "Atentamente,\nGuacimara Hernández\nDirectora\nPuerto de la Cruz, Tenerife\n")],
    [R("deny")],
    spec="O1: sessions started 2025-09-05, before the request: deny.")

proj("App Delivery Maracaibo", "pedidos@deliverymcbo.com")
owpay("es_o06", "OWD-2025-306", "App Delivery Maracaibo", "milestone", "40000.00", "7200.00",
      "2025-08-01T10:00:00", milestone_status="approved")
owpay("es_o07", "OWD-2025-307", "App Delivery Maracaibo", "milestone", "35000.00", "6300.00",
      "2025-09-15T10:00:00", milestone_status="not_started")
case("es-o06-maracaibo-hito-no-iniciado", OWB, "decided", [M(
    "Delivery Maracaibo <pedidos@deliverymcbo.com>", OWDTO, "Fase 2 app - devolución", d(2025, 9, 24, 10, 0, VE),
    "Buenos días, chamos.\n\nLa fase 1 de la App Delivery Maracaibo quedó bien y la aprobamos. La fase 2 "
    "(factura OWD-2025-307, treinta y cinco mil) la pagamos por adelantado, pero con los apagones no vamos a "
    "poder lanzar el delivery este año. Como todavía no la empezaron, les pido que nos devuelvan ese pago.\n\n"
    "Saludos,\nJosé Gregorio Urdaneta\n")],
    [R("approve", "35000.00")], extra_ok=True,
    spec="O3: milestone OWD-2025-307 not_started: approve its amount 35000.00 (before tax).")

proj("Tienda Ropa Quisqueya", "ventas@ropaquisqueya.do")
owpay("es_o08", "OWD-2025-308", "Tienda Ropa Quisqueya", "milestone", "28000.00", "5040.00",
      "2025-09-05T10:00:00", milestone_status="in_progress")
owpay("es_o09", "OWD-2025-309", "Tienda Ropa Quisqueya", "third_party", "2500.00", "450.00",
      "2025-09-05T10:05:00")
case("es-o07-rd-hito-en-curso", OWB, "decided", [M(
    "Ropa Quisqueya <ventas@ropaquisqueya.do>", OWDTO, "reembolso OWD-2025-308", d(2025, 9, 26, 15, 0, DO),
    "Saludos, tengo un dilema con el diseño de la tienda: el diseñador nos cambió los colores tres veces y "
    "ya no confiamos en que lo termine a tiempo para Navidad. Queremos el reembolso del hito OWD-2025-308 "
    "del proyecto Tienda Ropa Quisqueya.\n\nBendiciones,\nYokasta Peralta\n")],
    [R("escalate")],
    spec="O3: milestone in_progress: escalate (billable value of work not started needs a person).")

proj("Revista Digital Sevilla", "redaccion@revistasevilla.es")
owpay("es_o10", "OWD-2025-310", "Revista Digital Sevilla", "milestone", "22000.00", "3960.00",
      "2025-08-20T10:00:00", milestone_status="completed")
case("es-o08-sevilla-hito-completado", OWB, "decided", [M(
    "Redacción Revista Digital Sevilla <redaccion@revistasevilla.es>", OWDTO,
    "Devolución hito maquetación - OWD-2025-310", d(2025, 9, 18, 13, 0, AND),
    "Hola, buenas:\n\nEl hito de maquetación (OWD-2025-310) de la Revista Digital Sevilla se entregó, sí, "
    "pero al final la dirección ha decidido no usarlo. Queremos que nos devolváis ese pago.\n\nUn saludo,\n"
    "Macarena Ortiz\n")],
    [R("deny")],
    spec="O3/O6: milestone completed (completed deliverable): deny.")

proj("Bufete Herrera y Asociados", "lic.herrera@bufeteherrera.gt")
owpay("es_o11", "OWD-2025-311", "Bufete Herrera y Asociados", "retainer", "20000.00", "3600.00",
      "2025-09-12T10:00:00", period_start="2025-09-12", period_end="2025-10-11",
      next_billing_at="2025-10-12T10:00:00")
case("es-o09-guate-notarial-retainer-aviso", OWB, "decided", [M(
    "Lic. Rodrigo Herrera <lic.herrera@bufeteherrera.gt>", OWDTO,
    "Terminación de contrato de mantenimiento mensual - Bufete Herrera y Asociados", d(2025, 9, 29, 9, 0, GT),
    "Señores\nOptima WebDesign\nSu despacho\n\nRespetables señores:\n\nEl infrascrito, Licenciado Rodrigo "
    "Herrera, en representación de Bufete Herrera y Asociados, por este medio les notifica la decisión de "
    "dar por terminado el servicio mensual (retainer) amparado en la factura OWD-2025-311, en virtud de que "
    "el bufete ha integrado personal propio de informática que asumirá dichas funciones.\n\nSin otro "
    "particular, aprovecho la oportunidad para suscribirme.\n\nLic. Rodrigo Herrera\nSocio Director\n"
    "Guatemala de la Asunción\n")],
    [X("cancel", "2025-10-11")],
    spec="O4/O8: retainer, request 2025-09-29 IST, next_billing_at 2025-10-12: notice 13 days (>= 7): "
         "cancel, effective the day before, 2025-10-11. Formal notarial register.")

proj("Ferretería Don Chepe", "donchepe.ferreteria@gmail.com")
owpay("es_o12", "OWD-2025-312", "Ferretería Don Chepe", "retainer", "12000.00", "2160.00",
      "2025-09-05T10:00:00", period_start="2025-09-05", period_end="2025-10-04",
      next_billing_at="2025-10-05T10:00:00")
case("es-o10-cr-retainer-poco-aviso", OWB, "decided", [M(
    "Ferretería Don Chepe <donchepe.ferreteria@gmail.com>", OWDTO, "ya no queremos el plan mensual",
    d(2025, 9, 29, 20, 0, CR),
    "Buenas, diay, les cuento que vamos a cerrar la tienda en línea porque casi nadie compra por ahí, todo "
    "es por WhatsApp. Cancelen el plan mensual de la Ferretería Don Chepe, factura OWD-2025-312.\n\n"
    "José (Chepe) Araya\n")],
    [X("cancel", "2025-11-04")],
    spec="O4: mail 2025-09-29 20:00 -06:00 = 2025-09-30 07:30 IST; next_billing_at 2025-10-05 minus 7 days = "
         "2025-09-28; too late: the next cycle (2025-10-05 to 2025-11-04) is billed, effective 2025-11-04.")

proj("Colegio San Ignacio Quito", "tics@colegiosanignacio.edu.ec")
owpay("es_o13", "OWD-2025-313", "Colegio San Ignacio Quito", "hosting_annual", "18000.00", "3240.00",
      "2025-09-20T10:00:00", setup_fee="2400.00", service_start="2025-09-20")
case("es-o11-quito-hosting-14-dias", OWB, "decided", [M(
    "Departamento TICs <tics@colegiosanignacio.edu.ec>", OWDTO, "Reembolso hosting anual OWD-2025-313",
    d(2025, 9, 26, 8, 30, EC),
    "Estimados,\n\nEl Ministerio nos asignó una plataforma educativa con alojamiento incluido, por lo que "
    "ya no necesitamos el hosting anual del proyecto Colegio San Ignacio Quito (OWD-2025-313). Solicitamos "
    "el reembolso según su política de los 14 días.\n\nIng. Cristian Tapia\nCoordinador TICs\n")],
    [R("approve", "14300.00")], extra_ok=True,
    spec="O5: service_start 2025-09-20, request 2025-09-26 IST (day 6 <= 14): 18000 - 2400 - (15600/12 = "
         "1300) x 1 = 14300.00.")

proj("Restaurante El Malecon", "reservas@elmalecon.do")
owpay("es_o14", "OWD-2025-314", "Restaurante El Malecon", "hosting_annual", "15000.00", "2700.00",
      "2025-09-05T10:00:00", setup_fee="1800.00", service_start="2025-09-05")
case("es-o12-rd-hosting-tarde", OWB, "decided", [M(
    "Restaurante El Malecón <reservas@elmalecon.do>", OWDTO, "Reembolso del hosting", d(2025, 9, 24, 11, 0, DO),
    "Buen día, nos mudamos el restaurante y la página la va a manejar el grupo nuevo con su propio servidor. "
    "Queremos el reembolso del hosting anual del Restaurante El Malecon, factura OWD-2025-314. Gracias.\n\n"
    "Anny Guzmán\n")],
    [R("deny")], extra_ok=True,
    spec="O5: service_start 2025-09-05, request 2025-09-24 IST = 19 days > 14: deny.")

proj("Cooperativa Agraria Tacuarembo", "administracion@coopagrotbo.com.uy")
owpay("es_o15", "OWD-2025-315", "Cooperativa Agraria Tacuarembo", "maintenance_annual", "10000.00", "1800.00",
      "2025-09-25T10:00:00", setup_fee="1500.00", service_start="2025-09-25")
case("es-o13-tacuarembo-mantenimiento-redondeo", OWB, "decided", [M(
    "Administración Cooperativa <administracion@coopagrotbo.com.uy>", OWDTO,
    "Devolución mantenimiento anual - Cooperativa Agraria Tacuarembo - OWD 2025 315",
    d(2025, 9, 30, 10, 0, UY),
    "Estimados, buenas.\n\nLa comisión directiva resolvió no continuar con el mantenimiento anual del sitio "
    "(factura OWD 2025 315, $ 10.000,00 + IVA) porque el sitio lo va a mantener un socio de la cooperativa "
    "que es programador. Pedimos la devolución que corresponda según la política de 14 días, "
    "descontando lo que haya que descontar.\n\nSaludos,\nBeatriz Silvera\nTesorera\n")],
    [R("approve", "7791.67")], extra_ok=True,
    spec="O5: start 2025-09-25, request 2025-09-30 IST (day 5): 10000 - 1500 - 8500/12 (708.333...) x 1 = "
         "7791.666... -> 7791.67 (C6, rounded once). 'OWD 2025 315' matches OWD-2025-315.")

proj("Academia de Idiomas Tenerife", "secretaria@idiomastenerife.es")
owpay("es_o16", "OWD-2025-316", "Academia de Idiomas Tenerife", "hosting_annual", "9600.00", "1728.00",
      "2025-09-20T10:00:00", setup_fee="1200.00", service_start="2025-10-15")
case("es-o14-tenerife-hosting-antes-de-empezar", OWB, "decided", [M(
    "Secretaría Academia de Idiomas <secretaria@idiomastenerife.es>", OWDTO,
    "Anular hosting anual - Academia de Idiomas Tenerife", d(2025, 9, 28, 10, 0, CAN),
    "Buenos días:\n\nContratamos el hosting anual (OWD-2025-316) para el curso que empieza el 15 de octubre, "
    "pero el Cabildo nos ha cedido alojamiento gratuito en su plataforma. Os pedimos el reembolso de lo "
    "pagado, descontando lo que corresponda.\n\nSaludos,\nCandelaria Díaz\n")],
    [R("approve", "7700.00")], extra_ok=True,
    spec="O5 before service start (section 8): consumed_months = 1; 9600 - 1200 - 8400/12 (700) = 7700.00.")

proj("Panaderia La Esperanza Web", "owner@panaderialaesperanza.com")
owpay("es_o17", "OWD-2025-317", "Panaderia La Esperanza Web", "third_party", "1800.00", "324.00",
      "2025-09-25T10:00:00")
case("es-o15-houston-dominio", OWB, "decided", [M(
    "Rogelio Cantú <owner@panaderialaesperanza.com>", OWDTO, "refund del domain", d(2025, 9, 27, 10, 0, HOU),
    "Hola, ustedes me compraron el domain panaderialaesperanza.net (OWD-2025-317, proyecto Panaderia La "
    "Esperanza Web) pero ya tenemos el .com y no lo vamos a usar. Me pueden hacer el refund? Thanks.\n"
    "Rogelio\n")],
    [R("deny")],
    spec="O6: third_party (domain) is never refundable: deny.")

proj("Estudio Jurídico Mora", "oficina@estudiomora.cr")
owpay("es_o18", "OWD-2025-318", "Estudio Jurídico Mora", "rush", "8000.00", "1440.00", "2025-09-22T10:00:00")
owpay("es_o19", "OWD-2025-319", "Estudio Jurídico Mora", "deposit", "20000.00", "3600.00",
      "2025-09-10T10:00:00")
case("es-o16-cr-cargo-urgencia", OWB, "decided", [M(
    "Estudio Jurídico Mora <oficina@estudiomora.cr>", OWDTO, "Devolución cargo por urgencia OWD-2025-318",
    d(2025, 9, 24, 10, 0, CR),
    "Buenos días:\n\nPagamos el recargo por entrega urgente (OWD-2025-318) del sitio del Estudio Jurídico "
    "Mora, pero al final la entrega se hizo apenas un día antes de lo normal, así que no vimos la diferencia. "
    "Solicitamos la devolución de ese recargo.\n\nAtentamente,\nLic. Sofía Mora\n")],
    [R("deny")],
    spec="O6: rush fees are non-refundable: deny. (A law office; no threat made.)")

proj("Distribuidora El Llanero", "gerencia@elllanero.com.ve")
owpay("es_o20", "OWD-2025-320", "Distribuidora El Llanero", "deposit", "16000.00", "2880.00",
      "2025-09-29T10:00:00")
case("es-o17-venezuela-abogado", OWB, "decided", [M(
    "Gerencia El Llanero <gerencia@elllanero.com.ve>", OWDTO, "DEVOLUCION INMEDIATA deposito OWD-2025-320",
    d(2025, 9, 29, 21, 0, VE),
    "Señores Optima, hoy pagamos el depósito de la página de la Distribuidora El Llanero y ya nos "
    "arrepentimos, el vendedor nos prometió cosas que ahora dicen que no entran. Exijo la devolución "
    "inmediata. Ya le pasé el caso a mi abogado y si hace falta inicio una disputa con el banco.\n\n"
    "Ramón Ochoa\nGerente\n")],
    [R("escalate")], rules=["C4"], extra_ok=True,
    spec="C4: lawyer + bank dispute threat escalates even though the deposit (20.5 h, no work) would be "
         "approved under O2.")

proj("Hotel Las Terrazas Reservas", "direccion@hotelterrazas.es")
owpay("es_o21", "OWD-2025-321", "Hotel Las Terrazas Reservas", "deposit", "12000.00", "2160.00",
      "2025-09-24T10:00:00")
case("es-o18-canarias-recepcion-no-contrato", OWB, "need_info", [M(
    "Recepción Hotel Las Terrazas <recepcion@hotelterrazas.es>", OWDTO,
    "Devolución depósito motor de reservas OWD-2025-321", d(2025, 9, 25, 9, 0, CAN),
    "Buenos días, de parte de la directora, Guacimara Hernández: pedimos la devolución del depósito "
    "OWD-2025-321 del proyecto Hotel Las Terrazas Reservas porque la cadena ya nos impone su propio motor de "
    "reservas.\n\nRecepción\n")],
    rules=["C2"],
    spec="C2 (Optima explicit): recepcion@ is not the contract email direccion@: need_info, write from the "
         "contract address.")

proj("Camaronera Santa Elena", "gerente@camaronerase.ec")
owpay("es_o22", "OWD-2025-322", "Camaronera Santa Elena", "deposit", "14000.00", "2520.00",
      "2025-09-29T10:00:00")
case("es-o19-ecuador-rv-asistente", OWB, "need_info", [M(
    "Asistente Contable <asistente@camaronerase.ec>", OWDTO, "RV: Anular proyecto web y devolver depósito",
    d(2025, 9, 30, 8, 45, EC),
    "Buenos días, reenvío lo solicitado por el Gerente.\n\nSaludos,\nJessenia Tomalá\n\n"
    "-----Mensaje original-----\nDe: Gerente Camaronera <gerente@camaronerase.ec>\n"
    "Enviado el: martes, 30 de septiembre de 2025 8:10\nPara: asistente@camaronerase.ec\n"
    "Asunto: Anular proyecto web y devolver depósito\n\n"
    "Jessenia, escríbale a Optima que anulamos el proyecto Camaronera Santa Elena porque se cayó la "
    "exportación a China, y que devuelvan el depósito OWD-2025-322. Nuestro correo del contrato es "
    "gerente@camaronerase.ec.\n")],
    rules=["C2"],
    spec="Section 8 forwards: forwarded request names contract email gerente@, sender is asistente@: C2 "
         "need_info.")

proj("Peña Flamenca Granada", "info@penaflamencagranada.es")
owpay("es_o23", "OWD-2025-323", "Peña Flamenca Granada", "retainer", "9000.00", "1620.00",
      "2025-09-15T10:00:00", period_start="2025-09-15", period_end="2025-10-14",
      next_billing_at="2025-10-15T10:00:00")
case("es-o20-granada-baja-sin-motivo", OWB, "need_info", [M(
    "Peña Flamenca Granada <info@penaflamencagranada.es>", OWDTO, "Baja mantenimiento mensual",
    d(2025, 9, 24, 19, 0, AND),
    "Buenas tardes:\n\nOs escribimos para dar de baja el mantenimiento mensual de la web de la Peña "
    "Flamenca Granada, factura OWD-2025-323.\n\nUn saludo y olé,\nLa Junta Directiva\n")],
    rules=[], missing=["reason"],
    spec="Section 8: Optima requires a reason for cancellations too; sign-off is not a reason: need_info "
         "reason (project, invoice, contract email given).")

proj("Agencia de Viajes Antigua", "reservas@viajesantigua.gt")
owpay("es_o24", "OWD-2025-324", "Agencia de Viajes Antigua", "deposit", "15000.00", "2700.00",
      "2025-09-26T20:00:00")
owpay("es_o25", "OWD-2025-325", "Agencia de Viajes Antigua", "setup", "3000.00", "540.00", "2025-09-26T20:10:00")
case("es-o21-antigua-sin-factura", OWB, "need_info", [M(
    "Agencia de Viajes Antigua <reservas@viajesantigua.gt>", OWDTO, "Devolución de pago - Agencia de Viajes Antigua",
    d(2025, 9, 27, 9, 0, GT),
    "Buen día, les escribimos de la Agencia de Viajes Antigua. Queremos que nos devuelvan el pago que "
    "hicimos el viernes porque la dueña decidió vender la agencia y el nuevo dueño ya tiene página.\n\n"
    "Atte. Mildred Cojulún\n")],
    rules=[], missing=["invoice_number"],
    spec="C3: the project has two payments (deposit and setup) made the same day; which one is not said: "
         "need_info invoice_number.")

proj("Startup Fintech Montevideo", "founders@pagofacil.uy")
owpay("es_o26", "OWD-2025-326", "Startup Fintech Montevideo", "deposit", "22000.00", "3960.00",
      "2025-09-26T09:00:00")
case("es-o22-montevideo-hilo-motivo", OWB, "decided", [
    M("Founders PagoFácil <founders@pagofacil.uy>", OWDTO, "Devolución seña OWD-2025-326",
      d(2025, 9, 26, 20, 0, UY),
      "Hola, ¿cómo andan? Necesitamos la devolución de la seña OWD-2025-326 del proyecto Startup Fintech "
      "Montevideo. Gracias!\nNicolás\n"),
    M("Founders PagoFácil <founders@pagofacil.uy>", OWDTO, "Re: Devolución seña OWD-2025-326 [OWD-1207]",
      d(2025, 9, 29, 10, 0, UY),
      "Perdón, el motivo: el fondo inversor se bajó de la ronda y no tenemos cómo pagar el resto del "
      "proyecto.\nNicolás\n\n> Para procesar su solicitud, indíquenos el motivo. [OWD-1207]\n",
      headers={"_irt": "<owd-1207.reply@optimawebdesign.com>"})],
    [R("approve", "22000.00")], extra_ok=True,
    spec="C3 thread: request time = first mail 2025-09-27 04:30 IST (19.5 h after the 2025-09-26 09:00 "
         "deposit, no work): O2 approve 22000.00 though the answer came after 72 h.")

case("es-o23-autorespuesta-vacaciones", OWB, "ignore", [M(
    "Karla Mora <admin@clinicasonrisa.cr>", OWDTO, "Respuesta automática: Re: Devolución del depósito - Clinica Dental Sonrisa [OWD-1190]",
    d(2025, 9, 18, 0, 1, CR),
    "Estoy de vacaciones hasta el 30 de septiembre. Para citas llame al 2222-0000.\n",
    headers={"Auto-Submitted": "auto-replied", "_irt": "<owd-1190.reply@optimawebdesign.com>"})],
    rules=["C7"], spec="C7: Auto-Submitted auto-replied: ignore.")

case("es-o24-sd-pregunta-deposito", OWB, "other", [M(
    "Carolina Reyes <caro.reyes.sd@gmail.com>", OWDTO, "pregunta antes de contratar", d(2025, 9, 22, 12, 0, DO),
    "Hola! Estoy cotizando una página para mi salón de belleza. Si les pago el depósito y después me "
    "arrepiento, ¿me devuelven el dinero? ¿Cuánto tiempo tengo? Gracias, bendiciones.\n")],
    spec="Section 8 hypotheticals before buying: other.")

proj("Marisqueria Huelva Web", "pedidos@marisqueriahuelva.es")
owpay("es_o27", "OWD-2025-327", "Marisqueria Huelva Web", "deposit", "10000.00", "1800.00",
      "2025-09-23T10:00:00", status="refunded")
case("es-o25-huelva-pago-ya-devuelto", OWB, "decided", [M(
    "Marisquería Huelva <pedidos@marisqueriahuelva.es>", OWDTO, "Devolución OWD-2025-327",
    d(2025, 9, 24, 11, 0, AND),
    "Buenas, quillo: pagamos el depósito de la web de la Marisqueria Huelva Web (OWD-2025-327) pero al final "
    "lo dejamos para después del verano que viene, que ahora no hay tiempo pa ná. ¿Nos lo podéis devolver?\n"
    "Manolo\n")],
    [R("escalate")], extra_ok=True,
    spec="Section 8: the payment's status is refunded (not paid): a refund of it is escalate.")


if __name__ == "__main__":
    # the cases above were written as the module ran; now the ledger and expectations
    (HERE / "ledger.json").write_text(json.dumps(LEDGER, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (HERE / "expected.json").write_text(json.dumps({"cases": CASES}, ensure_ascii=False, indent=1) + "\n",
                                        encoding="utf-8")
    print(f"{len(CASES)} cases, {len(LEDGER['payments'])} payments")
