#!/usr/bin/env python3
"""fresh36_pt: held-out Portuguese cases (Amapá, Acre, the gaúcho frontier at Uruguaiana and Santana do
Livramento, Nikkei in São Paulo's Liberdade, Pomeranian-Brazilians in Espírito Santo's hills, Setúbal, Aveiro,
Leiria, Portuguese emigrants in the Valais, Portuguese written by Korean and Haitian speakers).

Stdlib only, deterministic: run from this folder, it writes ledger.json, emails/*.eml, expected.json.
MIT, like the project; all names, firms and text invented for this project.
"""

from __future__ import annotations

from pathlib import Path

from kit36 import LOB, OWB, R, Round, X, d, hours, ist_day, tz

HERE = Path(__file__).resolve().parent
RD = Round(HERE, "pt", "fresh36-pt", {"bom dia": (5, 12), "boa tarde": (12, 18), "boa noite": (18, 5)})
cust, lopay, proj, owpay, case = RD.cust, RD.lopay, RD.proj, RD.owpay, RD.case
BR, AC, PT, CH = tz(-3), tz(-5), tz(1), tz(2)
SUP = "Suporte LeadsOptima <support@leadsoptima.com>"
OWD = "Optima WebDesign <optimawebdesigns12@gmail.com>"


def chk(paid, when, n):
    assert ist_day(paid, when) == n, (paid, when, ist_day(paid, when), n)


# =============================== LeadsOptima ===============================================
cust("acaiteria.macapa@gmail.com", "Açaiteria Beira-Rio", "monthly", start="2025-09-18", end="2025-10-17")
lopay("p36_01", "LO-INV-37101", "acaiteria.macapa@gmail.com", "monthly", "1499.00", "2025-09-18T13:10:00",
      "2025-09-18", "2025-10-17")
lopay("p36_02", "LO-INV-37102", "acaiteria.macapa@gmail.com", "monthly", "1499.00", "2025-09-18T13:11:30",
      "2025-09-18", "2025-10-17")
w = d(2025, 9, 20, 8, 15, BR); chk("2025-09-18T13:11:30", w, 2)
case("pt-l01-macapa-audio-transcrito", LOB, "decided", [(
    "Dona Raimunda Açaí <acaiteria.macapa@gmail.com>", SUP, "cobranca duplicada", w,
    "bom dia aqui e a raimunda da acaiteria beira rio de macapa to falando no microfone do celular entao "
    "desculpa os erros\nvoces cobraram duas vezes o plano mensal no dia dezoito mil quatrocentos e noventa "
    "e nove rupias cada que eu vi no extrato do banco a segunda fatura e LO INV 37102\n"
    "quero o estorno dessa segunda cobranca que paguei duas vezes a mesma coisa\nobrigada fica com deus\n"
    "\nEnviado do meu iPhone\n")],
    [R("approve", "1499.00")],
    spec="L4: duplicate monthly 2025-09-18; mail 2025-09-20 IST day 2; 'LO INV 37102' = the later charge "
         "(s.8 spacing): approve 1499.00.")

cust("financeiro@castanhasdoacre.com.br", "Castanhas do Acre", "annual", start="2025-09-12", end="2026-09-11")
lopay("p36_03", "LO-INV-37103", "financeiro@castanhasdoacre.com.br", "annual", "11988.00", "2025-09-12T12:00:00",
      "2025-09-12", "2026-09-11")
case("pt-l02-rio-branco-estagiario-encaminha", LOB, "need_info", [(
    "Estágio Castanhas <estagio.castanhas@gmail.com>", SUP, "ENC: cobrança em dobro anual",
    d(2025, 9, 16, 9, 5, AC),
    "Bom dia, segue abaixo o pedido do financeiro.\nAtt, Kauã (estagiário)\n\n"
    "De: Financeiro Castanhas do Acre <financeiro@castanhasdoacre.com.br>\n"
    "Enviado: segunda-feira, 15 de setembro de 2025 17:40\n"
    "Para: Estágio Castanhas <estagio.castanhas@gmail.com>\n"
    "Assunto: cobrança em dobro anual\n\n"
    "Kauã, manda pro pessoal da LeadsOptima que cobraram duas vezes a anuidade (11.988 rúpias cada) no "
    "cartão da empresa e pede o estorno de uma. O nosso e-mail cadastrado lá é "
    "financeiro@castanhasdoacre.com.br.\nLuciana\n")],
    rules=["C2"],
    spec="C2 + s.8 forwards: forwarded request naming the registered financeiro@ address, sent from an "
         "intern's gmail: need_info, write from the registered address.")

cust("frigorifico.fronteira@gmail.com", "Frigorífico Fronteira", "quarterly", start="2025-09-15", end="2025-12-14")
lopay("p36_04", "LO-INV-37104", "frigorifico.fronteira@gmail.com", "quarterly", "3999.00", "2025-09-15T14:30:00",
      "2025-09-15", "2025-12-14")
lopay("p36_05", "LO-INV-37105", "frigorifico.fronteira@gmail.com", "quarterly", "3999.00", "2025-09-15T14:31:00",
      "2025-09-15", "2025-12-14")
w = d(2025, 9, 23, 8, 0, BR); chk("2025-09-15T14:31:00", w, 8)
case("pt-l03-uruguaiana-dia-8", LOB, "decided", [(
    "Frigorífico Fronteira <frigorifico.fronteira@gmail.com>", SUP, "Cobrança duplicada LO-INV-37105", w,
    "Bom dia, tchê.\n\nCom a tropa chegando no fim de semana não deu pra escrever antes. Na segunda, dia 15, "
    "cobraram duas vezes o trimestral (3.999,00 INR), faturas LO-INV-37104 e LO-INV-37105. Peço o estorno "
    "da segunda.\n\nAbraço,\nJoão Vicente Pereira\nFrigorífico Fronteira - Uruguaiana/RS\n")],
    [R("deny")],
    spec="L3: charges 2025-09-15 IST; mail 2025-09-23 08:00 -03 = 16:30 IST, day 8: deny.")

cust("lojadobaixo.livramento@gmail.com", "Loja do Baixo", "monthly", start="2025-09-20", end="2025-10-19")
lopay("p36_06", "LO-INV-37106", "lojadobaixo.livramento@gmail.com", "monthly", "1499.00", "2025-09-20T15:00:00",
      "2025-09-20", "2025-10-19")
lopay("p36_07", "LO-INV-37107", "lojadobaixo.livramento@gmail.com", "monthly", "1499.00", "2025-09-20T15:02:00",
      "2025-09-20", "2025-10-19")
w = d(2025, 9, 27, 21, 40, BR); chk("2025-09-20T15:02:00", w, 8)
case("pt-l04-livramento-sabado-noite-dia-8", LOB, "decided", [(
    "Loja do Baixo <lojadobaixo.livramento@gmail.com>", SUP, "me cobraram 2x no sábado 20", w,
    "Boa noite. Aqui é a Neusa, da Loja do Baixo (free shop na divisa com Rivera). Faz uma semana hoje, "
    "no sábado 20, vocês passaram o mensal duas vezes: LO-INV-37106 e LO-INV-37107. Quero de volta a "
    "segunda cobrança, por favor.\nNeusa\n")],
    [R("deny")],
    spec="L3 in the brand's zone: 2025-09-27 21:40 -03 = 2025-09-28 06:10 IST, day 8 (the writer's 'a week' is "
         "day 7 locally): deny.")

cust("sushi.liberdade@gmail.com", "Restaurante Hoshi", "monthly", start="2025-09-20", end="2025-10-19")
lopay("p36_08", "LO-INV-37108", "sushi.liberdade@gmail.com", "monthly", "1499.00", "2025-09-20T11:40:00",
      "2025-09-20", "2025-10-19")
lopay("p36_09", "LO-INV-37109", "sushi.liberdade@gmail.com", "monthly", "1499.00", "2025-09-20T11:41:00",
      "2025-09-20", "2025-10-19")
w = d(2025, 9, 26, 22, 10, BR); chk("2025-09-20T11:41:00", w, 7)
case("pt-l05-liberdade-dia-7-hora-india", LOB, "decided", [(
    "Hoshi Restaurante - Kenji Tanaka <sushi.liberdade@gmail.com>", SUP, "Cobrança em duplicidade", w,
    "Boa noite. Meu nome é Kenji Tanaka, sou sansei e cuido do restaurante da família na Rua Galvão Bueno. "
    "No sábado dia 20/09 houve duas cobranças do plano mensal, LO-INV-37108 e LO-INV-37109, mesmo valor "
    "(1.499 rúpias). Solicito gentilmente o estorno da segunda (37109).\n\nYoroshiku onegaishimasu,\n"
    "Kenji Tanaka\n")],
    [R("approve", "1499.00")],
    spec="L4: duplicate 2025-09-20; 2025-09-26 22:10 -03 = 2025-09-27 06:40 IST, day 7 inside: approve 1499.00.")

