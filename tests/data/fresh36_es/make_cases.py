#!/usr/bin/env python3
"""fresh36_es: held-out Spanish cases (Almería greenhouses, Jaén olive cooperatives, Huelva, Salamanca,
León, Córdoba (Argentina), Santa Cruz de la Sierra, Barranquilla/Cartagena, Montreal, Stockholm, Spanish
written by Korean, Quechua-first and US college English-first writers).

Stdlib only, deterministic: run from this folder, it writes ledger.json, emails/*.eml, expected.json.
MIT, like the project; all names, firms and text invented for this project.
"""

from __future__ import annotations

from pathlib import Path

from kit36 import LOB, OWB, R, Round, X, d, hours, ist_day, tz

HERE = Path(__file__).resolve().parent
RD = Round(HERE, "es", "fresh36-es", {"buenos dias": (5, 12), "buenos días": (5, 12),
                                       "buenas tardes": (12, 20), "buenas noches": (19, 5)})
cust, lopay, proj, owpay, case = RD.cust, RD.lopay, RD.proj, RD.owpay, RD.case
ES, AR, BO, CO, MTL, STO, KR, OH = tz(2), tz(-3), tz(-4), tz(-5), tz(-4), tz(2), tz(9), tz(-4)
SUP = "Soporte LeadsOptima <support@leadsoptima.com>"
OWD = "Optima WebDesign <optimawebdesigns12@gmail.com>"


def chk(paid, when, n):
    assert ist_day(paid, when) == n, (paid, when, ist_day(paid, when), n)


# =============================== LeadsOptima ===============================================
cust("invernaderos.tabernas@gmail.com", "Invernaderos Tabernas", "monthly", start="2025-09-18", end="2025-10-17")
lopay("e36_01", "LO-INV-36101", "invernaderos.tabernas@gmail.com", "monthly", "1499.00", "2025-09-18T13:10:00",
      "2025-09-18", "2025-10-17")
lopay("e36_02", "LO-INV-36102", "invernaderos.tabernas@gmail.com", "monthly", "1499.00", "2025-09-18T13:11:30",
      "2025-09-18", "2025-10-17")
w = d(2025, 9, 20, 7, 15, ES); chk("2025-09-18T13:11:30", w, 2)
case("es-l01-almeria-invernadero-dictado", LOB, "decided", [(
    "Paco Saez Cara <invernaderos.tabernas@gmail.com>", SUP, "cobro repetido", w,
    "buenos dias les escribo desde el invernadero que aqui no hay cobertura casi y lo digo por el movil\n"
    "el jueves dieciocho me cobrasteis dos veces el plan mensual mil cuatrocientos noventa y nueve rupias "
    "cada vez que yo eso lo vi en el banco a la primera el segundo recibo pone LO INV 36102 punto\n"
    "devolvedme ese segundo cobro que pague dos veces lo mismo\n"
    "un saludo paco\ninvernaderos tabernas nijar almeria\n\nEnviado desde mi Xiaomi\n")],
    [R("approve", "1499.00")],
    spec="L2 duplicate, L4: two paid monthly charges 2025-09-18 same period; mail 2025-09-20 IST day 2; invoice "
         "'LO INV 36102' (s.8 spacing) = the later charge: approve 1499.00 before tax.")

cust("gerencia@coopsanisidrojodar.es", "Coop. San Isidro de Jódar", "annual", start="2025-09-12", end="2026-09-11")
lopay("e36_03", "LO-INV-36103", "gerencia@coopsanisidrojodar.es", "annual", "11988.00", "2025-09-12T12:00:00",
      "2025-09-12", "2026-09-11")
case("es-l02-jaen-secretaria-reenvia-rv", LOB, "need_info", [(
    "Secretaría Cooperativa <secretaria.coopjodar@gmail.com>", SUP, "RV: cargo doble licencia anual",
    d(2025, 9, 16, 10, 5, ES),
    "Buenos días, os reenvío lo que me pasa el gerente, que él no sabe manejar el correo nuevo.\n"
    "Un saludo, Mari Carmen (secretaría)\n\n"
    "________________________________\n"
    "De: Gerencia Coop San Isidro <gerencia@coopsanisidrojodar.es>\n"
    "Enviado: lunes, 15 de septiembre de 2025 19:40\n"
    "Para: Secretaría Cooperativa <secretaria.coopjodar@gmail.com>\n"
    "Asunto: cargo doble licencia anual\n\n"
    "Mari Carmen, escríbele a los de LeadsOptima que en la tarjeta de la cooperativa han pasado dos veces la "
    "anualidad (11.988 rupias cada una) y que devuelvan una. Nuestro correo con ellos es "
    "gerencia@coopsanisidrojodar.es.\nJuan Antonio\n")],
    rules=["C2"],
    spec="C2 + s.8 forwards: a forwarded request naming the registered gerencia@ address, sent from the "
         "secretary's gmail (not on record): need_info, ask to write from the registered address.")

cust("export@fresonesdonana.es", "Fresones Doñana SL", "quarterly", start="2025-09-15", end="2025-12-14")
lopay("e36_04", "LO-INV-36104", "export@fresonesdonana.es", "quarterly", "3999.00", "2025-09-15T14:30:00",
      "2025-09-15", "2025-12-14")
lopay("e36_05", "LO-INV-36105", "export@fresonesdonana.es", "quarterly", "3999.00", "2025-09-15T14:31:00",
      "2025-09-15", "2025-12-14")
w = d(2025, 9, 23, 9, 0, ES); chk("2025-09-15T14:31:00", w, 8)
case("es-l03-huelva-fresas-dia-8", LOB, "decided", [(
    "Rocío Garrocho - Fresones Doñana <export@fresonesdonana.es>", SUP, "Duplicado trimestre LO-INV-36105", w,
    "Buenos días:\n\nCon la campaña de plantación encima no he podido escribir antes. El lunes 15 se nos "
    "cargó dos veces el plan trimestral (3.999,00 INR), facturas LO-INV-36104 y LO-INV-36105. Solicitamos "
    "la devolución de la segunda.\n\nAtentamente,\nRocío Garrocho\nDpto. Exportación - Fresones Doñana SL\n"
    "Moguer (Huelva)\n")],
    [R("deny")],
    spec="L3: charges 2025-09-15 IST; mail 2025-09-23 09:00 +02 = 12:30 IST, day 8 > 7: deny citing the window.")

cust("academia.unamuno.sal@gmail.com", "Academia Unamuno", "monthly", start="2025-09-20", end="2025-10-19")
lopay("e36_06", "LO-INV-36106", "academia.unamuno.sal@gmail.com", "monthly", "1499.00", "2025-09-20T15:00:00",
      "2025-09-20", "2025-10-19")
lopay("e36_07", "LO-INV-36107", "academia.unamuno.sal@gmail.com", "monthly", "1499.00", "2025-09-20T15:02:00",
      "2025-09-20", "2025-10-19")
w = d(2025, 9, 27, 22, 45, ES); chk("2025-09-20T15:02:00", w, 8)
case("es-l04-salamanca-sabado-noche-dia-8", LOB, "decided", [(
    "Academia Unamuno <academia.unamuno.sal@gmail.com>", SUP, "dos cobros el sábado 20", w,
    "Buenas noches. Soy Lucía, de la Academia Unamuno (clases de español para Erasmus, Salamanca). Justo hoy "
    "hace una semana, el sábado 20, nos pasasteis el mensual dos veces: LO-INV-36106 y LO-INV-36107. "
    "Pedimos que nos devolváis el segundo cargo.\nGracias y perdonad las horas.\nLucía\n")],
    [R("deny")],
    spec="L3 in the brand's zone: charge 2025-09-20 IST; mail 2025-09-27 22:45 +02 = 2025-09-28 02:15 IST, "
         "day 8 (the writer's 'a week' is day 7 locally): deny.")

cust("rodados.quintana@gmail.com", "Rodados Quintana", "monthly", start="2025-09-20", end="2025-10-19")
lopay("e36_08", "LO-INV-36108", "rodados.quintana@gmail.com", "monthly", "1499.00", "2025-09-20T11:40:00",
      "2025-09-20", "2025-10-19")
lopay("e36_09", "LO-INV-36109", "rodados.quintana@gmail.com", "monthly", "1499.00", "2025-09-20T11:41:00",
      "2025-09-20", "2025-10-19")
w = d(2025, 9, 26, 21, 50, AR); chk("2025-09-20T11:41:00", w, 7)
case("es-l05-cordoba-ar-dia-7-hora-india", LOB, "decided", [(
    "Nacho Quintana <rodados.quintana@gmail.com>", SUP, "Me debitaron 2 veces, loco", w,
    "Buenas noches! Che, les escribo de Córdoba capital. El sábado 20 me debitaron dos veces el mensual "
    "de LeadsOptima de la tarjeta, 1.499 rupias cada uno (que al cambio me salió un fangote). "
    "Los comprobantes son LO-INV-36108 y LO-INV-36109. Devuélvanme el segundo, el 36109, porfa.\n"
    "Abrazo,\nNacho\nRodados Quintana - repuestos de motos, barrio Alberdi\n")],
    [R("approve", "1499.00")],
    spec="L4: duplicate 2025-09-20; mail 2025-09-26 21:50 -03 = 2025-09-27 06:20 IST, day 7, inside L3: approve "
         "the later charge 1499.00.")

