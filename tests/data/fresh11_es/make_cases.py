"""fresh11 es cases: written by QA from POLICY_SPEC.md alone. MIT licence."""
import json, os
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
IST = timezone(timedelta(hours=5, minutes=30))
LO_TO = "support@leadsoptima.com"
OWD_TO = "optimawebdesigns12@gmail.com"
LEDGER = {"customers": [], "projects": [], "payments": []}
CASES = []


def cust(email, name, plan, ps=None, pe=None, status="active", trial_ends=None):
    LEDGER["customers"].append({"brand": "leadsoptima", "email": email, "name": name, "plan": plan,
                                "status": status, "trial_ends": trial_ends,
                                "current_period_start": ps, "current_period_end": pe})


def lopay(pid, inv, email, plan, amount, paid_at, ps=None, pe=None, status="paid", tax="0.00"):
    LEDGER["payments"].append({"brand": "leadsoptima", "id": pid, "invoice": inv, "customer_email": email,
                               "kind": "subscription", "plan": plan, "amount": amount, "tax": tax,
                               "currency": "INR", "paid_at": paid_at, "period_start": ps,
                               "period_end": pe, "status": status})


def proj(name, email, ws=None):
    LEDGER["projects"].append({"brand": "optima_webdesign", "name": name, "contract_email": email,
                               "work_started_at": ws})


def owdpay(pid, inv, project, kind, amount, paid_at, tax="0.00", status="paid", setup_fee=None,
           service_start=None, next_billing_at=None, ps=None, pe=None, ms=None):
    LEDGER["payments"].append({"brand": "optima_webdesign", "id": pid, "invoice": inv, "project": project,
                               "kind": kind, "amount": amount, "tax": tax, "currency": "INR",
                               "paid_at": paid_at, "status": status, "setup_fee": setup_fee,
                               "service_start": service_start, "next_billing_at": next_billing_at,
                               "period_start": ps, "period_end": pe, "milestone_status": ms})


def mail(name, frm, to, date, subject, body, html=None, headers=None, reply_to_id=None, mid=None):
    m = EmailMessage(policy=SMTP)
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = format_datetime(datetime.strptime(date, "%Y-%m-%d %H:%M").replace(tzinfo=IST))
    m["Message-ID"] = mid or "<%s@qa11.example>" % name
    if reply_to_id:
        m["In-Reply-To"] = reply_to_id
        m["References"] = reply_to_id
    for k, v in (headers or {}).items():
        m[k] = v
    if html and body is None:
        m.set_content(html, subtype="html")
    else:
        m.set_content(body)
        if html:
            m.add_alternative(html, subtype="html")
    os.makedirs(os.path.join(HERE, "emails"), exist_ok=True)
    with open(os.path.join(HERE, "emails", name + ".eml"), "wb") as f:
        f.write(m.as_bytes())
    return "emails/%s.eml" % name


def case(cid, files, brand, status, decisions=(), rules=(), spec="", missing=None, extra_ok=False,
         ambiguous=None, line=""):
    c = {"id": "%s-%s" % (LANG, cid), "lang": LANG, "files": list(files), "brand": brand,
         "status": status, "rules": list(rules)}
    if missing is not None:
        c["missing"] = list(missing)
    c["decisions"] = [dict(d) for d in decisions]
    if extra_ok:
        c["extra_ok"] = True
    c["spec"] = spec
    if ambiguous:
        c["ambiguous"] = ambiguous
    c["line"] = line
    CASES.append(c)


def D(intent, outcome, amount=None, eff=None):
    d = {"intent": intent, "outcome": outcome}
    if amount is not None:
        d["amount"] = amount
    if eff is not None:
        d["effective_date"] = eff
    return d


def write():
    with open(os.path.join(HERE, "ledger.json"), "w", encoding="utf-8") as f:
        json.dump(LEDGER, f, ensure_ascii=False, indent=1)
    out = []
    for c in CASES:
        c = dict(c)
        c.pop("line")
        out.append(c)
    with open(os.path.join(HERE, "expected.json"), "w", encoding="utf-8") as f:
        json.dump({"cases": out}, f, ensure_ascii=False, indent=1)
    print(len(CASES), "cases")
LANG = "es"
LO, OW = "leadsoptima", "optima_webdesign"
SIG = "\n\n--\nEnviado desde mi iPhone"

# ---------------- LeadsOptima ----------------
cust("rocio.benitez@gmail.com", "Rocío Benítez", "monthly", "2025-09-20", "2025-10-19")
lopay("es_p01", "LO-INV-71001", "rocio.benitez@gmail.com", "monthly", "1499.00", "2025-09-20T11:05:00", "2025-09-20", "2025-10-19")
lopay("es_p02", "LO-INV-71002", "rocio.benitez@gmail.com", "monthly", "1499.00", "2025-09-20T11:06:00", "2025-09-20", "2025-10-19")
f = mail("l01-dup", "Rocío Benítez <rocio.benitez@gmail.com>", LO_TO, "2025-09-24 18:40", "Cobro duplicado",
         "Hola, buenas tardes:\n\nRevisando la tarjeta veo que me han cobrado dos veces la mensualidad del 20 de septiembre (1.499,00 € cada cargo... bueno, en rupias, lo que sea). La segunda factura es la LO-INV-71002. ¿Me devolvéis el cargo repetido, porfa?\n\nUn saludo,\nRocío" + SIG)
case("l01-dup", [f], LO, "decided", [D("refund", "approve", "1499.00")], spec="L2 duplicate_payment; two paid monthly charges 1499.00 on 2025-09-20 same period; request 2025-09-24 = day 4 <= 7 (L3); L4 approve the duplicate's amount 1499.00", line="duplicate monthly charge, day 4, approve 1499.00")