cust("expedicao@translitoralsetubal.pt", "Translitoral Setúbal", "monthly", start="2025-09-24", end="2025-10-23")
for pid, inv, t in (("p36_10", "LO-INV-37110", "17:00:00"), ("p36_11", "LO-INV-37111", "17:00:45"),
                    ("p36_12", "LO-INV-37112", "17:02:10")):
    lopay(pid, inv, "expedicao@translitoralsetubal.pt", "monthly", "1499.00", f"2025-09-24T{t}",
          "2025-09-24", "2025-10-23")
w = d(2025, 9, 25, 6, 50, PT); chk("2025-09-24T17:02:10", w, 1)
case("pt-l06-setubal-despachante-tres-cobrancas", LOB, "decided", [(
    "Expedição Translitoral <expedicao@translitoralsetubal.pt>", SUP, "TRÊS débitos no mesmo dia", w,
    "Bom dia,\n\nSou o Rui, despachante do turno da madrugada na Translitoral (Setúbal). Antes de os camiões "
    "saírem para o porto vi no extrato três débitos iguais da LeadsOptima de 24/09, 1.499 rupias cada: "
    "LO-INV-37110, LO-INV-37111 e LO-INV-37112. Temos UM plano mensal, ou seja pagámos três vezes o mesmo. "
    "Devolvam os dois a mais, se faz favor.\n\nRui Gaspar\nExpedição\n")],
    [R("approve", "2998.00")],
    spec="s.8 three identical charges: 2nd and 3rd are duplicates inside L3 (day 1): 2 x 1499.00 = 2998.00.")

cust("protese.aveiro@gmail.com", "Laboratório de Prótese Ria", "quarterly", start="2025-09-22", end="2025-12-21")
lopay("p36_13", "LO-INV-37113", "protese.aveiro@gmail.com", "quarterly", "3999.00", "2025-09-22T12:30:00",
      "2025-09-22", "2025-12-21")
w = d(2025, 9, 24, 14, 5, PT); chk("2025-09-22T12:30:00", w, 2)
case("pt-l07-aveiro-lab-protese-sem-par", LOB, "decided", [(
    "Lab. Prótese Ria <protese.aveiro@gmail.com>", SUP, "Pagamento em duplicado?", w,
    "Boa tarde,\n\nSomos um laboratório de prótese dentária em Aveiro. A nossa contabilista diz que no "
    "extrato de setembro aparece o trimestre da LeadsOptima pago duas vezes, 3.999 rupias no dia 22. "
    "Peço que verifiquem o pagamento em duplicado e nos devolvam um.\n\nCumprimentos,\nHugo Tavares\n"
    "Técnico de prótese dentária\n")],
    [R("escalate")],
    spec="L4: 'paid twice' inside the window (day 2), ledger has one charge (LO-INV-37113): no pair: escalate.")

cust("atelier.sion@netz.example.ch", "Atelier Costura Sion", "quarterly", start="2025-09-19", end="2025-12-18")
lopay("p36_14", "LO-INV-37114", "atelier.sion@netz.example.ch", "quarterly", "3999.00",
      "2025-09-19T14:00:00", "2025-09-19", "2025-12-18")
w = d(2025, 9, 23, 19, 10, CH); chk("2025-09-19T14:00:00", w, 4)
case("pt-l08-valais-mudou-de-ideias", LOB, "decided", [(
    "Fátima Rebelo - Atelier <atelier.sion@netz.example.ch>", SUP, "Remboursement / reembolso", w,
    "Boa noite,\n\nSou portuguesa, emigrada aqui em Sion há vinte anos, tenho um atelier de costura. "
    "Subscrevi o plano trimestral (fatura LO-INV-37114) mas afinal a minha filha diz que é complicado demais "
    "e que os clientes vêm todos por boca a boca. Queria o dinheiro de volta, mal mexemos naquilo.\n\n"
    "Merci, obrigada\nFátima\n")],
    [R("deny")],
    spec="L1: changed mind / did not use it: deny, cancellation offered. No cancellation asked.")

cust("beatmaker.kr.sp@gmail.com", "Daniel Choi", "monthly", start="2025-09-10", end="2025-10-09")
lopay("p36_15", "LO-INV-37115", "beatmaker.kr.sp@gmail.com", "monthly", "1499.00", "2025-09-10T16:45:00",
      "2025-09-10", "2025-10-09")
case("pt-l09-bom-retiro-produtor-coreano", LOB, "decided", [(
    "Daniel Choi 최대한 <beatmaker.kr.sp@gmail.com>", SUP, "cancelar e devolver", d(2025, 9, 29, 23, 30, BR),
    "oi, eu sou Daniel, produtor musical no Bom Retiro (sou coreano, portugues ainda nao e muito bom). "
    "Eu vou fechar estudio em outubro, nao preciso mais clientes. Por favor cancela meu plano mensal e "
    "devolve dinheiro dos dias que eu nao vou usar.\n고맙습니다 obrigado\nDaniel\n")],
    [R("deny"), X("cancel", "2025-10-09")],
    spec="L1 unused days refund: deny; L8 cancel effective current_period_end 2025-10-09.")

cust("pousada.jetiba@gmail.com", "Pousada Pommerland", "monthly", status="cancelled", start="2025-08-25",
     end="2025-09-24")
lopay("p36_16", "LO-INV-37116", "pousada.jetiba@gmail.com", "monthly", "1499.00", "2025-08-25T12:00:00",
      "2025-08-25", "2025-09-24")
lopay("p36_17", "LO-INV-37117", "pousada.jetiba@gmail.com", "monthly", "1499.00", "2025-09-25T12:00:00",
      "2025-09-25", "2025-10-24")
w = d(2025, 9, 26, 10, 0, BR); chk("2025-09-25T12:00:00", w, 1)
case("pt-l10-jetiba-cobrado-depois-de-cancelar", LOB, "decided", [(
    "Pousada Pommerland <pousada.jetiba@gmail.com>", SUP, "cobrança depois do cancelamento", w,
    "Bom dia,\n\nNo mês passado cancelamos o plano (meu marido fez pelo Faturamento > Cancelar Plano) e "
    "mesmo assim ontem cobraram mais um mês: fatura LO-INV-37117. Isso é erro de cobrança, não era pra "
    "ter cobrado. Peço o reembolso.\n\nAtenciosamente,\nElke Schultz Berger\nPousada Pommerland - "
    "Santa Maria de Jetibá/ES\n")],
    [R("escalate")],
    spec="L2 billing_error ('charged after I cancelled'), day 1: L5 escalate.")

cust("cafe.pomerano@gmail.com", "Café Pomerano", "monthly", start="2025-09-21", end="2025-10-20")
lopay("p36_18", "LO-INV-37118", "cafe.pomerano@gmail.com", "annual", "11988.00", "2025-09-21T12:15:00",
      "2025-09-21", "2026-09-20")
w = d(2025, 9, 22, 9, 45, BR); chk("2025-09-21T12:15:00", w, 1)
case("pt-l11-pomerano-plano-errado", LOB, "decided", [(
    "Café Pomerano <cafe.pomerano@gmail.com>", SUP, "cobraram o plano anual e o nosso é mensal", w,
    "Bom dia. A gente tem o plano MENSAL, está na conta, e no domingo foram cobradas 11.988 rúpias do plano "
    "anual (LO-INV-37118). Cobraram o plano errado. Quero o estorno dessa cobrança e que cobrem só o mensal.\n"
    "Ervino Hartwig\nTorrefação Café Pomerano - Santa Maria de Jetibá\n")],
    [R("escalate")],
    spec="L2 billing_error ('charged for the wrong plan'), day 1: L5 escalate.")

cust("serraria.leiria@gmail.com", "Serração do Lis", "quarterly", start="2025-09-24", end="2025-12-23")
lopay("p36_19", "LO-INV-37119", "serraria.leiria@gmail.com", "quarterly", "3999.00", "2025-09-24T13:20:00",
      "2025-09-24", "2025-12-23")
w = d(2025, 9, 29, 16, 0, PT); chk("2025-09-24T13:20:00", w, 5)
case("pt-l12-leiria-nao-consigo-entrar", LOB, "decided", [(
    "Serração do Lis <serraria.leiria@gmail.com>", SUP, "sem acesso desde quarta", w,
    "Boa tarde,\n\nDesde que pagámos o trimestre na quarta-feira, dia 24, não conseguimos entrar na "
    "plataforma: aparece 'erro 403' e fica a carregar. Já falámos com o chat e ninguém resolve. Pagámos um serviço que não "
    "conseguimos usar, por isso pedimos o reembolso do trimestre (LO-INV-37119).\n\nNuno Domingues\nSerração do Lis, "
    "Leiria\n")],
    [R("escalate")],
    spec="L2 access_failure inside the window (day 5): L6 escalate.")

cust("jeanbaptiste.curitiba@gmail.com", "Jean-Baptiste Pierre", "monthly", start="2025-09-05", end="2025-10-04")
lopay("p36_20", "LO-INV-37120", "jeanbaptiste.curitiba@gmail.com", "monthly", "1499.00", "2025-09-05T12:00:00",
      "2025-09-05", "2025-10-04")
