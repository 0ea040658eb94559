"""fresh34_es, LeadsOptima cases (imported by make_cases.py)."""

from make_cases import (ARG, AZ, ESP, IST_TR, ISR, LOB, SUP, URU, M, R, X, case, check, cust, d,
                        day_no, lopay)


def build_lo():
    # l01 Istanbul, Sephardic family, modern Spanish with a Turkish word or two: duplicate, day 1
    e = "rebeka.albukrek@posta.example.com.tr"
    cust(e, "Rebeka Albukrek", "monthly", start="2025-09-24", end="2025-10-23")
    lopay("es34_p01", "LO-INV-34101", e, "monthly", "1499.00", "2025-09-24T16:10:00", "2025-09-24", "2025-10-23")
    lopay("es34_p02", "LO-INV-34102", e, "monthly", "1499.00", "2025-09-24T16:11:30", "2025-09-24", "2025-10-23")
    w = d(2025, 9, 25, 11, 20, IST_TR)
    check(day_no("2025-09-24T16:11:30", w) == 1, "l01")
    case("es-l01-estambul-sefardi-doble", LOB, "decided", [M(
        f"Rebeka Albukrek <{e}>", SUP, "Doble cobro - plan mensual", w,
        "Buenos días,\n\nLes escribo desde Estambul (Kuzguncuk). Mi español es de casa, de mi nona, "
        "perdonen si alguna palabra suena antigua.\n\nAyer 24 de septiembre el banco me mandó dos "
        "mensajes casi al mismo minuto: dos cargos de LeadsOptima de 1.499 rupias cada uno, por el mismo plan "
        "mensual. Es un pago doble, yo tengo una sola cuenta. La segunda factura es LO-INV-34102.\n\n"
        "Les pido que me devuelvan ese segundo cargo a la misma tarjeta.\n\nÇok teşekkürler / muchas "
        "gracias,\nRebeka Albukrek\nAlbukrek Tercüme - traducciones ladino, español, turco\n")],
        [R("approve", "1499.00")],
        spec="L2 duplicate + L4: es34_p01/p02 same account, amount and period 2025-09-24; mail 2025-09-25 "
             "11:20 +03:00 = 13:50 IST, day 1: approve the later LO-INV-34102, 1499.00 before tax.")

    # l02 Costa del Sol, a villa manager writing for the British owners (who hold the account)
    e = "bookings@villalasbuganvillas.example.es"
    cust(e, "Villa Las Buganvillas (Mijas)", "annual", start="2025-09-26", end="2026-09-25")
    lopay("es34_p03", "LO-INV-34103", e, "annual", "11988.00", "2025-09-26T17:00:00", "2025-09-26", "2026-09-25")
    lopay("es34_p04", "LO-INV-34104", e, "annual", "11988.00", "2025-09-26T17:03:00", "2025-09-26", "2026-09-25")
    w = d(2025, 9, 29, 9, 15, ESP)
    check(day_no("2025-09-26T17:03:00", w) == 3, "l02")
    case("es-l02-mijas-gestora-duenos-britanicos", LOB, "decided", [M(
        f"Villa Las Buganvillas - Reservas <{e}>", SUP, "Cobro duplicado plan anual / duplicate annual charge", w,
        "Buenos días:\n\nSoy Nuria, llevo la gestión de Villa Las Buganvillas en Mijas para los propietarios, "
        "Mr & Mrs Pendleford, que viven en Surrey y me piden que les escriba yo en español.\n\nEl viernes 26 "
        "se cargó dos veces la suscripción anual en la tarjeta de la villa: 11.988,00 INR a las 13:30 y "
        "otra vez 11.988,00 INR a las 13:33 (hora de aquí). Los owners están bastante molestos, it's the "
        "same plan and the same year. La factura repetida es la LO-INV-34104.\n\nPor favor, devuélvanla.\n\n"
        "Un saludo / Kind regards,\nNuria Gámez\nVilla Las Buganvillas · Mijas Pueblo (Málaga)\n"
        "Este mensaje es confidencial y va dirigido solo a su destinatario.\n")],
        [R("approve", "11988.00")],
        spec="L4: annual 11988.00 charged twice 2025-09-26 17:00/17:03 IST (13:30/13:33 CEST, as she says); "
             "mail 2025-09-29 09:15 +02:00 = 12:45 IST, day 3: approve LO-INV-34104, 11988.00.")

    # l03 Arizona rancher: day 7 at home, day 8 in India
    e = "oficina@ranchoelmezquite.example.com"
    cust(e, "Rancho El Mezquite", "quarterly", start="2025-09-17", end="2025-12-16")
    lopay("es34_p05", "LO-INV-34105", e, "quarterly", "3999.00", "2025-09-17T15:30:00", "2025-09-17", "2025-12-16")
    lopay("es34_p06", "LO-INV-34106", e, "quarterly", "3999.00", "2025-09-17T15:31:00", "2025-09-17", "2025-12-16")
    w = d(2025, 9, 24, 18, 30, AZ)
    check(day_no("2025-09-17T15:31:00", w) == 8, "l03")
    case("es-l03-arizona-rancho-dia-8-en-india", LOB, "decided", [M(
        f"Rancho El Mezquite <{e}>", SUP, "me cobraron 2 veces", w,
        "Buenas tardes\n\nAquí Ramón Esquivel del Rancho El Mezquite, cerca de Willcox. Apenas hoy revisé "
        "el statement de la tarjeta del rancho y miren, el 17 de septiembre nos cargaron dos veces el plan "
        "trimestral, 3,999 rupees cada uno, LO-INV-34105 y LO-INV-34106. Ocupo que me regresen uno de los "
        "dos, el segundo. Todavía estoy a tiempo, es una semana justa.\n\nGracias,\nRamón\n(520) 555-0148\n")],
        [R("deny")],
        spec="L3: charge 2025-09-17 IST; mail 2025-09-24 18:30 -07:00 = 2025-09-25 07:00 IST, day 8 in the "
             "brand's zone (day 7 in Arizona): deny, citing the 7-day rule.")

    # l04 Neuquén: says twice, the ledger holds one charge
    e = "farmacia.confluencia.nqn@gmail.com"
    cust(e, "Farmacia Confluencia", "monthly", start="2025-09-27", end="2025-10-26")
    lopay("es34_p07", "LO-INV-34107", e, "monthly", "1499.00", "2025-09-27T18:00:00", "2025-09-27", "2025-10-26")
    w = d(2025, 9, 28, 20, 40, ARG)
    check(day_no("2025-09-27T18:00:00", w) == 2, "l04")
    case("es-l04-neuquen-farmacia-un-solo-cargo", LOB, "decided", [M(
        f"Farmacia Confluencia <{e}>", SUP, "Cobro duplicado", w,
        "Buenas noches. Soy Graciela, farmacéutica, de Farmacia Confluencia (Neuquén capital). En el resumen "
        "de la Visa me aparece dos veces el débito de LeadsOptima del sábado 27, $1.499 (rupias) cada uno. "
        "Me cobraron dos veces el mismo mes. Solicito la devolución del duplicado.\n\nFarm. Graciela "
        "Quintriqueo - M.P. 1187\nFarmacia Confluencia\n")],
        [R("escalate")],
        spec="L2 duplicate inside L3 (charge 2025-09-27, mail 2025-09-29 05:10 IST, day 2) but the ledger holds "
             "one charge only (es34_p07, which also identifies the invoice): L4 no pair, escalate, no amount.")

    # l05 Rivera (Uruguay, on the Brazilian border): three identical charges
    e = "administracion@barracalibertad.example.uy"
    cust(e, "Barraca Libertad", "quarterly", start="2025-09-22", end="2025-12-21")
    for pid, inv, t in (("es34_p08", "LO-INV-34108", "15:10:00"), ("es34_p09", "LO-INV-34109", "15:10:40"),
                        ("es34_p10", "LO-INV-34110", "15:12:05")):
        lopay(pid, inv, e, "quarterly", "3999.00", f"2025-09-22T{t}", "2025-09-22", "2025-12-21")
    w = d(2025, 9, 23, 10, 0, URU)
    check(day_no("2025-09-22T15:12:05", w) == 1, "l05")
    case("es-l05-rivera-portunol-tres-cobros", LOB, "decided", [M(
        f"Barraca Libertad - Administracion <{e}>", SUP, "TRES cobros del plan trimestral!!", w,
        "Buen día, tá?\n\nLes escribe Sonia de la administración de Barraca Libertad, Rivera. Ayer 22/09 "
        "nos debitaron TRES veces el plan trimestral, 3.999,00 cada vez (facturas LO-INV-34108, 34109 y "
        "34110). Nosotros tenemos una conta sola, digo una cuenta sola. Pedimos que devuelvan los dos cobros "
        "que sobran, o sea la 34109 y la 34110.\n\nObrigada, perdón, gracias!\nSonia Pereira\n")],
        [R("approve", "7998.00")],
        spec="Section 8 three identical charges: every charge after the first is a duplicate; both inside "
             "L3 (mail 2025-09-23 18:30 IST, day 1): approve 3999.00 + 3999.00 = 7998.00.")

    # l06 Soria village, an older writer: charged after cancelling (billing error), day 1
    e = "petra.hernandez.vinuesa@correo.example.net"
    cust(e, "Petra Hernández", "monthly", status="cancelled", start="2025-09-25", end="2025-10-24")
    lopay("es34_p11", "LO-INV-34111", e, "monthly", "1499.00", "2025-08-25T16:00:00", "2025-08-25", "2025-09-24")
    lopay("es34_p12", "LO-INV-34112", e, "monthly", "1499.00", "2025-09-25T16:00:00", "2025-09-25", "2025-10-24")
    w = d(2025, 9, 26, 10, 5, ESP)
    check(day_no("2025-09-25T16:00:00", w) == 1, "l06")
    case("es-l06-soria-pueblo-cobro-tras-baja", LOB, "decided", [M(
        f"PETRA HERNANDEZ <{e}>", SUP, "RECLAMACION COBRO", w,
        "Muy señores mios:\n\nLes escribo desde Vinuesa, provincia de Soria. Tengo 74 años y la cuenta la "
        "llevaba mi difunto marido para la casa rural. Yo di de baja el plan mensual el dia 20 por la "
        "pagina, me lo hizo mi nieto, y aun asi ayer me han vuelto a cobrar 1.499 rupias, factura LO INV "
        "34112. Me cobraron despues de haber cancelado, y eso no esta bien.\n\nRuego me devuelvan ese "
        "cobro.\n\nAtentamente,\nPETRA HERNANDEZ\nCasa Rural El Pinar de Vinuesa\n")],
        [R("escalate")],
        spec="L2 billing_error ('charged after cancelling'), invoice 'LO INV 34112' (section 8 spacing), "
             "charge 2025-09-25, mail 2025-09-26 13:35 IST, day 1: L5 escalate, no amount.")

    # l07 A Russian speaker in Marbella: charged for the wrong plan
    e = "o.sokolova@marbella-sunny-rentals.example.es"
    cust(e, "Olga Sokolova", "annual", start="2025-09-27", end="2026-09-26")
    lopay("es34_p13", "LO-INV-34113", e, "annual", "11988.00", "2025-09-27T19:00:00", "2025-09-27", "2026-09-26")
    w = d(2025, 9, 29, 14, 0, ESP)
    check(day_no("2025-09-27T19:00:00", w) == 2, "l07")
    case("es-l07-marbella-rusa-plan-equivocado", LOB, "decided", [M(
        f"Olga Sokolova <{e}>", SUP, "Plan equivocado", w,
        "Buenas tardes,\n\nyo soy Olga, tengo agencia pequeña de alquiler vacacional en Marbella. Sábado "
        "sistema me cobró plan anual 11 988 rupias, pero yo elegí plan mensual, siempre mensual. Es cobro "
        "por plan equivocado, factura LO-INV-34113. Por favor corregir y devolver diferencia o todo, como "
        "es correcto.\n\nSpasibo, gracias\nOlga Sokolova\nMarbella Sunny Rentals\n")],
        [R("escalate")],
        spec="L2 billing_error ('charged for the wrong plan'), inside L3 (charge 2025-09-27, mail 2025-09-29 "
             "17:30 IST, day 2): L5 escalate, no amount.")

    # l08 Teruel village: no access since the 20th, invoice given
    e = "alojamientos.elcastellar@gmail.com"
    cust(e, "Alojamientos El Castellar", "monthly", start="2025-09-20", end="2025-10-19")
    lopay("es34_p14", "LO-INV-34114", e, "monthly", "1499.00", "2025-08-20T16:00:00", "2025-08-20", "2025-09-19")
    lopay("es34_p15", "LO-INV-34115", e, "monthly", "1499.00", "2025-09-20T16:00:00", "2025-09-20", "2025-10-19")
    w = d(2025, 9, 24, 19, 30, ESP)
    check(day_no("2025-09-20T16:00:00", w) == 4, "l08")
    case("es-l08-teruel-sin-acceso", LOB, "decided", [M(
        f"Alojamientos El Castellar <{e}>", SUP, "no puedo entrar", w,
        "Buenas tardes\nSoy Joaquin, de unos apartamentos rurales en El Castellar (Teruel). Desde el sabado 20, "
        "justo el dia que pagué, no puedo entrar en la plataforma, pongo la contraseña y se queda la rueda "
        "dando vueltas y no carga. Aqui la cobertura es mala pero en el ordenador de la oficina del "
        "ayuntamiento tampoco va. He pagado el mes (factura LO-INV-34115) y no lo he podido usar, quiero que "
        "me devuelvan ese pago.\nUn saludo\nJoaquin\n")],
        [R("escalate")],
        spec="L2 access_failure ('no puedo entrar', 'no carga'), charge 2025-09-20, mail 2025-09-24 23:00 IST, "
             "day 4: L6 escalate (verified by support), no amount.")

    # l09 A Romanian speaker in Castellón: access failure, day 12
    e = "cristina.dobre.cs@yahoo.es"
    cust(e, "Cristina Dobre", "monthly", start="2025-09-10", end="2025-10-09")
    lopay("es34_p16", "LO-INV-34116", e, "monthly", "1499.00", "2025-09-10T17:00:00", "2025-09-10", "2025-10-09")
    w = d(2025, 9, 22, 9, 0, ESP)
    check(day_no("2025-09-10T17:00:00", w) == 12, "l09")
    case("es-l09-castellon-rumana-dia-12", LOB, "decided", [M(
        f"Cristina Dobre <{e}>", SUP, "No funciona la cuenta - reembolso", w,
        "Buenos dias,\n\nMe llamo Cristina, tengo una escuela de idiomas pequeña en Castellón (rumano y "
        "español para adultos). Desde que pagué el mes el 10 de septiembre la plataforma no me deja "
        "iniciar sesión, sale error todo el tiempo. Pido reembolso de los 1.499 rupias porque no pude "
        "usar nada.\n\nMulţumesc frumos,\nCristina Dobre\n")],
        [R("deny")],
        spec="L2 access_failure but L3: charge 2025-09-10, mail 2025-09-22 12:30 IST, day 12 > 7: deny. The "
             "only payment identifies the invoice.")

    # l10 Haifa, Sephardic: changed mind
    e = "yosef.benaroya@netvision.example.il"
    cust(e, "Yosef Benaroya", "monthly", start="2025-09-26", end="2025-10-25")
    lopay("es34_p17", "LO-INV-34117", e, "monthly", "1499.00", "2025-09-26T15:20:00", "2025-09-26", "2025-10-25")
    w = d(2025, 9, 28, 10, 0, ISR)
    check(day_no("2025-09-26T15:20:00", w) == 2, "l10")
    case("es-l10-haifa-cambio-de-idea", LOB, "decided", [M(
        f"Yosef Benaroya <{e}>", SUP, "Devolución", w,
        "Shalom, buenos días:\n\nLa semana pasada contraté el plan mensual para la tienda de mi hijo en Haifa, "
        "pero hablamos en familia y al final no lo vamos a usar; él prefiere seguir con las listas de "
        "WhatsApp. Cambiamos de idea. ¿Me pueden devolver los 1.499 del viernes?\n\nTodá rabá,\nYosef "
        "Benaroya\n")],
        [R("deny")],
        spec="L1: changed mind / will not use it is not an exception reason: refund deny, cancellation offered "
             "(charge 2025-09-26, day 2, only payment).")

    # l11 Bariloche: too expensive, refund + cancel
    e = "hosteria.lasmutisias@bariloche.example.ar"
    cust(e, "Hostería Las Mutisias", "quarterly", start="2025-09-19", end="2025-12-18")
    lopay("es34_p18", "LO-INV-34118", e, "quarterly", "3999.00", "2025-09-19T16:45:00", "2025-09-19", "2025-12-18")
    w = d(2025, 9, 23, 11, 10, ARG)
    check(day_no("2025-09-19T16:45:00", w) == 4, "l11")
    case("es-l11-bariloche-caro-baja-y-reembolso", LOB, "decided", [M(
        f"Hostería Las Mutisias <{e}>", SUP, "Baja del servicio", w,
        "Hola, buen día.\n\nLes escribo de la Hostería Las Mutisias, en Bariloche. Terminó la temporada de "
        "nieve y la verdad el plan trimestral nos sale muy caro para lo poco que lo usamos con la tasa del "
        "dólar como está. Queremos darnos de baja y que nos reintegren lo que no vamos a usar del trimestre.\n\n"
        "Saludos cordiales,\nMaite Lefiñanco\nRecepción\n")],
        [R("deny"), X("cancel", "2025-12-18")],
        spec="L1: too expensive / unused part is not an exception: refund deny. L8 cancel, active until "
             "current_period_end 2025-12-18.")

    # l12 Viedma (Río Negro), a blogger on a free trial asks for money back
    e = "blog.lacostamaragata@gmail.com"
    cust(e, "Blog La Costa Maragata", "monthly", status="trial", trial_ends="2025-10-06")
    w = d(2025, 9, 27, 16, 0, ARG)
    case("es-l12-viedma-bloguera-prueba", LOB, "decided", [M(
        f"Luciana (La Costa Maragata) <{e}>", SUP, "reintegro", w,
        "Hola! Soy Luciana, escribo un blog de cocina patagónica desde Viedma. Estoy usando la prueba "
        "gratis y la verdad para mi blog no me sirve. Quiero que me reintegren lo que haya pagado, porque "
        "puse la tarjeta al registrarme y no quiero sorpresas.\nBesos!\nLu\n")],
        [R("deny")], extra_ok=True,
        spec="L7: trial account (trial_ends 2025-10-06), no charges: refund deny, nothing billed unless she "
             "subscribes. 'No me sirve' may also be read as a cancellation (extra_ok).")

    # l13 Arizona ranch office: cancellation, period end from the ledger
    e = "admin@bardoubleranch-az.example.com"
    cust(e, "Bar Double Ranch", "quarterly", start="2025-09-01", end="2025-11-30")
    lopay("es34_p19", "LO-INV-34119", e, "quarterly", "3999.00", "2025-09-01T15:00:00", "2025-09-01", "2025-11-30")
    w = d(2025, 9, 25, 6, 45, AZ)
    case("es-l13-arizona-ganado-baja", LOB, "decided", [M(
        f"Bar Double Ranch - Office <{e}>", SUP, "Cancelar plan", w,
        "Buenos días,\n\nLe habla Dolores Urías, de la oficina del Bar Double Ranch (Sonoita, Arizona). Ya "
        "vendimos casi todo el ganado y mi suegro se retira, así que ya no vamos a necesitar lo de los "
        "leads. Favor de cancelar la suscripción trimestral. No pedimos reembolso, nomás que no se renueve.\n\n"
        "Gracias y que Dios los bendiga,\nDolores\n")],
        [X("cancel", "2025-11-30")],
        spec="L8: cancel, active until current_period_end 2025-11-30 (quarterly 2025-09-01 - 2025-11-30); the "
             "refund is ruled out (section 8 negation).")

    # l14 Neuquén: no current period on the account; the charge carries an offset (evening of 31 Aug locally)
    e = "cabanas.villatraful@gmail.com"
    cust(e, "Cabañas Villa Traful", "monthly")
    lopay("es34_p20", "LO-INV-34120", e, "monthly", "1499.00", "2025-07-31T23:05:00-03:00", "2025-08-01", "2025-08-31")
    lopay("es34_p21", "LO-INV-34121", e, "monthly", "1499.00", "2025-08-31T23:10:00-03:00", "2025-09-01", "2025-09-30")
    w = d(2025, 9, 27, 12, 30, ARG)
    case("es-l14-traful-baja-cargo-con-huso", LOB, "decided", [M(
        f"Cabañas Villa Traful <{e}>", SUP, "baja", w,
        "Buenas tardes, quiero dar de baja el plan mensual. El último débito fue el 31 de agosto a la noche. "
        "Cerramos las cabañas hasta diciembre porque se cortó la ruta.\nGracias\nHoracio - Cabañas Villa "
        "Traful\n")],
        [X("cancel", "2025-09-30")],
        spec="L8 fallback (no current_period_end on the customer): last charge 2025-08-31 23:10 -03:00 = "
             "2025-09-01 07:40 IST (section 8: local date) + 1 month - 1 day = 2025-09-30.")

    # l15 Costa del Sol: cancellation from a personal gmail naming the registered address
    cust("info@golfviewapartments-estepona.example.es", "Golf View Apartments Estepona", "annual", start="2025-03-01",
         end="2026-02-28")
    lopay("es34_p22", "LO-INV-34122", "info@golfviewapartments-estepona.example.es", "annual", "11988.00",
          "2025-03-01T15:00:00", "2025-03-01", "2026-02-28")
    w = d(2025, 9, 24, 17, 20, ESP)
    case("es-l15-estepona-gmail-personal-c2", LOB, "need_info", [M(
        "Javi Ortega <javiortega.estepona@gmail.com>", SUP, "Cancel subscription / cancelar suscripción", w,
        "Hola buenas tardes,\n\nLos dueños (una pareja de Leeds) han vendido los apartamentos y me piden que "
        "cancele la suscripción. La cuenta está a nombre de info@golfviewapartments-estepona.example.es pero ese "
        "buzón ya no lo miro, os escribo desde mi gmail. ¿Podéis darla de baja y decirme hasta cuándo "
        "está pagado?\n\nGracias!\nJavi\n")],
        rules=["C2"],
        spec="C2: the registered email info@golfviewapartments-estepona.example.es is named, the mail comes from a "
             "gmail address: ask for the request from the registered address; nothing about the account.")

    # l16 Soria funeral home: Outlook (Spanish) forward by the secretary, owner's address inside
    cust("gerencia@funerariacalvorevilla.example.es", "Funeraria Calvo Revilla", "annual", start="2025-09-23",
         end="2026-09-22")
    lopay("es34_p23", "LO-INV-34123", "gerencia@funerariacalvorevilla.example.es", "annual", "11988.00",
          "2025-09-23T16:00:00", "2025-09-23", "2026-09-22")
    lopay("es34_p24", "LO-INV-34124", "gerencia@funerariacalvorevilla.example.es", "annual", "11988.00",
          "2025-09-23T16:02:00", "2025-09-23", "2026-09-22")
    w = d(2025, 9, 25, 9, 40, ESP)
    case("es-l16-soria-funeraria-rv-outlook", LOB, "need_info", [M(
        "Administración Funeraria Calvo Revilla <administracion@funerariacalvorevilla.example.es>", SUP,
        "RV: Cobro duplicado suscripción anual", w,
        "Buenos días, les reenvío el correo del gerente. Quedo a la espera.\n\nMaribel Sanz\nAdministración\n"
        "Funeraria Calvo Revilla - Almazán (Soria) - Servicio 24 h\n\n"
        "-----Mensaje original-----\nDe: Gerencia Funeraria Calvo Revilla <gerencia@funerariacalvorevilla.example.es>\n"
        "Enviado el: miércoles, 24 de septiembre de 2025 19:02\nPara: Administración Funeraria Calvo Revilla "
        "<administracion@funerariacalvorevilla.example.es>\nAsunto: Cobro duplicado suscripción anual\n\n"
        "Maribel, reclama tú a LeadsOptima: ayer nos cobraron dos veces la anualidad (11.988 rupias x 2, la "
        "segunda factura es LO-INV-34124). La cuenta está con este correo mío, gerencia@. Que devuelvan "
        "el duplicado.\nTomás\n")],
        rules=["C2"],
        spec="Section 8 forwards: the forwarded request names the registered gerencia@ address, the sender is "
             "administracion@ (not on record): C2, ask for the request from gerencia@; no account details.")

    # l17 Tel Aviv language school: access failure, three charges, no invoice
    e = "secretaria@ulpanmazaltov.example.il"
    cust(e, "Ulpán Mazal Tov", "monthly", start="2025-09-28", end="2025-10-27")
    for pid, inv, dt, ps, pe in (("es34_p25", "LO-INV-34125", "2025-07-28T15:40:00", "2025-07-28", "2025-08-27"),
                                 ("es34_p26", "LO-INV-34126", "2025-08-28T15:40:00", "2025-08-28", "2025-09-27"),
                                 ("es34_p27", "LO-INV-34127", "2025-09-28T15:40:00", "2025-09-28", "2025-10-27")):
        lopay(pid, inv, e, "monthly", "1499.00", dt, ps, pe)
    w = d(2025, 9, 29, 13, 15, ISR)
    case("es-l17-telaviv-ulpan-sin-factura", LOB, "need_info", [M(
        f"Ulpán Mazal Tov - Secretaría <{e}>", SUP, "La plataforma no carga", w,
        "Buenas tardes:\n\nSomos una escuela de hebreo y español en Tel Aviv (Florentin). Desde el "
        "domingo la plataforma no carga: pantalla en blanco en todos los ordenadores y en el móvil. Teníamos "
        "campaña para el curso de otoño después de las fiestas y estamos parados. Pedimos que nos "
        "devuelvan lo pagado.\n\nSaludos,\nEsther Halfón\nSecretaría\n")],
        missing=["invoice_number"],
        spec="C3: access failure (reason) from the registered address, plan from the ledger, but three "
             "monthly charges on record and no invoice named: ask for invoice_number.")

    # l18 Concordia (Entre Ríos, across the river from Salto): refund with no reason
    e = "estudio.fotografico.ayui@gmail.com"
    cust(e, "Estudio Fotográfico Ayuí", "annual", start="2025-09-27", end="2026-09-26")
    lopay("es34_p28", "LO-INV-34128", e, "annual", "11988.00", "2025-09-27T17:30:00", "2025-09-27", "2026-09-26")
    lopay("es34_p29", "LO-INV-34129", e, "annual", "11988.00", "2024-09-27T17:30:00", "2024-09-27", "2025-09-26")
    w = d(2025, 9, 29, 9, 50, ARG)
    case("es-l18-concordia-fotografo-sin-motivo", LOB, "need_info", [M(
        f"Estudio Fotográfico Ayuí <{e}>", SUP, "Solicitud de reintegro LO-INV-34128", w,
        "Buen día. Por medio del presente solicito el reintegro de la factura LO-INV-34128 (plan anual). "
        "Quedo atento.\n\nSebastián Ríos\nEstudio Fotográfico Ayuí - bodas, quince y eventos\n"
        "Concordia, Entre Ríos\n")],
        missing=["reason"],
        spec="C3 / section 8: restating the request is not a reason; registered sender, plan and invoice known: "
             "ask for the reason.")

    # l19 Chuy (Uruguay/Brazil border): thread, the answer gives the reason (duplicate)
    e = "ventas@freeshopcasabrava.example.uy"
    cust(e, "Casa Brava Free Shop", "monthly", start="2025-09-24", end="2025-10-23")
    lopay("es34_p30", "LO-INV-34130", e, "monthly", "1499.00", "2025-09-24T18:20:00", "2025-09-24", "2025-10-23")
    lopay("es34_p31", "LO-INV-34131", e, "monthly", "1499.00", "2025-09-24T18:21:00", "2025-09-24", "2025-10-23")
    w = d(2025, 9, 26, 15, 0, URU)
    check(day_no("2025-09-24T18:21:00", w) == 2, "l19")
    case("es-l19-chuy-hilo-motivo-despues", LOB, "decided", [
        M(f"Casa Brava Free Shop <{e}>", SUP, "devolucion factura LO-INV-34131", w,
          "Buenas tardes, solicito la devolución de la factura LO-INV-34131.\nGracias\nWalter - Casa Brava, "
          "Av. Brasil, Chuy\n"),
        M(f"Casa Brava Free Shop <{e}>", SUP, "Re: devolucion factura LO-INV-34131 [LO-3419]",
          d(2025, 9, 29, 11, 0, URU),
          "Perdón, no expliqué: esa factura es un cobro repetido, el 24 nos cobraron dos veces el mismo mes "
          "(34130 y 34131).\nWalter\n\n> Para continuar, indíquenos el motivo de la solicitud. [LO-3419]\n",
          headers={"_irt": "<lo-3419.reply@leadsoptima.com>"})],
        [R("approve", "1499.00")],
        spec="C3 thread: the reason comes in the answer; request time = first mail 2025-09-26 23:30 IST, day 2 "
             "(the answer is day 5): L4 approve the later LO-INV-34131, 1499.00.")

    # l20 Zapala (Neuquén): thread, the answer gives the invoice in lower case
    e = "corralon.lameseta.zapala@gmail.com"
    cust(e, "Corralón La Meseta", "monthly", start="2025-09-23", end="2025-10-22")
    lopay("es34_p32", "LO-INV-34132", e, "monthly", "1499.00", "2025-08-23T16:30:00", "2025-08-23", "2025-09-22")
    lopay("es34_p33", "LO-INV-34133", e, "monthly", "1499.00", "2025-09-23T16:30:00", "2025-09-23", "2025-10-22")
    w = d(2025, 9, 25, 8, 10, ARG)
    check(day_no("2025-09-23T16:30:00", w) == 2, "l20")
    case("es-l20-zapala-hilo-factura-despues", LOB, "decided", [
        M(f"Corralón La Meseta <{e}>", SUP, "no puedo ingresar", w,
          "Buen día, desde que renovó el plan no puedo ingresar a la cuenta, me dice 'sesión expirada' y me "
          "saca. Ya borré cookies y probé con otra compu. Quiero la devolución de este mes.\nNorma - "
          "Corralón La Meseta, Zapala\n"),
        M(f"Corralón La Meseta <{e}>", SUP, "Re: no puedo ingresar [LO-3420]", d(2025, 9, 30, 10, 0, ARG),
          "hola, la factura es lo-inv-34133. sigo sin poder entrar.\nNorma\n\n"
          "> Indíquenos el número de factura del cargo. [LO-3420]\n",
          headers={"_irt": "<lo-3420.reply@leadsoptima.com>"})],
        [R("escalate")],
        spec="C3 thread: invoice 'lo-inv-34133' in the answer (section 8 case); access failure, request time "
             "first mail 2025-09-25 16:40 IST, day 2: L6 escalate.")

    # l21 A Portuguese speaker in Badajoz: duplicate + chargeback threat
    e = "rui.cabecadas@clinicaguadiana.example.es"
    cust(e, "Rui Cabeçadas", "monthly", start="2025-09-26", end="2025-10-25")
    lopay("es34_p34", "LO-INV-34134", e, "monthly", "1499.00", "2025-09-26T17:15:00", "2025-09-26", "2025-10-25")
    lopay("es34_p35", "LO-INV-34135", e, "monthly", "1499.00", "2025-09-26T17:16:00", "2025-09-26", "2025-10-25")
    w = d(2025, 9, 27, 15, 30, ESP)
    case("es-l21-badajoz-portugues-contracargo", LOB, "decided", [M(
        f"Rui Cabeçadas <{e}>", SUP, "Cobrança dupla - cobro duplicado", w,
        "Boa tarde, buenas tardes,\n\nSou português, trabajo en Badajoz en una clínica de fisioterapia. Ontem "
        "me cobraron dos veces el plan mensual, 1.499 cada uno, LO-INV-34134 y LO-INV-34135. Si no me "
        "devuelven el segundo hasta el lunes, voy a pedir al banco el contracargo de los dos.\n\nCumprimentos,\n"
        "Rui Cabeçadas\n")],
        [R("escalate")], rules=["C4"],
        spec="C4: a chargeback threat escalates the case (L4 alone would approve 1499.00); no amount.")

    # l22 Teruel farm: refund + cancellation, the nephew lawyer
    e = "granja.lasarguinas@gmail.com"
    cust(e, "Granja Las Arguinas", "quarterly", start="2025-09-26", end="2025-12-25")
    lopay("es34_p36", "LO-INV-34136", e, "quarterly", "3999.00", "2025-09-26T15:00:00", "2025-09-26", "2025-12-25")
    w = d(2025, 9, 28, 18, 0, ESP)
    case("es-l22-teruel-granja-sobrino-abogado", LOB, "decided", [M(
        f"Granja Las Arguinas <{e}>", SUP, "baja y devolucion", w,
        "Buenas tardes.\nSomos una granja de cerdos en Alcorisa (Teruel). Nos cobraron el trimestre el viernes "
        "y desde entonces la pagina no carga. Queremos la baja y que nos devuelvan el trimestre. Mi sobrino, "
        "que es abogado en Zaragoza, ya ha mirado el contrato y dice que si no nos lo devuelven lo llevamos "
        "a consumo.\nSaludos\nAnselmo Gil\n")],
        [R("escalate"), X("escalate")], rules=["C4"],
        spec="C4: a lawyer and the consumer office are invoked: every intent escalates, the cancellation too "
             "(section 8).")

    # l23 Istanbul: the bank suggests a chargeback, the customer rules it out
    e = "moshe.eskenazi.ist@gmail.com"
    cust(e, "Moshe Eskenazi", "monthly", start="2025-09-27", end="2025-10-26")
    lopay("es34_p37", "LO-INV-34137", e, "monthly", "1499.00", "2025-09-27T19:30:00", "2025-09-27", "2025-10-26")
    lopay("es34_p38", "LO-INV-34138", e, "monthly", "1499.00", "2025-09-27T19:31:00", "2025-09-27", "2025-10-26")
    w = d(2025, 9, 29, 16, 40, IST_TR)
    check(day_no("2025-09-27T19:31:00", w) == 2, "l23")
    case("es-l23-estambul-banco-sugiere-no-quiero", LOB, "decided", [M(
        f"Moshe Eskenazi <{e}>", SUP, "Cargo doble 27/09", w,
        "Buenas tardes,\n\nEl sábado 27/09 me cobraron dos veces el plan mensual (LO-INV-34137 y "
        "LO-INV-34138). En el banco me dijeron que abra una objeción al cargo, pero no quiero hacer eso, "
        "prefiero arreglarlo con ustedes directamente. Por favor devuelvan el segundo.\n\nSaludos desde "
        "Şişli,\nMoshe Eskenazi\n")],
        [R("approve", "1499.00")],
        spec="Section 8 negation: the dispute is the bank's idea, ruled out by the customer: no C4. L4 pair "
             "2025-09-27, mail 2025-09-29 19:10 IST day 2: approve LO-INV-34138, 1499.00.")

    # l24 Costa del Sol: out-of-office in Spanish and English
    case("es-l24-nerja-respuesta-automatica", LOB, "ignore", [M(
        "Apartamentos Balcón de Nerja <reservas@balcondenerja.example.es>", SUP,
        "Respuesta automática: Re: Su solicitud [LO-3402]", d(2025, 9, 26, 8, 0, ESP),
        "Gracias por su correo. La oficina está cerrada hasta el 6 de octubre. Para cancelaciones de "
        "reservas llame al 952 000 000.\n\nThank you for your email. The office is closed until 6 October.\n",
        headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All",
                 "_irt": "<lo-3402.reply@leadsoptima.com>"})],
        rules=["C7"], spec="C7: Auto-Submitted: auto-replied (Outlook 'Respuesta automática'): ignore.")

    # l25 Trade union office newsletter on a list
    case("es-l25-sindicato-boletin-lista", LOB, "ignore", [M(
        "Boletín Sección Sindical Fruticultores del Valle <boletin@fruticultoresdelvalle.example.ar>", SUP,
        "Boletín semanal: reintegros de aportes y cancelación de cuotas", d(2025, 9, 25, 9, 0, ARG),
        "Compañeros: esta semana se abre el trámite de reintegro de aportes para afiliados de General Roca y "
        "Cipolletti. Quien quiera cancelar la cuota solidaria debe avisar por escrito.\n\nPara darse de baja "
        "de esta lista responda BAJA.\n",
        headers={"List-Id": "Boletin Fruticultores <boletin.fruticultoresdelvalle.example.ar>",
                 "Precedence": "bulk", "List-Unsubscribe": "<mailto:baja@fruticultoresdelvalle.example.ar>"})],
        rules=["C7"], spec="C7: List-Id and Precedence: bulk (a union newsletter that mentions refunds and "
                           "cancelling): ignore.")

    # l26 Tucson, before buying: hypothetical
    case("es-l26-tucson-pregunta-antes", LOB, "other", [M(
        "Lupe Carrasco <lupe.carrasco.tucson@gmail.com>", SUP, "pregunta del plan anual", d(2025, 9, 26, 14, 0, AZ),
        "Buenas tardes, estoy pensando agarrar el plan anual para mi negocio de tamales en South Tucson. "
        "Si lo pago y a los dos meses veo que no me funciona, ¿me regresan el dinero de los meses que "
        "faltan? ¿O es mejor el mensual? Gracias.\nLupe\n")],
        spec="Section 8 hypothetical before buying: a policy question, no account, nothing asked: other.")

    # l27 Cipolletti pharmacist: thanks for a past refund
    e = "farmaciadelalto.cipo@gmail.com"
    cust(e, "Farmacia del Alto", "monthly", start="2025-09-15", end="2025-10-14")
    lopay("es34_p39", "LO-INV-34139", e, "monthly", "1499.00", "2025-09-15T16:00:00", "2025-09-15", "2025-10-14")
    case("es-l27-cipolletti-gracias-ya-llego", LOB, "other", [M(
        f"Farmacia del Alto <{e}>", SUP, "Re: reintegro del cobro duplicado", d(2025, 9, 30, 10, 20, ARG),
        "Buen día, les escribo solo para avisar que ya me acreditaron el reintegro del cobro duplicado del "
        "mes pasado. Muchas gracias por la rapidez, no hace falta que hagan nada más.\n\nFarm. Claudia "
        "Namuncurá\n")],
        spec="Thanks for a refund already credited (a past event): no request: other.")

    # l28 Soria: "no quiero reembolso", asks for an invoice with the tax id
    e = "panaderia.elcerro.soria@gmail.com"
    cust(e, "Panadería El Cerro", "annual", start="2025-06-10", end="2026-06-09")
    lopay("es34_p40", "LO-INV-34140", e, "annual", "11988.00", "2025-06-10T15:00:00", "2025-06-10", "2026-06-09")
    case("es-l28-soria-panaderia-factura-nif", LOB, "other", [M(
        f"Panadería El Cerro <{e}>", SUP, "factura con NIF", d(2025, 9, 23, 12, 15, ESP),
        "Buenos días. No quiero reembolso ni dar de baja nada, estamos contentos. Solo necesito que la "
        "factura LO-INV-34140 salga a nombre de la sociedad, Panadería El Cerro S.L., con el NIF, porque "
        "la gestoría de Almazán me la pide así.\nUn saludo,\nAurora\n")],
        spec="Section 8 negation: refund and cancellation ruled out; an invoice-details request: other.")

    # l29 Málaga photographer: cancel, refund expressly not wanted, annual
    e = "hola@lucianavegafotografia.example.es"
    cust(e, "Luciana Vega Fotografía", "annual", start="2025-03-15", end="2026-03-14")
    lopay("es34_p41", "LO-INV-34141", e, "annual", "11988.00", "2025-03-15T15:30:00", "2025-03-15", "2026-03-14")
    case("es-l29-malaga-fotografa-baja-sin-reembolso", LOB, "decided", [M(
        f"Luciana Vega <{e}>", SUP, "Baja de la suscripción anual", d(2025, 9, 30, 20, 45, ESP),
        "Buenas noches,\n\nSoy fotógrafa de bodas en Málaga y trabajo casi siempre con parejas inglesas "
        "que se casan en la costa. Este año casi todos los clientes me han llegado por Instagram, así que "
        "quiero cancelar la renovación del plan anual. Sé que no hay devolución por lo que queda del año y no "
        "la pido, lo uso hasta que se acabe.\n\nGracias,\nLuciana Vega\nwww.lucianavegafotografia.example.es\n")],
        [X("cancel", "2026-03-14")],
        spec="L8: cancel, active until current_period_end 2026-03-14; the refund is ruled out (section 8), no "
             "refund decision.")

    # l30 HTML-only mail from a Romanian speaker in Alcalá de Henares: duplicate annual
    e = "andrei.munteanu.reformas@outlook.es"
    cust(e, "Reformas Munteanu", "annual", start="2025-09-28", end="2026-09-27")
    lopay("es34_p42", "LO-INV-34142", e, "annual", "11988.00", "2025-09-28T16:20:00", "2025-09-28", "2026-09-27")
    lopay("es34_p43", "LO-INV-34143", e, "annual", "11988.00", "2025-09-28T16:24:00", "2025-09-28", "2026-09-27")
    w = d(2025, 9, 30, 8, 5, ESP)
    check(day_no("2025-09-28T16:24:00", w) == 2, "l30")
    case("es-l30-alcala-rumano-html", LOB, "decided", [M(
        f"Andrei Munteanu <{e}>", SUP, "Cobro dos veces", w,
        "<html><body><div style=\"font-family:Calibri\"><p>Buenos dias,</p><p>soy Andrei de <b>Reformas "
        "Munteanu</b>. El domingo 28 el banco me quito <b>dos veces</b> 11.988 rupias del plan anual, "
        "facturas LO-INV-34142 y LO-INV-34143. Es pago doble, tengo solo una cuenta.</p><p>Por favor "
        "devolver la segunda.</p><p>Multumesc,<br>Andrei Munteanu<br>Tel. 600 000 000</p></div>"
        "<div style=\"color:#888;font-size:9px\">Enviado desde Outlook para Android</div></body></html>",
        html=True)],
        [R("approve", "11988.00")],
        spec="HTML-only. L4 annual pair 2025-09-28, mail 2025-09-30 11:35 IST, day 2: approve LO-INV-34143, "
             "11988.00.")

    # l31 Allen (Río Negro) fruit-packing office: duplicate + cancellation in one mail
    e = "oficina@empaquelosalamos.example.ar"
    cust(e, "Empaque Los Álamos", "quarterly", start="2025-09-25", end="2025-12-24")
    lopay("es34_p44", "LO-INV-34144", e, "quarterly", "3999.00", "2025-09-25T18:40:00", "2025-09-25", "2025-12-24")
    lopay("es34_p45", "LO-INV-34145", e, "quarterly", "3999.00", "2025-09-25T18:42:00", "2025-09-25", "2025-12-24")
    w = d(2025, 9, 26, 9, 30, ARG)
    check(day_no("2025-09-25T18:42:00", w) == 1, "l31")
    case("es-l31-allen-empaque-doble-y-baja", LOB, "decided", [M(
        f"Empaque Los Álamos - Oficina <{e}>", SUP, "Cobro duplicado + baja", w,
        "Buen día,\n\nDos cosas:\n1) Ayer nos debitaron dos veces el plan trimestral ($3.999 x 2, facturas "
        "LO-INV-34144 y LO-INV-34145). Pedimos el reintegro de la segunda.\n2) Además queremos dar de "
        "baja el servicio: se terminó la temporada de exportación de pera y la gerencia decidió no seguir "
        "con la publicidad.\n\n"
        "Saludos,\nMarcela Quilapán\nAdministración - Empaque Los Álamos, Allen (RN)\n")],
        [R("approve", "3999.00"), X("cancel", "2025-12-24")],
        spec="L4 quarterly pair 2025-09-25, mail 2025-09-26 18:00 IST day 1: approve LO-INV-34145 3999.00; "
             "L8 cancel, active until current_period_end 2025-12-24.")

    # l32 Cipolletti: wrong amount, day 9
    e = "viveroelmanzano@gmail.com"
    cust(e, "Vivero El Manzano", "monthly", start="2025-09-18", end="2025-10-17")
    lopay("es34_p46", "LO-INV-34146", e, "monthly", "1499.00", "2025-09-18T15:50:00", "2025-09-18", "2025-10-17")
    w = d(2025, 9, 27, 10, 0, ARG)
    check(day_no("2025-09-18T15:50:00", w) == 9, "l32")
    case("es-l32-cipolletti-monto-equivocado-dia-9", LOB, "decided", [M(
        f"Vivero El Manzano <{e}>", SUP, "monto mal cobrado", w,
        "Buen día. El 18 de septiembre me cobraron un monto equivocado: el plan mensual figura a 1.499 pero "
        "con el impuesto me debitaron casi 1.770, y nadie me avisó del impuesto. Quiero que me devuelvan "
        "la diferencia.\nRaúl - Vivero El Manzano\n")],
        [R("deny")],
        spec="L2 billing_error ('monto equivocado') but L3: charge 2025-09-18, mail 2025-09-27 18:30 IST, "
             "day 9: deny (only payment identifies the invoice).")

    # l33 Cutral Có pharmacist: day 7 exactly (afternoon in Argentina, late night in India)
    e = "farmacia.huincul@gmail.com"
    cust(e, "Farmacia Huincul", "quarterly", start="2025-09-19", end="2025-12-18")
    lopay("es34_p47", "LO-INV-34147", e, "quarterly", "3999.00", "2025-09-19T18:00:00", "2025-09-19", "2025-12-18")
    lopay("es34_p48", "LO-INV-34148", e, "quarterly", "3999.00", "2025-09-19T18:01:00", "2025-09-19", "2025-12-18")
    w = d(2025, 9, 26, 14, 0, ARG)
    check(day_no("2025-09-19T18:01:00", w) == 7, "l33")
    case("es-l33-cutralco-dia-7-justo", LOB, "decided", [M(
        f"Farmacia Huincul <{e}>", SUP, "Débito repetido plan trimestral", w,
        "Buenas tardes. El viernes pasado 19/9 se nos debitó dos veces el plan trimestral: LO-INV-34147 y "
        "LO-INV-34148, $3.999 cada uno. Solicito la devolución del débito repetido (el segundo). "
        "Sé que tengo 7 días, por eso escribo hoy.\n\nFarm. Rodolfo Painemal\nCutral Có, Neuquén\n")],
        [R("approve", "3999.00")],
        spec="L3 boundary: charge 2025-09-19 IST, mail 2025-09-26 14:00 -03:00 = 22:30 IST, day 7 (inside): "
             "L4 approve LO-INV-34148, 3999.00.")

    # l34 Jerusalem: access failure, invoice typed with slashes, Hebrew greeting
    e = "fotos.rahel.levy@gmail.com"
    cust(e, "Rahel Levy Fotografía", "monthly", start="2025-09-22", end="2025-10-21")
    lopay("es34_p49", "LO-INV-34149", e, "monthly", "1499.00", "2025-08-22T16:00:00", "2025-08-22", "2025-09-21")
    lopay("es34_p50", "LO-INV-34150", e, "monthly", "1499.00", "2025-09-22T16:00:00", "2025-09-22", "2025-10-21")
    w = d(2025, 9, 25, 21, 10, ISR)
    check(day_no("2025-09-22T16:00:00", w) == 3, "l34")
    case("es-l34-jerusalen-fotografa-barras", LOB, "decided", [M(
        f"Rahel Levy <{e}>", SUP, "Shalom - sin acceso a la cuenta", w,
        "Shalom, buenas noches!\n\nSoy Rahel, fotógrafa en Jerusalén (hago bar mitzvás y bodas, también "
        "para familias de Argentina que vienen a hacer la aliá). Desde el lunes no tengo acceso a la "
        "cuenta: me dice que el usuario está bloqueado. Ya pedí ayuda por el chat y nadie respondió. "
        "Pagué el mes (lo/inv/34150) y no lo pude usar nada, quiero que me devuelvan ese pago.\n\n"
        "Gracias, Rahel\n")],
        [R("escalate")],
        spec="L2 access_failure; invoice 'lo/inv/34150' matches (section 8); charge 2025-09-22, mail "
             "2025-09-25 23:40 IST, day 3: L6 escalate.")

    # l35 Istanbul: writes from a +tag address, names the plain registered one
    cust("nina.behar@ozmail.example.com.tr", "Nina Behar", "quarterly", start="2025-08-20", end="2025-11-19")
    lopay("es34_p51", "LO-INV-34151", "nina.behar@ozmail.example.com.tr", "quarterly", "3999.00",
          "2025-08-20T15:00:00", "2025-08-20", "2025-11-19")
    case("es-l35-estambul-direccion-con-etiqueta", LOB, "need_info", [M(
        "Nina Behar <nina.behar+leads@ozmail.example.com.tr>", SUP, "Cancelar plan trimestral",
        d(2025, 9, 24, 13, 0, IST_TR),
        "Buenas tardes, quiero cancelar mi plan trimestral; ya no hago más el catálogo de bijouterie. Mi "
        "cuenta es nina.behar@ozmail.example.com.tr.\nGracias, Nina\n")],
        rules=["C2"],
        spec="Section 8 addresses: nina.behar+leads@ is another address than the registered "
             "nina.behar@ she names: C2, ask her to write from the registered address.")

    # l36 Nogales (Arizona): Reply-To is the registered address, From is not
    cust("ventas@mueblesrusticosnogales.example.com", "Muebles Rústicos Nogales", "monthly", start="2025-09-21",
         end="2025-10-20")
    lopay("es34_p52", "LO-INV-34152", "ventas@mueblesrusticosnogales.example.com", "monthly", "1499.00",
          "2025-09-21T15:00:00", "2025-09-21", "2025-10-20")
    case("es-l36-nogales-reply-to-no-verifica", LOB, "need_info", [M(
        "Chuy Valenzuela <chuy.valenzuela1962@yahoo.com>", SUP, "baja de la cuenta de la mueblería",
        d(2025, 9, 25, 7, 30, AZ),
        "Buenos días, soy el dueño de Muebles Rústicos Nogales. La cuenta está con "
        "ventas@mueblesrusticosnogales.example.com "
        "pero ese correo lo lleva mi hija y está de viaje. Les pido cancelar el plan mensual porque ya no "
        "vendemos en línea. Contéstenle a ella.\nJesús 'Chuy' Valenzuela\n",
        reply_to="ventas@mueblesrusticosnogales.example.com")],
        rules=["C2"],
        spec="C2: the From address is not the registered ventas@ he names; Reply-To never verifies anyone "
             "(section 8): ask for the request from the registered address.")
