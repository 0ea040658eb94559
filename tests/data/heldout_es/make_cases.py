"""Held-out language round, Spanish (tests/data/heldout_es/): customers in Spain and Latin America writing to
LeadsOptima and Optima WebDesign in Spanish.  The facts and the expected decisions are the shared scenarios of
tests/data/langkit.py (written from POLICY_SPEC.md alone); this file gives the people and the mail.

Run: python3 tests/data/heldout_es/make_cases.py   (rewrites ledger.json, emails/ and expected.json here)
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # langkit.py, casekit.py
from langkit import Lang  # noqa: E402

PEOPLE = {
    "dup": ("Lucía Fernández", "gmail.com"), "dup7": ("Javier Morales", "morales-asesores.es"),
    "dup8": ("Carmen Ruiz", "hotmail.es"), "dup1": ("Andrés Castillo", "castillodigital.mx"),
    "dup3": ("Marta Gómez", "gmail.com"), "berr": ("Pablo Navarro", "navarroinmobiliaria.es"),
    "berrout": ("Elena Ortiz", "outlook.es"), "past": ("Sergio Jiménez", "gmail.com"),
    "acc": ("Valentina Rojas", "rojasconsultores.cl"), "accout": ("Diego Herrera", "yahoo.es"),
    "l1": ("Isabel Moreno", "gmail.com"), "l1c": ("Raúl Domínguez", "dominguezreformas.es"),
    "trial": ("Camila Torres", "gmail.com"), "hypo": ("Alejandro Vega", "vegamarketing.com.ar"),
    "cm": ("Natalia Serrano", "serranoestudio.es"), "ca": ("Fernando Blanco", "blancoyasociados.es"),
    "cq": ("Rocío Medina", "gmail.com"), "cnr": ("Tomás Iglesias", "iglesiasmotor.es"),
    "thr": ("Laura Santos", "gmail.com"), "mreason": ("Miguel Ángel Prieto", "prietoseguros.es"),
    "c2": ("Beatriz Cano", "canofisioterapia.es"), "fwdok": ("Gonzalo Ramos", "ramoslogistica.com"),
    "fwdboss": ("Ignacio Peña", "penaconstrucciones.es"), "cb": ("Adriana Flores", "gmail.com"),
    "legal": ("Héctor Mendoza", "mendozaimport.mx"),
}
PROJECTS = {
    "disc": ("Bodega Sol de Rioja", "info@bodegasolderioja.es", "Bodega Sol de Rioja"),
    "disc2": ("Clínica Dental Sonrisa", "gerencia@clinicasonrisa.es", "Dra. Paula Vidal"),
    "dep": ("Tapas Lola Web", "hola@tapaslola.es", "Lola Martín"),
    "dep72": ("Hostal Mar Azul", "reservas@hostalmarazul.es", "Hostal Mar Azul"),
    "depw": ("Ferretería Hermanos Gil", "compras@ferreteriagil.es", "Jorge Gil"),
    "ms": ("Portal Inmobiliario Costa", "it@inmocosta.es", "Departamento IT - InmoCosta"),
    "host": ("Academia Idiomas Babel", "direccion@academiababel.es", "Academia Babel"),
    "maint": ("Librería El Quijote", "libreria@elquijote.es", "Librería El Quijote"),
    "maintr": ("Panadería La Espiga", "pedidos@laespiga.es", "Rosa - La Espiga"),
    "nonref": ("Tienda Online Artesanía Andina", "ventas@artesaniaandina.pe", "Artesanía Andina"),
    "ret8": ("Gimnasio FuerzaMax", "admin@fuerzamax.es", "Administración FuerzaMax"),
    "ret7": ("Óptica Visión Clara", "contacto@visionclara.es", "Óptica Visión Clara"),
    "ret5": ("Taller Mecánico Ruedas", "taller@ruedas.com.mx", "Taller Ruedas"),
    "cproj": ("Floristería Primavera", "flores@primavera.es", "Floristería Primavera"),
    "thr": ("Escuela de Surf Olas", "info@surfolas.es", "Escuela de Surf Olas"),
    "failed": ("Café Central Bogotá", "admin@cafecentral.co", "Café Central"),
}
EXTRA = {"c2_personal": "beacano78@gmail.com", "unknown": "ricardo.paz@pazeventos.es",
         "assistant": "secretaria@penaconstrucciones.es", "ow_personal": "marcos.bodega@gmail.com",
         "prospect": "sofia.lara@laradecoracion.es"}

T = {
    # ---------------- LeadsOptima
    "l01-dup-inside": dict(
        subject="Cobro duplicado en mi suscripción",
        body="Hola:\n\nEl 3 de septiembre me cobraron dos veces la cuota mensual de 1.499,00 ₹ con unos minutos "
             "de diferencia. La segunda factura es la {i[dup_2]}. ¿Podéis devolverme el cargo repetido?\n\n"
             "Gracias,\nLucía Fernández\n"),
    "l02-dup-day7": dict(
        subject="Me habéis cobrado dos veces el plan trimestral",
        body="Buenas noches,\n\nrevisando el extracto veo que el 20 de agosto me cargaron dos veces 3.999,00 INR "
             "por el plan trimestral (facturas {i[dup7]} y {i[dup7_2]}). Solo tengo una cuenta. Solicito el "
             "reembolso del cargo duplicado, factura {i[dup7_2]}.\n\nUn saludo,\nJavier Morales\n"
             "Morales Asesores\n"),
    "l03-dup-day8": dict(
        subject="Doble cargo plan anual",
        body="Hola,\n\nel día 10 de julio se me cobró el plan anual dos veces (11.988,00 ₹ cada uno). La factura "
             "duplicada es {i[dup8_2]}. Por favor, reembolsadme el segundo cobro.\n\nSaludos,\nCarmen Ruiz\n"),
    "l04-dup-no-pair": dict(
        subject="Pago duplicado",
        body="Buen día,\n\nen mi tarjeta aparece que me cobraron dos veces la mensualidad del 22/09/2025. Les pido "
             "la devolución del cargo duplicado. Factura: {i[dup1]}.\n\nQuedo atento,\nAndrés Castillo\n"
             "Castillo Digital - CDMX\n"),
    "l05-dup-three-charges": dict(
        subject="¡Tres cargos iguales el mismo día!",
        body="Hola equipo de LeadsOptima:\n\nel 15 de septiembre el sistema me cobró tres veces la suscripción "
             "mensual: {i[dup3]}, {i[dup3_2]} y {i[dup3_3]}, 1.499,00 ₹ cada una. Evidentemente solo debería "
             "haber un cobro. Quiero que me reembolséis los cargos duplicados.\n\nMarta Gómez\n"),
    "l06-billing-error-wrong-plan": dict(
        subject="Me cobraron el plan equivocado",
        body="Hola,\n\nel viernes 26 de septiembre me cobraron 3.999,00 ₹ por el plan trimestral, pero yo había "
             "elegido el plan mensual. Es un error de facturación. Factura {i[berr]}. Solicito el reembolso de "
             "ese cargo.\n\nAtentamente,\nPablo Navarro\nNavarro Inmobiliaria\n"),
    "l07-billing-error-outside": dict(
        subject="Importe incorrecto en la factura {i[berrout]}",
        body="Hola,\n\nel 1 de agosto me cobraron 11.988,00 ₹ por el plan anual, pero el importe acordado con "
             "vuestro comercial era menor; el importe es incorrecto. Pido que me devolváis el cobro de la "
             "factura {i[berrout]}.\n\nGracias,\nElena Ortiz\n"),
    "l08-charged-after-cancelled": dict(
        subject="Me seguís cobrando después de cancelar",
        body="Hola,\n\nya cancelé mi suscripción en agosto desde Billing > Cancel Plan y aun así el 18 de "
             "septiembre me cobrasteis otra vez 1.499,00 ₹ (factura {i[past]}). Quiero que me devolváis ese "
             "dinero.\n\nSergio Jiménez\n"),
    "l09-access-inside": dict(
        subject="No puedo acceder a la plataforma",
        body="Hola,\n\npagué el plan anual el 24 de septiembre (factura {i[acc]}) y desde el día siguiente no "
             "puedo iniciar sesión: la página se queda cargando y luego da error. Ya escribí al chat y sigue "
             "igual. Solicito el reembolso del pago.\n\nSaludos cordiales,\nValentina Rojas\n"
             "Rojas Consultores - Santiago de Chile\n"),
    "l10-access-outside": dict(
        subject="Sin acceso - reembolso",
        body="Buenas,\n\nllevo semanas sin poder entrar en mi cuenta, el panel no carga. Pagué el 5 de agosto "
             "(factura {i[accout]}, plan mensual). Solicito el reembolso.\n\nDiego Herrera\n"),
    "l11-not-using-refund": dict(
        subject="Solicitud de reembolso",
        body="Hola,\n\nal final no estoy usando la herramienta, no he tenido tiempo de configurarla. Me gustaría "
             "que me devolvierais el pago del 20 de septiembre, factura {i[l1]}, plan mensual.\n\nGracias,\n"
             "Isabel Moreno\n"),
    "l12-unused-months-refund-and-cancel": dict(
        subject="Cancelar suscripción y devolución de los meses restantes",
        body="Hola,\n\nquiero cancelar mi plan trimestral porque cerramos la empresa a final de mes. Además os "
             "pido que me devolváis la parte de octubre y noviembre que no voy a usar (factura {i[l1c]}).\n\n"
             "Un saludo,\nRaúl Domínguez\nDomínguez Reformas S.L.\n"),
    "l13-trial-refund": dict(
        subject="Devolución",
        body="Hola, estoy en el periodo de prueba y no me convence el producto. Quiero que me devolváis lo que "
             "me hayáis cobrado, por favor.\n\nCamila Torres\n"),
    "l14-hypothetical-before-buying": dict(
        subject="Pregunta antes de contratar el plan anual",
        body="Hola,\n\nestoy probando LeadsOptima y me planteo contratar el plan anual. Si lo contrato y a los "
             "dos meses veo que no me sirve, ¿me devolveríais el dinero de los meses que no use? Quiero tenerlo "
             "claro antes de pagar.\n\nGracias,\nAlejandro Vega\nVega Marketing - Buenos Aires\n"),
    "l15-cancel-period-end": dict(
        subject="Baja de la suscripción",
        body="Hola,\n\npor favor dad de baja mi plan mensual. Hemos decidido volver a gestionar los leads con "
             "nuestro CRM.\n\nUn saludo,\nNatalia Serrano\nSerrano Estudio\n"),
    "l16-cancel-annual-fallback": dict(
        subject="Cancelación plan anual",
        body="Buenos días,\n\nos escribo para cancelar nuestra suscripción anual a LeadsOptima; no la vamos a "
             "renovar porque el departamento comercial cambia de herramienta.\n\nAtentamente,\n"
             "Fernando Blanco\nBlanco y Asociados\n"),
    "l17-cancel-quarterly-month-end-html": dict(
        subject="Cancelar plan trimestral", body=None,
        html="<html><body><div style='font-family:Calibri'><p>Hola,</p><p>Quiero <b>cancelar</b> mi "
             "suscripción trimestral. El motivo es que ya no necesitamos la prospección automática.</p>"
             "<p>Gracias,<br>Rocío Medina</p><p style='color:#888'>Enviado desde mi iPhone</p></div>"
             "</body></html>"),
    "l18-cancel-negated-refund": dict(
        subject="Cancelar",
        body="Hola, no quiero reembolso, solo cancelar la suscripción mensual para que no se renueve.\n\n"
             "Tomás Iglesias\nIglesias Motor\n"),
    "l19a-thread-dup-no-invoice": dict(
        subject="Cargo duplicado",
        body="Hola,\n\nayer 26/09 me cobrasteis dos veces la cuota mensual. Os pido que me devolváis uno de "
             "los dos cargos.\n\nLaura Santos\n"),
    "l19b-thread-dup-answer": dict(
        subject="Re: Cargo duplicado",
        body="Hola de nuevo,\n\nla factura del cargo duplicado es {i[thr_2]}.\n\nGracias,\nLaura\n\n"
             "El sáb, 27 sept 2025 a las 10:00, Laura Santos escribió:\n> Hola,\n> ayer 26/09 me cobrasteis dos "
             "veces la cuota mensual.\n"),
    "l20-missing-reason": dict(
        subject="Reembolso factura {i[mreason]}",
        body="Hola,\n\nsolicito el reembolso de la factura {i[mreason]}.\n\nQuedo a la espera.\n\n"
             "Miguel Ángel Prieto\nPrieto Seguros\n"),
    "l21-c2-other-address": dict(
        subject="Doble cobro", sender="Bea Cano <{e[c2_personal]}>",
        body="Hola, os escribo desde mi correo personal. Mi correo registrado en LeadsOptima es {e[c2]}. El "
             "10 de septiembre me cobrasteis dos veces, factura {i[c2]}. ¿Me podéis decir qué cargos tengo y "
             "devolverme el duplicado?\n\nBeatriz Cano\n"),
    "l22-unknown-sender": dict(
        subject="Cancelar cuenta", sender="Ricardo Paz <{e[unknown]}>",
        body="Hola, quiero cancelar mi cuenta de LeadsOptima, ya no la necesitamos.\n\nRicardo Paz\n"
             "Paz Eventos\n"),
    "l23-forward-own-request": dict(
        subject="RV: Cobro doble plan anual",
        body="Os lo reenvío, lo mandé por error a info@ hace un rato.\n\n"
             "-----Mensaje original-----\nDe: Gonzalo Ramos <{e[fwdok]}>\nEnviado el: lunes, 29 de septiembre "
             "de 2025 18:40\nPara: info@leadsoptima.com\nAsunto: Cobro doble plan anual\n\nHola, hoy me han "
             "cobrado dos veces el plan anual, 11.988,00 ₹ cada cargo. El segundo es el {i[typed_fwdok_2]}. "
             "Solicito que me devolváis el cobro duplicado.\nGonzalo Ramos\n"),
    "l24-forward-by-assistant-c2": dict(
        subject="RV: Reembolso LeadsOptima", sender="Secretaría Peña Construcciones <{e[assistant]}>",
        body="Buenos días, os reenvío la petición de D. Ignacio Peña.\n\n"
             "-----Mensaje original-----\nDe: Ignacio Peña\nEnviado el: domingo, 7 de septiembre de 2025\n"
             "Asunto: Reembolso LeadsOptima\n\nCarolina, reenvía esto a LeadsOptima por favor: mi correo "
             "registrado es {e[fwdboss]}, plan trimestral. Desde el 6 de septiembre no puedo acceder a la "
             "plataforma, no carga el panel. Quiero el reembolso de la factura {i[fwdboss]}.\n"),
    "l25-chargeback-threat": dict(
        subject="Devolución inmediata o contracargo",
        body="Hola,\n\nel 10 de septiembre me cobrasteis 1.499,00 ₹ (factura {i[cb]}) y la herramienta no es "
             "lo que esperaba. Si no me devolvéis el dinero esta semana, abriré un contracargo con mi banco.\n\n"
             "Adriana Flores\n"),
    "l26-legal-threat-cancel-and-refund": dict(
        subject="Baja y reembolso - aviso legal",
        body="Señores:\n\nles comunico la baja de mi plan trimestral y exijo el reembolso íntegro de la factura "
             "{i[legal]}. El servicio no cumple lo prometido. Si no recibo respuesta en 48 horas, pondré el "
             "caso en manos de mi abogado y presentaré una reclamación ante Profeco por mis derechos como "
             "consumidor.\n\nHéctor Mendoza\nMendoza Import S.A. de C.V.\n"),
    "l27-auto-reply": dict(
        subject="Respuesta automática: Su factura de LeadsOptima",
        body="Gracias por su mensaje. Estaré fuera de la oficina hasta el 6 de octubre sin acceso al correo. "
             "Para asuntos urgentes, contacte con administracion@serranoestudio.es.\n\nNatalia Serrano\n"),

    # ---------------- Optima WebDesign
    "o01-discovery-not-started": dict(
        subject="Solicitud de reembolso — Bodega Sol de Rioja / {i[ow_disc]}",
        body="Hola,\n\npagamos la fase de descubrimiento (12.000,00 ₹ + IVA) el 22 de septiembre, pero todavía "
             "no se ha celebrado ninguna sesión. La dirección ha decidido aplazar el proyecto web hasta 2026, "
             "así que solicitamos el reembolso de la factura {i[ow_disc]}.\n\nUn saludo,\nBodega Sol de Rioja\n"),
    "o02-discovery-started": dict(
        subject="Reembolso fase de estrategia",
        body="Hola,\n\nqueremos la devolución de la factura {i[ow_disc2]} (fase de estrategia del proyecto "
             "Clínica Dental Sonrisa). Tras la primera sesión del 5 de septiembre vemos que no encaja con lo "
             "que buscábamos.\n\nDra. Paula Vidal\n"),
    "o03-deposit-48h-html": dict(
        subject="Reembolso del depósito — Tapas Lola Web", body=None,
        html="<html><body><p>Hola equipo de Optima,</p><p>El viernes 26 de septiembre pagamos el depósito de "
             "<b>20.000,00 ₹</b> (factura {i[ow_dep]}) para el proyecto <i>Tapas Lola Web</i>. Por motivos "
             "económicos no vamos a seguir adelante y pedimos que nos devolváis el depósito. Aún no habéis "
             "empezado a trabajar.</p><p>Saludos,<br>Lola Martín</p></body></html>"),
    "o04-deposit-exactly-72h": dict(
        subject="Reembolso depósito Hostal Mar Azul",
        body="Buenos días,\n\nsolicitamos la devolución del depósito de la factura {i[ow_dep72]} del proyecto "
             "Hostal Mar Azul: el propietario ha decidido vender el negocio.\n\nHostal Mar Azul\n"),
    "o05-deposit-work-started": dict(
        subject="Cancelación y reembolso depósito",
        body="Hola,\n\nayer pagamos el depósito (factura {i[ow_depw]}) del proyecto Ferretería Hermanos Gil, "
             "pero mi hermano ha encontrado otra agencia más barata. Pedimos el reembolso del depósito.\n\n"
             "Jorge Gil\n"),
    "o06-milestone-not-started": dict(
        subject="Reembolso hito 4 Portal Inmobiliario Costa",
        body="Hola,\n\nel hito 4 (integración con el CRM), factura {i[typed_ow_ms_4]}, todavía no ha empezado y "
             "hemos decidido hacer esa integración internamente. Solicitamos el reembolso de ese hito.\n\n"
             "Departamento IT - InmoCosta\n"),
    "o07-milestone-in-progress": dict(
        subject="Reembolso hito 3",
        body="Hola,\n\nrespecto al proyecto Portal Inmobiliario Costa, queremos el reembolso del hito 3 "
             "(factura {i[ms_in_progress]}), ya que el buscador de propiedades lleva semanas de retraso y "
             "hemos cambiado las prioridades.\n\nDepartamento IT - InmoCosta\n"),
    "o08-milestone-completed": dict(
        subject="Devolución hito 2",
        body="Hola,\n\nsolicitamos la devolución de la factura {i[ms_completed]} del proyecto Portal "
             "Inmobiliario Costa (hito 2, diseño de fichas). Al final no vamos a usar ese diseño porque la "
             "nueva dirección quiere otro estilo.\n\nDepartamento IT - InmoCosta\n"),
    "o09-milestone-approved": dict(
        subject="Reembolso hito 1",
        body="Hola,\n\nnos gustaría recuperar el pago del hito 1 ({i[ms_approved]}) del Portal Inmobiliario "
             "Costa: aunque lo aprobamos en junio, el cliente final ha cambiado de idea sobre la home.\n\n"
             "Departamento IT - InmoCosta\n"),
    "o10-milestone-no-invoice": dict(
        subject="Reembolso de un hito",
        body="Hola,\n\nqueremos el reembolso de uno de los pagos del proyecto Portal Inmobiliario Costa, porque "
             "el presupuesto de este trimestre se ha recortado.\n\nDepartamento IT - InmoCosta\n"),
    "o11-hosting-within-14-days": dict(
        subject="Cancelar hosting anual y reembolso — Academia Idiomas Babel",
        body="Hola,\n\ncontratamos el hosting anual el 19 de septiembre (factura {i[ow_host]}), pero el grupo "
             "nos obliga a usar su propio servidor. Por favor, cancelad el plan de hosting y devolvednos la "
             "parte que corresponda.\n\nAcademia Babel\n"),
    "o12-maintenance-day15": dict(
        subject="Reembolso mantenimiento anual Librería El Quijote",
        body="Buenas,\n\nqueremos cancelar el mantenimiento anual que empezó el 1 de septiembre y que nos "
             "devolváis lo proporcional (factura {i[ow_maint]}). Hemos contratado a un informático del "
             "barrio.\n\nLibrería El Quijote\n"),
    "o13-maintenance-rounding": dict(
        subject="Reembolso mantenimiento — Panadería La Espiga / {i[ow_maintr]}",
        body="Hola,\n\nnos hemos equivocado al contratar el mantenimiento anual de 10.000,01 ₹: lo incluye ya "
             "nuestra franquicia. Solicitamos el reembolso prorrateado de la factura {i[ow_maintr]}.\n\n"
             "Rosa - La Espiga\n"),
    "o14-third-party-domain-ssl": dict(
        subject="Reembolso dominio y SSL",
        body="Hola,\n\nsolicitamos el reembolso de la factura {i[tp]} (dominio .pe y certificado SSL) del "
             "proyecto Tienda Online Artesanía Andina, porque finalmente usaremos el dominio que ya teníamos.\n"
             "\nArtesanía Andina\n"),
    "o15-rush-fee": dict(
        subject="Devolución cargo urgente",
        body="Hola,\n\nnos cobrasteis 8.000,00 ₹ por entrega urgente (factura {i[rush]}) en el proyecto Tienda "
             "Online Artesanía Andina y la web se entregó solo un día antes de lo previsto. Pedimos que nos "
             "devolváis ese cargo.\n\nArtesanía Andina\n"),
    "o16-setup-fee": dict(
        subject="Reembolso cuota de alta",
        body="Hola,\n\npedimos la devolución de la cuota de alta/configuración, factura {i[setup]}, del "
             "proyecto Tienda Online Artesanía Andina: nos parece un cobro excesivo para lo que se hizo.\n\n"
             "Artesanía Andina\n"),
    "o17-change-request": dict(
        subject="Reembolso solicitud de cambio",
        body="Hola,\n\nla solicitud de cambio facturada en {i[cr]} (nueva pasarela de pago) para Tienda Online "
             "Artesanía Andina ya no la necesitamos porque cambiamos de banco. Solicitamos el reembolso.\n\n"
             "Artesanía Andina\n"),
    "o18-retainer-11-days-no-refund": dict(
        subject="Cancelación del retainer — Gimnasio FuerzaMax",
        body="Hola,\n\nos comunicamos la cancelación del retainer mensual del proyecto Gimnasio FuerzaMax "
             "(última factura {i[ow_ret8]}). No pedimos ningún reembolso del mes en curso. El motivo: vamos a "
             "contratar a una persona de marketing en plantilla.\n\nAdministración FuerzaMax\n"),
    "o19-retainer-exactly-7-days": dict(
        subject="Baja retainer Óptica Visión Clara",
        body="Buenos días,\n\ncancelamos el retainer mensual de Óptica Visión Clara, factura {i[ow_ret7]}. "
             "Motivo: reducción de gastos por obras en la tienda.\n\nÓptica Visión Clara\n"),
    "o20-retainer-5-days": dict(
        subject="Cancelar retainer Taller Mecánico Ruedas",
        body="Hola, buenas tardes.\n\nQueremos cancelar el retainer del proyecto Taller Mecánico Ruedas "
             "(factura {i[ow_ret5]}), porque las ventas bajaron mucho este trimestre.\n\nTaller Ruedas\n"),
    "o21-cancel-project-o8": dict(
        subject="Cancelación del proyecto Floristería Primavera",
        body="Hola,\n\nlamentablemente tenemos que cancelar el proyecto Floristería Primavera (factura del "
             "depósito {i[ow_cproj]}). El motivo es que cerramos la segunda tienda y ya no necesitamos la "
             "web con pedidos online.\n\nFloristería Primavera\n"),
    "o22-cancel-no-reason": dict(
        subject="Cancelación retainer",
        body="Hola,\n\npor favor, cancelad el retainer del proyecto Gimnasio FuerzaMax, factura {i[ow_ret8]}.\n\n"
             "Gracias.\nAdministración FuerzaMax\n"),
    "o23a-thread-deposit-no-reason": dict(
        subject="Solicitud de reembolso — Escuela de Surf Olas / {i[ow_thr]}",
        body="Hola,\n\nsolicitamos el reembolso del depósito pagado ayer para el proyecto Escuela de Surf Olas, "
             "factura {i[ow_thr]}.\n\nUn saludo,\nEscuela de Surf Olas\n"),
    "o23b-thread-deposit-answer": dict(
        subject="Re: Solicitud de reembolso — Escuela de Surf Olas / {i[ow_thr]}",
        body="Hola,\n\nel motivo es que el ayuntamiento no nos ha renovado la licencia de la playa y la escuela "
             "no abrirá la próxima temporada.\n\nUn saludo,\nEscuela de Surf Olas\n"),
    "o24-c2-personal-address": dict(
        subject="Reembolso Bodega Sol de Rioja", sender="Marcos Ruiz <{e[ow_personal]}>",
        body="Hola, soy Marcos, de la Bodega Sol de Rioja. Os escribo desde mi Gmail porque no tengo acceso al "
             "correo de la bodega ({e[ow_disc]}). Queremos el reembolso de la factura {i[ow_disc]} del "
             "descubrimiento porque aplazamos el proyecto. ¿Podéis confirmarme también cuánto llevamos pagado?\n"),
    "o25-chargeback-threat": dict(
        subject="URGENTE: reembolso depósito o contracargo",
        body="Hola,\n\nsi no me devolvéis hoy el depósito de la factura {i[ow_depw]} (Ferretería Hermanos Gil) "
             "iniciaré un contracargo con la tarjeta. No estamos contentos con el arranque del proyecto.\n\n"
             "Jorge Gil\n"),
    "o26-legal-threat-cancel": dict(
        subject="Cancelación retainer - Óptica Visión Clara",
        body="Buenos días,\n\ncancelamos el retainer (factura {i[ow_ret7]}) porque el servicio de este mes ha "
             "sido deficiente. Les advierto de que nuestro abogado revisará el contrato y, si hace falta, "
             "acudiremos a la oficina del consumidor.\n\nÓptica Visión Clara\n"),
    "o27-forward-own-request": dict(
        subject="RV: Reembolso descubrimiento Bodega Sol de Rioja",
        body="Reenvío nuestra petición de ayer, creo que la mandamos a una dirección equivocada.\n\n"
             "---------- Mensaje reenviado ---------\nDe: Bodega Sol de Rioja <{e[ow_disc]}>\n"
             "Fecha: mié, 24 sept 2025 a las 10:05\nAsunto: Reembolso descubrimiento Bodega Sol de Rioja\n"
             "Para: <optimawebdesign@gmail.com>\n\nHola, solicitamos el reembolso de la factura {i[ow_disc]} "
             "(fase de descubrimiento del proyecto Bodega Sol de Rioja). Aún no se ha hecho ninguna sesión y "
             "la dirección ha decidido aplazar la web hasta 2026.\n"),
    "o28-hypothetical-deposit": dict(
        subject="Consulta sobre el depósito", sender="Sofía Lara <{e[prospect]}>",
        body="Hola,\n\nestamos pensando en encargaros la web de nuestra tienda de decoración. Si pagamos el "
             "depósito y a los dos días cambiamos de opinión, ¿nos lo devolveríais? ¿Y si ya habéis empezado?"
             "\n\nGracias,\nSofía Lara\n"),
    "o29-auto-reply": dict(
        subject="Respuesta automática: Factura Optima WebDesign",
        body="Este es un mensaje automático. La administración de FuerzaMax está de vacaciones hasta el 13 de "
             "octubre. Su correo será atendido a nuestra vuelta.\n"),
    "o30-payment-failed": dict(
        subject="Reembolso descubrimiento Café Central",
        body="Hola,\n\nel 28 de septiembre pagamos la fase de descubrimiento del proyecto Café Central Bogotá "
             "(factura {i[ow_failed]}) y el banco dice que el pago falló, pero en la cuenta aparece el cargo. "
             "Como no vamos a seguir, pedimos el reembolso de ese importe.\n\nCafé Central\n"),
}

if __name__ == "__main__":
    Lang("es", HERE, 5100, 5100, PEOPLE, PROJECTS, T, EXTRA,
         latin1=("l15-cancel-period-end", "o19-retainer-exactly-7-days")).build()
