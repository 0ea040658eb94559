"""fresh20_es: Spanish held-out cases (Spain, Mexico, Argentina, Colombia, Chile, Peru).
Run: python3 make_cases.py  -> writes ledger.json, emails/*.eml, expected.json beside this file."""
import sys
sys.dont_write_bytecode = True
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from kit import Kit, dt, R, X, cust, lopay, proj, owpay, LO, OWD  # noqa: E402

K = Kit(__file__, "es")
LOB, OWB = "leadsoptima", "optima_webdesign"
ES, MX, AR, CO, CL, PE = 2, -6, -3, -5, -3, -5

customers = [
    cust("lucia.fernandez@telefonica.net", "Lucía Fernández", "annual", start="2025-09-15", end="2026-09-14"),
    cust("jorge.ramirez@prodigy.net.mx", "Jorge Ramírez", "monthly", start="2025-09-03", end="2025-10-02"),
    cust("mbelen.sosa@fibertel.com.ar", "María Belén Sosa", "quarterly", start="2025-09-20", end="2025-12-19"),
    cust("camilo.restrepo@une.net.co", "Camilo Restrepo", "monthly", start="2025-09-22", end="2025-10-21"),
    cust("fran.soto@vtr.cl", "Francisca Soto", "annual", start="2025-03-10", end="2026-03-09"),
    cust("rosa.quispe@gmail.com", "Rosa Quispe", "monthly", start="2025-09-12", end="2025-10-11"),
    cust("diego.morales@outlook.es", "Diego Morales", "monthly", status="trial", trial_ends="2025-10-05"),
    cust("ana.beltran@gmail.com", "Ana Beltrán", "monthly", start="2025-09-05", end="2025-10-04"),
    cust("pablo.iglesias.g@yahoo.es", "Pablo Iglesias G.", "monthly", start="2025-09-08", end="2025-10-07"),
    cust("valentina.rojas@gmail.com", "Valentina Rojas", "quarterly", start="2025-08-01", end="2025-10-31"),
    cust("martin.acosta@arnet.com.ar", "Martín Acosta", "monthly", start="2025-09-14", end="2025-10-13"),
    cust("sofia.herrera@consultorahr.mx", "Sofía Herrera", "annual", start="2025-02-01", end="2026-01-31"),
    cust("cvidal@vidalasesores.es", "Carmen Vidal", "monthly", start="2025-09-20", end="2025-10-19"),
    cust("rtorres@grupoandino.pe", "Raúl Torres", "annual", start="2025-05-02", end="2026-05-01"),
    cust("javier.nunez@gmail.com", "Javier Núñez", "monthly", start="2025-09-24", end="2025-10-23"),
    cust("ignacio.paz@entel.cl", "Ignacio Paz", "monthly", start="2025-09-11", end="2025-10-10"),
    cust("hector.galvez@constructoragalvez.com.mx", "Héctor Gálvez", "monthly", start="2025-09-25", end="2025-10-24"),
    cust("lorena.castillo@gmail.com", "Lorena Castillo", "monthly", start="2025-09-19", end="2025-10-18"),
    cust("manuel.ortega@gmail.com", "Manuel Ortega", "monthly", start="2025-09-17", end="2025-10-16"),
    cust("beatriz.luna@hotmail.com", "Beatriz Luna", "monthly", start="2025-09-21", end="2025-10-20"),
    cust("gonzalo.vera@gmail.com", "Gonzalo Vera", "monthly", status="cancelled", start="2025-09-18", end="2025-10-17"),
    cust("natalia.campos@une.net.co", "Natalia Campos", "quarterly", start="2025-09-01", end="2025-11-30"),
    cust("lucas.benitez@speedy.com.ar", "Lucas Benítez", "quarterly", start="2025-09-24", end="2025-12-23"),
    cust("ricardo.mena@hotmail.com", "Ricardo Mena", "monthly", start="2025-09-09", end="2025-10-08"),
    cust("elena.prieto@gmail.com", "Elena Prieto", "monthly"),
    cust("pilar.ocampo@gmail.com", "Pilar Ocampo", "monthly", start="2025-09-13", end="2025-10-12"),
]
payments = [
    lopay("es_p01", "LO-INV-52011", "lucia.fernandez@telefonica.net", "annual", "2025-09-15T11:20:00", "2025-09-15", "2026-09-14"),
    lopay("es_p02", "LO-INV-52012", "lucia.fernandez@telefonica.net", "annual", "2025-09-15T11:21:00", "2025-09-15", "2026-09-14"),
    lopay("es_p03", "LO-INV-52021", "jorge.ramirez@prodigy.net.mx", "monthly", "2025-09-03T09:00:00", "2025-09-03", "2025-10-02"),
    lopay("es_p04", "LO-INV-52022", "jorge.ramirez@prodigy.net.mx", "monthly", "2025-09-03T09:02:00", "2025-09-03", "2025-10-02"),
    lopay("es_p05", "LO-INV-52031", "mbelen.sosa@fibertel.com.ar", "quarterly", "2025-09-20T12:00:00", "2025-09-20", "2025-12-19"),
    lopay("es_p06", "LO-INV-52041", "camilo.restrepo@une.net.co", "monthly", "2025-09-22T08:00:00", "2025-09-22", "2025-10-21"),
    lopay("es_p07", "LO-INV-51051", "fran.soto@vtr.cl", "annual", "2025-03-10T10:00:00", "2025-03-10", "2026-03-09"),
    lopay("es_p08", "LO-INV-52061", "rosa.quispe@gmail.com", "monthly", "2025-09-12T10:00:00", "2025-09-12", "2025-10-11"),
    lopay("es_p09", "LO-INV-52081", "ana.beltran@gmail.com", "monthly", "2025-09-05T10:00:00", "2025-09-05", "2025-10-04"),
    lopay("es_p10", "LO-INV-52082", "ana.beltran@gmail.com", "monthly", "2025-09-05T10:01:00", "2025-09-05", "2025-10-04"),
    lopay("es_p11", "LO-INV-52083", "ana.beltran@gmail.com", "monthly", "2025-09-06T09:30:00", "2025-09-05", "2025-10-04"),
    lopay("es_p12", "LO-INV-52091", "pablo.iglesias.g@yahoo.es", "monthly", "2025-09-08T10:00:00", "2025-09-08", "2025-10-07"),
    lopay("es_p13", "LO-INV-50101", "valentina.rojas@gmail.com", "quarterly", "2025-08-01T10:00:00", "2025-08-01", "2025-10-31"),
    lopay("es_p14", "LO-INV-52111", "martin.acosta@arnet.com.ar", "monthly", "2025-09-14T10:00:00", "2025-09-14", "2025-10-13"),
    lopay("es_p15", "LO-INV-52112", "martin.acosta@arnet.com.ar", "monthly", "2025-09-14T10:03:00", "2025-09-14", "2025-10-13"),
    lopay("es_p16", "LO-INV-50121", "sofia.herrera@consultorahr.mx", "annual", "2025-02-01T10:00:00", "2025-02-01", "2026-01-31"),
    lopay("es_p17", "LO-INV-52131", "cvidal@vidalasesores.es", "monthly", "2025-09-20T10:00:00", "2025-09-20", "2025-10-19"),
    lopay("es_p18", "LO-INV-52132", "cvidal@vidalasesores.es", "monthly", "2025-09-20T10:05:00", "2025-09-20", "2025-10-19"),
    lopay("es_p19", "LO-INV-50141", "rtorres@grupoandino.pe", "annual", "2025-05-02T10:00:00", "2025-05-02", "2026-05-01"),
    lopay("es_p20", "LO-INV-52151", "javier.nunez@gmail.com", "monthly", "2025-09-24T07:45:00", "2025-09-24", "2025-10-23"),
    lopay("es_p21", "LO-INV-52152", "javier.nunez@gmail.com", "monthly", "2025-09-24T07:46:00", "2025-09-24", "2025-10-23"),
    lopay("es_p22", "LO-INV-52161", "ignacio.paz@entel.cl", "monthly", "2025-09-11T10:00:00", "2025-09-11", "2025-10-10"),
    lopay("es_p23", "LO-INV-52231", "hector.galvez@constructoragalvez.com.mx", "monthly", "2025-09-25T10:00:00", "2025-09-25", "2025-10-24"),
    lopay("es_p24", "LO-INV-52241", "lorena.castillo@gmail.com", "monthly", "2025-09-19T18:00:00", "2025-09-19", "2025-10-18"),
    lopay("es_p25", "LO-INV-52242", "lorena.castillo@gmail.com", "monthly", "2025-09-19T18:01:00", "2025-09-19", "2025-10-18"),
    lopay("es_p26", "LO-INV-52251", "manuel.ortega@gmail.com", "monthly", "2025-09-17T10:00:00", "2025-09-17", "2025-10-16"),
    lopay("es_p27", "LO-INV-52261", "beatriz.luna@hotmail.com", "monthly", "2025-09-21T18:00:00", "2025-09-21", "2025-10-20"),
    lopay("es_p28", "LO-INV-52262", "beatriz.luna@hotmail.com", "monthly", "2025-09-21T18:02:00", "2025-09-21", "2025-10-20", status="failed"),
    lopay("es_p29", "LO-INV-52271", "gonzalo.vera@gmail.com", "monthly", "2025-09-18T10:00:00", "2025-09-18", "2025-10-17"),
    lopay("es_p30", "LO-INV-52281", "natalia.campos@une.net.co", "quarterly", "2025-09-01T10:00:00", "2025-09-01", "2025-11-30"),
    lopay("es_p31", "LO-INV-52301", "lucas.benitez@speedy.com.ar", "quarterly", "2025-09-24T09:00:00", "2025-09-24", "2025-12-23"),
    lopay("es_p32", "LO-INV-52302", "lucas.benitez@speedy.com.ar", "quarterly", "2025-09-24T09:04:00", "2025-09-24", "2025-12-23"),
    lopay("es_p33", "LO-INV-52311", "ricardo.mena@hotmail.com", "monthly", "2025-09-09T10:00:00", "2025-09-09", "2025-10-08"),
    lopay("es_p34", "LO-INV-52321", "elena.prieto@gmail.com", "monthly", "2025-08-31T20:00:00Z", None, None),
    lopay("es_p35", "LO-INV-52331", "pilar.ocampo@gmail.com", "monthly", "2025-09-13T10:00:00", "2025-09-13", "2025-10-12"),
]
projects = [
    proj("Tienda Olivar", "compras@olivardelsur.es"),
    proj("Clínica Dental Sonrisa Perfecta", "admin@sonrisaperfecta.mx"),
    proj("Bodega Malbec Online", "ventas@bodegamalbec.com.ar", "2025-09-26T11:00:00"),
    proj("Café Quindío", "gerencia@cafequindio.co", "2025-09-25T10:00:00"),
    proj("Viña Los Andes", "contacto@vinalosandes.cl", "2025-09-12T15:00:00"),
    proj("Inmobiliaria Lima Norte", "proyectos@inmolimanorte.pe", "2025-08-01T10:00:00"),
    proj("Academia Flamenco Triana", "hola@flamencotriana.es", "2025-08-20T10:00:00"),
    proj("Taller Hermanos Ruiz", "tallerhnosruiz@gmail.com", "2025-07-15T10:00:00"),
    proj("Gestoría Martínez", "info@gestoriamartinez.es", "2025-06-01T10:00:00"),
    proj("Ferretería El Tornillo", "compras@eltornillo.mx", "2025-06-01T10:00:00"),
    proj("Estudio Contable Pampa", "estudio@contablepampa.com.ar", "2025-06-01T10:00:00"),
    proj("Hostal Mar Azul", "reservas@hostalmarazul.es"),
    proj("Colegio San Ignacio", "sistemas@colegiosanignacio.cl"),
    proj("Restaurante La Chingana", "admin@lachingana.pe"),
    proj("Panadería Doña Chelo", "donachelo.pan@gmail.com", "2025-08-01T10:00:00"),
    proj("Fintech Chapinero", "producto@fintechchapinero.co", "2025-09-01T10:00:00"),
    proj("Óptica Visión Clara", "gerencia@opticavisionclara.es", "2025-09-03T10:00:00"),
    proj("Academia Babel", "direccion@academiababel.es", "2025-05-01T10:00:00"),
    proj("Fundación Manos Unidas Cusco", "admin@manosunidascusco.org"),
    proj("Escuela de Surf Máncora", "olas@surfmancora.pe"),
    proj("Veterinaria Patitas", "citas@vetpatitas.mx"),
]
P = "2025-09-10T10:00:00"
owpayments = [
    owpay("es_o01", "OWD-2025-301", "Tienda Olivar", "deposit", "40000.00", "7200.00", "2025-09-22T16:00:00"),
    owpay("es_o02", "OWD-2025-302", "Clínica Dental Sonrisa Perfecta", "deposit", "25000.00", "4500.00", "2025-09-15T20:30:00"),
    owpay("es_o03", "OWD-2025-303", "Bodega Malbec Online", "deposit", "30000.00", "5400.00", "2025-09-25T10:00:00"),
    owpay("es_o04", "OWD-2025-304", "Café Quindío", "discovery", "15000.00", "2700.00", "2025-09-10T12:00:00"),
    owpay("es_o05", "OWD-2025-305", "Viña Los Andes", "discovery", "18000.00", "3240.00", "2025-09-08T10:00:00"),
    owpay("es_o06", "OWD-2025-306", "Inmobiliaria Lima Norte", "milestone", "50000.00", "9000.00", "2025-08-01T10:00:00", milestone_status="completed"),
    owpay("es_o07", "OWD-2025-307", "Inmobiliaria Lima Norte", "milestone", "60000.00", "10800.00", "2025-09-15T10:00:00", milestone_status="not_started"),
    owpay("es_o08", "OWD-2025-308", "Academia Flamenco Triana", "milestone", "35000.00", "6300.00", "2025-09-01T10:00:00", milestone_status="in_progress"),
    owpay("es_o09", "OWD-2025-309", "Taller Hermanos Ruiz", "milestone", "28000.00", "5040.00", "2025-08-10T10:00:00", milestone_status="approved"),
    owpay("es_o10", "OWD-2025-310", "Gestoría Martínez", "retainer", "20000.00", "3600.00", "2025-09-05T00:00:00",
          period_start="2025-09-05", period_end="2025-10-04", next_billing_at="2025-10-05T00:00:00"),
    owpay("es_o11", "OWD-2025-311", "Ferretería El Tornillo", "retainer", "12000.00", "2160.00", "2025-09-01T00:00:00",
          period_start="2025-09-01", period_end="2025-09-30", next_billing_at="2025-10-01T00:00:00"),
    owpay("es_o12", "OWD-2025-312", "Estudio Contable Pampa", "retainer", "15000.00", "2700.00", "2025-09-10T10:00:00",
          period_start="2025-09-10", period_end="2025-10-09", next_billing_at="2025-11-10T00:00:00"),
    owpay("es_o13", "OWD-2025-313", "Estudio Contable Pampa", "retainer", "15000.00", "2700.00", "2025-09-10T10:01:00",
          period_start="2025-10-10", period_end="2025-11-09", next_billing_at="2025-11-10T00:00:00"),
    owpay("es_o14", "OWD-2025-314", "Hostal Mar Azul", "hosting_annual", "14999.00", "2699.82", "2025-09-14T10:00:00",
          setup_fee="1500.00", service_start="2025-09-15"),
    owpay("es_o15", "OWD-2025-315", "Colegio San Ignacio", "maintenance_annual", "24000.00", "4320.00", "2025-08-30T10:00:00",
          setup_fee="0.00", service_start="2025-09-01"),
    owpay("es_o16", "OWD-2025-316", "Restaurante La Chingana", "maintenance_annual", "24000.00", "4320.00", "2025-09-09T10:00:00",
          setup_fee="1800.00", service_start="2025-09-10"),
    owpay("es_o17", "OWD-2025-317", "Panadería Doña Chelo", "third_party", "1800.00", "324.00", "2025-09-20T10:00:00"),
    owpay("es_o18", "OWD-2025-318", "Fintech Chapinero", "rush", "10000.00", "1800.00", "2025-09-18T10:00:00"),
    owpay("es_o19", "OWD-2025-319", "Óptica Visión Clara", "deposit", "35000.00", "6300.00", "2025-09-01T10:00:00"),
    owpay("es_o20", "OWD-2025-320", "Academia Babel", "retainer", "18000.00", "3240.00", "2025-09-15T00:00:00",
          period_start="2025-09-15", period_end="2025-10-14", next_billing_at="2025-10-15T00:00:00"),
    owpay("es_o21", "OWD-2025-321", "Fundación Manos Unidas Cusco", "deposit", "20000.00", "3600.00", "2025-09-29T10:00:00"),
    owpay("es_o22", "OWD-2025-322", "Escuela de Surf Máncora", "deposit", "22000.00", "3960.00", "2025-09-26T12:00:00"),
    owpay("es_o23", "OWD-2025-325", "Veterinaria Patitas", "deposit", "16000.00", "2880.00", "2025-09-24T10:00:00", status="refunded"),
]
LEDGER = {"customers": customers, "projects": projects, "payments": payments + owpayments}

