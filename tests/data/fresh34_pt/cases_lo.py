"""fresh34_pt, LeadsOptima cases (imported by make_cases.py)."""

from make_cases import BM, BR, EU, LOB, PT, SUP, VE, M, R, X, case, check, cust, d, day_no, lopay


def build_lo():
    # l01 Picos (PI), honey shop, phone typing without accents
    e = "mel.flordocaju.picos@gmail.com"
    cust(e, "Mel Flor do Caju", "monthly", start="2025-09-24", end="2025-10-23")
    lopay("pt34_p01", "LO-INV-35201", e, "monthly", "1499.00", "2025-09-24T17:40:00", "2025-09-24", "2025-10-23")
    lopay("pt34_p02", "LO-INV-35202", e, "monthly", "1499.00", "2025-09-24T17:41:00", "2025-09-24", "2025-10-23")
    w = d(2025, 9, 25, 7, 50, BR)
    check(day_no("2025-09-24T17:41:00", w) == 1, "l01")
    case("pt-l01-picos-mel-cobranca-dupla", LOB, "decided", [M(
        f"Mel Flor do Caju <{e}>", SUP, "cobranca em dobro", w,
        "bom dia\nsou o raimundo da loja de mel flor do caju aqui em picos\nontem dia 24 voces me cobraram 2 "
        "vezes o plano mensal, 1.499 cada, veio as duas no cartao quase na mesma hora. pagamento em dobro "
        "nao ta certo. a segunda fatura e a LO-INV-35202\nquero o estorno dessa segunda\nobrigado\n\n"
        "Enviado do meu Galaxy\n")],
        [R("approve", "1499.00")],
        spec="L4: pt34_p01/p02 same account, amount and period 2025-09-24 (09:10/09:11 in Picos); mail "
             "2025-09-25 16:20 IST, day 1: approve the later LO-INV-35202, 1499.00.")

    # l02 A Brazilian in Almada writing to a Portuguese-style desk
    e = "geral@clinicasorrisotejo.example.pt"
    cust(e, "Clínica Sorriso Tejo", "annual", start="2025-09-26", end="2026-09-25")
    lopay("pt34_p03", "LO-INV-35203", e, "annual", "11988.00", "2025-09-26T15:30:00", "2025-09-26", "2026-09-25")
    lopay("pt34_p04", "LO-INV-35204", e, "annual", "11988.00", "2025-09-26T15:34:00", "2025-09-26", "2026-09-25")
    w = d(2025, 9, 29, 10, 5, PT)
    check(day_no("2025-09-26T15:34:00", w) == 3, "l02")
    case("pt-l02-almada-brasileira-anual-duplicada", LOB, "decided", [M(
        f"Clínica Sorriso Tejo <{e}>", SUP, "Pagamento duplicado da anuidade", w,
        "Exmos. Senhores,\n\nBom dia. Sou a Thaís, brasileira, trabalho na receção da Clínica Sorriso Tejo, "
        "em Almada. Na sexta-feira, dia 26/09, foi debitada duas vezes a anuidade do plano (11.988,00 INR "
        "às 11h00 e novamente às 11h04). Trata-se de um pagamento em duplicado: temos uma única conta. A "
        "fatura repetida é a LO-INV-35204.\n\nSolicitamos a devolução desse valor, por favor.\n\nCom os "
        "melhores cumprimentos,\nThaís Albuquerque\nClínica Sorriso Tejo\nEsta mensagem é confidencial.\n")],
        [R("approve", "11988.00")],
        spec="L4: annual pair 2025-09-26 15:30/15:34 IST (11:00/11:04 WEST, as she says); mail 2025-09-29 "
             "10:05 +01:00 = 14:35 IST, day 3: approve LO-INV-35204, 11988.00.")

    # l03 Bermuda, Azorean family, photographer: day 7 at home, day 8 in India
    e = "studio@medeirosphoto.example.bm"
    cust(e, "Medeiros Photography", "quarterly", start="2025-09-17", end="2025-12-16")
    lopay("pt34_p05", "LO-INV-35205", e, "quarterly", "3999.00", "2025-09-17T16:00:00", "2025-09-17", "2025-12-16")
    lopay("pt34_p06", "LO-INV-35206", e, "quarterly", "3999.00", "2025-09-17T16:01:00", "2025-09-17", "2025-12-16")
    w = d(2025, 9, 24, 22, 0, BM)
    check(day_no("2025-09-17T16:01:00", w) == 8, "l03")
    case("pt-l03-bermudas-fotografo-dia-8", LOB, "decided", [M(
        f"Medeiros Photography <{e}>", SUP, "Cobrado duas vezes", w,
        "Boa noite,\n\nO meu nome é Duarte Medeiros, sou fotógrafo em Hamilton, Bermuda (a família é de São "
        "Miguel). No dia 17 de setembro cobraram-me duas vezes o plano trimestral, 3.999 rupias cada, "
        "LO-INV-35205 e LO-INV-35206. Peço o reembolso do segundo. Ainda estou dentro dos 7 dias, hoje é "
        "dia 24.\n\nCumprimentos,\nDuarte\n")],
        [R("deny")],
        spec="L3: charge 2025-09-17 IST; mail 2025-09-24 22:00 -03:00 = 2025-09-25 06:30 IST, day 8 in the "
             "brand's zone (day 7 in Bermuda): deny.")

    # l04 Imperatriz (MA) pharmacist: says twice, ledger has one
    e = "farmaciasaojose.itz@gmail.com"
    cust(e, "Farmácia São José Imperatriz", "monthly", start="2025-09-27", end="2025-10-26")
    lopay("pt34_p07", "LO-INV-35207", e, "monthly", "1499.00", "2025-09-27T18:30:00", "2025-09-27", "2025-10-26")
    w = d(2025, 9, 28, 19, 15, BR)
    check(day_no("2025-09-27T18:30:00", w) == 2, "l04")
    case("pt-l04-imperatriz-farmacia-uma-so-cobranca", LOB, "decided", [M(
        f"Farmácia São José <{e}>", SUP, "Cobrança duplicada", w,
        "Boa noite. Aqui é a Dra. Francisca, farmacêutica responsável da Farmácia São José, Imperatriz-MA. "
        "No extrato do cartão apareceu duas vezes a LeadsOptima no sábado 27, R$... digo, 1.499 rupias cada. "
        "Fui cobrada em duplicidade. Peço a devolução da cobrança duplicada.\n\nFrancisca Sousa - CRF-MA "
        "0000\n")],
        [R("escalate")],
        spec="L2 duplicate inside L3 (charge 2025-09-27, mail 2025-09-29 03:45 IST, day 2) but the ledger holds "
             "one charge (pt34_p07, which identifies the invoice): L4 no pair, escalate, no amount.")

    # l05 Valencia (Venezuela), Madeiran family bakery: three identical charges
    e = "administracion@panaderiafunchal.example.ve"
    cust(e, "Panadería Funchal", "quarterly", start="2025-09-22", end="2025-12-21")
    for pid, inv, t in (("pt34_p08", "LO-INV-35208", "16:20:00"), ("pt34_p09", "LO-INV-35209", "16:21:00"),
                        ("pt34_p10", "LO-INV-35210", "16:23:00")):
        lopay(pid, inv, e, "quarterly", "3999.00", f"2025-09-22T{t}", "2025-09-22", "2025-12-21")
    w = d(2025, 9, 23, 9, 30, VE)
    check(day_no("2025-09-22T16:23:00", w) == 1, "l05")
    case("pt-l05-valencia-venezuela-madeirense-tres", LOB, "decided", [M(
        f"Panaderia Funchal <{e}>", SUP, "Três cobranças iguais / tres cobros", w,
        "Bom dia,\n\nSou o José Freitas, da Panadería Funchal em Valencia, Venezuela. Os meus pais são da "
        "Madeira e por isso escrevo em português, desculpem algum erro. Ontem, 22 de setembro, o plano "
        "trimestral foi cobrado TRÊS vezes: LO-INV-35208, LO-INV-35209 e LO-INV-35210, 3.999,00 cada uma. "
        "Só temos uma conta. Peço a devolução das duas cobranças a mais.\n\nObrigado,\nJosé Freitas\n")],
        [R("approve", "7998.00")],
        spec="Section 8 three identical charges: every charge after the first is a duplicate, both inside L3 "
             "(mail 2025-09-23 19:00 IST, day 1): approve 3999.00 x 2 = 7998.00.")

    # l06 Oeiras (PI): charged after cancelling
    e = "armarinhoboavista.oeiras@hotmail.com"
    cust(e, "Armarinho Boa Vista", "monthly", status="cancelled", start="2025-09-25", end="2025-10-24")
    lopay("pt34_p11", "LO-INV-35211", e, "monthly", "1499.00", "2025-08-25T17:00:00", "2025-08-25", "2025-09-24")
    lopay("pt34_p12", "LO-INV-35212", e, "monthly", "1499.00", "2025-09-25T17:00:00", "2025-09-25", "2025-10-24")
    w = d(2025, 9, 26, 14, 20, BR)
    check(day_no("2025-09-25T17:00:00", w) == 1, "l06")
    case("pt-l06-oeiras-cobrado-depois-de-cancelar", LOB, "decided", [M(
        f"Armarinho Boa Vista <{e}>", SUP, "COBRANÇA INDEVIDA", w,
        "Boa tarde.\nEu cancelei o plano mensal no dia 19 pelo site (meu neto fez pra mim) e mesmo assim "
        "ontem veio a cobrança de novo, fatura LO INV 35212. Fui cobrada depois de cancelar. Quero o meu "
        "dinheiro de volta.\nDona Lucimar - Armarinho Boa Vista, Oeiras do Piauí\n")],
        [R("escalate")],
        spec="L2 billing_error ('cobrada depois de cancelar'); invoice 'LO INV 35212' (section 8); charge "
             "2025-09-25, mail 2025-09-26 22:50 IST day 1: L5 escalate.")

    # l07 A German speaker in Vienna: charged for the wrong plan
    e = "k.huber@huber-sprachreisen.example.at"
    cust(e, "Huber Sprachreisen", "annual", start="2025-09-27", end="2026-09-26")
    lopay("pt34_p13", "LO-INV-35213", e, "annual", "11988.00", "2025-09-27T18:00:00", "2025-09-27", "2026-09-26")
    w = d(2025, 9, 29, 9, 40, EU)
    check(day_no("2025-09-27T18:00:00", w) == 2, "l07")
    case("pt-l07-viena-alemao-plano-errado", LOB, "decided", [M(
        f"Katharina Huber <{e}>", SUP, "Plano errado", w,
        "Bom dia,\n\neu sou Katharina Huber, tenho uma agência de viagens de línguas em Viena (cursos de "
        "português em Lisboa e no Porto para austríacos). No sábado, o sistema cobrou o plano anual, "
        "11.988 rupias, mas eu escolhi o plano mensal. É uma cobrança do plano errado, fatura LO-INV-35213. "
        "Peço por favor a correção e a devolução.\n\nMit freundlichen Grüßen / Com cumprimentos,\n"
        "Katharina Huber\n")],
        [R("escalate")],
        spec="L2 billing_error (wrong plan) inside L3 (charge 2025-09-27, mail 2025-09-29 13:10 IST, day 2): "
             "L5 escalate.")

    # l08 Balsas (MA) soy farm office: no access
    e = "escritorio@fazendachapadao.example.com.br"
    cust(e, "Fazenda Chapadão", "monthly", start="2025-09-20", end="2025-10-19")
    lopay("pt34_p14", "LO-INV-35214", e, "monthly", "1499.00", "2025-08-20T16:30:00", "2025-08-20", "2025-09-19")
    lopay("pt34_p15", "LO-INV-35215", e, "monthly", "1499.00", "2025-09-20T16:30:00", "2025-09-20", "2025-10-19")
    w = d(2025, 9, 24, 15, 0, BR)
    check(day_no("2025-09-20T16:30:00", w) == 4, "l08")
    case("pt-l08-balsas-fazenda-sem-acesso", LOB, "decided", [M(
        f"Escritório Fazenda Chapadão <{e}>", SUP, "Não consigo acessar a plataforma", w,
        "Boa tarde,\n\nAqui é a Edinalva, do escritório da Fazenda Chapadão (Balsas-MA). Desde sábado, dia "
        "20, quando renovou o mensal, não consigo acessar a plataforma: coloco a senha e a tela fica "
        "branca, não carrega. Já testei no notebook e no celular, com a internet via satélite e com o 4G da "
        "cidade. Paguei o mês (fatura LO-INV-35215) e não usei nada. Quero a devolução desse pagamento.\n\n"
        "Att,\nEdinalva Coelho\n")],
        [R("escalate")],
        spec="L2 access_failure, charge 2025-09-20, mail 2025-09-24 23:30 IST, day 4: L6 escalate.")

    # l09 An Italian speaker in Bologna: access failure, day 12
    e = "giulia.rinaldi.traduzioni@libero.example.it"
    cust(e, "Giulia Rinaldi Traduzioni", "monthly", start="2025-09-10", end="2025-10-09")
    lopay("pt34_p16", "LO-INV-35216", e, "monthly", "1499.00", "2025-09-10T15:00:00", "2025-09-10", "2025-10-09")
    w = d(2025, 9, 22, 11, 0, EU)
    check(day_no("2025-09-10T15:00:00", w) == 12, "l09")
    case("pt-l09-bolonha-italiana-dia-12", LOB, "decided", [M(
        f"Giulia Rinaldi <{e}>", SUP, "Accesso - acesso não funciona", w,
        "Bom dia,\n\nsou Giulia, tradutora italiano-português em Bolonha. Desde o pagamento do dia 10 "
        "setembro não consigo fazer o login, a página dá sempre erro. Peço o reembolso dos 1.499 rupias "
        "porque não usei niente, nada.\n\nGrazie, obrigada\nGiulia Rinaldi\n")],
        [R("deny")],
        spec="L2 access_failure but L3: charge 2025-09-10, mail 2025-09-22 14:30 IST, day 12: deny (the only "
             "payment identifies the invoice).")

    # l10 Cape Verdean student in Redenção (CE): changed mind
    e = "kriolu.digital.blog@gmail.com"
    cust(e, "Kriolu Digital", "monthly", start="2025-09-26", end="2025-10-25")
    lopay("pt34_p17", "LO-INV-35217", e, "monthly", "1499.00", "2025-09-26T16:00:00", "2025-09-26", "2025-10-25")
    w = d(2025, 9, 28, 20, 30, BR)
    case("pt-l10-redencao-caboverdiano-desistiu", LOB, "decided", [M(
        f"Kriolu Digital <{e}>", SUP, "Reembolso", w,
        "Boa noite. Sou estudante cabo-verdiano na UNILAB em Redenção e faço uma página de notícias em "
        "crioulo e português. Assinei o plano mensal na sexta, mas pensei melhor e desisti: o dinheiro da "
        "bolsa não chega e o meu irmão em Praia vai fazer a divulgação de graça. Podem devolver os 1.499?\n\n"
        "Nha obrigadu, obrigado,\nAdilson Tavares\n")],
        [R("deny")],
        spec="L1: changed mind / cannot afford it is not an exception: refund deny, cancellation offered "
             "(charge 2025-09-26, day 3).")

    # l11 Caracas, Madeiran supermarket: too expensive, refund + cancel
    e = "gerencia@automercadomadeira.example.ve"
    cust(e, "Automercado Madeira", "quarterly", start="2025-09-19", end="2025-12-18")
    lopay("pt34_p18", "LO-INV-35218", e, "quarterly", "3999.00", "2025-09-19T17:10:00", "2025-09-19", "2025-12-18")
    w = d(2025, 9, 23, 16, 45, VE)
    case("pt-l11-caracas-automercado-caro", LOB, "decided", [M(
        f"Automercado Madeira - Gerencia <{e}>", SUP, "Cancelamento do plano", w,
        "Boa tarde,\n\nEscrevo do Automercado Madeira, em La Candelaria, Caracas. Com a inflação daqui e o "
        "câmbio, o plano trimestral ficou caro demais para nós. Queremos cancelar e que nos devolvam os "
        "meses que não vamos usar.\n\nAtentamente,\nManuel de Gouveia\nGerente\n")],
        [R("deny"), X("cancel", "2025-12-18")],
        spec="L1: too expensive / unused months: refund deny. L8 cancel, active until current_period_end "
             "2025-12-18.")

    # l12 A Guinea-Bissau student blogger in São Francisco do Conde (BA): free trial
    e = "blog.djumbai@gmail.com"
    cust(e, "Blog Djumbai", "monthly", status="trial", trial_ends="2025-10-05")
    case("pt-l12-sao-francisco-do-conde-teste", LOB, "decided", [M(
        f"Blog Djumbai <{e}>", SUP, "devolução", d(2025, 9, 27, 11, 0, BR),
        "Bom dia! Sou estudante da Guiné-Bissau aqui na Bahia e escrevo o blog Djumbai. Comecei o período "
        "de teste mas não é para mim. Quero a devolução do que foi cobrado no cartão quando me inscrevi.\n"
        "Abraço, Cadi\n")],
        [R("deny")], extra_ok=True,
        spec="L7: trial account (trial_ends 2025-10-05), no charges: refund deny, no billing unless she "
             "subscribes; 'não é para mim' may also be read as a cancellation (extra_ok).")

    # l13 Bacabal (MA) farm: cancellation
    e = "fazendasantaluzia.bacabal@gmail.com"
    cust(e, "Fazenda Santa Luzia", "quarterly", start="2025-09-01", end="2025-11-30")
    lopay("pt34_p19", "LO-INV-35219", e, "quarterly", "3999.00", "2025-09-01T16:00:00", "2025-09-01", "2025-11-30")
    case("pt-l13-bacabal-fazenda-cancela", LOB, "decided", [M(
        f"Fazenda Santa Luzia <{e}>", SUP, "cancelar plano", d(2025, 9, 25, 8, 20, BR),
        "Bom dia. Favor cancelar o plano trimestral da Fazenda Santa Luzia. Vendemos o gado de corte e "
        "agora é só babaçu e roça, não precisamos mais de propaganda. Não quero reembolso, só que não "
        "renove.\nDeus abençoe,\nSeu Benedito\n")],
        [X("cancel", "2025-11-30")],
        spec="L8: cancel, active until current_period_end 2025-11-30; refund ruled out (section 8).")

    # l14 Bermuda: no current period; quarterly charge with an offset (late evening of 31 July locally)
    e = "office@pereiraandsonslandscaping.example.bm"
    cust(e, "Pereira & Sons Landscaping", "quarterly")
    lopay("pt34_p20", "LO-INV-35220", e, "quarterly", "3999.00", "2025-04-30T23:00:00-03:00", "2025-05-01",
          "2025-07-31")
    lopay("pt34_p21", "LO-INV-35221", e, "quarterly", "3999.00", "2025-07-31T23:00:00-03:00", "2025-08-01",
          "2025-10-31")
    case("pt-l14-bermudas-jardinagem-trimestral-com-fuso", LOB, "decided", [M(
        f"Pereira & Sons Landscaping <{e}>", SUP, "Cancelar a assinatura", d(2025, 9, 24, 13, 30, BM),
        "Boa tarde,\n\nQueremos cancelar a assinatura trimestral. A última cobrança foi a 31 de julho à "
        "noite. O meu pai vai reformar-se e a firma fecha no fim do ano.\n\nTony Pereira\nPereira & Sons "
        "Landscaping, Warwick, Bermuda\n")],
        [X("cancel", "2025-10-31")],
        spec="L8 fallback (no current_period_end on the customer): last charge 2025-07-31 23:00 -03:00 = "
             "2025-08-01 07:30 IST (section 8: local date) + 3 months - 1 day = 2025-10-31.")

    # l15 A Brazilian in Leiria: cancellation from her gmail, names the registered address
    cust("contacto@cafebrasileirinho-leiria.example.pt", "Café Brasileirinho", "annual", start="2025-02-01",
         end="2026-01-31")
    lopay("pt34_p22", "LO-INV-35222", "contacto@cafebrasileirinho-leiria.example.pt", "annual", "11988.00",
          "2025-02-01T16:00:00", "2025-02-01", "2026-01-31")
    case("pt-l15-leiria-gmail-pessoal-c2", LOB, "need_info", [M(
        "Jéssica Moraes <jessicamoraes.leiria@gmail.com>", SUP, "Cancelamento", d(2025, 9, 24, 17, 40, PT),
        "Boa tarde,\n\nGostaria de cancelar a subscrição do Café Brasileirinho. A conta está registada com "
        "contacto@cafebrasileirinho-leiria.example.pt mas não tenho acesso a esse e-mail agora, a minha sócia é que "
        "tem. Podem cancelar e dizer-me até quando está pago?\n\nObrigada,\nJéssica\n")],
        rules=["C2"],
        spec="C2: the registered email contacto@... is named, the mail comes from a gmail address: ask for "
             "the request from the registered address; nothing about the account.")

    # l16 Floriano (PI) funeral home: Outlook forward, owner's address inside
    cust("diretoria@funerariabomjesus.example.com.br", "Funerária Bom Jesus", "annual", start="2025-09-23",
         end="2026-09-22")
    lopay("pt34_p23", "LO-INV-35223", "diretoria@funerariabomjesus.example.com.br", "annual", "11988.00",
          "2025-09-23T17:00:00", "2025-09-23", "2026-09-22")
    lopay("pt34_p24", "LO-INV-35224", "diretoria@funerariabomjesus.example.com.br", "annual", "11988.00",
          "2025-09-23T17:02:00", "2025-09-23", "2026-09-22")
    case("pt-l16-floriano-funeraria-encaminhado", LOB, "need_info", [M(
        "Recepção Funerária Bom Jesus <recepcao@funerariabomjesus.example.com.br>", SUP,
        "ENC: Cobrança em dobro da anuidade", d(2025, 9, 25, 9, 10, BR),
        "Bom dia, segue abaixo o e-mail do diretor. Aguardo retorno.\n\nRosângela\nRecepção - Funerária Bom "
        "Jesus - Plantão 24h - Floriano/PI\n\n"
        "De: Diretoria Funerária Bom Jesus <diretoria@funerariabomjesus.example.com.br>\n"
        "Enviado: quarta-feira, 24 de setembro de 2025 18:05\nPara: Recepção Funerária Bom Jesus "
        "<recepcao@funerariabomjesus.example.com.br>\nAssunto: Cobrança em dobro da anuidade\n\n"
        "Rosângela, reclama com a LeadsOptima: ontem cobraram duas vezes a anuidade, 11.988 rupias cada, "
        "a segunda fatura é LO-INV-35224. A conta é neste meu e-mail da diretoria. Pede o estorno.\n"
        "Valdemar\n")],
        rules=["C2"],
        spec="Section 8 forwards: the forwarded request names the registered diretoria@ address; the sender "
             "recepcao@ is not on record: C2, ask for the request from diretoria@; no account details.")

    # l17 Almada language school run by Brazilians: access failure, three charges, no invoice
    e = "secretaria@escolalinguasatlantico.example.pt"
    cust(e, "Escola de Línguas Atlântico", "monthly", start="2025-09-28", end="2025-10-27")
    for pid, inv, dt, ps, pe in (("pt34_p25", "LO-INV-35225", "2025-07-28T16:10:00", "2025-07-28", "2025-08-27"),
                                 ("pt34_p26", "LO-INV-35226", "2025-08-28T16:10:00", "2025-08-28", "2025-09-27"),
                                 ("pt34_p27", "LO-INV-35227", "2025-09-28T16:10:00", "2025-09-28", "2025-10-27")):
        lopay(pid, inv, e, "monthly", "1499.00", dt, ps, pe)
    case("pt-l17-almada-escola-sem-fatura", LOB, "need_info", [M(
        f"Escola de Línguas Atlântico <{e}>", SUP, "A plataforma não abre", d(2025, 9, 29, 12, 30, PT),
        "Boa tarde,\n\nSomos uma escola de português para estrangeiros e de inglês para brasileiros, na "
        "Cova da Piedade. Desde ontem a plataforma não abre: fica a carregar e dá erro 500, em todos os "
        "computadores. Estamos em plena campanha de matrículas de outubro. Pedimos o reembolso do que "
        "pagámos.\n\nAtenciosamente,\nPriscila Nogueira\nSecretaria\n")],
        missing=["invoice_number"],
        spec="C3: access failure from the registered address, plan from the ledger, three monthly charges "
             "and no invoice named: ask for invoice_number.")

    # l18 Caracas photographer of Portuguese descent: refund, no reason
    e = "estudio@fotoslusitania.example.ve"
    cust(e, "Fotos Lusitania", "annual", start="2025-09-27", end="2026-09-26")
    lopay("pt34_p28", "LO-INV-35228", e, "annual", "11988.00", "2025-09-27T18:00:00", "2025-09-27", "2026-09-26")
    lopay("pt34_p29", "LO-INV-35229", e, "annual", "11988.00", "2024-09-27T18:00:00", "2024-09-27", "2025-09-26")
    case("pt-l18-caracas-fotografo-sem-motivo", LOB, "need_info", [M(
        f"Fotos Lusitania <{e}>", SUP, "Pedido de reembolso LO-INV-35228", d(2025, 9, 29, 10, 30, VE),
        "Bom dia. Venho por este meio solicitar o reembolso da fatura LO-INV-35228 (plano anual). Fico a "
        "aguardar.\n\nRicardo Abreu\nFotos Lusitania - casamentos, batizados, quinceañeras\nCaracas\n")],
        missing=["reason"],
        spec="C3 / section 8: restating the request is not a reason; registered sender, plan and invoice "
             "known: ask for the reason.")

    # l19 Picos rural workers' union: thread, reason in the answer
    e = "sindicato.str.picos@gmail.com"
    cust(e, "STR Picos", "monthly", start="2025-09-24", end="2025-10-23")
    lopay("pt34_p30", "LO-INV-35230", e, "monthly", "1499.00", "2025-09-24T16:50:00", "2025-09-24", "2025-10-23")
    lopay("pt34_p31", "LO-INV-35231", e, "monthly", "1499.00", "2025-09-24T16:51:00", "2025-09-24", "2025-10-23")
    w = d(2025, 9, 26, 10, 0, BR)
    check(day_no("2025-09-24T16:51:00", w) == 2, "l19")
    case("pt-l19-picos-sindicato-motivo-depois", LOB, "decided", [
        M(f"Sindicato dos Trabalhadores Rurais <{e}>", SUP, "estorno fatura LO-INV-35231", w,
          "Bom dia, solicitamos o estorno da fatura LO-INV-35231.\nAtt, Secretaria do STR de Picos\n"),
        M(f"Sindicato dos Trabalhadores Rurais <{e}>", SUP, "Re: estorno fatura LO-INV-35231 [LO-3519]",
          d(2025, 9, 29, 15, 0, BR),
          "Boa tarde, o motivo: fomos cobrados duas vezes no dia 24, as faturas 35230 e 35231 são do mesmo "
          "mês. A 35231 é a repetida.\nAtt, Socorro - secretária\n\n> Para darmos seguimento, indique o "
          "motivo do pedido. [LO-3519]\n",
          headers={"_irt": "<lo-3519.reply@leadsoptima.com>"})],
        [R("approve", "1499.00")],
        spec="C3 thread: reason in the answer; request time = first mail 2025-09-26 18:30 IST, day 2 (the "
             "answer is day 5): L4 approve LO-INV-35231, 1499.00.")

    # l20 Caxias (MA): thread, invoice in the answer with spaces
    e = "oticavisaoclara.caxias@gmail.com"
    cust(e, "Ótica Visão Clara", "monthly", start="2025-09-23", end="2025-10-22")
    lopay("pt34_p32", "LO-INV-35232", e, "monthly", "1499.00", "2025-08-23T17:20:00", "2025-08-23", "2025-09-22")
    lopay("pt34_p33", "LO-INV-35233", e, "monthly", "1499.00", "2025-09-23T17:20:00", "2025-09-23", "2025-10-22")
    w = d(2025, 9, 25, 9, 0, BR)
    check(day_no("2025-09-23T17:20:00", w) == 2, "l20")
    case("pt-l20-caxias-otica-fatura-depois", LOB, "decided", [
        M(f"Ótica Visão Clara <{e}>", SUP, "nao consigo entrar na conta", w,
          "Bom dia, desde que renovou o plano não consigo entrar na conta, diz 'sessão expirada' e me joga "
          "pra fora. Já limpei o cache. Quero o dinheiro deste mês de volta.\nKeila - Ótica Visão Clara\n"),
        M(f"Ótica Visão Clara <{e}>", SUP, "Re: nao consigo entrar na conta [LO-3520]",
          d(2025, 9, 30, 8, 40, BR),
          "bom dia a fatura é lo inv 35233. continuo sem conseguir entrar\nKeila\n\n> Informe o número "
          "da fatura da cobrança. [LO-3520]\n",
          headers={"_irt": "<lo-3520.reply@leadsoptima.com>"})],
        [R("escalate")],
        spec="C3 thread: invoice 'lo inv 35233' in the answer (section 8); access failure, request time first "
             "mail 2025-09-25 17:30 IST, day 2: L6 escalate.")

    # l21 Imperatriz: Procon + card dispute threat
    e = "contato@autopecasdotocantins.example.com.br"
    cust(e, "Autopeças do Tocantins", "monthly", start="2025-09-26", end="2025-10-25")
    lopay("pt34_p34", "LO-INV-35234", e, "monthly", "1499.00", "2025-09-26T18:15:00", "2025-09-26", "2025-10-25")
    lopay("pt34_p35", "LO-INV-35235", e, "monthly", "1499.00", "2025-09-26T18:16:00", "2025-09-26", "2025-10-25")
    case("pt-l21-imperatriz-procon-contestacao", LOB, "decided", [M(
        f"Autopeças do Tocantins <{e}>", SUP, "COBRANÇA EM DUPLICIDADE!!!", d(2025, 9, 27, 9, 0, BR),
        "Bom dia. Ontem cobraram duas vezes o plano mensal, LO-INV-35234 e LO-INV-35235. Se até segunda não "
        "estornarem a segunda, vou contestar no cartão e abrir reclamação no Procon.\n\nMarcos Vinícius\n"
        "Autopeças do Tocantins - Imperatriz/MA\n")],
        [R("escalate")], rules=["C4"],
        spec="C4: a card dispute threat and the consumer office (Procon): escalate (L4 alone would approve).")

    # l22 A German speaker in Graz: refund + cancellation, the lawyer
    e = "office@weingut-hoferegger.example.at"
    cust(e, "Weingut Hoferegger", "quarterly", start="2025-09-26", end="2025-12-25")
    lopay("pt34_p36", "LO-INV-35236", e, "quarterly", "3999.00", "2025-09-26T15:00:00", "2025-09-26", "2025-12-25")
    case("pt-l22-graz-vinicola-advogado", LOB, "decided", [M(
        f"Weingut Hoferegger <{e}>", SUP, "Cancelamento e reembolso", d(2025, 9, 28, 17, 0, EU),
        "Boa tarde,\n\nsou Florian Hoferegger, temos uma vinícola perto de Graz e vendemos muito para o Brasil, "
        "por isso escrevo em português. Pagámos o trimestre na sexta e a plataforma não carrega desde "
        "então. Queremos cancelar e receber o dinheiro de volta. O nosso advogado já está informado e, se "
        "não houver solução, tratará do assunto.\n\nMit freundlichen Grüßen\nFlorian Hoferegger\n")],
        [R("escalate"), X("escalate")], rules=["C4"],
        spec="C4: the lawyer is invoked: refund and cancellation both escalate (section 8).")

    # l23 An Italian speaker in Milan: bank suggested a dispute, ruled out
    e = "marco.bellini.ceramiche@example.it"
    cust(e, "Ceramiche Bellini", "monthly", start="2025-09-27", end="2025-10-26")
    lopay("pt34_p37", "LO-INV-35237", e, "monthly", "1499.00", "2025-09-27T17:45:00", "2025-09-27", "2025-10-26")
    lopay("pt34_p38", "LO-INV-35238", e, "monthly", "1499.00", "2025-09-27T17:46:00", "2025-09-27", "2025-10-26")
    w = d(2025, 9, 29, 12, 20, EU)
    check(day_no("2025-09-27T17:46:00", w) == 2, "l23")
    case("pt-l23-milao-italiano-sem-contestacao", LOB, "decided", [M(
        f"Marco Bellini <{e}>", SUP, "Pagamento doppio - pagamento duplo", w,
        "Boa tarde,\n\nsou Marco, vendo cerâmica italiana para lojas em São Paulo. No sábado 27/09 "
        "cobraram duas vezes o plano mensal (LO-INV-35237 e LO-INV-35238). O banco disse para fazer a "
        "contestação, mas não quero fazer isso, prefiro resolver com vocês. Por favor, devolvam o segundo.\n\n"
        "Cordiali saluti,\nMarco Bellini\n")],
        [R("approve", "1499.00")],
        spec="Section 8 negation: the dispute is the bank's idea and ruled out: no C4. L4 pair 2025-09-27, "
             "mail 2025-09-29 15:50 IST day 2: approve LO-INV-35238, 1499.00.")

    # l24 Portuguese Outlook out-of-office
    case("pt-l24-aveiro-resposta-automatica", LOB, "ignore", [M(
        "Papelaria Ria <geral@papelariaria.example.pt>", SUP, "Resposta automática: Re: O seu pedido [LO-3502]",
        d(2025, 9, 26, 9, 0, PT),
        "Obrigado pela sua mensagem. Estaremos encerrados para férias até 6 de outubro. Para devoluções de "
        "encomendas contacte 234 000 000.\n",
        headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All",
                 "_irt": "<lo-3502.reply@leadsoptima.com>"})],
        rules=["C7"], spec="C7: Auto-Submitted: auto-replied (Outlook 'Resposta automática'): ignore.")

    # l25 A bounce from a Brazilian provider
    case("pt-l25-mailer-daemon-teresina", LOB, "ignore", [M(
        "Mail Delivery System <MAILER-DAEMON@mx.provedorpiaui.example.com.br>", SUP,
        "Mensagem não entregue: Re: Cancelamento do plano [LO-3511]", d(2025, 9, 27, 3, 12, BR),
        "Esta é uma mensagem automática do servidor mx.provedorpiaui.example.com.br.\n\nNão foi possível "
        "entregar a sua mensagem a: lojaaurora@provedorpiaui.example.com.br\nMotivo: caixa postal cheia "
        "(552 5.2.2 Mailbox full).\n\n--- Mensagem original ---\nAssunto: Re: Cancelamento do plano "
        "[LO-3511]\n",
        headers={"Auto-Submitted": "auto-generated"})],
        rules=["C7"], spec="C7: MAILER-DAEMON sender and Auto-Submitted: auto-generated (a bounce that quotes "
                           "a cancellation): ignore.")

    # l26 Teresina, before buying
    case("pt-l26-teresina-pergunta-antes", LOB, "other", [M(
        "Cajuína Sabor do Piauí <cajuinasabor.the@gmail.com>", SUP, "dúvida plano anual",
        d(2025, 9, 26, 15, 30, BR),
        "Boa tarde! Tenho uma fábrica pequena de cajuína em Teresina e estou pensando em assinar o plano "
        "anual. Se eu pagar e depois de dois meses ver que não vale a pena, vocês devolvem o resto? Ou "
        "é melhor começar pelo mensal?\nObrigada, Lívia\n")],
        spec="Section 8 hypothetical before buying: other.")

    # l27 Bermuda: thanks, refund already received
    e = "rosa.furtado.bda@example.bm"
    cust(e, "Rosa Furtado", "monthly", start="2025-09-15", end="2025-10-14")
    lopay("pt34_p39", "LO-INV-35239", e, "monthly", "1499.00", "2025-09-15T16:00:00", "2025-09-15", "2025-10-14")
    case("pt-l27-bermudas-obrigada-ja-recebi", LOB, "other", [M(
        f"Rosa Furtado <{e}>", SUP, "Re: reembolso cobrança duplicada", d(2025, 9, 30, 10, 0, BM),
        "Bom dia, só para dizer que o reembolso da cobrança duplicada do mês passado já entrou no cartão. "
        "Muito obrigada pela rapidez, não é preciso fazer mais nada.\nRosa Furtado\n")],
        spec="Thanks for a refund already received (past event): other.")

    # l28 Valencia (Venezuela): no refund wanted, only a card change
    e = "ferreteria.oporto.vzla@gmail.com"
    cust(e, "Ferretería Oporto", "annual", start="2025-06-10", end="2026-06-09")
    lopay("pt34_p40", "LO-INV-35240", e, "annual", "11988.00", "2025-06-10T16:00:00", "2025-06-10", "2026-06-09")
    case("pt-l28-valencia-ferreteria-trocar-cartao", LOB, "other", [M(
        f"Ferretería Oporto <{e}>", SUP, "trocar cartão", d(2025, 9, 23, 15, 0, VE),
        "Boa tarde. Não quero reembolso nem cancelar, estamos satisfeitos. Só preciso de trocar o cartão da "
        "renovação para um cartão internacional, porque o daqui vai ser bloqueado para pagamentos em "
        "divisas. Como faço?\nAntónio Teixeira\n")],
        spec="Section 8 negation: refund and cancellation ruled out; a billing question: other.")

    # l29 A Brazilian photographer in Aveiro: cancel, refund not wanted
    e = "ola@anacarolinafotografia.example.pt"
    cust(e, "Ana Carolina Fotografia", "annual", start="2025-03-15", end="2026-03-14")
    lopay("pt34_p41", "LO-INV-35241", e, "annual", "11988.00", "2025-03-15T16:00:00", "2025-03-15", "2026-03-14")
    case("pt-l29-aveiro-fotografa-cancela-sem-reembolso", LOB, "decided", [M(
        f"Ana Carolina <{e}>", SUP, "Cancelar renovação da subscrição anual", d(2025, 9, 30, 19, 40, PT),
        "Boa noite,\n\nSou fotógrafa de casamentos em Aveiro (brasileira, cá há seis anos). Este ano quase "
        "todos os clientes chegaram pelo Instagram, por isso quero cancelar a renovação do plano anual. Sei "
        "que não há devolução do resto do ano e não a peço: uso até ao fim.\n\nObrigada,\nAna Carolina "
        "Ramos\n")],
        [X("cancel", "2026-03-14")],
        spec="L8: cancel, active until current_period_end 2026-03-14; refund ruled out (section 8).")

    # l30 HTML-only, São Raimundo Nonato (PI): duplicate annual
    e = "pousadaserradacapivara@gmail.com"
    cust(e, "Pousada Serra da Capivara", "annual", start="2025-09-28", end="2026-09-27")
    lopay("pt34_p42", "LO-INV-35242", e, "annual", "11988.00", "2025-09-28T17:00:00", "2025-09-28", "2026-09-27")
    lopay("pt34_p43", "LO-INV-35243", e, "annual", "11988.00", "2025-09-28T17:05:00", "2025-09-28", "2026-09-27")
    w = d(2025, 9, 30, 7, 30, BR)
    check(day_no("2025-09-28T17:05:00", w) == 2, "l30")
    case("pt-l30-sao-raimundo-nonato-html", LOB, "decided", [M(
        f"Pousada Serra da Capivara <{e}>", SUP, "Pagamento em dobro", w,
        "<html><body><div dir=\"ltr\"><p>Bom dia,</p><p>No domingo, dia 28, foi cobrado <b>duas vezes</b> o "
        "plano anual da pousada (11.988 rupias cada): faturas LO-INV-35242 e LO-INV-35243. Pagamento em "
        "dobro, temos só uma conta.</p><p>Peço a devolução da segunda.</p><p>Att,<br>Gilvan Ribeiro<br>"
        "Pousada Serra da Capivara - São Raimundo Nonato/PI</p></div></body></html>", html=True)],
        [R("approve", "11988.00")],
        spec="HTML-only. L4 annual pair 2025-09-28, mail 2025-09-30 16:00 IST, day 2: approve LO-INV-35243, "
             "11988.00.")

    # l31 Barreirinhas (MA) inn: duplicate + cancellation
    e = "reservas@pousadalencois.example.com.br"
    cust(e, "Pousada Lençóis", "quarterly", start="2025-09-25", end="2025-12-24")
    lopay("pt34_p44", "LO-INV-35244", e, "quarterly", "3999.00", "2025-09-25T18:00:00", "2025-09-25", "2025-12-24")
    lopay("pt34_p45", "LO-INV-35245", e, "quarterly", "3999.00", "2025-09-25T18:02:00", "2025-09-25", "2025-12-24")
    w = d(2025, 9, 26, 11, 0, BR)
    check(day_no("2025-09-25T18:02:00", w) == 1, "l31")
    case("pt-l31-barreirinhas-dupla-e-cancela", LOB, "decided", [M(
        f"Pousada Lençóis - Reservas <{e}>", SUP, "Cobrança duplicada + cancelamento", w,
        "Bom dia,\n\nSão duas coisas:\n1) Ontem o plano trimestral foi cobrado duas vezes (R$... não, 3.999 "
        "rupias x 2, faturas LO-INV-35244 e LO-INV-35245). Pedimos o estorno da segunda.\n2) Também "
        "queremos cancelar o serviço: a pousada vai fechar para reforma de dezembro a março e os donos "
        "decidiram parar a publicidade.\n\nAtt,\nJoelma - Reservas\nPousada Lençóis, Barreirinhas-MA\n")],
        [R("approve", "3999.00"), X("cancel", "2025-12-24")],
        spec="L4 quarterly pair 2025-09-25, mail 2025-09-26 19:30 IST day 1: approve LO-INV-35245 3999.00; L8 "
             "cancel until current_period_end 2025-12-24.")

    # l32 An Italian speaker in São Luís: wrong amount, day 9
    e = "pizzeria.napoli.slz@gmail.com"
    cust(e, "Pizzeria Napoli São Luís", "monthly", start="2025-09-18", end="2025-10-17")
    lopay("pt34_p46", "LO-INV-35246", e, "monthly", "1499.00", "2025-09-18T16:40:00", "2025-09-18", "2025-10-17")
    w = d(2025, 9, 27, 11, 0, BR)
    check(day_no("2025-09-18T16:40:00", w) == 9, "l32")
    case("pt-l32-sao-luis-italiano-valor-errado-dia-9", LOB, "decided", [M(
        f"Pizzeria Napoli <{e}>", SUP, "valore sbagliato - valor errado", w,
        "Bom dia. Sou Gennaro, italiano, tenho uma pizzaria em São Luís. No dia 18 de setembro cobraram "
        "um valor errado: o plano mensal é 1.499 mas no cartão saiu quase 1.770. Quero a devolução da "
        "diferença.\nGennaro Esposito\n")],
        [R("deny")],
        spec="L2 billing_error but L3: charge 2025-09-18, mail 2025-09-27 19:30 IST, day 9: deny.")

    # l33 Parnaíba (PI): day 7, afternoon in Brazil, late evening in India
    e = "agencia.deltatur@gmail.com"
    cust(e, "Delta Tur Parnaíba", "quarterly", start="2025-09-19", end="2025-12-18")
    lopay("pt34_p47", "LO-INV-35247", e, "quarterly", "3999.00", "2025-09-19T18:00:00", "2025-09-19", "2025-12-18")
    lopay("pt34_p48", "LO-INV-35248", e, "quarterly", "3999.00", "2025-09-19T18:02:00", "2025-09-19", "2025-12-18")
    w = d(2025, 9, 26, 15, 0, BR)
    check(day_no("2025-09-19T18:02:00", w) == 7, "l33")
    case("pt-l33-parnaiba-dia-7-no-limite", LOB, "decided", [M(
        f"Delta Tur <{e}>", SUP, "Cobrança repetida plano trimestral", w,
        "Boa tarde. Na sexta passada, 19/09, fomos cobrados duas vezes pelo plano trimestral: LO-INV-35247 "
        "e LO-INV-35248, 3.999 cada. Solicitamos o estorno da cobrança repetida (a segunda). Sabemos do "
        "prazo de 7 dias, por isso escrevemos hoje.\n\nDelta Tur - passeios ao Delta do Parnaíba\n")],
        [R("approve", "3999.00")],
        spec="L3 boundary: charge 2025-09-19 IST, mail 2025-09-26 15:00 -03:00 = 23:30 IST, day 7: inside; L4 "
             "approve LO-INV-35248, 3999.00.")

    # l34 An Angolan student in Porto Alegre: access failure, invoice with dots
    e = "kianda.eventos.poa@gmail.com"
    cust(e, "Kianda Eventos", "monthly", start="2025-09-22", end="2025-10-21")
    lopay("pt34_p49", "LO-INV-35249", e, "monthly", "1499.00", "2025-08-22T16:00:00", "2025-08-22", "2025-09-21")
    lopay("pt34_p50", "LO-INV-35250", e, "monthly", "1499.00", "2025-09-22T16:00:00", "2025-09-22", "2025-10-21")
    w = d(2025, 9, 25, 20, 0, BR)
    check(day_no("2025-09-22T16:00:00", w) == 4, "l34")
    case("pt-l34-porto-alegre-angolana-pontos", LOB, "decided", [M(
        f"Kianda Eventos <{e}>", SUP, "Sem acesso à conta", w,
        "Boa noite!\n\nSou angolana, estudo Relações Internacionais na UFRGS e organizo eventos de kizomba "
        "em Porto Alegre. Desde segunda-feira estou sem acesso à conta: diz que o utilizador está "
        "bloqueado. Já mandei mensagem no chat e nada. Paguei o mês (LO.INV.35250) e não consegui usar, "
        "quero a devolução desse pagamento.\n\nObrigada, Nzinga\n")],
        [R("escalate")],
        spec="L2 access_failure; invoice 'LO.INV.35250' matches (section 8 dots); charge 2025-09-22, mail "
             "2025-09-26 04:30 IST, day 4: L6 escalate.")

    # l35 Porto, Brazilian IT worker: +tag address, names the plain one
    cust("felipe.arantes@correio.example.pt", "Felipe Arantes", "quarterly", start="2025-08-20", end="2025-11-19")
    lopay("pt34_p51", "LO-INV-35251", "felipe.arantes@correio.example.pt", "quarterly", "3999.00",
          "2025-08-20T16:00:00", "2025-08-20", "2025-11-19")
    case("pt-l35-matosinhos-endereco-com-tag", LOB, "need_info", [M(
        "Felipe Arantes <felipe.arantes+leads@correio.example.pt>", SUP, "Cancelar plano trimestral",
        d(2025, 9, 24, 11, 0, PT),
        "Bom dia, quero cancelar o meu plano trimestral; fechei o pequeno negócio de consultoria que tinha "
        "aqui em Matosinhos. A minha conta é felipe.arantes@correio.example.pt.\nValeu, Felipe\n")],
        rules=["C2"],
        spec="Section 8 addresses: felipe.arantes+leads@ is another address than the registered one he names: "
             "C2, ask him to write from the registered address.")

    # l36 Barquisimeto (Venezuela): Reply-To is the registered address, From is not
    cust("ventas@distribuidoralusa.example.ve", "Distribuidora Lusa", "monthly", start="2025-09-21", end="2025-10-20")
    lopay("pt34_p52", "LO-INV-35252", "ventas@distribuidoralusa.example.ve", "monthly", "1499.00",
          "2025-09-21T16:00:00", "2025-09-21", "2025-10-20")
    case("pt-l36-barquisimeto-reply-to-nao-verifica", LOB, "need_info", [M(
        "Fernando Agrela <fagrela1959@example.com>", SUP, "cancelamento da conta da distribuidora",
        d(2025, 9, 25, 8, 30, VE),
        "Bom dia, sou o dono da Distribuidora Lusa em Barquisimeto. A conta está no e-mail "
        "ventas@distribuidoralusa.example.ve, que é da minha filha, e ela está em Lisboa. Peço o "
        "cancelamento do plano mensal porque deixámos de vender pela internet. Respondam para ela.\n"
        "Fernando Agrela\n", reply_to="ventas@distribuidoralusa.example.ve")],
        rules=["C2"],
        spec="C2: From is not the registered ventas@ he names; Reply-To never verifies anyone (section 8): ask "
             "for the request from the registered address.")