cust("despacho@caracoliexpress.com.co", "Caracolí Express", "monthly", start="2025-09-24", end="2025-10-23")
for pid, inv, t in (("e36_10", "LO-INV-36110", "17:00:00"), ("e36_11", "LO-INV-36111", "17:00:45"),
                    ("e36_12", "LO-INV-36112", "17:02:10")):
    lopay(pid, inv, "despacho@caracoliexpress.com.co", "monthly", "1499.00", f"2025-09-24T{t}",
          "2025-09-24", "2025-10-23")
w = d(2025, 9, 25, 6, 20, CO); chk("2025-09-24T17:02:10", w, 1)
case("es-l06-barranquilla-despachador-tres-cobros", LOB, "decided", [(
    "Despacho Caracolí Express <despacho@caracoliexpress.com.co>", SUP, "TRES COBROS MISMO DIA", w,
    "Buenos días, mi llave. Le escribe Yeison, el despachador de turno de Caracolí Express (Barranquilla). "
    "Antes de que salgan los camiones revisé el extracto y aparecen tres cobros iguales de LeadsOptima del "
    "24/09, de 1.499 cada uno: LO-INV-36110, LO-INV-36111 y LO-INV-36112. Tenemos UN solo plan mensual, "
    "o sea que pagamos tres veces lo mismo. Devuelvan los dos que sobran.\n\nYeison Ariza\nDespacho nocturno\n"
    "Cel. 300 000 0000\n")],
    [R("approve", "2998.00")],
    spec="s.8 three identical charges: the 2nd and 3rd are duplicates, both inside L3 (day 1): 1499.00 x 2 = 2998.00.")

cust("lab.dentalbernesga@gmail.com", "Laboratorio Dental Bernesga", "quarterly", start="2025-09-22",
     end="2025-12-21")
lopay("e36_13", "LO-INV-36113", "lab.dentalbernesga@gmail.com", "quarterly", "3999.00", "2025-09-22T12:30:00",
      "2025-09-22", "2025-12-21")
w = d(2025, 9, 24, 16, 5, ES); chk("2025-09-22T12:30:00", w, 2)
case("es-l07-leon-lab-dental-sin-par", LOB, "decided", [(
    "Lab. Dental Bernesga <lab.dentalbernesga@gmail.com>", SUP, "Cobro duplicado?", w,
    "Buenas tardes,\n\nSomos un laboratorio de prótesis dental de León. Nuestra gestora dice que en el "
    "extracto de septiembre aparece el trimestre de LeadsOptima pagado dos veces, 3.999 rupias el día 22. "
    "Os pido que reviséis el cobro duplicado y nos devolváis uno.\n\nUn saludo,\nÁlvaro Fernández Llamas\n"
    "Protésico dental colegiado\nLaboratorio Dental Bernesga - León\n")],
    [R("escalate")],
    spec="L4: 'charged twice' inside the window (day 2), but the ledger holds one charge only (LO-INV-36113, "
         "the account's one payment identifies it): no pair -> escalate, no amount.")

cust("vargas.ljungberg@post.example.se", "Paula Vargas Ljungberg", "quarterly", start="2025-09-19", end="2025-12-18")
lopay("e36_14", "LO-INV-36114", "vargas.ljungberg@post.example.se", "quarterly", "3999.00",
      "2025-09-19T14:00:00", "2025-09-19", "2025-12-18")
w = d(2025, 9, 23, 20, 10, STO); chk("2025-09-19T14:00:00", w, 4)
case("es-l08-estocolmo-cambio-de-idea", LOB, "decided", [(
    "Paula Vargas Ljungberg <vargas.ljungberg@post.example.se>", SUP, "Återbetalning / reembolso", w,
    "Hej! Perdón, escribo en español que es más fácil para mí.\n\nContraté el plan trimestral hace unos días "
    "(factura LO-INV-36114) para la tienda de cerámica, pero al final mi socio sueco prefiere seguir con "
    "hojas de Excel y no lo vamos a usar. Me gustaría que me devolvieran el importe, casi ni lo abrimos.\n\n"
    "Tack så mycket,\nPaula\nVasastan, Stockholm\n")],
    [R("deny")],
    spec="L1: 'not going to use it / partner prefers Excel' is not an L2 reason: deny, cancellation offered. "
         "No cancellation asked.")

cust("beats.lamontagne@quebecnet.example", "Rafa Lamontagne", "monthly", start="2025-09-10", end="2025-10-09")
lopay("e36_15", "LO-INV-36115", "beats.lamontagne@quebecnet.example", "monthly", "1499.00", "2025-09-10T16:45:00",
      "2025-09-10", "2025-10-09")
w = d(2025, 9, 29, 23, 30, MTL)
case("es-l09-montreal-productor-cancelar-y-devolver", LOB, "decided", [(
    "Rafa Lamontagne <beats.lamontagne@quebecnet.example>", SUP, "cancel + refund du reste", w,
    "yo! soy Rafa, productor musical en Montreal (el Mile End). Mira, voy a cerrar el estudio en octubre y "
    "ya no necesito captar clientes. Cancelen mi plan mensual y devuélvanme lo que queda del mes que no "
    "voy a usar, c'est tout.\nmerci / gracias\nRafa L.\n-- \nLAMONTAGNE BEATS · mixing & mastering\n")],
    [R("deny"), X("cancel", "2025-10-09")],
    spec="L1 'unused days' refund: deny; L8 cancel effective current_period_end 2025-10-09.")

cust("hostal.clerecia@gmail.com", "Hostal La Clerecía", "monthly", status="cancelled", start="2025-08-25",
     end="2025-09-24")
lopay("e36_16", "LO-INV-36116", "hostal.clerecia@gmail.com", "monthly", "1499.00", "2025-08-25T12:00:00",
      "2025-08-25", "2025-09-24")
lopay("e36_17", "LO-INV-36117", "hostal.clerecia@gmail.com", "monthly", "1499.00", "2025-09-25T12:00:00",
      "2025-09-25", "2025-10-24")
w = d(2025, 9, 26, 11, 0, ES); chk("2025-09-25T12:00:00", w, 1)
case("es-l10-salamanca-hostal-cobro-tras-baja", LOB, "decided", [(
    "Hostal La Clerecía <hostal.clerecia@gmail.com>", SUP, "Cobro después de darnos de baja", w,
    "Buenos días,\n\nEl mes pasado dimos de baja el plan (lo hizo mi hermano desde Facturación > Cancelar), y "
    "aun así ayer nos habéis cobrado otro mes: factura LO-INV-36117. Es un error de facturación, no "
    "tendría que haberse cobrado. Solicito el reembolso.\n\nSaludos desde la Rúa Mayor,\nBeatriz Sánchez\n"
    "Hostal La Clerecía · Salamanca\n")],
    [R("escalate")],
    spec="L2 billing_error ('charged after I cancelled'), day 1: L5 escalate with LO-INV-36117.")

cust("olivar.mancha.real@gmail.com", "Aceites Mancha Real", "monthly", start="2025-09-21", end="2025-10-20")
lopay("e36_18", "LO-INV-36118", "olivar.mancha.real@gmail.com", "annual", "11988.00", "2025-09-21T12:15:00",
      "2025-09-21", "2026-09-20")
w = d(2025, 9, 22, 9, 45, ES); chk("2025-09-21T12:15:00", w, 1)
case("es-l11-jaen-plan-equivocado", LOB, "decided", [(
    "Aceites Mancha Real <olivar.mancha.real@gmail.com>", SUP, "Me habéis cobrado el plan anual y es mensual", w,
    "Buenos días. Nosotros tenemos el plan MENSUAL, lo pone en la cuenta, y el domingo nos habéis cargado "
    "11.988 rupias del plan anual (LO-INV-36118). Eso es un error en el cobro, nos cobraron el plan que no "
    "es. Quiero que me devolváis ese cargo y me cobréis lo del mensual.\n\nFrancisco (Paco) Moreno\n"
    "Almazara - Mancha Real (Jaén)\n")],
    [R("escalate")],
    spec="L2 billing_error ('charged for the wrong plan'), day 1: L5 escalate, no amount.")

cust("campo.coopolivarbaeza@gmail.com", "Coop. Olivarera Baeza", "quarterly", start="2025-09-24", end="2025-12-23")
lopay("e36_19", "LO-INV-36119", "campo.coopolivarbaeza@gmail.com", "quarterly", "3999.00",
      "2025-09-24T13:20:00", "2025-09-24", "2025-12-23")
w = d(2025, 9, 29, 17, 0, ES); chk("2025-09-24T13:20:00", w, 5)
case("es-l12-baeza-no-entra-antes-de-campana", LOB, "decided", [(
    "Coop. Olivarera Baeza <campo.coopolivarbaeza@gmail.com>", SUP, "no podemos entrar desde el miércoles", w,
    "Buenas tardes,\n\nDesde que pagamos el trimestre el miércoles 24 no hay manera de entrar en la plataforma: "
    "pone 'error 403' y se queda cargando. Con la campaña de aceituna a punto de empezar no podemos estar "
    "así. Ya escribimos al chat y nadie lo arregla. Pagamos un servicio que no podemos usar: pedimos el reembolso del trimestre "
    "(LO-INV-36119).\n\nAntonio Jesús Cobo\nTécnico de campo\n")],
    [R("escalate")],
    spec="L2 access_failure inside the window (day 5): L6 escalate.")

cust("c.yoon.almeria@gmail.com", "Chae-won Yoon", "monthly", start="2025-09-05", end="2025-10-04")
lopay("e36_20", "LO-INV-36120", "c.yoon.almeria@gmail.com", "monthly", "1499.00", "2025-09-05T12:00:00",
      "2025-09-05", "2025-10-04")