# ---------------------------------------------------------------- LeadsOptima
K.mail("l01-cobro-duplicado-anual.eml", "Lucía Fernández <lucia.fernandez@telefonica.net>", LO,
       "Cargo duplicado en la renovación anual",
       "Buenos días:\n\nLes escribo porque al revisar el extracto de mi tarjeta he visto que el día 15 me "
       "cargaron dos veces la suscripción anual de LeadsOptima, con un minuto de diferencia. Evidentemente "
       "sólo tengo una cuenta. La factura que corresponde al segundo cargo es la LO-INV-52012.\n\n"
       "Les ruego que procedan a devolver el importe cobrado de más.\n\nUn cordial saludo,\nLucía Fernández\n"
       "Valladolid", dt(2025, 9, 18, 10, 5, ES))
K.case("l01-cobro-duplicado-anual", LOB, ["l01-cobro-duplicado-anual.eml"], "decided", [R("approve", "11988.00")],
       spec="L2 duplicate + L4: two paid annual charges 2025-09-15 same period; email 2025-09-18 IST (day 3) -> approve duplicate 11988.00 (C6 before tax).")

K.mail("l02-doble-cobro-fuera-plazo.eml", "Jorge Ramírez <jorge.ramirez@prodigy.net.mx>", LO,
       "me cobraron doble!!",
       "que tal, hace como una semana me llegaron 2 cargos iguales de leadsoptima en la tarjeta, el plan es "
       "el mensual. factura lo inv 52022. me regresan uno porfa\n\nsaludos\nJorge", dt(2025, 9, 10, 20, 40, MX))