cust("ignacio.prieto@prietoyasociados.es", "Ignacio Prieto", "quarterly", "2025-09-10", "2025-12-09")
lopay("es_p03", "LO-INV-71011", "ignacio.prieto@prietoyasociados.es", "quarterly", "3999.00", "2025-09-10T09:00:00", "2025-09-10", "2025-12-09")
lopay("es_p04", "LO-INV-71012", "ignacio.prieto@prietoyasociados.es", "quarterly", "3999.00", "2025-09-10T09:02:00", "2025-09-10", "2025-12-09")
f = mail("l02-dup-day7", "Ignacio Prieto <ignacio.prieto@prietoyasociados.es>", LO_TO, "2025-09-17 23:30", "pago doble trimestre",
         "Buenas noches,\nse me ha cargado dos veces el plan trimestral (factura LO INV 71012 y la 71011, mismo importe 3.999,00). Solicito la devolución del segundo cargo.\n\nAtentamente,\nIgnacio Prieto\nPrieto y Asociados S.L.\nEste mensaje es confidencial y va dirigido exclusivamente a su destinatario.")
case("l02-dup-day7", [f], LO, "decided", [D("refund", "approve", "3999.00")], spec="L3: charge 2025-09-10 is day 0; request 2025-09-17 23:30 IST is day 7, inside ('day 7 is inside'); L4 approve duplicate 3999.00; invoice LO-INV-71012 is the later charge", line="duplicate quarterly, exactly day 7 at 23:30, approve 3999.00")

cust("eva.sanchis@outlook.es", "Eva Sanchis", "annual", "2025-09-05", "2026-09-04")
lopay("es_p05", "LO-INV-71021", "eva.sanchis@outlook.es", "annual", "11988.00", "2025-09-05T10:00:00", "2025-09-05", "2026-09-04")
lopay("es_p06", "LO-INV-71022", "eva.sanchis@outlook.es", "annual", "11988.00", "2025-09-05T10:01:00", "2025-09-05", "2026-09-04")
f = mail("l03-dup-day8", "Eva Sanchis <eva.sanchis@outlook.es>", LO_TO, "2025-09-13 08:15", "Me cobraron el anual 2 veces",
         "Hola\n\nacabo de ver q me cobrasteis el plan anual dos veces el 5 de septiembre, factura LO-INV-71022. Quiero q me devolvais uno de los dos cargos.\n\nGracias\nEva")
case("l03-dup-day8", [f], LO, "decided", [D("refund", "deny")], spec="L3: charge 2025-09-05 day 0, request 2025-09-13 = day 8 > 7 -> deny citing the 7-day window", line="duplicate annual, day 8, deny (L3)")

cust("fernando.iglesias@iglesiasmotor.com", "Fernando Iglesias", "monthly", "2025-09-26", "2025-10-25")
lopay("es_p07", "LO-INV-71031", "fernando.iglesias@iglesiasmotor.com", "monthly", "2499.00", "2025-09-26T08:00:00", "2025-09-26", "2025-10-25")
f = mail("l04-billing-error", "Fernando Iglesias <fernando.iglesias@iglesiasmotor.com>", LO_TO, "2025-09-29 12:10", "Importe incorrecto en factura LO-INV-71031",
         "Buenos días:\n\nEl 26/09 me habéis cobrado 2.499 cuando el precio que contraté era otro, el importe es incorrecto. Pido que me devolváis la diferencia o el cargo entero, lo que corresponda.\n\nUn saludo\nFernando Iglesias\nIglesias Motor")
case("l04-billing-error", [f], LO, "decided", [D("refund", "escalate")], spec="L2 billing_error (wrong amount), charge 2025-09-26, request day 3 <= 7 -> L5 escalate; escalations carry no amount", line="wrong amount inside window, escalate (L5)")

cust("nuria.pastor@nuriapastor.es", "Nuria Pastor", "quarterly", "2025-09-22", "2025-12-21")
lopay("es_p08", "LO-INV-71041", "nuria.pastor@nuriapastor.es", "quarterly", "4299.00", "2025-09-22T10:30:00", "2025-09-22", "2025-12-21")
f = mail("l05-access", "Nuria Pastor <nuria.pastor@nuriapastor.es>", LO_TO, "2025-09-25 09:05", "No puedo acceder desde el lunes!!",
         "Hola,\n\ndesde el lunes no puedo iniciar sesión en la plataforma, me sale un error en blanco y ya os escribí por el chat sin solución. Pagué el trimestre el 22 (factura LO-INV-71041) y no lo he podido usar. Quiero el reembolso.\n\nNuria")
case("l05-access", [f], LO, "decided", [D("refund", "escalate")], spec="L2 access_failure (cannot log in), charge 2025-09-22, request day 3 -> L6 escalate", line="cannot log in since Monday, escalate (L6)")

cust("gonzalo.herrero@gmail.com", "Gonzalo Herrero", "monthly", "2025-09-18", "2025-10-17")
lopay("es_p09", "LO-INV-71051", "gonzalo.herrero@gmail.com", "monthly", "1299.00", "2025-09-18T07:45:00", "2025-09-18", "2025-10-17")
f = mail("l06-changed-mind", "Gonzalo Herrero <gonzalo.herrero@gmail.com>", LO_TO, "2025-09-21 20:02", "devolucion",
         "buenas\nal final no lo voy a usar, lo contrate para un proyecto que se ha caido. me podeis devolver lo de este mes? factura lo-inv-71051\ngracias")
case("l06-changed-mind", [f], LO, "decided", [D("refund", "deny")], spec="L1: reason 'no lo voy a usar' (not used / changed plans) is not an L2 exception -> deny, cancellation offered", line="project fell through, will not use it: deny (L1)")

