"""Generator of the fresh17_es held-out round (written from POLICY_SPEC alone).

Stdlib only, deterministic: `python3 make_cases.py` writes ledger.json, emails/*.eml and
expected.json beside this file.  MIT, like the project; all text written for this project.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
LOB, OWB = "leadsoptima", "optima_webdesign"
LO_TO = "LeadsOptima Support <support@leadsoptima.com>"
OWD_TO = "Optima WebDesign <optimawebdesigns12@gmail.com>"
M = ("1499.00", "269.82")
Q = ("3999.00", "719.82")
A = ("11988.00", "2157.84")

CUSTOMERS: list[dict] = []
PROJECTS: list[dict] = []
PAYMENTS: list[dict] = []
CASES: list[dict] = []
FILES: dict[str, bytes] = {}


def cust(email, name, plan, status="active", start=None, end=None, trial_ends=None):
    CUSTOMERS.append({"brand": LOB, "email": email, "name": name, "plan": plan, "status": status,
                      "trial_ends": trial_ends, "current_period_start": start, "current_period_end": end})


def lopay(pid, inv, email, plan, paid_at, ps=None, pe=None, status="paid", money=None):
    amount, tax = money or {"monthly": M, "quarterly": Q, "annual": A}[plan]
    PAYMENTS.append({"brand": LOB, "id": pid, "invoice": inv, "customer_email": email, "kind": "subscription",
                     "plan": plan, "amount": amount, "tax": tax, "currency": "INR", "paid_at": paid_at,
                     "period_start": ps, "period_end": pe, "status": status})


def proj(name, contract, started=None):
    PROJECTS.append({"brand": OWB, "name": name, "contract_email": contract, "work_started_at": started})


def owpay(pid, inv, project, kind, amount, tax, paid_at, **kw):
    base = {"brand": OWB, "id": pid, "invoice": inv, "project": project, "kind": kind,
            "amount": amount, "tax": tax, "currency": "INR", "paid_at": paid_at, "status": "paid",
            "setup_fee": None, "service_start": None, "next_billing_at": None,
            "period_start": None, "period_end": None, "milestone_status": None}
    base.update(kw)
    PAYMENTS.append(base)


def at(y, mo, d, h, mi, off_h, off_m=0):
    """A sender's local time with its UTC offset (September 2025)."""
    sign = 1 if off_h >= 0 else -1
    return datetime(y, mo, d, h, mi, tzinfo=timezone(timedelta(hours=off_h, minutes=sign * off_m)))


def mail(name, frm, to, subject, when, body, *, html=False, headers=None, reply_to_id=None, refs=None):
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = frm
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(when)
    mid = f"<{name}.{when.strftime('%Y%m%d%H%M')}@fresh17.es.example>"
    msg["Message-ID"] = mid
    if reply_to_id:
        msg["In-Reply-To"] = reply_to_id
        msg["References"] = " ".join(refs or [reply_to_id])
    for k, v in (headers or {}).items():
        msg[k] = v
    if html:
        msg.set_content(body, subtype="html")
    else:
        msg.set_content(body)
    path = f"emails/{name}.eml"
    FILES[path] = msg.as_bytes(policy=policy.SMTP)
    return path, mid


def case(cid, brand, files, status, decisions=(), rules=(), missing=None, spec="", **extra):
    c = {"id": f"es-{cid}", "lang": LANG, "files": list(files), "brand": brand, "status": status,
         "rules": list(rules), "decisions": [dict(d) for d in decisions], "spec": spec}
    if missing is not None:
        c["missing"] = list(missing)
    c.update(extra)
    CASES.append(c)


def ref(amount):
    return {"intent": "refund", "outcome": "approve", "amount": amount}


def rdeny():
    return {"intent": "refund", "outcome": "deny", "amount": None}


def resc():
    return {"intent": "refund", "outcome": "escalate", "amount": None}


def canc(date):
    return {"intent": "cancellation", "outcome": "cancel", "effective_date": date}


def cesc():
    return {"intent": "cancellation", "outcome": "escalate"}


def write():
    for sub in (HERE / "emails").glob("*.eml"):
        sub.unlink()
    (HERE / "emails").mkdir(exist_ok=True)
    for path, data in sorted(FILES.items()):
        (HERE / path).write_bytes(data)
    # chk17a: extra_ok only where the email itself ends the project or plan, so that an extra cancellation
    # decision (which can never approve anything) is a fair reading; never on a refund of one item of a
    # continuing engagement (milestone, domain, rush, plugin, setup, change request), where an unasked
    # cancellation would be a real error, and never on a cancellation-only case (es-o12: an extra refund
    # decision could approve the prepaid month).
    ends_engagement = ['es-o01-anticipo-sevilla', 'es-o02-anticipo-72h-justas', 'es-o03-anticipo-ya-empezaron', 'es-o04-discovery-sin-empezar-mendoza', 'es-o13-hosting-14-dias-canarias', 'es-o14-hosting-dia-15-mazatlan', 'es-o15-mantenimiento-redondeo', 'es-o20-profeco-cdmx', 'es-o22-hilo-anticipo-pr']
    for c in CASES:
        if c["id"] in ends_engagement:
            assert c["brand"] == OWB and [d["intent"] for d in c["decisions"]] == ["refund"], c["id"]
            c["extra_ok"] = True
    ledger = {"customers": CUSTOMERS, "projects": PROJECTS, "payments": PAYMENTS}
    (HERE / "ledger.json").write_text(json.dumps(ledger, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    (HERE / "expected.json").write_text(json.dumps({"cases": CASES}, indent=1, ensure_ascii=False) + "\n",
                                        encoding="utf-8")
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids)), "duplicate case id"
    print(f"{len(CASES)} cases, {len(FILES)} emails, {len(PAYMENTS)} payments")

LANG = "es"

# ---------------------------------------------------------------- LeadsOptima
# l01 duplicate charge, Madrid, formal letter
cust("maria.lopez.arroyo@telefonica.net", "María López Arroyo", "monthly", start="2025-09-20", end="2025-10-19")
lopay("es_p011", "LO-INV-7101", "maria.lopez.arroyo@telefonica.net", "monthly", "2025-09-20T09:10:00", "2025-09-20", "2025-10-19")
lopay("es_p012", "LO-INV-7102", "maria.lopez.arroyo@telefonica.net", "monthly", "2025-09-20T09:11:00", "2025-09-20", "2025-10-19")
f, _ = mail("l01-cargo-duplicado-madrid", "María López Arroyo <maria.lopez.arroyo@telefonica.net>", LO_TO,
            "Cargo duplicado en la suscripción mensual", at(2025, 9, 22, 11, 5, 2),
            "Estimados señores:\n\nMe dirijo a ustedes porque, revisando el extracto de mi tarjeta, he comprobado que el "
            "pasado sábado 20 de septiembre se me cargó dos veces la cuota del plan mensual (1.499,00 ₹ más impuestos, "
            "en cada cargo). La segunda factura es la LO-INV-7102.\n\nLes ruego que procedan a devolver el importe "
            "duplicado a la misma tarjeta.\n\nSin otro particular, reciban un cordial saludo.\n\nMaría López Arroyo\n"
            "Calle de Alcalá, 214 - 28028 Madrid")
case("l01-cargo-duplicado-madrid", LOB, [f], "decided", [ref("1499.00")],
     spec="L2 duplicate_payment + L4: two paid monthly charges of 1499.00 for 2025-09-20..10-19; request 2025-09-22 (day 2) -> approve 1499.00 (C6: tax not refunded).")

# l02 duplicate, Andalusia, too late (day 8)
cust("curro.benitez.sev@gmail.com", "Francisco Benítez", "quarterly", start="2025-09-01", end="2025-11-30")
lopay("es_p021", "LO-INV-7111", "curro.benitez.sev@gmail.com", "quarterly", "2025-09-01T10:00:00", "2025-09-01", "2025-11-30")
lopay("es_p022", "LO-INV-7112", "curro.benitez.sev@gmail.com", "quarterly", "2025-09-01T10:02:00", "2025-09-01", "2025-11-30")
f, _ = mail("l02-cobrado-dos-veces-sevilla", "Curro Benitez <curro.benitez.sev@gmail.com>", LO_TO,
            "me habeis cobrado dos veces!!", at(2025, 9, 9, 10, 0, 2),
            "Buenas, mirad, que me acabo de dar cuenta ahora mismo de que el dia 1 me cobrasteis dos veces el plan "
            "trimestral, 3.999 y otros 3.999, la segunda es la LO-INV-7112. Devolvedme el segundo cargo porfa que "
            "vaya tela.\n\nUn saludo, Curro\n--\nEnviado desde mi móvil")
case("l02-cobrado-dos-veces-sevilla", LOB, [f], "decided", [rdeny()],
     spec="L3: charges 2025-09-01 IST; request 2025-09-09 10:00+02:00 = 13:30 IST on 09-09 = day 8 > 7 -> deny (window).")