w = d(2025, 9, 24, 13, 30, BR); chk("2025-09-05T12:00:00", w, 19)
case("pt-l13-haitiano-sem-login-tarde", LOB, "decided", [(
    "Jean-Baptiste Pierre <jeanbaptiste.curitiba@gmail.com>", SUP, "nao consigo entra", w,
    "Boa tarde.\nMwen se Jean-Baptiste, eu tenho pequeno empresa de mudança em Curitiba. Desde dia 5 de "
    "setembro eu paga o plano mensal (LO-INV-37120) mas eu nao consigo entra na conta, a pagina nunca "
    "carrega. Eu quer devolução do dinheiro por favor. Desculpa meu portugues.\nMèsi anpil\nJean-Baptiste\n")],
    [R("deny")],
    spec="L2 access_failure but charge 2025-09-05, mail 2025-09-24 IST = day 19 > 7: L3 deny.")

cust("coral.matriz.setubal@gmail.com", "Coral da Igreja Matriz", "monthly", status="trial",
     trial_ends="2025-10-05")
case("pt-l14-setubal-coral-teste-gratis", LOB, "decided", [(
    "Coral Igreja Matriz <coral.matriz.setubal@gmail.com>", SUP, "Devolução do período de teste",
    d(2025, 9, 27, 15, 40, PT),
    "Boa tarde,\n\nSou a Graça, secretária do coral. Inscrevemo-nos no teste grátis para organizar os "
    "concertos de Natal, mas o maestro não gostou. Podem devolver o que tivermos pago? Não sei se foi "
    "cobrado alguma coisa.\n\nObrigada,\nGraça Pinheiro\n")],
    [R("deny")],
    spec="L7: free trial, no charge: deny, nothing billed unless they subscribe.")

cust("escritorio@ceramicaaveiro.pt", "Cerâmica da Ria", "annual", start="2025-03-01", end="2026-02-28")
lopay("p36_21", "LO-INV-37121", "escritorio@ceramicaaveiro.pt", "annual", "11988.00", "2025-03-01T12:00:00",
      "2025-03-01", "2026-02-28")
case("pt-l15-aveiro-anual-cancela", LOB, "decided", [(
    "Escritório Cerâmica da Ria <escritorio@ceramicaaveiro.pt>", SUP, "Cancelamento da subscrição",
    d(2025, 9, 25, 9, 50, PT),
    "Bom dia,\n\nVimos por este meio cancelar a nossa subscrição anual. Vamos passar a gerir os contactos "
    "no ERP do grupo. Entendemos que o acesso se mantém até ao fim do período pago.\n\nCom os melhores "
    "cumprimentos,\nSandra Moreira\nCerâmica da Ria, Lda.\n\n"
    "Esta mensagem é confidencial e destina-se exclusivamente ao destinatário. Se a recebeu por engano, "
    "informe o remetente e apague-a.\n")],
    [X("cancel", "2026-02-28")],
    spec="L8: cancel, effective current_period_end 2026-02-28.")

cust("estudio.rio.acre@gmail.com", "Estúdio Igarapé", "quarterly")
lopay("p36_22", "LO-INV-37122", "estudio.rio.acre@gmail.com", "quarterly", "3999.00",
      "2025-09-11T21:30:00-05:00", "2025-09-12", "2025-12-11")
case("pt-l16-rio-branco-cancela-sem-periodo", LOB, "decided", [(
    "Estúdio Igarapé <estudio.rio.acre@gmail.com>", SUP, "cancelar plano", d(2025, 9, 28, 15, 0, AC),
    "Boa tarde, aqui é o Railson do Estúdio Igarapé (Rio Branco). Queremos cancelar o plano trimestral, "
    "o movimento de gravação caiu muito esse ano. Obrigado por tudo.\nRailson Nery\n")],
    [X("cancel", "2025-12-11")],
    spec="L8 fallback: no current_period_end; last charge 2025-09-11T21:30-05:00 = 2025-09-12 08:00 IST, "
         "+ 3 months - 1 day = 2025-12-11.")

cust("seo.yuna.sp@gmail.com", "Yuna Seo", "monthly", start="2025-09-15", end="2025-10-14")
lopay("p36_23", "LO-INV-37123", "seo.yuna.sp@gmail.com", "monthly", "1499.00", "2025-09-15T12:00:00",
      "2025-09-15", "2025-10-14")
case("pt-l17-coreana-cancela-sem-motivo", LOB, "decided", [(
    "서유나 Yuna Seo <seo.yuna.sp@gmail.com>", SUP, "cancelamento", d(2025, 9, 30, 10, 0, BR),
    "Olá.\nEu quero cancelar minha assinatura mensal.\nMeu email cadastrado é este.\nObrigada.\nYuna Seo\n")],
    [X("cancel", "2025-10-14")],
    spec="L8: a cancellation is not held up by the missing reason: cancel effective 2025-10-14.")

cust("compras@supermercadofronteira.com.br", "Supermercado Fronteira", "quarterly", start="2025-09-20",
     end="2025-12-19")
lopay("p36_24", "LO-INV-37124", "compras@supermercadofronteira.com.br", "quarterly", "3999.00",
      "2025-09-20T12:00:00", "2025-09-20", "2025-12-19")
case("pt-l18-uruguaiana-gmail-outro-cadastro", LOB, "need_info", [(
    "Daiane Fagundes <daiane.fagundes.rs@gmail.com>", SUP, "estorno cobrança repetida", d(2025, 9, 22, 8, 0, BR),
    "Bom dia. Escrevo do meu e-mail pessoal porque o da empresa está fora do ar. A conta está em "
    "compras@supermercadofronteira.com.br, plano trimestral. Cobraram duas vezes o trimestre, por favor "
    "devolvam uma.\nDaiane Fagundes\nSupermercado Fronteira\n")],
    rules=["C2"], spec="C2: gmail sender names another registered email: need_info, no details.")

cust("secretaria@escolaaveiro.pt", "Escola Básica da Gafanha", "annual", start="2025-09-01", end="2026-08-31")
lopay("p36_25", "LO-INV-37125", "secretaria@escolaaveiro.pt", "annual", "11988.00", "2025-09-01T12:00:00",
      "2025-09-01", "2026-08-31")
case("pt-l19-aveiro-secretaria-mais-etiqueta", LOB, "need_info", [(
    "Secretaria Escola <secretaria+leads@escolaaveiro.pt>", SUP, "Cancelamento da licença",
    d(2025, 9, 24, 10, 30, PT),
    "Bom dia,\n\nA secretaria da escola solicita o cancelamento da licença anual: a nova direção decidiu não "
    "renovar ferramentas de marketing.\n\nCumprimentos,\nRosa Bastos\nSecretária\n")],
    rules=["C2"],
    spec="s.8 addresses: secretaria+leads@ is another address than secretaria@ on record: C2 need_info.")

# the sender is Optima WebDesign's customer (s.8 "the other brand's customer"): on record in that brand only
proj("Site Picanço Turismo", "luana@picancoturismo.example.br", "2025-08-20T10:00:00")
owpay("p36_o27", "OWD-2025-3727", "Site Picanço Turismo", "hosting_annual", "9600.00", "1728.00", "2025-09-20T12:00:00",
      setup_fee="0.00", service_start="2025-09-20")
case("pt-l20-macapa-cliente-da-outra-marca", LOB, "need_info", [(
    "Luana Picanço <luana@picancoturismo.example.br>", SUP, "Reembolso hospedagem anual",
    d(2025, 9, 25, 10, 0, BR),
    "Bom dia,\n\nEscrevo sobre a hospedagem anual do site da nossa agência de turismo que vocês fizeram. "
    "Contratamos há poucos dias e já não vamos precisar, mudamos de fornecedor. Quero o reembolso "
    "proporcional.\n\nLuana Picanço\nPicanço Turismo - Macapá/AP\n")],
    rules=["C2"],
    spec="s.8 the other brand's customer: sent to the LeadsOptima inbox, unknown in its ledger (her hosting, "
         "OWD-2025-3727, is in Optima WebDesign's only): C2 need_info.")

cust("sitio.boa.esperanca@gmail.com", "Sítio Boa Esperança", "monthly", start="2025-09-23", end="2025-10-22")
lopay("p36_26", "LO-INV-37126", "sitio.boa.esperanca@gmail.com", "monthly", "1499.00", "2025-08-23T12:00:00",
      "2025-08-23", "2025-09-22")
lopay("p36_27", "LO-INV-37127", "sitio.boa.esperanca@gmail.com", "monthly", "1499.00", "2025-09-23T12:00:00",
      "2025-09-23", "2025-10-22")
case("pt-l21-jetiba-valor-errado-sem-fatura", LOB, "need_info", [(
    "Sítio Boa Esperança <sitio.boa.esperanca@gmail.com>", SUP, "valor errado", d(2025, 9, 25, 19, 0, BR),
    "Boa noite,\nnuma das cobranças destes meses veio um valor diferente do que está no site, veio mais caro. É erro de "
    "cobrança. Queremos a diferença de volta.\nAbraço, Ilse Kuster\n")],
    missing=["invoice_number"],
    spec="C3: billing_error, two payments on the account and no invoice given: need_info invoice_number.")

