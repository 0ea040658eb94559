"""Fresh held-out round 5, Spanish (es): writes ledger.json, emails/*.eml and expected.json here.

Written by a QA pass from POLICY_SPEC.md alone (MIT licence, like the project). Stdlib only,
deterministic. Run: python3 make_cases.py
"""
import json
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
LANG = "es"
LO = "support@leadsoptima.com"
OWD = "optimawebdesigns12@gmail.com"
LEDGER = {"customers": [], "projects": [], "payments": []}
CASES = []


def D(s, tz="+0530"):
    sign = 1 if tz[0] == "+" else -1
    off = timezone(sign * timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])))
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=off)


def cust(email, name, plan, start=None, end=None, status="active", trial_ends=None):
    LEDGER["customers"].append({"brand": "leadsoptima", "email": email, "name": name, "plan": plan,
                                "status": status, "trial_ends": trial_ends,
                                "current_period_start": start, "current_period_end": end})


def lopay(pid, inv, email, plan, amount, tax, paid_at, ps, pe, status="paid"):
    LEDGER["payments"].append({"brand": "leadsoptima", "id": pid, "invoice": inv, "customer_email": email,
                               "kind": "subscription", "plan": plan, "amount": amount, "tax": tax,
                               "currency": "INR", "paid_at": paid_at, "period_start": ps,
                               "period_end": pe, "status": status})


def proj(name, email, started=None):
    LEDGER["projects"].append({"brand": "optima_webdesign", "name": name, "contract_email": email,
                               "work_started_at": started})


def owpay(pid, inv, project, kind, amount, tax, paid_at, status="paid", **kw):
    rec = {"brand": "optima_webdesign", "id": pid, "invoice": inv, "project": project, "kind": kind,
           "amount": amount, "tax": tax, "currency": "INR", "paid_at": paid_at, "status": status,
           "setup_fee": None, "service_start": None, "next_billing_at": None,
           "period_start": None, "period_end": None, "milestone_status": None}
    rec.update(kw)
    LEDGER["payments"].append(rec)


_mid = [0]
MSGIDS = {}


def mail(name, frm, to, subject, date, body, html=None, headers=None, reply_to_prev=None):
    _mid[0] += 1
    m = EmailMessage(policy=SMTP)
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = MSGIDS[name] = f"<fresh5-{LANG}-{_mid[0]:03d}@mail.example>"
    if reply_to_prev:
        m["In-Reply-To"] = reply_to_prev
        m["References"] = reply_to_prev
    for k, v in (headers or {}).items():
        m[k] = v
    if html and body is None:
        m.set_content(html, subtype="html")
    else:
        m.set_content(body)
        if html:
            m.add_alternative(html, subtype="html")
    path = HERE / "emails" / f"{name}.eml"
    path.write_bytes(m.as_bytes())
    return f"emails/{name}.eml"


def case(cid, brand, files, status, decisions=(), rules=(), missing=None, spec="", ambiguous=None,
         extra_ok=False, line=""):
    c = {"id": f"{LANG}-{cid}", "lang": LANG, "files": files, "brand": brand, "status": status,
         "rules": list(rules)}
    if missing is not None:
        c["missing"] = missing
    c["decisions"] = [dict(d) for d in decisions]
    if extra_ok:
        c["extra_ok"] = True
    c["spec"] = spec
    if ambiguous:
        c["ambiguous"] = ambiguous
    c["_line"] = line
    CASES.append(c)


def R(outcome, amount=None):
    d = {"intent": "refund", "outcome": outcome}
    if amount is not None:
        d["amount"] = amount
    return d


def C(outcome, eff=None):
    d = {"intent": "cancellation", "outcome": outcome}
    if eff is not None:
        d["effective_date"] = eff
    return d