# l03 duplicate, CDMX, day 7 only in IST (evening in Mexico), dictated
cust("ximena.rdz.cdmx@outlook.com", "Ximena Rodríguez", "monthly", start="2025-09-10", end="2025-10-09")
lopay("es_p031", "LO-INV-7121", "ximena.rdz.cdmx@outlook.com", "monthly", "2025-09-10T23:00:00", "2025-09-10", "2025-10-09")
lopay("es_p032", "LO-INV-7122", "ximena.rdz.cdmx@outlook.com", "monthly", "2025-09-10T23:01:00", "2025-09-10", "2025-10-09")
f, _ = mail("l03-doble-cargo-cdmx", "Ximena Rodriguez <ximena.rdz.cdmx@outlook.com>", LO_TO,
            "doble cargo", at(2025, 9, 17, 12, 0, -6),
            "hola buenas tardes les escribo porque en mi estado de cuenta aparece doble cargo de leadsoptima del mismo "
            "dia el 10 de septiembre son dos cobros iguales del plan mensual la factura del segundo es LO-INV-7122 "
            "me pueden regresar uno de los dos por favor gracias\n\nEnviado desde mi iPhone")
case("l03-doble-cargo-cdmx", LOB, [f], "decided", [ref("1499.00")],
     spec="L3 day 7 inside: charges 2025-09-10 IST; request 2025-09-17 12:00-06:00 = 23:30 IST on 09-17 = day 7 -> L4 approve 1499.00.")

# l04 duplicate, Monterrey, day 8 because of the time zone
cust("rodrigo.garza.mty@prodigy.net.mx", "Rodrigo Garza", "annual", start="2025-09-05", end="2026-09-04")
lopay("es_p041", "LO-INV-7131", "rodrigo.garza.mty@prodigy.net.mx", "annual", "2025-09-05T20:00:00", "2025-09-05", "2026-09-04")
lopay("es_p042", "LO-INV-7132", "rodrigo.garza.mty@prodigy.net.mx", "annual", "2025-09-05T20:00:40", "2025-09-05", "2026-09-04")
f, _ = mail("l04-anual-dos-veces-monterrey", "Rodrigo Garza <rodrigo.garza.mty@prodigy.net.mx>", LO_TO,
            "Me cobraron 2 veces la anualidad", at(2025, 9, 12, 19, 30, -6),
            "Qué tal, no manches, me llegaron dos cargos de la anualidad (11,988 cada uno) el mismo día 5. "
            "Ocupo que me regresen el segundo, factura LO-INV-7132. Todavía estoy en tiempo, son 7 días.\n\n"
            "Saludos desde Monterrey,\nRodrigo Garza\nDirector Comercial | Aceros del Norte\n"
            "Este correo y sus anexos son confidenciales.")
case("l04-anual-dos-veces-monterrey", LOB, [f], "decided", [rdeny()],
     spec="L3: charges 2025-09-05 IST; request 2025-09-12 19:30-06:00 = 2025-09-13 07:00 IST = day 8 -> deny, whatever the customer counts locally.")

# l05 billing error, Argentina
cust("lucia.fernandez@fibertel.com.ar", "Lucía Fernández", "monthly", start="2025-08-25", end="2025-09-24")
lopay("es_p051", "LO-INV-7141", "lucia.fernandez@fibertel.com.ar", "annual", "2025-09-25T08:00:00", "2025-09-25", "2026-09-24")
f, _ = mail("l05-anual-en-vez-de-mensual-bsas", "Lucía Fernández <lucia.fernandez@fibertel.com.ar>", LO_TO,
            "Cobro del plan equivocado", at(2025, 9, 26, 10, 15, -3),
            "Hola chicos, ¿cómo andan? Les escribo porque me cobraron el plan anual en lugar del mensual, que es el que "
            "tengo yo. Me debitaron 11.988 más IVA de la tarjeta, factura LO-INV-7141. Yo nunca cambié de plan, che. "
            "¿Me pueden devolver esa plata y cobrarme lo que corresponde?\n\nGracias!\nLu")
case("l05-anual-en-vez-de-mensual-bsas", LOB, [f], "decided", [resc()],
     spec="L2 billing_error (charged for the wrong plan) inside L3 (charge 09-25, request 09-26) -> L5 escalate, no amount.")

# l06 access failure, Uruguay
cust("martin.suarez@adinet.com.uy", "Martín Suárez", "quarterly", start="2025-09-24", end="2025-12-23")
lopay("es_p061", "LO-INV-7151", "martin.suarez@adinet.com.uy", "quarterly", "2025-09-24T12:00:00", "2025-09-24", "2025-12-23")
f, _ = mail("l06-no-puedo-ingresar-montevideo", "Martin Suarez <martin.suarez@adinet.com.uy>", LO_TO,
            "No puedo ingresar", at(2025, 9, 27, 9, 0, -3),
            "Buen día. Desde el jueves no puedo ingresar a la plataforma, pongo usuario y contraseña y queda la "
            "pantalla en blanco. Ya probé con otro navegador y nada. Pagué el trimestre el 24 (LO-INV-7151) y no lo "
            "pude usar ni un día, así que les pido la devolución.\n\nMartín")
case("l06-no-puedo-ingresar-montevideo", LOB, [f], "decided", [resc()],
     spec="L2 access_failure inside L3 (charge 09-24, request 09-27 day 3) -> L6 escalate.")

# l07 changed mind, Catalonia -> L1 deny
cust("jordi.puig@xtec.cat", "Jordi Puig", "monthly", start="2025-09-25", end="2025-10-24")
lopay("es_p071", "LO-INV-7161", "jordi.puig@xtec.cat", "monthly", "2025-09-25T07:30:00", "2025-09-25", "2025-10-24")
f, _ = mail("l07-no-lo-he-usado-bcn", "Jordi Puig <jordi.puig@xtec.cat>", LO_TO,
            "Devolució / devolución", at(2025, 9, 28, 18, 0, 2),
            "Bona tarda,\n\nEste mes casi no he usado la herramienta, la verdad es que no me ha encajado para la "
            "academia. Os pido que me devolváis la cuota de septiembre (factura LO-INV-7161), total la he usado "
            "dos días.\n\nMoltes gràcies,\nJordi")
case("l07-no-lo-he-usado-bcn", LOB, [f], "decided", [rdeny()],
     spec="L1: 'barely used it / not a fit' is no exception reason -> deny, cancellation offered; no cancellation asked.")

# l08 free trial, Paraguay
cust("gaby.benitez.py@gmail.com", "Gabriela Benítez", None, status="trial", trial_ends="2025-10-05")
f, _ = mail("l08-prueba-gratis-asuncion", "Gabriela Benítez <gaby.benitez.py@gmail.com>", LO_TO,
            "Reembolso prueba gratuita", at(2025, 9, 25, 16, 40, -3),
            "Hola, estoy usando la prueba gratis y me apareció un aviso de 'pago pendiente'. Me asusté porque no "
            "di ninguna tarjeta. Si me cobraron algo quiero que me lo devuelvan, no acepté pagar nada.\n\nGaby")
case("l08-prueba-gratis-asuncion", LOB, [f], "decided", [rdeny()],
     spec="L7: the account is on a free trial, no charges -> deny, no billing unless they subscribe.")

# l09 cancellation, Guatemala, formal
cust("hmorales@cafetalesdelsur.com.gt", "Héctor Morales", "quarterly", start="2025-08-15", end="2025-11-14")
lopay("es_p091", "LO-INV-7181", "hmorales@cafetalesdelsur.com.gt", "quarterly", "2025-08-15T11:00:00", "2025-08-15", "2025-11-14")
f, _ = mail("l09-cancelacion-guatemala", "Héctor Morales <hmorales@cafetalesdelsur.com.gt>", LO_TO,
            "Solicitud de cancelación de suscripción", at(2025, 9, 19, 8, 20, -6),
            "Estimados señores de LeadsOptima:\n\nPor este medio les saludo y a la vez les solicito de la manera más "
            "atenta la cancelación de nuestra suscripción trimestral, ya que la empresa contrató otro sistema.\n\n"
            "Agradeciendo de antemano su atención, me suscribo.\n\nAtentamente,\nLic. Héctor Morales\n"
            "Cafetales del Sur, S.A. — Guatemala, C.A.")
case("l09-cancelacion-guatemala", LOB, [f], "decided", [canc("2025-11-14")],
     spec="L8: cancel, active to current_period_end 2025-11-14.")

# l10 cancellation with L8 fallback, Honduras
cust("karla.zelaya.hn@yahoo.com", "Karla Zelaya", "monthly")
lopay("es_p101", "LO-INV-7191", "karla.zelaya.hn@yahoo.com", "monthly", "2025-09-05T10:00:00")
f, _ = mail("l10-dar-de-baja-honduras", "Karla Zelaya <karla.zelaya.hn@yahoo.com>", LO_TO,
            "dar de baja", at(2025, 9, 23, 14, 10, -6),
            "Buenas tardes, quiero dar de baja el servicio porque ya no lo voy a ocupar, cerré el negocito.\n"
            "Bendiciones,\nKarla")