cust("beatriz.molina@clinicamolina.es", "Beatriz Molina", "monthly", "2025-09-12", "2025-10-11")
lopay("es_p10", "LO-INV-71061", "beatriz.molina@clinicamolina.es", "monthly", "1899.00", "2025-09-12T12:00:00", "2025-09-12", "2025-10-11")
f = mail("l07-cancel", "Beatriz Molina <beatriz.molina@clinicamolina.es>", LO_TO, "2025-09-28 11:20", "Baja del servicio",
         "Estimados señores:\n\nLes escribo para solicitar la baja de nuestra suscripción mensual. Hemos decidido gestionar los contactos con otra herramienta.\n\nReciban un cordial saludo,\n\nBeatriz Molina\nDirectora - Clínica Molina\nC/ Mayor 12, Valladolid")
case("l07-cancel", [f], LO, "decided", [D("cancellation", "cancel", eff="2025-10-11")], spec="L8: cancel, active until current_period_end 2025-10-11", line="'solicitar la baja', cancel until 2025-10-11 (L8)")

cust("alvaro.cortes@cortesreformas.com", "Álvaro Cortés", "quarterly")
lopay("es_p11", "LO-INV-71071", "alvaro.cortes@cortesreformas.com", "quarterly", "3999.00", "2025-08-14T16:00:00")
f = mail("l08-cancel-fallback", "Álvaro Cortés <alvaro.cortes@cortesreformas.com>", LO_TO, "2025-09-30 17:45", "cancelar plan trimestral",
         "Hola, quiero darme de baja del plan trimestral, no renovar más. El motivo es que cerramos la empresa a final de año.\n\nÁlvaro")
case("l08-cancel-fallback", [f], LO, "decided", [D("cancellation", "cancel", eff="2025-11-13")], spec="L8 fallback: no current_period_end; last charge local date 2025-08-14 + 3 months = 2025-11-14, minus one day = 2025-11-13", line="quarterly cancel with no period in ledger: 2025-11-13 (L8 fallback)")

cust("silvia.ortega@gmail.com", "Silvia Ortega", "annual", "2025-03-02", "2026-03-01")
lopay("es_p12", "LO-INV-71081", "silvia.ortega@gmail.com", "annual", "11988.00", "2025-03-02T10:00:00", "2025-03-02", "2026-03-01")
f = mail("l09-no-refund-cancel", "Silvia Ortega <silvia.ortega@gmail.com>", LO_TO, "2025-09-19 13:13", "No renovar",
         "Hola!\n\nNo quiero reembolso ni nada, sé que el anual no se devuelve. Solo cancelad la renovación para que no me vuelva a cobrar en marzo.\n\nBesos,\nSilvia")
case("l09-no-refund-cancel", [f], LO, "decided", [D("cancellation", "cancel", eff="2026-03-01")], spec="Section 8 negation: 'No quiero reembolso' adds no refund intent; L8 cancel until current_period_end 2026-03-01", line="negated refund, cancel only, 2026-03-01")

cust("ramon.vidal@vidalfincas.es", "Ramón Vidal", "monthly", "2025-09-09", "2025-10-08")
lopay("es_p13", "LO-INV-71091", "ramon.vidal@vidalfincas.es", "monthly", "1499.00", "2025-09-09T09:00:00", "2025-09-09", "2025-10-08")
f = mail("l10-c2-gmail", "Ramón Vidal <ramonvidal1968@gmail.com>", LO_TO, "2025-09-12 10:30", "reembolso",
         "Buenas, os escribo desde mi correo personal. Mi cuenta está a nombre de ramon.vidal@vidalfincas.es. Me habéis cobrado dos veces septiembre, la factura es LO-INV-71091. Devolvedme uno porfa.\nRamón")
case("l10-c2-gmail", [f], LO, "need_info", rules=["C2"], spec="C2: sender ramonvidal1968@gmail.com is not the registered email ramon.vidal@vidalfincas.es -> ask to write from the address on record, nothing about the account", line="writes from personal gmail naming another registered email: C2")

cust("lorena.campos@camposestetica.es", "Lorena Campos", "monthly", "2025-09-23", "2025-10-22")
lopay("es_p14", "LO-INV-71101", "lorena.campos@camposestetica.es", "monthly", "999.00", "2025-09-23T10:00:00", "2025-09-23", "2025-10-22")
lopay("es_p15", "LO-INV-71102", "lorena.campos@camposestetica.es", "monthly", "999.00", "2025-09-23T10:00:30", "2025-09-23", "2025-10-22")
f1 = mail("l11-c3-ask", "Lorena Campos <lorena.campos@camposestetica.es>", LO_TO, "2025-09-25 16:00", "Cobro repetido",
          "Hola, me habéis cobrado dos veces la cuota de este mes. ¿Podéis devolverme el cargo duplicado?\nGracias\nLorena", mid="<l11a@qa11.example>")
case("l11-c3-ask", [f1], LO, "need_info", missing=["invoice_number"], spec="C3: refund needs invoice_number (section 3); plan and reason known (ledger / 'cobrado dos veces'); ask for the invoice", line="double charge without invoice: need_info invoice_number")
f2 = mail("l11-c3-answer", "Lorena Campos <lorena.campos@camposestetica.es>", LO_TO, "2025-09-26 09:10", "Re: Cobro repetido",
          "Hola, la factura del segundo cobro es la LO-INV-71102.\nUn saludo\n\nEl jue, 25 sept 2025 a las 16:00, Lorena escribió:\n> Hola, me habéis cobrado dos veces la cuota de este mes.", reply_to_id="<l11a@qa11.example>")
case("l11-c3-thread", [f1, f2], LO, "decided", [D("refund", "approve", "999.00")], spec="C3 answer merged; request time = first email 2025-09-25 (day 2 after 2025-09-23); L4 approve 999.00", line="same thread answered with invoice: approve 999.00")

