"""Generator for a fresh held-out round (QA pass, this session, written from POLICY_SPEC.md alone).

Stdlib only; deterministic. Writes ledger.json, emails/*.eml and expected.json beside this file.
Licence: MIT (like the project); all text written for this project.
"""
import json
import os
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
IST = timezone(timedelta(hours=5, minutes=30))
LO = "support@leadsoptima.com"
OWD = "optimawebdesigns12@gmail.com"

customers, projects, payments, cases = [], [], [], []


def date(ist, off):
    """`ist` is the local time in the brands' zone (Asia/Kolkata); the header is written in the
    sender's own UTC offset `off` (hours), so the weekday always matches the date."""
    dt = datetime.fromisoformat(ist).replace(tzinfo=IST)
    return format_datetime(dt.astimezone(timezone(timedelta(hours=off))))


def cust(email, name, plan, ps=None, pe=None, status="active", trial_ends=None):
    customers.append({"brand": "leadsoptima", "email": email, "name": name, "plan": plan,
                      "status": status, "trial_ends": trial_ends,
                      "current_period_start": ps, "current_period_end": pe})


def lpay(pid, inv, email, plan, amount, paid_at, ps=None, pe=None, status="paid", tax="0.00"):
    payments.append({"brand": "leadsoptima", "id": pid, "invoice": inv, "customer_email": email,
                     "kind": "subscription", "plan": plan, "amount": amount, "tax": tax,
                     "currency": "INR", "paid_at": paid_at, "period_start": ps, "period_end": pe,
                     "status": status})


def proj(name, email, work=None):
    projects.append({"brand": "optima_webdesign", "name": name, "contract_email": email,
                     "work_started_at": work})


def opay(pid, inv, project, kind, amount, paid_at, tax="0.00", status="paid", **kw):
    rec = {"brand": "optima_webdesign", "id": pid, "invoice": inv, "project": project, "kind": kind,
           "amount": amount, "tax": tax, "currency": "INR", "paid_at": paid_at, "status": status,
           "setup_fee": None, "service_start": None, "next_billing_at": None,
           "period_start": None, "period_end": None, "milestone_status": None}
    rec.update(kw)
    payments.append(rec)


