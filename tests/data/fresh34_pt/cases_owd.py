"""fresh34_pt, Optima WebDesign cases (imported by make_cases.py)."""

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from make_cases import BM, BR, EU, IST, OWB, OWDTO, PT, VE, M, R, X, case, check, d, hours, owpay, proj


def o5(amount, setup, months=1):
    a, s = Decimal(amount), Decimal(setup)
    return str((a - s - (a - s) / 12 * months).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def build_owd():
    # o01 Teresina, an Italian-run restaurant: deposit, 25.5 h, no work
    proj("Site Cantina Toscana Teresina", "cantinatoscana.the@gmail.com")
    owpay("pt34_o01", "OWD-2025-3501", "Site Cantina Toscana Teresina", "deposit", "24000.00", "4320.00",
          "2025-09-27T17:00:00")
    w = d(2025, 9, 28, 10, 0, BR)
    check(hours("2025-09-27T17:00:00", w) == 25.5, "o01")
    case("pt-o01-teresina-cantina-italiana-deposito", OWB, "decided", [M(
        "Cantina Toscana <cantinatoscana.the@gmail.com>", OWDTO,
        "Refund Request — Site Cantina Toscana Teresina / OWD-2025-3501", w,
        "Bom dia,\n\nsono Lorenzo, italiano, tenho a Cantina Toscana em Teresina. Ontem de manhã paguei o "
        "depósito do site (fatura OWD-2025-3501). À noite o proprietário do imóvel disse que vai vender o "
        "prédio e temos de sair até dezembro, então não faz sentido o site agora. Peço a devolução do "
        "depósito, vocês ainda não começaram.\n\nGrazie mille,\nLorenzo Bianchi\n")],
        [R("approve", "24000.00")],
        extra_ok=True,
        spec="O2: deposit 2025-09-27 17:00 IST (08:30 in Teresina), mail 2025-09-28 10:00 -03:00 = 18:30 IST "
             "(25.5 h), no work: approve 24000.00 before tax. "
             "The mail drops the project, so a cancellation decision may also be read (extra_ok; never an approval).")

    # o02 Setúbal, a Brazilian: 71 h, work only scheduled for later
    proj("Loja Online Doces da Vovó Setúbal", "encomendas@docesdavovo.example.pt", "2025-09-29T14:30:00")
    owpay("pt34_o02", "OWD-2025-3502", "Loja Online Doces da Vovó Setúbal", "deposit", "18000.00", "3240.00",
          "2025-09-24T16:00:00")
    w = d(2025, 9, 27, 10, 30, PT)
    check(hours("2025-09-24T16:00:00", w) == 71, "o02")
    case("pt-o02-setubal-71-horas-arranque-marcado", OWB, "decided", [M(
        "Doces da Vovó <encomendas@docesdavovo.example.pt>", OWDTO,
        "Devolução do sinal - Loja Online Doces da Vovó Setúbal", w,
        "Bom dia,\n\nSou a Daiane, brasileira, faço doces por encomenda em Setúbal. Paguei o sinal da loja "
        "online na quarta (OWD-2025-3502). A reunião de arranque ficou marcada para segunda, mas a minha "
        "mãe adoeceu no Brasil e vou ter de viajar por uns meses, portanto peço a devolução do sinal.\n\n"
        "Com os melhores cumprimentos,\nDaiane Cardoso\n")],
        [R("approve", "18000.00")],
        extra_ok=True,
        spec="O2: paid 2025-09-24 16:00 IST, mail 2025-09-27 10:30 +01:00 = 15:00 IST (71 h), work starts "
             "2025-09-29 (later than the request): before both: approve 18000.00. "
             "The mail drops the project, so a cancellation decision may also be read (extra_ok; never an approval).")

    # o03 Chapadinha (MA): inside 72 h but work started
    proj("Site Agropecuária Baixo Parnaíba", "contato@agrobaixoparnaiba.example.com.br", "2025-09-24T18:30:00")
    owpay("pt34_o03", "OWD-2025-3503", "Site Agropecuária Baixo Parnaíba", "deposit", "20000.00", "3600.00",
          "2025-09-23T18:00:00")
    w = d(2025, 9, 25, 8, 0, BR)
    check(hours("2025-09-23T18:00:00", w) == 46.5, "o03")
    case("pt-o03-chapadinha-deposito-ja-comecou", OWB, "decided", [M(
        "Agropecuária Baixo Parnaíba <contato@agrobaixoparnaiba.example.com.br>", OWDTO,
        "Devolução do depósito OWD-2025-3503", w,
        "Bom dia. Paguei o depósito do site na terça. Ontem vocês já fizeram a reunião de briefing comigo "
        "e mandaram o cronograma, mas meu sócio não concordou com o gasto. Quero o depósito de volta, ainda "
        "não deu 72 horas.\nAtt, Francisco das Chagas\nAgropecuária Baixo Parnaíba - Chapadinha/MA\n")],
        [R("deny")],
        extra_ok=True,
        spec="O2: 46.5 h after payment, but work started 2025-09-24 18:30 IST (10:00 in Chapadinha), before "
             "the request (2025-09-25 16:30 IST): deny. "
             "The mail drops the project, so a cancellation decision may also be read (extra_ok; never an approval).")

    # o04 Bermuda photographer: discovery, nothing started
    proj("Portfolio Medeiros Wedding Photo", "weddings@medeirosweddings.example.bm")
    owpay("pt34_o04", "OWD-2025-3504", "Portfolio Medeiros Wedding Photo", "discovery", "15000.00", "2700.00",
          "2025-09-20T16:00:00")
    case("pt-o04-bermudas-fotografa-discovery", OWB, "decided", [M(
        "Sandra Medeiros <weddings@medeirosweddings.example.bm>", OWDTO,
        "Reembolso da sessão de estratégia - OWD-2025-3504", d(2025, 9, 26, 9, 45, BM),
        "Bom dia,\n\nNo dia 20 paguei a sessão de descoberta (discovery) para o portfólio, Portfolio "
        "Medeiros Wedding Photo, fatura OWD-2025-3504. A sessão ainda não foi marcada e não recebi nada. O "
        "meu marido foi transferido para Toronto e vamos mudar-nos, por isso peço o reembolso total.\n\n"
        "Obrigada,\nSandra Medeiros\n")],
        [R("approve", "15000.00")],
        extra_ok=True,
        spec="O1: discovery, work_started_at empty: full refund 15000.00 before tax. "
             "The mail drops the project, so a cancellation decision may also be read (extra_ok; never an approval).")

    # o05 Oeiras (PI) municipal workers' union: discovery held
    proj("Portal Sindicato Servidores de Oeiras", "sindserv.oeiras@gmail.com", "2025-09-18T19:30:00")
    owpay("pt34_o05", "OWD-2025-3505", "Portal Sindicato Servidores de Oeiras", "discovery", "12000.00",
          "2160.00", "2025-09-15T17:00:00")
    case("pt-o05-oeiras-sindicato-discovery-feito", OWB, "decided", [M(
        "SINDSERV Oeiras <sindserv.oeiras@gmail.com>", OWDTO, "Solicitação de reembolso - OWD-2025-3505",
        d(2025, 9, 24, 14, 0, BR),
        "Prezados,\n\nA diretoria do Sindicato dos Servidores Municipais de Oeiras solicita o reembolso da "
        "fatura OWD-2025-3505 (sessão de descoberta do Portal Sindicato Servidores de Oeiras). A reunião "
        "por vídeo aconteceu dia 18/09 com a diretoria, porém a assembleia geral de sábado decidiu não "
        "investir no portal este ano.\n\nAtenciosamente,\nSecretaria Geral\n")],
        [R("deny")],
        extra_ok=True,
        spec="O1: the discovery session started 2025-09-18 19:30 IST (11:00 in Oeiras), before the request: deny. "
             "The mail drops the project, so a cancellation decision may also be read (extra_ok; never an approval).")

    # o06 Balsas (MA) farm office: milestone not started
    proj("Loja Online Grãos Chapadão", "escritorio@graoschapadao.example.com.br", "2025-08-20T10:00:00")
    owpay("pt34_o06", "OWD-2025-3506", "Loja Online Grãos Chapadão", "milestone", "30000.00", "5400.00",
          "2025-08-18T17:00:00", milestone_status="approved")
    owpay("pt34_o07", "OWD-2025-3507", "Loja Online Grãos Chapadão", "milestone", "45000.00", "8100.00",
          "2025-09-15T17:00:00", milestone_status="not_started")
    case("pt-o06-balsas-fazenda-etapa-nao-iniciada", OWB, "decided", [M(
        "Escritório Grãos Chapadão <escritorio@graoschapadao.example.com.br>", OWDTO,
        "Reembolso etapa 2 - Loja Online Grãos Chapadão", d(2025, 9, 25, 14, 30, BR),
        "Boa tarde,\n\nA primeira etapa (layout) foi aprovada e está paga, tudo certo. A segunda etapa, "
        "integração com o sistema da cooperativa (fatura OWD-2025-3507), vocês ainda não começaram. Com a "
        "quebra da safra de soja por causa da seca, os sócios decidiram não vender online este ano, então "
        "pedimos o reembolso dessa segunda etapa.\n\nAtt,\nRegina Bortolini\nEscritório - Balsas/MA\n")],
        [R("approve", "45000.00")], extra_ok=True,
        spec="O3: milestone OWD-2025-3507 not_started: refund 45000.00 before tax; stopping the shop may be "
             "read as a cancellation (extra_ok).")

    # o07 Caracas: milestone in progress
    proj("Catálogo Online Importadora Madeirense", "compras@importadoramadeirense.example.ve",
         "2025-09-01T10:00:00")
    owpay("pt34_o08", "OWD-2025-3508", "Catálogo Online Importadora Madeirense", "milestone", "35000.00",
          "6300.00", "2025-09-10T16:00:00", milestone_status="in_progress")
    case("pt-o07-caracas-importadora-etapa-em-curso", OWB, "decided", [M(
        "Importadora Madeirense <compras@importadoramadeirense.example.ve>", OWDTO,
        "Reembolso parcial da etapa OWD-2025-3508", d(2025, 9, 28, 11, 0, VE),
        "Bom dia,\n\nA etapa do catálogo (OWD-2025-3508, Catálogo Online Importadora Madeirense) está a meio: "
        "vimos três ecrãs de dez. Com as novas regras de importação aqui na Venezuela deixámos de trazer "
        "vinhos e enchidos da Madeira, por isso o catálogo já não faz sentido. Pedimos a devolução da parte "
        "da etapa que não foi feita.\n\nCumprimentos,\nJoão Nóbrega\n")],
        [R("escalate")], extra_ok=True,
        spec="O3: milestone in_progress: escalate (value of work not started needs a person), no amount.")

    # o08 A German speaker in Munich: completed milestone
    proj("Website Tanzschule Samba München", "info@sambamuenchen.example.de", "2025-08-01T10:00:00")
    owpay("pt34_o09", "OWD-2025-3509", "Website Tanzschule Samba München", "milestone", "28000.00", "5040.00",
          "2025-08-25T16:00:00", milestone_status="completed")
    case("pt-o08-munique-alema-etapa-concluida", OWB, "decided", [M(
        "Tanzschule Samba München <info@sambamuenchen.example.de>", OWDTO, "Devolução design OWD-2025-3509",
        d(2025, 9, 23, 16, 0, EU),
        "Boa tarde,\n\neu sou Sabine Wagner, tenho uma escola de samba e forró em Munique. O design do site "
        "(Website Tanzschule Samba München) foi entregue e está concluído, mas os nossos alunos "
        "brasileiros acham que parece 'muito alemão'. Peço a devolução do pagamento desta etapa, fatura "
        "OWD-2025-3509.\n\nViele Grüße / Abraços,\nSabine\n")],
        [R("deny")],
        spec="O3/O6: the milestone is completed: completed deliverables are non-refundable: deny.")

    # o09 Floriano (PI) funeral home: retainer, enough notice
    proj("Site e Obituário Funerária São Lázaro", "diretoria@funerariasaolazaro.example.com.br",
         "2025-02-20T10:00:00")
    owpay("pt34_o10", "OWD-2025-3510", "Site e Obituário Funerária São Lázaro", "retainer", "9000.00", "1620.00",
          "2025-09-20T16:00:00", period_start="2025-09-20", period_end="2025-10-19", next_billing_at="2025-10-20")
    w = d(2025, 9, 25, 10, 0, BR)
    check(w.astimezone(IST).date() <= date(2025, 10, 13), "o09")
    case("pt-o09-floriano-funeraria-retainer-no-prazo", OWB, "decided", [M(
        "Funerária São Lázaro <diretoria@funerariasaolazaro.example.com.br>", OWDTO,
        "Cancelamento da manutenção mensal - Site e Obituário Funerária São Lázaro", w,
        "Bom dia,\n\nComunicamos o cancelamento da manutenção mensal do site e do obituário online (projeto "
        "Site e Obituário Funerária São Lázaro, última fatura OWD-2025-3510). O motivo é que a funerária "
        "foi incorporada pelo plano de assistência familiar de Teresina, que já tem o próprio site.\n\n"
        "Atenciosamente,\nJosé Ribamar Leal\nDiretor\n")],
        [X("cancel", "2025-10-19")],
        spec="O4/O8: next_billing_at 2025-10-20, cut-off 2025-10-13; request 2025-09-25: cancel effective "
             "2025-10-19.")

    # o10 Almada language school: retainer, short notice
    proj("Marketing Escola de Línguas Atlântico", "direcao@escolalinguasatlantico.example.pt", "2025-05-02T10:00:00")
    owpay("pt34_o11", "OWD-2025-3511", "Marketing Escola de Línguas Atlântico", "retainer", "11000.00",
          "1980.00", "2025-09-02T16:00:00", period_start="2025-09-02", period_end="2025-10-01",
          next_billing_at="2025-10-02")
    case("pt-o10-almada-escola-retainer-em-cima", OWB, "decided", [M(
        "Escola de Línguas Atlântico - Direção <direcao@escolalinguasatlantico.example.pt>", OWDTO,
        "Cancelamento do serviço mensal de marketing", d(2025, 9, 28, 11, 15, PT),
        "Bom dia,\n\nQueremos cancelar o serviço mensal de marketing (projeto Marketing Escola de Línguas "
        "Atlântico, fatura OWD-2025-3511). Contratámos uma estagiária de comunicação para o ano letivo e "
        "vamos fazer tudo internamente.\n\nCumprimentos,\nRenata Figueiredo\nDireção pedagógica\n")],
        [X("cancel", "2025-11-01")],
        spec="O4: next_billing_at 2025-10-02, cut-off 2025-09-25; request 2025-09-28: less than 7 days: next "
             "cycle 2025-10-02 - 2025-11-01 billed, effective 2025-11-01.")

    # o11 Bermuda: on the cut-off day in India, the customer fears being late
    proj("Site Clube Ilhéu de Bermuda", "secretaria@clubeilheu.example.bm", "2025-04-07T10:00:00")
    owpay("pt34_o12", "OWD-2025-3512", "Site Clube Ilhéu de Bermuda", "retainer", "8000.00", "1440.00",
          "2025-09-07T16:00:00", period_start="2025-09-07", period_end="2025-10-06", next_billing_at="2025-10-07")
    w = d(2025, 9, 29, 20, 0, BM)
    check(w.astimezone(IST).date() == date(2025, 9, 30), "o11")
    case("pt-o11-bermudas-clube-no-limite", OWB, "decided", [M(
        "Clube Ilhéu de Bermuda <secretaria@clubeilheu.example.bm>", OWDTO,
        "Cancelar manutenção - Site Clube Ilhéu de Bermuda", w,
        "Boa noite,\n\nPedimos o cancelamento da manutenção mensal do site do clube (fatura OWD-2025-3512). "
        "A direção nova decidiu passar tudo para a página do Facebook para poupar. Sei que é em cima da "
        "hora, a próxima cobrança é dia 7, espero que ainda dê.\n\nLurdes Raposo\nSecretária\n")],
        [X("cancel", "2025-10-06")],
        spec="O4: next_billing_at 2025-10-07, cut-off 2025-09-30; mail 2025-09-29 20:00 -03:00 = 2025-09-30 "
             "04:30 IST, on the cut-off: enough notice, cancel effective 2025-10-06.")

    # o12 Valencia (Venezuela): retainer, next cycle already paid
    proj("Redes Sociais Centro Social Luso", "junta@centrosocialluso.example.ve", "2025-06-10T10:00:00")
    owpay("pt34_o13", "OWD-2025-3513", "Redes Sociais Centro Social Luso", "retainer", "10000.00", "1800.00",
          "2025-09-10T16:00:00", period_start="2025-09-10", period_end="2025-10-09", next_billing_at="2025-10-10")
    owpay("pt34_o14", "OWD-2025-3514", "Redes Sociais Centro Social Luso", "retainer", "10000.00", "1800.00",
          "2025-09-25T16:00:00", period_start="2025-10-10", period_end="2025-11-09", next_billing_at="2025-11-10")
    case("pt-o12-valencia-centro-luso-pre-pago", OWB, "decided", [M(
        "Centro Social Luso - Junta Diretiva <junta@centrosocialluso.example.ve>", OWDTO,
        "Cancelamento do contrato mensal (Redes Sociais Centro Social Luso)", d(2025, 9, 27, 9, 0, VE),
        "Bom dia. Por engano do tesoureiro pagámos adiantado o mês que vem (OWD-2025-3514) além do atual "
        "(OWD-2025-3513). Mesmo assim queremos cancelar o contrato: a nova junta diretiva vai gerir as "
        "redes com voluntários da comunidade. Pedimos o cancelamento do projeto Redes Sociais Centro "
        "Social Luso.\n\nCom estima,\nAlberto Camacho, tesoureiro\n")],
        [X("escalate")], extra_ok=True,
        spec="Section 8 retainer paid in advance: next cycle (2025-10-10 - 2025-11-09) paid, notice enough "
             "(2025-09-27 <= 2025-10-03): escalate; a refund of it may also be read (extra_ok).")

    # o13 Cape Verdean blogger in Fortaleza: hosting annual within 14 days
    proj("Hospedagem Blog Morabeza", "morabeza.blog@gmail.com", "2025-09-20T10:00:00")
    owpay("pt34_o15", "OWD-2025-3515", "Hospedagem Blog Morabeza", "hosting_annual", "15000.00", "2700.00",
          "2025-09-19T17:00:00", setup_fee="1800.00", service_start="2025-09-20")
    amt = o5("15000.00", "1800.00")
    check(amt == "12100.00", "o13")
    case("pt-o13-fortaleza-blogueira-hospedagem", OWB, "decided", [M(
        "Blog Morabeza <morabeza.blog@gmail.com>", OWDTO, "Reembolso hospedagem anual OWD-2025-3515",
        d(2025, 9, 26, 19, 30, BR),
        "Boa noite!\n\nSou cabo-verdiana, faço mestrado na UFC e escrevo o blog Morabeza (receitas e "
        "histórias das ilhas). Contratei a hospedagem anual no dia 19 e começou no dia 20, mas a "
        "universidade vai hospedar o blog de graça dentro do projeto de extensão. Quero cancelar a "
        "hospedagem e receber o reembolso proporcional; sei que a taxa de configuração não volta.\n\n"
        "Obrigada, Djeniffer\n")],
        [R("approve", amt)], extra_ok=True,
        spec="O5: service_start 2025-09-20, request 2025-09-27 04:00 IST (day 7 <= 14): 15000 - 1800 - "
             "13200/12 x 1 = 12100.00; cancellation extra_ok.")

    # o14 Imperatriz pharmacist: hosting annual, service not started yet
    proj("Hospedagem Site Farmácia Bom Pastor", "farmaciabompastor.itz@gmail.com")
    owpay("pt34_o16", "OWD-2025-3516", "Hospedagem Site Farmácia Bom Pastor", "hosting_annual", "9600.00",
          "1728.00", "2025-09-26T17:00:00", setup_fee="1500.00", service_start="2025-10-05")
    amt = o5("9600.00", "1500.00")
    check(amt == "7425.00", "o14")
    case("pt-o14-imperatriz-farmacia-antes-do-inicio", OWB, "decided", [M(
        "Farmácia Bom Pastor <farmaciabompastor.itz@gmail.com>", OWDTO,
        "Cancelamento e reembolso da hospedagem - Hospedagem Site Farmácia Bom Pastor", d(2025, 9, 29, 9, 20, BR),
        "Bom dia,\n\nSou a farmacêutica responsável da Farmácia Bom Pastor. Pagamos a hospedagem anual "
        "(fatura OWD-2025-3516) que só começa dia 5 de outubro, mas a rede de farmácias que nos comprou já "
        "tem site e hospedagem. Pedimos o cancelamento e o reembolso conforme a política.\n\nDra. Antônia "
        "Brito\n")],
        [R("approve", amt)], extra_ok=True,
        spec="O5 + section 8: before service_start (2025-10-05) consumed_months is 1: 9600 - 1500 - 8100/12 "
             "(675) x 1 = 7425.00; cancellation extra_ok.")

    # o15 An Italian speaker in Turin: maintenance after 14 days
    proj("Manutenção Site Agriturismo Langhe", "info@agriturismolanghe.example.it", "2025-09-01T10:00:00")
    owpay("pt34_o17", "OWD-2025-3517", "Manutenção Site Agriturismo Langhe", "maintenance_annual", "14400.00",
          "2592.00", "2025-08-30T16:00:00", setup_fee="1200.00", service_start="2025-09-01")
    case("pt-o15-turim-italiano-manutencao-dia-22", OWB, "decided", [M(
        "Agriturismo Langhe <info@agriturismolanghe.example.it>", OWDTO,
        "Rimborso - reembolso manutenção OWD-2025-3517", d(2025, 9, 23, 10, 0, EU),
        "Bom dia,\n\nsono Chiara, tenho um agriturismo perto de Alba e muitos hóspedes brasileiros, por isso "
        "o site também em português. A manutenção anual começou no dia 1 de setembro. Agora o meu primo "
        "informático faz a manutenção grátis. Peço o reembolso proporcional dos meses restantes.\n\n"
        "Grazie, Chiara Rosso\n")],
        [R("deny")],
        extra_ok=True,
        spec="O5: service_start 2025-09-01, request 2025-09-23 13:30 IST, day 22 > 14: deny. "
             "The mail drops the maintenance plan, so a cancellation decision may also be read (extra_ok; never "
             "an approval).")

    # o16 Piauí blogger: plugin licences (third party)
    proj("Blog Sertão Raiz", "blogsertaoraiz@gmail.com", "2024-09-20T10:00:00")
    owpay("pt34_o18", "OWD-2025-3518", "Blog Sertão Raiz", "third_party", "5200.00", "936.00",
          "2025-09-20T17:00:00")
    case("pt-o16-sertao-blog-licencas-plugins", OWB, "decided", [M(
        "Sertão Raiz <blogsertaoraiz@gmail.com>", OWDTO, "devolução renovação plugins",
        d(2025, 9, 22, 20, 0, BR),
        "Boa noite! Vocês renovaram as licenças dos plugins premium e do tema do Blog Sertão Raiz "
        "(OWD-2025-3518) sem me perguntar, e eu ia passar pra um tema gratuito. Quero de volta esse "
        "valor.\nAbraço, Zé Wellington - São João do Piauí\n")],
        [R("deny")],
        spec="O6: third_party (premium plugins, theme licences): never refundable: deny.")

    # o17 Caracas, Portuguese club: setup fee
    proj("Site Clube Luso do Hatillo", "secretaria@clubelusohatillo.example.ve", "2025-09-15T10:00:00")
    owpay("pt34_o19", "OWD-2025-3519", "Site Clube Luso do Hatillo", "setup", "5000.00", "900.00",
          "2025-09-15T16:00:00")
    case("pt-o17-caracas-clube-taxa-de-ativacao", OWB, "decided", [M(
        "Clube Luso do Hatillo - Secretaria <secretaria@clubelusohatillo.example.ve>", OWDTO,
        "Taxa de ativação OWD-2025-3519", d(2025, 9, 24, 15, 20, VE),
        "Boa tarde. Pagámos a taxa de ativação do alojamento do site do clube (OWD-2025-3519), mas a "
        "assembleia decidiu usar o servidor de um sócio. Pedimos a devolução dessa taxa.\n\nMaria do Céu "
        "Andrade\nSecretária\n")],
        [R("deny")],
        spec="O6: setup/activation fees are never refundable: deny.")

    # o18 An Austrian in Innsbruck: change request
    proj("Website Skischule Tirol Brasil", "office@skischuletirol.example.at", "2025-07-01T10:00:00")
    owpay("pt34_o20", "OWD-2025-3520", "Website Skischule Tirol Brasil", "change_request", "4500.00", "810.00",
          "2025-09-19T16:00:00")
    case("pt-o18-innsbruck-pedido-de-alteracao", OWB, "decided", [M(
        "Skischule Tirol <office@skischuletirol.example.at>", OWDTO, "Devolução da alteração OWD-2025-3520",
        d(2025, 9, 24, 8, 30, EU),
        "Bom dia,\n\nem agosto pedimos uma alteração fora do âmbito (página em português para os "
        "clientes brasileiros do inverno) e pagámos à parte. Agora o meu sócio prefere a versão inglesa. "
        "Pedimos a devolução desta alteração.\n\nBeste Grüße,\nMatthias Gruber\n")],
        [R("deny")],
        spec="O6: change_request outside the original scope: never refundable: deny.")

    # o19 Apple Mail (pt-PT) forward from Caldas da Rainha: the contract address inside
    proj("Loja Online Cerâmica Caldas", "atelier@ceramicacaldas.example.pt", "2025-09-10T10:00:00")
    owpay("pt34_o21", "OWD-2025-3521", "Loja Online Cerâmica Caldas", "deposit", "18000.00", "3240.00",
          "2025-09-27T16:00:00")
    case("pt-o19-caldas-reencaminhado-apple-c2", OWB, "need_info", [M(
        "Bruna Lopes <bruna.lopes.caldas@icloud.com>", OWDTO,
        "Fwd: Devolução do sinal - Loja Online Cerâmica Caldas",
        d(2025, 9, 28, 10, 0, PT),
        "Olá, reencaminho o pedido da dona do atelier, ela pediu-me para tratar disto.\nBruna\n\n"
        "Início da mensagem reencaminhada:\n\nDe: Atelier Cerâmica Caldas <atelier@ceramicacaldas.example.pt>\n"
        "Assunto: Devolução do sinal - Loja Online Cerâmica Caldas\nData: 27 de setembro de 2025 às 19:20:11 "
        "WEST\nPara: Bruna Lopes <bruna.lopes.caldas@icloud.com>\n\nBruna, pede à Optima a devolução do "
        "sinal (OWD-2025-3521): o forno avariou e não vamos abrir a loja online este ano. O e-mail do "
        "contrato é este, atelier@ceramicacaldas.example.pt.\nObrigada, Graça\n")],
        rules=["C2"],
        spec="C2 / section 8 forwards: the forwarded request names the contract email atelier@...; the "
             "sender is another address: ask for the request from the contract email.")

    # o20 Teresina: retainer cancellation without a reason
    proj("Manutenção Site Colégio Dom Bosco Teresina", "diretoria@colegiodbteresina.example.com.br",
         "2025-01-12T10:00:00")
    owpay("pt34_o22", "OWD-2025-3522", "Manutenção Site Colégio Dom Bosco Teresina", "retainer", "7000.00",
          "1260.00", "2025-09-12T16:00:00", period_start="2025-09-12", period_end="2025-10-11",
          next_billing_at="2025-10-12")
    case("pt-o20-teresina-colegio-sem-motivo", OWB, "need_info", [M(
        "Colégio Dom Bosco - Diretoria <diretoria@colegiodbteresina.example.com.br>", OWDTO,
        "Cancelamento Manutenção Site Colégio Dom Bosco Teresina - OWD-2025-3522", d(2025, 9, 24, 16, 0, BR),
        "Boa tarde, venho por meio deste solicitar o cancelamento da manutenção mensal do projeto "
        "Manutenção Site Colégio Dom Bosco Teresina, fatura OWD-2025-3522.\n\nAtenciosamente,\nDiretoria "
        "Administrativa\n")],
        missing=["reason"],
        spec="Section 8: Optima requires a reason for cancellations too; contract sender, project and invoice "
             "given, no reason: ask for it.")

    # o21 A Mozambican student in Natal: thread, project and invoice in the answer
    proj("Site Associação Estudantes Moçambicanos RN", "aemrn.natal@gmail.com")
    proj("Loja Capulanas Maputo-Natal", "aemrn.natal@gmail.com")
    owpay("pt34_o23", "OWD-2025-3523", "Loja Capulanas Maputo-Natal", "discovery", "10000.00", "1800.00",
          "2025-09-25T17:00:00")
    case("pt-o21-natal-mocambicanos-hilo", OWB, "decided", [
        M("AEM-RN <aemrn.natal@gmail.com>", OWDTO, "Pedido de reembolso", d(2025, 9, 26, 18, 30, BR),
          "Boa noite. Pagámos ontem a sessão de estratégia e queremos o reembolso: a feira de capulanas "
          "foi cancelada pela universidade e o projeto da loja parou. Ainda não houve nenhuma sessão.\n"
          "Cumprimentos, Edson Nhantumbo, tesoureiro\n"),
        M("AEM-RN <aemrn.natal@gmail.com>", OWDTO, "Re: Pedido de reembolso [OWD-3521]",
          d(2025, 9, 29, 12, 0, BR),
          "Boa tarde, é o projeto Loja Capulanas Maputo-Natal, fatura OWD-2025-3523.\nEdson\n\n> Indique o "
          "nome do projeto e o número da fatura. [OWD-3521]\n",
          headers={"_irt": "<owd-3521.reply@optimawebdesign.com>"})],
        [R("approve", "10000.00")],
        extra_ok=True,
        spec="C3 thread: the contract email has two projects, so project and invoice were asked; the answer "
             "names them. O1: discovery, no session started: approve 10000.00. "
             "The mail drops the project, so a cancellation decision may also be read (extra_ok; never an approval).")

    # o22 Santarém, a Brazilian: milestone + lawyer
    proj("Loja Online Azeites do Ribatejo", "geral@azeitesribatejo.example.pt", "2025-09-05T10:00:00")
    owpay("pt34_o24", "OWD-2025-3524", "Loja Online Azeites do Ribatejo", "milestone", "26000.00", "4680.00",
          "2025-09-20T16:00:00", milestone_status="not_started")
    case("pt-o22-santarem-advogado", OWB, "decided", [M(
        "Azeites do Ribatejo <geral@azeitesribatejo.example.pt>", OWDTO,
        "Reclamação etapa OWD-2025-3524 - Loja Online Azeites do Ribatejo", d(2025, 9, 29, 15, 0, PT),
        "Boa tarde,\n\nSolicitamos a devolução da etapa OWD-2025-3524 (pagamentos online), que nem foi "
        "iniciada: o lagar fechou a venda direta. Se não tivermos resposta em dez dias, o assunto segue "
        "para o nosso advogado.\n\nKarina Azevedo\nAzeites do Ribatejo\n")],
        [R("escalate")], rules=["C4"],
        extra_ok=True,
        spec="C4: a lawyer is invoked: escalate (O3 alone would approve 26000.00). "
             "The mail drops the project, so a cancellation decision may also be read (extra_ok; never an approval).")

    # o23 Bermuda auto-reply
    case("pt-o23-bermudas-resposta-automatica", OWB, "ignore", [M(
        "Clube Ilhéu de Bermuda <secretaria@clubeilheu.example.bm>", OWDTO,
        "Resposta automática: Re: Cancelar manutenção [OWD-3511]", d(2025, 9, 30, 7, 0, BM),
        "A secretaria está fechada até segunda-feira. Para assuntos urgentes ligue para o clube.\n",
        headers={"Auto-Submitted": "auto-replied", "_irt": "<owd-3511.reply@optimawebdesign.com>"})],
        rules=["C7"], spec="C7: Auto-Submitted: auto-replied: ignore.")

    # o24 Barra do Corda (MA): before signing
    case("pt-o24-barra-do-corda-pergunta", OWB, "other", [M(
        "Rafaela Sampaio <rafa.sampaio.bdc@gmail.com>", OWDTO, "Dúvida antes de fechar o site",
        d(2025, 9, 27, 10, 0, BR),
        "Bom dia! Tenho uma loja de artesanato indígena em Barra do Corda e estou pensando em fazer o site "
        "com vocês. Se eu pagar o depósito e a hospedagem e desistir depois de uma semana, eu recebo "
        "alguma coisa de volta? E o domínio?\nObrigada!\n")],
        spec="Section 8 hypothetical before buying: other.")

    # o25 An Italian speaker in Rome: a failed payment
    proj("Site Scuola di Portoghese Roma", "segreteria@scuolaportoghese.example.it")
    owpay("pt34_o25", "OWD-2025-3525", "Site Scuola di Portoghese Roma", "deposit", "15000.00", "2700.00",
          "2025-09-25T16:00:00", status="failed")
    case("pt-o25-roma-pagamento-falhado", OWB, "decided", [M(
        "Scuola di Portoghese <segreteria@scuolaportoghese.example.it>", OWDTO,
        "Reembolso depósito OWD-2025-3525", d(2025, 9, 26, 14, 0, EU),
        "Boa tarde,\n\nsomos uma escola de língua portuguesa em Roma. Pagámos o depósito do site "
        "(OWD-2025-3525, projeto Site Scuola di Portoghese Roma) mas o conselho da associação não aprovou o "
        "orçamento, por isso pedimos o reembolso. No banco aparece o movimento como pendente.\n\nCordiali "
        "saluti,\nElena Conti\n")],
        [R("escalate")],
        extra_ok=True,
        spec="Section 8: the payment's status is failed (not paid): a refund of it is escalated. "
             "The mail drops the project, so a cancellation decision may also be read (extra_ok; never an approval).")