cust("hector.rubio@rubiofisio.com", "Héctor Rubio", "monthly", "2025-09-15", "2025-10-14")
lopay("es_p16", "LO-INV-71111", "hector.rubio@rubiofisio.com", "monthly", "1499.00", "2025-09-15T10:00:00", "2025-09-15", "2025-10-14")
f = mail("l12-hypothetical", "Héctor Rubio <hector.rubio@rubiofisio.com>", LO_TO, "2025-09-27 19:00", "Duda antes de pasar al anual",
         "Hola, estoy pensando en pasarme al plan anual. Si luego resulta que no me convence, ¿me devolveríais el dinero? Es solo una pregunta, de momento no quiero cambiar nada.\nGracias, Héctor")
case("l12-hypothetical", [f], LO, "other", spec="Section 8: a hypothetical ('si no me convence, ¿me devolveríais...?') before buying is a policy question -> other", line="hypothetical question before upgrading: other")

cust("irene.santos@santosabogados.es", "Irene Santos", "monthly", "2025-09-24", "2025-10-23", status="cancelled")
lopay("es_p17", "LO-INV-71121", "irene.santos@santosabogados.es", "monthly", "1499.00", "2025-09-24T06:00:00", "2025-09-24", "2025-10-23")
f = mail("l13-charged-after-cancel", "Irene Santos <irene.santos@santosabogados.es>", LO_TO, "2025-09-26 10:00", "Cobro tras la baja - LO-INV-71121",
         "Buenos días,\nCancelé la suscripción el 14 de septiembre y aun así el día 24 me habéis cobrado la mensualidad. Solicito la devolución del importe.\nIrene")
case("l13-charged-after-cancel", [f], LO, "decided", [D("refund", "escalate")], spec="L2 billing_error ('charged after I cancelled', a past event); charge 2025-09-24, request day 2 -> L5 escalate", line="cancelled on the 14th, charged on the 24th: escalate (L5)")

cust("oscar.delgado@delgadoyhijos.com", "Óscar Delgado", "annual", "2025-09-21", "2026-09-20")
lopay("es_p18", "LO-INV-71131", "oscar.delgado@delgadoyhijos.com", "annual", "11988.00", "2025-09-21T10:00:00", "2025-09-21", "2026-09-20")
f = mail("l14-chargeback", "Óscar Delgado <oscar.delgado@delgadoyhijos.com>", LO_TO, "2025-09-23 14:00", "URGENTE devolucion",
         "Me habéis cobrado el plan anual (LO-INV-71131) cuando yo pedí el mensual. O me devolvéis el dinero esta semana o hago un contracargo con el banco y os denuncio en consumo.\nÓscar Delgado")
case("l14-chargeback", [f], LO, "decided", [D("refund", "escalate")], rules=["C4"], spec="C4: chargeback ('contracargo') and consumer complaint threats -> escalate the whole case", line="wrong plan + chargeback threat: escalate (C4)")

f = mail("l15-autoreply", "Rocío Benítez <rocio.benitez@gmail.com>", LO_TO, "2025-09-25 09:00", "Respuesta automática: Re: Cobro duplicado",
         "Hola, estoy de vacaciones hasta el 6 de octubre con acceso limitado al correo. Para urgencias llama al 600 123 456.\nRocío", headers={"Auto-Submitted": "auto-replied"})
case("l15-autoreply", [f], LO, "ignore", rules=["C7"], spec="C7: Auto-Submitted: auto-replied -> ignore", line="out-of-office auto-reply: ignore (C7)")

f = mail("l16-howto", "Beatriz Molina <beatriz.molina@clinicamolina.es>", LO_TO, "2025-09-16 12:00", "Exportar contactos",
         "Hola, ¿cómo puedo exportar los leads del último mes a un Excel o CSV? No encuentro la opción en el panel.\nGracias,\nBeatriz")
case("l16-howto", [f], LO, "other", spec="No refund or cancellation asked: a how-to question -> other", line="how to export leads to CSV: other")

cust("mateo.crespo@crespotaller.es", "Mateo Crespo", "monthly", "2025-09-27", "2025-10-26")
for i, t in enumerate(["10:00:00", "10:00:40", "10:01:20"]):
    lopay("es_p2%d" % i, "LO-INV-7114%d" % (i + 1), "mateo.crespo@crespotaller.es", "monthly", "999.00", "2025-09-27T" + t, "2025-09-27", "2025-10-26")
f = mail("l17-triple", "Mateo Crespo <mateo.crespo@crespotaller.es>", LO_TO, "2025-09-29 08:30", "me habeis cobrado 3 veces",
         "Buenas, la app se quedó colgada al pagar y me ha cobrado la cuota TRES veces, facturas LO-INV-71141, 71142 y LO-INV-71143. Devolvedme los dos cobros de más por favor.\nMateo")
case("l17-triple", [f], LO, "decided", [D("refund", "approve", "1998.00")], spec="Section 8: three identical charges -> every charge after the first is a duplicate; both inside L3 (day 2): 999.00 + 999.00 = 1998.00", line="charged three times, approve 1998.00")

cust("clara.mendez@gmail.com", "Clara Méndez", "monthly", status="trial", trial_ends="2025-10-05")
f = mail("l18-trial", "Clara Méndez <clara.mendez@gmail.com>", LO_TO, "2025-09-29 21:00", "reembolso prueba",
         "Hola, estoy en la prueba gratis y no me termina de convencer, quiero que me devolváis el dinero y darme de baja ya.\nClara", headers={})
case("l18-trial", [f], LO, "decided", [D("refund", "deny")], extra_ok=True, spec="L7: account on a free trial has no charges -> deny (no billing unless they subscribe); a cancellation decision may also appear (extra_ok)", ambiguous="A trial account has no invoice; the bot could ask for invoice_number first (C3) instead of applying L7; spec L7 says deny", line="free-trial account asks money back: deny (L7)")

