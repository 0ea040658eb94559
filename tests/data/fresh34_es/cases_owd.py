"""fresh34_es, Optima WebDesign cases (imported by make_cases.py)."""

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from make_cases import (ARG, AZ, ESP, IST, IST_TR, ISR, OWB, OWDTO, URU, M, R, X, case, check, d, hours,
                        owpay, proj)


def o5(amount, setup, months=1):
    a, s = Decimal(amount), Decimal(setup)
    return str((a - s - (a - s) / 12 * months).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def build_owd():
    # o01 Neuquén language school: deposit, 37.5 h, no work
    proj("Web Instituto Confluencia Idiomas", "direccion@institutoconfluencia.example.ar")
    owpay("es34_o01", "OWD-2025-3401", "Web Instituto Confluencia Idiomas", "deposit", "30000.00", "5400.00",
          "2025-09-27T16:00:00")
    w = d(2025, 9, 28, 21, 0, ARG)
    check(hours("2025-09-27T16:00:00", w) == 37.5, "o01")
    case("es-o01-neuquen-instituto-deposito", OWB, "decided", [M(
        "Instituto Confluencia Idiomas - Dirección <direccion@institutoconfluencia.example.ar>", OWDTO,
        "Refund Request — Web Instituto Confluencia Idiomas / OWD-2025-3401", w,
        "Buenas noches.\n\nAyer abonamos la seña (depósito) de la web del instituto, factura OWD-2025-3401. "
        "Hoy el dueño del edificio nos avisó que no renueva el alquiler y vamos a tener que cerrar la sede "
        "de calle Alberdi, así que no podemos seguir con el proyecto ahora. Les pedimos la devolución del "
        "depósito. Sabemos que no empezaron a trabajar todavía.\n\nProf. Adriana Millaqueo\nDirectora\n")],
        [R("approve", "30000.00")],
        extra_ok=True,
        spec="O2: deposit paid 2025-09-27 16:00 IST, mail 2025-09-28 21:00 -03:00 = 2025-09-29 05:30 IST "
             "(37.5 h), no work started: approve 30000.00 before tax. "
             "The mail drops the project, so a cancellation decision may also be read (extra_ok; never an approval).")

    # o02 Costa del Sol: exactly 72 hours
    proj("Reservas Villa Alhambrilla", "gestion@villaalhambrilla.example.es")
    owpay("es34_o02", "OWD-2025-3402", "Reservas Villa Alhambrilla", "deposit", "20000.00", "3600.00",
          "2025-09-22T15:00:00")
    w = d(2025, 9, 25, 11, 30, ESP)
    check(hours("2025-09-22T15:00:00", w) == 72, "o02")
    case("es-o02-benalmadena-72-horas-justas", OWB, "decided", [M(
        "Gestión Villa Alhambrilla <gestion@villaalhambrilla.example.es>", OWDTO,
        "Devolución depósito - Reservas Villa Alhambrilla (OWD-2025-3402)", w,
        "Buenos días:\n\nLlevo la gestión de Villa Alhambrilla (Benalmádena) para unos propietarios de "
        "Manchester. Pagamos el depósito el lunes a las 11:30 y los dueños han decidido vender la casa, "
        "así que no quieren web. Estamos justo dentro de las 72 horas, así que pedimos el reembolso del "
        "depósito.\n\nUn saludo,\nCarmen Rubio\nGestión Villa Alhambrilla\n")],
        [R("deny")],
        extra_ok=True,
        spec="O2 and section 8: paid 2025-09-22 15:00 IST (11:30 CEST, as she says), mail 2025-09-25 11:30 "
             "+02:00 = 15:00 IST, exactly 72 h: not before 72 h: deny. "
             "The mail drops the project, so a cancellation decision may also be read (extra_ok; never an approval).")

    # o03 Arizona ranch: deposit inside 72 h, but work started
    proj("Rancho San Rafael Beef Tienda", "ventas@ranchosanrafaelbeef.example.com", "2025-09-24T21:30:00")
    owpay("es34_o03", "OWD-2025-3403", "Rancho San Rafael Beef Tienda", "deposit", "25000.00", "4500.00",
          "2025-09-23T17:00:00")
    w = d(2025, 9, 25, 7, 0, AZ)
    check(hours("2025-09-23T17:00:00", w) == 50.5, "o03")
    case("es-o03-arizona-deposito-ya-empezaron", OWB, "decided", [M(
        "Rancho San Rafael Beef <ventas@ranchosanrafaelbeef.example.com>", OWDTO,
        "Depósito tienda en línea - OWD-2025-3403", w,
        "Buenos días,\n\nSoy Armando Figueroa, del Rancho San Rafael (Patagonia, Arizona, no la de Argentina, "
        "jaja). Les pagué el depósito de la tienda en línea el martes, pero mi socio no está de acuerdo "
        "con vender carne por internet todavía. Sé que ya me mandaron el cuestionario y la primera "
        "llamada de arranque, pero quiero mi depósito de vuelta, son menos de 72 horas.\n\nGracias,\n"
        "Armando\n")],
        [R("deny")],
        extra_ok=True,
        spec="O2: 50.5 h after payment but work started 2025-09-24 21:30 IST (09:00 in Arizona), before the "
             "request (2025-09-25 "
             "19:30 IST): 'whichever occurs first': deny. "
             "The mail drops the project, so a cancellation decision may also be read (extra_ok; never an approval).")

    # o04 Istanbul photographer: discovery, nothing started
    proj("Portfolio Estudio Foto Gálata", "estudio@fotogalata.example.com.tr")
    owpay("es34_o04", "OWD-2025-3404", "Portfolio Estudio Foto Gálata", "discovery", "15000.00", "2700.00",
          "2025-09-20T15:00:00")
    case("es-o04-estambul-fotografo-discovery", OWB, "decided", [M(
        "Daniel Saporta - Foto Gálata <estudio@fotogalata.example.com.tr>", OWDTO,
        "Reembolso sesión de estrategia OWD-2025-3404", d(2025, 9, 26, 10, 30, IST_TR),
        "Buenos días,\n\nEl 20 pagué la sesión de estrategia (discovery) para el portfolio del estudio, "
        "Portfolio Estudio Foto Gálata, factura OWD-2025-3404. Todavía no tuvimos la sesión ni me "
        "mandaron nada. Mi padre se enfermó y cierro el estudio unos meses para cuidarlo en Izmir, por eso "
        "pido el reembolso completo.\n\nSaludos,\nDaniel Saporta\n")],
        [R("approve", "15000.00")],
        extra_ok=True,
        spec="O1: discovery, work_started_at empty: full refund 15000.00 before tax. "
             "The mail drops the project, so a cancellation decision may also be read (extra_ok; never an approval).")

    # o05 Trade union office: discovery session already held
    proj("Portal Gremio Empaque Valle Medio", "secretaria@gremioempaquevm.example.ar", "2025-09-18T19:30:00")
    owpay("es34_o05", "OWD-2025-3405", "Portal Gremio Empaque Valle Medio", "discovery", "12000.00", "2160.00",
          "2025-09-15T16:00:00")
    case("es-o05-choele-choel-gremio-discovery-hecho", OWB, "decided", [M(
        "Secretaría Gremio Empaque Valle Medio <secretaria@gremioempaquevm.example.ar>", OWDTO,
        "Solicitud de reintegro - Portal Gremio Empaque Valle Medio", d(2025, 9, 24, 11, 0, ARG),
        "De nuestra consideración:\n\nPor la presente, la Comisión Directiva del Gremio de Empaque Valle "
        "Medio (Choele Choel) solicita el reintegro de la factura OWD-2025-3405 (sesión de descubrimiento). "
        "La reunión por videollamada se hizo el 18/09 con tres compañeros de la comisión, pero la asamblea "
        "del sábado votó no destinar fondos al portal este año.\n\nSin otro particular, saludamos "
        "atentamente.\nSecretaría Gremial\n")],
        [R("deny")],
        extra_ok=True,
        spec="O1: the discovery session started 2025-09-18 (work_started_at) before the request: deny. "
             "The mail drops the project, so a cancellation decision may also be read (extra_ok; never an approval).")

    # o06 Teruel olive-oil cooperative: milestone not started
    proj("Tienda Online Aceites Bajo Aragón", "cooperativa@aceitesbajoaragon.example.es", "2025-08-20T10:00:00")
    owpay("es34_o06", "OWD-2025-3406", "Tienda Online Aceites Bajo Aragón", "milestone", "30000.00", "5400.00",
          "2025-08-18T16:00:00", milestone_status="approved")
    owpay("es34_o07", "OWD-2025-3407", "Tienda Online Aceites Bajo Aragón", "milestone", "40000.00", "7200.00",
          "2025-09-15T16:00:00", milestone_status="not_started")
    case("es-o06-alcaniz-cooperativa-hito-sin-empezar", OWB, "decided", [M(
        "Cooperativa Aceites Bajo Aragón <cooperativa@aceitesbajoaragon.example.es>", OWDTO,
        "Devolución hito 2 - Tienda Online Aceites Bajo Aragón", d(2025, 9, 25, 12, 40, ESP),
        "Buenos días,\n\nEl primer hito (diseño) lo aprobamos y está bien pagado. El segundo hito, la "
        "integración con la pasarela de pago (factura OWD-2025-3407), no lo habéis empezado. La junta "
        "rectora de la cooperativa ha decidido vender este año solo a través de la distribuidora, porque "
        "la cosecha viene corta por la sequía, así que solicitamos la devolución de ese segundo hito.\n\n"
        "Atentamente,\nPilar Sancho\nAdministración - Cooperativa del Campo, Alcañiz (Teruel)\n")],
        [R("approve", "40000.00")], extra_ok=True,
        spec="O3: milestone OWD-2025-3407 not_started: refund its amount 40000.00 before tax; the approved "
             "first milestone is not asked for. Stopping the shop may be read as a cancellation (extra_ok).")

    # o07 Israel Sephardic bookshop: milestone in progress
    proj("Tienda Libros Sefarad Ladino", "libros@sefaradlibros.example.il", "2025-09-01T10:00:00")
    owpay("es34_o08", "OWD-2025-3408", "Tienda Libros Sefarad Ladino", "milestone", "35000.00", "6300.00",
          "2025-09-10T15:00:00", milestone_status="in_progress")
    case("es-o07-beersheva-libreria-hito-en-curso", OWB, "decided", [M(
        "Librería Sefarad <libros@sefaradlibros.example.il>", OWDTO,
        "Reembolso parcial del hito OWD-2025-3408", d(2025, 9, 28, 9, 10, ISR),
        "Buenos días desde Beer Sheva:\n\nEl hito del catálogo (OWD-2025-3408, proyecto Tienda Libros "
        "Sefarad Ladino) está a medias: vimos dos pantallas de las ocho. Nuestro distribuidor en Salónica "
        "cerró y ya no tenemos los libros en ladino que íbamos a vender, así que no tiene sentido seguir. "
        "Pedimos que nos devuelvan la parte del hito que no se ha hecho.\n\nAlegría Mizrahi\n")],
        [R("escalate")], extra_ok=True,
        spec="O3: milestone in_progress: escalate (the value of work not started needs a person), no amount.")

    # o08 A Russian speaker in Marbella: approved milestone
    proj("Web Inmobiliaria Costa Azul Marbella", "info@costaazul-inmo.example.es", "2025-08-01T10:00:00")
    owpay("es34_o09", "OWD-2025-3409", "Web Inmobiliaria Costa Azul Marbella", "milestone", "28000.00",
          "5040.00", "2025-08-25T16:00:00", milestone_status="approved")
    case("es-o08-marbella-rusa-hito-aprobado", OWB, "decided", [M(
        "Inmobiliaria Costa Azul <info@costaazul-inmo.example.es>", OWDTO,
        "devolucion diseño OWD-2025-3409", d(2025, 9, 23, 17, 0, ESP),
        "Buenas tardes. Yo, Irina, directora de Inmobiliaria Costa Azul. Diseño de web (proyecto Web "
        "Inmobiliaria Costa Azul Marbella) nosotros aprobamos en septiembre, pero ahora mi socio dice "
        "colores no gustan a clientes de Rusia y Ucrania. Quiero devolución de pago de diseño, factura "
        "OWD-2025-3409.\nIrina Volkova\n")],
        [R("deny")],
        spec="O3/O6: the milestone is approved: approved milestones are non-refundable: deny.")

    # o09 Alcañiz funeral home: retainer, enough notice
    proj("Web y Esquelas Funeraria Hermanos Lahoz", "direccion@funerarialahoz.example.es", "2025-03-01T10:00:00")
    owpay("es34_o10", "OWD-2025-3410", "Web y Esquelas Funeraria Hermanos Lahoz", "retainer", "9000.00",
          "1620.00", "2025-09-15T15:00:00", period_start="2025-09-15", period_end="2025-10-14",
          next_billing_at="2025-10-15")
    w = d(2025, 9, 26, 9, 20, ESP)
    check(w.astimezone(IST).date() <= date(2025, 10, 8), "o09")
    case("es-o09-alcaniz-funeraria-retainer-a-tiempo", OWB, "decided", [M(
        "Funeraria Hermanos Lahoz <direccion@funerarialahoz.example.es>", OWDTO,
        "Baja mantenimiento mensual - Web y Esquelas Funeraria Hermanos Lahoz", w,
        "Buenos días:\n\nLes comunicamos la baja del mantenimiento mensual de la web y las esquelas online "
        "(proyecto Web y Esquelas Funeraria Hermanos Lahoz, última factura OWD-2025-3410). El motivo es que "
        "la funeraria se integra en un grupo de Zaragoza que tiene su propia página y su propio "
        "departamento. Agradecemos el trato de estos años.\n\nAtentamente,\nJosé Mª Lahoz\nGerente\n")],
        [X("cancel", "2025-10-14")],
        spec="O4/O8: next_billing_at 2025-10-15, cut-off 2025-10-08; request 2025-09-26 IST: enough notice: "
             "cancel effective 2025-10-14 (the day before).")

    # o10 Río Negro winery: retainer, short notice
    proj("Posicionamiento Bodega Valle Azul", "marketing@bodegavalleazul.example.ar", "2025-05-03T10:00:00")
    owpay("es34_o11", "OWD-2025-3411", "Posicionamiento Bodega Valle Azul", "retainer", "12000.00", "2160.00",
          "2025-09-03T15:00:00", period_start="2025-09-03", period_end="2025-10-02", next_billing_at="2025-10-03")
    case("es-o10-valle-azul-bodega-retainer-tarde", OWB, "decided", [M(
        "Bodega Valle Azul - Marketing <marketing@bodegavalleazul.example.ar>", OWDTO,
        "Cancelación del servicio de posicionamiento", d(2025, 9, 29, 10, 15, ARG),
        "Buen día,\n\nQueremos cancelar el servicio mensual de posicionamiento (proyecto Posicionamiento "
        "Bodega Valle Azul, factura OWD-2025-3411). La bodega contrató a una persona de marketing propia "
        "para la temporada de turismo de primavera y verano, y ya no lo vamos a tercerizar.\n\nSaludos,\n"
        "Florencia Catriel\n"
        "Bodega Valle Azul - Valle Azul, Río Negro\n")],
        [X("cancel", "2025-11-02")],
        spec="O4: next_billing_at 2025-10-03, cut-off 2025-09-26; request 2025-09-29 IST: less than 7 days: "
             "the next cycle (2025-10-03 - 2025-11-02) is billed, effective 2025-11-02.")

    # o11 Arizona: still the 29th at home, already the 30th in India
    proj("Sitio Web Rancho Las Cruces", "oficina@rancholascruces.example.com", "2025-04-06T10:00:00")
    owpay("es34_o12", "OWD-2025-3412", "Sitio Web Rancho Las Cruces", "retainer", "8000.00", "1440.00",
          "2025-09-06T15:00:00", period_start="2025-09-06", period_end="2025-10-05", next_billing_at="2025-10-06")
    w = d(2025, 9, 29, 18, 0, AZ)
    check(w.astimezone(IST).date() == date(2025, 9, 30), "o11")
    case("es-o11-arizona-retainer-un-dia-tarde-en-india", OWB, "decided", [M(
        "Rancho Las Cruces <oficina@rancholascruces.example.com>", OWDTO,
        "Cancelar mantenimiento - Sitio Web Rancho Las Cruces", w,
        "Buenas tardes,\n\nfavor de cancelar el mantenimiento mensual del Sitio Web Rancho Las Cruces "
        "(factura OWD-2025-3412). Con la sequía de este año vendimos la mitad del hato y hay que recortar "
        "gastos. Hoy es 29, o sea que les estoy avisando con 7 días antes del cobro del 6 de octubre.\n\n"
        "Gracias,\nEstela Ochoa, oficina\n")],
        [X("cancel", "2025-11-05")],
        spec="O4: cut-off 2025-09-29 (next_billing_at 2025-10-06 minus 7); mail 2025-09-29 18:00 -07:00 = "
             "2025-09-30 06:30 IST, one day late: next cycle 2025-10-06 - 2025-11-05 billed, effective 2025-11-05.")

    # o12 Bella Unión: retainer, next cycle already paid, enough notice
    proj("Redes y Web Citrícola Bella Unión", "gerencia@citricolabu.example.uy", "2025-06-10T10:00:00")
    owpay("es34_o13", "OWD-2025-3413", "Redes y Web Citrícola Bella Unión", "retainer", "10000.00", "1800.00",
          "2025-09-10T15:00:00", period_start="2025-09-10", period_end="2025-10-09", next_billing_at="2025-10-10")
    owpay("es34_o14", "OWD-2025-3414", "Redes y Web Citrícola Bella Unión", "retainer", "10000.00", "1800.00",
          "2025-09-25T15:00:00", period_start="2025-10-10", period_end="2025-11-09", next_billing_at="2025-11-10")
    case("es-o12-bella-union-retainer-prepagado", OWB, "decided", [M(
        "Citrícola Bella Unión - Gerencia <gerencia@citricolabu.example.uy>", OWDTO,
        "Cancelación contrato mensual (Redes y Web Citrícola Bella Unión)", d(2025, 9, 27, 9, 45, URU),
        "Buen día. Por un error de la contadora pagamos por adelantado el mes que viene (OWD-2025-3414) "
        "además del actual (OWD-2025-3413). Igual queremos cancelar el servicio: la cooperativa se fusiona "
        "con una de Salto y la comunicación la maneja la otra. Solicitamos la baja del contrato mensual del "
        "proyecto Redes y Web Citrícola Bella Unión.\n\nAtte.,\nGustavo Olivera da Rosa\n")],
        [X("escalate")], extra_ok=True,
        spec="Section 8 retainer paid in advance: the next cycle (2025-10-10 - 2025-11-09) is paid and notice is "
             "enough (request 2025-09-27 <= 2025-10-03): escalate. A refund of the prepaid cycle may also be "
             "read (extra_ok).")

    # o13 Romanian blogger in Castellón: hosting annual within 14 days
    proj("Hosting Blog Sabores de Casa", "ioana.saboresdecasa@gmail.com", "2025-09-20T10:00:00")
    owpay("es34_o15", "OWD-2025-3415", "Hosting Blog Sabores de Casa", "hosting_annual", "18000.00", "3240.00",
          "2025-09-19T16:00:00", setup_fee="2400.00", service_start="2025-09-20")
    amt = o5("18000.00", "2400.00")
    check(amt == "14300.00", "o13")
    case("es-o13-castellon-bloguera-hosting", OWB, "decided", [M(
        "Ioana Popescu <ioana.saboresdecasa@gmail.com>", OWDTO, "Reembolso hosting anual OWD-2025-3415",
        d(2025, 9, 26, 18, 30, ESP),
        "Buenas tardes,\n\nsoy Ioana, tengo un blog de recetas rumanas y españolas (Sabores de Casa). "
        "Contraté el hosting anual el 19 y empezó el 20, pero una amiga me ofrece hosting gratis en su "
        "servidor. Quiero cancelar el hosting anual y el reembolso que corresponde, sé que el setup no se "
        "devuelve. Proyecto Hosting Blog Sabores de Casa.\n\nMulţumesc,\nIoana\n")],
        [R("approve", amt)], extra_ok=True,
        spec="O5: service_start 2025-09-20, request 2025-09-26 (day 6 <= 14): 18000 - 2400 - 15600/12 x 1 = "
             "14300.00; the refund ends the plan (cancellation extra_ok).")

    # o14 Tucson: maintenance annual after 14 days
    proj("Mantenimiento Web Panadería La Estrella", "laestrella.tucson@gmail.com", "2025-09-01T10:00:00")
    owpay("es34_o16", "OWD-2025-3416", "Mantenimiento Web Panadería La Estrella", "maintenance_annual",
          "14400.00", "2592.00", "2025-08-30T16:00:00", setup_fee="1200.00", service_start="2025-09-01")
    case("es-o14-tucson-mantenimiento-dia-21", OWB, "decided", [M(
        "Panadería La Estrella <laestrella.tucson@gmail.com>", OWDTO,
        "Refund Request — Mantenimiento Web Panadería La Estrella", d(2025, 9, 22, 8, 0, AZ),
        "Buenos días. Pagamos el mantenimiento anual de la página (OWD-2025-3416) y empezó el 1 de "
        "septiembre. Ahora mi sobrino sabe hacer la página y nos la mantiene gratis. Queremos el reembolso "
        "prorrateado de los meses que faltan.\nGracias, Socorro Ibarra\n")],
        [R("deny")],
        extra_ok=True,
        spec="O5: service_start 2025-09-01; mail 2025-09-22 08:00 -07:00 = 20:30 IST, day 21 > 14: deny. "
             "The mail drops the maintenance plan, so a cancellation decision may also be read (extra_ok; never "
             "an approval).")

    # o15 Haifa: maintenance annual, odd setup fee
    proj("Mantenimiento Sitio Clínica Dental Carmel", "admin@dentalcarmel.example.il", "2025-09-18T10:00:00")
    owpay("es34_o17", "OWD-2025-3417", "Mantenimiento Sitio Clínica Dental Carmel", "maintenance_annual",
          "25000.00", "4500.00", "2025-09-17T16:00:00", setup_fee="1999.00", service_start="2025-09-18")
    amt = o5("25000.00", "1999.00")
    check(amt == "21084.25", "o15")
    case("es-o15-haifa-clinica-mantenimiento", OWB, "decided", [M(
        "Clínica Dental Carmel - Administración <admin@dentalcarmel.example.il>", OWDTO,
        "Cancelación y reembolso - Mantenimiento Sitio Clínica Dental Carmel", d(2025, 9, 30, 8, 15, ISR),
        "Buenos días:\n\nLa clínica fue comprada por una cadena que tiene su propio equipo técnico, así que "
        "cancelamos el mantenimiento anual (factura OWD-2025-3417, empezó el 18/09) y pedimos el reembolso "
        "prorrateado que indica su política.\n\nSaludos,\nDra. Vivian Cohen-Toledano\n")],
        [R("approve", amt)], extra_ok=True,
        spec="O5: service_start 2025-09-18, request 2025-09-30 (day 12): 25000 - 1999 - 23001/12 (1916.75) x 1 "
             "= 21084.25; cancellation extra_ok.")

    # o16 Neuquén blogger: domain + SSL (third party)
    proj("Blog Rutas del Neuquén", "rutasdelneuquen@gmail.com", "2024-09-20T10:00:00")
    owpay("es34_o18", "OWD-2025-3418", "Blog Rutas del Neuquén", "third_party", "3200.00", "576.00",
          "2025-09-20T16:00:00")
    case("es-o16-neuquen-blog-dominio-ssl", OWB, "decided", [M(
        "Rutas del Neuquén <rutasdelneuquen@gmail.com>", OWDTO, "devolución renovación dominio",
        d(2025, 9, 22, 19, 0, ARG),
        "Hola! Me renovaron el dominio y el certificado SSL del Blog Rutas del Neuquén (OWD-2025-3418) y yo "
        "ya había decidido pasarme a una plataforma gratis. Nadie me preguntó antes. Quiero que me "
        "devuelvan esa renovación.\nAbrazo, Facundo\n")],
        [R("deny")],
        spec="O6: third_party (domain, SSL) is never refundable: deny.")

    # o17 Arizona: rush fee
    proj("Tienda Sillas de Montar Hernández", "ventas@sillashernandez.example.com", "2025-09-10T10:00:00")
    owpay("es34_o19", "OWD-2025-3419", "Tienda Sillas de Montar Hernández", "rush", "6000.00", "1080.00",
          "2025-09-24T16:00:00")
    case("es-o17-douglas-urgencia", OWB, "decided", [M(
        "Sillas Hernández <ventas@sillashernandez.example.com>", OWDTO, "cargo por urgencia",
        d(2025, 9, 26, 13, 0, AZ),
        "Buenas tardes. Pagamos el cargo de urgencia (OWD-2025-3419) para que la tienda de sillas de montar "
        "estuviera lista para la feria de Douglas, pero al final la feria se pospuso hasta noviembre. Ya "
        "no necesitamos la urgencia, favor de regresar ese cargo.\nFrancisco Hernández\n")],
        [R("deny")],
        spec="O6: rush (expedited) fees are never refundable: deny.")

    # o18 Soria: change request
    proj("Web Casa Rural La Dehesa de Ucero", "reservas@dehesaucero.example.es", "2025-07-01T10:00:00")
    owpay("es34_o20", "OWD-2025-3420", "Web Casa Rural La Dehesa de Ucero", "change_request", "4500.00",
          "810.00", "2025-09-19T16:00:00")
    case("es-o18-ucero-cambio-fuera-alcance", OWB, "decided", [M(
        "Casa Rural La Dehesa <reservas@dehesaucero.example.es>", OWDTO,
        "Devolución cambio galería OWD-2025-3420", d(2025, 9, 24, 12, 0, ESP),
        "Buenos días,\n\nen agosto les pedimos cambiar la galería de fotos (el cañón del Río Lobos en "
        "otoño) y pagamos ese cambio aparte. Ahora mi hija dice que quedaba mejor antes. Pedimos que nos "
        "devuelvan lo del cambio.\n\nFelisa Peñalba\nCasa Rural La Dehesa de Ucero (Soria)\n")],
        [R("deny")],
        spec="O6: change_request (outside the original scope) is never refundable: deny.")

    # o19 Gmail forward: the contract address is inside, the sender is not it
    proj("Web Alquileres Torrox Costa", "owners@torroxcostarentals.example.co.uk", "2025-09-10T10:00:00")
    owpay("es34_o21", "OWD-2025-3421", "Web Alquileres Torrox Costa", "deposit", "18000.00", "3240.00",
          "2025-09-27T16:00:00")
    case("es-o19-torrox-reenvio-gmail-c2", OWB, "need_info", [M(
        "Rocío Sánchez <rocio.torrox@gmail.com>", OWDTO, "Fwd: Deposit refund - Web Alquileres Torrox Costa",
        d(2025, 9, 28, 10, 0, ESP),
        "Hola, os reenvío lo de los propietarios. Yo les llevo las llaves y la limpieza y hablo español, "
        "por eso me lo pasan a mí.\nRocío\n\n---------- Mensaje reenviado ---------\n"
        "De: Torrox Costa Rentals <owners@torroxcostarentals.example.co.uk>\n"
        "Date: sáb, 27 sept 2025 a las 20:15\nSubject: Deposit refund - Web Alquileres Torrox Costa\n"
        "To: Rocío Sánchez <rocio.torrox@gmail.com>\n\nRocío, please ask the web people to refund the deposit "
        "(OWD-2025-3421), we are selling the flat after all. Our contract email is this one, "
        "owners@torroxcostarentals.example.co.uk.\nThanks, Graham & Lesley\n")],
        rules=["C2"],
        spec="C2 / section 8 forwards: the forwarded request names the contract email owners@...; the sender is "
             "another address: ask for the request from the contract email, nothing about the project.")

    # o20 General Roca: retainer cancellation with no reason
    proj("Mantenimiento Web Club Deportivo Alto Valle", "comision@clubaltovalle.example.ar", "2025-01-12T10:00:00")
    owpay("es34_o22", "OWD-2025-3422", "Mantenimiento Web Club Deportivo Alto Valle", "retainer", "7000.00",
          "1260.00", "2025-09-12T15:00:00", period_start="2025-09-12", period_end="2025-10-11",
          next_billing_at="2025-10-12")
    case("es-o20-roca-club-baja-sin-motivo", OWB, "need_info", [M(
        "Club Alto Valle - Comisión <comision@clubaltovalle.example.ar>", OWDTO,
        "Baja Mantenimiento Web Club Deportivo Alto Valle - OWD-2025-3422", d(2025, 9, 24, 18, 30, ARG),
        "Buenas tardes, por la presente solicitamos la baja del mantenimiento mensual del proyecto "
        "Mantenimiento Web Club Deportivo Alto Valle, factura OWD-2025-3422.\n\nSaludos,\nComisión "
        "Directiva\nClub Deportivo Alto Valle - General Roca\n")],
        missing=["reason"],
        spec="Section 8: Optima requires a reason for cancellations too; contract sender, project and invoice "
             "given, no reason: ask for it.")

    # o21 Fray Bentos: thread, first mail without project/invoice (two projects), answer gives them
    proj("Web Hotel Río Uruguay", "direccion@hotelriouruguay.example.uy")
    proj("Reservas Online Hotel Río Uruguay", "direccion@hotelriouruguay.example.uy")
    owpay("es34_o23", "OWD-2025-3423", "Reservas Online Hotel Río Uruguay", "deposit", "16000.00", "2880.00",
          "2025-09-26T17:00:00")
    owpay("es34_o24", "OWD-2025-3424", "Web Hotel Río Uruguay", "milestone", "22000.00", "3960.00",
          "2025-08-20T16:00:00", milestone_status="completed")
    w = d(2025, 9, 27, 10, 0, URU)
    check(hours("2025-09-26T17:00:00", w) == 25.5, "o21")
    case("es-o21-fray-bentos-hilo-proyecto-despues", OWB, "decided", [
        M("Hotel Río Uruguay - Dirección <direccion@hotelriouruguay.example.uy>", OWDTO,
          "Devolución del depósito", w,
          "Buen día. Ayer pagamos un depósito y queremos que nos lo devuelvan: la cadena de la que "
          "somos franquicia nos obliga a usar su sistema de reservas propio, nos enteramos hoy.\nGabriela Ferreira, "
          "Directora\n"),
        M("Hotel Río Uruguay - Dirección <direccion@hotelriouruguay.example.uy>", OWDTO,
          "Re: Devolución del depósito [OWD-3421]", d(2025, 9, 30, 9, 0, URU),
          "Es el proyecto Reservas Online Hotel Río Uruguay, factura OWD-2025-3423.\nGabriela\n\n"
          "> Indíquenos el nombre del proyecto y el número de factura. [OWD-3421]\n",
          headers={"_irt": "<owd-3421.reply@optimawebdesign.com>"})],
        [R("approve", "16000.00")],
        extra_ok=True,
        spec="C3 thread: the contract email has two projects, so project and invoice were asked; request time = "
             "first mail 2025-09-27 18:30 IST, 25.5 h after the deposit, no work: O2 approve 16000.00. "
             "The mail drops the project, so a cancellation decision may also be read (extra_ok; never an approval).")

    # o22 Soria: milestone + consumer office / lawyer
    proj("Tienda Online Embutidos Moncayo", "pedidos@embutidosmoncayo.example.es", "2025-09-05T10:00:00")
    owpay("es34_o25", "OWD-2025-3425", "Tienda Online Embutidos Moncayo", "milestone", "26000.00", "4680.00",
          "2025-09-20T16:00:00", milestone_status="not_started")
    case("es-o22-agreda-omic-abogado", OWB, "decided", [M(
        "Embutidos Moncayo <pedidos@embutidosmoncayo.example.es>", OWDTO,
        "Reclamación hito OWD-2025-3425 - Tienda Online Embutidos Moncayo", d(2025, 9, 29, 16, 10, ESP),
        "Buenas tardes:\n\nSolicitamos la devolución del hito OWD-2025-3425 (pasarela de pago), que ni "
        "siquiera han empezado, porque cerramos la venta online tras la jubilación de mi padre. Si en diez "
        "días no tenemos respuesta, lo pondremos en manos de nuestro abogado y presentaremos hoja de "
        "reclamación en la OMIC de Soria.\n\nEmbutidos Moncayo, Ágreda\n")],
        [R("escalate")], rules=["C4"],
        extra_ok=True,
        spec="C4: a lawyer and the consumer office (OMIC) are invoked: escalate (O3 alone would approve "
             "26000.00). "
             "The mail drops the project, so a cancellation decision may also be read (extra_ok; never an approval).")

    # o23 Israel: auto-reply
    case("es-o23-israel-respuesta-automatica", OWB, "ignore", [M(
        "Librería Sefarad <libros@sefaradlibros.example.il>", OWDTO,
        "Respuesta automática: Re: Reembolso parcial del hito OWD-2025-3408 [OWD-3410]",
        d(2025, 9, 30, 17, 30, ISR),
        "Estamos cerrados por las fiestas (Yom Kipur y Sucot) hasta el 15 de octubre. Les contestaremos a "
        "la vuelta.\n",
        headers={"Auto-Submitted": "auto-replied", "_irt": "<owd-3410.reply@optimawebdesign.com>"})],
        rules=["C7"], spec="C7: Auto-Submitted: auto-replied: ignore.")

    # o24 Nerja: a hypothetical before signing
    case("es-o24-nerja-pregunta-antes-de-firmar", OWB, "other", [M(
        "Elena Moya <elena.moya.nerja@gmail.com>", OWDTO, "Pregunta sobre hosting y depósito",
        d(2025, 9, 27, 11, 0, ESP),
        "Hola, buenos días. Gestiono tres apartamentos en Nerja para una familia de Bristol. Antes de "
        "firmar: si pagamos el depósito y el hosting anual y los dueños se echan atrás a las dos "
        "semanas, ¿se nos devolvería algo? ¿Y el dominio? Gracias.\nElena\n")],
        spec="Section 8 hypothetical before buying: policy questions only: other.")

    # o25 Benalmádena: deposit already refunded
    proj("Web Academia de Español Sol y Mar", "direccion@academiasolymar.example.es")
    owpay("es34_o26", "OWD-2025-3426", "Web Academia de Español Sol y Mar", "deposit", "15000.00", "2700.00",
          "2025-09-24T16:00:00", status="refunded")
    case("es-o25-benalmadena-deposito-ya-devuelto", OWB, "decided", [M(
        "Academia Sol y Mar <direccion@academiasolymar.example.es>", OWDTO,
        "Depósito Web Academia de Español Sol y Mar OWD-2025-3426", d(2025, 9, 26, 16, 30, ESP),
        "Buenas tardes. Somos una academia de español para extranjeros en Benalmádena. Los alumnos "
        "nórdicos de este otoño han cancelado en bloque y no podemos invertir en la web ahora, así que "
        "pedimos el reembolso del depósito OWD-2025-3426 del proyecto Web Academia de Español Sol y Mar.\n"
        "Saludos, Birgitta Lindqvist y Paco Ruiz\n")],
        [R("escalate")],
        extra_ok=True,
        spec="Section 8: the payment's status is refunded (not paid): a refund of it is escalated. "
             "The mail drops the project, so a cancellation decision may also be read (extra_ok; never an approval).")