w = d(2025, 9, 24, 18, 30, ES); chk("2025-09-05T12:00:00", w, 19)
case("es-l13-coreana-almeria-no-login-tarde", LOB, "decided", [(
    "윤채원 Chae-won Yoon <c.yoon.almeria@gmail.com>", SUP, "no puedo login", w,
    "Hola, buenas tardes.\nYo soy Chae-won, yo tengo exportadora pequeña de pimientos en El Ejido. "
    "Desde dia 5 septiembre yo pago plan mensual (LO-INV-36120) pero yo no puedo login, la pagina no carga "
    "nunca. Yo quiero devolucion de dinero por favor. Perdon mi espanol no es bueno.\n감사합니다\nChae-won\n")],
    [R("deny")],
    spec="L2 access_failure, but the charge 2025-09-05 is 19 days before the mail (2025-09-24 IST): L3 deny.")

cust("coro.sanmarcos.leon@gmail.com", "Coro Parroquial San Marcos", "monthly", status="trial",
     trial_ends="2025-10-05")
w = d(2025, 9, 27, 16, 40, ES)
case("es-l14-leon-coro-prueba-gratis", LOB, "decided", [(
    "Coro San Marcos (León) <coro.sanmarcos.leon@gmail.com>", SUP, "Devolución de la prueba", w,
    "Buenas tardes:\n\nSoy Inmaculada, secretaria del coro parroquial. Nos apuntamos a la prueba gratuita "
    "para organizar los conciertos de Navidad, pero al director no le convence. ¿Podéis devolvernos lo que "
    "hayamos pagado? No sé si se cobró algo.\n\nUn saludo y gracias,\nInmaculada Alonso\n")],
    [R("deny")],
    spec="L7: the account is on a free trial with no charge: deny, nothing billed unless they subscribe.")

cust("admin@agrosolmar.es", "Agrosolmar", "annual", start="2025-03-01", end="2026-02-28")
lopay("e36_21", "LO-INV-36121", "admin@agrosolmar.es", "annual", "11988.00", "2025-03-01T12:00:00",
      "2025-03-01", "2026-02-28")
w = d(2025, 9, 25, 8, 50, ES)
case("es-l15-almeria-anual-baja-fin-ciclo", LOB, "decided", [(
    "Administración Agrosolmar <admin@agrosolmar.es>", SUP, "Baja del servicio", w,
    "Buenos días,\n\nOs comunico que queremos dar de baja nuestra suscripción anual. Vamos a integrar la "
    "captación en el ERP que nos ha montado la cooperativa. Entiendo que seguimos teniendo acceso hasta "
    "que termine el periodo pagado.\n\nSaludos,\nMiriam Cortés\nAdministración - Agrosolmar S.A.T.\n"
    "La Mojonera (Almería)\n\n"
    "AVISO: Este mensaje y sus anexos son confidenciales y para uso exclusivo de su destinatario. "
    "Si lo ha recibido por error, comuníquelo al remitente y bórrelo.\n")],
    [X("cancel", "2026-02-28")],
    spec="L8: cancel, effective current_period_end 2026-02-28.")

cust("musica.tarija.scz@gmail.com", "Estudio Tarija", "quarterly")
lopay("e36_22", "LO-INV-36122", "musica.tarija.scz@gmail.com", "quarterly", "3999.00",
      "2025-09-11T22:30:00-04:00", "2025-09-12", "2025-12-11")
w = d(2025, 9, 28, 16, 0, BO)
case("es-l16-santa-cruz-baja-sin-periodo", LOB, "decided", [(
    "Estudio Tarija <musica.tarija.scz@gmail.com>", SUP, "dar de baja", w,
    "Buenas tardes, les saluda Fernando del Estudio Tarija (Equipetrol, Santa Cruz). Queremos anular el plan "
    "trimestral, este año el negocio de los quinceañeros bajó harto y no justifica. Gracias por todo.\n"
    "Fernando Rojas Añez\n")],
    [X("cancel", "2025-12-11")],
    spec="L8 fallback: no current_period_end; last charge 2025-09-11T22:30-04:00 = 2025-09-12 08:00 IST "
         "(s.8 offsets), + 3 months - 1 day = 2025-12-11.")

cust("jh.kim.cartagena@gmail.com", "Ji-hoon Kim", "monthly", start="2025-09-15", end="2025-10-14")
lopay("e36_23", "LO-INV-36123", "jh.kim.cartagena@gmail.com", "monthly", "1499.00", "2025-09-15T12:00:00",
      "2025-09-15", "2025-10-14")
w = d(2025, 9, 30, 22, 0, KR)
case("es-l17-coreano-cancela-sin-motivo", LOB, "decided", [(
    "Kim Ji-hoon <jh.kim.cartagena@gmail.com>", SUP, "cancelacion", w,
    "Hola.\nYo quiero cancelar mi suscripcion mensual.\nMi correo registrado es este.\nGracias.\n"
    "Kim Ji-hoon (Seul, antes Cartagena de Indias)\n")],
    [X("cancel", "2025-10-14")],
    spec="L8: a cancellation is not held up for the missing reason (s.3): cancel effective 2025-10-14.")

cust("operaciones@cafeteriasalmendro.co", "Cafeterías Almendro", "quarterly", start="2025-09-20", end="2025-12-19")
lopay("e36_24", "LO-INV-36124", "operaciones@cafeteriasalmendro.co", "quarterly", "3999.00",
      "2025-09-20T12:00:00", "2025-09-20", "2025-12-19")
case("es-l18-cartagena-gmail-otro-registrado", LOB, "need_info", [(
    "Wendy Pacheco <wendypacheco.ctg@gmail.com>", SUP, "reembolso cobro repetido", d(2025, 9, 22, 8, 0, CO),
    "Buenos días. Escribo desde mi correo personal porque el corporativo está caído. La cuenta está a nombre "
    "de operaciones@cafeteriasalmendro.co, plan trimestral. Nos cobraron dos veces el trimestre, por favor "
    "devuelvan uno.\nWendy Pacheco\nCafeterías Almendro - Bocagrande, Cartagena\n")],
    rules=["C2"],
    spec="C2: a gmail sender names another registered email: need_info asking to write from it, no details.")

cust("secretaria@colegiosanfrancisco-hu.es", "Colegio San Francisco", "annual", start="2025-09-01", end="2026-08-31")
lopay("e36_25", "LO-INV-36125", "secretaria@colegiosanfrancisco-hu.es", "annual", "11988.00",
      "2025-09-01T12:00:00", "2025-09-01", "2026-08-31")
case("es-l19-huelva-secretaria-mas-etiqueta", LOB, "need_info", [(
    "Secretaría Colegio <secretaria+leadsoptima@colegiosanfrancisco-hu.es>", SUP, "Baja de la licencia",
    d(2025, 9, 24, 10, 30, ES),
    "Buenos días,\n\nDesde la secretaría del colegio solicitamos la baja de la licencia anual, la dirección "
    "nueva ha decidido no renovar nada de marketing.\n\nAtentamente,\nEsperanza Vázquez\nSecretaria\n"
    "Colegio San Francisco - Huelva\n")],
    rules=["C2"],
    spec="s.8 addresses: secretaria+leadsoptima@ is another address than secretaria@ on record: unknown "
         "sender, C2 need_info.")

# the sender is Optima WebDesign's customer (s.8 "the other brand's customer"): on record in that brand only
proj("Web Justiniano Eventos", "camila@justinianoeventos.example.bo", "2025-08-20T10:00:00")
owpay("e36_o27", "OWD-2025-3627", "Web Justiniano Eventos", "hosting_annual", "9600.00", "1728.00", "2025-09-20T12:00:00",
      setup_fee="0.00", service_start="2025-09-20")
case("es-l20-scz-cliente-de-la-otra-marca", LOB, "need_info", [(
    "Camila Justiniano <camila@justinianoeventos.example.bo>", SUP, "Reembolso hosting anual",
    d(2025, 9, 25, 10, 0, BO),
    "Buenos días,\n\nLes escribo por el hosting anual de nuestra página de eventos que nos hicieron ustedes. "
    "Lo contratamos hace pocos días y ya no lo vamos a necesitar porque cambiamos de proveedor. Quisiera el "
    "reembolso proporcional.\n\nCamila Justiniano\nJustiniano Eventos - Santa Cruz de la Sierra\n")],
    rules=["C2"],
    spec="s.8 the other brand's customer: written to the LeadsOptima inbox (C1), sender unknown to the "
         "LeadsOptima ledger (her hosting, OWD-2025-3627, is in Optima WebDesign's only): C2/C3 need_info.")

cust("fincalasnorias@gmail.com", "Finca Las Norias", "monthly", start="2025-09-23", end="2025-10-22")
lopay("e36_26", "LO-INV-36126", "fincalasnorias@gmail.com", "monthly", "1499.00", "2025-08-23T12:00:00",
      "2025-08-23", "2025-09-22")
lopay("e36_27", "LO-INV-36127", "fincalasnorias@gmail.com", "monthly", "1499.00", "2025-09-23T12:00:00",
      "2025-09-23", "2025-10-22")
case("es-l21-almeria-importe-mal-sin-factura", LOB, "need_info", [(
    "Finca Las Norias <fincalasnorias@gmail.com>", SUP, "importe equivocado", d(2025, 9, 25, 19, 0, ES),
    "Buenas tardes,\nen uno de los recibos de estos meses nos habéis cobrado un importe que no es el de la web, "
    "nos sale más con el IVA ese indio. Es un error de facturación. Queremos que nos devolváis la diferencia.\n"
    "Un saludo, Toñi\n")],
    missing=["invoice_number"],
    spec="C3: billing_error named, but the account has two payments and no invoice is given: need_info "
         "invoice_number.")