# ---------------- Optima WebDesign ----------------
proj("Bodega Los Almendros", "marketing@bodegalosalmendros.es")
owdpay("es_o01", "OWD-2025-401", "Bodega Los Almendros", "deposit", "30000.00", "2025-09-22T15:00:00", tax="5400.00")
f = mail("o01-deposit-inside", "Marketing Bodega Los Almendros <marketing@bodegalosalmendros.es>", OWD_TO, "2025-09-24 11:00", "Refund Request — Bodega Los Almendros / OWD-2025-401",
         "Hola equipo de Optima:\n\nPagamos la señal de 30.000 + IVA el lunes para la web de la bodega, pero la dirección ha decidido aplazar el proyecto hasta la próxima vendimia. Como todavía no habéis empezado nada, os pedimos la devolución del depósito (factura OWD-2025-401).\n\nUn saludo,\nLaura Gil\nDpto. Marketing")
case("o01-deposit-inside", [f], OW, "decided", [D("refund", "approve", "30000.00")], spec="O2: paid 2025-09-22 15:00, request 2025-09-24 11:00 = 44 h < 72 h, work_started_at empty -> approve 30000.00 (tax 5400.00 never refunded, C6)", line="deposit 44 h after payment, no work: approve 30000.00")

proj("Academia Idiomas Sol", "direccion@idiomassol.es")
owdpay("es_o02", "OWD-2025-402", "Academia Idiomas Sol", "deposit", "15000.00", "2025-09-20T10:00:00", tax="2700.00")
f = mail("o02-deposit-72h", "Dirección Idiomas Sol <direccion@idiomassol.es>", OWD_TO, "2025-09-23 10:00", "Devolución señal OWD-2025-402",
         "Buenos días,\nsolicito la devolución de la señal del proyecto Academia Idiomas Sol (OWD-2025-402) porque hemos encontrado un proveedor local más barato.\nSaludos,\nPilar Romero")
case("o02-deposit-72h", [f], OW, "decided", [D("refund", "deny")], spec="O2 + section 8: paid 2025-09-20 10:00, request 2025-09-23 10:00 is exactly 72 h, not 'before 72 hours' -> deny", line="deposit refund exactly 72 h after: deny (O2)")

proj("Ferretería Hnos. Lozano", "compras@ferreterialozano.com", ws="2025-09-25T10:00:00")
owdpay("es_o03", "OWD-2025-403", "Ferretería Hnos. Lozano", "deposit", "18000.00", "2025-09-24T12:00:00", tax="3240.00")
f = mail("o03-deposit-work-started", "Compras Lozano <compras@ferreterialozano.com>", OWD_TO, "2025-09-26 09:00", "Anular proyecto y devolver depósito",
         "Hola,\nquiero la devolución del depósito OWD-2025-403 del proyecto Ferretería Hnos. Lozano. Mi hermano no está de acuerdo con el presupuesto y lo dejamos.\nJosé Lozano")
case("o03-deposit-work-started", [f], OW, "decided", [D("refund", "deny")], extra_ok=True, spec="O2: request 2025-09-26 09:00 is within 72 h of payment (45 h) but after work_started_at 2025-09-25 10:00 -> whichever first -> deny", line="deposit within 72 h but work already started: deny (O2)")

proj("Hostal Mar Menor", "reservas@hostalmarmenor.es")
owdpay("es_o04", "OWD-2025-404", "Hostal Mar Menor", "discovery", "8000.00", "2025-09-15T10:00:00", tax="1440.00")
f = mail("o04-discovery-unstarted", "Hostal Mar Menor <reservas@hostalmarmenor.es>", OWD_TO, "2025-09-29 13:00", "Sesión de estrategia - reembolso",
         "Hola, pagamos la sesión de estrategia (factura OWD-2025-404, proyecto Hostal Mar Menor) pero aún no se ha programado y ahora no podemos asumir el gasto por la temporada baja. ¿Nos podéis devolver el importe?\nGracias\nAntonio")
case("o04-discovery-unstarted", [f], OW, "decided", [D("refund", "approve", "8000.00")], spec="O1: discovery with work_started_at empty -> refund in full 8000.00 (tax not refunded)", line="discovery not yet held: approve 8000.00 (O1)")

proj("Estudio Pilates Núcleo", "hola@pilatesnucleo.es", ws="2025-09-18T11:00:00")
owdpay("es_o05", "OWD-2025-405", "Estudio Pilates Núcleo", "discovery", "6500.00", "2025-09-16T10:00:00", tax="1170.00")
f = mail("o05-discovery-started", "Pilates Núcleo <hola@pilatesnucleo.es>", OWD_TO, "2025-09-22 18:00", "reembolso taller",
         "Hola! Hicimos el taller de descubrimiento el jueves pero la verdad no nos aportó gran cosa, queremos el reembolso de la factura OWD-2025-405 (Estudio Pilates Núcleo).\nMarta")
case("o05-discovery-started", [f], OW, "decided", [D("refund", "deny")], spec="O1: session started 2025-09-18 before the request -> deny", line="discovery session already held: deny (O1)")

proj("Cervecería La Espiga", "gerencia@laespiga.es", ws="2025-08-01T10:00:00")
owdpay("es_o06", "OWD-2025-406", "Cervecería La Espiga", "milestone", "22000.00", "2025-09-01T10:00:00", tax="3960.00", ms="not_started")
f = mail("o06-milestone-notstarted", "Gerencia La Espiga <gerencia@laespiga.es>", OWD_TO, "2025-09-25 10:00", "Hito 3 tienda online",
         "Buenos días,\nhemos decidido no montar la tienda online por ahora, así que os pido que nos devolváis el pago del hito 3 (OWD-2025-406), proyecto Cervecería La Espiga, que todavía no habéis empezado.\nSaludos cordiales,\nRubén Castro\nGerente")
case("o06-milestone-notstarted", [f], OW, "decided", [D("refund", "approve", "22000.00")], spec="O3: milestone not_started -> approve its amount 22000.00 before tax", line="milestone not started: approve 22000.00 (O3)")