cust("dj.kompa.manaus@gmail.com", "Kompa Sound", "monthly", start="2025-09-26", end="2025-10-25")
lopay("p36_28", "LO-INV-37128", "dj.kompa.manaus@gmail.com", "monthly", "1499.00", "2025-09-26T12:00:00",
      "2025-09-26", "2025-10-25")
case("pt-l22-haitiano-dj-sem-motivo", LOB, "need_info", [(
    "Kompa Sound <dj.kompa.manaus@gmail.com>", SUP, "Reembolso fatura LO-INV-37128", d(2025, 9, 28, 10, 0, tz(-4)),
    "Bom dia. Eu quero reembolso da fatura LO-INV-37128 por favor. Aguardo.\n"
    "Wilner Joseph - Kompa Sound, som para festas\n")],
    missing=["reason"],
    spec="C3 + s.8: a restated request has no reason: need_info reason.")

cust("escola.musica.leiria@gmail.com", "Escola de Música do Lis", "quarterly", start="2025-09-25",
     end="2025-12-24")
lopay("p36_29", "LO-INV-37129", "escola.musica.leiria@gmail.com", "quarterly", "3999.00", "2025-09-25T12:00:00",
      "2025-09-25", "2025-12-24")
lopay("p36_30", "LO-INV-37130", "escola.musica.leiria@gmail.com", "quarterly", "3999.00", "2025-09-25T12:00:40",
      "2025-09-25", "2025-12-24")
w1 = d(2025, 9, 26, 9, 0, PT); chk("2025-09-25T12:00:40", w1, 1)
case("pt-l23-leiria-fio-responde-motivo", LOB, "decided", [
    ("Escola de Música do Lis <escola.musica.leiria@gmail.com>", SUP, "Reembolso LO-INV-37130", w1,
     "Bom dia, solicito o reembolso da fatura LO-INV-37130.\nObrigada.\nTeresa Vieira\n"),
    ("Escola de Música do Lis <escola.musica.leiria@gmail.com>", SUP, "Re: Reembolso LO-INV-37130 [LO-2291]",
     d(2025, 9, 30, 17, 0, PT),
     "Desculpem, não expliquei: o trimestre foi cobrado duas vezes no dia 25 e essa fatura é a segunda, a "
     "repetida.\nTeresa\n\nÀs 09:05 de 26/09/2025, LeadsOptima Support escreveu:\n"
     "> Para tratar o seu pedido precisamos do motivo.\n", {"irt": "<lo-2291.ask@leadsoptima.com>"})],
    [R("approve", "3999.00")],
    spec="C3 thread: the answer gives the reason (duplicate); window from the first email (day 1): approve "
         "3999.00.")

cust("recepcao@hostelmacapa.com.br", "Hostel Meio do Mundo", "monthly", start="2025-09-23", end="2025-10-22")
lopay("p36_31", "LO-INV-37131", "recepcao@hostelmacapa.com.br", "monthly", "1499.00", "2025-08-23T12:00:00",
      "2025-08-23", "2025-09-22")
lopay("p36_32", "LO-INV-37132", "recepcao@hostelmacapa.com.br", "monthly", "1499.00", "2025-09-23T12:00:00",
      "2025-09-23", "2025-10-22")
w1 = d(2025, 9, 24, 22, 10, BR); chk("2025-09-23T12:00:00", w1, 2)
case("pt-l24-hostel-fio-manda-fatura", LOB, "decided", [
    ("Hostel Meio do Mundo <recepcao@hostelmacapa.com.br>", SUP, "Cobraram a mais", w1,
     "Boa noite, escrevo da recepção do hostel. Na cobrança deste mês veio o valor errado, não bate com "
     "o nosso plano mensal. Peço que revejam e devolvam o que foi cobrado a mais.\nAdriano\n"),
    ("Hostel Meio do Mundo <recepcao@hostelmacapa.com.br>", SUP, "RES: Cobraram a mais [LO-2292]",
     d(2025, 9, 30, 11, 0, BR),
     "A fatura é lo-inv-37132.\nAdriano\n\n________________________________\nDe: LeadsOptima Support\n"
     "Assunto: Cobraram a mais [LO-2292]\nInforme o número da fatura.\n",
     {"irt": "<lo-2292.ask@leadsoptima.com>"})],
    [R("escalate")],
    spec="C3 thread: invoice in the answer; billing_error, day 2 from the first mail: L5 escalate.")

cust("pedidos@doceslivramento.com.br", "Doces da Fronteira", "annual", start="2025-09-26", end="2026-09-25")
lopay("p36_33", "LO-INV-37133", "pedidos@doceslivramento.com.br", "annual", "11988.00", "2025-09-26T12:00:00",
      "2025-09-26", "2026-09-25")
lopay("p36_34", "LO-INV-37134", "pedidos@doceslivramento.com.br", "annual", "11988.00", "2025-09-26T12:01:00",
      "2025-09-26", "2026-09-25")
case("pt-l25-livramento-chargeback", LOB, "decided", [(
    "Doces da Fronteira <pedidos@doceslivramento.com.br>", SUP, "URGENTE anuidade duplicada LO-INV-37134",
    d(2025, 9, 27, 9, 30, BR),
    "Bom dia,\n\nCobraram duas vezes a anuidade (LO-INV-37133 e LO-INV-37134). Se até segunda o estorno da "
    "segunda não cair, vou contestar a compra no cartão (chargeback).\n\nMarlene Brum\nDoces da Fronteira\n")],
    [R("escalate")], rules=["C4"],
    spec="C4: card dispute threat: escalate (L4 would approve).")

cust("associacao.pomerana@gmail.com", "Associação Cultural Pomerana", "monthly", start="2025-09-14",
     end="2025-10-13")
lopay("p36_35", "LO-INV-37135", "associacao.pomerana@gmail.com", "monthly", "1499.00", "2025-09-14T12:00:00",
      "2025-09-14", "2025-10-13")
case("pt-l26-pomerana-cancela-procon", LOB, "decided", [(
    "Associação Cultural Pomerana <associacao.pomerana@gmail.com>", SUP, "cancelamento do plano",
    d(2025, 9, 29, 15, 30, BR),
    "Boa tarde.\nA associação quer cancelar o plano mensal, não estamos conseguindo pagar. E se continuarem "
    "cobrando depois do cancelamento vamos ao Procon e ao nosso advogado.\nHelmut Pagung, tesoureiro\n")],
    [X("escalate")], rules=["C4"],
    spec="C4 covers the whole case (s.8): Procon + lawyer mention escalates the cancellation too.")

cust("oficina.gaucha.sant@gmail.com", "Oficina Gaúcha", "quarterly", start="2025-09-27", end="2025-12-26")
lopay("p36_36", "LO-INV-37136", "oficina.gaucha.sant@gmail.com", "quarterly", "3999.00", "2025-09-27T12:00:00",
      "2025-09-27", "2025-12-26")
lopay("p36_37", "LO-INV-37137", "oficina.gaucha.sant@gmail.com", "quarterly", "3999.00", "2025-09-27T12:00:30",
      "2025-09-27", "2025-12-26")
case("pt-l27-livramento-descarta-contestar", LOB, "decided", [(
    "Oficina Gaúcha <oficina.gaucha.sant@gmail.com>", SUP, "cobrança dupla trimestral", d(2025, 9, 29, 9, 15, BR),
    "Bom dia. No sábado 27 cobraram duas vezes o trimestral, LO-INV-37136 e LO-INV-37137. Não vou contestar "
    "no cartão nem nada disso, prefiro resolver com vocês: devolvam a segunda, por favor.\n"
    "Valeu, Sérgio Prestes - Oficina Gaúcha, Sant'Ana do Livramento\n")],
    [R("approve", "3999.00")],
    spec="s.8/C4: the customer rules out a card dispute: no threat. L4 duplicate day 2: approve 3999.00.")

case("pt-l28-valais-ausencia", LOB, "ignore", [(
    "Fátima Rebelo - Atelier <atelier.sion@netz.example.ch>", SUP, "Absence / Ausência: Re: o seu pedido",
    d(2025, 9, 26, 7, 0, CH),
    "Estou de férias em Portugal até 6 de outubro. Je suis en vacances jusqu'au 6 octobre.\n",
    {"headers": {"Auto-Submitted": "auto-replied"}})],
    rules=["C7"], spec="C7: Auto-Submitted auto-replied: ignore.")

case("pt-l29-devolucao-postmaster", LOB, "ignore", [(
    "postmaster@ceramicaaveiro.pt", SUP, "Não entregue: Re: Cancelamento", d(2025, 9, 25, 9, 0, PT),
    "A mensagem não pôde ser entregue a antigo@ceramicaaveiro.pt.\n550 5.1.1 caixa inexistente.\n")],
    rules=["C7"], spec="C7: postmaster sender (bounce): ignore.")