def mail(key, frm, to, subject, when, body=None, html=None, headers=None, reply_to=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = when
    dom = frm.split("@")[-1].strip(">") if "@" in frm else "localhost"
    m["Message-ID"] = f"<{key}.{LANG}@{dom}>"
    if reply_to is not None:
        m["In-Reply-To"] = reply_to["Message-ID"]
        m["References"] = reply_to["Message-ID"]
    for k, v in (headers or {}).items():
        m[k] = v
    if body is not None:
        m.set_content(body)
        if html is not None:
            m.add_alternative(html, subtype="html")
    else:
        m.set_content(html, subtype="html")
    return m


def case(cid, msgs, brand, status, decisions=(), rules=(), missing=None, spec="", ambiguous=None,
         extra_ok=False):
    files = []
    for i, m in enumerate(msgs):
        name = f"emails/{cid}.eml" if len(msgs) == 1 else f"emails/{cid}-{i + 1}.eml"
        files.append((name, m))
    c = {"id": f"{LANG}-{cid}", "lang": LANG, "files": [f for f, _ in files], "brand": brand,
         "status": status, "rules": list(rules)}
    if missing is not None:
        c["missing"] = list(missing)
    c["decisions"] = [dict(d) for d in decisions]
    if extra_ok:
        c["extra_ok"] = True
    c["spec"] = spec
    if ambiguous:
        c["ambiguous"] = ambiguous
    c["_files"] = files
    cases.append(c)


def D(intent, outcome, amount=None, eff=None):
    d = {"intent": intent, "outcome": outcome}
    if outcome == "approve":
        d["amount"] = amount
    elif outcome in ("deny", "escalate") and intent == "refund":
        d["amount"] = None
    if intent == "cancellation" and outcome == "cancel":
        d["effective_date"] = eff
    return d


def write():
    os.makedirs(os.path.join(HERE, "emails"), exist_ok=True)
    for c in cases:
        for name, m in c.pop("_files"):
            with open(os.path.join(HERE, name), "wb") as f:
                f.write(m.as_bytes(policy=SMTP))
    with open(os.path.join(HERE, "ledger.json"), "w", encoding="utf-8") as f:
        json.dump({"customers": customers, "projects": projects, "payments": payments}, f,
                  ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump({"cases": cases}, f, ensure_ascii=False, indent=1)
        f.write("\n")
    ids = [p["id"] for p in payments]
    invs = [p["invoice"] for p in payments if p.get("invoice")]
    assert len(ids) == len(set(ids)) and len(invs) == len(set(invs)), "duplicate id/invoice"
    print(f"{len(cases)} cases, {len(customers)} customers, {len(projects)} projects, "
          f"{len(payments)} payments")

LANG = "es"
ES, MX, AR, CO = 2, -6, -3, -5   # UTC offsets in September 2025 (Spain CEST; Mexico no DST since 2022)

# ---------------------------------------------------------------- LeadsOptima
cust("rodrigo.salinas@ferreteriasalinas.com.mx", "Rodrigo Salinas", "monthly", "2025-09-20", "2025-10-19")
lpay("es_p101", "LO-INV-70110", "rodrigo.salinas@ferreteriasalinas.com.mx", "monthly", "2499.00", "2025-09-20T19:14:00", "2025-09-20", "2025-10-19", tax="449.82")
lpay("es_p102", "LO-INV-70111", "rodrigo.salinas@ferreteriasalinas.com.mx", "monthly", "2499.00", "2025-09-20T19:16:00", "2025-09-20", "2025-10-19", tax="449.82")
case("l01-doble-cargo-mx", [mail("l01", "Rodrigo Salinas <rodrigo.salinas@ferreteriasalinas.com.mx>", LO,
    "Cargo repetido en mi tarjeta", date("2025-09-24T02:35:00", MX),
    "Buenas tardes:\n\nLes escribo porque en el estado de cuenta de mi tarjeta me aparecen dos cargos "
    "idénticos de $2,499.00 del mismo 20 de septiembre, con dos minutos de diferencia. Tengo el plan "
    "mensual y nada más debí pagar uno. O sea, me cobraron doble.\n\nEl folio del segundo cargo es "
    "lo inv 70111. Les pido de favor que me regresen ese cargo repetido.\n\nQuedo atento.\n"
    "Rodrigo Salinas\nFerretería Salinas | Monterrey, N.L.\nTel. 81 8342 1190\n")],
    "leadsoptima", "decided", [D("refund", "approve", "2499.00")],
    spec="POLICY_SPEC.md section 3 L2 duplicate_payment, L3, L4; section 8 invoice references ('lo inv 70111' = LO-INV-70111). "
         "Two paid 2499.00 charges 2025-09-20 19:14/19:16 IST (08:44/08:46 on 20 Sep in Monterrey) same period; request 2025-09-24 02:35 IST (23 Sep 15:05 in Monterrey) = day 4 <= 7 -> approve the duplicate's amount 2499.00 (before tax, C6).")

cust("nuria@vidalfisioterapia.es", "Núria Vidal", "quarterly", "2025-09-15", "2025-12-14")
lpay("es_p111", "LO-INV-70120", "nuria@vidalfisioterapia.es", "quarterly", "6999.00", "2025-09-15T23:30:00", "2025-09-15", "2025-12-14")
lpay("es_p112", "LO-INV-70121", "nuria@vidalfisioterapia.es", "quarterly", "6999.00", "2025-09-15T23:31:00", "2025-09-15", "2025-12-14")
case("l02-duplicado-dia7-es", [mail("l02", "Núria Vidal <nuria@vidalfisioterapia.es>", LO,
    "Me habéis pasado el trimestre dos veces", date("2025-09-22T23:20:00", ES),
    "Hola, buenas noches:\n\nAcabo de revisar el banco y veo que el día 15 me pasasteis el cargo del plan "
    "trimestral dos veces seguidas (6.999,00 cada uno). Supongo que fue un fallo de la pasarela, pero "
    "obviamente solo tengo una cuenta en LeadsOptima.\n\nLa factura que sobra es la LO-INV-70121. ¿Me "
    "podéis devolver ese importe, por favor?\n\nGracias de antemano,\nNúria\n\n--\nVidal Fisioteràpia · Girona\n")],
    "leadsoptima", "decided", [D("refund", "approve", "6999.00")],
    spec="L2 duplicate_payment, L3 edge, L4. Charges 2025-09-15 23:30 IST (day 0 = 15 Sep); email 2025-09-22 19:50 +0200 = 23:20 IST on 22 Sep = day 7, inside ('day 7 is inside', section 3 L3) -> approve 6999.00.")

cust("lorena.trevino@clinicadentalnorte.mx", "Lorena Treviño", "monthly", "2025-09-10", "2025-10-09")
lpay("es_p121", "LO-INV-70130", "lorena.trevino@clinicadentalnorte.mx", "monthly", "1799.00", "2025-09-10T20:00:00", "2025-09-10", "2025-10-09")
lpay("es_p122", "LO-INV-70131", "lorena.trevino@clinicadentalnorte.mx", "monthly", "1799.00", "2025-09-10T20:01:00", "2025-09-10", "2025-10-09")
case("l03-duplicado-dia8-zona-mx", [mail("l03", "Lorena Treviño <lorena.trevino@clinicadentalnorte.mx>", LO,
    "Doble cobro plan mensual - LO-INV-70131", date("2025-09-18T09:40:00", MX),
    "Hola buenas noches, una disculpa por la hora.\n\nEl día 10 me hicieron dos cobros de 1,799 por la "
    "misma mensualidad, les mando el folio del segundo: LO-INV-70131. Quisiera que me reembolsen el "
    "cobro duplicado.\n\nSaludos,\nDra. Lorena Treviño\nClínica Dental del Norte\n")],
    "leadsoptima", "decided", [D("refund", "deny")],
    spec="L3: days are counted in the brand's zone (section 1). Charge 2025-09-10 20:00 IST (08:30 on 10 Sep in Mexico) = day 0; email Wed 17 Sep 22:10 -0600 = Thu 2025-09-18 09:40 IST = day 8 > 7 -> deny citing the 7-day rule (the sender's own date, 17 Sep, would have been day 7).")

cust("ignacio.pardo@pardoyasociados.es", "Ignacio Pardo", "annual", "2025-09-08", "2026-09-07")
lpay("es_p131", "LO-INV-70140", "ignacio.pardo@pardoyasociados.es", "annual", "23988.00", "2025-09-08T12:20:00", "2025-09-08", "2026-09-07", tax="4317.84")
case("l04-no-lo-usamos-es", [mail("l04", "Ignacio Pardo <ignacio.pardo@pardoyasociados.es>", LO,
    "Solicitud de devolución anualidad (LO-INV-70140)", date("2025-09-11T14:05:00", ES),
    "Estimados señores:\n\nEl pasado 8 de septiembre abonamos la anualidad de LeadsOptima (factura "
    "LO-INV-70140, plan anual). Tras unos días de pruebas internas, el equipo comercial ha preferido "
    "seguir con el CRM que ya teníamos y la herramienta no se está usando.\n\nPor ello les rogamos que "
    "nos reintegren el importe de la anualidad.\n\nAtentamente,\n\nIgnacio Pardo Ruiz\nSocio director\n"
    "Pardo & Asociados Asesoría Fiscal\nC/ Colón 14, 46004 Valencia\n\n"
    "AVISO LEGAL: Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario.\n")],
    "leadsoptima", "decided", [D("refund", "deny")],
    spec="L1: not using the product is not one of the L2 exceptions -> deny (the reply offers cancellation). Within 7 days does not matter.")

cust("catalina@restrepomarketing.co", "Catalina Restrepo", "annual", "2025-09-25", "2026-09-24")
lpay("es_p141", "LO-INV-70150", "catalina@restrepomarketing.co", "annual", "23988.00", "2025-09-25T20:00:00", "2025-09-25", "2026-09-24")
case("l05-plan-equivocado-co", [mail("l05", "Catalina Restrepo <catalina@restrepomarketing.co>", LO,
    "Me cobraron el plan que no era", date("2025-09-26T20:10:00", CO),
    "Buenos días equipo de LeadsOptima,\n\nYo venía pagando el plan mensual y ayer me llegó un cobro de "
    "$23.988 por el plan anual, que yo nunca pedí. Es un cobro por el plan equivocado; factura "
    "LO-INV-70150. Necesito que me devuelvan ese valor y me dejen en el mensual como estaba.\n\n"
    "Mil gracias,\nCatalina Restrepo\nRestrepo Marketing · Medellín\n")],
    "leadsoptima", "decided", [D("refund", "escalate")],
    spec="L2 billing_error (charged for the wrong plan), inside 7 days (charge 2025-09-25, request 2025-09-26 20:10 IST, day 1) -> L5 escalate, no amount (section 8).")

cust("martin@gorostiagapropiedades.com.ar", "Martín Gorostiaga", "monthly", "2025-09-24", "2025-10-23")
lpay("es_p151", "LO-INV-70160", "martin@gorostiagapropiedades.com.ar", "monthly", "1499.00", "2025-09-24T16:00:00", "2025-09-24", "2025-10-23")
case("l06-no-puedo-entrar-ar", [mail("l06", "Martín Gorostiaga <martin@gorostiagapropiedades.com.ar>", LO,
    "no me deja entrar al panel", date("2025-09-29T19:00:00", AR),
    "Hola gente, cómo va?\n\nDesde el jueves que no puedo entrar al panel, pongo usuario y clave y me "
    "tira un error 500 y vuelve al login. Probé desde la compu y desde el celu, con otro navegador, "
    "nada. Le escribí al chat y nadie me respondió.\n\nPagué el abono mensual el 24 (factura "
    "LO-INV-70160) y prácticamente no lo pude usar. Quiero que me devuelvan la plata de este mes.\n\n"
    "Abrazo,\nMartín\nGorostiaga Propiedades\n")],
    "leadsoptima", "decided", [D("refund", "escalate")],
    spec="L2 access_failure (cannot log in), charge 2025-09-24, request 2025-09-29 19:00 IST = day 5 -> L6 escalate.")

cust("sonia.berrocal@academiaberrocal.es", "Sonia Berrocal", "monthly", "2025-08-30", "2025-09-29")
lpay("es_p161", "LO-INV-70170", "sonia.berrocal@academiaberrocal.es", "monthly", "1499.00", "2025-08-30T11:00:00", "2025-08-30", "2025-09-29")
case("l07-acceso-fuera-plazo-es", [mail("l07", "Sonia Berrocal <sonia.berrocal@academiaberrocal.es>", LO,
    "Sin acceso y pagando", date("2025-09-12T17:45:00", ES),
    "Buenas,\n\nLlevo desde principios de mes sin poder acceder a la plataforma: la página se queda en "
    "blanco cargando y no pasa de ahí. Como no la he podido usar, pido la devolución de la cuota de "
    "agosto, factura LO-INV-70170 (plan mensual).\n\nUn saludo,\nSonia Berrocal\nAcademia Berrocal - Oposiciones\n")],
    "leadsoptima", "decided", [D("refund", "deny")],
    spec="L2 access_failure but L3: charge 2025-08-30 (day 0), request 2025-09-12 = day 13 > 7 -> deny citing the 7-day rule.")

cust("afquintero@constructoraquintero.com.co", "Andrés Felipe Quintero", "quarterly", "2025-08-05", "2025-11-04")
lpay("es_p171", "LO-INV-70180", "afquintero@constructoraquintero.com.co", "quarterly", "6999.00", "2025-08-05T10:00:00", "2025-08-05", "2025-11-04")
case("l08-cancelacion-formal-co", [mail("l08", "Andrés Felipe Quintero <afquintero@constructoraquintero.com.co>", LO,
    "Solicitud de cancelación de suscripción", date("2025-09-19T18:30:00", CO),
    "Respetados señores:\n\nPor medio de la presente me permito solicitar la cancelación de nuestra "
    "suscripción trimestral a LeadsOptima, registrada con este correo. La constructora va a centralizar "
    "la captación de clientes en la plataforma que nos exige la nueva fiduciaria, por lo cual ya no "
    "requerimos el servicio.\n\nAgradezco confirmar hasta qué fecha quedará activa la cuenta.\n\n"
    "Cordialmente,\n\nAndrés Felipe Quintero M.\nGerente Comercial\nConstructora Quintero S.A.S.\nBucaramanga, Colombia\n")],
    "leadsoptima", "decided", [D("cancellation", "cancel", eff="2025-11-04")],
    spec="L8: cancel; effective_date = current_period_end 2025-11-04 from the ledger.")

cust("brenda.ochoa.mx@gmail.com", "Brenda Ochoa", "monthly", "2025-09-12", "2025-10-11")
lpay("es_p181", "LO-INV-70190", "brenda.ochoa.mx@gmail.com", "monthly", "1499.00", "2025-09-12T09:00:00", "2025-09-12", "2025-10-11")
case("l09-cancela-sin-motivo-celular-mx", [mail("l09", "Brenda Ochoa <brenda.ochoa.mx@gmail.com>", LO,
    "cancelar", date("2025-09-27T06:15:00", MX),
    "hola porfa cancelen mi suscripcion, gracias\n\nEnviado desde mi iPhone\n")],
    "leadsoptima", "decided", [D("cancellation", "cancel", eff="2025-10-11")],
    spec="L8; section 3: for a cancellation the reason does not hold it up; plan filled from the verified sender's record (section 1) -> cancel, effective current_period_end 2025-10-11.")

cust("tomas@aguirrebodegas.es", "Tomás Aguirre", "monthly", "2025-09-18", "2025-10-17")
lpay("es_p191", "LO-INV-70200", "tomas@aguirrebodegas.es", "monthly", "1499.00", "2025-09-18T09:00:00", "2025-09-18", "2025-10-17")
case("l10-no-quiero-devolucion-es", [mail("l10", "Tomás Aguirre <tomas@aguirrebodegas.es>", LO,
    "Baja del plan mensual", date("2025-09-24T12:00:00", ES),
    "Hola:\n\nQue quede claro de entrada que no os pido que me devolváis nada; sé que el mes está pagado y "
    "me parece bien agotarlo. Solo quiero darme de baja para que no se renueve, porque dejamos de "
    "organizar eventos en la bodega y ya no captamos clientes por internet.\n\nSalud,\nTomás Aguirre\n"
    "Bodegas Aguirre · Haro (La Rioja)\n")],
    "leadsoptima", "decided", [D("cancellation", "cancel", eff="2025-10-17")],
    spec="Section 8 negation ('no os pido que me devolváis nada') adds no refund intent; L8 cancel, effective 2025-10-17.")

cust("valeria@sosaestetica.com.ar", "Valeria Sosa", "quarterly", "2025-09-02", "2025-12-01")
lpay("es_p201", "LO-INV-70210", "valeria@sosaestetica.com.ar", "quarterly", "6999.00", "2025-09-02T10:30:00", "2025-09-02", "2025-12-01")
case("l11-baja-y-reintegro-ar", [mail("l11", "Valeria Sosa <valeria@sosaestetica.com.ar>", LO,
    "Baja + reintegro", date("2025-09-06T21:00:00", AR),
    "Hola! Les cuento: me mudo a Uruguay y cierro el centro de estética, así que quiero dar de baja el "
    "plan trimestral. Ya que lo pagué el 2 (factura LO-INV-70210) y no lo voy a usar, quiero que me "
    "reintegren los dos meses y pico que quedan.\n\nGracias!\nVale\n")],
    "leadsoptima", "decided", [D("refund", "deny"), D("cancellation", "cancel", eff="2025-12-01")],
    spec="Refund for unused days/closing the business: L1 deny (section 3 clause 2 'no partial refunds for unused days'); cancellation L8 effective current_period_end 2025-12-01.")

cust("pilar@etxeberriaseguros.es", "Pilar Etxeberria", None, None, None, status="trial", trial_ends="2025-10-05")
case("l12-prueba-gratis-es", [mail("l12", "Pilar Etxeberria <pilar@etxeberriaseguros.es>", LO,
    "Periodo de prueba", date("2025-09-28T11:10:00", ES),
    "Egun on:\n\nEstoy en la prueba gratuita y me ha saltado un aviso de que pasa a ser de pago. No pienso "
    "suscribirme; si me habéis cobrado algo, quiero que me lo devolváis.\n\nEskerrik asko,\nPilar Etxeberria\n"
    "Etxeberria Seguros - Donostia\n")],
    "leadsoptima", "decided", [D("refund", "deny")],
    spec="L7: account on a free trial (status trial, trial_ends 2025-10-05), no charges in the ledger -> deny (nothing to refund; no billing unless they subscribe). "
         "Not ambiguous (second-pass QA): L7 names this very case 'An account on a free trial has no charges: deny'; a trial has no plan or invoice to ask for, and section 1 says fields the ledger holds for a verified sender are not asked for. "
         "'si me habéis cobrado algo, quiero que me lo devolváis' is a refund request from a trial account (the ledger shows no charge), not a policy question before buying (section 8 hypotheticals).")

cust("eduardo@lozanoconsultores.es", "Eduardo Lozano", "monthly", "2025-09-27", "2025-10-26")
lpay("es_p221", "LO-INV-70220", "eduardo@lozanoconsultores.es", "monthly", "1499.00", "2025-09-27T10:00:00", "2025-09-27", "2025-10-26")
case("l13-sin-motivo-firma-es", [mail("l13", "Eduardo Lozano <eduardo@lozanoconsultores.es>", LO,
    "Reembolso factura LO-INV-70220", date("2025-09-29T13:00:00", ES),
    "Buenos días,\n\nSolicito el reembolso del cargo correspondiente a la factura LO-INV-70220, plan mensual.\n\n"
    "Quedo a la espera de sus noticias.\n\nUn saludo,\n--\nEduardo Lozano\nDirector General | Lozano Consultores\n"
    "Innovación que impulsa resultados\nTel. +34 915 550 123\n")],
    "leadsoptima", "need_info", missing=["reason"],
    spec="Section 3 required fields for a refund: plan, reason, invoice_number. Section 8: restating the request and a signature tagline are not reasons -> need_info asking for reason only.")

cust("daniela.cardenas@cardenasyoga.co", "Daniela Cárdenas", "monthly", "2025-09-21", "2025-10-20")
lpay("es_p231", "LO-INV-70230", "daniela.cardenas@cardenasyoga.co", "monthly", "1499.00", "2025-08-21T07:00:00", "2025-08-21", "2025-09-20")
lpay("es_p232", "LO-INV-70231", "daniela.cardenas@cardenasyoga.co", "monthly", "1499.00", "2025-09-21T07:00:00", "2025-09-21", "2025-10-20")
lpay("es_p233", "LO-INV-70232", "daniela.cardenas@cardenasyoga.co", "monthly", "1499.00", "2025-09-21T07:02:00", "2025-09-21", "2025-10-20")
m1 = mail("l14a", "Daniela Cárdenas <daniela.cardenas@cardenasyoga.co>", LO, "Dos débitos este mes",
    date("2025-09-23T19:40:00", CO),
    "Hola, buenos días.\n\nMe salieron dos débitos de 1.499 en la tarjeta por la mensualidad de "
    "septiembre, el mismo día. Pagué dos veces lo mismo. Me pueden devolver uno, por fa?\n\n"
    "Daniela - Cárdenas Yoga Studio\n")
m2 = mail("l14b", "Daniela Cárdenas <daniela.cardenas@cardenasyoga.co>", LO, "Re: Dos débitos este mes",
    date("2025-09-24T20:15:00", CO),
    "Hola de nuevo, la factura del segundo débito es la LO-INV-70232.\n\nGracias!\nDaniela\n\n"
    "El mar, 23 sept 2025 a las 11:02 a.m., LeadsOptima Support escribió:\n> ¿Nos indicas el número de factura?\n",
    reply_to=m1)
case("l14-hilo-factura-co", [m1, m2], "leadsoptima", "decided", [D("refund", "approve", "1499.00")],
    spec="C3 thread: first mail lacks invoice_number, the answer (In-Reply-To) gives LO-INV-70232. Request time = first email 2025-09-23 19:40 IST, day 2 after 2025-09-21. L4: two paid 1499.00 charges same period -> approve 1499.00.")

cust("raul@mendezfotografia.es", "Raúl Méndez", "monthly", None, None)
lpay("es_p241", "LO-INV-70240", "raul@mendezfotografia.es", "monthly", "1499.00", "2025-09-05T10:00:00")
case("l15-baja-sin-periodo-es", [mail("l15", "Raúl Méndez <raul@mendezfotografia.es>", LO,
    "Dar de baja cuenta", date("2025-09-20T10:00:00", ES),
    "Buenas, quiero dar de baja mi cuenta (plan mensual). Este otoño me voy de gira con una banda y no voy a "
    "coger bodas hasta primavera, así que no me compensa.\n\nRaúl Méndez · Fotografía\n")],
    "leadsoptima", "decided", [D("cancellation", "cancel", eff="2025-10-04")],
    spec="L8 fallback: no current_period_end; last charge 2025-09-05 + 1 month - 1 day = 2025-10-04.")

cust("gaby.fuentes@fuentesdiseno.mx", "Gabriela Fuentes", "monthly", "2025-09-12", "2025-10-11", status="cancelled")
lpay("es_p251", "LO-INV-70250", "gaby.fuentes@fuentesdiseno.mx", "monthly", "1499.00", "2025-09-12T19:00:00", "2025-09-12", "2025-10-11")
case("l16-cobro-tras-cancelar-mx", [mail("l16", "Gabriela Fuentes <gaby.fuentes@fuentesdiseno.mx>", LO,
    "Me siguieron cobrando!!", date("2025-09-14T21:30:00", MX),
    "Hola,\n\nYo cancelé mi plan el 2 de septiembre desde el panel (tengo la captura) y aun así el 12 me "
    "cayó otro cargo de $1,499, factura LO-INV-70250. Ese cobro no procede. Les pido que me lo devuelvan.\n\n"
    "Gaby Fuentes\nFuentes Diseño Gráfico\n")],
    "leadsoptima", "decided", [D("refund", "escalate")],
    spec="Past event 'cancelé ... y aun así me cobraron': L2 billing_error (charged after I cancelled), charge 2025-09-12, request 2025-09-14 = day 2 -> L5 escalate. No new cancellation is asked (she already cancelled).")

cust("marc@puigdistribucions.cat", "Marc Puig", "monthly", "2025-09-26", "2025-10-25")
for i, (pid, inv, t) in enumerate([("es_p261", "LO-INV-70260", "10:02"), ("es_p262", "LO-INV-70261", "10:03"), ("es_p263", "LO-INV-70262", "10:05")]):
    lpay(pid, inv, "marc@puigdistribucions.cat", "monthly", "1999.00", f"2025-09-26T{t}:00", "2025-09-26", "2025-10-25")
case("l17-tres-cargos-es", [mail("l17", "Marc Puig <marc@puigdistribucions.cat>", LO,
    "Tres cobros de la misma cuota", date("2025-09-28T14:00:00", ES),
    "Bon dia,\n\nEl viernes se me colgó la página al pagar y le di a «pagar» varias veces; resultado: me "
    "habéis cobrado tres veces la misma cuota mensual de 1.999,00. Las dos que sobran son las facturas "
    "LO-INV-70261 y LO-INV-70262. Devolvedme esas dos, por favor.\n\nMoltes gràcies,\nMarc Puig\nPuig Distribucions\n")],
    "leadsoptima", "decided", [D("refund", "approve", "3998.00")],
    spec="Section 8 three identical charges: every charge after the first is a duplicate; both inside L3 (day 2) -> approve 1999.00 + 1999.00 = 3998.00.")

cust("fede.lanza@lanzamotos.com.ar", "Federico Lanza", "monthly", "2025-09-19", "2025-10-18")
lpay("es_p271", "LO-INV-70270", "fede.lanza@lanzamotos.com.ar", "monthly", "1499.00", "2025-09-19T12:00:00", "2025-09-19", "2025-10-18")
case("l18-duplicado-sin-par-ar", [mail("l18", "Federico Lanza <fede.lanza@lanzamotos.com.ar>", LO,
    "Débito doble", date("2025-09-22T19:20:00", AR),
    "Buen día. En el resumen de la Visa me figuran dos débitos de LeadsOptima por el mismo mes, creo que me "
    "cobraron dos veces. La factura que tengo es LO-INV-70270, plan mensual. Pido la devolución del débito "
    "de más.\n\nFederico Lanza - Lanza Motos\n")],
    "leadsoptima", "decided", [D("refund", "escalate")],
    spec="L2 duplicate_payment inside L3 (day 3) but the ledger shows only one charge -> L4 'No such pair in the ledger: escalate'.")

# ---------------------------------------------------------------- Optima WebDesign
proj("Tienda Online Olivar del Sur", "compras@olivardelsur.es")
opay("es_o01", "OWD-2025-701", "Tienda Online Olivar del Sur", "deposit", "40000.00", "2025-09-22T11:00:00", tax="7200.00")
case("o01-senal-48h-es", [mail("o01", "Compras Olivar del Sur <compras@olivardelsur.es>", OWD,
    "Refund Request — Tienda Online Olivar del Sur / OWD-2025-701", date("2025-09-24T13:45:00", ES),
    "Buenos días:\n\nEl lunes abonamos la señal del proyecto «Tienda Online Olivar del Sur» (factura "
    "OWD-2025-701, 40.000 INR + impuestos). Ayer la dirección decidió aplazar la tienda online hasta la "
    "próxima campaña de aceite, porque este año la cosecha viene corta y no tendremos stock que vender.\n\n"
    "Como todavía no se ha empezado ningún trabajo, les solicitamos la devolución de la señal.\n\n"
    "Un cordial saludo,\nInmaculada Jiménez\nDpto. de Compras · Olivar del Sur S.Coop.And.\n")],
    "optima_webdesign", "decided", [D("refund", "approve", "40000.00")],
    spec="O2: deposit paid 2025-09-22 11:00 IST, no work started; request 2025-09-24 13:45 IST = 50h45m < 72h -> approve 40000.00 (tax 7200.00 not refunded, C6).")

proj("Portal Inmobiliaria Castañeda", "direccion@inmobiliariacastaneda.mx")
opay("es_o02", "OWD-2025-702", "Portal Inmobiliaria Castañeda", "deposit", "25000.00", "2025-09-15T10:00:00", tax="4500.00")
case("o02-anticipo-72h-exactas-mx", [mail("o02", "Dirección Inmobiliaria Castañeda <direccion@inmobiliariacastaneda.mx>", OWD,
    "Devolución de anticipo - Portal Inmobiliaria Castañeda", date("2025-09-18T10:00:00", MX),
    "Buenas noches,\n\nLes solicito la devolución del anticipo del proyecto Portal Inmobiliaria Castañeda, "
    "factura OWD-2025-702. El socio con el que íbamos a lanzar el portal se retiró del negocio y no vamos a "
    "continuar.\n\nAtte.\nLic. Ramiro Castañeda\nDirector General\n")],
    "optima_webdesign", "decided", [D("refund", "deny")],
    spec="O2 and section 8 'Exactly 72 hours ... is not before 72 hours': paid 2025-09-15 10:00 IST; email 2025-09-17 22:30 -0600 = 2025-09-18 10:00 IST = exactly 72h -> deny.")

proj("App Reservas Hotel Guatapé", "reservas@hotelguatape.co", work="2025-09-16T15:00:00")
opay("es_o03", "OWD-2025-703", "App Reservas Hotel Guatapé", "deposit", "30000.00", "2025-09-15T12:00:00")
case("o03-anticipo-trabajo-iniciado-co", [mail("o03", "Hotel Guatapé Reservas <reservas@hotelguatape.co>", OWD,
    "Solicitud reembolso anticipo", date("2025-09-17T19:30:00", CO),
    "Buenos días,\n\nQueremos desistir del proyecto App Reservas Hotel Guatapé: la cadena con la que nos "
    "asociamos ya tiene su propio motor de reservas y nos pide usarlo. Solicitamos la devolución del "
    "anticipo, factura OWD-2025-703.\n\nCordialmente,\nMaría Camila Arango\nHotel Guatapé\n")],
    "optima_webdesign", "decided", [D("refund", "deny")], extra_ok=True,
    spec="O2 'whichever occurs first': only 55h30m since payment, but work_started_at 2025-09-16 15:00 is before the request (2025-09-17 19:30 IST) -> deny. 'Queremos desistir del proyecto' may add a cancellation decision: extra_ok (second-pass QA, as pt-o03).")

proj("Rediseño Marca Yerba Kuarahy", "marketing@yerbakuarahy.com.ar")
opay("es_o04", "OWD-2025-704", "Rediseño Marca Yerba Kuarahy", "discovery", "15000.00", "2025-09-19T15:00:00", tax="2700.00")
case("o04-discovery-sin-empezar-ar", [mail("o04", "Marketing Kuarahy <marketing@yerbakuarahy.com.ar>", OWD,
    "Reembolso sesión de estrategia", date("2025-09-25T17:00:00", AR),
    "Hola equipo, ¿qué tal?\n\nPagamos el 19 la fase de descubrimiento/estrategia para el Rediseño Marca Yerba "
    "Kuarahy (factura OWD-2025-704), pero todavía no agendamos ninguna sesión. El directorio resolvió "
    "hacer el rebranding con una agencia de Posadas que ya conoce el mercado yerbatero, así que les "
    "pedimos que nos devuelvan ese pago.\n\nSaludos cordiales,\nLucía Benítez\nJefa de Marketing\n")],
    "optima_webdesign", "decided", [D("refund", "approve", "15000.00")],
    spec="O1: discovery fee, work_started_at empty -> refundable in full: approve 15000.00 (before tax).")

proj("Web Clínica Veterinaria Arcos", "gerencia@vetarcos.es", work="2025-09-10T10:00:00")
opay("es_o05", "OWD-2025-705", "Web Clínica Veterinaria Arcos", "discovery", "12000.00", "2025-09-05T10:00:00")
case("o05-discovery-empezado-es", [mail("o05", "Gerencia Vet Arcos <gerencia@vetarcos.es>", OWD,
    "Devolución fase de estrategia", date("2025-09-18T16:00:00", ES),
    "Hola,\n\nTuvimos la primera reunión de estrategia la semana pasada para la Web Clínica Veterinaria Arcos "
    "y, sinceramente, no nos convenció el enfoque. Pedimos el reembolso de la factura OWD-2025-705.\n\n"
    "Gracias,\nAlberto Ríos, gerente\n")],
    "optima_webdesign", "decided", [D("refund", "deny")],
    spec="O1: discovery sessions started 2025-09-10 (work_started_at) before the request -> deny.")

proj("Plataforma E-learning Cenit", "proyectos@cenitcapacitacion.mx", work="2025-08-20T10:00:00")
opay("es_o06", "OWD-2025-706", "Plataforma E-learning Cenit", "milestone", "55000.00", "2025-09-01T10:00:00", tax="9900.00", milestone_status="not_started")
case("o06-hito-no-iniciado-mx", [mail("o06", "Proyectos Cenit <proyectos@cenitcapacitacion.mx>", OWD,
    "Reembolso hito 3 - Plataforma E-learning Cenit (OWD-2025-706)", date("2025-09-26T18:00:00", MX),
    "Buen día,\n\nComo platicamos en la junta, decidimos sacar del alcance la app móvil (hito 3), porque "
    "nuestro equipo interno la va a desarrollar. Ese hito lo pagamos por adelantado, factura "
    "OWD-2025-706, y entiendo que no se ha empezado. Solicitamos su reembolso.\n\nSaludos,\n"
    "Ing. Paola Mendoza\nCoordinadora de Proyectos | Cenit Capacitación\n")],
    "optima_webdesign", "decided", [D("refund", "approve", "55000.00")],
    spec="O3: milestone status not_started -> approve the milestone amount 55000.00 before tax.")

proj("Catálogo Digital Textiles Andinos", "comercial@textilesandinos.com.co", work="2025-09-01T10:00:00")
opay("es_o07", "OWD-2025-707", "Catálogo Digital Textiles Andinos", "milestone", "35000.00", "2025-09-08T10:00:00", milestone_status="in_progress")
case("o07-hito-en-curso-co", [mail("o07", "Comercial Textiles Andinos <comercial@textilesandinos.com.co>", OWD,
    "Reembolso segundo hito", date("2025-09-26T01:00:00", CO),
    "Buenas tardes,\n\nPara el Catálogo Digital Textiles Andinos pagamos el segundo hito (OWD-2025-707). Nos "
    "recortaron el presupuesto de mercadeo del semestre y necesitamos frenar el proyecto; solicitamos el "
    "reembolso de lo que no se haya trabajado de ese hito.\n\nAtentamente,\nJuan Sebastián Ortiz\n")],
    "optima_webdesign", "decided", [D("refund", "escalate")],
    spec="O3: milestone in_progress -> escalate (billable value of work not started needs a person).")

proj("Intranet Cooperativa Vinícola Almansa", "it@coopalmansa.es", work="2025-07-01T10:00:00")
opay("es_o08", "OWD-2025-708", "Intranet Cooperativa Vinícola Almansa", "milestone", "28000.00", "2025-08-10T10:00:00", milestone_status="approved")
case("o08-hito-aprobado-es", [mail("o08", "Informática Coop. Almansa <it@coopalmansa.es>", OWD,
    "Queja y devolución hito", date("2025-09-16T10:00:00", ES),
    "Buenas:\n\nEl hito de diseño de la Intranet Cooperativa Vinícola Almansa (OWD-2025-708) lo aprobamos con "
    "prisas por la vendimia y ahora vemos que el buscador de socios no funciona como esperábamos. "
    "Queremos que nos devolváis lo pagado por ese hito.\n\nSaludos,\nPedro Martínez · Informática\n")],
    "optima_webdesign", "decided", [D("refund", "deny")],
    spec="O3 / O6: milestone status approved -> deny (approved milestones are non-refundable).")

proj("Mantenimiento SEO Estudio Bianchi", "admin@estudiobianchi.com.ar", work="2025-06-15T10:00:00")
opay("es_o09", "OWD-2025-709", "Mantenimiento SEO Estudio Bianchi", "retainer", "18000.00", "2025-09-15T10:00:00",
     period_start="2025-09-15", period_end="2025-10-14", next_billing_at="2025-10-15T00:00:00")
case("o09-iguala-aviso-suficiente-ar", [mail("o09", "Administración Estudio Bianchi <admin@estudiobianchi.com.ar>", OWD,
    "Baja del abono mensual SEO", date("2025-09-26T23:00:00", AR),
    "Buenas tardes,\n\nLes aviso que queremos dar de baja el abono mensual del proyecto Mantenimiento SEO "
    "Estudio Bianchi (última factura OWD-2025-709). El estudio se fusiona con otro y la web pasa a manos "
    "de su equipo.\n\nSaludos,\nDr. Gustavo Bianchi\n")],
    "optima_webdesign", "decided", [D("cancellation", "cancel", eff="2025-10-14")],
    spec="O4/O8: next_billing_at 2025-10-15; request 2025-09-26 <= 2025-10-08 (7 days' notice) -> cancel, effective the day before: 2025-10-14.")

proj("Community Management Taquería El Güero", "hola@taqueriaelguero.mx", work="2025-05-03T10:00:00")
opay("es_o10", "OWD-2025-710", "Community Management Taquería El Güero", "retainer", "9500.00", "2025-09-03T10:00:00",
     period_start="2025-09-03", period_end="2025-10-02", next_billing_at="2025-10-03T00:00:00")
case("o10-iguala-aviso-corto-mx", [mail("o10", "Taquería El Güero <hola@taqueriaelguero.mx>", OWD,
    "ya no queremos el servicio de redes", date("2025-09-29T20:00:00", MX),
    "que tal buenas, les escribo de la Taqueria El Guero, queremos cancelar el community management "
    "(Community Management Taquería El Güero, factura OWD-2025-710) porque mi sobrino se va a encargar "
    "de las redes desde ahora. gracias por todo\n\nDon Chuy\n")],
    "optima_webdesign", "decided", [D("cancellation", "cancel", eff="2025-11-02")],
    spec="O4: next_billing_at 2025-10-03, request 2025-09-29 20:00 IST, date 2025-09-29 > 2025-09-26 (less than 7 days) -> next cycle 2025-10-03..2025-11-02 is billed; effective_date 2025-11-02.")

proj("Soporte Web Autoescuela Rías", "autoescuela@autoescuelarias.es", work="2025-03-08T10:00:00")
opay("es_o11", "OWD-2025-711", "Soporte Web Autoescuela Rías", "retainer", "8000.00", "2025-09-08T10:00:00",
     period_start="2025-09-08", period_end="2025-10-07", next_billing_at="2025-10-08T00:00:00")
case("o11-iguala-justo-7-dias-es", [mail("o11", "Autoescuela Rías <autoescuela@autoescuelarias.es>", OWD,
    "Baixa / baja soporte web", date("2025-10-01T09:35:00", ES),
    "Bos días:\n\nAntes de abrir la autoescuela os escribo para pedir la baja del mantenimiento mensual "
    "Soporte Web Autoescuela Rías (factura OWD-2025-711). Nos jubilamos a fin de año y mi hija no quiere "
    "seguir con el negocio, así que no tiene sentido mantener la web.\n\nUnha aperta,\nXosé Manuel\n")],
    "optima_webdesign", "decided", [D("cancellation", "cancel", eff="2025-10-07")],
    spec="O4 edge: next_billing_at 2025-10-08; request 2025-10-01 06:05 +0200 = 09:35 IST on 2025-10-01 = 2025-10-08 minus 7 days ('on or before', section 1) -> enough notice, effective 2025-10-07.")

proj("Hosting Gestionado Café Sierra Nevada", "sistemas@cafesierranevada.co", work="2025-09-20T10:00:00")
opay("es_o12", "OWD-2025-712", "Hosting Gestionado Café Sierra Nevada", "hosting_annual", "18000.00", "2025-09-19T10:00:00", tax="3240.00",
     setup_fee="2400.00", service_start="2025-09-20")
case("o12-hosting-prorrateo-co", [mail("o12", "Sistemas Café Sierra Nevada <sistemas@cafesierranevada.co>", OWD,
    "Cancelación hosting anual y reembolso proporcional", date("2025-09-29T20:00:00", CO),
    "Buenos días,\n\nContratamos el plan anual de Hosting Gestionado Café Sierra Nevada (factura "
    "OWD-2025-712), pero la casa matriz nos obliga a migrar todo a su nube corporativa. Queremos cancelarlo "
    "y que nos reembolsen la parte que corresponda según su política.\n\nCordial saludo,\nIng. Hernán Villa\n")],
    "optima_webdesign", "decided", [D("refund", "approve", "14300.00")], extra_ok=True,
    spec="O5: request 2025-09-29 is day 9 of service_start 2025-09-20 (<= 14). monthly_value = (18000.00 - 2400.00)/12 = 1300.00; consumed 1; refund = 18000.00 - 2400.00 - 1300.00 = 14300.00. The cancellation part (the refund ends the plan) may be decided too: extra_ok.")

proj("Alojamiento Web Ferretería Úbeda", "compras@ferreteriaubeda.es", work="2025-09-22T10:00:00")
opay("es_o13", "OWD-2025-713", "Alojamiento Web Ferretería Úbeda", "hosting_annual", "12500.00", "2025-09-21T10:00:00",
     setup_fee="1500.00", service_start="2025-09-22")
case("o13-hosting-redondeo-es", [mail("o13", "Ferretería Úbeda <compras@ferreteriaubeda.es>", OWD,
    "RE: alojamiento anual", date("2025-09-30T12:00:00", ES),
    "Hola,\n\nNos equivocamos al contratar el Alojamiento Web Ferretería Úbeda (factura OWD-2025-713): el "
    "proveedor de la tienda ya incluye hosting y estamos pagando dos veces por lo mismo. Queremos "
    "anularlo y recuperar lo que nos corresponda.\n\nUn saludo,\nAntonio, Ferretería Úbeda\n")],
    "optima_webdesign", "decided", [D("refund", "approve", "10083.33")], extra_ok=True,
    spec="O5: day 8 of service_start 2025-09-22. monthly_value = (12500.00 - 1500.00)/12 = 916.666...; refund = 12500.00 - 1500.00 - 916.666... = 10083.333... rounded once at the end (C6) = 10083.33.")

proj("Mantenimiento Anual Club Atlético Ombú", "tesoreria@clubombu.org.ar", work="2025-09-01T10:00:00")
opay("es_o14", "OWD-2025-714", "Mantenimiento Anual Club Atlético Ombú", "maintenance_annual", "20000.00", "2025-08-30T10:00:00",
     setup_fee="2000.00", service_start="2025-09-01")
case("o14-mantenimiento-tarde-ar", [mail("o14", "Tesorería Club Ombú <tesoreria@clubombu.org.ar>", OWD,
    "Reintegro mantenimiento anual", date("2025-09-22T18:00:00", AR),
    "Estimados:\n\nLa nueva comisión directiva del club resolvió no continuar con el Mantenimiento Anual Club "
    "Atlético Ombú (factura OWD-2025-714). Solicitamos el reintegro proporcional de lo abonado.\n\n"
    "Atte.,\nRaúl Ledesma - Tesorero\n")],
    "optima_webdesign", "decided", [D("refund", "deny")], extra_ok=True,
    spec="O5: service_start 2025-09-01, request 2025-09-22 18:00 IST = day 21 > 14 -> deny.")

proj("Sitio Corporativo Grupo Altamira", "ti@grupoaltamira.mx", work="2024-11-01T10:00:00")
opay("es_o15", "OWD-2025-715", "Sitio Corporativo Grupo Altamira", "third_party", "1800.00", "2025-09-25T10:00:00")
case("o15-dominio-mx", [mail("o15", "TI Grupo Altamira <ti@grupoaltamira.mx>", OWD,
    "Renovación de dominio no autorizada", date("2025-09-27T23:30:00", MX),
    "Buenas tardes,\n\nNos llegó la factura OWD-2025-715 por la renovación del dominio del Sitio Corporativo "
    "Grupo Altamira. Ese dominio ya no lo usamos desde que cambiamos de marca y nadie nos preguntó antes "
    "de renovarlo. Pedimos el reembolso.\n\nSaludos,\nDepartamento de TI\n")],
    "optima_webdesign", "decided", [D("refund", "deny")],
    spec="O6: kind third_party (domain) is never refundable -> deny citing Non-refundable items.")

proj("Landing Feria Expoartesanías", "eventos@artesaniasdelvalle.co", work="2025-09-01T10:00:00")
opay("es_o16", "OWD-2025-716", "Landing Feria Expoartesanías", "rush", "7500.00", "2025-09-10T10:00:00")
case("o16-recargo-urgencia-co", [mail("o16", "Eventos Artesanías del Valle <eventos@artesaniasdelvalle.co>", OWD,
    "Devolución recargo por urgencia", date("2025-09-22T23:00:00", CO),
    "Hola, buenas.\n\nPagamos el recargo de entrega urgente para la Landing Feria Expoartesanías (OWD-2025-716) y "
    "la feria se aplazó a diciembre, así que la urgencia no sirvió de nada. Queremos que nos devuelvan ese "
    "recargo.\n\nQuedamos atentos,\nEquipo de Eventos\n")],
    "optima_webdesign", "decided", [D("refund", "deny")],
    spec="O6: kind rush (expedited fee) is never refundable -> deny.")

proj("Blog Corporativo Transportes Lema", "admin@transporteslema.es", work="2025-01-10T10:00:00")
opay("es_o17", "OWD-2025-717", "Blog Corporativo Transportes Lema", "retainer", "6000.00", "2025-09-10T10:00:00",
     period_start="2025-09-10", period_end="2025-10-09", next_billing_at="2025-10-10T00:00:00")
case("o17-baja-sin-motivo-es", [mail("o17", "Administración Transportes Lema <admin@transporteslema.es>", OWD,
    "Baja servicio", date("2025-09-25T09:00:00", ES),
    "Buenos días:\n\nOs solicito la baja del servicio del proyecto Blog Corporativo Transportes Lema, factura "
    "OWD-2025-717.\n\nGracias.\n\nAdministración\nTransportes Lema S.L. · Polígono de Sabón, Arteixo\n"
    "Antes de imprimir este correo, piense en el medio ambiente.\n")],
    "optima_webdesign", "need_info", missing=["reason"],
    spec="Section 8: Optima requires a reason for cancellations too; the greeting, request restatement, signature and eco-footer are not reasons -> need_info [reason].")

proj("Tienda Vinos Valle de Guadalupe", "ventas@vinosvalleguadalupe.mx", work="2025-08-01T10:00:00")
opay("es_o18", "OWD-2025-718", "Tienda Vinos Valle de Guadalupe", "milestone", "22000.00", "2025-09-20T10:00:00", milestone_status="not_started")
case("o18-c2-gmail-mx", [mail("o18", "Armando Vinos <armando.vgpe@gmail.com>", OWD,
    "Reembolso hito tienda", date("2025-09-25T01:00:00", MX),
    "Qué tal, soy Armando, dueño de la Tienda Vinos Valle de Guadalupe. Les escribo desde mi correo "
    "personal porque el de ventas lo trae mi contadora. Queremos el reembolso del hito OWD-2025-718 que "
    "no se ha empezado, vamos a vender sólo por distribuidores este año.\n\nSaludos\n")],
    "optima_webdesign", "need_info", rules=["C2"],
    spec="C2: Optima requires the request from the contracting email (ventas@vinosvalleguadalupe.mx); sender is a personal gmail -> need_info asking to write from the contract address, no account details.")

proj("Web Gimnasio Titanio Fit", "info@titaniofit.es", work="2025-08-15T10:00:00")
opay("es_o19", "OWD-2025-719", "Web Gimnasio Titanio Fit", "milestone", "18000.00", "2025-09-12T10:00:00", milestone_status="not_started")
case("o19-contracargo-es", [mail("o19", "Titanio Fit <info@titaniofit.es>", OWD,
    "ÚLTIMO AVISO devolución hito", date("2025-09-23T20:00:00", ES),
    "Os escribí hace una semana y nadie contesta. El hito de la Web Gimnasio Titanio Fit (OWD-2025-719) ni "
    "siquiera está empezado y ya no lo queremos porque hemos vendido el gimnasio. O me devolvéis el dinero "
    "esta semana o ordeno a mi banco el contracargo de la tarjeta y lo pongo en manos de mi abogado.\n\n"
    "Sergio Alcántara\nTitanio Fit\n")],
    "optima_webdesign", "decided", [D("refund", "escalate")], rules=["C4"],
    spec="C4: chargeback ('contracargo') and lawyer ('abogado') threats -> escalate, even though O3 (not_started) would approve.")

proj("Hosting Bodega Los Algarrobos", "admin@bodegalosalgarrobos.com.ar")
opay("es_o20", "OWD-2025-720", "Hosting Bodega Los Algarrobos", "hosting_annual", "24000.00", "2025-09-26T10:00:00",
     service_start="2025-10-10")
case("o20-hosting-antes-de-empezar-ar", [mail("o20", "Bodega Los Algarrobos <admin@bodegalosalgarrobos.com.ar>", OWD,
    "Devolución hosting (todavía no arrancó)", date("2025-09-28T19:00:00", AR),
    "Hola, buen día.\n\nPagamos el hosting anual del proyecto Hosting Bodega Los Algarrobos (factura "
    "OWD-2025-720) que arranca el 10/10. Al final el grupo que compró la bodega ya tiene servidor propio, "
    "así que lo queremos dar de baja y que nos devuelvan lo que corresponda.\n\nSaludos,\nMarina Quiroga\n")],
    "optima_webdesign", "decided", [D("refund", "approve", "22000.00")], extra_ok=True,
    spec="O5 and section 8 'O5 before the service starts: consumed_months is 1'. No setup fee; monthly_value 24000.00/12 = 2000.00; refund = 24000.00 - 0 - 2000.00 = 22000.00.")

# ---------------------------------------------------------------- hard cases
cust("compras@distribuidoralaperla.mx", "Distribuidora La Perla", "monthly", "2025-09-16", "2025-10-15")
lpay("es_p301", "LO-INV-70301", "compras@distribuidoralaperla.mx", "monthly", "1499.00", "2025-09-16T10:00:00", "2025-09-16", "2025-10-15")
case("h01-fuera-de-oficina-mx", [mail("h01", "Compras La Perla <compras@distribuidoralaperla.mx>", LO,
    "Respuesta automática: Re: Tu factura de LeadsOptima", date("2025-09-17T03:00:00", MX),
    "Gracias por su mensaje. Me encuentro fuera de la oficina del 15 al 19 de septiembre sin acceso al "
    "correo. Para temas urgentes de pagos o cancelaciones comuníquese con Karla al 55 1234 5678.\n\n"
    "Atentamente,\nCompras - Distribuidora La Perla\n",
    headers={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"})],
    "leadsoptima", "ignore", rules=["C7"],
    spec="C7: Auto-Submitted: auto-replied (out of office) -> ignore, even though it mentions payments and cancellations.")

case("h02-rebote-mailer-daemon", [mail("h02", "Mail Delivery Subsystem <MAILER-DAEMON@mx.olivardelsur.es>", OWD,
    "Notificación de estado de entrega (error)", date("2025-09-25T14:00:00", ES),
    "Este es un mensaje generado automáticamente por el sistema de correo.\n\nNo se ha podido entregar su "
    "mensaje a uno o más destinatarios:\n\n  contabilidad@olivardelsur.es\n    550 5.1.1 El buzón no existe\n\n"
    "------ Mensaje original ------\nAsunto: Re: Refund Request — Tienda Online Olivar del Sur\n"
    "Su reembolso de 40.000 INR ha sido aprobado.\n",
    headers={"Auto-Submitted": "auto-generated"})],
    "optima_webdesign", "ignore", rules=["C7"],
    spec="C7: MAILER-DAEMON sender, bounce -> ignore (the quoted refund words must not make it a request).")

case("h03-boletin-lista-es", [mail("h03", "Boletín Emprende Digital <boletin@emprendedigital-news.es>", OWD,
    "Cómo pedir un reembolso a tu agencia web (y otros 5 consejos)", date("2025-09-18T15:00:00", ES),
    "Boletín semanal n.º 212\n\n1. Cómo pedir un reembolso a tu agencia web sin perder la relación.\n"
    "2. Cancelar suscripciones que no usas: guía rápida.\n\nPara darte de baja de este boletín, pulsa aquí.\n",
    headers={"List-Id": "Emprende Digital <boletin.emprendedigital-news.es>", "Precedence": "bulk",
             "List-Unsubscribe": "<mailto:baja@emprendedigital-news.es>"})],
    "optima_webdesign", "ignore", rules=["C7"],
    spec="C7: List-Id and Precedence: bulk -> ignore, although the text speaks of refunds and cancelling.")

case("h04-hipotetico-prospecto-co", [mail("h04", "Santiago Mejía <santiago@mejiaautos.co>", LO,
    "Pregunta antes de contratar", date("2025-09-20T21:00:00", CO),
    "Buenas, estoy mirando el plan anual para el concesionario. Una pregunta antes de pagar: si la herramienta "
    "no me sirve para los leads de Facebook, ¿ustedes me devolverían la plata? ¿O cómo funciona eso?\n\n"
    "Gracias,\nSantiago Mejía\nMejía Autos - Pereira\n")],
    "leadsoptima", "other",
    spec="Section 8: a hypothetical before buying ('si no me sirve, ¿me devolverían la plata?') is a policy question -> other.")

cust("luciana@ramosinmuebles.com.ar", "Luciana Ramos", "quarterly", "2025-08-01", "2025-10-31")
lpay("es_p305", "LO-INV-70305", "luciana@ramosinmuebles.com.ar", "quarterly", "6999.00", "2025-08-01T10:00:00", "2025-08-01", "2025-10-31")
case("h05-como-exportar-ar", [mail("h05", "Luciana Ramos <luciana@ramosinmuebles.com.ar>", LO,
    "exportar contactos", date("2025-09-25T20:00:00", AR),
    "Hola! Una consulta rápida: ¿cómo hago para bajar todos los leads de septiembre a un Excel? Busqué en "
    "Configuración y no encuentro la opción. Ah, y no, no quiero cancelar nada, estoy re contenta jaja.\n\nGracias!\nLu\n")],
    "leadsoptima", "other",
    spec="How-to question, explicit 'no quiero cancelar nada' (section 8 negation) -> other.")

cust("paula.serrano@serranoabogadas.es", "Paula Serrano", "monthly", "2025-09-20", "2025-10-19")
lpay("es_p306", "LO-INV-70306", "paula.serrano@serranoabogadas.es", "monthly", "1499.00", "2025-09-20T10:00:00", "2025-09-20", "2025-10-19")
case("h06-c2-correo-personal-es", [mail("h06", "Paula S. <paulaserrano84@hotmail.com>", LO,
    "Cancelar cuenta", date("2025-09-27T15:00:00", ES),
    "Hola, os escribo desde mi correo personal porque en el del despacho tengo el buzón lleno. Quiero cancelar "
    "el plan mensual; mi correo registrado es paula.serrano@serranoabogadas.es. Hemos decidido no seguir "
    "con las campañas este trimestre.\n\nGracias,\nPaula\n")],
    "leadsoptima", "need_info", rules=["C2"],
    spec="C2 (section 5 example 5): sender hotmail address, registered email stated is another -> need_info asking to write from the registered address; nothing about the account.")

cust("ricardo.anaya@anayalogistica.mx", "Ricardo Anaya", "annual", "2025-03-01", "2026-02-28")
lpay("es_p307", "LO-INV-70307", "ricardo.anaya@anayalogistica.mx", "annual", "23988.00", "2025-03-01T10:00:00", "2025-03-01", "2026-02-28")
case("h07-rv-asistente-c2-mx", [mail("h07", "Mariana López <asistente.direccion@anayalogistica.mx>", LO,
    "RV: Cancelación de LeadsOptima", date("2025-09-23T23:00:00", MX),
    "Buen día, les reenvío la solicitud del Lic. Anaya, favor de atenderla.\n\nMariana López\nAsistente de Dirección\n\n"
    "________________________________\nDe: Ricardo Anaya <ricardo.anaya@anayalogistica.mx>\n"
    "Enviado: lunes, 22 de septiembre de 2025 18:40\nPara: Mariana López <asistente.direccion@anayalogistica.mx>\n"
    "Asunto: Cancelación de LeadsOptima\n\nMariana, por favor pide que cancelen nuestra cuenta de LeadsOptima "
    "(registrada a mi correo ricardo.anaya@anayalogistica.mx, plan anual). Ya no vamos a hacer prospección "
    "en línea, todo va por licitaciones.\n\nGracias\nRA\n")],
    "leadsoptima", "need_info", rules=["C2"],
    spec="Section 8 forwards: the forwarded request names the registered email ricardo.anaya@..., the sender is the assistant's address -> C2 need_info.")

cust("jimena@floreriaorquidea.com.co", "Jimena Palacio", "monthly", "2025-09-15", "2025-10-14")
lpay("es_p308", "LO-INV-70308", "jimena@floreriaorquidea.com.co", "monthly", "1499.00", "2025-09-15T10:00:00", "2025-09-15", "2025-10-14")
case("h08-reenvio-propio-co", [mail("h08", "Jimena Palacio <jimena@floreriaorquidea.com.co>", LO,
    "Fwd: Cancelar plan", date("2025-09-30T19:00:00", CO),
    "Les reenvío lo que les mandé hace una semana, nadie me contestó. Por favor confirmen.\n\n"
    "---------- Mensaje reenviado ---------\nDe: Jimena Palacio <jimena@floreriaorquidea.com.co>\n"
    "Fecha: mar, 23 sept 2025 a las 10:12\nAsunto: Cancelar plan\nPara: <support@leadsoptima.com>\n\n"
    "Hola, quiero cancelar mi plan mensual de LeadsOptima. La temporada de amor y amistad ya pasó y no "
    "voy a hacer más campañas este año.\nJimena - Floristería Orquídea\n")],
    "leadsoptima", "decided", [D("cancellation", "cancel", eff="2025-10-14")],
    spec="Section 8: a forward is read for the request it carries; the forwarded request is from the same registered address -> L8 cancel, effective current_period_end 2025-10-14.")

cust("hector.rangel@rangelrefacciones.mx", "Héctor Rangel", "monthly", "2025-09-18", "2025-10-17")
lpay("es_p309", "LO-INV-70309", "hector.rangel@rangelrefacciones.mx", "monthly", "1499.00", "2025-09-18T20:00:00", "2025-09-18", "2025-10-17")
case("h09-profeco-mx", [mail("h09", "Héctor Rangel <hector.rangel@rangelrefacciones.mx>", LO,
    "Exijo mi reembolso", date("2025-09-22T22:00:00", MX),
    "Desde que pagué el 18 (factura LO-INV-70309, plan mensual) la plataforma no carga, se queda la pantalla "
    "en blanco. Ya van 4 días. Quiero mi reembolso completo o voy a levantar una queja ante PROFECO por mis "
    "derechos como consumidor y a pedir al banco que desconozca el cargo.\n\nHéctor Rangel\n")],
    "leadsoptima", "decided", [D("refund", "escalate")], rules=["C4"],
    spec="C4: consumer-protection complaint (PROFECO, 'derechos como consumidor') and a card dispute threat -> escalate.")

cust("jaime@bicicletasolmo.es", "Jaime Olmo", "monthly", "2025-09-09", "2025-10-08")
lpay("es_p310", "LO-INV-70310", "jaime@bicicletasolmo.es", "monthly", "1499.00", "2025-09-09T10:00:00", "2025-09-09", "2025-10-08")
case("h10-baja-con-amenaza-es", [mail("h10", "Jaime Olmo <jaime@bicicletasolmo.es>", LO,
    "BAJA YA", date("2025-09-26T16:00:00", ES),
    "Es la tercera vez que pido la baja. Dadme de baja ya del plan mensual. Como vuelva a ver un solo cargo más "
    "en la cuenta, pongo una reclamación en la Oficina del Consumidor y os denuncio en el juzgado.\n\nJaime Olmo\n"
    "Bicicletas Olmo\n")],
    "leadsoptima", "decided", [D("cancellation", "escalate")], rules=["C4"],
    spec="Section 8 'C4 covers the whole case': consumer office and court threat -> the cancellation is escalated too.")

proj("Web Institucional Colegio San Gabriel", "rectoria@colegiosangabriel.edu.co", work="2024-02-01T10:00:00")
opay("es_o11b", "OWD-2025-721", "Web Institucional Colegio San Gabriel", "retainer", "12000.00", "2025-09-05T10:00:00",
     period_start="2025-09-05", period_end="2025-10-04", next_billing_at="2025-10-05T00:00:00")
case("h11-html-iguala-co", [mail("h11", "Rectoría Colegio San Gabriel <rectoria@colegiosangabriel.edu.co>", OWD,
    "Terminación contrato de soporte web", date("2025-09-22T20:30:00", CO),
    html="<html><body><div style=\"font-family:Calibri\"><p>Buenos días,</p><p>Por decisión del Consejo "
    "Directivo, el colegio dará por terminado el servicio mensual de soporte del proyecto <b>Web Institucional "
    "Colegio San Gabriel</b> (factura <b>OWD-2025-721</b>). La Secretaría de Educación nos asignó una plataforma "
    "oficial que reemplaza el sitio actual.</p><p>Agradecemos su atención.</p><p>Hna. Beatriz Londoño<br>"
    "Rectora</p><p style=\"font-size:8pt;color:#888\">Este correo es de uso institucional.</p></div></body></html>")],
    "optima_webdesign", "decided", [D("cancellation", "cancel", eff="2025-10-04")],
    spec="HTML-only mail. O4/O8: next_billing_at 2025-10-05; request 2025-09-22 <= 2025-09-28 -> cancel, effective 2025-10-04.")

cust("yesica.moreno.ventas@gmail.com", "Yésica Moreno", "monthly", "2025-09-11", "2025-10-10")
lpay("es_p312", "LO-INV-70312", "yesica.moreno.ventas@gmail.com", "monthly", "1499.00", "2025-09-11T10:00:00", "2025-09-11", "2025-10-10")
case("h12-celular-sin-tildes-ar", [mail("h12", "yesica moreno <yesica.moreno.ventas@gmail.com>", LO,
    "baja", date("2025-09-25T23:30:00", AR),
    "hola necesito q me den de baja el plan mensual xfa, ya no vendo mas x internet. gracias\n\n"
    "Enviado desde mi Samsung Galaxy\n")],
    "leadsoptima", "decided", [D("cancellation", "cancel", eff="2025-10-10")],
    spec="Hurried phone mail without accents. L8 cancel, effective current_period_end 2025-10-10.")

cust("fernando.gil@gilasesores.es", "Fernando Gil", "monthly", "2025-09-25", "2025-10-24")
lpay("es_p313", "LO-INV-70313", "fernando.gil@gilasesores.es", "monthly", "1499.00", "2025-09-25T10:00:00", "2025-09-25", "2025-10-24")
lpay("es_p314", "LO-INV-70314", "fernando.gil@gilasesores.es", "monthly", "1499.00", "2025-09-25T10:01:00", "2025-09-25", "2025-10-24")
case("h13-dictado-voz-es", [mail("h13", "Fernando Gil <fernando.gil@gilasesores.es>", LO,
    "Cobro duplicado", date("2025-09-27T13:00:00", ES),
    "Hola buenos días. Quería pedir la devolución de un cobro duplicado. El 25 de septiembre me cobrasteis dos "
    "veces la cuota del plan mensual coma la factura del segundo cobro es LO INV 70314 punto Gracias un saludo "
    "Fernando\n\nEnviado con dictado por voz, disculpa las erratas.\n")],
    "leadsoptima", "decided", [D("refund", "approve", "1499.00")],
    spec="Voice-dictated text ('coma', 'punto' spelled out); 'LO INV 70314' = LO-INV-70314 (section 8). L4 two paid 1499.00 charges, day 2 -> approve 1499.00.")

proj("Rediseño Web Óptica Miramar", "gerencia@opticamiramar.com.ar", work="2025-08-25T10:00:00")
opay("es_o22", "OWD-2025-722", "Rediseño Web Óptica Miramar", "milestone", "26000.00", "2025-09-15T10:00:00", milestone_status="not_started")
opay("es_o23", "OWD-2025-723", "Rediseño Web Óptica Miramar", "milestone", "26000.00", "2025-08-25T10:00:00", milestone_status="completed")
m1 = mail("h14a", "Gerencia Óptica Miramar <gerencia@opticamiramar.com.ar>", OWD,
    "Reembolso etapa tienda online - Rediseño Web Óptica Miramar", date("2025-09-24T20:00:00", AR),
    "Buenas tardes,\n\nDel Rediseño Web Óptica Miramar queremos sacar la etapa de tienda online: la obra social "
    "nos prohíbe vender lentes por internet. Solicitamos el reembolso de esa etapa, que todavía no empezó.\n\n"
    "Saludos,\nNatalia Ferraro - Gerencia\n")
m2 = mail("h14b", "Gerencia Óptica Miramar <gerencia@opticamiramar.com.ar>", OWD,
    "Re: Reembolso etapa tienda online - Rediseño Web Óptica Miramar", date("2025-09-25T19:00:00", AR),
    "Hola, perdón, la factura de esa etapa es la OWD-2025-722.\n\nNatalia\n\n"
    "El 24/09/2025, a las 14:40, Optima WebDesign escribió:\n> Para avanzar necesitamos el número de factura.\n",
    reply_to=m1)
case("h14-hilo-hito-ar", [m1, m2], "optima_webdesign", "decided", [D("refund", "approve", "26000.00")],
    spec="C3 thread: first mail lacks the invoice (the project has two milestone invoices); the answer names OWD-2025-722, milestone not_started -> O3 approve 26000.00.")

cust("oscar@perezturismo.com.mx", "Óscar Pérez", "monthly", "2025-09-10", "2025-10-09")
lpay("es_p315", "LO-INV-70315", "oscar@perezturismo.com.mx", "monthly", "1499.00", "2025-09-10T10:00:00", "2025-09-10", "2025-10-09")
case("h15-otra-marca-mx", [mail("h15", "Óscar Pérez <oscar@perezturismo.com.mx>", OWD,
    "Cancelar suscripción LeadsOptima", date("2025-09-25T21:00:00", MX),
    "Hola, quiero cancelar mi suscripción mensual de LeadsOptima, ya no la necesito porque la agencia cerró la "
    "oficina de Cancún. Gracias.\n\nÓscar Pérez\n")],
    "optima_webdesign", "need_info", rules=["C2"],
    spec="Section 8 'The other brand's customer': C1 picks Optima by the To address; the sender is unknown in Optima's ledger -> treated as any unknown sender (C2; project and invoice also unknown). "
         "Not ambiguous (second-pass QA): section 8 'The other brand's customer' names C2 for this case, and section 4 says the Optima request must come from the contract email (C2).")

cust("contacto@veterinariahuellitas.co", "Veterinaria Huellitas", "monthly", "2025-09-26", "2025-10-25")
lpay("es_p316", "LO-INV-70316", "contacto@veterinariahuellitas.co", "monthly", "1499.00", "2025-09-26T20:00:00", "2025-09-26", "2025-10-25")
lpay("es_p317", "LO-INV-70317", "contacto@veterinariahuellitas.co", "monthly", "1499.00", "2025-09-26T20:02:00", "2025-09-26", "2025-10-25")
case("h16-reply-to-co", [mail("h16", "Andrea Huellitas <andrea.vet.huellitas@gmail.com>", LO,
    "cobro doble", date("2025-09-27T21:00:00", CO),
    "Buenas, me cobraron dos veces la mensualidad el 26, factura del segundo LO-INV-70317. Me devuelven uno "
    "porfa. Respondan al correo de la veterinaria.\nAndrea\n",
    headers={"Reply-To": "contacto@veterinariahuellitas.co"})],
    "leadsoptima", "need_info", rules=["C2"],
    spec="Section 8: the sender is the From address; Reply-To never verifies anyone. From is a gmail not on record -> C2 need_info.")

cust("ines@ineslopezinteriorismo.es", "Inés López", "annual", "2025-02-14", "2026-02-13")
lpay("es_p318", "LO-INV-70318", "ines@ineslopezinteriorismo.es", "annual", "23988.00", "2025-02-14T10:00:00", "2025-02-14", "2026-02-13")
case("h17-etiqueta-plus-es", [mail("h17", "Inés López <ines+facturas@ineslopezinteriorismo.es>", LO,
    "Cancelación plan anual", date("2025-09-19T14:00:00", ES),
    "Hola,\n\nQuiero cancelar la renovación de mi plan anual. Me jubilo en enero y cierro el estudio.\n\nInés López\n")],
    "leadsoptima", "need_info", rules=["C2"],
    spec="Section 8 addresses: a +tag makes another address; ines+facturas@ is not the registered ines@ -> C2 need_info.")

proj("Tienda Online Cerámica Talavera Reyes", "ventas@talaverareyes.mx", work="2025-09-01T10:00:00")
opay("es_o24", "OWD-2025-724", "Tienda Online Cerámica Talavera Reyes", "milestone", "20000.00", "2025-09-20T10:00:00", milestone_status="not_started")
case("h18-solo-firma-mx", [mail("h18", "Ventas Talavera Reyes <ventas@talaverareyes.mx>", OWD,
    "Refund Request — Tienda Online Cerámica Talavera Reyes", date("2025-09-26T21:00:00", MX),
    "Buenas tardes,\n\nPor medio del presente solicito el reembolso de la factura OWD-2025-724 del proyecto Tienda "
    "Online Cerámica Talavera Reyes.\n\nQuedo en espera de su pronta respuesta.\n\nAtentamente,\n"
    "Lic. Adriana Reyes\nGerente de Ventas\nCerámica Talavera Reyes · Puebla, Pue.\n\"Tradición hecha a mano desde 1962\"\n\n"
    "AVISO DE PRIVACIDAD: La información contenida en este correo es confidencial.\n")],
    "optima_webdesign", "need_info", missing=["reason"],
    spec="Section 8: restating the request, sign-off, signature tagline and privacy notice are not a reason; Optima requires one -> need_info [reason].")

cust("pablo@cervezasartesanasnorte.es", "Pablo Norte", "monthly", "2025-09-23", "2025-10-22")
lpay("es_p319", "LO-INV-70319", "pablo@cervezasartesanasnorte.es", "monthly", "1499.00", "2025-09-23T10:00:00", "2025-09-23", "2025-10-22")
lpay("es_p320", "LO-INV-70320", "pablo@cervezasartesanasnorte.es", "monthly", "1499.00", "2025-09-23T10:01:00", "2025-09-23", "2025-10-22", status="refunded")
case("h19-ya-reembolsado-es", [mail("h19", "Pablo Norte <pablo@cervezasartesanasnorte.es>", LO,
    "Cobro repetido 23/09", date("2025-09-29T12:00:00", ES),
    "Buenas, el 23 de septiembre se me cobró dos veces la mensualidad, la segunda es la LO-INV-70320. Pido que "
    "me devolváis el cargo duplicado.\n\nPablo · Cervezas Artesanas del Norte\n")],
    "leadsoptima", "decided", [D("refund", "escalate")],
    spec="Section 8 'Payments not paid': LO-INV-70320 has status refunded -> refund of it is escalate (and L4's pair needs two paid charges).")

case("h20-agradecimiento-co", [mail("h20", "Daniela Cárdenas <daniela.cardenas@cardenasyoga.co>", LO,
    "Gracias!", date("2025-09-30T21:00:00", CO),
    "Hola! Solo quería darles las gracias, ya me llegó la devolución del débito repetido. Súper rápidos. "
    "Un abrazo desde Manizales.\nDaniela\n")],
    "leadsoptima", "other",
    spec="Thanks, no request -> other.")

case("h21-queja-sin-pedido-ar", [mail("h21", "Luciana Ramos <luciana@ramosinmuebles.com.ar>", LO,
    "malísimo el soporte", date("2025-09-30T22:00:00", AR),
    "Les escribí hace 5 días preguntando por la exportación a Excel y NADIE me contestó. No les pido nada de plata "
    "ni quiero darme de baja, pero esto es una falta de respeto. Contesten, por favor.\nLuciana\n")],
    "leadsoptima", "other",
    spec="Complaint without a refund or cancellation request, both explicitly negated -> other.")

write()