cust("dj.patron.baq@gmail.com", "Patrón Sound", "monthly", start="2025-09-26", end="2025-10-25")
lopay("e36_28", "LO-INV-36128", "dj.patron.baq@gmail.com", "monthly", "1499.00", "2025-09-26T12:00:00",
      "2025-09-26", "2025-10-25")
case("es-l22-barranquilla-dj-sin-motivo", LOB, "need_info", [(
    "Patrón Sound <dj.patron.baq@gmail.com>", SUP, "Devolución factura LO-INV-36128", d(2025, 9, 28, 10, 0, CO),
    "Qué más, buenos días. Quiero el reembolso de la factura LO-INV-36128 por favor. Quedo atento.\n"
    "Jhon Jairo 'El Patrón'\nPicó y sonido para fiestas - Barrio Abajo\n")],
    missing=["reason"],
    spec="C3 + s.8 what a reason is: a bare restated request has no reason: need_info reason.")

cust("canto.pinto.leon@gmail.com", "Escuela de Canto Pinto", "quarterly", start="2025-09-25", end="2025-12-24")
lopay("e36_29", "LO-INV-36129", "canto.pinto.leon@gmail.com", "quarterly", "3999.00", "2025-09-25T12:00:00",
      "2025-09-25", "2025-12-24")
lopay("e36_30", "LO-INV-36130", "canto.pinto.leon@gmail.com", "quarterly", "3999.00", "2025-09-25T12:00:40",
      "2025-09-25", "2025-12-24")
w1 = d(2025, 9, 26, 9, 0, ES); chk("2025-09-25T12:00:40", w1, 1)
case("es-l23-leon-hilo-responde-motivo", LOB, "decided", [
    ("Escuela de Canto Pinto <canto.pinto.leon@gmail.com>", SUP, "Reembolso LO-INV-36130", w1,
     "Buenos días, solicito el reembolso de la factura LO-INV-36130.\nGracias.\nMaribel Pinto\n"),
    ("Escuela de Canto Pinto <canto.pinto.leon@gmail.com>", SUP, "Re: Reembolso LO-INV-36130 [LO-3601]",
     d(2025, 9, 30, 18, 0, ES),
     "Perdón, no lo expliqué: el trimestre se nos cobró dos veces el día 25, esa factura es el segundo cobro, "
     "el repetido.\nMaribel\n\n> El 26 sept 2025, a las 9:05, LeadsOptima Support escribió:\n"
     "> Para tramitar su solicitud necesitamos el motivo.\n",
     {"irt": "<lo-3601.ask@leadsoptima.com>"})],
    [R("approve", "3999.00")],
    spec="C3 thread: the answer gives the reason (duplicate); window from the FIRST email (day 1): L4 approve "
         "LO-INV-36130, 3999.00.")

cust("reservas@hostelrioguadalquivir.es", "Hostel Río", "monthly", start="2025-09-23", end="2025-10-22")
lopay("e36_31", "LO-INV-36131", "reservas@hostelrioguadalquivir.es", "monthly", "1499.00", "2025-08-23T12:00:00",
      "2025-08-23", "2025-09-22")
lopay("e36_32", "LO-INV-36132", "reservas@hostelrioguadalquivir.es", "monthly", "1499.00", "2025-09-23T12:00:00",
      "2025-09-23", "2025-10-22")
w1 = d(2025, 9, 24, 23, 10, ES); chk("2025-09-23T12:00:00", w1, 2)
case("es-l24-hostel-hilo-da-factura", LOB, "decided", [
    ("Hostel Río <reservas@hostelrioguadalquivir.es>", SUP, "Me cobrasteis de más", w1,
     "Buenas noches, os escribo desde la recepción del hostel. En el cargo de este mes nos habéis cobrado mal el "
     "importe, no coincide con nuestro plan mensual. Pido que lo reviséis y me devolváis lo cobrado de más.\n"
     "Rubén\n"),
    ("Hostel Río <reservas@hostelrioguadalquivir.es>", SUP, "RE: Me cobrasteis de más [LO-3602]",
     d(2025, 9, 30, 11, 0, ES),
     "La factura es lo-inv-36132.\nRubén\n\n-----Mensaje original-----\nDe: LeadsOptima Support\n"
     "Asunto: Me cobrasteis de más [LO-3602]\nIndíquenos el número de factura.\n",
     {"irt": "<lo-3602.ask@leadsoptima.com>"})],
    [R("escalate")],
    spec="C3 thread: the invoice arrives in the answer ('lo-inv-36132', s.8 case); billing_error, day 2 from "
         "the first mail: L5 escalate.")

cust("pedidos@mielesdeandevalo.es", "Mieles del Andévalo", "annual", start="2025-09-26", end="2026-09-25")
lopay("e36_33", "LO-INV-36133", "pedidos@mielesdeandevalo.es", "annual", "11988.00", "2025-09-26T12:00:00",
      "2025-09-26", "2026-09-25")
lopay("e36_34", "LO-INV-36134", "pedidos@mielesdeandevalo.es", "annual", "11988.00", "2025-09-26T12:01:00",
      "2025-09-26", "2026-09-25")
case("es-l25-huelva-contracargo-banco", LOB, "decided", [(
    "Mieles del Andévalo <pedidos@mielesdeandevalo.es>", SUP, "URGENTE cargo duplicado anual LO-INV-36134",
    d(2025, 9, 27, 9, 30, ES),
    "Buenos días,\n\nSe nos ha cargado dos veces la anualidad (LO-INV-36133 y LO-INV-36134). Si el lunes no "
    "está devuelto el segundo cargo, doy orden al banco de que lo devuelva como cargo no reconocido (contracargo).\n\n"
    "José Manuel Orta\nMieles del Andévalo - Calañas (Huelva)\n")],
    [R("escalate")], rules=["C4"],
    spec="C4: threat to have the bank return the charge (chargeback): escalate, though L4 would approve.")

cust("grupo.sayariy@gmail.com", "Asociación Sayariy", "monthly", start="2025-09-14", end="2025-10-13")
lopay("e36_35", "LO-INV-36135", "grupo.sayariy@gmail.com", "monthly", "1499.00", "2025-09-14T12:00:00",
      "2025-09-14", "2025-10-13")
case("es-l26-quechua-baja-defensor-consumidor", LOB, "decided", [(
    "Asociacion Sayariy <grupo.sayariy@gmail.com>", SUP, "baja del plan", d(2025, 9, 29, 15, 30, BO),
    "Buenas tardes senores.\nNosotros asociacion de tejedoras de Sayariy, Cochabamba, queremos dar de baja "
    "el plan mensual, ya no estamos pudiendo pagar. Y si nos siguen cobrando despues de la baja, "
    "eso vamos a llevar a la Defensoria del Consumidor con nuestro abogado.\n"
    "Sulpayki.\nDona Felicidad Mamani, presidenta\n")],
    [X("escalate")], rules=["C4"],
    spec="C4 covers the whole case (s.8): consumer authority + lawyer threat escalates the cancellation too.")

cust("taller.burgos.cba@gmail.com", "Taller Burgos", "quarterly", start="2025-09-27", end="2025-12-26")
lopay("e36_36", "LO-INV-36136", "taller.burgos.cba@gmail.com", "quarterly", "3999.00", "2025-09-27T12:00:00",
      "2025-09-27", "2025-12-26")
lopay("e36_37", "LO-INV-36137", "taller.burgos.cba@gmail.com", "quarterly", "3999.00", "2025-09-27T12:00:30",
      "2025-09-27", "2025-12-26")
case("es-l27-cordoba-descarta-desconocer", LOB, "decided", [(
    "Taller Burgos <taller.burgos.cba@gmail.com>", SUP, "cobro doble trimestral", d(2025, 9, 29, 9, 15, AR),
    "Buen día. El sábado 27 me cobraron dos veces el trimestral, LO-INV-36136 y LO-INV-36137. No pienso "
    "desconocer el pago con la tarjeta ni nada de eso, prefiero arreglarlo con ustedes: devuélvanme el "
    "segundo, por favor.\nGracias, Sergio Burgos - Taller mecánico, Río Cuarto\n")],
    [R("approve", "3999.00")],
    spec="s.8/C4: the customer rules out a card dispute: no threat. L4 duplicate day 2: approve LO-INV-36137 3999.00.")

case("es-l28-estocolmo-fuera-de-oficina", LOB, "ignore", [(
    "Paula Vargas Ljungberg <vargas.ljungberg@post.example.se>", SUP, "Autosvar: Re: su consulta",
    d(2025, 9, 26, 7, 0, STO),
    "Estoy de vacaciones hasta el 6 de octubre / Jag är på semester till 6 oktober. Para urgencias escriba a "
    "la tienda.\n", {"headers": {"Auto-Submitted": "auto-replied"}})],
    rules=["C7"], spec="C7: Auto-Submitted auto-replied: ignore.")

case("es-l29-rebote-mailer-daemon", LOB, "ignore", [(
    "Mail Delivery Subsystem <MAILER-DAEMON@mx.agrosolmar.es>", SUP, "Mensaje no entregado", d(2025, 9, 25, 9, 0, ES),
    "No se ha podido entregar el mensaje a admin-old@agrosolmar.es.\nMotivo: 550 buzón inexistente.\n\n"
    "---- Mensaje original ----\nAsunto: Re: Baja del servicio / reembolso\n")],
    rules=["C7"], spec="C7: MAILER-DAEMON sender (bounce): ignore.")