K.case("l02-doble-cobro-fuera-plazo", LOB, ["l02-doble-cobro-fuera-plazo.eml"], "decided", [R("deny")],
       spec="L3: charges 2025-09-03 IST; sent 2025-09-10 20:40 -06:00 = 2025-09-11 08:10 IST = day 8 -> deny (window counted in brand zone).")

K.mail("l03-plan-equivocado.eml", "Belén Sosa <mbelen.sosa@fibertel.com.ar>", LO,
       "Me cobraron el plan que no era",
       "Hola, ¿cómo andan? Les cuento: yo tenía elegido el plan mensual y el 20 me debitaron el trimestral, "
       "$3.999 más IVA, que no es lo que contraté. Factura LO-INV-52031. ¿Me pueden devolver esa plata? "
       "Necesito que me lo resuelvan rápido porque la tarjeta la uso para el laburo.\n\nGracias!\nBelu",
       dt(2025, 9, 23, 9, 15, AR))
K.case("l03-plan-equivocado", LOB, ["l03-plan-equivocado.eml"], "decided", [R("escalate")],
       spec="L2 billing_error (charged for the wrong plan), L5: charge 2025-09-20, email 2025-09-23 IST day 3 -> escalate, no amount.")

K.mail("l04-no-puedo-ingresar.eml", "Camilo Restrepo <camilo.restrepo@une.net.co>", LO,
       "No he podido ingresar a la plataforma",
       "Buenos días, desde el martes no he podido ingresar a la plataforma, me sale la pantalla en blanco "
       "y se queda cargando. Ya probé en otro computador y con el celular y nada. Pagué el mes el 21 "
       "(factura lo-inv 52041) y no lo he podido usar, entonces solicito el reembolso.\n\nMil gracias\n"
       "Camilo Restrepo\nMedellín", dt(2025, 9, 26, 7, 30, CO))
K.case("l04-no-puedo-ingresar", LOB, ["l04-no-puedo-ingresar.eml"], "decided", [R("escalate")],
       spec="L2 access_failure, L6: charge 2025-09-22, email 2025-09-26 IST day 4 -> escalate.")

K.mail("l05-dar-de-baja-chile.eml", "Francisca Soto <fran.soto@vtr.cl>", LO, "Dar de baja",
       "Hola, quiero dar de baja mi cuenta, nos cambiamos a otra herramienta que trae el CRM incluido po. "
       "Que no se renueve el próximo año porfa.\nSaludos\nFran", dt(2025, 9, 19, 22, 10, CL))
K.case("l05-dar-de-baja-chile", LOB, ["l05-dar-de-baja-chile.eml"], "decided", [X("cancel", "2026-03-09")],
       spec="L8: annual, current_period_end 2026-03-09 -> cancel, active until 2026-03-09.")

K.mail("l06-no-lo-uso.eml", "Rosa Quispe <rosa.quispe@gmail.com>", LO, "devolucion",
       "Buenos dias señores, la verdad ya no lo estoy usando el programa, mi negocio esta parado este mes. "
       "Quisiera que me devuelvan lo que queda del mes de la factura LO-INV-52061.\nAtte Rosa Quispe",
       dt(2025, 9, 16, 11, 0, PE))
K.case("l06-no-lo-uso", LOB, ["l06-no-lo-uso.eml"], "decided", [R("deny")],
       spec="L1: not using it / unused days is not an exception reason -> deny, cancellation offered in the reply.")

K.mail("l07-prueba-gratis.eml", "Diego Morales <diego.morales@outlook.es>", LO, "Reembolso periodo de prueba",
       "Hola, estoy en el periodo de prueba gratuito y la herramienta no me ha convencido, no me encaja con "
       "lo que necesito. Quiero que me devolváis lo que me hayáis cobrado y que no me cobréis nada más.\n\nDiego",
       dt(2025, 9, 25, 12, 30, ES))
K.case("l07-prueba-gratis", LOB, ["l07-prueba-gratis.eml"], "decided", [R("deny")], extra_ok=True,
       spec="L7: account on free trial (trial_ends 2025-10-05), no charges -> deny; nothing billed unless they subscribe. extra_ok: a cancellation of the trial is harmless.")

K.mail("l08-tres-cargos.eml", "Ana Beltrán <ana.beltran@gmail.com>", LO, "TRES cargos del mismo mes",
       "Hola!! Me habéis cobrado el plan mensual TRES veces: dos el viernes 5 y otra el sábado 6. Tengo las "
       "facturas LO-INV-52081, LO-INV-52082 y LO-INV-52083. Es el mismo mes, obviamente solo debo uno. "
       "Devolvedme los dos cargos que sobran, 1.499,00 € cada uno (o lo que sea en rupias, no sé).\n\nAna",
       dt(2025, 9, 12, 10, 0, ES))