proj("Autoescuela Vía Rápida", "admin@autoescuelaviarapida.es", ws="2025-08-10T10:00:00")
owdpay("es_o07", "OWD-2025-407", "Autoescuela Vía Rápida", "milestone", "16000.00", "2025-09-05T10:00:00", tax="2880.00", ms="in_progress")
f = mail("o07-milestone-inprogress", "Admin Vía Rápida <admin@autoescuelaviarapida.es>", OWD_TO, "2025-09-27 12:00", "Devolución hito app reservas",
         "Hola, el hito de la app de reservas (OWD-2025-407, proyecto Autoescuela Vía Rápida) va muy lento y ya no lo necesitamos porque la DGT ha sacado su propia app. Queremos la devolución de lo que quede.\nUn saludo")
case("o07-milestone-inprogress", [f], OW, "decided", [D("refund", "escalate")], spec="O3: milestone in_progress -> escalate (billable value of work not started needs a person)", line="milestone in progress: escalate (O3)")

proj("Joyería Arenal", "info@joyeriaarenal.com", ws="2025-07-01T10:00:00")
owdpay("es_o08", "OWD-2025-408", "Joyería Arenal", "milestone", "12500.00", "2025-08-20T10:00:00", tax="2250.00", ms="approved")
f = mail("o08-milestone-approved", "Joyería Arenal <info@joyeriaarenal.com>", OWD_TO, "2025-09-19 17:00", "RE: diseño catálogo",
         "Buenas tardes,\nAunque aprobamos el diseño del catálogo en agosto, ahora no nos gusta cómo queda en el móvil. Queremos que nos reembolséis el hito OWD-2025-408 de Joyería Arenal.\nGracias.", reply_to_id="<catalogo-arenal-0828@optimawebdesign.com>")
case("o08-milestone-approved", [f], OW, "decided", [D("refund", "deny")], spec="O3/O6: milestone approved -> deny", line="approved milestone: deny (O3/O6)")

proj("Inmobiliaria Cumbre", "contabilidad@inmocumbre.es", ws="2025-06-01T10:00:00")
owdpay("es_o09", "OWD-2025-409", "Inmobiliaria Cumbre", "retainer", "9500.00", "2025-09-15T10:00:00", tax="1710.00", next_billing_at="2025-10-15T00:00:00", ps="2025-09-15", pe="2025-10-14")
f = mail("o09-retainer-notice-ok", "Contabilidad Inmocumbre <contabilidad@inmocumbre.es>", OWD_TO, "2025-09-26 10:00", "Cancelación mantenimiento mensual",
         "Hola,\nos comunicamos que queremos cancelar el retainer mensual del proyecto Inmobiliaria Cumbre (última factura OWD-2025-409). El motivo: hemos contratado a un técnico en plantilla.\nUn saludo,\nElena Navas")
case("o09-retainer-notice-ok", [f], OW, "decided", [D("cancellation", "cancel", eff="2025-10-14")], spec="O4/O8: next_billing_at 2025-10-15; cut-off 2025-10-08; request 2025-09-26 is before -> no next charge, effective the day before next_billing_at = 2025-10-14", line="retainer cancel 19 days ahead: cancel 2025-10-14 (O4)")

proj("Gimnasio Titán", "socios@gimnasiotitan.es", ws="2025-05-01T10:00:00")
owdpay("es_o10", "OWD-2025-410", "Gimnasio Titán", "retainer", "7000.00", "2025-09-03T10:00:00", tax="1260.00", next_billing_at="2025-10-03T00:00:00", ps="2025-09-03", pe="2025-10-02")
f = mail("o10-retainer-short", "Gimnasio Titán <socios@gimnasiotitan.es>", OWD_TO, "2025-09-29 09:30", "Baja retainer",
         "Buenos días, cancelamos el servicio mensual de Gimnasio Titán (factura OWD-2025-410) porque el gimnasio cambia de dueño el mes que viene.\nSergio")
case("o10-retainer-short", [f], OW, "decided", [D("cancellation", "cancel", eff="2025-11-02")], spec="O4: next_billing_at 2025-10-03, cut-off 2025-09-26; request 2025-09-29 (4 days' notice) -> next cycle 2025-10-03..2025-11-02 is billed; effective the last day of that cycle 2025-11-02", ambiguous="Length of the next cycle is inferred from the current period (one month, 2025-09-03..2025-10-02)", line="retainer cancel with 4 days' notice: next cycle billed, 2025-11-02")

proj("Clínica Dental Sonrisa", "admin@dentalsonrisa.es")
owdpay("es_o11", "OWD-2025-411", "Clínica Dental Sonrisa", "hosting_annual", "24000.00", "2025-09-15T10:00:00", tax="4320.00", setup_fee="2400.00", service_start="2025-09-15")
f = mail("o11-hosting-14d", "Admin Dental Sonrisa <admin@dentalsonrisa.es>", OWD_TO, "2025-09-22 12:00", "Cancelar hosting anual y reembolso",
         "Hola,\nnos vamos a un hosting que nos incluye el grupo de clínicas, así que queremos cancelar el hosting anual de Clínica Dental Sonrisa (factura OWD-2025-411) y que nos devolváis la parte que corresponda.\nSaludos,\nDra. Alicia Ramos")
case("o11-hosting-14d", [f], OW, "decided", [D("refund", "approve", "19800.00")], extra_ok=True, spec="O5: request 2025-09-22 is 7 days after service_start 2025-09-15 (<=14); monthly_value = (24000-2400)/12 = 1800.00; refund = 24000 - 2400 - 1800*1 = 19800.00", line="annual hosting 7 days in: approve 19800.00 (O5)")

proj("Asesoría Fiscal Ribera", "ribera@asesoriaribera.es")
owdpay("es_o12", "OWD-2025-412", "Asesoría Fiscal Ribera", "maintenance_annual", "18000.00", "2025-08-20T10:00:00", tax="3240.00", setup_fee="1800.00", service_start="2025-08-20")
f = mail("o12-maint-late", "Asesoría Ribera <ribera@asesoriaribera.es>", OWD_TO, "2025-09-18 10:00", "mantenimiento anual",
         "Buenas, queremos el reembolso del mantenimiento anual (OWD-2025-412) de Asesoría Fiscal Ribera, apenas os hemos pedido cambios y no nos compensa.\nAtt. Juan Ribera")