case("es-l30-boletin-lista-cooperativas", LOB, "ignore", [(
    "Boletín Agro Poniente <boletin@agroponiente-noticias.example>", SUP,
    "Boletín semanal: ayudas, devoluciones de IVA y cancelaciones de seguros", d(2025, 9, 26, 6, 0, ES),
    "Esta semana: cómo pedir la devolución del IVA agrario; cancelación de pólizas de granizo; reembolso de "
    "gastos de transporte. Darse de baja del boletín: responda BAJA.\n",
    {"headers": {"List-Id": "Boletin Agro Poniente <boletin.agroponiente-noticias.example>",
                 "Precedence": "list"}})],
    rules=["C7"], spec="C7: List-Id / Precedence list: ignore, whatever words it carries.")

cust("oficina.jaenoleo@gmail.com", "Jaénoleo", "monthly", start="2025-09-09", end="2025-10-08")
lopay("e36_38", "LO-INV-36138", "oficina.jaenoleo@gmail.com", "monthly", "1499.00", "2025-09-09T12:00:00",
      "2025-09-09", "2025-10-08")
case("es-l31-jaen-gracias-no-quiero-reembolso", LOB, "other", [(
    "Jaénoleo <oficina.jaenoleo@gmail.com>", SUP, "Re: acceso", d(2025, 9, 15, 16, 30, ES),
    "Buenas tardes:\n\nYa podemos entrar otra vez, muchas gracias a Dayana por la llamada. No quiero "
    "reembolso ni nada, solo avisar de que está solucionado y que seguimos con el plan.\n\nUn saludo,\n"
    "Encarni\n")],
    spec="s.8 negation: 'no quiero reembolso', thanks only: other.")

case("es-l32-ohio-estudiante-hipotetico", LOB, "other", [(
    "Tyler Brennan <tbrennan22@buckeye-mail.example.edu>", SUP, "pregunta sobre reembolsos",
    d(2025, 9, 24, 14, 0, OH),
    "Hola, buenas tardes!\nMe llamo Tyler y estoy estudiante de negocios en Ohio (tomo español 301, "
    "lo siento por errores). Estoy pensando a comprar el plan anual para mi club de emprendedores. "
    "Si nosotros compramos y después no nos gusta, ¿es posible a recibir un reembolso? ¿Cuántos días "
    "tenemos?\nMuchas gracias!\nTyler\n")],
    spec="s.8 hypothetical before buying: a policy question, other.")

cust("facturacion@frigorificosdelcaribe.co", "Frigoríficos del Caribe", "annual", start="2025-06-10",
     end="2026-06-09")
lopay("e36_39", "LO-INV-36139", "facturacion@frigorificosdelcaribe.co", "annual", "11988.00",
      "2025-06-10T12:00:00", "2025-06-10", "2026-06-09")
case("es-l33-barranquilla-pide-factura-nit", LOB, "other", [(
    "Facturación Frigoríficos del Caribe <facturacion@frigorificosdelcaribe.co>", SUP,
    "Solicitud factura con NIT", d(2025, 9, 23, 10, 0, CO),
    "Buenos días,\n\nPara efectos contables necesitamos que la factura LO-INV-36139 del plan anual salga con "
    "nuestra razón social y NIT 900.000.000-0. No es reclamo de cobro; solo el documento corregido.\n\n"
    "Cordialmente,\nLiliana Charris\nAuxiliar contable\n")],
    spec="A document request, neither refund nor cancellation: other.")

cust("wasi.tejidos@gmail.com", "Wasi Tejidos", "monthly", start="2025-09-25", end="2025-10-24")
lopay("e36_40", "LO-INV-36140", "wasi.tejidos@gmail.com", "monthly", "1499.00", "2025-09-25T12:00:00",
      "2025-09-25", "2025-10-24")
lopay("e36_41", "LO-INV-36141", "wasi.tejidos@gmail.com", "monthly", "1499.00", "2025-09-25T12:03:00",
      "2025-09-25", "2025-10-24")
case("es-l34-quechua-html-dos-veces", LOB, "decided", [(
    "Wasi Tejidos <wasi.tejidos@gmail.com>", SUP, "cobro", d(2025, 9, 27, 11, 0, BO),
    "<html><body><p>Buenos dias.</p><p>Allillanchu. Yo soy Rosa Quispe de Wasi Tejidos, Sucre. Mi hijo me "
    "ayudo a escribir. El dia 25 de septiembre nos han cobrado <b>dos veces</b> el plan de mes, "
    "<b>LO-INV-36140</b> y <b>LO-INV-36141</b>, los dos igualitos de 1499 rupias. Hemos pagado dos veces "
    "lo mismo. Queremos que nos devuelvan el segundito.</p><p>Diospagarasunki,<br>Rosa</p></body></html>\n",
    {"html": True})],
    [R("approve", "1499.00")],
    spec="HTML-only; L4 duplicate 2025-09-25, mail 2025-09-27 IST day 2: approve LO-INV-36141 1499.00.")

cust("info@alberguecaminoleon.es", "Albergue Camino", "quarterly", start="2025-09-24", end="2025-12-23")
lopay("e36_42", "LO-INV-36142", "info@alberguecaminoleon.es", "quarterly", "3999.00", "2025-09-24T12:00:00",
      "2025-09-24", "2025-12-23")
lopay("e36_43", "LO-INV-36143", "info@alberguecaminoleon.es", "quarterly", "3999.00", "2025-09-24T12:02:00",
      "2025-09-24", "2025-12-23", status="refunded")
case("es-l35-albergue-segundo-ya-devuelto", LOB, "decided", [(
    "Albergue del Camino <info@alberguecaminoleon.es>", SUP, "Cobrado dos veces LO-INV-36143",
    d(2025, 9, 26, 16, 10, ES),
    "Buenas tardes. El banco me enseña dos cargos de 3.999 rupias del 24 de septiembre por el trimestre "
    "(el segundo es LO-INV-36143). Pagamos dos veces; pido la devolución del segundo.\n"
    "Fermín, hospitalero - Albergue del Camino, Astorga\n")],
    [R("escalate")],
    spec="s.8 payments not paid: LO-INV-36143 is already 'refunded' in the ledger: escalate (no paid pair either).")

cust("orquesta.sinfonica.joven.sal@gmail.com", "Joven Orquesta Salmantina", "monthly", start="2025-09-27",
     end="2025-10-26")
lopay("e36_44", "LO-INV-36144", "orquesta.sinfonica.joven.sal@gmail.com", "monthly", "1499.00",
      "2025-09-27T12:00:00", "2025-09-27", "2025-10-26")
lopay("e36_45", "LO-INV-36145", "orquesta.sinfonica.joven.sal@gmail.com", "monthly", "1499.00",
      "2025-09-27T12:00:50", "2025-09-27", "2025-10-26")
case("es-l36-orquesta-varias-cosas", LOB, "decided", [(
    "Joven Orquesta Salmantina <orquesta.sinfonica.joven.sal@gmail.com>", SUP,
    "Varias cosas: cobro, usuarios y horario", d(2025, 9, 29, 18, 20, ES),
    "Buenas tardes,\n\nOs escribo por tres cosas a la vez, perdonad el rollo:\n\n"
    "1) ¿Se pueden añadir dos usuarios más (la de prensa y el de taquilla)?\n"
    "2) El sábado 27 nos cobrasteis el mensual dos veces, 1.499,00 cada uno; el repetido es el "
    "LO-INV-36145. Devolvédnoslo, por favor.\n"
    "3) ¿En qué horario tenéis teléfono? Lo digo por la diferencia con la India.\n\n"
    "Gracias,\nNerea Hernández\nGerencia - Joven Orquesta Salmantina\n")],
    [R("approve", "1499.00")],
    spec="Request in the middle of several questions: L4 duplicate day 2: approve LO-INV-36145 1499.00.")

# =============================== Optima WebDesign ==========================================
proj("Web Cooperativa Campoalmería", "compras@coopcampoalmeria.es")
owpay("e36_o01", "OWD-2025-3601", "Web Cooperativa Campoalmería", "deposit", "25000.00", "4500.00",
      "2025-09-22T15:00:00")
w = d(2025, 9, 24, 9, 30, ES); assert hours("2025-09-22T15:00:00", w) < 72
case("es-o01-almeria-cooperativa-deposito", OWB, "decided", [(
    "Compras Coop. Campoalmería <compras@coopcampoalmeria.es>", OWD,
    "Refund Request — Web Cooperativa Campoalmería / OWD-2025-3601", w,
    "Buenos días,\n\nEl consejo rector se reunió ayer y ha decidido aplazar la web hasta después de la "
    "campaña del tomate, porque no hay presupuesto. Solicitamos la devolución del depósito de la "
    "Web Cooperativa Campoalmería, factura OWD-2025-3601, pagado el lunes 22.\n\nAtentamente,\n"
    "Dpto. de Compras - Cooperativa Campoalmería (Vícar)\n")],
    [R("approve", "25000.00")],
    spec="O2: deposit paid 2025-09-22 15:00 IST, mail 2025-09-24 13:00 IST (46 h), no work started: approve "
         "25000.00 before tax.")

proj("Tienda Online Gambas de Huelva", "gerencia@gambashuelva.es")
owpay("e36_o02", "OWD-2025-3602", "Tienda Online Gambas de Huelva", "deposit", "18000.00", "3240.00",
      "2025-09-19T12:00:00")