def build():
    (HERE / "emails").mkdir(exist_ok=True)
    for old in (HERE / "emails").glob("*.eml"):
        old.unlink()
    L, W = "leadsoptima", "optima_webdesign"

    # ---------------- LeadsOptima ----------------
    cust("pedidos@papeleriaelcolibri.mx", "Papelería El Colibrí", "monthly", "2025-09-22", "2025-10-21")
    lopay("lo_es_01a", "LO-INV-71020", "pedidos@papeleriaelcolibri.mx", "monthly", "1299.00", "233.82",
          "2025-09-22T11:04:00", "2025-09-22", "2025-10-21")
    lopay("lo_es_01b", "LO-INV-71021", "pedidos@papeleriaelcolibri.mx", "monthly", "1299.00", "233.82",
          "2025-09-22T11:06:00", "2025-09-22", "2025-10-21")
    f = mail("l01-cobro-doble", "Marisol Téllez <pedidos@papeleriaelcolibri.mx>", LO,
             "cobro doble!!", D("2025-09-25 09:40", "-0600"),
             "Hola buenas tardes\n\nme cobraron 2 veces la mensualidad el lunes 22, mismo monto $1,299.00 "
             "y a los dos minutos otra vez. La segunda factura es la lo inv 71021.\n"
             "Me regresan el segundo cobro por favor.\n\nMarisol\nPapelería El Colibrí, Puebla\n\n"
             "Enviado desde mi Huawei")
    case("l01-cobro-doble", L, [f], "decided", [R("approve", "1299.00")],
         spec="POLICY_SPEC.md section 3 L2 duplicate_payment, L3, L4: two paid monthly charges 1299.00 "
              "2025-09-22 same period; request 2025-09-25 21:10 IST = day 3 -> approve the duplicate 1299.00 "
              "before tax (C6); 'lo inv 71021' matches LO-INV-71021 (section 8)",
         line="Mexican stationery shop, charged twice, sloppy invoice ref -> approve 1299.00")

    cust("facturacion@estudiopiedra.com.ar", "Estudio Piedra", "annual", "2025-09-05", "2026-09-04")
    lopay("lo_es_02a", "LO-INV-71030", "facturacion@estudiopiedra.com.ar", "annual", "11988.00", "0.00",
          "2025-09-05T10:00:00", "2025-09-05", "2026-09-04")
    lopay("lo_es_02b", "LO-INV-71031", "facturacion@estudiopiedra.com.ar", "annual", "11988.00", "0.00",
          "2025-09-05T10:01:00", "2025-09-05", "2026-09-04")
    f = mail("l02-doble-fuera-plazo", "Facturación Estudio Piedra <facturacion@estudiopiedra.com.ar>", LO,
             "Reclamo por pago duplicado - plan anual", D("2025-09-13 11:20", "-0300"),
             "Estimados:\n\nRevisando el resumen de la tarjeta vemos que el plan anual se debitó dos veces "
             "el 5/9 (dos débitos de ₹11.988). Solicitamos la devolución del segundo débito, factura "
             "LO-INV-71031.\n\nSaludos cordiales,\nJulián Ocampo\nAdministración - Estudio Piedra\n"
             "Av. Corrientes 1234, CABA")
    case("l02-doble-fuera-plazo", L, [f], "decided", [R("deny")],
         spec="L3: charge 2025-09-05 (day 0); request 2025-09-13 19:50 IST = day 8 > 7 -> deny citing the 7-day rule",
         line="Argentine studio, duplicate annual charge reported on day 8 -> deny (L3)")

    cust("hola@floristeriaalba.es", "Floristería Alba", "quarterly", "2025-09-16", "2025-12-15")
    lopay("lo_es_03a", "LO-INV-71040", "hola@floristeriaalba.es", "quarterly", "3597.00", "647.46",
          "2025-09-16T10:00:00", "2025-09-16", "2025-12-15")
    lopay("lo_es_03b", "LO-INV-71041", "hola@floristeriaalba.es", "quarterly", "3597.00", "647.46",
          "2025-09-16T10:03:00", "2025-09-16", "2025-12-15")
    f = mail("l03-doble-dia-7", "Alba Giménez <hola@floristeriaalba.es>", LO,
             "Me habéis cobrado el trimestre dos veces", D("2025-09-23 11:00", "+0200"),
             "Hola,\n\nel martes 16 de septiembre me pasasteis dos cargos iguales del plan trimestral. "
             "Adjunto captura del banco. Os pido que me devolváis el duplicado (factura LO-INV-71041).\n\n"
             "Un saludo,\nAlba\nFloristería Alba · Valencia")
    case("l03-doble-dia-7", L, [f], "decided", [R("approve", "3597.00")],
         spec="L3 edge: charge 2025-09-16 day 0; request 2025-09-23 14:30 IST = day 7, inside -> L4 approve 3597.00 (before tax)",
         line="Valencia florist, duplicate quarterly charge on day 7 exactly -> approve 3597.00")

    cust("diego.marin.foto@gmail.com", "Diego Marín", "monthly", "2025-09-20", "2025-10-19")
    lopay("lo_es_04", "LO-INV-71050", "diego.marin.foto@gmail.com", "monthly", "1499.00", "269.82",
          "2025-09-20T08:30:00", "2025-09-20", "2025-10-19")
    f = mail("l04-no-lo-uso", "Diego Marín <diego.marin.foto@gmail.com>", LO,
             "devolucion", D("2025-09-24 18:05", "+0200"),
             "hola, la verdad es que este mes casi no he usado la herramienta, tengo poco curro y no me "
             "compensa. Me devolveis los 1.499 de la factura LO-INV-71050? gracias\n\nDiego")
    case("l04-no-lo-uso", L, [f], "decided", [R("deny")],
         spec="L1: reason 'did not use it / not worth it' is not an L2 exception -> deny, cancellation offered; "
              "inside the window does not matter",
         line="Freelance photographer, barely used it this month -> refund deny (L1)")

    cust("admin@clinicadentalsonrie.co", "Clínica Dental Sonríe", "annual", "2025-09-26", "2026-09-25")
    lopay("lo_es_05", "LO-INV-71060", "admin@clinicadentalsonrie.co", "annual", "11988.00", "2157.84",
          "2025-09-26T12:00:00", "2025-09-26", "2026-09-25")
    f = mail("l05-plan-equivocado", "Clínica Dental Sonríe <admin@clinicadentalsonrie.co>", LO,
             "Cobro del plan anual por error - factura LO-INV-71060", D("2025-09-28 10:30", "-0500"),
             "Buenos días equipo de LeadsOptima:\n\nNosotros tenemos contratado el plan mensual, pero el 26 "
             "de septiembre nos cobraron el plan ANUAL (₹11,988). Nunca pedimos cambiar de plan. Por favor "
             "corrijan el cobro y devuelvan la diferencia.\n\nAtentamente,\nDra. Paula Restrepo\n"
             "Clínica Dental Sonríe - Medellín")
    case("l05-plan-equivocado", L, [f], "decided", [R("escalate")],
         spec="L2 billing_error (charged for the wrong plan); charge 2025-09-26, request 2025-09-28 day 2 -> L5 escalate, no amount",
         line="Colombian dental clinic charged annual instead of monthly -> escalate (L5)")

    cust("contacto@heladosnevada.cl", "Helados Nevada", "quarterly", "2025-09-25", "2025-12-24")
    lopay("lo_es_06", "LO-INV-71070", "contacto@heladosnevada.cl", "quarterly", "3597.00", "683.43",
          "2025-09-25T09:15:00", "2025-09-25", "2025-12-24")
    f = mail("l06-no-puedo-entrar", "Helados Nevada <contacto@heladosnevada.cl>", LO,
             "no puedo entrar", D("2025-09-29 08:12", "-0300"),
             "Desde el viernes no puedo entrar a la plataforma, se queda cargando y nada. Pagué el trimestre "
             "el 25 (LO-INV-71070), quiero mi plata de vuelta si no funciona.\n\nEnviado desde mi iPhone")
    case("l06-no-puedo-entrar", L, [f], "decided", [R("escalate")],
         spec="L2 access_failure; charge 2025-09-25, request 2025-09-29 16:42 IST day 4 -> L6 escalate",
         line="Chilean ice-cream shop, two-line iPhone mail, cannot log in -> escalate (L6)")

    cust("rrhh@talentoandino.pe", "Talento Andino", "monthly", "2025-09-30", "2025-10-29")
    lopay("lo_es_07a", "LO-INV-71080", "rrhh@talentoandino.pe", "monthly", "1499.00", "269.82",
          "2025-08-30T10:00:00", "2025-08-30", "2025-09-29")
    lopay("lo_es_07b", "LO-INV-71081", "rrhh@talentoandino.pe", "monthly", "1499.00", "269.82",
          "2025-09-30T10:00:00", "2025-09-30", "2025-10-29")
    f = mail("l07-acceso-fuera-plazo", "Rocío Quispe <rrhh@talentoandino.pe>", LO,
             "Sin acceso desde agosto", D("2025-09-15 09:00", "-0500"),
             "Hola:\n\nDesde el 31 de agosto no tenemos acceso al panel, nos sale error 500 al iniciar sesión. "
             "Pagamos el mes el 30 de agosto (factura LO-INV-71080) y no lo hemos podido usar. "
             "Pedimos el reembolso de ese pago.\n\nSaludos,\nRocío Quispe\nTalento Andino SAC - Lima")
    case("l07-acceso-fuera-plazo", L, [f], "decided", [R("deny")],
         spec="L2 access_failure but charge LO-INV-71080 2025-08-30; request 2025-09-15 = day 16 > 7 -> L3 deny",
         line="Peruvian HR firm, no access, asked 16 days after the charge -> deny (L3)")

    cust("info@libreriaelfaro.es", "Librería El Faro", "quarterly", "2025-08-10", "2025-11-09")
    lopay("lo_es_08", "LO-INV-71090", "info@libreriaelfaro.es", "quarterly", "3597.00", "755.37",
          "2025-08-10T10:00:00", "2025-08-10", "2025-11-09")
    f = mail("l08-baja-cierre", "Librería El Faro <info@libreriaelfaro.es>", LO,
             "Baja del servicio", D("2025-09-26 12:45", "+0200"),
             "Buenos días:\n\nOs escribo para daros de baja nuestra suscripción trimestral. Cerramos la "
             "librería a final de año por jubilación y ya no vamos a hacer campañas.\n\n"
             "Muchas gracias por todo,\nTeresa Lorenzo\nLibrería El Faro (Gijón)")
    case("l08-baja-cierre", L, [f], "decided", [C("cancel", "2025-11-09")],
         spec="L8: cancellation; current_period_end 2025-11-09 -> cancel, effective 2025-11-09",
         line="Gijón bookshop closing, cancel quarterly -> cancel until 2025-11-09")

    cust("nacho.web.freelance@outlook.es", "Nacho Vidal", "monthly")
    lopay("lo_es_09", "LO-INV-71100", "nacho.web.freelance@outlook.es", "monthly", "1299.00", "272.79",
          "2025-09-14T07:20:00", "2025-09-14", "2025-10-13")
    f = mail("l09-baja-sin-motivo", "Nacho <nacho.web.freelance@outlook.es>", LO,
             "cancelar", D("2025-09-30 23:10", "+0200"),
             "Cancelad mi plan mensual porfa.\n\nNacho")
    case("l09-baja-sin-motivo", L, [f], "decided", [C("cancel", "2025-10-13")],
         spec="L8 fallback: no current_period_end; last charge 2025-09-14 + 1 month - 1 day = 2025-10-13; "
              "a missing reason does not hold a LeadsOptima cancellation up (section 3)",
         line="Freelancer, one-line cancel with no reason, no period in ledger -> cancel 2025-10-13")

    cust("direccion@colegioloscedros.edu.mx", "Colegio Los Cedros", "annual", "2025-03-01", "2026-02-28")
    lopay("lo_es_10", "LO-INV-71110", "direccion@colegioloscedros.edu.mx", "annual", "11988.00", "1918.08",
          "2025-03-01T10:00:00", "2025-03-01", "2026-02-28")
    f = mail("l10-no-quiero-reembolso", "Dirección Colegio Los Cedros <direccion@colegioloscedros.edu.mx>", LO,
             "Cancelación de la renovación anual", D("2025-09-18 16:30", "-0600"),
             "Estimado equipo,\n\nNo queremos ningún reembolso, sabemos que el plan anual ya está pagado. "
             "Solo les pedimos que cancelen la suscripción para que no se renueve en marzo: el colegio "
             "va a usar la plataforma de la Secretaría el próximo ciclo escolar.\n\n"
             "Atentamente,\nLic. Gabriela Sotomayor\nDirectora Administrativa")
    case("l10-no-quiero-reembolso", L, [f], "decided", [C("cancel", "2026-02-28")],
         spec="Section 8 negation: 'no queremos ningún reembolso' adds no refund intent; L8 cancel, current_period_end 2026-02-28",
         line="Mexican school, 'no queremos reembolso, solo cancelar' -> cancel only, 2026-02-28")

    cust("mariana.coach@yahoo.es", "Mariana Ruiz", None, status="trial", trial_ends="2025-10-06")
    f = mail("l11-prueba-gratis", "Mariana Ruiz <mariana.coach@yahoo.es>", LO,
             "Reembolso prueba", D("2025-09-27 10:10", "+0200"),
             "Hola, estoy en la prueba gratuita y no me convence la herramienta para mi negocio de coaching, "
             "es demasiado compleja. Quiero que me devolváis lo que me hayáis cobrado.\nMariana")
    case("l11-prueba-gratis", L, [f], "decided", [R("deny")],
         spec="L7: account on a free trial (status trial, trial_ends 2025-10-06), no charges -> deny, nothing to refund",
         ambiguous="invoice_number is required for a refund (section 3) but a trial has no invoice; decided that L7 "
                   "settles it (nothing to identify) rather than need_info",
         line="Coach on a free trial asks for money back -> deny (L7)")

    f = mail("l12-hipotetica", "Ferretería Hnos. Pardo <compras@ferreteriapardo.com.uy>", LO,
             "Consulta antes de contratar", D("2025-09-22 15:00", "-0300"),
             "Buenas, estamos pensando en contratar el plan anual. Si después de un mes vemos que no nos "
             "sirve, ¿nos devuelven la plata? ¿Y se puede pagar en cuotas?\n\nGracias,\nRaúl Pardo")
    case("l12-hipotetica", L, [f], "other",
         spec="Section 8: 'would I get a refund if...' before buying is a policy question -> other; sender has no "
              "account and nothing is requested, so no C2",
         line="Uruguayan hardware store asks before buying if refunds exist -> other")

    cust("marketing@vinosdelsur.cl", "Vinos del Sur", "monthly", "2025-09-12", "2025-10-11")
    lopay("lo_es_13", "LO-INV-71130", "marketing@vinosdelsur.cl", "monthly", "1499.00", "284.81",
          "2025-09-12T10:00:00", "2025-09-12", "2025-10-11")
    f = mail("l13-como-exportar", "Camila Soto <marketing@vinosdelsur.cl>", LO,
             "¿Cómo exporto los leads a Excel?", D("2025-09-29 12:00", "-0300"),
             "Hola! Una consulta rápida: ¿cómo exporto los contactos de una campaña a Excel o CSV? "
             "No encuentro el botón en el panel nuevo.\n\nMil gracias,\nCami")
    case("l13-como-exportar", L, [f], "other",
         spec="Neither refund nor cancellation (how-to question) -> other",
         line="Chilean winery asks how to export leads -> other")

    cust("ventas@tiendaluna.mx", "Tienda Luna", "monthly", "2025-09-08", "2025-10-07")
    lopay("lo_es_14", "LO-INV-71140", "ventas@tiendaluna.mx", "monthly", "1299.00", "233.82",
          "2025-09-08T10:00:00", "2025-09-08", "2025-10-07")
    f = mail("l14-otro-correo", "Luna Herrera <lunaherrera88@gmail.com>", LO,
             "Cancelar suscripción Tienda Luna", D("2025-09-27 20:00", "-0600"),
             "Hola, soy la dueña de Tienda Luna. El correo registrado es ventas@tiendaluna.mx pero ya no "
             "tengo acceso a esa cuenta porque se fue la chica que la llevaba. Quiero cancelar el plan "
             "mensual, ya no lo necesitamos.\n\nLuna Herrera")
    case("l14-otro-correo", L, [f], "need_info", rules=["C2"],
         spec="C2: sender lunaherrera88@gmail.com is not the registered ventas@tiendaluna.mx named in the mail -> "
              "need_info asking to write from the registered address, nothing about the account",
         line="Owner writes from personal Gmail naming another registered email -> need_info C2")

    cust("tesoreria@ongmanosunidas.org", "ONG Manos Unidas del Valle", "monthly", None, None, status="cancelled")
    lopay("lo_es_15a", "LO-INV-71150", "tesoreria@ongmanosunidas.org", "monthly", "999.00", "0.00",
          "2025-08-20T10:00:00", "2025-08-20", "2025-09-19")
    lopay("lo_es_15b", "LO-INV-71151", "tesoreria@ongmanosunidas.org", "monthly", "999.00", "0.00",
          "2025-09-20T10:00:00", "2025-09-20", "2025-10-19")
    f = mail("l15-cobro-tras-baja", "Tesorería ONG Manos Unidas <tesoreria@ongmanosunidas.org>", LO,
             "Cobro después de cancelar", D("2025-09-22 10:00", "-0400"),
             "Buenos días,\n\nCancelamos la suscripción el 14 de septiembre desde Facturación > Cancelar plan "
             "y aun así el 20 nos cobraron otra mensualidad (LO-INV-71151, ₹999). Somos una ONG pequeña y "
             "ese dinero nos hace falta. Solicitamos el reintegro.\n\nCordialmente,\nEsteban Rojas\n"
             "Tesorero - ONG Manos Unidas del Valle (Bolivia)")
    case("l15-cobro-tras-baja", L, [f], "decided", [R("escalate")],
         spec="L2 billing_error ('charged after I cancelled', past event); charge 2025-09-20, request 2025-09-22 day 2 -> L5 escalate",
         line="Bolivian NGO cancelled on the 14th, charged on the 20th -> escalate (L5)")

    cust("pablo@surfescuelaolas.es", "Surf Escuela Olas", "monthly", "2025-09-26", "2025-10-25")
    lopay("lo_es_16a", "LO-INV-71160", "pablo@surfescuelaolas.es", "monthly", "1299.00", "272.79",
          "2025-09-26T09:00:00", "2025-09-26", "2025-10-25")
    lopay("lo_es_16b", "LO-INV-71161", "pablo@surfescuelaolas.es", "monthly", "1299.00", "272.79",
          "2025-09-26T09:02:00", "2025-09-26", "2025-10-25")
    f1 = mail("l16-hilo-1", "Pablo Etxeberria <pablo@surfescuelaolas.es>", LO,
              "Pago duplicado", D("2025-09-27 09:30", "+0200"),
              "Kaixo! Me ha llegado dos veces el cargo de este mes al mismo tiempo. ¿Me devolvéis uno?\n\nPablo\n"
              "Surf Escuela Olas - Zarautz")
    f2 = mail("l16-hilo-2", "Pablo Etxeberria <pablo@surfescuelaolas.es>", LO,
              "Re: Pago duplicado [LO-5016]", D("2025-09-30 08:10", "+0200"),
              "Hola, la factura del segundo cobro es LO-INV-71161.\n\nPablo\n\n"
              "El lun, 29 sept 2025 a las 11:02, LeadsOptima Support <support@leadsoptima.com> escribió:\n"
              "> Para tramitar su solicitud necesitamos el número de factura.",
              reply_to_prev=MSGIDS["l16-hilo-1"])
    case("l16-hilo-factura", L, [f1, f2], "decided", [R("approve", "1299.00")],
         spec="C3 thread: first mail lacks invoice_number, answer gives LO-INV-71161; request time is the first "
              "mail 2025-09-27 (day 1) -> L4 approve 1299.00",
         line="Basque surf school, duplicate charge, invoice given in the reply -> approve 1299.00")

    cust("eventos@salonlaestrella.com.mx", "Salón La Estrella", "quarterly", "2025-09-24", "2025-12-23")
    lopay("lo_es_17a", "LO-INV-71170", "eventos@salonlaestrella.com.mx", "quarterly", "3597.00", "647.46",
          "2025-09-24T10:00:00", "2025-09-24", "2025-12-23")
    lopay("lo_es_17b", "LO-INV-71171", "eventos@salonlaestrella.com.mx", "quarterly", "3597.00", "647.46",
          "2025-09-24T10:05:00", "2025-09-24", "2025-12-23")
    f = mail("l17-doble-sin-factura", "Salón La Estrella <eventos@salonlaestrella.com.mx>", LO,
             "Me cobraron doble", D("2025-09-26 13:00", "-0600"),
             "Buenas tardes, me aparecen dos cargos del plan trimestral del mismo día en mi estado de cuenta. "
             "Quiero que me reembolsen el cargo repetido.\n\nSaludos\nIrma Villalobos")
    case("l17-doble-sin-factura", L, [f], "need_info", missing=["invoice_number"],
         spec="C3: refund needs invoice_number (section 3); plan and registered email are known from the sender; "
              "reason given -> need_info [invoice_number]",
         line="Mexican events hall, charged double but no invoice -> need_info invoice_number")

    cust("gerencia@autoscaribe.do", "Autos Caribe", "monthly", "2025-09-19", "2025-10-18")
    lopay("lo_es_18", "LO-INV-71180", "gerencia@autoscaribe.do", "monthly", "1499.00", "269.82",
          "2025-09-19T10:00:00", "2025-09-19", "2025-10-18")
    f = mail("l18-sin-motivo", "Gerencia Autos Caribe <gerencia@autoscaribe.do>", LO,
             "Solicitud de reembolso LO-INV-71180", D("2025-09-23 09:00", "-0400"),
             "Saludos,\n\nPor medio de la presente solicitamos el reembolso de la factura LO-INV-71180.\n\n"
             "Quedamos atentos.\n\nLic. Ramón Peña\nGerente General\nAutos Caribe SRL\nSanto Domingo, RD\n"
             "Tel. 809-555-0134")
    case("l18-sin-motivo", L, [f], "need_info", missing=["reason"],
         spec="Section 8: restating the request and the signature are not a reason; refund needs a reason -> need_info [reason]",
         line="Dominican car dealer, formal refund request with no reason -> need_info reason")

    # ---------------- Optima WebDesign ----------------
    proj("Web Bodega Las Nieves", "compras@bodegalasnieves.es")
    owpay("ow_es_01", "OWD-2025-501", "Web Bodega Las Nieves", "deposit", "45000.00", "8100.00",
          "2025-09-22T11:00:00")
    f = mail("o01-deposito-48h", "Bodega Las Nieves <compras@bodegalasnieves.es>", OWD,
             "Refund Request — Web Bodega Las Nieves / OWD-2025-501", D("2025-09-24 09:00", "+0200"),
             "Hola equipo de Optima:\n\nEl lunes pagamos la señal (OWD-2025-501) para la web de la bodega, "
             "pero el consejo ha decidido aplazar el proyecto al año que viene por la vendimia. Como aún no "
             "habéis empezado nada, solicitamos la devolución del depósito.\n\nUn saludo,\nCarmen Olivares\n"
             "Bodega Las Nieves · Ribera del Duero")
    case("o01-deposito-48h", W, [f], "decided", [R("approve", "45000.00")],
         spec="O2: deposit paid 2025-09-22 11:00 IST, no work started; request 2025-09-24 12:30 IST = 49.5 h < 72 h "
              "-> approve 45000.00 (tax 8100.00 not refunded, C6)",
         line="Ribera del Duero winery postpones, deposit after 49.5 h -> approve 45000.00")

    proj("Portal Inmobiliaria Costa", "socios@inmocosta.com")
    owpay("ow_es_02", "OWD-2025-502", "Portal Inmobiliaria Costa", "deposit", "30000.00", "5400.00",
          "2025-09-15T16:00:00")
    f = mail("o02-deposito-72h-exactas", "Inmobiliaria Costa <socios@inmocosta.com>", OWD,
             "Devolución depósito Portal Inmobiliaria Costa", D("2025-09-18 12:30", "+0200"),
             "Buenas,\n\nCancelamos el proyecto Portal Inmobiliaria Costa: hemos encontrado un proveedor "
             "local. Pedimos la devolución del depósito OWD-2025-502 que pagamos el lunes 15 por la tarde.\n\n"
             "Saludos,\nÁlvaro Méndez")
    case("o02-deposito-72h-exactas", W, [f], "decided", [R("deny")], extra_ok=True,
         spec="O2 + section 8: paid 2025-09-15 16:00 IST; request 2025-09-18 16:00 IST = exactly 72 h, not before -> deny; "
              "'cancelamos el proyecto' may add a cancellation decision (extra_ok)",
         line="Real estate portal, deposit refund at exactly 72 h -> deny (O2)")

    proj("Tienda Online Yerba Mate Pampa", "dueno@yerbapampa.com.ar", "2025-09-26T10:00:00")
    owpay("ow_es_03", "OWD-2025-503", "Tienda Online Yerba Mate Pampa", "deposit", "25000.00", "4500.00",
          "2025-09-25T10:00:00")
    f = mail("o03-deposito-trabajo-empezado", "Martín Aguirre <dueno@yerbapampa.com.ar>", OWD,
             "Reembolso seña", D("2025-09-27 10:00", "-0300"),
             "Hola chicos, les pido la devolución de la seña OWD-2025-503 del proyecto Tienda Online Yerba Mate "
             "Pampa. Me surgió un gasto imprevisto en el depósito y no puedo seguir con la web ahora.\n\n"
             "Abrazo,\nMartín")
    case("o03-deposito-trabajo-empezado", W, [f], "decided", [R("deny")], extra_ok=True,
         spec="O2: work_started_at 2025-09-26 10:00 is before the request (2025-09-27 18:30 IST), though under 72 h -> "
              "deny (whichever occurs first)",
         line="Argentine yerba shop, deposit within 72 h but work began -> deny (O2)")

    proj("Rebranding Cafetería Aroma", "aroma.cafeteria@gmail.com", "2025-10-03T11:00:00")
    owpay("ow_es_04", "OWD-2025-504", "Rebranding Cafetería Aroma", "discovery", "15000.00", "2700.00",
          "2025-09-20T10:00:00")
    f = mail("o04-discovery-no-empezado", "Cafetería Aroma <aroma.cafeteria@gmail.com>", OWD,
             "Reembolso sesión de estrategia - Rebranding Cafetería Aroma", D("2025-09-26 17:00", "+0200"),
             "Hola,\n\nPagamos la sesión de discovery (factura OWD-2025-504) que teníamos agendada para el 3 "
             "de octubre, pero al final mi socio se retira del negocio y no vamos a hacer el rebranding. "
             "¿Nos podéis devolver el importe? La sesión todavía no se ha hecho.\n\nGracias,\nLorena")
    case("o04-discovery-no-empezado", W, [f], "decided", [R("approve", "15000.00")],
         spec="O1: work_started_at 2025-10-03 is later than the request 2025-09-26 -> full refund 15000.00 before tax",
         line="Café rebranding, discovery session not yet held -> approve 15000.00")

    proj("App Reservas Pádel Norte", "club@padelnorte.es", "2025-09-10T10:00:00")
    owpay("ow_es_05", "OWD-2025-505", "App Reservas Pádel Norte", "discovery", "18000.00", "3240.00",
          "2025-09-08T10:00:00")
    f = mail("o05-discovery-empezado", "Club Pádel Norte <club@padelnorte.es>", OWD,
             "Devolución discovery", D("2025-09-19 13:00", "+0200"),
             "Hola,\n\nTras la primera sesión de estrategia hemos visto que la app se nos va de presupuesto. "
             "Queremos que nos devolváis lo pagado por el discovery del proyecto App Reservas Pádel Norte, "
             "factura OWD-2025-505.\n\nSaludos,\nJorge Salas\nClub Pádel Norte")
    case("o05-discovery-empezado", W, [f], "decided", [R("deny")],
         spec="O1: sessions started 2025-09-10, before the request -> deny",
         line="Padel club, discovery already started -> deny (O1)")

    proj("Ecommerce Cosmética Natural Verde", "hola@cosmeticaverde.mx")
    owpay("ow_es_06a", "OWD-2025-506", "Ecommerce Cosmética Natural Verde", "milestone", "40000.00", "6400.00",
          "2025-08-01T10:00:00", milestone_status="completed")
    owpay("ow_es_06b", "OWD-2025-507", "Ecommerce Cosmética Natural Verde", "milestone", "60000.00", "9600.00",
          "2025-09-05T10:00:00", milestone_status="not_started")
    f = mail("o06-hito-no-empezado", "Cosmética Verde <hola@cosmeticaverde.mx>", OWD,
             "Reembolso hito 2 - Ecommerce Cosmética Natural Verde", D("2025-09-25 11:00", "-0600"),
             "Hola equipo,\n\nEl primer hito (diseño) quedó perfecto, gracias. Pero vamos a integrar la tienda "
             "en Shopify con nuestro equipo interno, así que ya no necesitamos el hito 2 de desarrollo, que "
             "pagamos por adelantado (factura OWD-2025-507, $60,000 + IVA) y que todavía no empezaron.\n"
             "Les pedimos el reembolso de ese hito.\n\nSaludos,\nFernanda Ibarra\nCosmética Natural Verde")
    case("o06-hito-no-empezado", W, [f], "decided", [R("approve", "60000.00")],
         spec="O3: milestone OWD-2025-507 not_started -> approve its amount 60000.00 before tax",
         line="Mexican cosmetics shop, unstarted milestone 2 -> approve 60000.00")

    proj("Intranet Despacho Robles", "administracion@roblesabogados.es")
    owpay("ow_es_07", "OWD-2025-508", "Intranet Despacho Robles", "milestone", "35000.00", "6300.00",
          "2025-09-01T10:00:00", milestone_status="in_progress")
    f = mail("o07-hito-en-curso", "Administración Robles <administracion@roblesabogados.es>", OWD,
             "Solicitud de reembolso parcial - Intranet Despacho Robles", D("2025-09-24 10:00", "+0200"),
             "Estimados señores:\n\nEn relación con la factura OWD-2025-508 (hito de desarrollo de la intranet), "
             "les comunicamos que el socio director ha decidido reducir el alcance: solo queremos el módulo "
             "de agenda. Solicitamos la devolución de la parte del hito que no se haya ejecutado.\n\n"
             "Atentamente,\nNuria Robles\nAdministración\n\n--\nEste mensaje y sus anexos son confidenciales y "
             "se dirigen exclusivamente a su destinatario. Si lo ha recibido por error, notifíquelo al remitente "
             "y elimínelo. En cumplimiento del RGPD le informamos de que sus datos son tratados por Robles & "
             "Asociados SLP con la finalidad de gestionar la relación profesional.")
    case("o07-hito-en-curso", W, [f], "decided", [R("escalate")],
         spec="O3: milestone in_progress -> escalate (work not started needs a person's judgement). The firm's name "
              "contains 'abogados' and the footer is a GDPR notice: no lawyer threat, so no C4",
         line="Spanish law firm's intranet, milestone in progress, RGPD footer -> escalate (O3), no C4")

    proj("Landing Gimnasio Titán", "gym.titan.coach@hotmail.com")
    owpay("ow_es_08", "OWD-2025-509", "Landing Gimnasio Titán", "milestone", "20000.00", "3600.00",
          "2025-08-20T10:00:00", milestone_status="approved")
    f = mail("o08-hito-aprobado", "Gimnasio Titán <gym.titan.coach@hotmail.com>", OWD,
             "devolución landing", D("2025-09-23 21:00", "-0500"),
             "Hola, la landing que hicieron (Landing Gimnasio Titán, fact OWD-2025-509) no me está trayendo "
             "clientes, llevo un mes y nada. Quiero que me devuelvan lo que pagué por ese hito.\n\nAndrés\n"
             "Gimnasio Titán - Bogotá")
    case("o08-hito-aprobado", W, [f], "decided", [R("deny")],
         spec="O3/O6: milestone status approved -> deny (approved milestones are non-refundable)",
         line="Bogotá gym, approved landing page milestone -> deny")

    proj("Mantenimiento Web Asesoría Fiscal Núñez", "despacho@asesorianunez.es")
    owpay("ow_es_09", "OWD-2025-510", "Mantenimiento Web Asesoría Fiscal Núñez", "retainer", "8000.00", "1440.00",
          "2025-09-15T10:00:00", period_start="2025-09-15", period_end="2025-10-14",
          next_billing_at="2025-10-15T10:00:00")
    f = mail("o09-retainer-preaviso", "Asesoría Núñez <despacho@asesorianunez.es>", OWD,
             "Baja retainer mensual - OWD-2025-510", D("2025-09-29 10:00", "+0200"),
             "Buenos días,\n\nLes comunicamos la baja del retainer mensual de Mantenimiento Web Asesoría Fiscal "
             "Núñez (última factura OWD-2025-510). Vamos a llevar la web con un sobrino que es informático y "
             "nos sale más económico.\n\nNo solicitamos ninguna devolución.\n\nUn saludo,\nMiguel Núñez\n"
             "Asesoría Fiscal y Contable Núñez")
    case("o09-retainer-preaviso", W, [f], "decided", [C("cancel", "2025-10-14")],
         spec="O4/O8: next_billing_at 2025-10-15; cut-off 2025-10-08; request 2025-09-29 is before -> cancel, "
              "effective the day before next billing, 2025-10-14; 'no solicitamos ninguna devolución' adds no refund",
         line="Tax advisor cancels monthly retainer with 16 days' notice -> cancel 2025-10-14")

    proj("SEO Retainer Hostal Miramar", "reservas@hostalmiramar.es")
    owpay("ow_es_10", "OWD-2025-511", "SEO Retainer Hostal Miramar", "retainer", "12000.00", "2160.00",
          "2025-09-05T10:00:00", period_start="2025-09-05", period_end="2025-10-04",
          next_billing_at="2025-10-05T10:00:00")
    f = mail("o10-retainer-tarde", "Hostal Miramar <reservas@hostalmiramar.es>", OWD,
             "Cancelar SEO", D("2025-09-30 19:30", "+0200"),
             "Hola Optima,\n\nqueremos cancelar el retainer SEO Retainer Hostal Miramar (factura OWD-2025-511). "
             "Acaba la temporada y en invierno cerramos el hostal.\n\nGracias,\nEncarna\nHostal Miramar · Cádiz")
    case("o10-retainer-tarde", W, [f], "decided", [C("cancel", "2025-11-04")],
         spec="O4: next_billing_at 2025-10-05, cut-off 2025-09-28; request 2025-09-30 23:00 IST is later -> next "
              "cycle 2025-10-05..2025-11-04 is billed, effective 2025-11-04",
         line="Cádiz hostel cancels SEO retainer with 4 days' notice -> cancel 2025-11-04 (next cycle billed)")

    proj("Retainer Contenidos Fundación Semilla", "comunicacion@fundacionsemilla.org")
    owpay("ow_es_11", "OWD-2025-512", "Retainer Contenidos Fundación Semilla", "retainer", "9000.00", "0.00",
          "2025-09-08T10:00:00", period_start="2025-09-08", period_end="2025-10-07",
          next_billing_at="2025-10-08T10:00:00")
    f = mail("o11-retainer-7-dias-justos", "Comunicación Fundación Semilla <comunicacion@fundacionsemilla.org>", OWD,
             "Fin del retainer de contenidos", D("2025-10-01 06:00", "+0200"),
             "Buenos días:\n\nOs informamos de que no renovaremos el Retainer Contenidos Fundación Semilla "
             "(OWD-2025-512): la subvención que lo financiaba termina este mes.\n\nGracias por el trabajo,\n"
             "Lucía Ferrer\nResponsable de Comunicación\nFundación Semilla")
    case("o11-retainer-7-dias-justos", W, [f], "decided", [C("cancel", "2025-10-07")],
         spec="O4 edge: next_billing_at 2025-10-08; cut-off 2025-10-08 - 7 = 2025-10-01; request 2025-10-01 09:30 IST "
              "is on it -> cancel, effective 2025-10-07",
         line="NGO ends content retainer with exactly 7 days' notice -> cancel 2025-10-07")

    proj("Hosting Clínica Veterinaria Huellas", "recepcion@vethuellas.com")
    owpay("ow_es_12", "OWD-2025-513", "Hosting Clínica Veterinaria Huellas", "hosting_annual", "18000.00", "3240.00",
          "2025-09-18T10:00:00", setup_fee="2400.00", service_start="2025-09-20")
    f = mail("o12-hosting-prorrateo", "Veterinaria Huellas <recepcion@vethuellas.com>", OWD,
             "Reembolso hosting anual", D("2025-09-29 12:00", "+0200"),
             "Hola,\n\nContratamos el hosting anual (Hosting Clínica Veterinaria Huellas, OWD-2025-513) pero "
             "el grupo veterinario que nos ha comprado nos obliga a usar su propio servidor. Solicitamos el "
             "reembolso prorrateado que indica vuestra política.\n\nSaludos,\nRaquel\nRecepción")
    case("o12-hosting-prorrateo", W, [f], "decided", [R("approve", "14300.00")], extra_ok=True,
         spec="O5: service_start 2025-09-20, request 2025-09-29 (day 9 <= 14); monthly (18000-2400)/12 = 1300.00; "
              "refund 18000 - 2400 - 1300 x 1 = 14300.00; a cancellation decision may accompany it (extra_ok)",
         line="Vet clinic bought out, annual hosting on day 9 -> approve 14300.00")

    proj("Mantenimiento Tienda Artesanía Oaxaca", "ventas@artesaniaoaxaca.mx")
    owpay("ow_es_13", "OWD-2025-514", "Mantenimiento Tienda Artesanía Oaxaca", "maintenance_annual", "10000.00",
          "1600.00", "2025-09-10T10:00:00", setup_fee="1500.00", service_start="2025-09-10")
    html = ("<html><body><div style=\"font-family:Calibri\"><p>Buenas tardes,</p>"
            "<p>Por medio del presente les solicito la <b>cancelación y el reembolso</b> del plan de "
            "mantenimiento anual de <i>Mantenimiento Tienda Artesanía Oaxaca</i>, factura OWD-2025-514. "
            "Decidimos migrar la tienda a Mercado Libre y ya no vamos a necesitar el sitio.</p>"
            "<p>Quedo pendiente,<br>Guadalupe Martínez<br>Artesanía Oaxaca</p>"
            "<hr><p style=\"font-size:8pt;color:gray\">AVISO DE PRIVACIDAD: La información contenida en este "
            "correo es confidencial.</p></div></body></html>")
    f = mail("o13-mantenimiento-dia-14", "Guadalupe Martínez <ventas@artesaniaoaxaca.mx>", OWD,
             "Cancelación y reembolso mantenimiento", D("2025-09-24 08:00", "-0600"), None, html=html,
             headers={"X-Mailer": "Microsoft Outlook 16.0"})
    case("o13-mantenimiento-dia-14", W, [f], "decided", [R("approve", "7791.67"), C("cancel")],
         spec="O5 edge: service_start 2025-09-10; request 2025-09-24 19:30 IST = day 14, inside; monthly "
              "(10000-1500)/12 = 708.333...; refund 10000 - 1500 - 708.333... = 7791.666... -> 7791.67 (rounded once, C6). "
              "HTML-only Outlook mail. The mail asks for 'cancelación y reembolso': section 1 'A request for both a "
              "refund and a cancellation gets both parts decided' -> a cancellation decision `cancel` is expected too "
              "(effective date not asserted: the spec does not state it for annual plans)",
         line="Oaxaca crafts shop, HTML-only Outlook, maintenance on day 14 -> approve 7791.67 + cancel")

    proj("Hosting Academia Inglés Bright", "academia@brightidiomas.es")
    owpay("ow_es_14", "OWD-2025-515", "Hosting Academia Inglés Bright", "hosting_annual", "12000.00", "2160.00",
          "2025-09-01T10:00:00", setup_fee="1200.00", service_start="2025-09-01")
    f = mail("o14-hosting-dia-15", "Academia Bright <academia@brightidiomas.es>", OWD,
             "Reembolso hosting", D("2025-09-16 10:00", "+0200"),
             "Hola,\n\nQueremos el reembolso del hosting anual Hosting Academia Inglés Bright (OWD-2025-515): "
             "la web va lentísima en horas punta y los alumnos se quejan.\n\nSaludos,\nSarah Collins\nDirectora")
    case("o14-hosting-dia-15", W, [f], "decided", [R("deny")], extra_ok=True,
         spec="O5: service_start 2025-09-01; request 2025-09-16 = day 15 > 14 -> deny",
         line="Language academy, annual hosting refund on day 15 -> deny (O5)")

    proj("Web Restaurante La Parrilla de Tito", "tito.parrilla@gmail.com")
    owpay("ow_es_15", "OWD-2025-516", "Web Restaurante La Parrilla de Tito", "third_party", "1800.00", "324.00",
          "2025-09-20T10:00:00")
    f = mail("o15-dominio", "Tito <tito.parrilla@gmail.com>", OWD,
             "dominio", D("2025-09-22 13:00", "-0300"),
             "che, me cobraron la renovación del dominio laparrilladetito.com (OWD-2025-516) de la Web "
             "Restaurante La Parrilla de Tito y yo no quería renovarlo porque me paso a Instagram. devolvé "
             "la guita porfa\n\nTito")
    case("o15-dominio", W, [f], "decided", [R("deny")],
         spec="O6: third_party (domain renewal) is never refundable -> deny",
         line="Argentine grill restaurant, domain renewal -> deny (O6)")

    proj("Catálogo Muebles Roble", "compras@mueblesroble.es")
    owpay("ow_es_16", "OWD-2025-517", "Catálogo Muebles Roble", "rush", "7500.00", "1350.00",
          "2025-09-25T10:00:00")
    f = mail("o16-urgencia", "Muebles Roble <compras@mueblesroble.es>", OWD,
             "Devolución recargo urgencia", D("2025-09-29 09:30", "+0200"),
             "Hola,\n\nPagamos el recargo de urgencia (OWD-2025-517) del Catálogo Muebles Roble para tenerlo "
             "antes de la feria, pero la feria se ha aplazado a noviembre, así que ya no hacía falta la "
             "prisa. Solicitamos que nos devolváis ese recargo.\n\nGracias,\nIñaki Roble")
    case("o16-urgencia", W, [f], "decided", [R("deny")],
         spec="O6: rush fee is never refundable -> deny",
         line="Furniture maker, rush fee no longer needed -> deny (O6)")

    proj("Tienda Online Zapatos Lola", "lola@zapatoslola.es")
    owpay("ow_es_17", "OWD-2025-518", "Tienda Online Zapatos Lola", "milestone", "28000.00", "5040.00",
          "2025-09-10T10:00:00", milestone_status="not_started")
    f = mail("o17-contracargo", "Lola Sánchez <lola@zapatoslola.es>", OWD,
             "ÚLTIMO AVISO - devolución Tienda Online Zapatos Lola", D("2025-09-26 22:40", "+0200"),
             "Os he escrito TRES veces por WhatsApp y nadie me contesta. Pagué el hito OWD-2025-518 de la "
             "Tienda Online Zapatos Lola el 10 de septiembre y no habéis hecho NADA, ni una llamada. "
             "Quiero mi dinero ya. Si el lunes no tengo la devolución abro una disputa con mi banco y pido el "
             "contracargo de la tarjeta, y que sepáis que voy a dejar reseñas en Google.\n\nLola Sánchez")
    case("o17-contracargo", W, [f], "decided", [R("escalate")],
         spec="C4: chargeback / bank dispute threat -> escalate (even though O3 alone would approve the not_started milestone)",
         rules=["C4"], line="Angry shoe shop, threatens bank dispute and chargeback -> escalate (C4)")

    proj("Web Corporativa Transportes Ebro", "gerencia@transportesebro.es")
    owpay("ow_es_18", "OWD-2025-519", "Web Corporativa Transportes Ebro", "retainer", "10000.00", "1800.00",
          "2025-09-12T10:00:00", period_start="2025-09-12", period_end="2025-10-11",
          next_billing_at="2025-10-12T10:00:00")
    f = mail("o18-baja-sin-motivo", "Transportes Ebro <gerencia@transportesebro.es>", OWD,
             "Baja - Web Corporativa Transportes Ebro", D("2025-09-25 10:00", "+0200"),
             "Buenos días,\n\nRogamos procedan a la cancelación del retainer de la Web Corporativa Transportes "
             "Ebro, factura OWD-2025-519.\n\nAtentamente,\n\nDepartamento de Gerencia\nTransportes Ebro S.L.\n"
             "Pol. Ind. La Cartuja, Zaragoza\n\nAntes de imprimir este correo, piense en el medio ambiente.")
    case("o18-baja-sin-motivo", W, [f], "need_info", missing=["reason"],
         spec="Section 8: Optima requires a reason for cancellations too; signature and eco footer are not a reason "
              "-> need_info [reason]",
         line="Zaragoza haulier cancels retainer, no reason -> need_info reason")

    proj("Tienda Vinilos Groove", "groove.records@gmail.com")
    proj("Blog Vinilos Groove", "groove.records@gmail.com")
    owpay("ow_es_19a", "OWD-2025-520", "Tienda Vinilos Groove", "deposit", "22000.00", "3960.00",
          "2025-09-28T12:00:00")
    owpay("ow_es_19b", "OWD-2025-521", "Blog Vinilos Groove", "deposit", "9000.00", "1620.00",
          "2025-09-28T12:05:00")
    f1 = mail("o19-hilo-1", "Groove Records <groove.records@gmail.com>", OWD,
              "reembolso deposito", D("2025-09-29 10:00", "+0200"),
              "Hola, quiero que me devolváis uno de los depósitos que pagué ayer, me he equivocado y el local "
              "que íbamos a abrir al final no sale.\n\nRubén")
    f2 = mail("o19-hilo-2", "Groove Records <groove.records@gmail.com>", OWD,
              "Re: reembolso deposito [OWD-3019]", D("2025-09-30 09:00", "+0200"),
              "Es el de la Tienda Vinilos Groove, factura OWD-2025-520. El del blog lo mantenemos.\n\nRubén\n\n"
              "El 29/09/2025 a las 15:10, Optima WebDesign escribió:\n> Necesitamos el nombre del proyecto y la "
              "factura.", reply_to_prev=MSGIDS["o19-hilo-1"])
    case("o19-hilo-proyecto", W, [f1, f2], "decided", [R("approve", "22000.00")],
         spec="C3 thread: first mail lacks project_name and invoice_number (sender has two projects); answer names "
              "Tienda Vinilos Groove / OWD-2025-520; O2: paid 2025-09-28 12:00, request (first mail) 2025-09-29 13:30 "
              "IST = 25.5 h, no work -> approve 22000.00",
         line="Record shop with two projects, deposit refund, project named in reply -> approve 22000.00")

    proj("Landing Congreso Pediatría", "secretaria@congresopediatria.org")
    owpay("ow_es_20", "OWD-2025-522", "Landing Congreso Pediatría", "deposit", "16000.00", "2880.00",
          "2025-09-27T10:00:00", status="refunded")
    f = mail("o20-pago-ya-devuelto", "Secretaría Congreso <secretaria@congresopediatria.org>", OWD,
             "Refund Request — Landing Congreso Pediatría / OWD-2025-522", D("2025-09-28 10:00", "+0200"),
             "Buenos días,\n\nEl comité organizador ha trasladado el congreso a 2026, por lo que solicitamos "
             "la devolución del depósito OWD-2025-522.\n\nUn cordial saludo,\nSecretaría Técnica")
    case("o20-pago-ya-devuelto", W, [f], "decided", [R("escalate")],
         spec="Section 8: the payment's status is refunded (not paid) -> a refund of it is escalate",
         line="Paediatrics congress, deposit already marked refunded -> escalate")

    # ---------------- hard cases ----------------
    f = mail("h01-fuera-oficina", "Marisol Téllez <pedidos@papeleriaelcolibri.mx>", LO,
             "Respuesta automática: Re: cobro doble!! [LO-5001]", D("2025-09-26 08:00", "-0600"),
             "Gracias por su mensaje. Estaré fuera de la oficina hasta el 6 de octubre sin acceso al correo. "
             "Para pedidos urgentes llame al 222 555 0199.\n\nMarisol",
             headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"})
    case("h01-fuera-oficina", L, [f], "ignore", rules=["C7"],
         spec="C7: Auto-Submitted: auto-replied -> ignore", line="Out-of-office auto-reply in Spanish -> ignore (C7)")

    f = mail("h02-rebote", "Mail Delivery System <MAILER-DAEMON@correo.movistar.es>", OWD,
             "Mensaje no entregado: Devolución recargo urgencia", D("2025-09-29 09:35", "+0200"),
             "Este es un mensaje generado automáticamente.\n\nNo se ha podido entregar su mensaje a uno o más "
             "destinatarios: compras@mueblesroble.es (buzón lleno).\n")
    case("h02-rebote", W, [f], "ignore", rules=["C7"],
         spec="C7: MAILER-DAEMON sender (bounce) -> ignore", line="Spanish bounce from MAILER-DAEMON -> ignore (C7)")

    f = mail("h03-boletin", "Boletín Marketing Digital LATAM <boletin@marketinglatam.news>", LO,
             "Semana 39: 10 trucos para reducir tu coste por lead (y pedir reembolsos a tus proveedores)",
             D("2025-09-25 07:00", "-0500"),
             "Hola suscriptor,\n\nEsta semana: cómo negociar reembolsos con tus herramientas SaaS, cómo cancelar "
             "suscripciones que no usas...\n\nPara darte de baja de este boletín haz clic aquí.",
             headers={"List-Id": "Boletin Marketing LATAM <boletin.marketinglatam.news>", "Precedence": "bulk",
                      "List-Unsubscribe": "<mailto:baja@marketinglatam.news>"})
    case("h03-boletin", L, [f], "ignore", rules=["C7"],
         spec="C7: List-Id and Precedence: bulk -> ignore, even though it talks about refunds and cancelling",
         line="Spanish newsletter mentioning refunds and cancellation -> ignore (C7)")

    cust("facturas@panaderiatrigal.es", "Panadería Trigal", "monthly", "2025-09-21", "2025-10-20")
    lopay("lo_es_h04", "LO-INV-71200", "facturas@panaderiatrigal.es", "monthly", "1299.00", "272.79",
          "2025-09-21T10:00:00", "2025-09-21", "2025-10-20")
    f = mail("h04-rv-gestoria", "Gestoría Ortega <mamen@gestoriaortega.es>", LO,
             "RV: cargo LeadsOptima panadería", D("2025-09-24 10:00", "+0200"),
             "Buenos días,\n\nOs reenvío el correo de nuestra clienta Panadería Trigal. Por favor, tramitad lo "
             "que pide.\n\nMamen Ortega\nGestoría Ortega - Asesores fiscales y laborales\n\n"
             "________________________________\n"
             "De: Panadería Trigal <facturas@panaderiatrigal.es>\n"
             "Enviado: martes, 23 de septiembre de 2025 19:12\n"
             "Para: Mamen Ortega <mamen@gestoriaortega.es>\n"
             "Asunto: cargo LeadsOptima panadería\n\n"
             "Mamen, a ver si puedes reclamar tú: LeadsOptima nos cobró dos veces la cuota del mes el día 21 "
             "(la factura repetida es la LO-INV-71200). Nuestro correo de la cuenta es facturas@panaderiatrigal.es.\n"
             "Gracias!\nRosa")
    case("h04-rv-gestoria", L, [f], "need_info", rules=["C2"],
         spec="Section 8 forwards + C2: an accountant forwards the client's request naming the registered "
              "facturas@panaderiatrigal.es; the sender is not it -> need_info, ask for the request from that address",
         line="Accountant forwards (Outlook RV:) a bakery's duplicate-charge mail -> need_info C2")

    cust("compras@tallerbici.cl", "Taller Bici Sur", "quarterly", "2025-09-23", "2025-12-22")
    lopay("lo_es_h05a", "LO-INV-71210", "compras@tallerbici.cl", "quarterly", "3597.00", "683.43",
          "2025-09-23T10:00:00", "2025-09-23", "2025-12-22")
    lopay("lo_es_h05b", "LO-INV-71211", "compras@tallerbici.cl", "quarterly", "3597.00", "683.43",
          "2025-09-23T10:00:30", "2025-09-23", "2025-12-22")
    f = mail("h05-fwd-propio", "Taller Bici Sur <compras@tallerbici.cl>", LO,
             "Fwd: Aviso de cargo en su tarjeta", D("2025-09-25 11:00", "-0300"),
             "Ver abajo: el banco me avisa de dos cargos iguales de LeadsOptima el mismo día. Me cobraron dos "
             "veces el trimestre, devuélvanme el segundo (LO-INV-71211).\n\nFelipe\n\n"
             "---------- Forwarded message ---------\n"
             "De: Banco Estado Alertas <alertas@bancoestado.example>\n"
             "Date: mar, 23 sept 2025 a las 1:31\n"
             "Subject: Aviso de cargo en su tarjeta\n"
             "To: <compras@tallerbici.cl>\n\n"
             "Se registraron 2 compras por INR 4.280,43 en LEADSOPTIMA con su tarjeta terminada en 4412.\n")
    case("h05-fwd-propio", L, [f], "decided", [R("approve", "3597.00")],
         spec="Forward by the registered customer himself (section 8 forwards); L4 duplicate inside window "
              "(2025-09-23 -> 2025-09-25, day 2) -> approve 3597.00 before tax; the bank's INR 4.280,43 includes tax",
         line="Chilean bike shop forwards its bank alert (Gmail Fwd) -> approve 3597.00")

    cust("info@cafeterialacanela.co", "Cafetería La Canela", "quarterly", "2025-09-16", "2025-12-15")
    lopay("lo_es_h06a", "LO-INV-71220", "info@cafeterialacanela.co", "quarterly", "3597.00", "647.46",
          "2025-09-16T10:00:00", "2025-09-16", "2025-12-15")
    lopay("lo_es_h06b", "LO-INV-71221", "info@cafeterialacanela.co", "quarterly", "3597.00", "647.46",
          "2025-09-16T10:02:00", "2025-09-16", "2025-12-15")
    f = mail("h06-zona-horaria", "Cafetería La Canela <info@cafeterialacanela.co>", LO,
             "cobro repetido plan trimestral", D("2025-09-23 21:00", "-0500"),
             "Buenas noches, el 16 de septiembre me hicieron dos cobros del plan trimestral. Solicito la "
             "devolución del cobro repetido, factura LO-INV-71221.\n\nCordialmente,\nValentina Cárdenas")
    case("h06-zona-horaria", L, [f], "decided", [R("deny")],
         spec="Section 1 counting windows in the brand's zone: Date 2025-09-23 21:00 -0500 = 2025-09-24 07:30 IST, "
              "day 8 after the 2025-09-16 charge -> L3 deny (the customer's local date would say day 7)",
         line="Colombian café writes on local day 7 but it is day 8 in IST -> deny (L3)")

    cust("studio@lucasdesign.es", "Lucas Design Studio", "monthly", "2025-09-15", "2025-10-14")
    lopay("lo_es_h07", "LO-INV-71230", "studio@lucasdesign.es", "monthly", "1499.00", "314.79",
          "2025-09-15T10:00:00", "2025-09-15", "2025-10-14")
    f = mail("h07-spanglish", "Lucas Ferrer <studio@lucasdesign.es>", LO,
             "Cancel my plan / cancelar plan", D("2025-09-28 16:00", "+0200"),
             "Hi team,\n\nles escribo en spanglish sorry. I want to cancel my monthly plan, porque ahora "
             "trabajo para una agencia en Londres y ya no hago freelance. No necesito refund, just make sure "
             "no me cobran más.\n\nCheers,\nLucas")
    case("h07-spanglish", L, [f], "decided", [C("cancel", "2025-10-14")],
         spec="Half-English mail; 'No necesito refund' is a negation (section 8) -> cancellation only; L8 "
              "current_period_end 2025-10-14",
         line="Freelancer writing half in English, cancel, no refund -> cancel 2025-10-14")

    cust("ventas@mueblesdelbajio.mx", "Muebles del Bajío", "annual", "2025-09-20", "2026-09-19")
    lopay("lo_es_h08", "LO-INV-71240", "ventas@mueblesdelbajio.mx", "annual", "11988.00", "1918.08",
          "2025-09-20T10:00:00", "2025-09-20", "2026-09-19")
    f = mail("h08-profeco", "Muebles del Bajío <ventas@mueblesdelbajio.mx>", LO,
             "Exijo la devolución y la cancelación", D("2025-09-25 12:00", "-0600"),
             "A quien corresponda:\n\nEs increíble el servicio que dan. Pagamos el plan anual el 20 de "
             "septiembre (LO-INV-71240) y desde ese mismo día la plataforma no carga, solo una pantalla en "
             "blanco. Les hemos llamado al 9920965158 cuatro veces y nadie resuelve. Les exijo que cancelen "
             "la suscripción y me devuelvan el dinero completo.\n\nSi no recibo respuesta en 48 horas "
             "presentaré una queja formal ante PROFECO y haré valer mis derechos como consumidor con mi "
             "abogado.\n\nIng. Sergio Lozano\nDirector Comercial\nMuebles del Bajío S.A. de C.V.")
    case("h08-profeco", L, [f], "decided", [R("escalate"), C("escalate")], rules=["C4"],
         spec="C4: consumer authority (PROFECO), consumer rights and lawyer -> escalate every intent, the "
              "cancellation included (section 8)",
         line="Angry Mexican furniture firm, PROFECO + lawyer threat, refund and cancel -> both escalate (C4)")

    cust("anabel@ceramicaazul.es", "Cerámica Azul", "monthly", "2025-09-17", "2025-10-16")
    lopay("lo_es_h09a", "LO-INV-71250", "anabel@ceramicaazul.es", "monthly", "999.00", "209.79",
          "2025-09-17T22:00:00", "2025-09-17", "2025-10-16")
    lopay("lo_es_h09b", "LO-INV-71251", "anabel@ceramicaazul.es", "monthly", "999.00", "209.79",
          "2025-09-17T22:10:00", "2025-09-17", "2025-10-16")
    lopay("lo_es_h09c", "LO-INV-71252", "anabel@ceramicaazul.es", "monthly", "999.00", "209.79",
          "2025-09-18T09:00:00", "2025-09-17", "2025-10-16")
    f = mail("h09-tres-cargos", "Anabel Ríos <anabel@ceramicaazul.es>", LO,
             "TRES cargos de 999", D("2025-09-25 11:00", "+0200"),
             "Hola,\n\nNo me lo puedo creer: me habéis pasado TRES veces la cuota mensual (999 rupias cada una, "
             "entre el 17 y el 18). Quiero que me devolváis los cargos duplicados, el último es LO-INV-71252.\n\n"
             "Anabel\nCerámica Azul · Talavera")
    case("h09-tres-cargos", L, [f], "decided", [R("approve", "999.00")],
         spec="Section 8 three identical charges: charges 2025-09-17, 2025-09-17, 2025-09-18 (same period); "
              "request 2025-09-25 14:30 IST: 2nd charge day 8 (outside), 3rd day 7 (inside) -> approve 999.00. Not ambiguous: reading her as asking "
              "for the quoted last invoice only gives the same 999.00, so the spec leaves one answer",
         line="Ceramics shop charged three times; only one duplicate inside 7 days -> approve 999.00")

    cust("contabilidad@hotelvistamar.es", "Hotel Vistamar", "annual", "2025-04-01", "2026-03-31")
    lopay("lo_es_h10", "LO-INV-71260", "contabilidad@hotelvistamar.es", "annual", "11988.00", "2517.48",
          "2025-04-01T10:00:00", "2025-04-01", "2026-03-31")
    f = mail("h10-reply-to", "Jaime Vistamar <jaime.vistamar@gmail.com>", LO,
             "Baja plan anual Hotel Vistamar", D("2025-09-22 09:00", "+0200"),
             "Hola, soy el director del Hotel Vistamar. Queremos dar de baja el plan anual porque cambiamos "
             "de CRM. Respondedme a contabilidad, que lo llevan ellos.\n\nJaime",
             headers={"Reply-To": "contabilidad@hotelvistamar.es"})
    case("h10-reply-to", L, [f], "need_info", rules=["C2"],
         spec="Section 8 addresses: the sender is the From address; Reply-To (the registered address) never "
              "verifies anyone -> C2 need_info",
         line="Hotel director writes from Gmail with Reply-To the registered address -> need_info C2")

    cust("sofia.diseno@gmail.com", "Sofía Navarro", "monthly", "2025-09-10", "2025-10-09")
    lopay("lo_es_h11", "LO-INV-71270", "sofia.diseno@gmail.com", "monthly", "1299.00", "272.79",
          "2025-09-10T10:00:00", "2025-09-10", "2025-10-09")
    f = mail("h11-alias-mas", "Sofía Navarro <sofia.diseno+facturas@gmail.com>", LO,
             "cancelar suscripción", D("2025-09-26 10:00", "+0200"),
             "Hola, quiero cancelar mi plan mensual, me voy de viaje seis meses y no voy a trabajar.\n\nSofía")
    case("h11-alias-mas", L, [f], "need_info", rules=["C2"],
         spec="Section 8: a +tag makes another address; sofia.diseno+facturas@ is not the registered "
              "sofia.diseno@ -> C2 need_info",
         line="Designer writes from a +tag alias of her registered Gmail -> need_info C2")

    cust("pedidos@quesosmanchegos.es", "Quesos Manchegos Hnos. Lara", "monthly", "2025-09-09", "2025-10-08")
    lopay("lo_es_h12", "LO-INV-71280", "pedidos@quesosmanchegos.es", "monthly", "1499.00", "314.79",
          "2025-09-09T10:00:00", "2025-09-09", "2025-10-08")
    f = mail("h12-otra-marca", "Quesos Lara <pedidos@quesosmanchegos.es>", OWD,
             "Cancelar suscripción", D("2025-09-25 10:00", "+0200"),
             "Hola, queremos cancelar nuestra suscripción mensual de LeadsOptima porque la temporada de "
             "exportación ha terminado.\n\nGracias,\nJosé Lara")
    case("h12-otra-marca", W, [f], "need_info", rules=["C2"],
         spec="Section 8 other brand's customer: sent to the Optima mailbox (C1), the ledger is searched in "
              "Optima only, the sender is unknown there -> C2 need_info",
         line="LeadsOptima customer writes to Optima's mailbox to cancel -> need_info C2 (Optima)")

    f = mail("h13-propia-direccion", "LeadsOptima <noreply@leadsoptima.com>", LO,
             "Confirmación: solicitud de cancelación recibida", D("2025-09-25 10:00", "+0530"),
             "Hemos recibido su solicitud de cancelación. Su plan seguirá activo hasta el final del ciclo.")
    case("h13-propia-direccion", L, [f], "ignore", rules=["C7"],
         spec="C7: mail from the brand's own address (noreply@leadsoptima.com) -> ignore",
         line="The brand's own noreply confirmation looping back -> ignore (C7)")

    proj("Web Cooperativa Agrícola San Isidro", "gerencia@coopsanisidro.es")
    owpay("ow_es_h14", "OWD-2025-530", "Web Cooperativa Agrícola San Isidro", "deposit", "20000.00", "3600.00",
          "2025-09-26T10:00:00")
    f = mail("h14-asesor-por-cliente", "Asesoría Campos <paco@asesoriacampos.es>", OWD,
             "Refund Request — Web Cooperativa Agrícola San Isidro / OWD-2025-530", D("2025-09-27 10:00", "+0200"),
             "Buenos días,\n\nLes escribo como asesor contable de la Cooperativa Agrícola San Isidro "
             "(su correo de contrato es gerencia@coopsanisidro.es). La asamblea no aprobó el gasto de la web, "
             "así que en nombre de la cooperativa solicito la devolución del depósito OWD-2025-530.\n\n"
             "Francisco Campos\nAsesoría Campos")
    case("h14-asesor-por-cliente", W, [f], "need_info", rules=["C2"],
         spec="C2 (explicit for Optima: 'emailed from the contracting email'): the accountant writes for the "
              "client from his own address -> need_info asking for the request from gerencia@coopsanisidro.es",
         line="Accountant asks for a cooperative's deposit refund from his own address -> need_info C2")

    cust("VENTAS@papeleriaarcoiris.com.ve", "Papelería Arcoíris", "monthly", "2025-09-18", "2025-10-17")
    lopay("lo_es_h15", "LO-INV-71290", "VENTAS@papeleriaarcoiris.com.ve", "monthly", "1299.00", "0.00",
          "2025-09-18T10:00:00", "2025-09-18", "2025-10-17")
    f = mail("h15-mayusculas", "Papeleria Arcoiris <ventas@PapeleriaArcoiris.com.ve>", LO,
             "me cobraron mas de lo acordado", D("2025-09-21 10:00", "-0400"),
             "buenas, el plan que contrate era de 999 rupias al mes y me cobraron 1299 el 18 de septiembre, "
             "factura LO-INV-71290. cobraron de mas, quiero que me devuelvan\n\ngracias\nYelitza")
    case("h15-mayusculas", L, [f], "decided", [R("escalate")],
         spec="Section 8: addresses compare case-insensitively, so the sender is verified; L2 billing_error "
              "(wrong amount), day 3 -> L5 escalate",
         line="Venezuelan stationer, address in odd capitals, overcharged -> escalate (L5)")

    cust("bruno@estudiocontable.uy", "Estudio Contable Bruno", "monthly", "2025-09-24", "2025-10-23")
    lopay("lo_es_h16a", "LO-INV-71300", "bruno@estudiocontable.uy", "monthly", "1499.00", "329.78",
          "2025-09-24T10:00:00", "2025-09-24", "2025-10-23")
    lopay("lo_es_h16b", "LO-INV-71301", "bruno@estudiocontable.uy", "monthly", "1499.00", "329.78",
          "2025-09-24T10:01:00", "2025-09-24", "2025-10-23")
    f = mail("h16-doble-y-baja", "Bruno Techera <bruno@estudiocontable.uy>", LO,
             "Pago duplicado + baja", D("2025-09-26 10:00", "-0300"),
             "Buen día,\n\nDos cosas: 1) el 24/9 se debitaron dos veces los $1.499 del mes; solicito el "
             "reintegro del segundo débito, LO-INV-71301. 2) Aprovecho para pedir la baja del plan: me "
             "jubilo en octubre y cierro el estudio.\n\nSaludos cordiales,\nCr. Bruno Techera")
    case("h16-doble-y-baja", L, [f], "decided", [R("approve", "1499.00"), C("cancel", "2025-10-23")],
         spec="Refund and cancellation in one mail (section 1): L4 duplicate day 2 -> approve 1499.00; L8 "
              "current_period_end 2025-10-23 -> cancel",
         line="Uruguayan accountant: duplicate charge plus cancellation -> approve 1499.00 + cancel 2025-10-23")

    proj("Web Escuela de Música Allegro", "direccion@escuelaallegro.es")
    owpay("ow_es_h17", "OWD-2025-531", "Web Escuela de Música Allegro", "change_request", "6000.00", "1080.00",
          "2025-09-22T10:00:00")
    f = mail("h17-cambio-alcance", "Escuela Allegro <direccion@escuelaallegro.es>", OWD,
             "Re: Presupuesto cambio calendario de clases", D("2025-09-24 10:00", "+0200"),
             "Hola de nuevo,\n\nAl final el cambio del calendario de clases (factura OWD-2025-531, Web Escuela "
             "de Música Allegro) no lo vamos a usar porque el ayuntamiento nos da su app de reservas gratis. "
             "¿Nos devolvéis lo pagado?\n\nElena\n\n> El 22 sept 2025, a las 12:00, Optima WebDesign escribió:\n"
             "> Le adjuntamos el presupuesto del cambio solicitado.\n",
             headers={"In-Reply-To": "<presupuesto-531@optimawebdesign.com>",
                      "References": "<presupuesto-531@optimawebdesign.com>"})
    case("h17-cambio-alcance", W, [f], "decided", [R("deny")],
         spec="O6: change_request outside the original scope is never refundable -> deny",
         line="Music school, change request no longer needed, quoted history -> deny (O6)")

    proj("Hosting Asociación Vecinal Barrio Alto", "junta@avbarrioalto.org")
    owpay("ow_es_h18", "OWD-2025-532", "Hosting Asociación Vecinal Barrio Alto", "hosting_annual", "6000.00", "0.00",
          "2025-09-25T10:00:00", setup_fee="600.00", service_start="2025-10-10")
    f = mail("h18-hosting-antes-inicio", "Junta AV Barrio Alto <junta@avbarrioalto.org>", OWD,
             "Anulación hosting anual", D("2025-09-27 19:00", "+0200"),
             "Hola,\n\nLa junta directiva ha votado no renovar la web de la asociación, así que queremos "
             "anular el hosting anual Hosting Asociación Vecinal Barrio Alto (OWD-2025-532) que pagamos el "
             "jueves y que todavía no ha empezado, y que nos devolváis lo que corresponda.\n\nUn saludo,\n"
             "Pilar, secretaria")
    case("h18-hosting-antes-inicio", W, [f], "decided", [R("approve", "4950.00"), C("cancel")],
         spec="O5 + section 8: service_start 2025-10-10 is after the request, consumed_months = 1; monthly "
              "(6000-600)/12 = 450.00; refund 6000 - 600 - 450 = 4950.00. 'queremos anular el hosting anual ... y que "
              "nos devolváis' asks for both: section 1 'both parts decided' -> cancellation `cancel` too (effective "
              "date not asserted)",
         line="Neighbourhood association cancels hosting before it starts -> approve 4950.00 + cancel")

    return CASES


README = """# fresh5_es: fresh held-out round 5, Spanish

Written by a QA pass in this session from POLICY_SPEC.md, the published policies, `docs/ledger.md`,
`docs/policy.md` and the brand files alone; the writer never saw the bot's code or answers.
All text was written for this project; licence MIT, like the project.

`make_cases.py` (stdlib only, deterministic) writes `ledger.json`, `emails/*.eml`, `expected.json`
and this README. Customers from Spain, Mexico, Argentina, Chile, Colombia, Peru, Uruguay, Bolivia,
Venezuela and the Dominican Republic: small shops, agencies, freelancers, NGOs, schools, accountants
writing for clients; mobile two-liners, angry mails, formal mails with legal footers (RGPD, aviso de
privacidad), HTML-only Outlook mail, Gmail and Outlook (`RV:`) forwards, Spanglish.

Unclear points and how they were decided (also in each case's `spec`/`ambiguous`):
- Free-trial refund (`es-l11`): invoice_number is a required refund field, but L7 leaves nothing to
  identify; expected `deny` (L7), marked ambiguous.
- Three identical charges (`es-h09`): only the charges after the first that are inside the L3 window
  are refunded (section 8); both readings of the quoted invoice give 999.00, so not ambiguous.
- O5 annual refunds whose mail explicitly asks to cancel too (`es-o13`, `es-h18`) expect both parts
  (section 1: "A request for both a refund and a cancellation gets both parts decided"): refund and a
  cancellation `cancel`, effective date not asserted. Refund-only mails (`es-o12`, `es-o14`) and deposit
  refusals (`es-o02`, `es-o03`) keep `extra_ok`.
- C2 cases leave `missing` out: the spec says the draft asks for the mail from the address on
  record, not which field names `missing` lists.
- A hypothetical question from a non-customer (`es-l12`) is `other` with no C2 (nothing about an
  account is requested).
- Windows are counted in IST from the `Date:` header (`es-h06`: local day 7 in Colombia is day 8 in IST).

## Cases ({n})

{lines}"""


def main():
    cases = build()
    (HERE / "ledger.json").write_text(json.dumps(LEDGER, ensure_ascii=False, indent=1) + "\n")
    out = [{k: v for k, v in c.items() if k != "_line"} for c in cases]
    (HERE / "expected.json").write_text(json.dumps({"cases": out}, ensure_ascii=False, indent=1) + "\n")
    ids = [c["id"] for c in cases]
    assert len(ids) == len(set(ids))
    invs = [p["invoice"] for p in LEDGER["payments"]]
    assert len(invs) == len(set(invs)), "invoice numbers must be unique"
    lines = "".join(f"- `{c['id']}`: {c['_line']}\n" for c in cases)
    (HERE / "README.md").write_text(README.format(n=len(cases), lines=lines))
    print(len(cases), "cases")


if __name__ == "__main__":
    main()