K.case("l08-tres-cargos", LOB, ["l08-tres-cargos.eml"], "decided", [R("approve", "2998.00")],
       spec="Sec 8 three identical charges: 52082 (09-05) and 52083 (09-06) are duplicates; email 2025-09-12 IST = day 7 and day 6, both inside L3 -> 1499+1499 = 2998.00; the written € amount is ignored.")

K.mail("l09-cancelar-y-devolver.eml", "Pablo Iglesias <pablo.iglesias.g@yahoo.es>", LO,
       "Baja y devolución",
       "Buenas,\n\ncancelad mi suscripción ya, por favor, y devolvedme este mes (factura LO-INV-52091) que "
       "casi no lo he usado, me pillé el plan para un proyecto que al final se ha caído.\n\nGracias\nPablo",
       dt(2025, 9, 10, 17, 45, ES))
K.case("l09-cancelar-y-devolver", LOB, ["l09-cancelar-y-devolver.eml"], "decided",
       [R("deny"), X("cancel", "2025-10-07")],
       spec="Both intents: refund L1 deny (project fell through is not an exception); cancellation L8 effective current_period_end 2025-10-07.")

K.mail("l10-cancelar-dictado.eml", "Valentina Rojas <valentina.rojas@gmail.com>", LO, "cancelar",
       "hola buenas quiero cancelar mi plan trimestral por favor gracias\n\nEnviado desde mi iPhone",
       dt(2025, 9, 29, 18, 20, CO))
K.case("l10-cancelar-dictado", LOB, ["l10-cancelar-dictado.eml"], "decided", [X("cancel", "2025-10-31")],
       spec="L8: cancellation without a reason is not held up (sec 3); quarterly period ends 2025-10-31.")

K.mail("l11-contracargo.eml", "Martín Acosta <martin.acosta@arnet.com.ar>", LO,
       "Cobro duplicado - URGENTE",
       "Me debitaron dos veces el abono mensual el 14/09, facturas LO-INV-52111 y LO-INV-52112. Si en 48 hs "
       "no tengo la devolución hago el contracargo con la tarjeta y la denuncia en Defensa del Consumidor.\n\n"
       "Martín Acosta", dt(2025, 9, 17, 11, 0, AR))
K.case("l11-contracargo", LOB, ["l11-contracargo.eml"], "decided", [R("escalate")], rules=["C4"],
       spec="C4: chargeback (contracargo) and consumer-protection threat -> escalate even though L4 would approve.")

K.mail("l12-baja-abogado.eml", "Sofía Herrera <sofia.herrera@consultorahr.mx>", LO,
       "Cancelación de cuenta",
       "Buen día.\n\nPor medio del presente solicito la cancelación de mi cuenta. Les informo que ya turné el "
       "asunto a mi abogado y que presentaré una queja ante PROFECO por las prácticas de su empresa.\n\n"
       "Lic. Sofía Herrera\nConsultora HR", dt(2025, 9, 24, 9, 30, MX))
K.case("l12-baja-abogado", LOB, ["l12-baja-abogado.eml"], "decided", [X("escalate")], rules=["C4"],
       spec="Sec 8: C4 covers the whole case, a cancellation included (lawyer + PROFECO) -> cancellation escalate.")

K.mail("l13-otra-direccion.eml", "Carmen Vidal <carmen.vidal76@gmail.com>", LO, "Dos cargos",
       "Hola, os escribo desde mi correo personal. Mi cuenta de LeadsOptima es cvidal@vidalasesores.es y "
       "este mes me habéis cobrado dos veces (LO-INV-52132). ¿Me lo podéis devolver?\nCarmen",
       dt(2025, 9, 22, 9, 0, ES))
K.case("l13-otra-direccion", LOB, ["l13-otra-direccion.eml"], "need_info", rules=["C2"],
       spec="C2: sender is not the registered email she names -> ask her to write from cvidal@vidalasesores.es, nothing about the account.")

fwd = ("Hola, soporte:\n\nles reenvío el pedido del Ing. Torres.\n\nSaludos,\nKaren Salas\nAsistente de Gerencia\n\n"
       "-----Mensaje original-----\nDe: Raúl Torres <rtorres@grupoandino.pe>\nEnviado el: lunes, 15 de septiembre de "
       "2025 08:12\nPara: Karen Salas <secretaria@grupoandino.pe>\nAsunto: LeadsOptima\n\nKaren, por favor pide la "
       "cancelación de la suscripción de LeadsOptima de mi cuenta rtorres@grupoandino.pe, ya no la vamos a usar.\nRT\n")
K.mail("l14-reenvio-secretaria.eml", "Karen Salas <secretaria@grupoandino.pe>", LO, "RV: LeadsOptima", fwd,
       dt(2025, 9, 15, 9, 40, PE))
K.case("l14-reenvio-secretaria", LOB, ["l14-reenvio-secretaria.eml"], "need_info", rules=["C2"],
       spec="Sec 8 forwards + C2: forwarded request names rtorres@grupoandino.pe, the sender is another address -> ask for it from the registered address.")

fwd = ("Me llegó este recibo dos veces y en la tarjeta tengo dos cargos de 1.499 rupias del mismo día. Devuélvanme "
       "el segundo, por favor.\n\n---------- Forwarded message ---------\nDe: LeadsOptima Billing "
       "<billing@leadsoptima.com>\nDate: mié, 24 sept 2025 a las 4:16\nSubject: Tu recibo de LeadsOptima\n"
       "To: <javier.nunez@gmail.com>\n\nGracias por tu pago.\nFactura: LO-INV-52152\nPlan: Mensual\n"
       "Importe: ₹1,499.00 + IVA\n")
K.mail("l15-reenvio-recibo.eml", "Javier Núñez <javier.nunez@gmail.com>", LO, "Fwd: Tu recibo de LeadsOptima",
       fwd, dt(2025, 9, 25, 8, 30, ES))
K.case("l15-reenvio-recibo", LOB, ["l15-reenvio-recibo.eml"], "decided", [R("approve", "1499.00")],
       spec="Forward from the registered address itself carrying our receipt: not C7 (From is the customer); duplicate pair 52151/52152 on 2025-09-24, email day 1 -> approve 1499.00.")

K.mail("l16-no-quiero-reembolso.eml", "Ignacio Paz <ignacio.paz@entel.cl>", LO, "Consulta factura",
       "Hola, no quiero reembolso ni nada por el estilo, solo quiero entender por qué en la factura "
       "LO-INV-52161 aparece el IVA desglosado distinto al mes pasado. Mi contador me lo preguntó.\n\nSaludos",
       dt(2025, 9, 15, 10, 0, CL))
K.case("l16-no-quiero-reembolso", LOB, ["l16-no-quiero-reembolso.eml"], "other",
       spec="Sec 8 negation: 'no quiero reembolso' + an invoice question -> other.")

K.mail("l17-antes-de-contratar.eml", "Andrés Lozano <andres.lozano.mx@gmail.com>", LO,
       "Pregunta antes de contratar",
       "Qué tal, estoy evaluando contratar el plan anual. Si lo contrato y a los dos meses veo que no me "
       "sirve, ¿me devolverían el dinero de los meses que no use? Gracias.", dt(2025, 9, 20, 13, 0, MX))
K.case("l17-antes-de-contratar", LOB, ["l17-antes-de-contratar.eml"], "other",
       spec="Sec 8 hypothetical before buying -> policy question, other.")

K.mail("l18-gracias-reembolso.eml", "Lucía Fernández <lucia.fernandez@telefonica.net>", LO,
       "Re: Cargo duplicado en la renovación anual",
       "Hola de nuevo, sólo para confirmaros que ya me ha llegado la devolución a la tarjeta. Muchas gracias "
       "por la rapidez.\n\nUn saludo,\nLucía", dt(2025, 9, 29, 16, 0, ES),
       irt="<lo-reply-52012@leadsoptima.com>")