w = d(2025, 9, 23, 10, 0, ES); assert hours("2025-09-19T12:00:00", w) > 72
case("es-o02-huelva-deposito-pasado", OWB, "decided", [(
    "Gerencia Gambas de Huelva <gerencia@gambashuelva.es>", OWD, "Devolución depósito OWD-2025-3602", w,
    "Buenos días: pagamos el viernes el depósito de la Tienda Online Gambas de Huelva (OWD-2025-3602). "
    "Nos ha salido un sobrino que hace webs y preferimos dejarlo. Pedimos que nos devolváis la señal.\n"
    "Manuel Garrido\nGambas de Huelva S.L. - Punta Umbría\n")],
    [R("deny")], extra_ok=True,
    spec="O2: paid 2025-09-19 12:00 IST, mail 2025-09-23 13:30 IST = 97.5 h > 72: deny. 'preferimos dejarlo' "
         "drops the project: a cancellation decision is a harmless extra.")

proj("Portal Hortícola Níjar", "direccion@horticolanijar.es")
owpay("e36_o03", "OWD-2025-3603", "Portal Hortícola Níjar", "deposit", "30000.00", "5400.00", "2025-09-22T15:00:00")
w = d(2025, 9, 25, 11, 30, ES); assert hours("2025-09-22T15:00:00", w) == 72
case("es-o03-nijar-deposito-72-horas-justas", OWB, "decided", [(
    "Dirección Hortícola Níjar <direccion@horticolanijar.es>", OWD,
    "Refund Request — Portal Hortícola Níjar [OWD-2025-3603]", w,
    "Buenos días,\n\nAnulamos el encargo: no nos han concedido la subvención de digitalización con "
    "la que contábamos. Solicito la devolución del depósito del Portal Hortícola Níjar, OWD-2025-3603.\n\n"
    "Un saludo,\nElena Requena\nDirectora - Hortícola Níjar\n")],
    [R("deny")], extra_ok=True,
    spec="O2 + s.8: paid 2025-09-22 15:00 IST, mail 2025-09-25 11:30 +02 = 15:00 IST, exactly 72 h: not "
         "before 72 h: deny. 'Anulamos el encargo' also cancels the project: a cancellation decision (O8 cancel) "
         "is a harmless extra.")

proj("Web Clínica Dental Tormes", "clinica@dentaltormes.es", "2025-09-24T10:00:00")
owpay("e36_o04", "OWD-2025-3604", "Web Clínica Dental Tormes", "deposit", "15000.00", "2700.00",
      "2025-09-23T12:00:00")
w = d(2025, 9, 25, 9, 0, ES); assert hours("2025-09-23T12:00:00", w) < 72
case("es-o04-salamanca-deposito-trabajo-empezado", OWB, "decided", [(
    "Clínica Dental Tormes <clinica@dentaltormes.es>", OWD, "Devolución del depósito - Web Clínica Dental Tormes", w,
    "Buenos días,\n\nAyer nos enviasteis el primer boceto de la Web Clínica Dental Tormes, pero los socios "
    "han decidido que la web la llevará la franquicia. Pedimos la devolución del depósito (OWD-2025-3604).\n\n"
    "Dra. Irene Calvo\nClínica Dental Tormes - Salamanca\n")],
    [R("deny")], extra_ok=True,
    spec="O2: within 72 h (48.5 h) but work started 2025-09-24 10:00 IST, before the request: deny (whichever "
         "first). The partners give the web to the franchise (the project is dropped): a cancellation decision is "
         "a harmless extra.")

proj("Marca Bodega Cerro Colorado", "vinos@bodegacerrocolorado.example.ar")
owpay("e36_o05", "OWD-2025-3605", "Marca Bodega Cerro Colorado", "discovery", "12000.00", "2160.00",
      "2025-09-25T12:00:00")
case("es-o05-cordoba-discovery-sin-empezar", OWB, "decided", [(
    "Bodega Cerro Colorado <vinos@bodegacerrocolorado.example.ar>", OWD,
    "Reembolso sesión de descubrimiento - Marca Bodega Cerro Colorado", d(2025, 9, 29, 10, 0, AR),
    "Buen día. Pagamos la etapa de descubrimiento de la Marca Bodega Cerro Colorado (OWD-2025-3605) pero "
    "todavía no tuvimos ninguna sesión. La familia decidió vender la bodega, así que no vamos a seguir. "
    "Pedimos el reembolso.\nSaludos cordiales,\nMarcela Ferreyra - Colonia Caroya, Córdoba\n")],
    [R("approve", "12000.00")], extra_ok=True,
    spec="O1: discovery, work_started_at empty: approve in full 12000.00 before tax. 'no vamos a seguir' drops "
         "the project: a cancellation decision is a harmless extra.")

proj("Estrategia Digital Surtidora Costeña", "gerencia@surtidoracostena.com.co", "2025-09-20T19:30:00")
owpay("e36_o06", "OWD-2025-3606", "Estrategia Digital Surtidora Costeña", "discovery", "9000.00", "1620.00",
      "2025-09-18T12:00:00")
case("es-o06-barranquilla-discovery-ya-hubo-sesion", OWB, "decided", [(
    "Gerencia Surtidora Costeña <gerencia@surtidoracostena.com.co>", OWD,
    "Solicitud devolución estrategia digital OWD-2025-3606", d(2025, 9, 26, 16, 0, CO),
    "Buenas tardes. Ya tuvimos la primera sesión de estrategia el sábado 20 pero la verdad no nos convenció "
    "lo que propusieron. Solicitamos la devolución de lo pagado por la Estrategia Digital Surtidora Costeña, "
    "factura OWD-2025-3606.\nAtentamente,\nOsvaldo Meza\nGerente\n")],
    [R("deny")],
    spec="O1: a session was held (work_started_at 2025-09-20, before the request): deny.")

proj("App Reservas Hostal Plaza Mayor", "hostalplazamayor.sal@gmail.com", "2025-09-01T10:00:00")
owpay("e36_o07", "OWD-2025-3607", "App Reservas Hostal Plaza Mayor", "milestone", "22000.00", "3960.00",
      "2025-09-15T12:00:00", milestone_status="not_started")
case("es-o07-salamanca-hito-no-empezado", OWB, "decided", [(
    "Hostal Plaza Mayor <hostalplazamayor.sal@gmail.com>", OWD,
    "Refund Request — App Reservas Hostal Plaza Mayor / OWD-2025-3607", d(2025, 9, 26, 10, 0, ES),
    "Buenos días,\n\nLa fase 2 de la App Reservas Hostal Plaza Mayor (pasarela de pago, factura OWD-2025-3607) "
    "no la vais a necesitar hacer: el ayuntamiento nos obliga a usar su plataforma de reservas turísticas. "
    "Como aún no habéis empezado esa fase, pedimos la devolución de ese hito.\n\nGracias,\nÓscar Delgado\n")],
    [R("approve", "22000.00")],
    spec="O3: milestone not_started: approve its amount 22000.00 before tax.")

proj("Catálogo Laboratorio Dental Ponferrada", "pedidos@labdentalponferrada.es", "2025-09-01T10:00:00")
owpay("e36_o08", "OWD-2025-3608", "Catálogo Laboratorio Dental Ponferrada", "milestone", "16000.00", "2880.00",
      "2025-09-10T12:00:00", milestone_status="in_progress")
case("es-o08-leon-hito-a-medias", OWB, "decided", [(
    "Lab. Dental Ponferrada <pedidos@labdentalponferrada.es>", OWD,
    "Devolución hito catálogo - OWD-2025-3608", d(2025, 9, 25, 17, 30, ES),
    "Buenas tardes,\n\nDel Catálogo Laboratorio Dental Ponferrada, el hito 2 (fichas de prótesis, "
    "OWD-2025-3608) solo tiene hechas unas pocas fichas y ya no lo queremos porque cerramos la línea de "
    "implantes. Pedimos que nos devolváis ese hito.\n\nSaludos,\nJavier Prieto\n")],
    [R("escalate")],
    spec="O3: milestone in_progress: escalate (value of work not started needs a person).")

proj("Web Festival Vallenato Ribera", "festival.ribera@gmail.com", "2025-08-01T10:00:00")
owpay("e36_o09", "OWD-2025-3609", "Web Festival Vallenato Ribera", "milestone", "20000.00", "3600.00",
      "2025-08-20T12:00:00", milestone_status="approved")
case("es-o09-cartagena-hito-aprobado", OWB, "decided", [(
    "Festival Vallenato Ribera <festival.ribera@gmail.com>", OWD, "Devolucion diseño aprobado OWD-2025-3609",
    d(2025, 9, 24, 15, 0, CO),
    "Buenas tardes. El diseño de la Web Festival Vallenato Ribera (hito 1, OWD-2025-3609) lo aprobamos en "
    "agosto pero ahora a la junta nueva no le gusta. Queremos que nos devuelvan lo de ese hito.\n"
    "Kelly Johana Barrios - Coordinadora\n")],
    [R("deny")],
    spec="O3/O6: milestone approved: deny, citing non-refundable items.")

proj("Mantenimiento Web Clínica Veterinaria Kungsholmen", "vet.kungsholmen@post.example.se",
     "2025-06-01T10:00:00")
owpay("e36_o10", "OWD-2025-3610", "Mantenimiento Web Clínica Veterinaria Kungsholmen", "retainer", "8000.00",
      "1440.00", "2025-09-15T12:00:00", period_start="2025-09-15", period_end="2025-10-14",
      next_billing_at="2025-10-15T00:00:00")
