#!/usr/bin/env python3
"""fresh38_es: held-out Spanish cases for mailbot (Rosario/Santa Fe, Mar del Plata, Cusco/Arequipa,
Cochabamba, Quito's civil service, Guayaquil exporters, Medellín start-ups, Cali, San José (Costa Rica),
León (Nicaragua), Spanish in Berlin and Paris, Spanish written by Polish-first and Tagalog-first speakers).

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
ROUND, LANG = "fresh38", "es"

AR, PE, BO, EC, CO, CR, NI = tz(-3), tz(-5), tz(-4), tz(-5), tz(-5), tz(-6), tz(-6)
DE, FR, PL, PH = tz(2), tz(2), tz(2), tz(8)
SUP = "Soporte LeadsOptima <support@leadsoptima.com>"
OWDTO = "Optima WebDesign <optimawebdesigns12@gmail.com>"

# ---------------------------------------------------------------------------------------------
# LeadsOptima
# ---------------------------------------------------------------------------------------------

cust("imprentalaunion.ros@gmail.com", "Imprenta La Unión", "monthly", start="2025-09-24", end="2025-10-23")
lopay("es38_p01", "LO-INV-38101", "imprentalaunion.ros@gmail.com", "monthly", "1499.00", "2025-09-24T15:10:00",
      "2025-09-24", "2025-10-23")
lopay("es38_p02", "LO-INV-38102", "imprentalaunion.ros@gmail.com", "monthly", "1499.00", "2025-09-24T15:11:20",
      "2025-09-24", "2025-10-23")
s = d(2025, 9, 26, 10, 20, AR)
assert day_n("2025-09-24T15:11:20", s) == 2 and local_date("2025-09-24T15:11:20", AR) == date(2025, 9, 24)
case("es-l01-rosario-imprenta-debito-doble", LOB, "decided", [M(
    "Imprenta La Unión <imprentalaunion.ros@gmail.com>", SUP, "me debitaron dos veces!!", s,
    "Buen día, cómo andan?\n\nLes escribe Gustavo de la imprenta La Unión, de calle San Lorenzo en Rosario. "
    "Mirando el home banking veo que el miércoles 24 me debitaron DOS veces el plan mensual, uno atrás del "
    "otro, mismo importe. Yo tengo un solo plan, así que uno sobra. El segundo comprobante dice lo inv 38102, "
    "ese es el que les pido que me devuelvan.\n\nAbrazo y gracias\nGustavo Ferrari\nImprenta La Unión - "
    "Rosario, Santa Fe\nTel. 0341 15-555-0192\n")],
    [R("approve", "1499.00")],
    spec="L2 duplicate_payment, L4: two paid monthly charges 2025-09-24 same period; request 2025-09-26 18:50 IST "
         "(day 2); 'lo inv 38102' is LO-INV-38102 (section 8); refund the later charge 1499.00.")

cust("reservas@hotelbristolmdp.com.ar", "Hotel Costa Bristol", "annual", start="2025-09-19", end="2026-09-18")
lopay("es38_p03", "LO-INV-38103", "reservas@hotelbristolmdp.com.ar", "annual", "11988.00", "2025-09-19T13:00:00",
      "2025-09-19", "2026-09-18")
lopay("es38_p04", "LO-INV-38104", "reservas@hotelbristolmdp.com.ar", "annual", "11988.00", "2025-09-19T13:02:00",
      "2025-09-19", "2026-09-18")
s = d(2025, 9, 26, 22, 10, AR)
assert day_n("2025-09-19T13:02:00", s) == 8 and (s.date() - date(2025, 9, 19)).days == 7
case("es-l02-mar-del-plata-dia-8-en-india", LOB, "decided", [M(
    "Reservas Hotel Costa Bristol <reservas@hotelbristolmdp.com.ar>", SUP, "Cobro duplicado plan anual",
    s,
    "Buenas noches.\n\nEstoy cerrando la caja del mes y veo que el viernes 19 nos cobraron dos veces la "
    "anualidad (LO-INV-38103 y LO-INV-38104), 11.988 cada una. Les escribo justo a la semana, así que "
    "entiendo que estoy dentro de los 7 días. Solicito la devolución del cobro repetido LO-INV-38104.\n\n"
    "Saludos cordiales,\nMarcela Ibarra\nAdministración - Hotel Costa Bristol\nMar del Plata\n")],
    [R("deny")],
    spec="L3: charges 2025-09-19 IST; mail 2025-09-26 22:10 -03:00 = 2025-09-27 06:40 IST, day 8 in the brand's "
         "zone (section 1), though day 7 in Mar del Plata: deny.")

cust("hostalwayra.cusco@gmail.com", "Hostal Wayra", "quarterly", start="2025-09-18", end="2025-12-17")
lopay("es38_p05", "LO-INV-38105", "hostalwayra.cusco@gmail.com", "quarterly", "3999.00", "2025-09-18T16:00:00",
      "2025-09-18", "2025-12-17")
lopay("es38_p06", "LO-INV-38106", "hostalwayra.cusco@gmail.com", "quarterly", "3999.00", "2025-09-18T16:03:00",
      "2025-09-18", "2025-12-17")
s = d(2025, 9, 25, 8, 0, PE)
assert day_n("2025-09-18T16:03:00", s) == 7
case("es-l03-cusco-hostal-dia-7", LOB, "decided", [M(
    "Hostal Wayra <hostalwayra.cusco@gmail.com>", SUP, "Pago repetido - plan trimestral", s,
    "Buenos días señores de LeadsOptima,\n\nLes saluda Rosa Huamán del Hostal Wayra, en San Blas, Cusco. "
    "El jueves pasado (18 de setiembre) pagamos el plan trimestral y la pasarela nos cobró dos veces: "
    "LO-INV-38105 y LO-INV-38106, los dos por 3,999.00. Es un pago duplicado. Les agradeceré devolver el "
    "segundo, LO-INV-38106.\n\nAtentamente,\nRosa Huamán Quispe\nAdministradora\n")],
    [R("approve", "3999.00")],
    spec="L4: two paid quarterly charges 2025-09-18 same period; mail 2025-09-25 08:00 -05:00 = 18:30 IST, "
         "day 7 (inside, L3); refund 3999.00.")

cust("tallerelmolle.cbba@gmail.com", "Taller El Molle", "monthly", start="2025-09-27", end="2025-10-26")
for pid, inv, t in (("es38_p07", "LO-INV-38107", "19:00:00"), ("es38_p08", "LO-INV-38108", "19:00:50"),
                    ("es38_p09", "LO-INV-38109", "19:02:10")):
    lopay(pid, inv, "tallerelmolle.cbba@gmail.com", "monthly", "1499.00", f"2025-09-27T{t}",
          "2025-09-27", "2025-10-26")
case("es-l04-cochabamba-tres-cobros", LOB, "decided", [M(
    "Taller El Molle <tallerelmolle.cbba@gmail.com>", SUP, "me han cobrado 3 veces pues", d(2025, 9, 29, 9, 15, BO),
    "Buenos días\n\nLes escribo del taller de carpintería El Molle de Quillacollo, Cochabamba. El sábado "
    "quise pagar el mensual y como la página se quedaba cargando le di tres veces nomás al botón, y ahora "
    "veo que me han cobrado las tres: LO-INV-38107, LO-INV-38108 y LO-INV-38109. Un solo plan tenemos pues. "
    "Les pido que me devuelvan los dos cobros de más.\n\nDios les pague\nJhonny Zurita\n")],
    [R("approve", "2998.00")],
    spec="Section 8 three identical charges (same account, amount, period 2025-09-27): the 2nd and 3rd are "
         "duplicates, both inside L3 (day 2): refund 1499.00 x 2 = 2998.00.")

cust("compras@ierf.gob.ec", "Instituto Ecuatoriano de Registros Forestales", "annual",
     start="2025-09-23", end="2026-09-22")
lopay("es38_p10", "LO-INV-38110", "compras@ierf.gob.ec", "annual", "11988.00", "2025-09-23T14:00:00",
      "2025-09-23", "2026-09-22")
case("es-l05-quito-oficio-plan-equivocado", LOB, "decided", [M(
    "Unidad de Compras IERF <compras@ierf.gob.ec>", SUP,
    "Oficio Nro. IERF-DA-2025-0412-O - Cobro de plan distinto al contratado", d(2025, 9, 26, 10, 0, EC),
    "Quito, D.M., 26 de septiembre de 2025\n\nSeñores\nLEADSOPTIMA\nPresente.-\n\nDe mi consideración:\n\n"
    "En atención a la orden de compra emitida por esta Dirección Administrativa para la suscripción MENSUAL de "
    "la plataforma, me permito poner en su conocimiento que el día 23 de septiembre se debitó de la tarjeta "
    "institucional el valor correspondiente al plan ANUAL (factura LO-INV-38110). Se trata de un cobro por un "
    "plan equivocado, que no corresponde a lo contratado. En tal virtud, solicito comedidamente la devolución "
    "del valor debitado.\n\nCon sentimientos de distinguida consideración.\n\nAtentamente,\n\n"
    "Ing. Patricio Villacís Andrade\nANALISTA DE COMPRAS PÚBLICAS\nINSTITUTO ECUATORIANO DE REGISTROS "
    "FORESTALES\n\nDocumento firmado electrónicamente\n")],
    [R("escalate")],
    spec="L2 billing_error ('cobro por un plan equivocado'), inside L3 (day 3): L5 escalate, no amount.")

cust("gerencia@camaronesdelgolfo.ec", "Camarones del Golfo S.A.", "quarterly", start="2025-09-22",
     end="2025-12-21")
lopay("es38_p11", "LO-INV-38111", "gerencia@camaronesdelgolfo.ec", "quarterly", "3999.00", "2025-09-22T17:00:00",
      "2025-09-22", "2025-12-21")
s = d(2025, 9, 29, 11, 30, EC)
assert day_n("2025-09-22T17:00:00", s) == 7
case("es-l06-guayaquil-exportadora-sin-acceso", LOB, "decided", [M(
    "Gerencia Camarones del Golfo <gerencia@camaronesdelgolfo.ec>", SUP, "URGENTE acceso plataforma", s,
    "Buenos días,\n\nSomos exportadores de camarón, tenemos containers saliendo esta semana a Rotterdam y "
    "necesitamos los leads de los brokers. Desde el martes 23 ninguno de los tres usuarios puede ingresar a "
    "la plataforma: pone el usuario y la clave y se queda en blanco. Ya probamos en Chrome, Edge y desde "
    "el celular. Pagamos el trimestral el lunes 22 y no hemos podido usarlo ni un día.\n\nSi no lo pueden "
    "arreglar, queremos la devolución de lo pagado.\n\nSaludos,\nIng. Xavier Bajaña M.\nGerente Comercial\n"
    "Camarones del Golfo S.A. - Km 7.5 vía a Daule, Guayaquil\n")],
    [R("escalate")],
    spec="L2 access_failure (no one can log in) inside L3 (2025-09-29 22:00 IST, day 7): L6 escalate; the one "
         "payment on the account identifies the invoice (docs/policy.md).")

cust("juanita@tiendalaspacas.co", "Tienda Las Pacas SAS", "monthly", start="2025-09-10", end="2025-10-09")
lopay("es38_p12", "LO-INV-38112", "juanita@tiendalaspacas.co", "monthly", "1499.00", "2025-09-10T18:00:00",
      "2025-09-10", "2025-10-09")
s = d(2025, 9, 22, 15, 40, CO)
assert day_n("2025-09-10T18:00:00", s) == 13
case("es-l07-medellin-startup-acceso-tarde", LOB, "decided", [M(
    "Juanita Restrepo <juanita@tiendalaspacas.co>", SUP, "No hemos podido entrar - reembolso", s,
    "Hola equipo, qué más pues.\n\nQué pena con ustedes pero llevamos días sin poder entrar al dashboard, "
    "sale un error 500 cada vez que iniciamos sesión. Somos una startup de El Poblado y la verdad nos tiene "
    "varados. Pagamos el mensual el 10 de septiembre (factura LO-INV-38112). Queremos que nos devuelvan la "
    "plata.\n\nMil gracias,\nJuanita Restrepo\nCo-founder & CEO | Tienda Las Pacas\nMedellín, Colombia\n")],
    [R("deny")],
    spec="L2 access_failure but the charge was 2025-09-10 and the mail 2025-09-23 02:10 IST (day 13) > 7: L3 deny.")

cust("academiasalsacalena@gmail.com", "Academia Sabor Caleño", "monthly", start="2025-09-25",
     end="2025-10-24")
lopay("es38_p13", "LO-INV-38113", "academiasalsacalena@gmail.com", "monthly", "1499.00", "2025-09-25T14:00:00",
      "2025-09-25", "2025-10-24")
case("es-l08-cali-academia-no-lo-usamos", LOB, "decided", [M(
    "Academia Sabor Caleño <academiasalsacalena@gmail.com>", SUP, "devolucion del pago", d(2025, 9, 27, 17, 5, CO),
    "Buenas tardes\n\nLes escribo de la academia de salsa Sabor Caleño, barrio San Fernando. Pagamos el plan "
    "hace dos días pero la verdad los profes no se acomodaron con la herramienta y no la alcanzamos a usar, "
    "nosotros seguimos consiguiendo alumnos por WhatsApp como siempre. Por eso les pido la devolución del "
    "pago.\n\nBendiciones,\nYuri Mosquera\nDirectora\n")],
    [R("deny")],
    spec="L1: 'no la alcanzamos a usar' is not an exception reason (L2): deny (the reply offers cancellation); "
         "one payment identifies the invoice; no cancellation asked.")

cust("mae.solis.cr@gmail.com", "Esteban Solís", "quarterly", start="2025-09-12", end="2025-12-11")
lopay("es38_p14", "LO-INV-38114", "mae.solis.cr@gmail.com", "quarterly", "3999.00", "2025-09-12T15:00:00",
      "2025-09-12", "2025-12-11")
case("es-l09-san-jose-caro-cancelar-y-devolver", LOB, "decided", [M(
    "Esteban Solís <mae.solis.cr@gmail.com>", SUP, "Cancelación + devolución", d(2025, 9, 20, 13, 30, CR),
    "Buenas tardes, pura vida.\n\nDiay, les cuento: saqué el plan trimestral el 12 para la ferretería de "
    "mi papá en Desamparados pero sale demasiado caro para lo que vendemos, con el tipo de cambio se nos "
    "fue de las manos. Quiero cancelar el plan y que me devuelvan la plata de la factura LO-INV-38114.\n\n"
    "Muchas gracias, mae.\nEsteban Solís\n")],
    [R("deny"), X("cancel", "2025-12-11")],
    spec="L1 deny (too expensive is no exception) + L8 cancel, active until current_period_end 2025-12-11.")

cust("ferreteria.subtiava@yahoo.com", "Ferretería Subtiava", "annual", start="2025-04-03", end="2026-04-02")
lopay("es38_p15", "LO-INV-38115", "ferreteria.subtiava@yahoo.com", "annual", "11988.00", "2025-04-03T13:00:00",
      "2025-04-03", "2026-04-02")
case("es-l10-leon-nicaragua-cancelar-anual", LOB, "decided", [M(
    "Ferretería Subtiava <ferreteria.subtiava@yahoo.com>", SUP, "dar de baja", d(2025, 9, 24, 19, 45, NI),
    "Buenas noches.\n\nIdeay, les escribo para que me den de baja el plan anual. Mi hijo era el que "
    "manejaba eso de los clientes por internet y se fue a trabajar a Costa Rica, y yo ni sé usarlo. Que no "
    "me cobren más. Lo que ya pagué, pues ya lo pagué.\n\nAtentamente,\nDon Reynaldo Maradiaga\nFerretería "
    "Subtiava, León\n")],
    [X("cancel", "2026-04-02")],
    spec="L8: cancellation only (paid amount accepted, no refund asked): cancel, active until current_period_end "
         "2026-04-02.")

cust("lucia.arancibia@posteo.de", "Lucía Arancibia", "annual")
lopay("es38_p16", "LO-INV-38116", "lucia.arancibia@posteo.de", "annual", "11988.00", "2025-03-14T12:30:00",
      "2025-03-14", None)
assert add_months(date(2025, 3, 14), 12) - timedelta(days=1) == date(2026, 3, 13)
case("es-l11-berlin-kuendigung-anual", LOB, "decided", [M(
    "Lucía Arancibia <lucia.arancibia@posteo.de>", SUP, "Kündigung / cancelación suscripción", d(2025, 9, 29, 21, 0, DE),
    "Hola,\n\nsoy chilena pero vivo en Berlin (Neukölln) hace años, perdonen si mezclo. Necesito la Kündigung, "
    "o sea la cancelación, de mi plan anual de LeadsOptima. Cerré mi Kollektiv de diseño y ya no voy a buscar "
    "clientes. Que quede activo hasta que termine el año pagado, no pido Rückerstattung ni nada.\n\n"
    "Liebe Grüße / saludos\nLucía\n")],
    [X("cancel", "2026-03-13")],
    spec="L8 fallback (no current_period_end): last charge 2025-03-14 + 12 months - 1 day = 2026-03-13; "
         "'no pido Rückerstattung' adds no refund (section 8).")

cust("panaderia.elsur.paris@gmail.com", "Panadería El Sur", "monthly")
lopay("es38_p17", "LO-INV-38117", "panaderia.elsur.paris@gmail.com", "monthly", "1499.00", "2025-08-18T14:00:00",
      "2025-08-18", None)
lopay("es38_p18", "LO-INV-38118", "panaderia.elsur.paris@gmail.com", "monthly", "1499.00", "2025-09-18T14:00:00",
      "2025-09-18", None)
case("es-l12-paris-panaderia-baja-mensual", LOB, "decided", [M(
    "Panadería El Sur <panaderia.elsur.paris@gmail.com>", SUP, "Résiliation - baja del plan mensual",
    d(2025, 9, 30, 15, 20, FR),
    "Bonjour / hola:\n\nSomos una panadería argentina en el distrito 11 de París. Queremos dar de baja el "
    "plan mensual a partir del próximo ciclo: el local lo vendemos en octubre. Gracias por todo.\n\n"
    "Cordialement,\nNatalia y Fede\nPanadería El Sur - rue Oberkampf\n")],
    [X("cancel", "2025-10-17")],
    spec="L8 fallback: last charge 2025-09-18 + 1 month - 1 day = 2025-10-17.")

cust("tomasz.nowak.biuro@wp.pl", "Tomasz Nowak", "monthly", start="2025-09-26", end="2025-10-25")
lopay("es38_p19", "LO-INV-38119", "tomasz.nowak.biuro@wp.pl", "monthly", "1499.00", "2025-09-26T13:00:00",
      "2025-09-26", "2025-10-25")
case("es-l13-varsovia-polaco-duplicado-sin-par", LOB, "decided", [M(
    "Tomasz Nowak <tomasz.nowak.biuro@wp.pl>", SUP, "Pago doble plan mensual", d(2025, 9, 28, 11, 0, PL),
    "Dzień dobry, buenos días,\n\nyo escribo en español que aprendí en Salamanca, perdón errores. Banco mío "
    "muestra que ustedes cobraron dos veces plan mensual, día 26 septiembre, factura LO-INV-38119 y otra "
    "transacción igual minutos después. Yo pido devolver pago doble.\n\nGracias y saludos\nTomasz Nowak\n"
    "Biuro Rachunkowe Nowak, Varsovia\n")],
    [R("escalate")],
    spec="L2 duplicate_payment claimed inside L3 (day 2) but the ledger holds one charge only: L4 escalate.")

cust("maricel.dizon.ph@gmail.com", "Maricel Dizon", "monthly", status="trial", trial_ends="2025-10-05")
case("es-l14-manila-tagalo-prueba-gratis", LOB, "decided", [M(
    "Maricel Dizon <maricel.dizon.ph@gmail.com>", SUP, "reembolso po", d(2025, 9, 29, 16, 0, PH),
    "Magandang hapon po! Buenas tardes.\n\nEstoy en periodo de prueba gratis del plan mensual. No me gustó "
    "mucho la plataforma, es muy complicada para mi tienda online de Quezon City. Por favor reembolso po de "
    "mi dinero.\n\nSalamat po,\nMaricel\n")],
    [R("deny")],
    spec="L7: the account is on a free trial with no charge: deny, nothing is billed unless they subscribe.")

cust("administracion@estudiopaz.com.ar", "Estudio Contable Paz", "quarterly", start="2025-09-23", end="2025-12-22")
lopay("es38_p20", "LO-INV-38120", "administracion@estudiopaz.com.ar", "quarterly", "3999.00",
      "2025-09-23T14:00:00", "2025-09-23", "2025-12-22")
lopay("es38_p21", "LO-INV-38121", "administracion@estudiopaz.com.ar", "quarterly", "3999.00",
      "2025-09-23T14:01:00", "2025-09-23", "2025-12-22")
case("es-l15-santa-fe-gmail-personal", LOB, "need_info", [M(
    "Carolina Paz <caropaz.sf@gmail.com>", SUP, "cobro doble estudio", d(2025, 9, 25, 18, 40, AR),
    "Hola, les escribo desde mi mail personal porque el del estudio se me traba en el celu. La cuenta está "
    "a nombre de administracion@estudiopaz.com.ar. Nos cobraron dos veces el trimestral el 23 (LO-INV-38121 "
    "es el repetido). Me devuelven uno?\n\nCarolina Paz\nEstudio Contable Paz - Santa Fe capital\n")],
    rules=["C2"],
    spec="C2: the sender is not the registered email she names; the draft asks her to write from it, "
         "nothing about the account.")

cust("sebastian@recicla-app.co", "Recicla App SAS", "annual", start="2025-09-24", end="2026-09-23")
lopay("es38_p22", "LO-INV-38122", "sebastian@recicla-app.co", "annual", "11988.00", "2025-09-24T12:30:00",
      "2025-09-24", "2026-09-23")
case("es-l16-medellin-rv-outlook-asistente", LOB, "need_info", [M(
    "Asistente Administrativa <admin@recicla-app.co>", SUP, "RV: Cobro plan equivocado LeadsOptima",
    d(2025, 9, 26, 9, 5, CO),
    "Buenos días, les reenvío el correo de Sebastián, él está de viaje en Bogotá. Quedo atenta.\n\n"
    "Valentina Ospina\nAsistente Administrativa | Recicla App\n\n"
    "________________________________\n"
    "De: Sebastián Uribe <sebastian@recicla-app.co>\n"
    "Enviado: jueves, 25 de septiembre de 2025 21:14\n"
    "Para: Valentina Ospina <admin@recicla-app.co>\n"
    "Asunto: Cobro plan equivocado LeadsOptima\n\n"
    "Vale, porfa escríbeles a LeadsOptima: nos cobraron el plan anual (LO-INV-38122) y nosotros habíamos "
    "escogido el mensual. Que nos devuelvan eso. La cuenta es sebastian@recicla-app.co.\n\nS.\n")],
    rules=["C2"],
    spec="Section 8 forward (RV:, Outlook block) carrying the registered address sebastian@recicla-app.co; the "
         "sender admin@ is another address: C2 need_info.")

case("es-l17-cali-remitente-desconocido-baja", LOB, "need_info", [M(
    "Hernán Caicedo <hcaicedo.foodtruck@outlook.com>", SUP, "cancelar suscripcion", d(2025, 9, 28, 20, 10, CO),
    "Buenas noches. Tengo un food truck de arepas en el Parque del Perro y me inscribí hace un tiempo en "
    "LeadsOptima, ya no lo uso. Por favor cancelen mi suscripción.\n\nHernán\n")],
    rules=["C2"],
    spec="C2/C3: the sender names no other address and is not in the LeadsOptima ledger: unknown sender, "
         "need_info, nothing about any account.")

cust("valeria.quispe@gmail.com", "Valeria Quispe", "monthly", start="2025-09-15", end="2025-10-14")
lopay("es38_p23", "LO-INV-38123", "valeria.quispe@gmail.com", "monthly", "1499.00", "2025-09-15T15:00:00",
      "2025-09-15", "2025-10-14")
case("es-l18-arequipa-direccion-con-mas", LOB, "need_info", [M(
    "Valeria Quispe <valeria.quispe+leads@gmail.com>", SUP, "Baja del plan", d(2025, 9, 27, 10, 30, PE),
    "Buenos días,\n\nSoy arquitecta independiente en Arequipa (Yanahuara). Quiero anular mi plan mensual, "
    "ya conseguí los proyectos que necesitaba para este año.\n\nGracias,\nArq. Valeria Quispe\n")],
    rules=["C2"],
    spec="Section 8: valeria.quispe+leads@ is another address than the registered valeria.quispe@: C2 need_info.")

cust("libreria.elpuerto@gmail.com", "Librería El Puerto", "monthly", start="2025-09-22", end="2025-10-21")
lopay("es38_p24", "LO-INV-38124", "libreria.elpuerto@gmail.com", "monthly", "1499.00", "2025-09-22T16:00:00",
      "2025-09-22", "2025-10-21")
case("es-l19-mar-del-plata-libreria-sin-motivo", LOB, "need_info", [M(
    "Librería El Puerto <libreria.elpuerto@gmail.com>", SUP, "Solicitud de reintegro LO-INV-38124",
    d(2025, 9, 24, 11, 0, AR),
    "Buen día.\n\nPor medio de la presente solicito el reintegro de la factura LO-INV-38124 del plan mensual.\n\n"
    "Quedo a la espera.\nSaludos,\nOsvaldo Guerrero\nLibrería El Puerto - Mar del Plata\n\n"
    "--\nEste mensaje es confidencial. Si lo recibió por error, por favor elimínelo.\n")],
    missing=["reason"],
    spec="C3: refund asked with plan and invoice but no reason (restating the request and the disclaimer are "
         "not reasons, section 8): need_info reason.")

cust("fisio.montesdeoca@gmail.com", "Fisioterapia Montes de Oca", "monthly", start="2025-09-29", end="2025-10-28")
lopay("es38_p25", "LO-INV-38125", "fisio.montesdeoca@gmail.com", "monthly", "1499.00", "2025-08-29T15:00:00",
      "2025-08-29", "2025-09-28")
lopay("es38_p26", "LO-INV-38126", "fisio.montesdeoca@gmail.com", "monthly", "1499.00", "2025-09-29T15:00:00",
      "2025-09-29", "2025-10-28")
case("es-l20-san-jose-fisio-sin-factura", LOB, "need_info", [M(
    "Fisioterapia Montes de Oca <fisio.montesdeoca@gmail.com>", SUP, "cobro con monto incorrecto",
    d(2025, 9, 30, 7, 50, CR),
    "Buenos días,\n\nSoy la Dra. Andrea Vargas, fisioterapeuta en San Pedro de Montes de Oca. Revisando mis "
    "estados de cuenta, uno de los cobros de LeadsOptima vino por un monto distinto al que acordamos, pero "
    "no logro saber cuál de los dos porque el banco los muestra en dólares. ¿Me pueden revisar y devolver "
    "la diferencia?\n\nSaludos,\nDra. Andrea Vargas\n")],
    missing=["invoice_number"],
    spec="C3: billing_error claimed against one of two charges (2025-08-29, 2025-09-29), which one is not said: "
         "need_info invoice_number.")

cust("catalina.ortiz@quitoeventos.ec", "Quito Eventos", "monthly", start="2025-09-25", end="2025-10-24")
lopay("es38_p27", "LO-INV-38127", "catalina.ortiz@quitoeventos.ec", "monthly", "1499.00", "2025-09-25T13:10:00",
      "2025-09-25", "2025-10-24")
lopay("es38_p28", "LO-INV-38128", "catalina.ortiz@quitoeventos.ec", "monthly", "1499.00", "2025-09-25T13:12:00",
      "2025-09-25", "2025-10-24")
case("es-l21-quito-hilo-motivo-duplicado", LOB, "decided", [
    M("Catalina Ortiz <catalina.ortiz@quitoeventos.ec>", SUP, "Devolución LO-INV-38128", d(2025, 9, 26, 16, 0, EC),
      "Buenas tardes, necesito la devolución de la factura LO-INV-38128 por favor.\nCatalina Ortiz\n"),
    M("Catalina Ortiz <catalina.ortiz@quitoeventos.ec>", SUP, "RE: Devolución LO-INV-38128 [LO-3871]",
      d(2025, 9, 29, 9, 10, EC),
      "Buenos días,\n\nDisculpen, no expliqué: esa factura es un cobro repetido, me cobraron dos veces el mismo "
      "mes (la otra es LO-INV-38127).\n\nSaludos,\nCatalina\n\n"
      "-----Mensaje original-----\nDe: LeadsOptima Support\nAsunto: Re: Devolución LO-INV-38128 [LO-3871]\n\n"
      "> Para continuar, indíquenos el motivo de su solicitud.\n",
      headers={"_irt": "<lo-3871.reply@leadsoptima.com>"})],
    [R("approve", "1499.00")],
    spec="C3 thread: request time is the first mail (2025-09-27 02:30 IST, day 2); the answer gives the "
         "reason duplicate_payment: L4 approve 1499.00.")

cust("ines.bravo@posteo.de", "Inés Bravo", "monthly", start="2025-09-19", end="2025-10-18")
lopay("es38_p29", "LO-INV-38129", "ines.bravo@posteo.de", "monthly", "1499.00", "2025-08-19T14:00:00",
      "2025-08-19", "2025-09-18")
lopay("es38_p30", "LO-INV-38130", "ines.bravo@posteo.de", "monthly", "1499.00", "2025-09-19T14:00:00",
      "2025-09-19", "2025-10-18")
s = d(2025, 9, 22, 10, 0, DE)
assert day_n("2025-09-19T14:00:00", s) == 3
case("es-l22-berlin-hilo-factura-acceso", LOB, "decided", [
    M("Inés Bravo <ines.bravo@posteo.de>", SUP, "no puedo iniciar sesión", s,
      "Hola,\n\ndesde el viernes no puedo iniciar sesión en LeadsOptima, me dice 'cuenta suspendida' aunque "
      "pagué. Trabajo de traductora en Kreuzberg y lo uso para buscar agencias. Si no se arregla quiero que "
      "me devuelvan el pago.\n\nInés\n"),
    M("Inés Bravo <ines.bravo@posteo.de>", SUP, "Re: no puedo iniciar sesión [LO-3872]", d(2025, 9, 24, 18, 0, DE),
      "Hola, la factura es LO-INV-38130 (la de septiembre). Sigo sin poder entrar.\nInés\n\n"
      "Am 23.09.2025 um 09:12 schrieb LeadsOptima Support:\n> Indíquenos el número de factura. [LO-3872]\n",
      headers={"_irt": "<lo-3872.reply@leadsoptima.com>"})],
    [R("escalate")],
    spec="C3 thread: the first mail (2025-09-22 13:30 IST, day 3 of the 2025-09-19 charge) lacked the invoice; "
         "the answer names LO-INV-38130: L6 access_failure escalate.")

cust("contacto@surfschoolmdq.com.ar", "Escuela de Surf Playa Grande", "monthly", start="2025-09-25", end="2025-10-24")
lopay("es38_p31", "LO-INV-38131", "contacto@surfschoolmdq.com.ar", "monthly", "1499.00", "2025-09-25T12:40:00",
      "2025-09-25", "2025-10-24")
lopay("es38_p32", "LO-INV-38132", "contacto@surfschoolmdq.com.ar", "monthly", "1499.00", "2025-09-25T12:41:00",
      "2025-09-25", "2025-10-24")
case("es-l23-mar-del-plata-desconocer-pago", LOB, "decided", [M(
    "Escuela de Surf Playa Grande <contacto@surfschoolmdq.com.ar>", SUP, "COBRO DUPLICADO - ultimo aviso",
    d(2025, 9, 27, 12, 30, AR),
    "Hola. Ya les mandé un mensaje por el chat y nadie contesta. Me cobraron dos veces el mensual el jueves "
    "25 (LO-INV-38131 y LO-INV-38132). Si el lunes no veo la plata de vuelta, voy al banco a desconocer el "
    "pago y hago el contracargo de los dos, así de simple.\n\nMatías Ledesma\n")],
    [R("escalate")], rules=["C4"],
    spec="C4: chargeback threat ('hago el contracargo') escalates the case, though L4 would approve.")

cust("reservas@casonacolonial-cusco.pe", "Casona Colonial", "quarterly", start="2025-09-24", end="2025-12-23")
lopay("es38_p33", "LO-INV-38133", "reservas@casonacolonial-cusco.pe", "quarterly", "3999.00", "2025-09-24T17:20:00",
      "2025-09-24", "2025-12-23")
case("es-l24-cusco-abogado-monto-errado", LOB, "decided", [M(
    "Casona Colonial Reservas <reservas@casonacolonial-cusco.pe>", SUP, "Monto errado factura LO-INV-38133",
    d(2025, 9, 26, 14, 0, PE),
    "Buenas tardes,\n\nNos cobraron un monto incorrecto en la factura LO-INV-38133: el vendedor nos ofreció "
    "el trimestral con 30% de descuento y nos cobraron la tarifa completa. Ya consulté con nuestro abogado y "
    "me indica que corresponde la devolución de la diferencia. Espero su pronta respuesta.\n\n"
    "Gerardo Condori\nGerente - Casona Colonial, Cusco\n")],
    [R("escalate")], rules=["C4"],
    spec="C4: the mail mentions a lawyer consulted about the claim: escalate (L5 would escalate too).")

cust("gerencia.lacanasta@gmail.com", "Minimarket La Canasta", "monthly", start="2025-09-16", end="2025-10-15")
lopay("es38_p34", "LO-INV-38134", "gerencia.lacanasta@gmail.com", "monthly", "1499.00", "2025-09-16T15:00:00",
      "2025-09-16", "2025-10-15")
case("es-l25-cochabamba-baja-con-denuncia", LOB, "decided", [M(
    "Minimarket La Canasta <gerencia.lacanasta@gmail.com>", SUP, "Baja inmediata", d(2025, 9, 28, 19, 30, BO),
    "Buenas noches\n\nQuiero dar de baja mi plan mensual YA. Nadie me ha enseñado a usar el sistema como "
    "prometieron. Si me vuelven a cobrar el mes que viene, los voy a denunciar ante la Defensoría del "
    "Consumidor y lo voy a ver con un abogado.\n\nLic. Fernando Rojas\nMinimarket La Canasta - Sacaba\n")],
    [X("escalate")], rules=["C4"],
    spec="Section 8: C4 covers the whole case: the consumer-body and lawyer threat escalates the cancellation.")

cust("hola@cerveceriaribera.com.ar", "Cervecería Ribera", "monthly", start="2025-09-28", end="2025-10-27")
lopay("es38_p35", "LO-INV-38135", "hola@cerveceriaribera.com.ar", "monthly", "1499.00", "2025-09-28T18:00:00",
      "2025-09-28", "2025-10-27")
lopay("es38_p36", "LO-INV-38136", "hola@cerveceriaribera.com.ar", "monthly", "1499.00", "2025-09-28T18:00:40",
      "2025-09-28", "2025-10-27")
case("es-l26-santa-fe-descarta-contracargo", LOB, "decided", [M(
    "Cervecería Ribera <hola@cerveceriaribera.com.ar>", SUP, "Cobro repetido LO-INV-38136",
    d(2025, 9, 29, 10, 45, AR),
    "Buen día gente,\n\nAyer nos cobraron dos veces el plan mensual (LO-INV-38135 y LO-INV-38136). Tranqui, "
    "no voy a desconocer el pago con la tarjeta ni nada raro, prefiero arreglarlo directo con ustedes. "
    "Solo pido que nos devuelvan el cobro repetido, el 38136.\n\nSaludos desde la costanera santafesina,\n"
    "Lautaro Giménez\nCervecería Ribera\n")],
    [R("approve", "1499.00")],
    spec="Section 8: the chargeback is ruled out ('no voy a desconocer el pago'), no other threat: no C4; L4 "
         "approve the later charge 1499.00 (day 1).")

case("es-l27-paris-respuesta-automatica", LOB, "ignore", [M(
    "Panadería El Sur <panaderia.elsur.paris@gmail.com>", SUP,
    "Réponse automatique : Re: Résiliation - baja del plan mensual [LO-3880]", d(2025, 9, 30, 16, 0, FR),
    "Bonjour, nous sommes fermés jusqu'au 6 octobre. / Hola, estamos cerrados hasta el 6 de octubre. "
    "Para pedidos de empanadas escribir a pedidos@panaderiaelsur.example.\n",
    headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes",
             "_irt": "<lo-3880.reply@leadsoptima.com>"})],
    rules=["C7"], spec="C7: Auto-Submitted auto-replied: ignore.")

case("es-l28-guayaquil-rebote-mailer-daemon", LOB, "ignore", [M(
    "Mail Delivery System <MAILER-DAEMON@mx1.camaronesdelgolfo.ec>", SUP,
    "Mensaje no entregado: RE: URGENTE acceso plataforma [LO-3876]", d(2025, 9, 30, 8, 2, EC),
    "Este es el sistema de correo del servidor mx1.camaronesdelgolfo.ec.\n\nNo se pudo entregar su mensaje "
    "a uno o más destinatarios:\n\n  <xbajana@camaronesdelgolfo.ec>: 550 5.1.1 buzón inexistente\n")],
    rules=["C7"], spec="C7: MAILER-DAEMON sender (bounce): ignore.")

cust("nicolas@rutadelcafe.co", "Ruta del Café SAS", "monthly", start="2025-09-12", end="2025-10-11")
lopay("es38_p37", "LO-INV-38137", "nicolas@rutadelcafe.co", "monthly", "1499.00", "2025-09-12T14:00:00",
      "2025-09-12", "2025-10-11")
case("es-l29-medellin-pregunta-cambio-plan", LOB, "other", [M(
    "Nicolás Arango <nicolas@rutadelcafe.co>", SUP, "Pasar de mensual a anual?", d(2025, 9, 27, 11, 20, CO),
    "Hola parceros,\n\nNos está yendo bien con la plataforma y queremos pasarnos del plan mensual al anual. "
    "¿Eso lo hago yo desde Billing o ustedes lo cambian? ¿Me cobran la diferencia o arranca de cero?\n\n"
    "Gracias!\nNico\nRuta del Café - El Poblado\n")],
    spec="A question about changing plan, neither refund nor cancellation: other.")

cust("carlos.perlaza@gmail.com", "Carlos Perlaza", "monthly", start="2025-09-20", end="2025-10-19")
lopay("es38_p38", "LO-INV-38138", "carlos.perlaza@gmail.com", "monthly", "1499.00", "2025-09-20T12:00:00",
      "2025-09-20", "2025-10-19")
case("es-l30-cali-gracias-ya-llego", LOB, "other", [M(
    "Carlos Perlaza <carlos.perlaza@gmail.com>", SUP, "Re: Su reembolso fue procesado [LO-3650]",
    d(2025, 9, 29, 18, 30, CO),
    "Buenas tardes, solo para contarles que ya me llegó la devolución del cobro doble a la tarjeta. Mil "
    "gracias por la atención tan rápida, seguimos con ustedes.\n\nCarlos Perlaza\nCali\n",
    headers={"_irt": "<lo-3650.reply@leadsoptima.com>"})],
    spec="Thanks for a refund already received (a past event): no request: other.")

cust("contabilidad@agroveterinariaelsauce.com.ni", "Agroveterinaria El Sauce", "quarterly", start="2025-09-05",
     end="2025-12-04")
lopay("es38_p39", "LO-INV-38139", "contabilidad@agroveterinariaelsauce.com.ni", "quarterly", "3999.00",
      "2025-09-05T14:00:00", "2025-09-05", "2025-12-04")
case("es-l31-leon-no-quiero-reembolso-factura", LOB, "other", [M(
    "Contabilidad Agroveterinaria El Sauce <contabilidad@agroveterinariaelsauce.com.ni>", SUP,
    "Factura con RUC", d(2025, 9, 23, 10, 15, NI),
    "Buenos días,\n\nNo quiero reembolso ni cancelar nada, el servicio nos va bien. Lo único que necesito es "
    "que la factura LO-INV-38139 salga a nombre de la empresa con nuestro número RUC J0310000123456, porque "
    "así la oficina de impuestos no nos la acepta.\n\nAtentamente,\nLic. Scarleth Pérez\nContadora\n")],
    spec="Section 8 negation: 'No quiero reembolso ni cancelar nada'; the request is an invoice correction: other.")

case("es-l32-rosario-foodtruck-hipotetico", LOB, "other", [M(
    "El Chori de Oroño <elchoridecorono@gmail.com>", SUP, "consulta antes de contratar", d(2025, 9, 25, 16, 45, AR),
    "Buenas tardes! Tengo un food truck de choripanes en el Bulevar Oroño y estoy pensando en contratar el "
    "plan trimestral. Pregunta: si lo pago y a las dos semanas veo que no me sirve, ¿me devuelven la plata? "
    "¿o me conviene arrancar con el mensual?\n\nGracias, Pato\n")],
    spec="Section 8 hypothetical before buying: a policy question, no request: other.")

cust("cooperativa.lasgarzas@gmail.com", "Cooperativa Las Garzas", "monthly", start="2025-09-08", end="2025-10-07")
lopay("es38_p40", "LO-INV-38140", "cooperativa.lasgarzas@gmail.com", "monthly", "1499.00", "2025-09-08T14:00:00",
      "2025-09-08", "2025-10-07")
s = d(2025, 9, 28, 9, 30, AR)
assert day_n("2025-09-08T14:00:00", s) == 20
case("es-l33-santa-fe-cooperativa-cobro-tras-baja", LOB, "decided", [M(
    "Cooperativa Las Garzas <cooperativa.lasgarzas@gmail.com>", SUP, "Cobro despues de la baja", s,
    "Buenos días:\n\nSoy la secretaria de la Cooperativa Agrícola Las Garzas, de San Justo (Santa Fe). En "
    "la asamblea de agosto se resolvió dar de baja LeadsOptima y el tesorero lo hizo, pero igual nos "
    "cobraron el 8 de septiembre (LO-INV-38140). Nos cobraron después de haber cancelado. Solicitamos la "
    "devolución.\n\nSin otro particular, saludo a ustedes atte.\nNélida Bustos\nSecretaria\n")],
    [R("deny")],
    spec="L2 billing_error (charged after cancelling) but the charge 2025-09-08 is 20 days before the mail: L3 deny.")

cust("tramites@inmobiliariaquinta-quito.ec", "Inmobiliaria La Quinta", "monthly", start="2025-09-21", end="2025-10-20")
lopay("es38_p41", "LO-INV-38141", "tramites@inmobiliariaquinta-quito.ec", "monthly", "1499.00", "2025-09-21T16:00:00",
      "2025-09-21", "2025-10-20")
s = d(2025, 9, 26, 15, 10, EC)
assert day_n("2025-09-21T16:00:00", s) == 6
case("es-l34-quito-inmobiliaria-html-no-carga", LOB, "decided", [M(
    "Trámites Inmobiliaria La Quinta <tramites@inmobiliariaquinta-quito.ec>", SUP, "Plataforma no carga", s,
    "<html><body><div style=\"font-family:Calibri\"><p>Buenas tardes,</p><p>Desde el <b>martes</b> la "
    "plataforma no carga: se queda la rueda girando y luego sale <i>pantalla en blanco</i>. Probamos desde "
    "tres computadores de la oficina. Pedimos la devolución del pago del plan mensual si no se puede "
    "resolver.</p><p>Atentamente,<br>Gabriela Salazar<br>Asistente de trámites</p></div></body></html>",
    html=True)],
    [R("escalate")],
    spec="HTML-only: L2 access_failure ('la plataforma no carga') inside L3 (2025-09-27 01:40 IST, day 6): L6 escalate; one payment.")

cust("info@tallerdeceramica-escazu.cr", "Taller de Cerámica Escazú", "monthly", start="2025-09-28", end="2025-10-27")
lopay("es38_p42", "LO-INV-38142", "info@tallerdeceramica-escazu.cr", "monthly", "1499.00", "2025-09-28T13:00:00",
      "2025-09-28", "2025-10-27")
case("es-l35-escazu-cobro-tras-cancelar", LOB, "decided", [M(
    "Taller de Cerámica Escazú <info@tallerdeceramica-escazu.cr>", SUP, "Me cobraron despues de cancelar!",
    d(2025, 9, 29, 12, 15, CR),
    "Hola, buenas.\n\nYo cancelé el plan desde Billing > Cancel Plan el 20 de setiembre, tengo la captura, y "
    "aun así me cobraron el mensual el domingo 28 (LO-INV-38142). Es un cobro que no debió hacerse. Por "
    "favor devuélvanmelo.\n\nSaludos,\nMónica Araya\n")],
    [R("escalate")],
    spec="L2 billing_error (charged after cancelling) inside L3 (day 1): L5 escalate.")

cust("ventas@chocolatesmisti.pe", "Chocolates Misti", "monthly", start="2025-09-24", end="2025-10-23")
lopay("es38_p43", "LO-INV-38143", "ventas@chocolatesmisti.pe", "monthly", "1499.00", "2025-09-24T14:00:00",
      "2025-09-24", "2025-10-23")
lopay("es38_p44", "LO-INV-38144", "ventas@chocolatesmisti.pe", "monthly", "1499.00", "2025-09-24T14:01:00",
      "2025-09-24", "2025-10-23", status="refunded")
case("es-l36-arequipa-cobro-ya-devuelto", LOB, "decided", [M(
    "Chocolates Misti <ventas@chocolatesmisti.pe>", SUP, "Doble cobro LO-INV-38144", d(2025, 9, 27, 9, 40, PE),
    "Buenos días,\n\nEl miércoles 24 nos cobraron dos veces el mensual (LO-INV-38143 y LO-INV-38144). "
    "Solicitamos la devolución del segundo cobro, LO-INV-38144, que está duplicado.\n\nSaludos cordiales,\n"
    "Milagros Zegarra\nChocolates Misti - Arequipa\n")],
    [R("escalate")],
    spec="Section 8: LO-INV-38144 has status refunded (not paid): no pair of paid charges and a refund of a "
         "non-paid payment: escalate.")

cust("libros@lacasadeltigre.com.ar", "Librería La Casa del Tigre", "monthly", start="2025-09-15", end="2025-10-14")
lopay("es38_p45", "LO-INV-38145", "libros@lacasadeltigre.com.ar", "monthly", "1499.00", "2025-09-15T15:00:00",
      "2025-09-15", "2025-10-14")
case("es-l37-mar-del-plata-libreria-online-larga", LOB, "decided", [M(
    "La Casa del Tigre libros <libros@lacasadeltigre.com.ar>", SUP, "varias cosas", d(2025, 9, 30, 17, 30, AR),
    "Hola, qué tal. Les escribo un poco largo, perdón.\n\nTenemos una librería online de usados acá en Mar "
    "del Plata, vendemos sobre todo a turistas en verano y en invierno esto es un desierto. Estuvimos "
    "probando LeadsOptima desde julio para conseguir colegios y bibliotecas como clientes y la verdad que "
    "algo sirvió, conseguimos dos escuelas de Batán.\n\nPero bueno, la temporada baja nos está matando, así "
    "que les pido que cancelen el plan mensual; cuando arranque el verano capaz volvemos.\n\nDe paso, "
    "¿los contactos que bajamos en Excel nos quedan o se borran? Y otra: ¿tienen descuento para "
    "cooperativas de libreros? Les pregunto por un amigo de Necochea.\n\nGracias por todo,\n"
    "Beto y Carla\nLa Casa del Tigre - libros usados\n")],
    [X("cancel", "2025-10-14")],
    spec="A long mail with the cancellation in the middle and side questions: L8 cancel until "
         "current_period_end 2025-10-14.")

cust("jorge.lema@uebersetzung-mitte.example", "Jorge Lema", "annual", start="2025-09-29", end="2026-09-28")
lopay("es38_p46", "LO-INV-38146", "jorge.lema@uebersetzung-mitte.example", "annual", "11988.00", "2025-09-29T12:00:00",
      "2025-09-29", "2026-09-28")
lopay("es38_p47", "LO-INV-38147", "jorge.lema@uebersetzung-mitte.example", "annual", "11988.00", "2025-09-29T12:01:30",
      "2025-09-29", "2026-09-28")
case("es-l38-berlin-mezcla-aleman-doble", LOB, "decided", [M(
    "Jorge Lema <jorge.lema@uebersetzung-mitte.example>", SUP, "Doppelte Abbuchung / cobro doble",
    d(2025, 9, 30, 9, 0, DE),
    "Guten Morgen, buenos días,\n\nich schreibe auf Spanisch, es más fácil para mí: ayer lunes 29 me "
    "cobraron dos veces el plan anual, LO-INV-38146 y LO-INV-38147, mismo importe, mismo periodo. Pido la "
    "devolución del segundo cargo, el LO-INV-38147.\n\nViele Grüße\nJorge Lema\nÜbersetzungsbüro Mitte, Berlin\n")],
    [R("approve", "11988.00")],
    spec="L4: two paid annual charges 2025-09-29 same period; mail 2025-09-30 12:30 IST (day 1); refund 11988.00.")

cust("direccion@institutolitoral.edu.ar", "Instituto de Idiomas del Litoral", "monthly", start="2025-09-21",
     end="2025-10-20")
lopay("es38_p48", "LO-INV-38148", "direccion@institutolitoral.edu.ar", "monthly", "1499.00", "2025-09-21T15:00:00",
      "2025-09-21", "2025-10-20")
case("es-l39-rosario-hilo-responde-desde-registrado", LOB, "decided", [
    M("Secretaría Idiomas <secretaria.idiomasrosario@gmail.com>", SUP, "Baja del plan", d(2025, 9, 26, 10, 0, AR),
      "Buen día, desde el instituto de idiomas queremos dar de baja el plan mensual de LeadsOptima. Ya "
      "llenamos los cursos del cuatrimestre.\n\nSecretaría\n"),
    M("Dirección Instituto del Litoral <direccion@institutolitoral.edu.ar>", SUP, "Re: Baja del plan [LO-3890]",
      d(2025, 9, 27, 11, 0, AR),
      "Buen día, les escribo desde el correo con el que está registrada la cuenta, como pidieron. Confirmo "
      "que queremos dar de baja el plan mensual: ya llenamos los cursos del cuatrimestre.\n\n"
      "Prof. Mirta Gallardo\nDirectora - Instituto de Idiomas del Litoral\n\n"
      "El vie, 26 sept 2025 a las 14:02, LeadsOptima Support escribió:\n"
      "> Por seguridad, escríbanos desde el correo registrado de la cuenta. [LO-3890]\n",
      headers={"_irt": "<lo-3890.reply@leadsoptima.com>"})],
    [X("cancel", "2025-10-20")],
    spec="docs/policy.md (fix45w): the first mail came from an unknown address naming none (C2 asked); the answer "
         "in the thread comes from the registered email: decided for it, no C2: L8 cancel until 2025-10-20.")

cust("joel.bautista.cebu@gmail.com", "Joel Bautista", "quarterly", start="2025-09-20", end="2025-12-19")
lopay("es38_p49", "LO-INV-38149", "joel.bautista.cebu@gmail.com", "quarterly", "3999.00", "2025-09-20T20:00:00",
      "2025-09-20", "2025-12-19")
lopay("es38_p50", "LO-INV-38150", "joel.bautista.cebu@gmail.com", "quarterly", "3999.00", "2025-09-20T20:01:00",
      "2025-09-20", "2025-12-19")
s = d(2025, 9, 28, 1, 0, PH)
assert local_date("2025-09-20T20:01:00", PH) == date(2025, 9, 20) and (s.date() - date(2025, 9, 20)).days == 8
assert day_n("2025-09-20T20:01:00", s) == 7
case("es-l40-cebu-dia-8-local-dia-7-india", LOB, "decided", [M(
    "Joel Bautista <joel.bautista.cebu@gmail.com>", SUP, "doble cobro trimestral po", s,
    "Hello po, perdón por la hora, no puedo dormir pensando en esto.\n\nEl sábado 20 en la noche me cobraron "
    "dos veces el plan trimestral: LO-INV-38149 y LO-INV-38150. Ya pasaron 8 días, sé que la política dice "
    "7, pero igual pido que me devuelvan el cobro repetido LO-INV-38150. Es para mi negocio de tours en "
    "Cebu.\n\nSalamat po,\nJoel\n")],
    [R("approve", "3999.00")],
    spec="L3 counts in the brand's zone: charge 2025-09-20 20:01 IST (22:31 in Cebu); mail 2025-09-28 01:00 +08:00 "
         "= 2025-09-27 22:30 IST, day 7, inside (though day 8 in Cebu): L4 approve 3999.00.")

# ---------------------------------------------------------------------------------------------
# Optima WebDesign
# ---------------------------------------------------------------------------------------------

proj("Web Estudio Bertolini Arquitectura", "estudio@bertoliniarq.com.ar")
owpay("es38_o01", "OWD-2025-3801", "Web Estudio Bertolini Arquitectura", "deposit", "25000.00", "2025-09-26T14:00:00")
s = d(2025, 9, 27, 16, 0, AR)
assert 0 < hours("2025-09-26T14:00:00", s) < 72
case("es-o01-rosario-arquitecta-sena", OWB, "decided", [M(
    "Estudio Bertolini <estudio@bertoliniarq.com.ar>", OWDTO,
    "Refund Request — Web Estudio Bertolini Arquitectura / OWD-2025-3801", s,
    "Buenas tardes,\n\nAyer les transferimos la seña del proyecto Web Estudio Bertolini Arquitectura "
    "(factura OWD-2025-3801). Hoy nos enteramos de que ganamos el concurso de la Bienal de Diseño del "
    "Litoral y el premio incluye una web hecha por los organizadores, así que ya no la necesitamos. Les pedimos la devolución de la "
    "seña; entiendo que todavía no arrancaron.\n\nSaludos,\nArq. Florencia Bertolini\nRosario\n")],
    [R("approve", "25000.00")],
    spec="O2: deposit paid 2025-09-26 14:00 IST, mail 2025-09-28 00:30 IST (34.5 h), no work started: "
         "approve 25000.00 before tax (C6).")

proj("Tienda Online Alfajores Mardel", "alfajores.mardel@gmail.com")
owpay("es38_o02", "OWD-2025-3802", "Tienda Online Alfajores Mardel", "deposit", "18000.00", "2025-09-22T18:30:00")
s = d(2025, 9, 25, 10, 0, AR)
assert hours("2025-09-22T18:30:00", s) == 72
case("es-o02-mar-del-plata-72-horas-justas", OWB, "decided", [M(
    "Alfajores Mardel <alfajores.mardel@gmail.com>", OWDTO, "Devolución anticipo OWD-2025-3802", s,
    "Buen día,\n\nEl lunes pagamos el anticipo de la Tienda Online Alfajores Mardel (OWD-2025-3802). "
    "Lo charlamos con mi socio y vamos a seguir vendiendo por Instagram nomás, no nos da el presupuesto "
    "para el resto. ¿Nos devuelven el anticipo? Estamos en término, creo.\n\nGracias,\nRocío\n")],
    [R("deny")],
    spec="Section 8: the mail (2025-09-25 10:00 -03:00 = 18:30 IST) is exactly 72 hours after the deposit: "
         "not 'before 72 hours': O2 deny.")

proj("App Reservas Coworking Laureles", "founders@coworklaureles.co", "2025-09-28T10:00:00")
owpay("es38_o03", "OWD-2025-3803", "App Reservas Coworking Laureles", "deposit", "60000.00", "2025-09-27T19:00:00")
s = d(2025, 9, 29, 8, 0, CO)
assert hours("2025-09-27T19:00:00", s) == 47.5
case("es-o03-medellin-trabajo-empezado", OWB, "decided", [M(
    "Founders Cowork Laureles <founders@coworklaureles.co>", OWDTO, "Reembolso anticipo App Reservas",
    s,
    "Buenos días equipo Optima,\n\nPagamos el anticipo del proyecto App Reservas Coworking Laureles el "
    "sábado (OWD-2025-3803). Nuestro inversionista ángel se retiró el fin de semana y tenemos que frenar "
    "todo. Pedimos el reembolso del anticipo, estamos dentro de las 72 horas.\n\nSaludos,\nSantiago Mejía\n"
    "Co-founder\n")],
    [R("deny")],
    spec="O2: mail 2025-09-29 18:30 IST is 47.5 h after payment but work started 2025-09-28 10:00: "
         "'whichever occurs first': deny.")

proj("Estrategia Digital Fisio Curridabat", "citas@fisiocurridabat.cr")
owpay("es38_o04", "OWD-2025-3804", "Estrategia Digital Fisio Curridabat", "discovery", "15000.00",
      "2025-09-20T15:00:00")
case("es-o04-san-jose-fisio-discovery", OWB, "decided", [M(
    "Fisio Curridabat <citas@fisiocurridabat.cr>", OWDTO, "Reembolso sesión de estrategia OWD-2025-3804",
    d(2025, 9, 25, 9, 30, CR),
    "Buenos días,\n\nPagamos la sesión de estrategia (Estrategia Digital Fisio Curridabat, OWD-2025-3804) "
    "pero todavía no la hemos agendado. La clínica se va a fusionar con otra de Tres Ríos que ya tiene "
    "agencia, entonces ya no la vamos a necesitar. Solicito el reembolso.\n\nDr. Álvaro Chacón\n"
    "Fisioterapeuta\n")],
    [R("approve", "15000.00")],
    spec="O1: discovery, work_started_at empty (no session held): full refund 15000.00.")

proj("Branding Instituto de Idiomas Tunari", "direccion@idiomastunari.edu.bo", "2025-09-18T19:30:00")
owpay("es38_o05", "OWD-2025-3805", "Branding Instituto de Idiomas Tunari", "discovery", "12000.00",
      "2025-09-16T15:00:00")
case("es-o05-cochabamba-escuela-idiomas-discovery", OWB, "decided", [M(
    "Instituto Tunari <direccion@idiomastunari.edu.bo>", OWDTO, "Devolución pago taller de descubrimiento",
    d(2025, 9, 24, 10, 0, BO),
    "Buenos días,\n\nSoy la directora del Instituto de Idiomas Tunari. El jueves 18 tuvimos la primera "
    "sesión del taller de descubrimiento del proyecto Branding Instituto de Idiomas Tunari, pero no nos "
    "convenció el enfoque. Solicito la devolución de lo pagado (OWD-2025-3805).\n\nAtte.\nLic. Carmen Vargas\n")],
    [R("deny")],
    spec="O1: the discovery session started 2025-09-18, before the request: deny.")

proj("Portal B2B Exportadora Bananera Costa", "it@bananeracosta.ec", "2025-08-01T10:00:00")
owpay("es38_o06", "OWD-2025-3806", "Portal B2B Exportadora Bananera Costa", "milestone", "40000.00",
      "2025-09-15T14:00:00", milestone_status="not_started")
case("es-o06-guayaquil-hito-no-iniciado", OWB, "decided", [M(
    "IT Bananera Costa <it@bananeracosta.ec>", OWDTO, "Refund Request — Portal B2B / OWD-2025-3806",
    d(2025, 9, 26, 11, 0, EC),
    "Estimados,\n\nDel proyecto Portal B2B Exportadora Bananera Costa pagamos el hito 3 (integración con "
    "navieras), factura OWD-2025-3806, por $40.000... perdón, INR 40,000.00. La gerencia decidió que esa "
    "integración la haremos con el proveedor de la naviera, así que ese hito sobra. Sabemos que no han "
    "empezado. Solicitamos su reembolso.\n\nSaludos,\nIng. Ronny Chóez\nJefe de TI\n")],
    [R("approve", "40000.00")],
    spec="O3: milestone not_started: refund its amount 40000.00 before tax.")

proj("Sistema de Turnos Agencia Distrital Quitumbe", "proyectos@adquitumbe.gob.ec", "2025-07-01T10:00:00")
owpay("es38_o07", "OWD-2025-3807", "Sistema de Turnos Agencia Distrital Quitumbe", "milestone", "55000.00",
      "2025-09-10T14:00:00", milestone_status="in_progress")
case("es-o07-quito-hito-en-curso", OWB, "decided", [M(
    "Dirección de Proyectos <proyectos@adquitumbe.gob.ec>", OWDTO,
    "Solicitud de reembolso - Sistema de Turnos Agencia Distrital Quitumbe", d(2025, 9, 25, 15, 0, EC),
    "De mi consideración:\n\nPor recorte presupuestario dispuesto por la máxima autoridad, la institución "
    "suspende el segundo hito del proyecto Sistema de Turnos Agencia Distrital Quitumbe (factura OWD-2025-3807). "
    "Tenemos conocimiento de que el equipo avanzó parte de los formularios. Se solicita el reembolso de la "
    "parte no ejecutada.\n\nAtentamente,\nMgs. Diana Cevallos\nDirectora de Proyectos\n")],
    [R("escalate")],
    spec="O3: milestone in_progress: escalate (a person values the work not started), no amount.")

proj("Refonte Site Galería Latina París", "galeria.latina.paris@gmail.com", "2025-06-01T10:00:00")
owpay("es38_o08", "OWD-2025-3808", "Refonte Site Galería Latina París", "milestone", "30000.00",
      "2025-08-20T14:00:00", milestone_status="approved")
case("es-o08-paris-galeria-hito-aprobado", OWB, "decided", [M(
    "Galería Latina <galeria.latina.paris@gmail.com>", OWDTO, "Remboursement / reembolso OWD-2025-3808",
    d(2025, 9, 23, 18, 0, FR),
    "Buenas tardes,\n\nAprobamos en agosto las maquetas del proyecto Refonte Site Galería Latina París "
    "(OWD-2025-3808), pero ahora el nuevo curador dice que no reflejan la galería. Quisiéramos el reembolso "
    "de ese hito.\n\nBien cordialement,\nAmparo Lescano\n")],
    [R("deny")],
    spec="O3/O6: the milestone is approved: deny (non-refundable items).")

proj("Hosting Hotel Mirador del Misti", "sistemas@hotelmiradormisti.pe")
owpay("es38_o09", "OWD-2025-3809", "Hosting Hotel Mirador del Misti", "hosting_annual", "21600.00",
      "2025-09-19T14:00:00", setup_fee="1800.00", service_start="2025-09-19")
AMT = o5("21600.00", "1800.00")
assert AMT == "18150.00"
s = d(2025, 9, 28, 10, 0, PE)
assert day_n("2025-09-19T14:00:00", s) == 9
case("es-o09-arequipa-hosting-prorrateo", OWB, "decided", [M(
    "Sistemas Hotel Mirador <sistemas@hotelmiradormisti.pe>", OWDTO,
    "Cancelación y reembolso hosting anual OWD-2025-3809", s,
    "Buenos días,\n\nContratamos el 19 de setiembre el hosting anual (Hosting Hotel Mirador del Misti, "
    "OWD-2025-3809). La cadena que nos compró tiene sus servidores propios y nos obliga a migrar. Solicitamos "
    "cancelar el plan y el reembolso proporcional, estamos dentro de los 14 días.\n\nAtentamente,\n"
    "Ing. Hugo Llerena\nSistemas\n")],
    [R("approve", AMT)], extra_ok=True,
    spec="O5: day 9 of 14; 21600 - 1800 - (19800/12 = 1650) x 1 = 18150.00; the cancellation asked with it "
         "may be decided too (extra_ok).")

proj("Hosting Agroferretería El Guanacaste", "admin@agroelguanacaste.com.ni")
owpay("es38_o10", "OWD-2025-3810", "Hosting Agroferretería El Guanacaste", "hosting_annual", "14400.00",
      "2025-09-08T14:00:00", setup_fee="2400.00", service_start="2025-09-08")
s = d(2025, 9, 24, 8, 0, NI)
assert day_n("2025-09-08T14:00:00", s) == 16
case("es-o10-leon-hosting-tarde", OWB, "decided", [M(
    "Agroferretería El Guanacaste <admin@agroelguanacaste.com.ni>", OWDTO, "reembolso del hosting",
    s,
    "Buenos días, el hosting anual del proyecto Hosting Agroferretería El Guanacaste (factura OWD-2025-3810) "
    "no lo vamos a usar porque mi sobrino nos hizo la página gratis. Les pido el reembolso de lo que se "
    "pueda.\n\nAtte. Maritza Jarquín\n")],
    [R("deny")],
    spec="O5: service_start 2025-09-08, mail 2025-09-24 19:30 IST = day 16 > 14: deny.")

proj("Mantenimiento Web Colectivo Tango Kreuzberg", "info@tangokreuzberg.example")
owpay("es38_o11", "OWD-2025-3811", "Mantenimiento Web Colectivo Tango Kreuzberg", "maintenance_annual",
      "13999.00", "2025-09-24T14:00:00", setup_fee="1500.00", service_start="2025-09-24")
AMT = o5("13999.00", "1500.00")
assert AMT == "11457.42"
case("es-o11-berlin-mantenimiento-redondeo", OWB, "decided", [M(
    "Colectivo Tango Kreuzberg <info@tangokreuzberg.example>", OWDTO,
    "Reembolso mantenimiento anual - OWD-2025-3811", d(2025, 9, 29, 19, 0, DE),
    "Hola,\n\nsomos un colectivo de tango argentino en Berlín. Contratamos el mantenimiento anual de la web "
    "(Mantenimiento Web Colectivo Tango Kreuzberg, OWD-2025-3811) hace cinco días, pero el Verein votó "
    "ayer que lo haga un socio voluntario. Pedimos el reembolso prorrateado y la baja del servicio.\n\n"
    "Un abrazo milonguero,\nPablo Iturralde (Kassenwart)\n")],
    [R("approve", AMT)], extra_ok=True,
    spec="O5: day 5; 13999 - 1500 - 12499/12 (1041.5833...) = 11457.41666... rounded once = 11457.42.")

proj("Web Inmobiliaria Costanera", "ventas@inmocostanera.com.ar", "2025-08-01T10:00:00")
owpay("es38_o12", "OWD-2025-3812", "Web Inmobiliaria Costanera", "third_party", "2200.00", "2025-09-25T14:00:00")
case("es-o12-santa-fe-dominio", OWB, "decided", [M(
    "Inmobiliaria Costanera <ventas@inmocostanera.com.ar>", OWDTO, "Devolución del dominio OWD-2025-3812",
    d(2025, 9, 26, 12, 0, AR),
    "Buenas, nos cobraron la renovación del dominio .com.ar de la Web Inmobiliaria Costanera "
    "(OWD-2025-3812). Nosotros lo íbamos a renovar directamente en el registro de dominios, así que no lo queríamos "
    "por ustedes. Pedimos que nos devuelvan ese cobro.\n\nMariano Cuello\n")],
    [R("deny")],
    spec="O6: third_party (domain renewal): never refundable: deny.")

proj("Web Food Truck La Tortuga Feliz", "latortugafeliz.mdq@gmail.com", "2025-09-10T10:00:00")
owpay("es38_o13", "OWD-2025-3813", "Web Food Truck La Tortuga Feliz", "rush", "5000.00", "2025-09-24T14:00:00")
case("es-o13-mar-del-plata-foodtruck-urgencia", OWB, "decided", [M(
    "La Tortuga Feliz <latortugafeliz.mdq@gmail.com>", OWDTO, "Cargo por urgencia", d(2025, 9, 27, 14, 0, AR),
    "Hola chicos! Pagamos el recargo por urgencia (OWD-2025-3813) de la Web Food Truck La Tortuga Feliz "
    "para tenerla antes del finde largo de octubre, pero al final los organizadores suspendieron el evento "
    "de la costa. "
    "¿Nos devuelven el recargo?\n\nBesos, Agus\n")],
    [R("deny")],
    spec="O6: rush fee: non-refundable: deny.")

proj("Growth Marketing Fintech PagoYa", "finanzas@pagoya.co", "2025-03-01T10:00:00")
owpay("es38_o14", "OWD-2025-3814", "Growth Marketing Fintech PagoYa", "retainer", "35000.00",
      "2025-09-20T12:00:00", period_start="2025-09-20", period_end="2025-10-19",
      next_billing_at="2025-10-20T12:00:00")
s = d(2025, 9, 29, 10, 0, CO)
assert ist(s).date() <= date(2025, 10, 20) - timedelta(days=7)
case("es-o14-medellin-retainer-con-aviso", OWB, "decided", [M(
    "Finanzas PagoYa <finanzas@pagoya.co>", OWDTO, "Cancelación retainer Growth Marketing - OWD-2025-3814", s,
    "Buenos días,\n\nLes informamos que cancelamos el retainer mensual Growth Marketing Fintech PagoYa "
    "(última factura OWD-2025-3814). El motivo: contratamos una Head of Growth in-house y el equipo "
    "interno asume las campañas. Por favor no renovar el 20 de octubre.\n\nSaludos,\nLaura Henao\n"
    "Gerente Financiera\n")],
    [X("cancel", "2025-10-19")],
    spec="O4/O8: next_billing_at 2025-10-20, cutoff 2025-10-13; request 2025-09-29 20:30 IST: enough notice: "
         "cancel effective 2025-10-19.")

proj("Redes Sociales Restaurante Pacífico Cali", "pacifico.cali@gmail.com", "2025-05-01T10:00:00")
owpay("es38_o15", "OWD-2025-3815", "Redes Sociales Restaurante Pacífico Cali", "retainer", "9000.00",
      "2025-09-04T14:00:00", period_start="2025-09-04", period_end="2025-10-03",
      next_billing_at="2025-10-04T14:00:00")
s = d(2025, 9, 30, 12, 0, CO)
assert ist(s).date() > date(2025, 10, 4) - timedelta(days=7)
case("es-o15-cali-retainer-sin-aviso", OWB, "decided", [M(
    "Restaurante Pacífico <pacifico.cali@gmail.com>", OWDTO, "cancelar manejo de redes", s,
    "Buenas tardes,\n\nNecesitamos cancelar el servicio de Redes Sociales Restaurante Pacífico Cali (factura "
    "OWD-2025-3815). Vamos a cerrar el local de Granada por remodelación tres meses y no tiene sentido "
    "pagar publicaciones.\n\nGracias,\nDoña Yolanda Riascos\n")],
    [X("cancel", "2025-11-03")],
    spec="O4: next_billing_at 2025-10-04, cutoff 2025-09-27; request 2025-09-30 22:30 IST: short notice, the "
         "next cycle (2025-10-04 to 2025-11-03) is billed: effective 2025-11-03.")

proj("Kampanie Biuro Podróży Sol y Mar", "biuro@solymar-travel.pl", "2025-01-10T10:00:00")
owpay("es38_o16a", "OWD-2025-3816", "Kampanie Biuro Podróży Sol y Mar", "retainer", "12000.00",
      "2025-09-22T14:00:00", period_start="2025-09-22", period_end="2025-10-21",
      next_billing_at="2025-11-22T14:00:00")
owpay("es38_o16b", "OWD-2025-3817", "Kampanie Biuro Podróży Sol y Mar", "retainer", "12000.00",
      "2025-09-22T14:05:00", period_start="2025-10-22", period_end="2025-11-21",
      next_billing_at="2025-11-22T14:00:00")
case("es-o16-varsovia-retainer-pagado-adelantado", OWB, "decided", [M(
    "Biuro Sol y Mar <biuro@solymar-travel.pl>", OWDTO, "Cancelar servicio campañas", d(2025, 9, 26, 10, 0, PL),
    "Buenos días,\n\nnosotros agencia de viajes en Cracovia, vendemos viajes a España y Canarias. En "
    "septiembre pagamos dos meses de Kampanie Biuro Podróży Sol y Mar juntos, facturas OWD-2025-3816 y "
    "OWD-2025-3817. Ahora nuestro socio español termina cooperación y nosotros cerramos ventas a España. "
    "Queremos cancelar servicio.\n\nZ poważaniem,\nAgnieszka Wróbel\n")],
    [X("escalate")],
    spec="Section 8: the next cycle (2025-10-22 to 11-21) is already paid and notice is >= 7 days: escalate.")

proj("Web Agencia Tours Valle Sagrado", "operaciones@toursvallesagrado.pe", "2025-09-01T10:00:00")
owpay("es38_o17", "OWD-2025-3818", "Web Agencia Tours Valle Sagrado", "milestone", "28000.00",
      "2025-09-20T14:00:00", milestone_status="not_started")
case("es-o17-cusco-hotmail-personal", OWB, "need_info", [M(
    "Edwin Mamani <edwin_mamani82@hotmail.com>", OWDTO, "reembolso hito web tours",
    d(2025, 9, 24, 21, 0, PE),
    "Buenas noches, soy el gerente de Tours Valle Sagrado. Les escribo de mi correo personal porque el de "
    "operaciones lo tiene la secretaria. Queremos el reembolso del hito OWD-2025-3818 de la Web Agencia "
    "Tours Valle Sagrado, porque vamos a vender solo por agencias mayoristas.\n\nEdwin Mamani\n")],
    rules=["C2"],
    spec="C2: the contract email is operaciones@toursvallesagrado.pe; the mail comes from a personal hotmail: "
         "need_info, ask to write from the contract email, nothing about the project.")

proj("Tienda Online Café de Altura Tarrazú", "gerencia@cafetarrazu.cr", "2025-09-01T10:00:00")
owpay("es38_o18", "OWD-2025-3819", "Tienda Online Café de Altura Tarrazú", "retainer", "8000.00",
      "2025-09-15T14:00:00", period_start="2025-09-15", period_end="2025-10-14",
      next_billing_at="2025-10-15T14:00:00")
case("es-o18-san-jose-thunderbird-reenviado", OWB, "need_info", [M(
    "Laura Jiménez <asistente.cafetarrazu@gmail.com>", OWDTO, "Fwd: Cancelar soporte mensual",
    d(2025, 9, 26, 8, 30, CR),
    "Buenos días, les reenvío lo que me pidió don Mauricio.\n\nLaura\n\n"
    "-------- Mensaje reenviado --------\n"
    "Asunto: \tCancelar soporte mensual\n"
    "Fecha: \tThu, 25 Sep 2025 17:40:12 -0600\n"
    "De: \tMauricio Ureña <gerencia@cafetarrazu.cr>\n"
    "Para: \tLaura Jiménez <asistente.cafetarrazu@gmail.com>\n\n"
    "Laura, por favor escríbale a Optima para cancelar el soporte mensual de la Tienda Online Café de Altura "
    "Tarrazú (factura OWD-2025-3819): la cosecha fue mala y hay que recortar gastos. El contrato está a "
    "nombre de gerencia@cafetarrazu.cr.\n\nMauricio\n")],
    rules=["C2"],
    spec="Section 8 forward (Thunderbird 'Mensaje reenviado') carrying the contract email gerencia@; sender is "
         "another address: C2 need_info.")

proj("Mantenimiento Web Imprenta Fisherton", "imprenta.fisherton@gmail.com", "2025-02-01T10:00:00")
owpay("es38_o19", "OWD-2025-3820", "Mantenimiento Web Imprenta Fisherton", "retainer", "6000.00",
      "2025-09-18T14:00:00", period_start="2025-09-18", period_end="2025-10-17",
      next_billing_at="2025-10-18T14:00:00")
case("es-o19-rosario-baja-sin-motivo", OWB, "need_info", [M(
    "Imprenta Fisherton <imprenta.fisherton@gmail.com>", OWDTO, "Baja mantenimiento", d(2025, 9, 25, 9, 0, AR),
    "Buen día,\n\nPor la presente solicito la baja del servicio Mantenimiento Web Imprenta Fisherton, "
    "factura OWD-2025-3820.\n\nQuedo atento a la confirmación.\nSaludos cordiales,\n\nRaúl Benedetti\n"
    "Imprenta Fisherton - Rosario\n")],
    missing=["reason"],
    spec="C3/section 8: Optima needs a reason for cancellations too; none given: need_info reason.")

proj("Catálogo Web Exportadora de Cacao Fino", "comex@cacaofino.ec")
owpay("es38_o20a", "OWD-2025-3821", "Catálogo Web Exportadora de Cacao Fino", "deposit", "20000.00",
      "2025-09-27T14:00:00")
owpay("es38_o20b", "OWD-2025-3822", "Catálogo Web Exportadora de Cacao Fino", "setup", "3000.00",
      "2025-09-27T14:05:00")
case("es-o20-guayaquil-sin-factura", OWB, "need_info", [M(
    "Comercio Exterior Cacao Fino <comex@cacaofino.ec>", OWDTO, "Devolución pago catálogo web",
    d(2025, 9, 28, 10, 0, EC),
    "Buenos días,\n\nAyer pagamos para el proyecto Catálogo Web Exportadora de Cacao Fino. El comprador "
    "suizo canceló el contrato de exportación y sin él no tiene sentido el catálogo en alemán. Solicitamos "
    "la devolución del pago.\n\nSaludos,\nKaren Villao\nComercio Exterior\n")],
    missing=["invoice_number"],
    spec="C3: the project has two payments the same day (deposit and setup); which one is not said: "
         "need_info invoice_number.")

proj("Web Tindahan ni Aling Rosa", "alingrosa.store@gmail.com")
owpay("es38_o21", "OWD-2025-3823", "Web Tindahan ni Aling Rosa", "deposit", "16000.00", "2025-09-26T12:00:00")
s = d(2025, 9, 27, 9, 0, PH)
assert hours("2025-09-26T12:00:00", s) < 72
case("es-o21-manila-hilo-motivo", OWB, "decided", [
    M("Rosa Villanueva <alingrosa.store@gmail.com>", OWDTO, "Refund po deposito Web Tindahan ni Aling Rosa",
      s,
      "Magandang umaga po. Buenos días. Pido devolución de deposito de Web Tindahan ni Aling Rosa, factura "
      "OWD-2025-3823. Salamat po.\nRosa\n"),
    M("Rosa Villanueva <alingrosa.store@gmail.com>", OWDTO,
      "Re: Refund po deposito Web Tindahan ni Aling Rosa [OWD-3870]", d(2025, 9, 30, 20, 0, PH),
      "Magandang gabi po. El motivo: mi tienda en Marikina se inundó con el bagyo y tengo que usar el dinero "
      "para reparar. Pasensya na po.\nRosa\n\n> Indíquenos el motivo de su solicitud. [OWD-3870]\n",
      headers={"_irt": "<owd-3870.reply@optimawebdesign.com>"})],
    [R("approve", "16000.00")],
    spec="C3 thread: request time = first mail 2025-09-27 06:30 IST (18.5 h after the deposit, no work); the "
         "answer gives the reason after 72 h: O2 approve 16000.00.")

proj("Tienda Online Textiles Cancha", "ventas@textilescancha.bo")
owpay("es38_o22", "OWD-2025-3824", "Tienda Online Textiles Cancha", "deposit", "22000.00", "2025-09-27T15:00:00")
case("es-o22-cochabamba-amenaza-abogado", OWB, "decided", [M(
    "Textiles Cancha <ventas@textilescancha.bo>", OWDTO, "Devolución anticipo OWD-2025-3824",
    d(2025, 9, 28, 11, 0, BO),
    "Señores Optima:\n\nAyer pagamos el anticipo de la Tienda Online Textiles Cancha (OWD-2025-3824) y hoy "
    "nuestro proveedor de telas en La Paz nos dejó sin stock. Queremos la devolución. Les aviso que si no "
    "responden en 48 horas, mi abogado les va a mandar una carta notarial.\n\nIng. Wilfredo Choque\n")],
    [R("escalate")], rules=["C4"],
    spec="C4: lawyer threat: escalate (O2 would approve).")

proj("Estrategia Marca Bistró Latino Belleville", "bistrolatino.belleville@gmail.com")
owpay("es38_o23", "OWD-2025-3825", "Estrategia Marca Bistró Latino Belleville", "discovery", "10000.00",
      "2025-09-25T14:00:00")
case("es-o23-paris-sin-contracargo", OWB, "decided", [M(
    "Bistró Latino <bistrolatino.belleville@gmail.com>", OWDTO,
    "Reembolso estrategia de marca OWD-2025-3825", d(2025, 9, 27, 11, 0, FR),
    "Hola,\n\nPagamos el taller de estrategia (Estrategia Marca Bistró Latino Belleville, OWD-2025-3825) y "
    "todavía no tuvimos ninguna sesión. El propietario del local no nos renovó el alquiler y cerramos en "
    "noviembre. Les pido el reembolso; no pienso hacer ningún contracargo con el banco, prefiero resolverlo "
    "con ustedes por las buenas.\n\nMerci, gracias,\nDaniela Otálora\n")],
    [R("approve", "10000.00")],
    spec="Section 8: the chargeback is ruled out, no other threat: no C4; O1 discovery not started: approve "
         "10000.00.")

case("es-o24-quito-respuesta-automatica", OWB, "ignore", [M(
    "Dirección de Proyectos <proyectos@adquitumbe.gob.ec>", OWDTO,
    "Respuesta automática: Re: Solicitud de reembolso - Sistema de Turnos [OWD-3866]", d(2025, 9, 26, 8, 0, EC),
    "Me encuentro fuera de la oficina en comisión de servicios hasta el 3 de octubre. Para asuntos urgentes "
    "comunicarse con la Unidad de Gestión Documental.\n",
    headers={"Auto-Submitted": "auto-replied", "_irt": "<owd-3866.reply@optimawebdesign.com>"})],
    rules=["C7"], spec="C7: Auto-Submitted auto-replied: ignore.")

case("es-o25-leon-pregunta-antes-de-contratar", OWB, "other", [M(
    "Fritanga Doña Chepita <fritanga.chepita@gmail.com>", OWDTO, "Consulta sobre anticipo",
    d(2025, 9, 29, 15, 0, NI),
    "Buenas tardes. Tengo una fritanga en León y quiero una página sencilla con menú y pedidos. Si les pago "
    "el anticipo y a los dos días me arrepiento, ¿me lo devuelven completo? ¿Y si ya empezaron?\n\n"
    "Gracias, Chepita\n")],
    spec="Section 8 hypothetical before buying: other.")

proj("Web Hospedaje Inti Raymi", "reservas@hospedajeintiraymi.pe", "2025-09-12T10:00:00")
owpay("es38_o26", "OWD-2025-3826", "Web Hospedaje Inti Raymi", "setup", "4500.00", "2025-09-20T14:00:00")
case("es-o26-cusco-activacion", OWB, "decided", [M(
    "Hospedaje Inti Raymi <reservas@hospedajeintiraymi.pe>", OWDTO, "Devolución cargo de configuración",
    d(2025, 9, 25, 9, 0, PE),
    "Buenos días,\n\nSe nos cobró la configuración inicial (OWD-2025-3826) de la Web Hospedaje Inti Raymi. "
    "Nos parece que la configuración era parte del paquete y no debía cobrarse aparte. Pedimos la "
    "devolución.\n\nAtte. Sra. Nilda Ccahuana\n")],
    [R("deny")],
    spec="O6: setup/activation fee: non-refundable: deny.")

proj("Web Instituto de Inglés Guadalupe", "secretaria@inglesguadalupe.edu.ar", "2025-09-18T10:00:00")
owpay("es38_o27", "OWD-2025-3827", "Web Instituto de Inglés Guadalupe", "deposit", "17500.00",
      "2025-09-16T14:00:00")
s = d(2025, 9, 24, 10, 0, AR)
assert hours("2025-09-16T14:00:00", s) > 72
case("es-o27-santa-fe-instituto-cancelar-y-devolver", OWB, "decided", [M(
    "Secretaría Instituto Guadalupe <secretaria@inglesguadalupe.edu.ar>", OWDTO,
    "Cancelación proyecto web y devolución de seña", s,
    "Buen día,\n\nPor decisión del consejo directivo cancelamos el proyecto Web Instituto de Inglés "
    "Guadalupe: el instituto se fusiona con otro del barrio Candioti que ya tiene página. Solicitamos "
    "también la devolución de la seña (OWD-2025-3827).\n\nSaludos cordiales,\nProf. Silvina Acosta\n"
    "Secretaría\n")],
    [R("deny"), X("cancel")],
    ambiguous="(lead, stop 36) the spec leaves room: O8 acknowledges a cancellation *without* a refund request; with one, earlier rounds' QA (eight cases in five rounds, see fresh22_en/REVIEW.md) and mailbot (policy/agency.py, fix13) read 'cancel the project and refund the deposit' as one refund request, this round's QA as two decisions. Reported, not counted, until the rule is settled.",
    spec="O2: deposit paid 2025-09-16, request 8 days later and work started 2025-09-18: deny; O8 the project "
         "cancellation (project, invoice and reason given) is acknowledged: cancel.")

proj("Mantenimiento Web Cooperativa Cafetalera Segovias", "gerencia@coopsegovias.com.ni", "2025-02-01T10:00:00")
owpay("es38_o28", "OWD-2025-3828", "Mantenimiento Web Cooperativa Cafetalera Segovias", "retainer", "7000.00",
      "2025-09-07T14:00:00", period_start="2025-09-07", period_end="2025-10-06",
      next_billing_at="2025-10-07T14:00:00")
s = d(2025, 9, 30, 19, 0, NI)
assert (s.date() == date(2025, 9, 30)) and ist(s).date() == date(2025, 10, 1)
assert ist(s).date() > date(2025, 10, 7) - timedelta(days=7)
case("es-o28-leon-aviso-7-dias-local-6-india", OWB, "decided", [M(
    "Gerencia Cooperativa Segovias <gerencia@coopsegovias.com.ni>", OWDTO,
    "Cancelación mantenimiento web OWD-2025-3828", s,
    "Buenas noches,\n\nCon los 7 días de anticipación que pide la política, les notificamos la cancelación del "
    "Mantenimiento Web Cooperativa Cafetalera Segovias (factura OWD-2025-3828) antes del cobro del 7 de "
    "octubre. El motivo: la cooperativa perdió el financiamiento del programa de exportación y hay que "
    "recortar.\n\nAtentamente,\nIng. Bayardo Centeno\nGerente, León\n")],
    [X("cancel", "2025-11-06")],
    spec="O4: next_billing_at 2025-10-07, cutoff 2025-09-30; the mail 2025-09-30 19:00 -06:00 is 2025-10-01 06:30 "
         "IST, after the cutoff in the brand's zone: the next cycle (2025-10-07 to 2025-11-06) is billed.")

proj("Web Academia de Baile Son de Cali", "sondecali.academia@gmail.com", "2025-08-15T10:00:00")
owpay("es38_o29", "OWD-2025-3829", "Web Academia de Baile Son de Cali", "change_request", "6500.00",
      "2025-09-23T14:00:00")
case("es-o29-cali-cambio-de-alcance", OWB, "decided", [M(
    "Academia Son de Cali <sondecali.academia@gmail.com>", OWDTO, "Devolución cobro adicional OWD-2025-3829",
    d(2025, 9, 26, 10, 30, CO),
    "Buenos días,\n\nNos cobraron aparte (OWD-2025-3829) el módulo de inscripciones en línea que pedimos para "
    "la Web Academia de Baile Son de Cali. Al final un patrocinador nos prestó una plataforma gratis para los "
    "talleres, entonces ya no lo vamos a usar. Pedimos que nos devuelvan ese pago.\n\nMil gracias,\n"
    "Jhon Jairo Mina\n")],
    [R("deny")],
    spec="O6: a change request outside the original scope is non-refundable: deny.")

if __name__ == "__main__":
    write_out()