case("o12-maint-late", [f], OW, "decided", [D("refund", "deny")], extra_ok=True, spec="O5: service_start 2025-08-20, request 2025-09-18 = day 29 > 14 -> deny", line="annual maintenance after 29 days: deny (O5)")

proj("Floristería Lirio", "pedidos@floristerialirio.es")
owdpay("es_o13", "OWD-2025-413", "Floristería Lirio", "third_party", "1800.00", "2025-09-25T10:00:00", tax="324.00")
f = mail("o13-domain", "Floristería Lirio <pedidos@floristerialirio.es>", OWD_TO, "2025-09-26 10:00", "dominio",
         "Hola, nos cobrasteis la renovación del dominio .es (OWD-2025-413) pero queríamos cambiar de nombre de dominio, devolvednos esos 1.800 por favor. Proyecto Floristería Lirio.\nCarmen")
case("o13-domain", [f], OW, "decided", [D("refund", "deny")], spec="O6: third_party (domain) never refundable -> deny", line="domain renewal: deny (O6)")

proj("Revista Tinta Fresca", "redaccion@tintafresca.es", ws="2025-09-01T10:00:00")
owdpay("es_o14", "OWD-2025-414", "Revista Tinta Fresca", "rush", "5000.00", "2025-09-20T10:00:00", tax="900.00")
f = mail("o14-rush", "Redacción Tinta Fresca <redaccion@tintafresca.es>", OWD_TO, "2025-09-24 15:00", "Cargo urgencia",
         "Hola: pagamos el suplemento de urgencia (OWD-2025-414) para que la web de Revista Tinta Fresca estuviera el día 22 y salió el 23. Pedimos la devolución de ese suplemento.\nUn saludo, Redacción")
case("o14-rush", [f], OW, "decided", [D("refund", "deny")], spec="O6: rush fee never refundable -> deny", line="rush fee, delivered a day late: deny (O6)")

proj("Taller Mecánico Ruedas", "taller@ruedasmecanica.es")
owdpay("es_o15", "OWD-2025-415", "Taller Mecánico Ruedas", "deposit", "12000.00", "2025-09-25T10:00:00", tax="2160.00")
f = mail("o15-c2-personal", "Paco Ruedas <pacoruedas@hotmail.com>", OWD_TO, "2025-09-26 10:00", "devolucion señal",
         "Hola soy Paco, el dueño de Taller Mecánico Ruedas. Os escribo desde mi hotmail porque el correo del taller no me va. Quiero la devolucion de la señal OWD-2025-415, al final no hacemos web.\nPaco")
case("o15-c2-personal", [f], OW, "need_info", rules=["C2"], spec="C2 (Optima explicit): request must come from contract email taller@ruedasmecanica.es; sender pacoruedas@hotmail.com -> ask to write from it", line="owner writes from hotmail: C2")

proj("Pastelería Dulce Nube", "dulcenube@dulcenube.es")
owdpay("es_o16", "OWD-2025-416", "Pastelería Dulce Nube", "deposit", "10000.00", "2025-09-29T10:00:00", tax="1800.00")
f = mail("o16-missing-reason", "Dulce Nube <dulcenube@dulcenube.es>", OWD_TO, "2025-09-30 10:00", "Refund Request — Pastelería Dulce Nube / OWD-2025-416",
         "Buenos días,\n\nPor favor, procedan al reembolso del depósito de la factura OWD-2025-416, proyecto Pastelería Dulce Nube.\n\nQuedo a la espera.\nUn cordial saludo,\nMercedes Pozo\n\nAVISO LEGAL: Este mensaje y sus anexos son confidenciales.")
case("o16-missing-reason", [f], OW, "need_info", missing=["reason"], spec="Section 8: restating the request, sign-off and disclaimer are not reasons; Optima requires reason -> need_info [reason]", line="deposit refund with no reason, only a disclaimer: need_info reason")

proj("Bufete Garrido", "administracion@bufetegarrido.es", ws="2025-07-01T10:00:00")
owdpay("es_o17", "OWD-2025-417", "Bufete Garrido", "milestone", "20000.00", "2025-09-10T10:00:00", tax="3600.00", ms="completed")
f = mail("o17-lawyer", "Administración Bufete Garrido <administracion@bufetegarrido.es>", OWD_TO, "2025-09-24 10:00", "Reclamación factura OWD-2025-417",
         "Muy Sres. míos:\nEl hito entregado para Bufete Garrido (OWD-2025-417) no cumple lo pactado. Exigimos la devolución íntegra; en caso contrario nuestro abogado iniciará las acciones legales oportunas.\nAtentamente,\nD. Tomás Garrido")
case("o17-lawyer", [f], OW, "decided", [D("refund", "escalate")], rules=["C4"], spec="C4: lawyer / legal action threat -> escalate, even though the milestone is completed", line="lawyer threat on completed milestone: escalate (C4)")

proj("Viveros El Roble", "gerente@viveroselroble.es")
owdpay("es_o18", "OWD-2025-418", "Viveros El Roble", "deposit", "14000.00", "2025-09-29T09:00:00", tax="2520.00")
f = mail("o18-fwd-c2", "Lucía Paredes <lucia.paredes@viveroselroble.es>", OWD_TO, "2025-09-30 09:30", "RV: devolución depósito Viveros El Roble",
         "Os reenvío lo que me pide mi jefe.\nLucía\n\n-----Mensaje original-----\nDe: Gerente Viveros <gerente@viveroselroble.es>\nEnviado el: martes, 30 de septiembre de 2025 8:50\nPara: Lucía Paredes <lucia.paredes@viveroselroble.es>\nAsunto: devolución depósito\n\nLucía, escribe a Optima y pide que nos devuelvan el depósito OWD-2025-418 de Viveros El Roble, el contrato está a mi correo gerente@viveroselroble.es. No vamos a seguir con la web porque vendemos el negocio.\nGracias")