K.case("l18-gracias-reembolso", LOB, ["l18-gracias-reembolso.eml"], "other",
       spec="Thank-you after a refund: no request -> other.")

K.mail("l19-factura-nit.eml", "Pilar Ocampo <pilar.ocampo@gmail.com>", LO, "Datos de facturación",
       "Buenas tardes, ¿me podrían reexpedir la factura LO-INV-52331 con la razón social de mi empresa? "
       "Les paso los datos: Ocampo Diseño S.A.S., NIT 900.123.456-7. Gracias.", dt(2025, 9, 18, 15, 0, CO))
K.case("l19-factura-nit", LOB, ["l19-factura-nit.eml"], "other",
       spec="Invoice question asking for neither refund nor cancellation -> other.")

K.mail("l20-fuera-oficina.eml", "Sofía Herrera <sofia.herrera@consultorahr.mx>", LO,
       "Respuesta automática: Re: Tu recibo de LeadsOptima",
       "Estaré fuera de la oficina hasta el 6 de octubre con acceso limitado al correo. Para temas urgentes "
       "de cancelaciones o reembolsos contactar a administracion@consultorahr.mx.",
       dt(2025, 9, 26, 8, 0, MX), headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})
K.case("l20-fuera-oficina", LOB, ["l20-fuera-oficina.eml"], "ignore", rules=["C7"],
       spec="C7: Auto-Submitted: auto-replied -> ignore even though it mentions cancellations and refunds.")

K.mail("l21-rebote.eml", "Mail Delivery Subsystem <MAILER-DAEMON@correo.une.net.co>", LO,
       "Mensaje no entregado: Re: Reembolso",
       "No se ha podido entregar el mensaje a uno o más destinatarios.\n\n<natalia.campos@une.net.co>: "
       "buzón lleno (552 5.2.2)\n", dt(2025, 9, 21, 6, 0, CO))
K.case("l21-rebote", LOB, ["l21-rebote.eml"], "ignore", rules=["C7"], spec="C7: MAILER-DAEMON bounce -> ignore.")

K.mail("l22-boletin.eml", "Novedades Marketing LatAm <boletin@marketinglatam.news>", LO,
       "¡Cancela tus dudas! 5 trucos de email marketing",
       "Edición de septiembre. ¿Quieres un reembolso de tu tiempo? Cancela las campañas que no convierten...\n"
       "Darse de baja: https://marketinglatam.news/baja", dt(2025, 9, 23, 7, 0, MX),
       headers={"List-Id": "Boletin Marketing LatAm <boletin.marketinglatam.news>", "Precedence": "bulk",
                "List-Unsubscribe": "<https://marketinglatam.news/baja>"})
K.case("l22-boletin", LOB, ["l22-boletin.eml"], "ignore", rules=["C7"], spec="C7: List-Id / Precedence bulk newsletter -> ignore.")

K.mail("l23-sin-motivo-firma.eml", "Ing. Héctor Gálvez <hector.galvez@constructoragalvez.com.mx>", LO,
       "Solicitud de reembolso factura LO-INV-52231",
       "Estimados señores:\n\nPor este conducto solicito el reembolso del cargo correspondiente a la factura "
       "LO-INV-52231.\n\nQuedo atento a sus comentarios.\n\nAtentamente,\nIng. Héctor Gálvez Treviño\nDirector "
       "de Operaciones | Constructora Gálvez S.A. de C.V.\nTel. 81 8123 4567\n\nAVISO DE CONFIDENCIALIDAD: Este "
       "correo y sus anexos son confidenciales y para uso exclusivo del destinatario. Si usted lo recibió por "
       "error, favor de notificarlo al remitente y eliminarlo.", dt(2025, 9, 27, 10, 0, MX))
K.case("l23-sin-motivo-firma", LOB, ["l23-sin-motivo-firma.eml"], "need_info", missing=["reason"],
       spec="Sec 8 what a reason is: restatement, courtesy line, signature and disclaimer are not reasons; plan filled from ledger (verified sender), invoice given -> ask for reason.")

m1 = K.mail("l24-hilo-1.eml", "Lorena Castillo <lorena.castillo@gmail.com>", LO, "Solicitud reembolso",
            "Buenos días, quiero solicitar el reembolso de la factura LO-INV-52242. Quedo pendiente.\nLorena",
            dt(2025, 9, 22, 8, 0, CO))
K.mail("l24-hilo-2.eml", "Lorena Castillo <lorena.castillo@gmail.com>", LO, "Re: Solicitud reembolso [LO-2417]",
       "Hola, perdón por la demora. El motivo es que me cobraron dos veces el mismo mes, el 19 salieron dos "
       "cargos iguales.\n\nEl lun, 22 sept 2025 a las 10:02, LeadsOptima Support <support@leadsoptima.com> escribió:\n"
       "> Para continuar necesitamos el motivo de su solicitud.\n", dt(2025, 9, 27, 19, 0, CO),
       irt="<lo-2417-ask@leadsoptima.com>", refs=f"{m1} <lo-2417-ask@leadsoptima.com>")
K.case("l24-hilo-motivo-duplicado", LOB, ["l24-hilo-1.eml", "l24-hilo-2.eml"], "decided", [R("approve", "1499.00")],
       spec="C3 thread: reason arrives in the reply; request time is the FIRST email (2025-09-22 IST, day 3 after 2025-09-19) though the reply is day 9 -> L4 approve 1499.00.")

m1 = K.mail("l25-hilo-1.eml", "Manuel Ortega <manuel.ortega@gmail.com>", LO, "Devolución",
            "Quiero la devolución de la factura LO-INV-52251.\n\nManuel Ortega\n--\nEnviado con Proton Mail",
            dt(2025, 9, 19, 12, 0, ES))
K.mail("l25-hilo-2.eml", "Manuel Ortega <manuel.ortega@gmail.com>", LO, "Re: Devolución [LO-2425]",
       "Pues porque al final no lo he usado casi nada y me parece caro para lo que ofrece.\n\n"
       "El 19/09/2025 a las 14:05, LeadsOptima Support escribió:\n> ¿Podría indicarnos el motivo?",
       dt(2025, 9, 20, 9, 0, ES), irt="<lo-2425-ask@leadsoptima.com>", refs=f"{m1} <lo-2425-ask@leadsoptima.com>")
K.case("l25-hilo-motivo-caro", LOB, ["l25-hilo-1.eml", "l25-hilo-2.eml"], "decided", [R("deny")],
       spec="C3 thread answered with a non-exception reason (barely used, too expensive) -> L1 deny.")

K.mail("l26-cargo-fallido.eml", "Beatriz Luna <beatriz.luna@hotmail.com>", LO, "Me cobraron dos veces",
       "Hola buenas tardes, en mi estado de cuenta aparecen dos cobros de Leadsoptima del 21 de septiembre, "
       "facturas LO-INV-52261 y LO-INV-52262, me pueden reembolsar el segundo? gracias\nBeatriz",
       dt(2025, 9, 23, 14, 0, MX))
K.case("l26-cargo-fallido", LOB, ["l26-cargo-fallido.eml"], "decided", [R("escalate")],
       spec="L4: charges 2025-09-21 18:00/18:02 IST (06:30 on the 21st in Mexico City); email 2025-09-24 01:30 IST = day 3; the second charge 52262 is 'failed' in the ledger, so there is no pair of PAID charges -> escalate (and sec 8: refund of a non-paid payment escalates).")

K.mail("l27-cobro-tras-cancelar.eml", "Gonzalo Vera <gonzalo.vera@gmail.com>", LO, "Cobro después de cancelar",
       "Estimados, cancelé mi plan en agosto y igual me siguieron cobrando el 18 de septiembre (LO-INV-52271). "
       "Solicito la devolución de ese cobro.\nGonzalo Vera", dt(2025, 9, 20, 10, 0, CL))