case("pt-l30-newsletter-lista", LOB, "ignore", [(
    "Informativo Fronteira Agro <noticias@fronteiraagro-informativo.example>", SUP,
    "Informativo: reembolso de ICMS, cancelamento de seguros e mais", d(2025, 9, 26, 6, 0, BR),
    "Nesta edição: como pedir reembolso do ICMS; cancelamento de seguro agrícola; estorno de tarifas. "
    "Para sair da lista responda SAIR.\n",
    {"headers": {"List-Id": "<informativo.fronteiraagro-informativo.example>", "Precedence": "bulk"}})],
    rules=["C7"], spec="C7: List-Id / Precedence bulk: ignore.")

cust("mercearia.liberdade@gmail.com", "Mercearia Sakura", "monthly", start="2025-09-09", end="2025-10-08")
lopay("p36_38", "LO-INV-37138", "mercearia.liberdade@gmail.com", "monthly", "1499.00", "2025-09-09T12:00:00",
      "2025-09-09", "2025-10-08")
case("pt-l31-liberdade-obrigado-sem-reembolso", LOB, "other", [(
    "Mercearia Sakura <mercearia.liberdade@gmail.com>", SUP, "Re: acesso", d(2025, 9, 15, 14, 30, BR),
    "Boa tarde,\n\nJá conseguimos entrar de novo, muito obrigada pela ligação. Não quero reembolso nem nada, "
    "só avisar que está resolvido e que continuamos com o plano.\n\nArigatou,\nSachiko Oyama\n")],
    spec="s.8 negation: 'não quero reembolso', thanks only: other.")

case("pt-l32-hipotetico-antes-de-comprar", LOB, "other", [(
    "Pastor Wilkens Louis <wilkens.louis.ig@gmail.com>", SUP, "pergunta", d(2025, 9, 24, 14, 0, BR),
    "Boa tarde!\nSou pastor de uma igreja de irmãos haitianos em São Paulo e penso em comprar o plano anual "
    "para os eventos. Se a gente comprar e depois não gostar, tem como ter reembolso? Quantos dias temos?\n"
    "Que Deus abençoe,\nPastor Wilkens\n")],
    spec="s.8 hypothetical before buying: other.")

cust("faturacao@conservasetubal.pt", "Conserveira do Sado", "annual", start="2025-06-10", end="2026-06-09")
lopay("p36_39", "LO-INV-37139", "faturacao@conservasetubal.pt", "annual", "11988.00", "2025-06-10T12:00:00",
      "2025-06-10", "2026-06-09")
case("pt-l33-setubal-pede-fatura-nif", LOB, "other", [(
    "Faturação Conserveira do Sado <faturacao@conservasetubal.pt>", SUP, "Pedido de fatura com NIF",
    d(2025, 9, 23, 10, 0, PT),
    "Bom dia,\n\nPara efeitos contabilísticos precisamos que a fatura LO-INV-37139 do plano anual tenha a "
    "nossa denominação social e o NIF 500 000 000. Não é reclamação de cobrança, apenas o documento "
    "corrigido.\n\nCumprimentos,\nCarla Sequeira\n")],
    spec="A document request, neither refund nor cancellation: other.")

cust("artesanato.ajuda.ap@gmail.com", "Artesanato Tucuju", "monthly", start="2025-09-25", end="2025-10-24")
lopay("p36_40", "LO-INV-37140", "artesanato.ajuda.ap@gmail.com", "monthly", "1499.00", "2025-09-25T12:00:00",
      "2025-09-25", "2025-10-24")
lopay("p36_41", "LO-INV-37141", "artesanato.ajuda.ap@gmail.com", "monthly", "1499.00", "2025-09-25T12:03:00",
      "2025-09-25", "2025-10-24")
case("pt-l34-amapa-html-duas-vezes", LOB, "decided", [(
    "Artesanato Tucuju <artesanato.ajuda.ap@gmail.com>", SUP, "cobrança", d(2025, 9, 27, 11, 0, BR),
    "<html><body><div dir=\"ltr\"><p>Bom dia.</p><p>Sou a Dona Benedita, do Artesanato Tucuju em Santana/AP. "
    "Minha neta que está escrevendo. No dia 25 de setembro cobraram <b>duas vezes</b> o plano do mês, "
    "<b>LO-INV-37140</b> e <b>LO-INV-37141</b>, os dois de 1499 rupias. Pagamos duas vezes a mesma coisa. "
    "Queremos a devolução da segunda.</p><p>Obrigada,<br>Benedita</p></div></body></html>\n",
    {"html": True})],
    [R("approve", "1499.00")],
    spec="HTML-only; L4 duplicate day 2: approve LO-INV-37141 1499.00.")

cust("reservas@albergueleiria.pt", "Albergue de Peregrinos Leiria", "quarterly", start="2025-09-24",
     end="2025-12-23")
lopay("p36_42", "LO-INV-37142", "reservas@albergueleiria.pt", "quarterly", "3999.00", "2025-09-24T12:00:00",
      "2025-09-24", "2025-12-23")
lopay("p36_43", "LO-INV-37143", "reservas@albergueleiria.pt", "quarterly", "3999.00", "2025-09-24T12:02:00",
      "2025-09-24", "2025-12-23", status="refunded")
case("pt-l35-albergue-segundo-ja-devolvido", LOB, "decided", [(
    "Albergue de Peregrinos <reservas@albergueleiria.pt>", SUP, "Cobrado duas vezes LO-INV-37143",
    d(2025, 9, 26, 12, 10, PT),
    "Boa tarde. O banco mostra dois débitos de 3.999 rupias a 24 de setembro pelo trimestre (o segundo é "
    "LO-INV-37143). Pagámos duas vezes; peço a devolução do segundo.\nIrmã Conceição - Albergue de "
    "Peregrinos, Leiria\n")],
    [R("escalate")],
    spec="s.8 payments not paid: LO-INV-37143 is 'refunded' in the ledger: escalate.")

cust("banda.filarmonica.aveiro@gmail.com", "Filarmónica de Ílhavo", "monthly", start="2025-09-27",
     end="2025-10-26")
lopay("p36_44", "LO-INV-37144", "banda.filarmonica.aveiro@gmail.com", "monthly", "1499.00",
      "2025-09-27T12:00:00", "2025-09-27", "2025-10-26")
lopay("p36_45", "LO-INV-37145", "banda.filarmonica.aveiro@gmail.com", "monthly", "1499.00",
      "2025-09-27T12:00:50", "2025-09-27", "2025-10-26")
case("pt-l36-filarmonica-varios-assuntos", LOB, "decided", [(
    "Filarmónica de Ílhavo <banda.filarmonica.aveiro@gmail.com>", SUP, "Vários assuntos: cobrança, utilizadores",
    d(2025, 9, 29, 17, 20, PT),
    "Boa tarde,\n\nEscrevo por três coisas, desculpem o testamento:\n\n"
    "1) É possível acrescentar mais dois utilizadores (a da bilheteira e o do arquivo)?\n"
    "2) No sábado 27 cobraram o mensal duas vezes, 1.499,00 cada; o repetido é o LO-INV-37145. Devolvam-no, "
    "por favor.\n3) Têm apoio por telefone? Pergunto por causa da diferença horária com a Índia.\n\n"
    "Obrigado,\nAndré Bela\nDireção - Filarmónica de Ílhavo\n")],
    [R("approve", "1499.00")],
    spec="Request in the middle of several questions: L4 duplicate day 2: approve LO-INV-37145 1499.00.")

# =============================== Optima WebDesign ==========================================
proj("Site Cooperativa Açaí do Bailique", "compras@coopbailique.com.br")
owpay("p36_o01", "OWD-2025-3701", "Site Cooperativa Açaí do Bailique", "deposit", "25000.00", "4500.00",
      "2025-09-22T15:00:00")
w = d(2025, 9, 24, 9, 30, BR); assert hours("2025-09-22T15:00:00", w) < 72
case("pt-o01-bailique-cooperativa-sinal", OWB, "decided", [(
    "Compras Coop. Bailique <compras@coopbailique.com.br>", OWD,
    "Refund Request — Site Cooperativa Açaí do Bailique / OWD-2025-3701", w,
    "Bom dia,\n\nA assembleia da cooperativa decidiu ontem adiar o site para depois da safra, porque não "
    "há orçamento. Pedimos a devolução do sinal do Site Cooperativa Açaí do Bailique, fatura OWD-2025-3701, "
    "pago na segunda-feira, 22.\n\nAtenciosamente,\nSetor de Compras - Cooperativa do Bailique (Macapá/AP)\n")],
    [R("approve", "25000.00")],
    spec="O2: deposit 2025-09-22 15:00 IST, mail 2025-09-24 18:00 IST (51 h), no work: approve 25000.00.")

proj("Loja Virtual Erva-Mate Fronteira", "gerencia@ervamatefronteira.com.br")
owpay("p36_o02", "OWD-2025-3702", "Loja Virtual Erva-Mate Fronteira", "deposit", "18000.00", "3240.00",
      "2025-09-19T18:30:00")