case("l10-dar-de-baja-honduras", LOB, [f], "decided", [canc("2025-10-04")],
     spec="L8 fallback: no current_period_end; last charge 2025-09-05 + 1 month - 1 day = 2025-10-04.")

# l11 one-liner, intent verb with no object, Panama
cust("ricardo.arosemena@cwpanama.net", "Ricardo Arosemena", "annual", start="2025-03-02", end="2026-03-01")
lopay("es_p111", "LO-INV-7201", "ricardo.arosemena@cwpanama.net", "annual", "2025-03-02T09:00:00", "2025-03-02", "2026-03-01")
f, _ = mail("l11-cancelar-panama", "Ricardo Arosemena <ricardo.arosemena@cwpanama.net>", LO_TO,
            "Baja", at(2025, 9, 24, 7, 45, -5), "Cancelar, porfa.\n\nR.")
case("l11-cancelar-panama", LOB, [f], "decided", [canc("2026-03-01")],
     spec="L8: a bare 'cancelar' is a cancellation; annual period ends 2026-03-01; reason not required for LO cancellations.")

# l12 both, Puerto Rico, Spanglish
cust("yaritza.rivera@prtc.net", "Yaritza Rivera", "monthly", start="2025-09-12", end="2025-10-11")
lopay("es_p121", "LO-INV-7211", "yaritza.rivera@prtc.net", "monthly", "2025-09-12T19:00:00", "2025-09-12", "2025-10-11")
f, _ = mail("l12-cancel-y-refund-pr", "Yaritza Rivera <yaritza.rivera@prtc.net>", LO_TO,
            "cancel + refund", at(2025, 9, 20, 21, 5, -4),
            "Hola! Quiero cancelar la suscripción y que me hagan el refund del mes, la verdad es que no la estoy "
            "usando para na', el app está bien pero no tengo tiempo. El invoice es LO-INV-7211.\nThanks!!\nYari")
case("l12-cancel-y-refund-pr", LOB, [f], "decided", [rdeny(), canc("2025-10-11")],
     spec="L1 deny (not using it) + L8 cancel to current_period_end 2025-10-11; one reply for both.")

# l13 C2, Bolivia: writes from a personal address, names the registered one
cust("contabilidad@ferreteriaandina.com.bo", "Ferretería Andina", "quarterly", start="2025-08-01", end="2025-10-31")
lopay("es_p131", "LO-INV-7221", "contabilidad@ferreteriaandina.com.bo", "quarterly", "2025-08-01T10:00:00", "2025-08-01", "2025-10-31")
f, _ = mail("l13-otro-correo-lapaz", "Wilma Quispe <wilmaquispe77@hotmail.com>", LO_TO,
            "Cancelar cuenta Ferreteria Andina", at(2025, 9, 18, 10, 30, -4),
            "Señores buenos días, les escribo de mi correo personal porque el de la empresa no me abre. La cuenta está "
            "registrada con contabilidad@ferreteriaandina.com.bo, plan trimestral. Quisiéramos cancelar y que nos "
            "confirmen hasta cuándo está pagado.\n\nWilma Quispe\nContadora")
case("l13-otro-correo-lapaz", LOB, [f], "need_info", rules=["C2"],
     spec="C2: sender is not the registered email she names -> ask her to write from it; nothing about the account.")

# l14 chargeback threat, US Spanish (Texas)
cust("jl.hernandez.tx@gmail.com", "José Luis Hernández", "monthly", start="2025-09-21", end="2025-10-20")
lopay("es_p141", "LO-INV-7231", "jl.hernandez.tx@gmail.com", "monthly", "2025-09-21T06:00:00", "2025-09-21", "2025-10-20")
f, _ = mail("l14-contracargo-texas", "Jose Luis Hernandez <jl.hernandez.tx@gmail.com>", LO_TO,
            "Ultimo aviso", at(2025, 9, 25, 17, 0, -5),
            "Miren, ya me cansé. Quiero que cancelen mi cuenta y me devuelvan lo del mes (LO-INV-7231) porque el "
            "programa no me sirvió para lo que me vendieron. Si para el lunes no veo el dinero voy a hacer un "
            "contracargo con el banco y los reporto.\n\nJosé Luis, Houston TX")
case("l14-contracargo-texas", LOB, [f], "decided", [resc(), cesc()], rules=["C4"],
     spec="C4 (contracargo = chargeback threat) covers the whole case: refund and cancellation both escalate.")

# l15 negation: no refund, just cancel
cust("lauravm.madrid@gmail.com", "Laura Vidal Moreno", "monthly", start="2025-09-08", end="2025-10-07")
lopay("es_p151", "LO-INV-7241", "lauravm.madrid@gmail.com", "monthly", "2025-09-08T12:00:00", "2025-09-08", "2025-10-07")
f, _ = mail("l15-no-quiero-reembolso-madrid", "Laura Vidal <lauravm.madrid@gmail.com>", LO_TO,
            "Baja de la cuenta", at(2025, 9, 16, 13, 0, 2),
            "Hola! Que no os pido ningún reembolso ni nada, eh, lo pagado pagado está. Solo quiero darme de baja "
            "para que no me cobréis octubre. Me cambio de trabajo y ya no lo voy a necesitar.\n\nUn besote, Laura")
case("l15-no-quiero-reembolso-madrid", LOB, [f], "decided", [canc("2025-10-07")],
     spec="Sec. 8 negation: no refund intent; L8 cancel to 2025-10-07.")

# l16 hypothetical before buying (unknown sender)
f, _ = mail("l16-pregunta-antes-de-contratar", "Andrés Villalba <avillalba.consultor@gmail.com>", LO_TO,
            "Consulta antes de contratar", at(2025, 9, 22, 11, 0, -3),
            "Buenas, estoy evaluando LeadsOptima para mi agencia. Si contrato el plan anual y a las dos semanas veo "
            "que no me convence, ¿me devuelven la plata o no? Prefiero saberlo antes de pagar.\n\nAndrés")
case("l16-pregunta-antes-de-contratar", LOB, [f], "other",
     spec="Sec. 8 hypothetical before buying: a policy question, no request -> other.")

# l17 invoice question, asks for nothing
cust("admon@talleresirache.es", "Talleres Iraché", "quarterly", start="2025-09-03", end="2025-12-02")
lopay("es_p171", "LO-INV-7251", "admon@talleresirache.es", "quarterly", "2025-09-03T09:00:00", "2025-09-03", "2025-12-02")
f, _ = mail("l17-factura-iva", "Administración Talleres Iraché <admon@talleresirache.es>", LO_TO,
            "Factura LO-INV-7251", at(2025, 9, 19, 9, 30, 2),
            "Buenos días:\n\n¿Nos podrían enviar la factura LO-INV-7251 con el NIF de la empresa (B31234567)? "
            "La gestoría nos la pide para el trimestre.\n\nGracias,\nDpto. Administración")
case("l17-factura-iva", LOB, [f], "other",
     spec="An invoice question with no refund or cancellation -> other.")

# l18 thanks closing a story of a past refund
cust("pablo.iglesias.vigo@mundo-r.com", "Pablo Iglesias", "monthly", start="2025-09-02", end="2025-10-01")
lopay("es_p181", "LO-INV-7261", "pablo.iglesias.vigo@mundo-r.com", "monthly", "2025-09-02T10:00:00", "2025-09-02", "2025-10-01")
lopay("es_p182", "LO-INV-7262", "pablo.iglesias.vigo@mundo-r.com", "monthly", "2025-09-02T10:00:40", "2025-09-02", "2025-10-01",
      status="refunded")
f, _ = mail("l18-gracias-ya-llego-vigo", "Pablo Iglesias <pablo.iglesias.vigo@mundo-r.com>", LO_TO,
            "Re: cobro duplicado", at(2025, 9, 15, 20, 0, 2),
            "Hola de nuevo. Os cuento: a principios de mes me cobrasteis dos veces, os escribí, me contestasteis "
            "enseguida y hoy ya he visto la devolución en la cuenta del banco. Todo correcto.\n\nMoitas grazas, "
            "de verdad, da gusto así.\nPablo",
            reply_to_id="<lo-5307.reply@leadsoptima.com>")
case("l18-gracias-ya-llego-vigo", LOB, [f], "other",
     spec="Sec. 8 past event: a story of a refund already received, closing with thanks -> other, no new request.")

# l19 out-of-office
f, _ = mail("l19-fuera-de-oficina", "Nuria Castells <nuria.castells@grupcastells.cat>", LO_TO,
            "Respuesta automática: Fuera de la oficina", at(2025, 9, 26, 8, 0, 2),
            "Estaré fuera de la oficina hasta el 6 de octubre sin acceso al correo. Para temas de facturación o "
            "reembolsos, contacte con administracio@grupcastells.cat.\n\nNúria Castells",
            headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})