K.case("l27-cobro-tras-cancelar", LOB, ["l27-cobro-tras-cancelar.eml"], "decided", [R("escalate")],
       spec="L2 billing_error (charged after I cancelled), L5 in window (day 2) -> escalate.")

K.mail("l28-error-fuera-plazo.eml", "Natalia Campos <natalia.campos@une.net.co>", LO, "Cobro errado",
       "Buen día, me cobraron un valor errado en la factura LO-INV-52281, yo tenía un descuento y no me lo "
       "aplicaron. Solicito que me reintegren el dinero.", dt(2025, 9, 15, 9, 0, CO))
K.case("l28-error-fuera-plazo", LOB, ["l28-error-fuera-plazo.eml"], "decided", [R("deny")],
       spec="L3: billing error but charge 2025-09-01, email 2025-09-15 IST = day 14 > 7 -> deny.")

K.mail("l29-trimestral-doble.eml", "Lucas Benítez <lucas.benitez@speedy.com.ar>", LO, "Doble débito",
       "Buenas. Me debitaron dos veces el plan trimestral, $3.999,00 cada uno, el mismo día. Factura del "
       "segundo: LO/INV/52302. Espero la devolución. Abrazo, Lucas", dt(2025, 9, 30, 21, 0, AR))
K.case("l29-trimestral-doble", LOB, ["l29-trimestral-doble.eml"], "decided", [R("approve", "3999.00")],
       spec="L4 + sec 8 invoice refs (LO/INV/52302): charges 2025-09-24; sent 2025-09-30 21:00 -03:00 = 2025-10-01 05:30 IST = day 7, inside -> approve 3999.00.")

html = ("<html><body><div style=\"font-family:Calibri\">Buenas tardes,<br><br>Les pido de favor <b>cancelar</b> "
        "mi suscripción mensual, ya no la voy a necesitar porque cerré el negocio.<br><br>Saludos,<br>Ricardo Mena"
        "</div></body></html>")
K.mail("l30-html-baja.eml", "Ricardo Mena <ricardo.mena@hotmail.com>", LO, "Cancelar suscripción", None,
       dt(2025, 9, 16, 15, 0, MX), html=html)
K.case("l30-html-baja", LOB, ["l30-html-baja.eml"], "decided", [X("cancel", "2025-10-08")],
       spec="HTML-only mail; L8 cancel, current_period_end 2025-10-08.")

K.mail("l31-baja-sin-periodo.eml", "Elena Prieto <elena.prieto@gmail.com>", LO, "Baja LeadsOptima",
       "Hola. Quiero darme de baja del plan mensual, me voy a vivir fuera y no lo voy a usar. Gracias. Elena",
       dt(2025, 9, 20, 11, 0, ES))
K.case("l31-baja-sin-periodo", LOB, ["l31-baja-sin-periodo.eml"], "decided", [X("cancel", "2025-09-30")],
       spec="L8 fallback + sec 8 offsets: no current_period_end; last charge 2025-08-31T20:00Z = 2025-09-01 01:30 IST; +1 month -1 day = 2025-09-30.")

# ---------------------------------------------------------------- Optima WebDesign
K.mail("o01-anticipo-48h.eml", "Departamento de Compras <compras@olivardelsur.es>", OWD,
       "Solicitud de reembolso — Tienda Olivar / OWD-2025-301",
       "Estimados señores:\n\nLa junta de socios ha decidido aplazar el lanzamiento de la tienda online hasta "
       "2026, por lo que solicitamos la devolución del anticipo del proyecto Tienda Olivar, factura "
       "OWD-2025-301. Entendemos que aún no se ha iniciado ningún trabajo.\n\nAtentamente,\nAlmudena Ruiz\n"
       "Olivar del Sur S.L.", dt(2025, 9, 24, 11, 0, ES))
K.case("o01-anticipo-48h", OWB, ["o01-anticipo-48h.eml"], "decided", [R("approve", "40000.00")],
       spec="O2: deposit paid 2025-09-22 16:00 IST; email 2025-09-24 11:00 +02:00 = 14:30 IST = 46.5 h, no work -> approve 40000.00 (tax 7200 kept, C6).")

K.mail("o02-anticipo-72h-exactas.eml", "Dra. Paola Treviño <admin@sonrisaperfecta.mx>", OWD,
       "Cancelación proyecto y devolución de anticipo",
       "Buenos días, por cuestiones de presupuesto no vamos a seguir con el sitio de la Clínica Dental Sonrisa "
       "Perfecta. Solicito el reembolso del anticipo, factura OWD-2025-302.\nDra. Paola Treviño",
       dt(2025, 9, 18, 9, 0, MX))
K.case("o02-anticipo-72h-exactas", OWB, ["o02-anticipo-72h-exactas.eml"], "decided", [R("deny")], extra_ok=True,
       spec="Sec 8 exactly 72 h: paid 2025-09-15 20:30 IST = 15:00 UTC; email 2025-09-18 09:00 -06:00 = 15:00 UTC -> not before 72 h -> deny (O2). extra_ok: a cancellation decision for the project is harmless.")

K.mail("o03-anticipo-trabajo-iniciado.eml", "Bodega Malbec <ventas@bodegamalbec.com.ar>", OWD,
       "Reintegro seña Bodega Malbec Online",
       "Hola chicos, les escribo porque el socio se bajó del proyecto y no tenemos cómo seguir. Pedimos el "
       "reintegro de la seña (OWD-2025-303) de Bodega Malbec Online. Pagamos ayer nomás.\n\nSaludos, Nico",
       dt(2025, 9, 26, 18, 0, AR))
K.case("o03-anticipo-trabajo-iniciado", OWB, ["o03-anticipo-trabajo-iniciado.eml"], "decided", [R("deny")], extra_ok=True,
       spec="O2 whichever first: paid 2025-09-25 10:00; work started 2025-09-26 11:00; email 2025-09-26 18:00 -03:00 = 2025-09-27 02:30 IST (40.5 h, but after work began) -> deny. extra_ok: the customer gives the project up ('no tenemos cómo seguir'), so a cancellation decision is harmless.")

K.mail("o04-discovery-sin-factura.eml", "Gerencia Café Quindío <gerencia@cafequindio.co>", OWD,
       "Reembolso sesión de descubrimiento",
       "Buenas tardes, pagamos la fase de descubrimiento del proyecto Café Quindío pero la gerencia decidió "
       "hacer la página con un primo del dueño (sí, así es esto). Todavía no hemos tenido ninguna sesión, "
       "entonces pedimos que nos devuelvan el pago.\n\nCordialmente,\nMariana Ospina", dt(2025, 9, 19, 15, 0, CO))
K.case("o04-discovery-sin-factura", OWB, ["o04-discovery-sin-factura.eml"], "decided", [R("approve", "15000.00")],
       spec="O1: work_started_at 2025-09-25 is later than the request (2025-09-20 01:30 IST) -> approve 15000.00; invoice not written but filled from the ledger (project has exactly one payment, sec 1).")

K.mail("o05-discovery-iniciado.eml", "Viña Los Andes <contacto@vinalosandes.cl>", OWD,
       "Devolución discovery Viña Los Andes OWD-2025-305",
       "Hola, después de la primera sesión nos dimos cuenta de que no es lo que buscábamos, el enfoque no "
       "nos convenció. Queremos la devolución de la factura OWD-2025-305.\nSaludos cordiales", dt(2025, 9, 16, 12, 0, CL))
K.case("o05-discovery-iniciado", OWB, ["o05-discovery-iniciado.eml"], "decided", [R("deny")],
       spec="O1: sessions began 2025-09-12, before the request -> deny.")