w = d(2025, 9, 23, 9, 0, BR); assert hours("2025-09-19T18:30:00", w) > 72
case("pt-o02-uruguaiana-sinal-passou", OWB, "decided", [(
    "Gerência Erva-Mate Fronteira <gerencia@ervamatefronteira.com.br>", OWD, "Devolução sinal OWD-2025-3702", w,
    "Bom dia, tchê: pagamos na sexta o sinal da Loja Virtual Erva-Mate Fronteira (OWD-2025-3702). "
    "Apareceu um sobrinho que faz sites e vamos desistir. Pedimos a devolução do sinal.\n"
    "Anselmo Dutra\nErva-Mate Fronteira - Uruguaiana\n")],
    [R("deny")], extra_ok=True,
    spec="O2: paid 2025-09-19 18:30 IST (10:00 in Uruguaiana), mail 2025-09-23 17:30 IST = 95 h > 72: deny. "
         "'vamos desistir' drops the project: a cancellation decision is a harmless extra.")

proj("Portal Hortícola Jetibá", "direcao@horticolajetiba.com.br")
owpay("p36_o03", "OWD-2025-3703", "Portal Hortícola Jetibá", "deposit", "30000.00", "5400.00", "2025-09-22T15:00:00")
w = d(2025, 9, 25, 6, 30, BR); assert hours("2025-09-22T15:00:00", w) == 72
case("pt-o03-jetiba-sinal-72-horas-exatas", OWB, "decided", [(
    "Direção Hortícola Jetibá <direcao@horticolajetiba.com.br>", OWD,
    "Refund Request — Portal Hortícola Jetibá [OWD-2025-3703]", w,
    "Bom dia,\n\nCancelamos o pedido: o edital estadual de inovação que ia pagar o portal não saiu. "
    "Solicito a devolução do sinal do Portal Hortícola Jetibá, OWD-2025-3703.\n\nAtt.,\nMarta Ramlow\n")],
    [R("deny")], extra_ok=True,
    spec="O2 + s.8: paid 2025-09-22 15:00 IST, mail 2025-09-25 06:30 -03 = 15:00 IST: exactly 72 h: deny. "
         "'Cancelamos o pedido' also cancels the project: a cancellation decision is a harmless extra.")

proj("Site Clínica Dentária Sado", "clinica@dentariasado.pt", "2025-09-24T10:00:00")
owpay("p36_o04", "OWD-2025-3704", "Site Clínica Dentária Sado", "deposit", "15000.00", "2700.00",
      "2025-09-23T12:00:00")
w = d(2025, 9, 25, 9, 0, PT); assert hours("2025-09-23T12:00:00", w) < 72
case("pt-o04-setubal-sinal-trabalho-comecado", OWB, "decided", [(
    "Clínica Dentária Sado <clinica@dentariasado.pt>", OWD, "Devolução do sinal - Site Clínica Dentária Sado", w,
    "Bom dia,\n\nOntem enviaram-nos o primeiro esboço do Site Clínica Dentária Sado, mas os sócios decidiram "
    "que o site fica a cargo do grupo. Pedimos a devolução do sinal (OWD-2025-3704).\n\nDra. Inês Ramalho\n")],
    [R("deny")], extra_ok=True,
    spec="O2: within 72 h but work started 2025-09-24 10:00 IST before the request: deny. The site goes to the "
         "group (the project is dropped): a cancellation decision is a harmless extra.")

proj("Marca Vinícola Campanha Gaúcha", "vinhos@vinicolacampanha.com.br")
owpay("p36_o05", "OWD-2025-3705", "Marca Vinícola Campanha Gaúcha", "discovery", "12000.00", "2160.00",
      "2025-09-25T12:00:00")
case("pt-o05-livramento-discovery-sem-sessao", OWB, "decided", [(
    "Vinícola Campanha <vinhos@vinicolacampanha.com.br>", OWD,
    "Reembolso da fase de descoberta - Marca Vinícola Campanha Gaúcha", d(2025, 9, 29, 10, 0, BR),
    "Bom dia. Pagamos a etapa de descoberta da Marca Vinícola Campanha Gaúcha (OWD-2025-3705), mas ainda "
    "não houve nenhuma sessão. A família resolveu vender a vinícola, então não vamos seguir. Pedimos o "
    "reembolso.\nAtenciosamente,\nCecília Lemos - Santana do Livramento\n")],
    [R("approve", "12000.00")], extra_ok=True,
    spec="O1: discovery, no work started: approve 12000.00. 'não vamos seguir' drops the project: a "
         "cancellation decision is a harmless extra.")

proj("Estratégia Digital Transportes Juruá", "gerencia@transjurua.com.br", "2025-09-20T19:30:00")
owpay("p36_o06", "OWD-2025-3706", "Estratégia Digital Transportes Juruá", "discovery", "9000.00", "1620.00",
      "2025-09-18T12:00:00")
case("pt-o06-acre-discovery-ja-teve-sessao", OWB, "decided", [(
    "Gerência Transportes Juruá <gerencia@transjurua.com.br>", OWD, "Pedido de reembolso estratégia OWD-2025-3706",
    d(2025, 9, 26, 14, 0, AC),
    "Boa tarde. Já tivemos a primeira sessão de estratégia no sábado 20 e não gostamos da proposta. "
    "Pedimos a devolução do que pagamos pela Estratégia Digital Transportes Juruá, fatura OWD-2025-3706.\n"
    "Atenciosamente,\nGilvan Maia\nGerente - Cruzeiro do Sul/AC\n")],
    [R("deny")],
    spec="O1: session held (work_started_at 2025-09-20): deny.")

proj("App Reservas Pousada Liberdade", "pousada.liberdade.sp@gmail.com", "2025-09-01T10:00:00")
owpay("p36_o07", "OWD-2025-3707", "App Reservas Pousada Liberdade", "milestone", "22000.00", "3960.00",
      "2025-09-15T12:00:00", milestone_status="not_started")
case("pt-o07-liberdade-etapa-nao-iniciada", OWB, "decided", [(
    "Pousada Liberdade <pousada.liberdade.sp@gmail.com>", OWD,
    "Refund Request — App Reservas Pousada Liberdade / OWD-2025-3707", d(2025, 9, 26, 10, 0, BR),
    "Bom dia,\n\nA etapa 2 do App Reservas Pousada Liberdade (pagamentos, fatura OWD-2025-3707) não será "
    "necessária: a rede de hotéis nikkei da associação vai nos dar o sistema deles. Como essa etapa ainda "
    "não começou, pedimos a devolução dela.\n\nObrigado,\nTakeshi Nakamura\n")],
    [R("approve", "22000.00")],
    spec="O3: milestone not_started: approve 22000.00.")

proj("Catálogo Laboratório Prótese Leiria", "pedidos@protese-leiria.pt", "2025-09-01T10:00:00")
owpay("p36_o08", "OWD-2025-3708", "Catálogo Laboratório Prótese Leiria", "milestone", "16000.00", "2880.00",
      "2025-09-10T12:00:00", milestone_status="in_progress")
case("pt-o08-leiria-etapa-a-meio", OWB, "decided", [(
    "Lab. Prótese Leiria <pedidos@protese-leiria.pt>", OWD, "Devolução etapa catálogo - OWD-2025-3708",
    d(2025, 9, 25, 16, 30, PT),
    "Boa tarde,\n\nNo Catálogo Laboratório Prótese Leiria, a etapa 2 (fichas de produto, OWD-2025-3708) só "
    "tem umas poucas fichas feitas e já não a queremos, porque fechámos a linha de implantes. Pedimos a "
    "devolução dessa etapa.\n\nCumprimentos,\nPaulo Frazão\n")],
    [R("escalate")],
    spec="O3: milestone in_progress: escalate.")

proj("Site Festival Kizomba Setúbal", "festival.kizomba.stb@gmail.com", "2025-08-01T10:00:00")
owpay("p36_o09", "OWD-2025-3709", "Site Festival Kizomba Setúbal", "milestone", "20000.00", "3600.00",
      "2025-08-20T12:00:00", milestone_status="approved")
case("pt-o09-setubal-etapa-aprovada", OWB, "decided", [(
    "Festival Kizomba Setúbal <festival.kizomba.stb@gmail.com>", OWD, "Devolução design aprovado OWD-2025-3709",
    d(2025, 9, 24, 15, 0, PT),
    "Boa tarde. O design do Site Festival Kizomba Setúbal (etapa 1, OWD-2025-3709) foi aprovado em agosto, "
    "mas a nova direção não gosta. Queremos a devolução dessa etapa.\nLuzia Semedo - Coordenação\n")],
    [R("deny")],
    spec="O3/O6: milestone approved: deny.")

proj("Manutenção Site Padaria Portuguesa Sion", "padaria.sion@netz.example.ch", "2025-06-01T10:00:00")
owpay("p36_o10", "OWD-2025-3710", "Manutenção Site Padaria Portuguesa Sion", "retainer", "8000.00", "1440.00",
      "2025-09-15T12:00:00", period_start="2025-09-15", period_end="2025-10-14",
      next_billing_at="2025-10-15T00:00:00")