w = d(2025, 9, 25, 9, 0, STO)
case("es-o10-estocolmo-retainer-con-aviso", OWB, "decided", [(
    "Clínica Veterinaria Kungsholmen <vet.kungsholmen@post.example.se>", OWD,
    "Cancelación mantenimiento - OWD-2025-3610", w,
    "Buenos días / God morgon,\n\nQueremos cancelar el retainer de Mantenimiento Web Clínica Veterinaria "
    "Kungsholmen (última factura OWD-2025-3610): la clínica se fusiona con otra de Solna y su informático "
    "llevará la web.\n\nMed vänliga hälsningar,\nDr. Andrés Lindqvist Ortega\n")],
    [X("cancel", "2025-10-14")],
    spec="O4/O8: next_billing_at 2025-10-15; request 2025-09-25 IST <= 2025-10-08: notice OK: cancel effective "
         "2025-10-14.")

proj("Soporte Web Distribuidora Llanos Orientales", "compras@dllanos.example.bo", "2025-05-03T10:00:00")
owpay("e36_o11", "OWD-2025-3611", "Soporte Web Distribuidora Llanos Orientales", "retainer", "6000.00",
      "1080.00", "2025-09-03T12:00:00", period_start="2025-09-03", period_end="2025-10-02",
      next_billing_at="2025-10-03T00:00:00")
case("es-o11-santa-cruz-retainer-poco-aviso", OWB, "decided", [(
    "Distribuidora Llanos Orientales <compras@dllanos.example.bo>", OWD,
    "Cancelar soporte web OWD-2025-3611", d(2025, 9, 29, 9, 0, BO),
    "Buenos días. Por recorte de gastos queremos cancelar el Soporte Web Distribuidora Llanos Orientales "
    "(factura OWD-2025-3611). Sabemos que avisamos tarde.\nSaludos,\nLic. Ronald Suárez Vaca\n")],
    [X("cancel", "2025-11-02")],
    spec="O4: next_billing_at 2025-10-03; request 2025-09-29 IST > 2025-09-26: less than 7 days, next cycle "
         "billed (2025-10-03..2025-11-02): effective 2025-11-02.")

proj("Retainer Redes Estudio Sonido Mile End", "studio.mileend@quebecnet.example", "2025-04-01T10:00:00")
owpay("e36_o12", "OWD-2025-3612", "Retainer Redes Estudio Sonido Mile End", "retainer", "7000.00", "1260.00",
      "2025-09-20T12:00:00", period_start="2025-09-20", period_end="2025-10-19",
      next_billing_at="2025-10-20T00:00:00")
owpay("e36_o13", "OWD-2025-3613", "Retainer Redes Estudio Sonido Mile End", "retainer", "7000.00", "1260.00",
      "2025-09-21T12:00:00", period_start="2025-10-20", period_end="2025-11-19",
      next_billing_at="2025-11-20T00:00:00")
case("es-o12-montreal-retainer-pagado-por-adelantado", OWB, "decided", [(
    "Estudio Sonido Mile End <studio.mileend@quebecnet.example>", OWD,
    "Annuler / cancelar retainer redes", d(2025, 9, 26, 10, 0, MTL),
    "Buenos días,\n\nQueremos cancelar el Retainer Redes Estudio Sonido Mile End. Pagamos el ciclo de octubre "
    "por adelantado (OWD-2025-3613) porque nos íbamos de gira, pero la gira se canceló y cerramos el estudio "
    "en octubre.\n\nMerci,\nValentina Côté-Ramírez\n")],
    [X("escalate")],
    spec="s.8 retainer paid in advance: the next cycle (OWD-2025-3613) is paid and notice >= 7 days: escalate.")

proj("Hosting Tienda Aceite Sierra Mágina", "tienda@aceitesmagina.es", "2025-08-01T10:00:00")
owpay("e36_o14", "OWD-2025-3614", "Hosting Tienda Aceite Sierra Mágina", "hosting_annual", "18000.00",
      "3240.00", "2025-09-18T12:00:00", setup_fee="2400.00", service_start="2025-09-18")
w = d(2025, 9, 27, 10, 0, ES); chk("2025-09-18T12:00:00", w, 9)
case("es-o13-jaen-hosting-anual-dia-9", OWB, "decided", [(
    "Aceites Sierra Mágina <tienda@aceitesmagina.es>", OWD,
    "Refund Request — Hosting Tienda Aceite Sierra Mágina (OWD-2025-3614)", w,
    "Buenos días,\n\nNos hemos pasado a la plataforma de venta de una asociación de productores y ya no "
    "necesitamos el hosting anual (proyecto Hosting Tienda Aceite Sierra Mágina, OWD-2025-3614), contratado "
    "el día 18. Queremos darlo de baja y que nos devolváis la parte que corresponda.\n\nSaludos,\n"
    "Rafael Anguita\n")],
    [R("approve", "14300.00")], extra_ok=True,
    spec="O5: service_start 2025-09-18, request day 9 <= 14: 18000 - 2400 - (15600/12 = 1300) x 1 = 14300.00. "
         "The plan's end (a cancellation decision) is a harmless extra.")

proj("Mantenimiento Web Academia Música León", "academiamusica.leon@gmail.com", "2025-08-01T10:00:00")
owpay("e36_o15", "OWD-2025-3615", "Mantenimiento Web Academia Música León", "maintenance_annual", "12000.00",
      "2160.00", "2025-09-05T12:00:00", setup_fee="1200.00", service_start="2025-09-05")
w = d(2025, 9, 24, 16, 0, ES); chk("2025-09-05T12:00:00", w, 19)
case("es-o14-leon-mantenimiento-tarde", OWB, "decided", [(
    "Academia de Música León <academiamusica.leon@gmail.com>", OWD,
    "Reembolso mantenimiento anual OWD-2025-3615", w,
    "Buenas tardes. Del Mantenimiento Web Academia Música León (factura OWD-2025-3615) pedimos el reembolso "
    "prorrateado: el profesor de guitarra se encarga ahora de la web y no nos hace falta.\n"
    "Un saludo, Begoña\n")],
    [R("deny")],
    spec="O5: service_start 2025-09-05, request 2025-09-24 IST = day 19 > 14: deny.")

proj("Hosting Revista Universitaria Kalós", "kalos.revista@gmail.com")
owpay("e36_o16", "OWD-2025-3616", "Hosting Revista Universitaria Kalós", "hosting_annual", "9600.00", "1728.00",
      "2025-09-26T12:00:00", setup_fee="0.00", service_start="2025-10-10")
case("es-o15-salamanca-hosting-antes-de-empezar", OWB, "decided", [(
    "Revista Kalós <kalos.revista@gmail.com>", OWD, "Devolución hosting anual - Revista Kalós - OWD-2025-3616",
    d(2025, 9, 28, 16, 30, ES),
    "Buenas tardes:\n\nSomos la revista de estudiantes de Filología. Pagamos el hosting anual de la revista "
    "(proyecto Hosting Revista Universitaria Kalós, OWD-2025-3616), que empezaba el 10 de octubre, pero el Vicerrectorado nos "
    "da alojamiento gratis en los servidores de la universidad. Pedimos el reembolso y anular el hosting.\n\n"
    "Gracias,\nClara Miguélez, directora\n")],
    [R("approve", "8800.00")], extra_ok=True,
    spec="O5 before the service starts (s.8: consumed_months 1): 9600 - 0 - 800 x 1 = 8800.00; cancellation extra ok.")

proj("Web Transportes Sabana", "logistica@transportessabana.com.co", "2025-08-10T10:00:00")
owpay("e36_o17", "OWD-2025-3617", "Web Transportes Sabana", "third_party", "3500.00", "630.00",
      "2025-09-27T12:00:00")
case("es-o16-barranquilla-dominio-ssl", OWB, "decided", [(
    "Logística Transportes Sabana <logistica@transportessabana.com.co>", OWD,
    "Devolución dominio y certificado OWD-2025-3617", d(2025, 9, 28, 9, 0, CO),
    "Buenos días. En la Web Transportes Sabana nos cobraron el dominio .com.co y el certificado SSL "
    "(OWD-2025-3617), pero ya teníamos el dominio comprado con otro proveedor. Pedimos la devolución de ese "
    "cobro.\nCordialmente,\nArmando De la Hoz\nJefe de logística\n")],
    [R("deny")],
    spec="O6: third_party (domain, SSL): never refundable: deny.")

proj("Landing Feria Agroalimentaria Poniente", "feria@agroponienteferia.es", "2025-09-10T10:00:00")
owpay("e36_o18", "OWD-2025-3618", "Landing Feria Agroalimentaria Poniente", "rush", "5000.00", "900.00",
      "2025-09-12T12:00:00")
case("es-o17-almeria-urgencia-tarde", OWB, "decided", [(
    "Feria Agroalimentaria Poniente <feria@agroponienteferia.es>", OWD,
    "Devolución recargo urgencia OWD-2025-3618", d(2025, 9, 25, 16, 0, ES),
    "Buenas tardes:\n\nPagamos el recargo de urgencia de la Landing Feria Agroalimentaria Poniente "
    "(OWD-2025-3618) para tenerla antes del día 20 y se publicó el 22. Pedimos que nos devolváis ese "
    "recargo porque no se cumplió el plazo.\n\nUn saludo,\nSonia Fuentes\nOrganización\n")],
    [R("deny")],
    spec="O6: rush fee: never refundable: deny (late delivery is for staff in the reply, not a refund rule).")

proj("Web Academia Coreana Hangul Stockholm", "info@hangulskolan.example.se")
owpay("e36_o19", "OWD-2025-3619", "Web Academia Coreana Hangul Stockholm", "deposit", "14000.00", "2520.00",
      "2025-09-28T12:00:00")