case("l19-fuera-de-oficina", LOB, [f], "ignore", rules=["C7"],
     spec="C7: Auto-Submitted auto-replied -> ignore (words 'reembolsos' in it change nothing).")

# l20 bounce
f, _ = mail("l20-rebote-mailer-daemon", "Mail Delivery System <MAILER-DAEMON@smtp.movistar.es>", LO_TO,
            "Notificación de estado de entrega (error)", at(2025, 9, 24, 3, 12, 2),
            "No se ha podido entregar el mensaje a los siguientes destinatarios:\n\n  facturacion@empresa-cerrada.es\n"
            "  550 5.1.1 Usuario desconocido\n\n--- Mensaje original ---\nAsunto: Re: Solicitud de reembolso",
            headers={"Auto-Submitted": "auto-generated"})
case("l20-rebote-mailer-daemon", LOB, [f], "ignore", rules=["C7"],
     spec="C7: MAILER-DAEMON sender, delivery failure -> ignore.")

# l21 missing reason: only courtesy lines and a signature
cust("ecastillo@constructorapacifico.com.pa", "Eduardo Castillo", "quarterly", start="2025-09-24", end="2025-12-23")
lopay("es_p211", "LO-INV-7281", "ecastillo@constructorapacifico.com.pa", "quarterly", "2025-09-24T15:00:00", "2025-09-24", "2025-12-23")
f, _ = mail("l21-sin-motivo-panama", "Ing. Eduardo Castillo <ecastillo@constructorapacifico.com.pa>", LO_TO,
            "Solicitud de reembolso", at(2025, 9, 26, 9, 0, -5),
            "Buenos días estimados,\n\nPor medio de la presente solicito el reembolso de la factura LO-INV-7281.\n\n"
            "Quedo atento a sus comentarios.\n\nSaludos cordiales,\n\nIng. Eduardo Castillo\nGerente de Proyectos\n"
            "Constructora Pacífico, S.A. | Tel. +507 264-0000\n\nAVISO DE CONFIDENCIALIDAD: Este mensaje es "
            "confidencial y para uso exclusivo del destinatario. Si lo recibió por error, elimínelo.")
case("l21-sin-motivo-panama", LOB, [f], "need_info", missing=["reason"],
     spec="Sec. 8 what a reason is: courtesy lines, signature and disclaimer are not a reason; plan from ledger, invoice given -> ask only for reason.")

# l22 thread: the answer to the request for details carries the reason
cust("sebastian.molina@speedy.com.ar", "Sebastián Molina", "monthly", start="2025-09-22", end="2025-10-21")
lopay("es_p221", "LO-INV-7291", "sebastian.molina@speedy.com.ar", "monthly", "2025-09-22T10:00:00", "2025-09-22", "2025-10-21")
lopay("es_p222", "LO-INV-7292", "sebastian.molina@speedy.com.ar", "monthly", "2025-09-22T10:01:00", "2025-09-22", "2025-10-21")
f1, m1 = mail("l22a-pedido-rosario", "Sebastián Molina <sebastian.molina@speedy.com.ar>", LO_TO,
              "Reintegro factura LO-INV-7292", at(2025, 9, 23, 11, 0, -3),
              "Hola, solicito el reintegro de la factura LO-INV-7292. Gracias.\nSeba")
f2, _ = mail("l22b-respuesta-rosario", "Sebastián Molina <sebastian.molina@speedy.com.ar>", LO_TO,
             "Re: Reintegro factura LO-INV-7292 [LO-5521]", at(2025, 9, 24, 9, 30, -3),
             "El motivo: me la cobraron dos veces, el 22 tengo dos débitos iguales de 1.499 (LO-INV-7291 y "
             "LO-INV-7292). Quiero que me devuelvan el segundo.\n\nEl mar, 23 sept 2025 a las 20:15, LeadsOptima "
             "Support escribió:\n> Para continuar necesitamos el motivo de su solicitud.\n",
             reply_to_id="<lo-5521.reply@leadsoptima.com>", refs=[m1, "<lo-5521.reply@leadsoptima.com>"])
case("l22-hilo-responde-motivo-rosario", LOB, [f1, f2], "decided", [ref("1499.00")],
     spec="C3 merge: the reply gives the reason (charged twice); L4 pair on 2025-09-22, request time = first mail 09-23 -> approve 1499.00.")

# l23 three identical charges
cust("valeria.ortiz.gdl@gmail.com", "Valeria Ortiz", "monthly", start="2025-09-15", end="2025-10-14")
for i, t in enumerate(("10:00:00", "10:00:30", "10:01:05"), 1):
    lopay(f"es_p23{i}", f"LO-INV-730{i}", "valeria.ortiz.gdl@gmail.com", "monthly", f"2025-09-15T{t}", "2025-09-15", "2025-10-14")
f, _ = mail("l23-tres-cargos-guadalajara", "Valeria Ortiz <valeria.ortiz.gdl@gmail.com>", LO_TO,
            "¡¡Tres cargos iguales!!", at(2025, 9, 18, 12, 0, -6),
            "Oigan, ¿qué pasó? Me aparecen TRES cargos de $1,499 del 15 de septiembre por el plan mensual, "
            "o sea me cobraron tres veces lo mismo. Las facturas repetidas son LO-INV-7302 y LO-INV-7303. "
            "Devuélvanme los dos cobros de más, ¿sale?\n\nVale")
case("l23-tres-cargos-guadalajara", LOB, [f], "decided", [ref("2998.00")],
     spec="Sec. 8 three identical charges: 2nd and 3rd are duplicates, both inside L3 (day 3) -> approve 2 x 1499.00 = 2998.00.")

# l24 forward by an assistant of the account holder's request -> C2
cust("direccion@hotelmiradordelsur.es", "Hotel Mirador del Sur", "annual", start="2025-01-10", end="2026-01-09")
lopay("es_p241", "LO-INV-7311", "direccion@hotelmiradordelsur.es", "annual", "2025-01-10T10:00:00", "2025-01-10", "2026-01-09")
f, _ = mail("l24-rv-secretaria-malaga", "Recepción Hotel Mirador <recepcion@hotelmiradordelsur.es>", LO_TO,
            "RV: baja LeadsOptima", at(2025, 9, 17, 10, 0, 2),
            "Os reenvío el correo de la dirección.\n\n"
            "________________________________\nDe: Dirección Hotel Mirador del Sur <direccion@hotelmiradordelsur.es>\n"
            "Enviado: martes, 16 de septiembre de 2025 19:42\nPara: Recepción Hotel Mirador <recepcion@hotelmiradordelsur.es>\n"
            "Asunto: baja LeadsOptima\n\nInma, escribe a LeadsOptima y que nos den de baja la suscripción anual (la "
            "cuenta es direccion@hotelmiradordelsur.es). Con el nuevo PMS ya no la necesitamos.\nGracias, Álvaro")
case("l24-rv-secretaria-malaga", LOB, [f], "need_info", rules=["C2"],
     spec="Sec. 8 forwards: the forwarded request names the registered email direccion@..., sender is recepcion@ -> C2, ask for it from that address.")

# l25 registered owner forwards his bank's alert, duplicate
cust("fgonzalez@estudiogonzalez.com.py", "Fernando González", "quarterly", start="2025-09-26", end="2025-12-25")
lopay("es_p251", "LO-INV-7321", "fgonzalez@estudiogonzalez.com.py", "quarterly", "2025-09-26T18:00:00", "2025-09-26", "2025-12-25")
lopay("es_p252", "LO-INV-7322", "fgonzalez@estudiogonzalez.com.py", "quarterly", "2025-09-26T18:00:20", "2025-09-26", "2025-12-25")
f, _ = mail("l25-rv-aviso-banco-asuncion", "Fernando González <fgonzalez@estudiogonzalez.com.py>", LO_TO,
            "RV: Aviso de consumo con tarjeta", at(2025, 9, 27, 8, 30, -3),
            "Miren abajo, el banco me avisó de dos consumos iguales de LeadsOptima, o sea un cobro duplicado del "
            "trimestral. La factura del segundo es LO-INV-7322. Solicito la devolución de ese cargo.\n\nFernando\n\n"
            "-----Mensaje original-----\nDe: Alertas Banco <alertas@banco-ejemplo.com.py>\nEnviado el: viernes, 26 de "
            "septiembre de 2025 09:31\nPara: fgonzalez@estudiogonzalez.com.py\nAsunto: Aviso de consumo con tarjeta\n\n"
            "Se registraron 2 consumos en LEADSOPTIMA por INR 4,718.82 c/u con su tarjeta terminada en 4411.")