case("pt-o10-valais-retainer-com-aviso", OWB, "decided", [(
    "Padaria Portuguesa Sion <padaria.sion@netz.example.ch>", OWD, "Cancelamento manutenção - OWD-2025-3710",
    d(2025, 9, 25, 9, 0, CH),
    "Bom dia / Bonjour,\n\nQueremos cancelar o retainer da Manutenção Site Padaria Portuguesa Sion (última "
    "fatura OWD-2025-3710): vamos trespassar a padaria a um casal de Martigny e eles têm o site deles.\n\n"
    "Cumprimentos,\nManuel e Lurdes Carvalho\n")],
    [X("cancel", "2025-10-14")],
    spec="O4/O8: next_billing_at 2025-10-15; request 2025-09-25 IST <= 2025-10-08: cancel effective 2025-10-14.")

proj("Suporte Site Madeireira Xapuri", "compras@madeireiraxapuri.com.br", "2025-05-03T10:00:00")
owpay("p36_o11", "OWD-2025-3711", "Suporte Site Madeireira Xapuri", "retainer", "6000.00", "1080.00",
      "2025-09-03T12:00:00", period_start="2025-09-03", period_end="2025-10-02",
      next_billing_at="2025-10-03T00:00:00")
case("pt-o11-xapuri-retainer-pouco-aviso", OWB, "decided", [(
    "Madeireira Xapuri <compras@madeireiraxapuri.com.br>", OWD, "Cancelar suporte site OWD-2025-3711",
    d(2025, 9, 29, 8, 0, AC),
    "Bom dia. Por corte de custos queremos cancelar o Suporte Site Madeireira Xapuri (fatura OWD-2025-3711). "
    "Sabemos que estamos avisando em cima da hora.\nAtt,\nEdivaldo Souza\n")],
    [X("cancel", "2025-11-02")],
    spec="O4: next_billing_at 2025-10-03; request 2025-09-29 IST > 2025-09-26: next cycle billed "
         "(2025-10-03..2025-11-02): effective 2025-11-02.")

proj("Retainer Redes Estúdio Haiti Cheri", "studio.haiticheri@gmail.com", "2025-04-01T10:00:00")
owpay("p36_o12", "OWD-2025-3712", "Retainer Redes Estúdio Haiti Cheri", "retainer", "7000.00", "1260.00",
      "2025-09-20T12:00:00", period_start="2025-09-20", period_end="2025-10-19",
      next_billing_at="2025-10-20T00:00:00")
owpay("p36_o13", "OWD-2025-3713", "Retainer Redes Estúdio Haiti Cheri", "retainer", "7000.00", "1260.00",
      "2025-09-21T12:00:00", period_start="2025-10-20", period_end="2025-11-19",
      next_billing_at="2025-11-20T00:00:00")
case("pt-o12-haitiano-retainer-pago-adiantado", OWB, "decided", [(
    "Estúdio Haiti Cheri <studio.haiticheri@gmail.com>", OWD, "cancelar retainer redes",
    d(2025, 9, 26, 10, 0, BR),
    "Bom dia,\n\nNós queremos cancelar o Retainer Redes Estúdio Haiti Cheri. Nós pagamos o ciclo de "
    "outubro adiantado (OWD-2025-3713) porque ia viajar pra Porto Príncipe, mas a viagem cancelou e o "
    "estúdio fecha em outubro.\n\nMèsi,\nRoseline Estimé\n")],
    [X("escalate")],
    spec="s.8 retainer paid in advance, notice >= 7 days before 2025-10-20: escalate.")

proj("Hospedagem Loja Queijos Serra da Estrela", "loja@queijosleiria.pt", "2025-08-01T10:00:00")
owpay("p36_o14", "OWD-2025-3714", "Hospedagem Loja Queijos Serra da Estrela", "hosting_annual", "18000.00",
      "3240.00", "2025-09-18T12:00:00", setup_fee="2400.00", service_start="2025-09-18")
w = d(2025, 9, 27, 10, 0, PT); chk("2025-09-18T12:00:00", w, 9)
case("pt-o13-leiria-alojamento-anual-dia-9", OWB, "decided", [(
    "Queijos Leiria <loja@queijosleiria.pt>", OWD,
    "Refund Request — Hospedagem Loja Queijos Serra da Estrela (OWD-2025-3714)", w,
    "Bom dia,\n\nPassámos a vender pela plataforma da associação de produtores e já não precisamos do "
    "alojamento anual (projeto Hospedagem Loja Queijos Serra da Estrela, OWD-2025-3714), contratado a 18. "
    "Queremos cancelar e receber a parte que nos cabe.\n\nCumprimentos,\nRicardo Alvelos\n")],
    [R("approve", "14300.00")], extra_ok=True,
    spec="O5: start 2025-09-18, day 9: 18000 - 2400 - 1300 x 1 = 14300.00; cancellation extra ok.")

proj("Manutenção Site Escola de Samba Macapá", "escoladesamba.ap@gmail.com", "2025-08-01T10:00:00")
owpay("p36_o15", "OWD-2025-3715", "Manutenção Site Escola de Samba Macapá", "maintenance_annual", "12000.00",
      "2160.00", "2025-09-05T12:00:00", setup_fee="1200.00", service_start="2025-09-05")
w = d(2025, 9, 24, 11, 0, BR); chk("2025-09-05T12:00:00", w, 19)
case("pt-o14-macapa-manutencao-tarde", OWB, "decided", [(
    "Escola de Samba <escoladesamba.ap@gmail.com>", OWD, "Reembolso manutenção anual OWD-2025-3715", w,
    "Bom dia. Da Manutenção Site Escola de Samba Macapá (fatura OWD-2025-3715) queremos o reembolso "
    "proporcional: o diretor de harmonia vai cuidar do site agora.\nAtt, Jucilene\n")],
    [R("deny")],
    spec="O5: start 2025-09-05, request 2025-09-24 IST day 19 > 14: deny.")

proj("Hospedagem Jornal Universitário Aveiro", "jornal.ua.aveiro@gmail.com")
owpay("p36_o16", "OWD-2025-3716", "Hospedagem Jornal Universitário Aveiro", "hosting_annual", "9600.00",
      "1728.00", "2025-09-26T12:00:00", setup_fee="0.00", service_start="2025-10-10")
case("pt-o15-aveiro-alojamento-antes-de-comecar", OWB, "decided", [(
    "Jornal Universitário <jornal.ua.aveiro@gmail.com>", OWD, "Devolução alojamento anual - OWD-2025-3716",
    d(2025, 9, 28, 12, 30, PT),
    "Boa tarde,\n\nSomos o jornal dos estudantes. Pagámos o alojamento anual do jornal "
    "(projeto Hospedagem Jornal Universitário Aveiro, OWD-2025-3716), que começava a 10 de outubro, mas os serviços informáticos da "
    "universidade dão-nos alojamento grátis. Pedimos o reembolso e o cancelamento.\n\nObrigada,\n"
    "Mafalda Couto, diretora\n")],
    [R("approve", "8800.00")], extra_ok=True,
    spec="O5 before the service starts (s.8: consumed_months 1): 9600 - 0 - 800 = 8800.00; cancellation extra ok.")

proj("Site Transportes Pampa", "logistica@transpampa.com.br", "2025-08-10T10:00:00")
owpay("p36_o17", "OWD-2025-3717", "Site Transportes Pampa", "third_party", "3500.00", "630.00",
      "2025-09-27T12:00:00")
case("pt-o16-uruguaiana-dominio-ssl", OWB, "decided", [(
    "Logística Transpampa <logistica@transpampa.com.br>", OWD, "Devolução domínio e certificado OWD-2025-3717",
    d(2025, 9, 28, 9, 0, BR),
    "Bom dia. No Site Transportes Pampa cobraram o domínio .com.br e o certificado SSL (OWD-2025-3717), mas "
    "nós já tínhamos o domínio registrado em outro lugar. Pedimos a devolução dessa cobrança.\n"
    "Att,\nVolnei Aquino\nDespacho\n")],
    [R("deny")],
    spec="O6: third_party: deny.")

proj("Landing Feira do Mar Setúbal", "feira@feiradomarsetubal.pt", "2025-09-10T10:00:00")
owpay("p36_o18", "OWD-2025-3718", "Landing Feira do Mar Setúbal", "rush", "5000.00", "900.00",
      "2025-09-12T12:00:00")
case("pt-o17-setubal-urgencia", OWB, "decided", [(
    "Feira do Mar <feira@feiradomarsetubal.pt>", OWD, "Devolução da taxa de urgência OWD-2025-3718",
    d(2025, 9, 25, 14, 0, PT),
    "Boa tarde,\n\nPagámos a taxa de urgência da Landing Feira do Mar Setúbal (OWD-2025-3718) para estar "
    "pronta antes de 20 e só foi publicada a 22. Pedimos a devolução dessa taxa, porque o prazo não foi "
    "cumprido.\n\nCumprimentos,\nCristina Faria\n")],
    [R("deny")],
    spec="O6: rush fee: deny.")

proj("Site Associação Coreana Bom Retiro", "contato@assocoreanabr.example.br")
owpay("p36_o19", "OWD-2025-3719", "Site Associação Coreana Bom Retiro", "deposit", "14000.00", "2520.00",
      "2025-09-28T12:00:00")