case("es-o18-estocolmo-correo-personal", OWB, "need_info", [(
    "Min-seo Park <minseo.park.sthlm@gmail.com>", OWD, "devolucion deposito", d(2025, 9, 29, 10, 0, STO),
    "Buenos días. Yo soy Min-seo, directora de la academia coreana de Estocolmo. Nosotros pagamos deposito "
    "para la Web Academia Coreana Hangul Stockholm (OWD-2025-3619) pero el municipio no da subvencion y "
    "queremos devolucion. Escribo de mi correo personal.\nMin-seo Park\n")],
    rules=["C2"],
    spec="C2: the contract email is info@hangulskolan; the sender's gmail is not it: need_info, nothing about "
         "the project.")

proj("Tienda Online Cerámica Pukará", "ventas@ceramicapukara.example.bo")
owpay("e36_o20", "OWD-2025-3620", "Tienda Online Cerámica Pukará", "deposit", "11000.00", "1980.00",
      "2025-09-27T12:00:00")
case("es-o19-thunderbird-reenvio-de-otro", OWB, "need_info", [(
    "Pasante Marketing <marketing.pukara@gmail.com>", OWD, "Fwd: cancelar tienda online", d(2025, 9, 28, 15, 0, BO),
    "Buenas tardes, les reenvío lo que me pidió la licenciada.\n\n-------- Mensaje reenviado --------\n"
    "Asunto: \tcancelar tienda online\nFecha: \tsáb, 27 sept 2025 18:20:11 -0400\n"
    "De: \tVentas Cerámica Pukará <ventas@ceramicapukara.example.bo>\n"
    "Para: \tPasante Marketing <marketing.pukara@gmail.com>\n\n"
    "Mandales a los de Optima que cancelamos la Tienda Online Cerámica Pukará y que devuelvan el depósito "
    "OWD-2025-3620: no tenemos stock para vender en línea hasta el próximo año.\nLic. Mirtha Quiroga\n")],
    rules=["C2"],
    spec="s.8 forwards + C2: Thunderbird forward carrying the contract address's request, sent by an intern's "
         "gmail: need_info asking for the request from the contract email.")

proj("Retainer SEO Hostel Cartagena Getsemaní", "hostel.getsemani@gmail.com", "2025-05-01T10:00:00")
owpay("e36_o21", "OWD-2025-3621", "Retainer SEO Hostel Cartagena Getsemaní", "retainer", "5000.00", "900.00",
      "2025-09-10T12:00:00", period_start="2025-09-10", period_end="2025-10-09",
      next_billing_at="2025-10-10T00:00:00")
case("es-o20-cartagena-cancelar-sin-motivo", OWB, "need_info", [(
    "Hostel Getsemaní <hostel.getsemani@gmail.com>", OWD, "Cancelación retainer SEO OWD-2025-3621",
    d(2025, 9, 24, 11, 0, CO),
    "Buenos días, por medio de la presente solicitamos la cancelación del Retainer SEO Hostel Cartagena "
    "Getsemaní, factura OWD-2025-3621.\nQuedamos atentos.\nAdministración Hostel Getsemaní\n")],
    missing=["reason"],
    spec="s.8: Optima requires a reason for cancellations too; none given: need_info reason.")

proj("Web Cantera Sierra de Gádor", "oficina@canterasgador.es", "2025-08-01T10:00:00")
proj("Intranet Cantera Sierra de Gádor", "oficina@canterasgador.es", "2025-08-15T10:00:00")
owpay("e36_o22", "OWD-2025-3622", "Web Cantera Sierra de Gádor", "milestone", "12000.00", "2160.00",
      "2025-09-15T12:00:00", milestone_status="not_started")
owpay("e36_o23", "OWD-2025-3623", "Intranet Cantera Sierra de Gádor", "milestone", "9000.00", "1620.00",
      "2025-09-16T12:00:00", milestone_status="not_started")
case("es-o21-almeria-cantera-sin-proyecto-ni-factura", OWB, "need_info", [(
    "Oficina Canteras Gádor <oficina@canterasgador.es>", OWD, "devolución de una fase", d(2025, 9, 25, 16, 15, ES),
    "Buenas tardes, queremos que nos devolváis el pago de la fase que todavía no habéis empezado, porque el "
    "grupo nos ha comprado y la matriz tiene sus propios informáticos.\nSaludos, Remedios (oficina)\n")],
    missing=["invoice_number", "project_name"],
    spec="C3: the contract email has two projects with a not-started milestone each; no project or invoice "
         "named: need_info project_name and invoice_number.")

proj("Web Orquesta de Cámara Montréal Latino", "orquesta.mtl.latino@gmail.com", "2025-08-01T10:00:00")
owpay("e36_o24", "OWD-2025-3624", "Web Orquesta de Cámara Montréal Latino", "milestone", "10000.00", "1800.00",
      "2025-09-23T12:00:00", milestone_status="not_started")
case("es-o22-montreal-hilo-da-factura", OWB, "decided", [
    ("Orquesta Montréal Latino <orquesta.mtl.latino@gmail.com>", OWD,
     "Reembolso fase 3 - Web Orquesta de Cámara Montréal Latino", d(2025, 9, 24, 9, 30, MTL),
     "Buenos días, pedimos el reembolso de la fase 3 (la tienda de entradas) de la Web Orquesta de Cámara "
     "Montréal Latino: la sala de conciertos nos vende las entradas ahora y esa fase aún no empezó.\n"
     "Gabriela Arancibia, secretaria\n"),
    ("Orquesta Montréal Latino <orquesta.mtl.latino@gmail.com>", OWD,
     "Re: Reembolso fase 3 [OWD-1187]", d(2025, 9, 25, 9, 0, MTL),
     "Disculpen, la factura es OWD 2025 3624.\nGabriela\n\nLe 24 sept. 2025 à 10:02, Optima WebDesign a écrit :\n"
     "> ¿Nos indica la factura o referencia de pago?\n", {"irt": "<owd-1187.ask@optimawebdesign.com>"})],
    [R("approve", "10000.00")],
    spec="C3 thread: the answer names the invoice ('OWD 2025 3624', s.8 spacing); milestone not_started: "
         "O3 approve 10000.00.")

proj("Web Bodega Los Olivos Úbeda", "bodega.olivos.ubeda@gmail.com", "2025-09-01T10:00:00")
owpay("e36_o25", "OWD-2025-3625", "Web Bodega Los Olivos Úbeda", "milestone", "14000.00", "2520.00",
      "2025-09-20T12:00:00", milestone_status="not_started")
case("es-o23-ubeda-abogado-hito", OWB, "decided", [(
    "Bodega Los Olivos <bodega.olivos.ubeda@gmail.com>", OWD, "Reclamación OWD-2025-3625",
    d(2025, 9, 27, 11, 0, ES),
    "Buenos días:\n\nReclamamos la devolución del hito 2 de la Web Bodega Los Olivos Úbeda (OWD-2025-3625), "
    "que no habéis empezado, porque hemos cambiado de agencia. Si en diez días no lo tenemos, el asunto pasa "
    "a nuestro abogado y a la oficina de consumo.\n\nFdo. Diego Lechuga\n")],
    [R("escalate")], rules=["C4"],
    spec="C4: lawyer / consumer office threat: escalate (O3 would approve).")

proj("Web Empaques Barranquilla", "compras@empaquesbq.com.co", "2025-08-01T10:00:00")
owpay("e36_o26", "OWD-2025-3626", "Web Empaques Barranquilla", "deposit", "9000.00", "1620.00",
      "2025-09-28T12:00:00", status="failed")
case("es-o24-barranquilla-pago-fallido", OWB, "decided", [(
    "Compras Empaques BQ <compras@empaquesbq.com.co>", OWD, "Reembolso deposito OWD-2025-3626",
    d(2025, 9, 29, 8, 0, CO),
    "Buenos días. El banco nos descontó el depósito de la Web Empaques Barranquilla (OWD-2025-3626) pero "
    "ustedes nos dicen que el pago salió fallido. Mientras se aclara, preferimos no seguir con el proyecto "
    "este año: pedimos que nos reintegren lo descontado.\nAtentamente,\nKaren Polo\n")],
    [R("escalate")], extra_ok=True,
    spec="s.8 payments not paid: the deposit is 'failed' in the ledger: a refund of it is escalate. 'preferimos "
         "no seguir con el proyecto' drops the project: a cancellation decision is a harmless extra.")

case("es-o25-hipotetico-antes-de-contratar", OWB, "other", [(
    "Lorena Baigorria <lorena.baigorria.dent@gmail.com>", OWD, "consulta antes de contratar", d(2025, 9, 26, 18, 0, AR),
    "Buenas tardes! Tengo un laboratorio dental chico en Villa Carlos Paz y estoy por pedirles una web. "
    "Si pago el depósito y a la semana me arrepiento, ¿me lo devuelven? ¿Y el hosting anual se puede "
    "cancelar a mitad de año?\nGracias!\nLorena\n")],
    spec="s.8 hypotheticals before buying: policy questions only: other.")

case("es-o26-respuesta-automatica-vacaciones", OWB, "ignore", [(
    "Hostal Plaza Mayor <hostalplazamayor.sal@gmail.com>", OWD, "Respuesta automática: Re: fase 2",
    d(2025, 9, 27, 8, 0, ES),
    "Gracias por su mensaje. Estaremos cerrados por vacaciones hasta el 5 de octubre.\n",
    {"headers": {"Auto-Submitted": "auto-replied", "X-Autoreply": "yes"}})],
    rules=["C7"], spec="C7: Auto-Submitted auto-replied: ignore.")

if __name__ == "__main__":
    RD.write()