case("o18-fwd-c2", [f], OW, "need_info", rules=["C2"], spec="Section 8 forwards: RV: forward naming contract email gerente@viveroselroble.es, sent by lucia.paredes@ -> C2", line="Outlook 'RV:' forward from an assistant naming the contract email: C2")

proj("Librería Página 42", "libros@pagina42.es")
owdpay("es_o19", "OWD-2025-419", "Librería Página 42", "deposit", "9000.00", "2025-09-28T18:00:00", tax="1620.00")
html = "<html><body><p>Hola,</p><p>Hemos pagado el <b>depósito</b> de la web de <b>Librería Página 42</b> (factura <u>OWD-2025-419</u>) el domingo, pero el ayuntamiento nos ha denegado la licencia del local y no abriremos. <br>Os pedimos la devolución.</p><p>Saludos,<br>Andrés</p></body></html>"
f = mail("o19-html-deposit", "Librería Página 42 <libros@pagina42.es>", OWD_TO, "2025-09-30 10:00", "Devolución depósito", None, html=html)
case("o19-html-deposit", [f], OW, "decided", [D("refund", "approve", "9000.00")], spec="HTML-only; O2: paid 2025-09-28 18:00, request 2025-09-30 10:00 = 40 h < 72 h, no work -> approve 9000.00", line="HTML-only deposit refund after 40 h: approve 9000.00")

proj("Quesería Valle Alto", "ventas@quesosvallealto.es", ws="2025-07-01T10:00:00")
owdpay("es_o20", "OWD-2025-420", "Quesería Valle Alto", "change_request", "4500.00", "2025-09-23T10:00:00", tax="810.00")
f = mail("o20-change-request", "Quesos Valle Alto <ventas@quesosvallealto.es>", OWD_TO, "2025-09-25 10:00", "cambio pasarela",
         "Buenas, nos cobrasteis 4.500 por cambiar la pasarela de pago (OWD-2025-420, Quesería Valle Alto) y al final seguimos con la antigua. Queremos que nos lo devolváis.\nSaludos")
case("o20-change-request", [f], OW, "decided", [D("refund", "deny")], spec="O6: change_request outside the original scope never refundable -> deny", line="change request: deny (O6)")

proj("Centro Yoga Prana", "prana@yogaprana.es", ws="2025-04-01T10:00:00")
owdpay("es_o21", "OWD-2025-421", "Centro Yoga Prana", "retainer", "6000.00", "2025-09-10T10:00:00", tax="1080.00", next_billing_at="2025-10-10T00:00:00", ps="2025-09-10", pe="2025-10-09")
owdpay("es_o22", "OWD-2025-422", "Centro Yoga Prana", "retainer", "6000.00", "2025-09-10T10:05:00", tax="1080.00", next_billing_at="2025-11-10T00:00:00", ps="2025-10-10", pe="2025-11-09")
f = mail("o21-retainer-prepaid", "Yoga Prana <prana@yogaprana.es>", OWD_TO, "2025-09-20 10:00", "Cancelación retainer Centro Yoga Prana",
         "Hola, cancelamos el retainer de Centro Yoga Prana (facturas OWD-2025-421 y OWD-2025-422, que incluye octubre pagado por adelantado). El motivo es que cerramos el centro por obras.\nNamaste, Inés")
case("o21-retainer-prepaid", [f], OW, "decided", [D("cancellation", "escalate")], extra_ok=True, spec="Section 8: next cycle (2025-10-10..2025-11-09) already paid and notice >= 7 days (request 2025-09-20, cut-off 2025-10-03) -> cancellation escalate", line="retainer cancel with next month paid ahead: escalate (O4, section 8)")

proj("Panadería Trigo Limpio", "trigolimpio@trigolimpio.es")
owdpay("es_o23", "OWD-2025-423", "Panadería Trigo Limpio", "deposit", "11000.00", "2025-09-26T10:00:00", tax="1980.00", status="failed")
f = mail("o22-failed-payment", "Trigo Limpio <trigolimpio@trigolimpio.es>", OWD_TO, "2025-09-27 10:00", "devolucion deposito OWD-2025-423",
         "Hola, quiero la devolución del depósito OWD-2025-423 de Panadería Trigo Limpio porque nos ha salido un problema familiar y no podemos empezar ahora.\nLuis")
case("o22-failed-payment", [f], OW, "decided", [D("refund", "escalate")], spec="Section 8: payment status 'failed' (not paid) -> refund escalate", line="deposit refund of a failed payment: escalate")

f = mail("o23-bounce", "Mail Delivery Subsystem <MAILER-DAEMON@mail.bodegalosalmendros.es>", OWD_TO, "2025-09-24 11:05", "Undelivered Mail Returned to Sender",
         "No se ha podido entregar el mensaje a laura.gil@bodegalosalmendros.es: buzón lleno.")
case("o23-bounce", [f], OW, "ignore", rules=["C7"], spec="C7: MAILER-DAEMON sender -> ignore", line="bounce from MAILER-DAEMON: ignore (C7)")

f = mail("o24-other-brand", "Silvia Ortega <silvia.ortega@gmail.com>", OWD_TO, "2025-09-19 13:30", "Cancelar suscripción",
         "Hola, quiero cancelar mi suscripción anual porque ya no la necesito. Gracias, Silvia")
case("o24-other-brand", [f], OW, "need_info", rules=["C2"], spec="Section 8: a LeadsOptima customer writing to Optima: the ledger is searched in Optima only, sender unknown -> C2/C3", line="LeadsOptima customer writes to Optima mailbox: C2")

write()