case("pt-o18-coreano-email-pessoal", OWB, "need_info", [(
    "Park Dong-geun <dgpark.bomretiro@gmail.com>", OWD, "devolucao sinal", d(2025, 9, 29, 10, 0, BR),
    "Bom dia. Eu sou Dong-geun, diretor da associação coreana do Bom Retiro. Nós pagamos o sinal do Site "
    "Associação Coreana Bom Retiro (OWD-2025-3719), mas a prefeitura não deu o apoio e nós queremos "
    "devolução. Escrevo do meu email pessoal.\nPark Dong-geun\n")],
    rules=["C2"], spec="C2: not the contract email: need_info, nothing about the project.")

proj("Loja Online Cestaria Pomerana", "vendas@cestariapomerana.com.br")
owpay("p36_o20", "OWD-2025-3720", "Loja Online Cestaria Pomerana", "deposit", "11000.00", "1980.00",
      "2025-09-27T12:00:00")
case("pt-o19-thunderbird-encaminhado", OWB, "need_info", [(
    "Estagiária Marketing <marketing.cestaria@gmail.com>", OWD, "Fwd: cancelar loja online",
    d(2025, 9, 28, 15, 0, BR),
    "Boa tarde, encaminho o pedido da dona Hilda.\n\n-------- Mensagem encaminhada --------\n"
    "Assunto: \tcancelar loja online\nData: \tSáb, 27 Set 2025 18:20:11 -0300\n"
    "De: \tVendas Cestaria Pomerana <vendas@cestariapomerana.com.br>\n"
    "Para: \tEstagiária Marketing <marketing.cestaria@gmail.com>\n\n"
    "Manda pro pessoal da Optima que vamos cancelar a Loja Online Cestaria Pomerana e que devolvam o sinal "
    "OWD-2025-3720: não temos cestos em estoque para vender online até o ano que vem.\nHilda Boldt\n")],
    rules=["C2"],
    spec="s.8 forwards + C2: forward of the contract address's request sent from an intern's gmail: need_info.")

proj("Retainer SEO Hostel Aveiro Ria", "hostel.ria.aveiro@gmail.com", "2025-05-01T10:00:00")
owpay("p36_o21", "OWD-2025-3721", "Retainer SEO Hostel Aveiro Ria", "retainer", "5000.00", "900.00",
      "2025-09-10T12:00:00", period_start="2025-09-10", period_end="2025-10-09",
      next_billing_at="2025-10-10T00:00:00")
case("pt-o20-aveiro-cancelar-sem-motivo", OWB, "need_info", [(
    "Hostel Ria <hostel.ria.aveiro@gmail.com>", OWD, "Cancelamento retainer SEO OWD-2025-3721",
    d(2025, 9, 24, 11, 0, PT),
    "Bom dia, pela presente solicitamos o cancelamento do Retainer SEO Hostel Aveiro Ria, fatura "
    "OWD-2025-3721.\nAguardamos confirmação.\nA Gerência\n")],
    missing=["reason"],
    spec="s.8: Optima requires a reason for cancellations too: need_info reason.")

proj("Site Pedreira Serra do Caparaó", "escritorio@pedreiracaparao.com.br", "2025-08-01T10:00:00")
proj("Intranet Pedreira Serra do Caparaó", "escritorio@pedreiracaparao.com.br", "2025-08-15T10:00:00")
owpay("p36_o22", "OWD-2025-3722", "Site Pedreira Serra do Caparaó", "milestone", "12000.00", "2160.00",
      "2025-09-15T12:00:00", milestone_status="not_started")
owpay("p36_o23", "OWD-2025-3723", "Intranet Pedreira Serra do Caparaó", "milestone", "9000.00", "1620.00",
      "2025-09-16T12:00:00", milestone_status="not_started")
case("pt-o21-pedreira-sem-projeto-nem-fatura", OWB, "need_info", [(
    "Escritório Pedreira <escritorio@pedreiracaparao.com.br>", OWD, "devolução de uma etapa",
    d(2025, 9, 25, 13, 15, BR),
    "Boa tarde, queremos a devolução da etapa que vocês ainda não começaram, porque fomos comprados por um "
    "grupo que tem a sua própria equipe de TI.\nAtt, Rosângela (escritório)\n")],
    missing=["invoice_number", "project_name"],
    spec="C3: two projects with a not-started milestone each; neither named: need_info project and invoice.")

proj("Site Coral Nikkei Liberdade", "coral.nikkei.sp@gmail.com", "2025-08-01T10:00:00")
owpay("p36_o24", "OWD-2025-3724", "Site Coral Nikkei Liberdade", "milestone", "10000.00", "1800.00",
      "2025-09-23T12:00:00", milestone_status="not_started")
case("pt-o22-coral-fio-manda-fatura", OWB, "decided", [
    ("Coral Nikkei <coral.nikkei.sp@gmail.com>", OWD, "Reembolso etapa 3 - Site Coral Nikkei Liberdade",
     d(2025, 9, 24, 9, 30, BR),
     "Bom dia, pedimos o reembolso da etapa 3 (loja de ingressos) do Site Coral Nikkei Liberdade: o teatro "
     "da associação do bairro vai vender os ingressos e essa etapa ainda não começou.\nMiyuki Sato, secretária\n"),
    ("Coral Nikkei <coral.nikkei.sp@gmail.com>", OWD, "Re: Reembolso etapa 3 [OWD-1188]",
     d(2025, 9, 25, 9, 0, BR),
     "Desculpem, a fatura é OWD 2025 3724.\nMiyuki\n\nEm qua., 24 de set. de 2025 às 10:02, Optima WebDesign "
     "escreveu:\n> Pode nos informar a fatura ou referência de pagamento?\n",
     {"irt": "<owd-1188.ask@optimawebdesign.com>"})],
    [R("approve", "10000.00")],
    spec="C3 thread: invoice in the answer ('OWD 2025 3724'); milestone not_started: O3 approve 10000.00.")

proj("Site Vinícola Campanha Sul", "vinicola.campanhasul@gmail.com", "2025-09-01T10:00:00")
owpay("p36_o25", "OWD-2025-3725", "Site Vinícola Campanha Sul", "milestone", "14000.00", "2520.00",
      "2025-09-20T12:00:00", milestone_status="not_started")
case("pt-o23-livramento-advogado-etapa", OWB, "decided", [(
    "Vinícola Campanha Sul <vinicola.campanhasul@gmail.com>", OWD, "Reclamação OWD-2025-3725",
    d(2025, 9, 27, 11, 0, BR),
    "Bom dia:\n\nExigimos a devolução da etapa 2 do Site Vinícola Campanha Sul (OWD-2025-3725), que vocês "
    "não começaram, porque trocamos de agência. Se em dez dias não tivermos retorno, o assunto vai para o "
    "nosso advogado e para o Procon.\n\nAss. Ernesto Tavares\n")],
    [R("escalate")], rules=["C4"],
    spec="C4: lawyer / Procon threat: escalate (O3 would approve).")

proj("Site Embalagens Macapá", "compras@embalagensap.com.br", "2025-08-01T10:00:00")
owpay("p36_o26", "OWD-2025-3726", "Site Embalagens Macapá", "deposit", "9000.00", "1620.00",
      "2025-09-28T12:00:00", status="failed")
case("pt-o24-macapa-pagamento-falhou", OWB, "decided", [(
    "Compras Embalagens AP <compras@embalagensap.com.br>", OWD, "Reembolso sinal OWD-2025-3726",
    d(2025, 9, 29, 8, 0, BR),
    "Bom dia. O banco debitou o sinal do Site Embalagens Macapá (OWD-2025-3726), mas vocês dizem que o "
    "pagamento falhou. Enquanto isso se resolve, preferimos não seguir com o projeto este ano: pedimos a "
    "devolução do valor debitado.\nAtt,\nKarina Pantoja\n")],
    [R("escalate")], extra_ok=True,
    spec="s.8 payments not paid: the deposit is 'failed': escalate. 'preferimos não seguir com o projeto' drops "
         "the project: a cancellation decision is a harmless extra.")

case("pt-o25-hipotetico-antes-de-contratar", OWB, "other", [(
    "Soo-ah Lee <sooah.lee.dental@gmail.com>", OWD, "dúvida antes de contratar", d(2025, 9, 26, 18, 30, BR),
    "Boa noite! Tenho um pequeno laboratório de prótese no Bom Retiro e penso em encomendar um site com vocês. "
    "Se eu pagar o sinal e me arrepender depois de uma semana, vocês devolvem? E a hospedagem anual pode ser "
    "cancelada no meio do ano?\nObrigada!\nSoo-ah\n")],
    spec="s.8 hypotheticals before buying: other.")

case("pt-o26-resposta-automatica-ferias", OWB, "ignore", [(
    "Pousada Liberdade <pousada.liberdade.sp@gmail.com>", OWD, "Resposta automática: Re: etapa 2",
    d(2025, 9, 27, 8, 0, BR),
    "Obrigado pela mensagem. Estaremos de férias coletivas até 5 de outubro.\n",
    {"headers": {"Auto-Submitted": "auto-replied"}})],
    rules=["C7"], spec="C7: Auto-Submitted auto-replied: ignore.")

if __name__ == "__main__":
    RD.write()