K.mail("o06-hito-no-iniciado.eml", "Proyectos Inmobiliaria Lima Norte <proyectos@inmolimanorte.pe>", OWD,
       "Inmobiliaria Lima Norte - devolución hito 2",
       "Estimados, cambiamos de estrategia comercial y el módulo de tours virtuales (hito 2) ya no va. Como "
       "todavía no han empezado con ese hito, solicitamos la devolución de la factura OWD-2025-307 "
       "(S/ 60 000 + impuestos según la factura). El hito 1 ya lo tenemos conforme.\n\nAtte.\nGiancarlo Paredes",
       dt(2025, 9, 23, 10, 0, PE))
K.case("o06-hito-no-iniciado", OWB, ["o06-hito-no-iniciado.eml"], "decided", [R("approve", "60000.00")],
       spec="O3: milestone OWD-2025-307 not_started -> approve its amount 60000.00 before tax; the customer's currency/amount is ignored.")

K.mail("o07-hito-en-curso.eml", "Academia Flamenco Triana <hola@flamencotriana.es>", OWD,
       "Parar el hito de la web",
       "Buenas, queremos parar el hito que estáis haciendo ahora (factura OWD-2025-308) del proyecto Academia "
       "Flamenco Triana, porque la academia cambia de local y de nombre. Pedimos que nos devolváis lo que no "
       "se haya hecho todavía.\nGracias y un saludo,\nRocío", dt(2025, 9, 22, 19, 0, ES))
K.case("o07-hito-en-curso", OWB, ["o07-hito-en-curso.eml"], "decided", [R("escalate")], extra_ok=True,
       spec="O3: milestone in_progress -> escalate (value of work not started needs a person). extra_ok: a stop/cancel decision is harmless.")

K.mail("o08-hito-aprobado.eml", "Taller Hermanos Ruiz <tallerhnosruiz@gmail.com>", OWD, "devolucion",
       "buenas tardes quiero que me regresen lo del hito OWD-2025-309 del proyecto Taller Hermanos Ruiz porque "
       "la pagina no me esta trayendo clientes como dijeron", dt(2025, 9, 17, 16, 0, MX))
K.case("o08-hito-aprobado", OWB, ["o08-hito-aprobado.eml"], "decided", [R("deny")],
       spec="O3/O6: milestone approved -> deny.")

K.mail("o09-retainer-con-aviso.eml", "Gestoría Martínez <info@gestoriamartinez.es>", OWD,
       "Baja del mantenimiento mensual - Gestoría Martínez",
       "Buenos días:\n\nOs comunicamos que queremos dar de baja el servicio mensual (retainer) de la Gestoría "
       "Martínez, factura OWD-2025-310. El motivo es que hemos contratado a una persona en plantilla que se "
       "encargará de la web.\n\nUn saludo,\nJosé Luis Martínez", dt(2025, 9, 26, 9, 0, ES))
K.case("o09-retainer-con-aviso", OWB, ["o09-retainer-con-aviso.eml"], "decided", [X("cancel", "2025-10-04")],
       spec="O4/O8: next_billing_at 2025-10-05; email 2025-09-26 IST <= 2025-09-28 (7 days' notice) -> cancel, effective 2025-10-04.")

K.mail("o10-retainer-tarde.eml", "Compras El Tornillo <compras@eltornillo.mx>", OWD,
       "Cancelación retainer Ferretería El Tornillo",
       "Buenas noches, les aviso con tiempo (una semana antes del día primero) que cancelamos el retainer "
       "mensual de Ferretería El Tornillo, factura OWD-2025-311. Ya no nos da el presupuesto este año.\n"
       "Saludos, Arturo", dt(2025, 9, 24, 19, 0, MX))
K.case("o10-retainer-tarde", OWB, ["o10-retainer-tarde.eml"], "decided", [X("cancel", "2025-10-31")],
       spec="O4: next_billing_at 2025-10-01; cutoff 2025-09-24. Sent 2025-09-24 19:00 -06:00 = 2025-09-25 06:30 IST -> late: next cycle billed, effective last day of that cycle 2025-10-31.")

K.mail("o11-retainer-prepagado.eml", "Estudio Contable Pampa <estudio@contablepampa.com.ar>", OWD,
       "Baja abono mensual Estudio Contable Pampa",
       "Buenas, queremos dar de baja el abono de mantenimiento del proyecto Estudio Contable Pampa (facturas "
       "OWD-2025-312 y OWD-2025-313). Nos fusionamos con otro estudio que ya tiene su web.\nSaludos, Carla",
       dt(2025, 9, 20, 10, 0, AR))
K.case("o11-retainer-prepagado", OWB, ["o11-retainer-prepagado.eml"], "decided", [X("escalate")],
       spec="Sec 8 retainer paid in advance: the next cycle (2025-10-10..11-09) is already paid and notice >= 7 days -> escalate.")

K.mail("o12-hosting-14-dias.eml", "Hostal Mar Azul <reservas@hostalmarazul.es>", OWD,
       "Cancelar hosting anual Hostal Mar Azul",
       "Hola,\n\nqueremos cancelar el hosting anual del Hostal Mar Azul (OWD-2025-314) y que nos devolváis lo "
       "que corresponda: nos ha salido más barato incluirlo con la plataforma de reservas.\n\nGracias,\nNerea",
       dt(2025, 9, 25, 13, 0, ES))
K.case("o12-hosting-14-dias", OWB, ["o12-hosting-14-dias.eml"], "decided", [R("approve", "12374.08")], extra_ok=True,
       spec="O5: service_start 2025-09-15, email day 10; 14999.00 - 1500.00 - (13499/12 = 1124.9166..) x 1 = 12374.0833 -> 12374.08 (rounded once, C6). extra_ok: the cancellation part.")

K.mail("o13-mantenimiento-tarde.eml", "Depto. Sistemas <sistemas@colegiosanignacio.cl>", OWD,
       "Reembolso plan de mantención anual",
       "Estimados: solicitamos dejar sin efecto el plan de mantención anual del proyecto Colegio San Ignacio "
       "(OWD-2025-315) y el reembolso proporcional, ya que el colegio internalizó el soporte.\n\nAtte.",
       dt(2025, 9, 20, 10, 0, CL))
K.case("o13-mantenimiento-tarde", OWB, ["o13-mantenimiento-tarde.eml"], "decided", [R("deny")], extra_ok=True,
       spec="O5: service_start 2025-09-01; email 2025-09-20 IST = day 19 > 14 -> deny. extra_ok: the customer asks to end the plan ('dejar sin efecto'), so a cancellation decision is harmless.")

K.mail("o14-mantenimiento-dia14.eml", "Restaurante La Chingana <admin@lachingana.pe>", OWD,
       "Cancelar mantenimiento La Chingana",
       "Buenas noches, queremos cancelar el mantenimiento anual del Restaurante La Chingana, factura "
       "OWD-2025-316, y pedir la devolución de lo que corresponda. El restaurante cierra por remodelación.\n"
       "Atentamente, Lucho", dt(2025, 9, 23, 22, 0, PE))
K.case("o14-mantenimiento-dia14", OWB, ["o14-mantenimiento-dia14.eml"], "decided", [R("approve", "20350.00")], extra_ok=True,
       spec="O5: service_start 2025-09-10; sent 2025-09-23 22:00 -05:00 = 2025-09-24 08:30 IST = day 14, inside; 24000 - 1800 - 1850 x 1 = 20350.00.")

K.mail("o15-dominio.eml", "Doña Chelo <donachelo.pan@gmail.com>", OWD, "reembolso dominio",
       "Hola mijo, me cobraron el dominio .com.mx de la Panadería Doña Chelo (OWD-2025-317) pero yo ya tenía "
       "uno que me hizo mi sobrino, no necesito otro. Me lo devuelven por favor.", dt(2025, 9, 22, 12, 0, MX))