case("l25-rv-aviso-banco-asuncion", LOB, [f], "decided", [ref("3999.00")],
     spec="Forward by the registered sender carrying his own request: L4 pair 2025-09-26, day 1 -> approve 3999.00 (before tax, C6).")

# l26 invoice typed loosely + overcharge
cust("dianamarin@itsmx.com", "Diana Marín", "monthly", start="2025-09-28", end="2025-10-27")
lopay("es_p261", "LO-INV-7331", "dianamarin@itsmx.com", "monthly", "2025-09-28T09:00:00", "2025-09-28", "2025-10-27", money=("1999.00", "359.82"))
f, _ = mail("l26-cobro-de-mas-ref-suelta", "Diana Marín <dianamarin@itsmx.com>", LO_TO,
            "me cobraron de más", at(2025, 9, 29, 10, 0, -6),
            "Buen día, en la factura lo inv 7331 me cobraron de más: el plan mensual es de 1,499 y me cargaron "
            "1,999. No es el precio que contraté. Quiero la diferencia de vuelta.\n\nDiana Marín")
case("l26-cobro-de-mas-ref-suelta", LOB, [f], "decided", [resc()],
     spec="Sec. 8 invoice 'lo inv 7331' = LO-INV-7331; L2 billing_error (overcharge) inside L3 -> L5 escalate.")

# l27 refund of a payment that is not 'paid'
cust("mcarmen.ruiz@ono.com", "Mari Carmen Ruiz", "monthly", start="2025-09-19", end="2025-10-18")
lopay("es_p271", "LO-INV-7341", "mcarmen.ruiz@ono.com", "monthly", "2025-09-19T10:00:00", "2025-09-19", "2025-10-18")
lopay("es_p272", "LO-INV-7342", "mcarmen.ruiz@ono.com", "monthly", "2025-09-19T10:00:50", "2025-09-19", "2025-10-18", status="failed")
f, _ = mail("l27-pago-fallido-valencia", "Mari Carmen Ruiz <mcarmen.ruiz@ono.com>", LO_TO,
            "cobro doble", at(2025, 9, 21, 12, 0, 2),
            "hola me sale un doble cargo del dia 19, el segundo es LO-INV-7342, me lo devolveis? gracias")
case("l27-pago-fallido-valencia", LOB, [f], "decided", [resc()],
     spec="Sec. 8 payments not paid: LO-INV-7342 is 'failed', no paid pair -> escalate, never approve.")

# l28 duplicate claimed, ledger has one charge
cust("alejandro.pena@une.net.co", "Alejandro Peña", "quarterly", start="2025-09-20", end="2025-12-19")
lopay("es_p281", "LO-INV-7351", "alejandro.pena@une.net.co", "quarterly", "2025-09-20T10:00:00", "2025-09-20", "2025-12-19")
f, _ = mail("l28-doble-sin-registro", "Alejandro Peña <alejandro.pena@une.net.co>", LO_TO,
            "Cobro repetido", at(2025, 9, 22, 8, 0, -5),
            "Buenos días, me cobraron dos veces el trimestre, factura LO-INV-7351. Favor revisar y reintegrar.\n"
            "Cordialmente,\nAlejandro Peña")
case("l28-doble-sin-registro", LOB, [f], "decided", [resc()],
     spec="L4: duplicate claimed but the ledger shows a single paid charge -> escalate.")