K.case("o15-dominio", OWB, ["o15-dominio.eml"], "decided", [R("deny")],
       spec="O6: third_party (domain) -> deny, Non-refundable items.")

K.mail("o16-urgencia.eml", "Producto Fintech Chapinero <producto@fintechchapinero.co>", OWD,
       "Devolución recargo por urgencia",
       "Hola equipo, al final el lanzamiento se corrió para noviembre, entonces el recargo de entrega urgente "
       "(OWD-2025-318) del proyecto Fintech Chapinero ya no tiene sentido. ¿Nos lo devuelven?\nJuan Pablo",
       dt(2025, 9, 24, 11, 0, CO))
K.case("o16-urgencia", OWB, ["o16-urgencia.eml"], "decided", [R("deny")], spec="O6: rush fee -> deny.")

K.mail("o17-amenaza-banco.eml", "Gerencia Óptica Visión Clara <gerencia@opticavisionclara.es>", OWD,
       "Devolución anticipo Óptica Visión Clara",
       "Les exijo la devolución del anticipo OWD-2025-319 del proyecto Óptica Visión Clara: llevan tres semanas "
       "sin enseñarnos nada. Si no, pediré a mi banco la retrocesión del cargo y pondré una reclamación en "
       "Consumo.\nFernando Gil", dt(2025, 9, 25, 10, 0, ES))
K.case("o17-amenaza-banco", OWB, ["o17-amenaza-banco.eml"], "decided", [R("escalate")], rules=["C4"],
       spec="C4: bank reversal + consumer complaint threat -> escalate (though O2 alone would deny).")

K.mail("o18-desde-gmail.eml", "Almudena Ruiz <almudena.ruiz.olivar@gmail.com>", OWD, "Anticipo Tienda Olivar",
       "Hola, soy Almudena de Olivar del Sur. Os escribo desde mi Gmail porque estoy de viaje: necesitamos "
       "que nos devolváis el anticipo de la Tienda Olivar (OWD-2025-301), se aplaza el proyecto.\nAlmudena",
       dt(2025, 9, 24, 9, 0, ES))
K.case("o18-desde-gmail", OWB, ["o18-desde-gmail.eml"], "need_info", rules=["C2"],
       spec="C2 (explicit for Optima): not the contract email compras@olivardelsur.es -> ask to write from it.")

K.mail("o19-baja-sin-motivo.eml", "Dirección Academia Babel <direccion@academiababel.es>", OWD,
       "Baja retainer Academia Babel - OWD-2025-320",
       "Buenos días,\n\nles escribo para solicitar la baja del retainer del proyecto Academia Babel, factura "
       "OWD-2025-320.\n\nUn saludo cordial,\nIrene Castaño\nDirectora\n\nEste mensaje se dirige exclusivamente a "
       "su destinatario. Antes de imprimir este correo, piense en el medio ambiente.", dt(2025, 9, 29, 9, 0, ES))
K.case("o19-baja-sin-motivo", OWB, ["o19-baja-sin-motivo.eml"], "need_info", missing=["reason"],
       spec="Sec 8: Optima requires a reason for cancellations too; project and invoice given, signature/disclaimer are not reasons -> ask for reason.")

K.mail("o20-reembolso-sin-motivo.eml", "Fundación Manos Unidas <admin@manosunidascusco.org>", OWD,
       "Refund Request — Fundación Manos Unidas Cusco / OWD-2025-321",
       "Señores Optima WebDesign:\n\nMediante la presente solicitamos el reembolso de la factura OWD-2025-321 "
       "correspondiente al proyecto Fundación Manos Unidas Cusco.\n\nSin otro particular, quedamos de ustedes.\n\n"
       "Atentamente,\nLic. Rosa Huamán\nAdministración", dt(2025, 9, 29, 9, 0, PE))
K.case("o20-reembolso-sin-motivo", OWB, ["o20-reembolso-sin-motivo.eml"], "need_info", missing=["reason"],
       spec="Sec 8 reason: formal restatement + courtesy lines are not a reason -> need_info reason.")

m1 = K.mail("o21-hilo-1.eml", "Escuela de Surf Máncora <olas@surfmancora.pe>", OWD,
            "Reembolso anticipo Escuela de Surf Máncora",
            "Hola, pedimos el reembolso del anticipo OWD-2025-322, proyecto Escuela de Surf Máncora.\nGracias",
            dt(2025, 9, 27, 9, 0, PE))
K.mail("o21-hilo-2.eml", "Escuela de Surf Máncora <olas@surfmancora.pe>", OWD,
       "RE: Reembolso anticipo Escuela de Surf Máncora [OWD-3310]",
       "El motivo: el fenómeno del Niño nos obligó a cerrar la temporada y no podemos invertir en la web este "
       "año.\n\n________________________________\nDe: Optima WebDesign <optimawebdesigns12@gmail.com>\nEnviado: "
       "sábado, 27 de septiembre de 2025 20:10\nAsunto: Re: Reembolso anticipo\n\n> Indíquenos el motivo, por favor.",
       dt(2025, 9, 30, 8, 0, PE), irt="<owd-3310-ask@optimawebdesign.com>", refs=f"{m1} <owd-3310-ask@optimawebdesign.com>")
K.case("o21-hilo-motivo", OWB, ["o21-hilo-1.eml", "o21-hilo-2.eml"], "decided", [R("approve", "22000.00")],
       spec="C3 thread: request time is the first email, 2025-09-27 19:30 IST = 31.5 h after 2025-09-26 12:00, no work -> O2 approve 22000.00 (the reply is later than 72 h).")

K.mail("o22-otra-marca.eml", "Lucía Fernández <lucia.fernandez@telefonica.net>", OWD, "Cobro duplicado",
       "Hola, me habéis cobrado dos veces la suscripción anual, factura LO-INV-52012. Devolvedme uno.\nLucía",
       dt(2025, 9, 18, 10, 30, ES))
K.case("o22-otra-marca", OWB, ["o22-otra-marca.eml"], "need_info", rules=["C2"],
       spec="Sec 8 the other brand's customer: sent to Optima, ledger searched in Optima only -> unknown sender, C2/C3.")

K.mail("o23-pago-reembolsado.eml", "Veterinaria Patitas <citas@vetpatitas.mx>", OWD,
       "Devolución anticipo Veterinaria Patitas",
       "Hola, pedimos la devolución del anticipo OWD-2025-325 del proyecto Veterinaria Patitas porque "
       "la doctora decidió vender la clínica.\nSaludos", dt(2025, 9, 25, 10, 0, MX))
K.case("o23-pago-reembolsado", OWB, ["o23-pago-reembolsado.eml"], "decided", [R("escalate")],
       spec="Sec 8: payment status 'refunded' (not paid) -> refund escalate, never approve.")

K.mail("o24-consulta-hosting.eml", "Hostal Mar Azul <reservas@hostalmarazul.es>", OWD, "Duda factura hosting",
       "Hola, no os pido ninguna devolución, tranquilos. Solo quería saber si la factura OWD-2025-314 "
       "incluye el certificado SSL o va aparte.\nNerea", dt(2025, 9, 17, 10, 0, ES))
K.case("o24-consulta-hosting", OWB, ["o24-consulta-hosting.eml"], "other",
       spec="Negation + invoice question: no request -> other.")

K.mail("o25-fuera-oficina-owd.eml", "Gestoría Martínez <info@gestoriamartinez.es>", OWD,
       "Fuera de la oficina: Re: Baja del mantenimiento mensual",
       "Gracias por su mensaje. La oficina permanecerá cerrada hasta el lunes.", dt(2025, 9, 27, 8, 0, ES),
       headers={"Auto-Submitted": "auto-replied"})
K.case("o25-fuera-oficina-owd", OWB, ["o25-fuera-oficina-owd.eml"], "ignore", rules=["C7"], spec="C7 auto-reply -> ignore.")

K.write(LEDGER)
print(len(K.cases), "cases")