# l29 +tag address is another address
cust("sofia.mendez@gmail.com", "Sofía Méndez", "monthly", start="2025-09-25", end="2025-10-24")
lopay("es_p291", "LO-INV-7361", "sofia.mendez@gmail.com", "monthly", "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
f, _ = mail("l29-etiqueta-mas", "Sofía Méndez <sofia.mendez+trabajo@gmail.com>", LO_TO,
            "No me carga el panel", at(2025, 9, 26, 22, 0, -4),
            "Hola, el panel no carga desde ayer, se queda girando. Pagué el 25 (LO-INV-7361). Si no se arregla "
            "quiero mi dinero de vuelta.\nSofi (San Juan)")
case("l29-etiqueta-mas", LOB, [f], "need_info", rules=["C2"],
     spec="Sec. 8 addresses: sofia.mendez+trabajo@ is not the registered sofia.mendez@ -> C2.")

# l30 past story, no request
cust("tomas.aguirre@adinet.com.uy", "Tomás Aguirre", "monthly", start="2025-09-10", end="2025-10-09")
lopay("es_p301", "LO-INV-7371", "tomas.aguirre@adinet.com.uy", "monthly", "2025-09-10T10:00:00", "2025-09-10", "2025-10-09")
f, _ = mail("l30-historia-pasada", "Tomás Aguirre <tomas.aguirre@adinet.com.uy>", LO_TO,
            "Comentario", at(2025, 9, 20, 15, 0, -3),
            "Hola. En julio cancelé la suscripción porque pensé que no la iba a usar, y en setiembre volví. "
            "Les quería decir que el nuevo importador de contactos anda bárbaro. Nada más, sigan así.\nTomás")
case("l30-historia-pasada", LOB, [f], "other",
     spec="Sec. 8 past events: a cancellation told as history, no request now -> other.")

# l31 declines both intents
cust("ines.carrasco@gmail.com", "Inés Carrasco", "monthly", start="2025-09-14", end="2025-10-13")
lopay("es_p311", "LO-INV-7381", "ines.carrasco@gmail.com", "monthly", "2025-09-14T10:00:00", "2025-09-14", "2025-10-13")
f, _ = mail("l31-ni-baja-ni-reembolso", "Inés Carrasco <ines.carrasco@gmail.com>", LO_TO,
            "cambio de plan", at(2025, 9, 24, 18, 0, 2),
            "Hola, no quiero darme de baja ni pido ningún reembolso. Solo quiero pasar del mensual al trimestral, "
            "¿se hace desde el panel o lo hacéis vosotros?\nGracias, Inés")
case("l31-ni-baja-ni-reembolso", LOB, [f], "other",
     spec="Sec. 8 negation of both intents; a plan-change question -> other.")

# l32 what-if question about cancelling
cust("gerardo.castro@tigo.com.gt", "Gerardo Castro", "monthly", start="2025-09-20", end="2025-10-19")
lopay("es_p321", "LO-INV-7391", "gerardo.castro@tigo.com.gt", "monthly", "2025-09-20T10:00:00", "2025-09-20", "2025-10-19")
f, _ = mail("l32-que-pasa-si-cancelo", "Gerardo Castro <gerardo.castro@tigo.com.gt>", LO_TO,
            "pregunta", at(2025, 9, 27, 10, 0, -6),
            "Buenas, una consulta nada más: ¿qué pasa si cancelo a mitad de mes? ¿Pierdo el acceso de una vez o "
            "sigo hasta el fin del periodo? Todavía no he decidido.\nGerardo")
case("l32-que-pasa-si-cancelo", LOB, [f], "other",
     spec="Sec. 8 hypothetical: a what-if question, explicitly undecided -> other.")

# l33 ultimatum, duplicate, Guadalajara
cust("mauricio.lopez.gdl@hotmail.com", "Mauricio López", "annual", start="2025-09-24", end="2026-09-23")
lopay("es_p331", "LO-INV-7401", "mauricio.lopez.gdl@hotmail.com", "annual", "2025-09-24T21:00:00", "2025-09-24", "2026-09-23")
lopay("es_p332", "LO-INV-7402", "mauricio.lopez.gdl@hotmail.com", "annual", "2025-09-24T21:00:30", "2025-09-24", "2026-09-23")
f, _ = mail("l33-ultimatum-guadalajara", "Mauricio López <mauricio.lopez.gdl@hotmail.com>", LO_TO,
            "48 HORAS", at(2025, 9, 26, 9, 0, -6),
            "Tienen 48 horas para regresarme el cargo duplicado de la anualidad (LO-INV-7402). Neta no es posible que "
            "me cobren dos veces 11,988 el mismo día.\nM. López")
case("l33-ultimatum-guadalajara", LOB, [f], "decided", [ref("11988.00")],
     spec="An ultimatum without chargeback/legal words is not C4; L4 annual pair 09-24, request 09-26 -> approve 11988.00.")

# l34 newsletter / mailing list
f, _ = mail("l34-boletin-lista", "Boletín Marketing Digital <boletin@novedades-mkt.es>", LO_TO,
            "Cómo pedir un reembolso a tu proveedor SaaS (y otros 5 trucos)", at(2025, 9, 23, 7, 0, 2),
            "Esta semana: cómo cancelar suscripciones que no usas y pedir reembolsos.\nDarse de baja del boletín: "
            "https://novedades-mkt.es/baja",
            headers={"List-Id": "Boletin MKT <boletin.novedades-mkt.es>", "Precedence": "bulk",
                     "List-Unsubscribe": "<https://novedades-mkt.es/baja>"})
case("l34-boletin-lista", LOB, [f], "ignore", rules=["C7"],
     spec="C7: List-Id / Precedence bulk -> ignore.")

# l35 other brand's customer writes to LeadsOptima -> unknown sender
f, _ = mail("l35-cliente-de-la-otra-marca", "Restaurante Casa Lola <reservas@casalola-granada.es>", LO_TO,
            "baja del mantenimiento", at(2025, 9, 25, 12, 0, 2),
            "Hola, quiero cancelar la suscripción porque cerramos el restaurante en octubre.\nLola")
case("l35-cliente-de-la-otra-marca", LOB, [f], "need_info", rules=["C2"],
     spec="Sec. 8 other brand's customer: sender unknown in LeadsOptima's ledger -> C2/C3 ask for the registered address.")

# l36 HTML-only webmail, access failure, US Spanish (California)
cust("rosa.villanueva@sbcglobal.net", "Rosa Villanueva", "monthly", start="2025-09-23", end="2025-10-22")
lopay("es_p361", "LO-INV-7411", "rosa.villanueva@sbcglobal.net", "monthly", "2025-09-23T10:00:00", "2025-09-23", "2025-10-22")
f, _ = mail("l36-html-sin-acceso-california", "Rosa Villanueva <rosa.villanueva@sbcglobal.net>", LO_TO,
            "no tengo acceso", at(2025, 9, 25, 19, 0, -7),
            "<html><body><div dir=\"ltr\"><p>Hola,</p><p>Desde que pagué el mes (<b>LO-INV-7411</b>) <u>no tengo acceso"
            "</u> a mi cuenta, me dice &quot;cuenta suspendida&quot;. Pido que me devuelvan el pago.</p>"
            "<p>Rosa<br>Fresno, CA</p></div></body></html>", html=True)
case("l36-html-sin-acceso-california", LOB, [f], "decided", [resc()],
     spec="HTML-only mail; L2 access_failure inside L3 (09-23 charge, request 09-26 IST) -> L6 escalate.")

# ---------------------------------------------------------------- Optima WebDesign
# o01 deposit inside 72 h, no work, Seville
proj("Cortijo El Alamillo Web", "info@cortijoelalamillo.es")
owpay("es_w011", "OWD-2025-301", "Cortijo El Alamillo Web", "deposit", "20000.00", "3600.00", "2025-09-20T10:00:00")
f, _ = mail("o01-anticipo-sevilla", "Cortijo El Alamillo <info@cortijoelalamillo.es>", OWD_TO,
            "Refund Request — Cortijo El Alamillo Web / OWD-2025-301", at(2025, 9, 22, 8, 0, 2),
            "Buenos días:\n\nEl sábado pagamos la señal del proyecto «Cortijo El Alamillo Web» (factura OWD-2025-301, "
            "20.000 ₹ + IVA). La familia ha decidido aplazar la reforma del cortijo y este año no vamos a abrir la "
            "casa rural, así que no tiene sentido hacer la web ahora. Os pedimos la devolución de la señal.\n\n"
            "Un saludo,\nRocío Alamillo")
case("o01-anticipo-sevilla", OWB, [f], "decided", [ref("20000.00")],
     spec="O2: paid 2025-09-20 10:00 IST, request 09-22 08:00+02:00 = 11:30 IST (49.5 h), no work -> approve 20000.00 (tax 3600 kept, C6).")

# o02 deposit exactly 72 h
proj("Clínica Dental Sonrisas", "gerencia@clinicasonrisas.es")
owpay("es_w021", "OWD-2025-302", "Clínica Dental Sonrisas", "deposit", "15000.00", "2700.00", "2025-09-15T12:00:00")
f, _ = mail("o02-anticipo-72h-justas", "Gerencia Clínica Sonrisas <gerencia@clinicasonrisas.es>", OWD_TO,
            "Devolución del anticipo OWD-2025-302", at(2025, 9, 18, 8, 30, 2),
            "Hola, os escribo para pedir la devolución del anticipo del proyecto Clínica Dental Sonrisas (OWD-2025-302). "
            "Los socios no se ponen de acuerdo con el presupuesto total y preferimos parar aquí. Estamos dentro de "
            "las 72 horas, ¿verdad?\n\nMarta, gerente")
case("o02-anticipo-72h-justas", OWB, [f], "decided", [rdeny()],
     spec="Sec. 8 / O2: paid 09-15 12:00 IST, request 09-18 08:30+02:00 = 12:00 IST = exactly 72 h, not before -> deny.")

# o03 deposit, work already started (CDMX)
proj("Taquería El Güero App", "contacto@taqueriaelguero.mx", "2025-09-25T11:00:00")
owpay("es_w031", "OWD-2025-303", "Taquería El Güero App", "deposit", "25000.00", "4500.00", "2025-09-24T10:00:00")
f, _ = mail("o03-anticipo-ya-empezaron", "Taquería El Güero <contacto@taqueriaelguero.mx>", OWD_TO,
            "Cancelar anticipo Taquería El Güero App", at(2025, 9, 26, 9, 0, -6),
            "Qué onda, buen día. Quiero que me regresen el anticipo de la app (factura OWD-2025-303). Mi socio se "
            "echó para atrás con la inversión. Sé que ya hicieron una junta de arranque pero apenas van dos días.\n"
            "Saludos, Beto")
case("o03-anticipo-ya-empezaron", OWB, [f], "decided", [rdeny()],
     spec="O2 whichever first: work started 09-25 11:00 IST before the request (09-26 20:30 IST, 58.5 h) -> deny.")

# o04 discovery, not started (Argentina)
proj("Bodega Los Andes Branding", "marketing@bodegalosandes.com.ar")
owpay("es_w041", "OWD-2025-304", "Bodega Los Andes Branding", "discovery", "15000.00", "2700.00", "2025-09-19T10:00:00")
f, _ = mail("o04-discovery-sin-empezar-mendoza", "Marketing Bodega Los Andes <marketing@bodegalosandes.com.ar>", OWD_TO,
            "Reintegro sesión de descubrimiento", at(2025, 9, 29, 11, 0, -3),
            "Hola equipo, ¿qué tal? Pagamos la etapa de discovery del proyecto Bodega Los Andes Branding "
            "(OWD-2025-304) pero todavía no tuvimos ninguna sesión. La bodega fue vendida a un grupo chileno y "
            "el proyecto queda sin efecto. ¿Nos reintegran el pago?\n\nAbrazo,\nCeci")
case("o04-discovery-sin-empezar-mendoza", OWB, [f], "decided", [ref("15000.00")],
     spec="O1: discovery with no session started (work_started_at empty) -> approve in full 15000.00 before tax.")

# o05 discovery, started (Uruguay)
proj("Estancia La Paloma Turismo", "reservas@estancialapaloma.com.uy", "2025-09-10T15:00:00")
owpay("es_w051", "OWD-2025-305", "Estancia La Paloma Turismo", "discovery", "12000.00", "2160.00", "2025-09-08T10:00:00")
f, _ = mail("o05-discovery-empezada", "Estancia La Paloma <reservas@estancialapaloma.com.uy>", OWD_TO,
            "Devolución discovery", at(2025, 9, 20, 10, 0, -3),
            "Buenas. Tuvimos la primera reunión de discovery el 10 pero la verdad no nos convenció el enfoque. "
            "Pedimos la devolución de lo pagado por Estancia La Paloma Turismo, factura OWD-2025-305.\nJuan Pedro")
case("o05-discovery-empezada", OWB, [f], "decided", [rdeny()],
     spec="O1: a session took place (work_started_at 09-10) before the request -> deny.")

# o06 milestone not started (Galicia), HTML-only
proj("Conservas Rías Baixas Tienda", "pedidos@conservasriasbaixas.gal", "2025-08-01T10:00:00")
owpay("es_w061", "OWD-2025-306", "Conservas Rías Baixas Tienda", "milestone", "25000.00", "4500.00", "2025-09-10T10:00:00",
      milestone_status="not_started")
f, _ = mail("o06-hito-sin-empezar-galicia", "Conservas Rías Baixas <pedidos@conservasriasbaixas.gal>", OWD_TO,
            "Hito 3 - pasarela de pago", at(2025, 9, 24, 17, 0, 2),
            "<html><body><p>Boas tardes,</p><p>En el proyecto <b>Conservas Rías Baixas Tienda</b> pagamos por adelantado el "
            "hito 3 (integración de la pasarela de pago, factura <b>OWD-2025-306</b>). Finalmente vamos a vender solo "
            "a través de Amazon, así que ese hito ya no hace falta. Solicitamos que nos devolváis ese importe.</p>"
            "<p>Saúdos,<br>Uxía Fernández</p></body></html>", html=True)
case("o06-hito-sin-empezar-galicia", OWB, [f], "decided", [ref("25000.00")],
     spec="O3: milestone not_started -> approve its amount 25000.00 before tax.")

# o07 milestone in progress (Bolivia)
proj("Cooperativa Illimani Portal", "sistemas@coopillimani.bo", "2025-07-01T10:00:00")
owpay("es_w071", "OWD-2025-307", "Cooperativa Illimani Portal", "milestone", "30000.00", "5400.00", "2025-09-01T10:00:00",
      milestone_status="in_progress")
f, _ = mail("o07-hito-en-curso-bolivia", "Sistemas Coop. Illimani <sistemas@coopillimani.bo>", OWD_TO,
            "Solicitud devolución hito 2", at(2025, 9, 23, 9, 0, -4),
            "Señores Optima WebDesign, el directorio decidió recortar el alcance del Cooperativa Illimani Portal y "
            "ya no se hará el módulo de socios. Solicitamos la devolución del hito 2 (OWD-2025-307), que entendemos "
            "recién está empezando.\nAtte. Ing. René Mamani")
case("o07-hito-en-curso-bolivia", OWB, [f], "decided", [resc()],
     spec="O3: milestone in_progress -> escalate (value of work not started needs a person).")

# o08 milestone approved (Guatemala)
proj("Hotel Antigua Colonial", "gerencia@hotelantiguacolonial.gt", "2025-06-01T10:00:00")
owpay("es_w081", "OWD-2025-308", "Hotel Antigua Colonial", "milestone", "18000.00", "3240.00", "2025-08-20T10:00:00",
      milestone_status="approved")
f, _ = mail("o08-hito-aprobado-antigua", "Gerencia Hotel Antigua Colonial <gerencia@hotelantiguacolonial.gt>", OWD_TO,
            "Reembolso diseño", at(2025, 9, 22, 15, 0, -6),
            "Buenas tardes. Aunque aprobamos el diseño del Hotel Antigua Colonial, ahora al verlo publicado no nos "
            "gusta. Queremos el reembolso de ese hito, factura OWD-2025-308.\nGerencia")
case("o08-hito-aprobado-antigua", OWB, [f], "decided", [rdeny()],
     spec="O3/O6: approved milestone -> deny (non-refundable).")

# o09 retainer, enough notice (Madrid)
proj("Inmobiliaria Castellana SEO", "marketing@inmocastellana.es", "2025-03-01T10:00:00")
owpay("es_w091", "OWD-2025-309", "Inmobiliaria Castellana SEO", "retainer", "30000.00", "5400.00", "2025-09-15T10:00:00",
      period_start="2025-09-15", period_end="2025-10-14", next_billing_at="2025-10-15T00:00:00")
f, _ = mail("o09-iguala-con-preaviso-madrid", "Marketing Inmobiliaria Castellana <marketing@inmocastellana.es>", OWD_TO,
            "Baja del servicio mensual SEO", at(2025, 9, 25, 12, 0, 2),
            "Buenas, os comunicamos la baja del mantenimiento SEO mensual de Inmobiliaria Castellana SEO (última "
            "factura OWD-2025-309). Motivo: a partir de octubre lo lleva un equipo interno. No queremos que se "
            "renueve.\nGracias,\nPaloma Ruiz")
case("o09-iguala-con-preaviso-madrid", OWB, [f], "decided", [canc("2025-10-14")],
     spec="O4/O8: request 09-25, next_billing 10-15 (cut-off 10-08) -> cancel effective 2025-10-14, no further charge.")

# o10 retainer, 7 days in Mexico is 6 in IST
proj("Distribuidora Regia Ads", "compras@distribuidoraregia.mx", "2025-05-06T10:00:00")
owpay("es_w101", "OWD-2025-310", "Distribuidora Regia Ads", "retainer", "20000.00", "3600.00", "2025-09-06T10:00:00",
      period_start="2025-09-06", period_end="2025-10-05", next_billing_at="2025-10-06T00:00:00")
f, _ = mail("o10-iguala-preaviso-tarde-monterrey", "Compras Distribuidora Regia <compras@distribuidoraregia.mx>", OWD_TO,
            "Cancelación servicio de anuncios", at(2025, 9, 29, 14, 0, -6),
            "Buenas tardes, por medio del presente les pedimos cancelar el servicio mensual de anuncios de "
            "Distribuidora Regia Ads (factura OWD-2025-310) porque se nos recortó el presupuesto de marketing. "
            "Les avisamos con 7 días, como dice su política.\nLic. Sandra Treviño")
case("o10-iguala-preaviso-tarde-monterrey", OWB, [f], "decided", [canc("2025-11-05")],
     spec="O4: 09-29 14:00-06:00 = 09-30 01:30 IST, after cut-off 09-29 (10-06 minus 7) -> next cycle 10-06..11-05 billed, effective 2025-11-05.")

# o11 retainer, exactly 7 days (Argentina)
proj("Librería Palermo Redes", "libreriapalermo@gmail.com", "2025-04-06T10:00:00")
owpay("es_w111", "OWD-2025-311", "Librería Palermo Redes", "retainer", "12000.00", "2160.00", "2025-09-06T10:00:00",
      period_start="2025-09-06", period_end="2025-10-05", next_billing_at="2025-10-06T00:00:00")
f, _ = mail("o11-iguala-7-dias-justos-bsas", "Librería Palermo <libreriapalermo@gmail.com>", OWD_TO,
            "Baja abono redes sociales", at(2025, 9, 29, 14, 0, -3),
            "Hola! Les aviso que damos de baja el abono mensual de redes de Librería Palermo Redes (OWD-2025-311). "
            "Cerramos el local físico y vamos a manejar las redes nosotros.\nSaludos, Mirta")
case("o11-iguala-7-dias-justos-bsas", OWB, [f], "decided", [canc("2025-10-05")],
     spec="O4: 09-29 14:00-03:00 = 22:30 IST on 09-29 = next_billing 10-06 minus 7 days -> on time, effective 2025-10-05.")

# o12 retainer with the next cycle already paid -> escalate
proj("Academia Idiomas Retiro", "direccion@idiomasretiro.es", "2025-02-01T10:00:00")
owpay("es_w121", "OWD-2025-312", "Academia Idiomas Retiro", "retainer", "10000.00", "1800.00", "2025-09-01T10:00:00",
      period_start="2025-09-01", period_end="2025-09-30", next_billing_at="2025-10-01T00:00:00")
owpay("es_w122", "OWD-2025-313", "Academia Idiomas Retiro", "retainer", "10000.00", "1800.00", "2025-09-15T10:00:00",
      period_start="2025-10-01", period_end="2025-10-31", next_billing_at="2025-11-01T00:00:00")
f, _ = mail("o12-iguala-pagada-por-adelantado", "Dirección Academia Retiro <direccion@idiomasretiro.es>", OWD_TO,
            "Baja mantenimiento web + octubre pagado", at(2025, 9, 22, 10, 0, 2),
            "Hola, cancelamos el mantenimiento mensual de Academia Idiomas Retiro: la academia se fusiona con otra y "
            "usaremos su web. Ojo, que octubre ya os lo pagamos por adelantado (OWD-2025-313).\nElena")
case("o12-iguala-pagada-por-adelantado", OWB, [f], "decided", [cesc()],
     spec="Sec. 8 retainer paid in advance: next cycle (Oct) already paid and notice >= 7 days -> cancellation escalate.")

# o13 hosting annual within 14 days (Canary Islands)
proj("Surf Camp Fuerteventura", "hola@surfcampfuerte.es")
owpay("es_w131", "OWD-2025-314", "Surf Camp Fuerteventura", "hosting_annual", "18000.00", "3240.00", "2025-09-18T10:00:00",
      setup_fee="1800.00", service_start="2025-09-18")
f, _ = mail("o13-hosting-14-dias-canarias", "Surf Camp Fuerteventura <hola@surfcampfuerte.es>", OWD_TO,
            "Devolución hosting anual", at(2025, 9, 25, 9, 0, 1),
            "Hola equipo! Contratamos el hosting anual del Surf Camp Fuerteventura (OWD-2025-314) pero el "
            "ayuntamiento nos ha denegado la licencia y cerramos. Queremos la devolución de lo que se pueda.\n"
            "Gracias, Iballa")
case("o13-hosting-14-dias-canarias", OWB, [f], "decided", [ref("14850.00")],
     spec="O5: day 7 of service -> 18000 - 1800 - (16200/12 = 1350) x 1 = 14850.00.")

# o14 hosting, day 14 in Mexico is day 15 in IST
proj("Mariscos La Perla Web", "laperla.mazatlan@gmail.com")
owpay("es_w141", "OWD-2025-315", "Mariscos La Perla Web", "hosting_annual", "12000.00", "2160.00", "2025-09-01T10:00:00",
      setup_fee="1200.00", service_start="2025-09-01")
f, _ = mail("o14-hosting-dia-15-mazatlan", "Mariscos La Perla <laperla.mazatlan@gmail.com>", OWD_TO,
            "reembolso hosting", at(2025, 9, 15, 13, 0, -7),
            "buenas tardes quiero pedir el reembolso del hosting anual de Mariscos La Perla Web factura OWD-2025-315 "
            "porque nos vamos a ir con el hosting que nos da el proveedor del punto de venta todavia estoy en los 14 "
            "dias\ngracias")
case("o14-hosting-dia-15-mazatlan", OWB, [f], "decided", [rdeny()],
     spec="O5: 09-15 13:00-07:00 (Sinaloa) = 09-16 01:30 IST = day 15 after service_start 09-01 -> deny.")

# o15 maintenance annual, rounding
proj("Farmacia San Telmo", "farmaciasantelmo@fibertel.com.ar")
owpay("es_w151", "OWD-2025-316", "Farmacia San Telmo", "maintenance_annual", "9999.99", "1800.00", "2025-09-22T10:00:00",
      setup_fee="0.00", service_start="2025-09-22")
f, _ = mail("o15-mantenimiento-redondeo", "Farmacia San Telmo <farmaciasantelmo@fibertel.com.ar>", OWD_TO,
            "Reintegro mantenimiento anual", at(2025, 9, 24, 10, 0, -3),
            "Hola, contratamos el mantenimiento anual para Farmacia San Telmo (OWD-2025-316) pero la cadena que nos "
            "compró ya tiene su propio equipo de sistemas. Pedimos el reintegro proporcional.\nDra. Silvia Ocampo")
case("o15-mantenimiento-redondeo", OWB, [f], "decided", [ref("9166.66")],
     spec="O5 + C6: 9999.99 - 0 - 9999.99/12 (833.3325) = 9166.6575 -> 9166.66 (rounded once at the end).")

# o16 domain renewal, third party
proj("Agroexport Santa Cruz", "ventas@agroexportsc.com.bo", "2025-01-10T10:00:00")
owpay("es_w161", "OWD-2025-317", "Agroexport Santa Cruz", "third_party", "1500.00", "270.00", "2025-09-20T10:00:00")
f, _ = mail("o16-dominio-santa-cruz", "Agroexport Santa Cruz <ventas@agroexportsc.com.bo>", OWD_TO,
            "Renovación de dominio no autorizada", at(2025, 9, 22, 11, 0, -4),
            "Estimados, renovaron el dominio de Agroexport Santa Cruz (OWD-2025-317) y nosotros ya no lo vamos a "
            "usar porque cambiamos de marca. Solicitamos la devolución de ese cobro.\nAtentamente, Carlos Justiniano")
case("o16-dominio-santa-cruz", OWB, [f], "decided", [rdeny()],
     spec="O6: domain renewal is third_party -> deny, non-refundable items.")

# o17 rush fee
proj("Festival Cumbia Asunción", "produccion@festicumbia.com.py", "2025-09-01T10:00:00")
owpay("es_w171", "OWD-2025-318", "Festival Cumbia Asunción", "rush", "8000.00", "1440.00", "2025-09-05T10:00:00")
f, _ = mail("o17-urgencia-asuncion", "Producción FestiCumbia <produccion@festicumbia.com.py>", OWD_TO,
            "Devolución del recargo por urgencia", at(2025, 9, 18, 12, 0, -3),
            "Hola, pagamos el recargo por entrega urgente del Festival Cumbia Asunción (OWD-2025-318) y al final la "
            "web salió igual un día tarde. Queremos que nos devuelvan ese recargo.\nProducción")
case("o17-urgencia-asuncion", OWB, [f], "decided", [rdeny()],
     spec="O6: rush fees are never refundable -> deny.")

# o18 C2: not the contract email
proj("Óptica Vista Clara", "admin@opticavistaclara.com.pa", "2025-08-01T10:00:00")
owpay("es_w181", "OWD-2025-319", "Óptica Vista Clara", "deposit", "10000.00", "700.00", "2025-09-20T10:00:00")
f, _ = mail("o18-otro-correo-panama", "Luis Chen <luischen.pty@gmail.com>", OWD_TO,
            "Reembolso Óptica Vista Clara", at(2025, 9, 21, 10, 0, -5),
            "Hola, soy el dueño de Óptica Vista Clara. Escribo desde mi Gmail. Queremos la devolución del depósito "
            "OWD-2025-319 porque vendimos el negocio.\nLuis Chen")
case("o18-otro-correo-panama", OWB, [f], "need_info", rules=["C2"],
     spec="C2 (Optima, explicit): not sent from the contract email admin@opticavistaclara.com.pa -> ask to write from it.")

# o19 cancellation without a reason -> need_info reason
proj("Panadería Triana Online", "panaderiatriana@gmail.com", "2025-01-05T10:00:00")
owpay("es_w191", "OWD-2025-320", "Panadería Triana Online", "retainer", "8000.00", "1440.00", "2025-09-05T10:00:00",
      period_start="2025-09-05", period_end="2025-10-04", next_billing_at="2025-10-05T00:00:00")
f, _ = mail("o19-baja-sin-motivo-triana", "Panadería Triana <panaderiatriana@gmail.com>", OWD_TO,
            "Baja", at(2025, 9, 20, 19, 0, 2),
            "Buenas tardes, solicito la baja del mantenimiento mensual de Panadería Triana Online, factura "
            "OWD-2025-320. Quedo a la espera de confirmación.\n\nUn saludo,\nManoli\nPanadería Triana — desde 1962")
case("o19-baja-sin-motivo-triana", OWB, [f], "need_info", missing=["reason"],
     spec="Sec. 8: Optima requires a reason for cancellations too; none given (courtesy, signature) -> ask for reason.")

# o20 PROFECO threat (Mexico) -> C4
proj("Gimnasio Fuerza Sur", "admin@gimnasiofuerzasur.mx")
owpay("es_w201", "OWD-2025-321", "Gimnasio Fuerza Sur", "deposit", "18000.00", "2880.00", "2025-09-26T10:00:00")
f, _ = mail("o20-profeco-cdmx", "Gimnasio Fuerza Sur <admin@gimnasiofuerzasur.mx>", OWD_TO,
            "Devolución anticipo o queja en PROFECO", at(2025, 9, 27, 10, 0, -6),
            "Buenos días. Pagamos el anticipo de Gimnasio Fuerza Sur (OWD-2025-321) y ya nos arrepentimos, el "
            "vendedor nos prometió cosas que no vienen en la cotización. Quiero mi dinero de vuelta o pongo una queja "
            "ante PROFECO y lo veo con mi abogado.\nArmando Vega")
case("o20-profeco-cdmx", OWB, [f], "decided", [resc()], rules=["C4"],
     spec="C4: consumer-protection body (PROFECO) and lawyer -> escalate, even though O2 would approve.")

# o21 question before signing
f, _ = mail("o21-pregunta-antes-de-firmar", "Valentina Rossi <vrossi.estudio@gmail.com>", OWD_TO,
            "Duda antes de firmar el contrato", at(2025, 9, 23, 16, 0, -3),
            "Hola, antes de firmar el presupuesto para la web de mi estudio de arquitectura quería preguntar: si "
            "pago la seña y después me arrepiento, ¿me la devuelven? ¿Hasta cuándo?\nValentina")
case("o21-pregunta-antes-de-firmar", OWB, [f], "other",
     spec="Sec. 8 hypothetical, a question before signing -> other.")

# o22 thread: deposit refund, reason in the reply
proj("Escuela de Baile Salsa Boricua", "salsaboricua.pr@gmail.com")
owpay("es_w221", "OWD-2025-322", "Escuela de Baile Salsa Boricua", "deposit", "9000.00", "1620.00", "2025-09-24T20:00:00")
f1, m1 = mail("o22a-anticipo-sin-motivo-pr", "Salsa Boricua <salsaboricua.pr@gmail.com>", OWD_TO,
              "Refund Request — Escuela de Baile Salsa Boricua OWD-2025-322", at(2025, 9, 25, 9, 0, -4),
              "Saludos, solicito el reembolso del depósito OWD-2025-322 del proyecto Escuela de Baile Salsa Boricua.\n"
              "Bendiciones, Mayra")
f2, _ = mail("o22b-respuesta-motivo-pr", "Salsa Boricua <salsaboricua.pr@gmail.com>", OWD_TO,
             "Re: Refund Request — Escuela de Baile Salsa Boricua OWD-2025-322 [OWD-3310]", at(2025, 9, 29, 10, 0, -4),
             "Perdón la tardanza. El motivo es que el local donde íbamos a abrir la escuela se quemó y el proyecto "
             "se pospone indefinidamente.\nMayra\n\n> Nos falta el motivo de la solicitud.\n",
             reply_to_id="<owd-3310.reply@optimawebdesign.com>", refs=[m1, "<owd-3310.reply@optimawebdesign.com>"])
case("o22-hilo-anticipo-pr", OWB, [f1, f2], "decided", [ref("9000.00")],
     spec="C3 merge; request time = first mail 09-25 09:00-04:00 = 18:30 IST, 22.5 h after 09-24 20:00 IST, no work -> O2 approve 9000.00.")

write()
