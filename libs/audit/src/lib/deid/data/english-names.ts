/**
 * Given names and surnames for finding English-language person names without a title. Source and
 * licence: see README.md in this folder (US Census Bureau frequency lists, public domain).
 * Space-separated to keep the file small and reviewable; split once at module load.
 */
const words = (list: string) => new Set(list.trim().split(/\s+/));

/** Frequent US given names (Census 1990 male and female lists, top entries) plus common names of other origins. */
export const GIVEN_NAMES = words(`
James John Robert Michael William David Richard Charles Joseph Thomas Christopher Daniel Paul Mark Donald George Kenneth
Steven Edward Brian Ronald Anthony Kevin Jason Matthew Gary Timothy Jose Larry Jeffrey Frank Scott Eric Stephen Andrew
Raymond Gregory Joshua Jerry Dennis Walter Patrick Peter Harold Douglas Henry Carl Arthur Ryan Roger Joe Juan Jack
Albert Jonathan Justin Terry Gerald Keith Samuel Willie Ralph Lawrence Nicholas Roy Benjamin Bruce Brandon Adam Harry
Fred Wayne Billy Steve Louis Jeremy Aaron Randy Howard Eugene Carlos Russell Bobby Victor Martin Ernest Phillip Todd
Jesse Craig Alan Shawn Clarence Sean Philip Chris Johnny Earl Jimmy Antonio Danny Bryan Tony Luis Mike Stanley Leonard
Nathan Dale Manuel Rodney Curtis Norman Allen Marvin Vincent Glenn Jeffery Travis Jeff Chad Jacob Lee Melvin Alfred
Kyle Francis Bradley Jesus Herbert Frederick Ray Joel Edwin Don Eddie Ricky Troy Randall Barry Alexander Bernard Mario
Leroy Francisco Marcus Micheal Theodore Clifford Miguel Oscar Jay Jim Tom Calvin Alex Jon Ronnie Bill Lloyd Tommy Leon
Derek Warren Darrell Jerome Floyd Leo Alvin Tim Wesley Gordon Dean Greg Jorge Dustin Pedro Derrick Dan Lewis Zachary
Corey Herman Maurice Vernon Roberto Clyde Glen Hector Shane Ricardo Sam Rick Lester Brent Ramon Charlie Tyler Gilbert
Gene Marc Reginald Ruben Brett Angel Nathaniel Rafael Leslie Edgar Milton Raul Ben Chester Cecil Duane Franklin Andre
Elmer Brad Gabriel Ron Mitchell Roland Arnold Harvey Jared Adrian Karl Cory Claude Erik Darryl Jamie Neil Jessie
Christian Javier Fernando Clinton Ted Mathew Tyrone Darren Lonnie Lance Cody Julio Kelly Kurt Allan Nelson Guy Clayton
Hugh Max Dwayne Dwight Armando Felix Jimmie Everett Jordan Ian Wallace Ken Bob Jaime Casey Alfredo Alberto Dave Ivan
Johnnie Sidney Byron Julian Isaac Morris Clifton Willard Daryl Ross Virgil Andy Marshall Salvador Perry Kirk Sergio
Marion Tracy Seth Kent Terrance Rene Eduardo Terrence Enrique Freddie Wade Austin Stuart Fredrick Arturo Alejandro
Jackie Joey Nick Luther Wendell Jeremiah Evan Julius Dana Donnie Otis Shannon Trevor Oliver Luke Homer Gerard Doug
Kenny Hubert Angelo Shaun Lyle Matt Lynn Alfonso Orlando Rex Carlton Ernesto Cameron Neal Pablo Lorenzo Omar Wilbur
Blake Grant Horace Roderick Kerry Abraham Willis Rickey Jean Ira Andres Cesar Johnathan Malcolm Rudolph Damon Kelvin
Rudy Preston Alton Archie Marco Wm Pete Randolph Garry Geoffrey Jonathon Felipe Bennie Gerardo Ed Dominic Robin Loren
Delbert Colin Guillermo Earnest Lucas Benny Noel Spencer Rodolfo Myron Edmund Garrett Salvatore Cedric Lowell Gregg
Sherman Wilson Devin Sylvester Kim Roosevelt Israel Jermaine Forrest Wilbert Leland Simon Guadalupe Clark Irving Carroll
Bryant Owen Rufus Woodrow Sammy Kristopher Mack Levi Marcos Gustavo Jake Lionel Marty Taylor Ellis Dallas Gilberto
Clint Nicolas Laurence Ismael Orville Drew Jody Ervin Dewey Al Wilfred Josh Hugo Ignacio Caleb Tomas Sheldon Erick
Frankie Stewart Doyle Darrel Rogelio Terence Santiago Alonzo Elias Bert Elbert Ramiro Conrad Pat Noah Grady Phil
Cornelius Lamar Rolando Clay Percy Dexter Bradford Merle Darin Amos Terrell Moses Irvin Saul Roman Darnell Randal
Tommie Timmy Darrin Winston Brendan Toby Van Abel Dominick Boyd Courtney Jan Emilio Elijah Cary Domingo Santos Aubrey
Emmett Marlon Emanuel Jerald Edmond Mary Patricia Linda Barbara Elizabeth Jennifer Maria Susan Margaret Dorothy Lisa
Nancy Karen Betty Helen Sandra Donna Carol Ruth Sharon Michelle Laura Sarah Kimberly Deborah Jessica Shirley Cynthia
Angela Melissa Brenda Amy Anna Rebecca Virginia Kathleen Pamela Martha Debra Amanda Stephanie Carolyn Christine Marie
Janet Catherine Frances Ann Joyce Diane Alice Julie Heather Teresa Doris Gloria Evelyn Cheryl Mildred Katherine Joan
Ashley Judith Rose Janice Kelly Nicole Judy Christina Kathy Theresa Beverly Denise Tammy Irene Jane Lori Rachel
Marilyn Andrea Kathryn Louise Sara Anne Jacqueline Wanda Bonnie Julia Ruby Lois Tina Phyllis Norma Paula Diana Annie
Lillian Emily Robin Peggy Crystal Gladys Rita Dawn Connie Florence Tracy Edna Tiffany Carmen Rosa Cindy Grace Wendy
Victoria Edith Kim Sherry Sylvia Josephine Thelma Shannon Sheila Ethel Ellen Elaine Marjorie Carrie Charlotte Monica
Esther Pauline Emma Juanita Anita Rhonda Hazel Amber Eva Debbie April Leslie Clara Lucille Jamie Joanne Eleanor
Valerie Danielle Megan Alicia Suzanne Michele Gail Bertha Darlene Veronica Jill Erin Geraldine Lauren Cathy Joann
Lorraine Lynn Sally Regina Erica Beatrice Dolores Bernice Audrey Yvonne Annette June Samantha Marion Dana Stacy Ana
Renee Ida Vivian Roberta Holly Brittany Melanie Loretta Yolanda Jeanette Laurie Katie Kristen Vanessa Alma Sue Elsie
Beth Jeanne Vicki Carla Tara Rosemary Eileen Terri Gertrude Lucy Tonya Ella Stacey Wilma Gina Kristin Jessie Natalie
Agnes Vera Willie Charlene Bessie Delores Melinda Pearl Arlene Maureen Colleen Allison Tamara Joy Georgia Constance
Lillie Claudia Jackie Marcia Tanya Nellie Minnie Marlene Heidi Glenda Lydia Viola Courtney Marian Stella Caroline Dora
Jo Vickie Mattie Terry Maxine Irma Mabel Marsha Myrtle Lena Christy Deanna Patsy Hilda Gwendolyn Jennie Nora Margie
Nina Cassandra Leah Penny Kay Priscilla Naomi Carole Brandy Olga Billie Dianne Tracey Leona Jenny Felicia Sonia Miriam
Velma Becky Bobbie Violet Kristina Toni Misty Mae Shelly Daisy Ramona Sherri Erika Katrina Claire Lindsey Lindsay
Geneva Guadalupe Belinda Margarita Sheryl Cora Faye Ada Natasha Sabrina Isabel Marguerite Hattie Harriet Molly Cecilia
Kristi Brandi Blanche Sandy Rosie Joanna Iris Eunice Angie Inez Lynda Madeline Amelia Alberta Genevieve Monique Jodi
Janie Maggie Kayla Sonya Jan Lee Kristine Candace Fannie Maryann Opal Alison Yvette Melody Luz Susie Olivia Flora
Shelley Kristy Mamie Lula Lola Verna Beulah Antoinette Candice Juana Jeannette Pam Kelli Hannah Whitney Bridget Karla
Celia Latoya Patty Shelia Gayle Della Vicky Lynne Sheri Marianne Kara Jacquelyn Erma Blanca Myra Leticia Pat Krista
Roxanne Angelica Johnnie Robyn Francis Adrienne Rosalie Alexandra Brooke Bethany Sadie Bernadette Traci Jody Kendra
Jasmine Nichole Rachael Chelsea Mable Ernestine Muriel Marcella Elena Krystal Angelina Nadine Kari Estelle Dianna
Paulette Lora Mona Doreen Rosemarie Angel Desiree Antonia Hope Ginger Janis Betsy Christie Freda Mercedes Meredith
Lynette Teri Cristina Eula Leigh Meghan Sophia Eloise Rochelle Gretchen Cecelia Raquel Henrietta Alyssa Jana Kelley
Gwen Kerry Jenna Tricia Laverne Olive Alexis Tasha Silvia Elvira Casey Delia Sophie Kate Patti Lorena Kellie Sonja
Lila Lana Darla May Mindy Essie Mandy Lorene Elsa Josefina Jeannie Miranda Dixie Lucia Marta Faith Lela Johanna Shari
Camille Tami Shawna Elisa Ebony Melba Ora Nettie Tabitha Ollie Jaime Winifred Kristie Aisha Priya Ahmed Mohammed
Mohammad Ali Fatima Omar Hassan Raj Ravi Anil Sunil Amit Deepak Arjun Sanjay Vikram Neha Pooja Anjali Kavita Sunita
Lakshmi Wei Hiroshi Yuki Kenji Akira Takeshi Haruto Sakura Aiko Ji-woo Min-jun Seo-yeon Minh Linh Thanh Nguyet
Sofia Isabella Mia Ava Abigail Madison Chloe Ella Avery Harper Evelyn Aria Scarlett Lily Layla Zoe Nora Riley Aubrey
Liam Ethan Mason Logan Elijah Aiden Jackson Carter Sebastian Owen Wyatt Grayson Hunter Connor Isaiah Eli Landon
Declan Finn Rory Niamh Siobhan Aoife Ciara Sean Liam Callum Hamish Fiona Ailsa Morag Gareth Rhys Dylan Bryn Sian
Ingrid Astrid Lars Sven Olaf Hans Klaus Jurgen Dieter Helmut Giovanni Giuseppe Luca Marco Matteo Alessandro Francesca
Giulia Chiara Pierre Jacques Francois Jean Marie Claude Sylvie Isabelle Nathalie Camille Chantal Dmitri Ivan Sergei
Olga Natalia Svetlana Anastasia Mikhail Alexei Yusuf Ibrahim Mustafa Aylin Elif Emre Kofi Kwame Ama Chidi Ngozi Emeka
Oluwaseun Tunde Amara Zainab Luis Mateo Diego Alejandra Valentina Camila Daniela Gabriela Paola Ximena Rocio Lucia
Abbie Abdul Abena Adaeze Adebayo Adeel Adele Adeline Aditi Aditya Adnan Adwoa Afia Agata Agnieszka Ahmad Aidan Ailbhe
Aimee Ainsley Akash Akosua Alana Alanna Alasdair Alastair Aleksandra Alessia Alfie Alisha Alistair Alys Amani Amaya
Ambrose Amelie Amina Amira Anand Anders Andrei Andrzej Aneesh Angharad Anika Anja Annabel Annabelle Annika
Ansel Antoine Anton Anwar Anya Aoibhinn Arabella Archibald Ariana Arianna Arlo Arnav Arran Arvind Asha Ashok Asif
Aslan Athena Atticus Augustine Austen Ayaan Ayesha Ayo Ayodele Ayumi Azra Babajide Bartholomew Bartosz Beata Beatrix
Benji Bernadine Bertie Bertram Bethan Bharat Bianca Bilal Birgit Bjorn Bogdan Bohdan Boris Bronagh Bronwen Bronwyn Cai
Caitlin Caitriona Callie Calum Camilla Caoimhe Carys Cassidy Catalina Cathal Caoimhin Cerys Chanel Chiamaka Chidinma
Chinedu Chinonso Chioma Chinwe Christoph Christos Chukwuemeka Cian Ciaran Clodagh Colm Conall Conor Cormac Cosmo Cyrus
Dafydd Dagmar Dalia Damian Damien Damilola Daniyal Dara Darina Dariusz Darragh Davina Dawit Deepa Deirdre Delphine
Demetrius Deniz Dermot Desmond Devika Dhruv Dimitri Dimitrios Dinah Dionne Divya Dominika Donal Donnacha Dorcas
Dorothea Dougal Dov Dunstan Eamon Eamonn Ebere Efe Effie Efua Eilidh Eimear Eira Ekaterina Eleni Elin Eliza Ellie
Elliot Elodie Elspeth Emil Emilia Emmanuel Enda Enrico Eoin Ephraim Esme Eszter Euan Eugenie Evangeline Ewa Ewan
Ezekiel Ezra Fabian Fabienne Faisal Farah Farhan Farida Fatma Femi Feargal Fearghal Fenella Ffion Filip Finbar Finlay
Fintan Fionn Fionnuala Florian Folake Folasade Francesco Freya Fyodor Gaurav Geraint Gerhard Ghulam Gideon Gillian
Giorgio Gita Godfrey Grainne Gráinne Gregor Greta Gulnara Gunnar Gwyneth Hafsa Halima Halina Hasan Hayley Hedda Helga
Henrik Hiral Horatio Huw Hyun Iain Ianthe Idris Ieuan Ifeanyi Ifeoma Ignatius Ilona Ilse Imogen Imran Inderjit Indira
Inés Ines Iona Ioana Iqbal Irena Irfan Isla Ismail Isobel Ivana Ivo Iwan Iwona Jacinta Jadwiga Jagdish Jakub Jalal
Jamal Jameela Jamila Janek Janusz Jaroslav Javed Jaya Jayden Jiho Jolanta Jonas Joost Jovan Julianne Jyoti Kaitlyn
Kalinda Kamal Kamil Karim Karina Karolina Kasia Katarzyna Katya Kavya Kayode Keanu Keira Kerstin Keziah Khadija Khalid
Kiera Kieran Kimberley Kiran Kirsty Klara Krishna Krzysztof Kseniya Kwabena Kwasi Kwesi Kyra Lachlan Lakshman Laila
Laszlo Leanne Leila Leonie Leopold Lesley Letitia Liesel Lina Lindiwe Linnea Lior Lisette Lochlan Lorcan Lorelei
Lottie Louisa Lowri Luana Lucinda Ludmila Lukas Lukasz Maeve Magdalena Mahmoud Mairead Mairi Maja Malachi Malak Malika
Maliha Manon Manpreet Manuela Marek Margit Mariam Marianna Marisol Marit Marius Mateusz Mathilde Maximilian Mehmet Mei
Meera Mehreen Meleri Melek Mette Michal Mikael Milena Mira Mirela Monika Muhammad Muireann Murali Nadia Naledi Nasir
Nasreen Nayeli Nazia Nessa Niall Nikhil Nikita Nikolai Nikolaos Nirmala Nisha Nnamdi Noor Nuala Nuno Nuria Obinna
Octavia Odette Ofelia Ola Olamide Olumide Olusegun Oluwadamilare Oona Orla Orlaith Osagie Oskar Owain Padraig Pádraig
Paloma Parveen Pawel Paweł Penelope Perpetua Petra Pieter Piotr Pippa Pradeep Prakash Pranav Priti Priyanka Przemek
Quentin Radek Radhika Rafal Rahul Raisa Rajesh Rakesh Ramesh Rania Rashid Rasmus Rayan Reuben Rhiannon Rhian Rhona
Rhydian Ridhi Rohan Roisin Róisín Romilly Ronan Rosalind Rosalyn Roshan Rowena Rukhsana Rupert Ruairi Ruaidhri Sadia
Safiya Sahil Saira Salma Salome Samir Samira Sanaa Sandeep Sanjeev Saoirse Sarika Saskia Seamus Séamus Sebastián Selin
Seren Serena Shabnam Shamima Shanice Shankar Shanthi Shauna Shazia Shirin Shreya Sibusiso Sigrid Silas Simone Sinead
Sinéad Siddharth Sipho Siti Slawomir Sofie Solveig Somchai Sorcha Stanislav Stefan Stefania Steffi Suresh Susanna
Swati Sylwia Szymon Tadhg Tahir Takumi Tamar Tamsin Tanvi Tariq Tatiana Teodor Tendai Thabo Thea Theo Theodora Thiago
Thulani Tiago Tobias Tomasz Torben Tristan Tobiah Tyrese Ulrich Uma Umar Usha Usman Valeria Varun Vasile Venkat
Veronika Vesna Vijay Viktor Vinod Vivek Vivienne Vladimir Vojtech Waleed Wanjiru Wilhelmina Wiktor Wojciech Xander
Xavier Xiomara Yannick Yara Yasmin Yasmine Yevgeny Yiannis Yosef Yousef Yuri Zac Zahra Zak Zara Zaid Zeynep Zofia
Zoltan Zuzana Zeeshan Maisie Evie Nell Bella Reggie Harley Jenson Albie Jaxon Brody Zach Kian Leighton Reece Demi
Hollie Imani Jodie Kayleigh Libby Paige Tegan Gracie Jude Barnaby Cecily Ottilie Ophelia Agatha Winnie Enid Norah
Glenys Myfanwy Dilys Delyth Nerys Ceri Eleri Dai Emlyn Gethin Gwilym Iolo Idwal Trefor Islwyn Aled Alun Ifor Glyn
Hywel Osian Steffan Gruffydd Nia Godwin Chipo Tatenda Farai Tafadzwa Nokuthula Thandiwe Sizwe Bongani Themba Ayanda
Zanele Lerato Kagiso Busisiwe Nomvula Mandla Sibongile Amaka Uchenna Chinua Nneka Adaobi Kelechi Ikenna Nkechi
Temitope Funmilayo Yetunde Bukola Adeola Oluwatobi Babatunde Kehinde Taiwo Abiodun Akua Kojo Esi Fiifi Mamadou Fatou
Aminata Moussa Ousmane Ibrahima Seydou Abdoulaye Aisling Aliyah Briony Bryony Celeste Felicity Gemma Hakim Hamza
Jasper Jemima Juliet Magnus Matilda Milo Moira Nils Phoebe Rishi Tolu Jarrah Kamala Shahid Millie Tilly Mollie Louie
Sienna Clementine Mavis Tomos Teddy Abdullah Duncan Elliott Finley Hanna Harrison Mohamed Quinn Aurora Blessing
Precious Honor Kit Morgan Murray Griffin Wren Darcy Benedict Crispin Celestine Aurelia Otto Jun Nur Rana Poppy Summer
Willow Rowan Ivy Kai Sonny Wyn Mali Patience Comfort Prosper Gift Obi Yaw Nana Awa Bailey
`);

/** Frequent US surnames (Census 2010 list, top entries) plus common surnames of other origins. */
export const SURNAMES = words(`
Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson Anderson
Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis Robinson Walker Young
Allen King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts
Gomez Phillips Evans Turner Diaz Parker Cruz Edwards Collins Reyes Stewart Morris Morales Murphy Cook Rogers Gutierrez
Ortiz Morgan Cooper Peterson Bailey Reed Kelly Howard Ramos Kim Cox Ward Richardson Watson Brooks Chavez Wood James
Bennett Gray Mendoza Ruiz Hughes Price Alvarez Castillo Sanders Patel Myers Long Ross Foster Jimenez Powell Jenkins
Perry Russell Sullivan Bell Coleman Butler Henderson Barnes Gonzales Fisher Vasquez Simmons Romero Jordan Patterson
Alexander Hamilton Graham Reynolds Griffin Wallace Moreno West Cole Hayes Bryant Herrera Gibson Ellis Tran Medina
Aguilar Stevens Murray Ford Castro Marshall Owens Harrison Fernandez McDonald Woods Washington Kennedy Wells Vargas
Henry Chen Freeman Webb Tucker Guzman Burns Crawford Olson Simpson Porter Hunter Gordon Mendez Silva Shaw Snyder Mason
Dixon Munoz Hunt Hicks Holmes Palmer Wagner Black Robertson Boyd Rose Stone Salazar Fox Warren Mills Meyer Rice
Schmidt Garza Daniels Ferguson Nichols Stephens Soto Weaver Ryan Gardner Payne Grant Dunn Kelley Spencer Hawkins
Arnold Pierce Vazquez Hansen Peters Santos Hart Bradley Knight Elliott Cunningham Duncan Armstrong Hudson Carroll Lane
Riley Andrews Alvarado Ray Delgado Berry Perkins Hoffman Johnston Matthews Pena Richards Contreras Willis Carpenter
Lawrence Sandoval Guerrero George Chapman Rios Estrada Ortega Watkins Greene Nunez Wheeler Valdez Harper Burke Larson
Santiago Maldonado Morrison Franklin Carlson Austin Dominguez Carr Lawson Jacobs Obrien Lynch Singh Vega Bishop
Montgomery Oliver Jensen Harvey Williamson Gilbert Dean Sims Espinoza Howell Li Wong Reid Hanson Le McCoy Garrett
Burton Fuller Wang Weber Welch Rojas Lucas Marquez Fields Park Yang Little Banks Padilla Day Walsh Bowman Schultz
Luna Fowler Mejia Davidson Acosta Brewer May Holland Juarez Newman Pearson Curtis Cortez Douglas Schneider Joseph
Barrett Navarro Figueroa Keller Avila Wade Molina Stanley Hopkins Campos Barnett Bates Chambers Caldwell Beck Lambert
Miranda Byrd Craig Ayala Lowe Frazier Powers Neal Leonard Gregory Carrillo Sutton Fleming Rhodes Shelton Schwartz
Norris Jennings Watts Duran Walters Cohen McDaniel Moran Parks Steele Vaughn Becker Holt Deleon Barker Terry Hale
Leon Hail Benson Haynes Horton Miles Lyons Pham Graves Bush Thornton Wolfe Warner Cabrera McKinney Mann Zimmerman
Dawson Lara Fletcher Page McCarthy Love Robles Cervantes Solis Erickson Reeves Chang Klein Salinas Fuentes Baldwin
Daniel Simon Velasquez Hardy Higgins Aguirre Lin Cummings Chandler Sharp Barber Bowen Ochoa Dennis Robbins Liu
Ramsey Francis Griffith Paul Blair Oconnor Cardenas Pacheco Cross Calderon Quinn Moss Swanson Chan Rivas Khan Rodgers
Serrano Fitzgerald Rosales Stevenson Christensen Manning Gill Curry McLaughlin Harmon McGee Gross Doyle Garner Newton
Burgess Reese Walton Blake Trujillo Adkins Brady Goodman Roman Webster Goodwin Fischer Huang Potter Delacruz Montoya
Todd Wu Hines Mullins Castaneda Malone Cannon Tate Mack Sherman Hubbard Hodges Zhang Guerra Wolf Valencia Saunders
Franco Rowe Gallagher Farmer Hammond Hampton Townsend Ingram Wise Gallegos Clarke Barton Schroeder Maxwell Waters
Logan Camacho Strickland Norman Person Colon Parsons Frank Harrington Glover Osborne Buchanan Casey Floyd Patton
Ibarra Ball Tyler Suarez Bowers Orozco Salas Cobb Gibbs Andrade Bauer Conner Moody Escobar McGuire Lloyd Mueller
Hartman French Kramer McBride Pope Lindsey Velazquez Norton McCormick Sparks Flynn Yates Hogan Marsh Macias Villanueva
Zamora Pratt Stokes Owen Ballard Lang Brock Villarreal Charles Drake Barrera Cain Patrick Pineda Burnett Mercado
Santana Shepherd Bautista Ali Shaffer Lamb Trevino McKenzie Hess Beil Olsen Cochran Morton Nash Wilkins Petersen
Briggs Shah Roth Nicholson Holloway Lozano Rangel Flowers Hoover Short Arias Mora Valenzuela Bryan Meyers Weiss
Underwood Bass Greer Summers Houston Carson Morrow Clayton Whitaker Decker Yoder Collier Zuniga Carey Wilcox Melendez
Poole Roberson Larsen Conley Davenport Copeland Massey Lam Huff Rocha Cameron Jefferson Hood Monroe Anthony Pittman
Huynh Randall Singleton Kirk Combs Mathis Christian Skinner Bradford Richard Galvan Wall Boone Kirby Wilkinson Bridges
Bruce Atkinson Velez Meza Roy Vincent York Hodge Villa Abbott Allison Tapia Gates Chase Sosa Sweeney Farrell Wyatt
Dalton Horn Barron Phelps Yu Dickerson Heath Foley Atkins Mathews Bonilla Acevedo Benitez Zavala Hensley Glenn Cisneros
Harrell Shields Rubio Choi Huffman Boyer Garrison Arroyo Bond Kane Hancock Callahan Dillon Cline Wiggins Grimes Arellano
Melton Oneill Savage Ho Beltran Pitts Parrish Ponce Rich Booth Koch Golden Ware Brennan McDowell Marks Cantu Humphrey
Baxter Sawyer Clay Tanner Hutchinson Kaur Berg Wiley Gilmore Russo Villegas Hobbs Keith Wilkerson Ahmed Beard McClain
Montes Mata Rosario Vang Walter Henson Oneal Mosley McClure Beasley Stephenson Snow Huerta Preston Vance Barry Johns
Eaton Blackwell Dyer Prince Macdonald Solomon Guevara Stafford English Hurst Woodard Cortes Shannon Kemp Nolan McCullough
Merritt Murillo Moon Salgado Strong Kline Cordova Barajas Roach Rosas Winters Jacobson Lester Knox Bullock Kerr Leach
Meadows Orr Davila Whitehead Pruitt Kent Conway McKee Barr David Dejesus Marin Berger McIntyre Blankenship Gaines
Palacios Cuevas Bartlett Durham Dorsey McCall Odonnell Stein Browning Stout Lowery Sloan McLean Hendricks Calhoun
Sexton Chung Gentry Hull Duarte Ellison Nielsen Gillespie Buck Middleton Sellers Leblanc Esparza Hardin Bradshaw
McIntosh Howe Livingston Frost Glass Morse Knapp Herman Stark Bravo Noble Spears Weeks Corona Frederick Buckley
McFarland Hebert Enriquez Hickman Quintero Randolph Schaefer Walls Trejo House Reilly Pennington Michael Conrad Giles
Benjamin Crosby Fitzpatrick Donovan Mays Mahoney Valentine Raymond Medrano Hahn McMillan Small Bentley Felix Peck Lucero
Boyle Hanna Pace Rush Hurley Harding McConnell Bernal Nava Ayers Everett Ventura Avery Pugh Mayer Bender Shepard
McMahon Landry Case Sampson Moses Magana Blackburn Dunlap Gould Duffy Vaughan Herring McKay Espinosa Rivers Farley
Bernard Ashley Friedman Potts Truong Costa Correa Blevins Nixon Clements Fry Delarosa Best Benton Lugo Portillo Dougherty
Crane Haley Phan Villalobos Blanchard Horne Finley Quintana Lynn Esquivel Bean Dodson Mullen Xiong Hayden Cano Levy
Huber Richmond Moyer Lim Frye Sheppard McCann Hendrix Chu Tsai Kaplan Kowalski Novak Nowak Schmitt Hoang Vu Dang Bui
Do Ngo Duong Ly Tanaka Suzuki Watanabe Takahashi Ito Yamamoto Nakamura Kobayashi Sato Kato Yoshida Yamada Sasaki Matsumoto
Inoue Kimura Hayashi Shimizu Yamaguchi Mori Abe Ikeda Hashimoto Ishikawa Ogawa Okada Goto Hasegawa Murakami Kondo Sakamoto
Endo Aoki Fujii Nishimura Fukuda Ota Miura Fujiwara Okamoto Matsuda Nakagawa Nakano Harada Ono Tamura Takeuchi Kaneko
Wada Nakayama Ishii Ueda Morita Hara Shibata Sakai Kudo Yokoyama Miyazaki Miyamoto Uchida Takagi Ando Taniguchi Ohno
Maruyama Imai Kawasaki Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Jeon Hong Yoo Ko Moon
Yang Son Bae Baek Heo Nam Sim Noh Gupta Sharma Kumar Singh Reddy Rao Iyer Nair Menon Pillai Desai Mehta Joshi Shah
Agarwal Banerjee Chatterjee Mukherjee Das Bose Sen Ghosh Chowdhury Rahman Hussain Hossain Islam Malik Qureshi Siddiqui
Akhtar Butt Chaudhry Mirza Sheikh Abdullah Mohamed Mohammed Hassan Ibrahim Yusuf Osman Okafor Okonkwo Adeyemi Oyelaran
Mensah Owusu Boateng Asante Murphy Kelly Byrne Ryan Walsh Obrien OConnor ONeill Doherty Kennedy Lynch Quinn McCarthy
Gallagher Doyle Brennan Burke Kavanagh Fitzgerald Farrell Dunne Nolan Keane Hughes Evans Davies Price Griffiths Morgan
Jenkins Powell Vaughan Rees Llewellyn Pritchard Campbell Stewart MacDonald MacLeod Fraser Grant Ross Murray Cameron
Mackenzie Robertson Thomson Ferguson Buchanan Muller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann
Koch Richter Klein Wolf Schroder Neumann Schwarz Zimmermann Braun Kruger Hofmann Hartmann Lange Werner Krause Lehmann
Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti DeLuca Mancini Costa Giordano
Rizzo Lombardi Moretti Dubois Durand Leroy Moreau Simon Laurent Lefebvre Michel Fournier Girard Bonnet Dupont Lambert
Fontaine Rousseau Vincent Ivanov Smirnov Kuznetsov Popov Petrov Sokolov Volkov Novikov Kozlov Lebedev Andersen
Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson Pettersson Hansen Johansen Jensen
Nielsen Pedersen Kristensen Silva Santos Oliveira Souza Pereira Ferreira Alves Gomes Ribeiro Carvalho Almeida Lopes
Rocha Dias Cohen Levi Katz Friedman Goldberg Rosenberg Shapiro Bennett Okoye Nwosu Adeleke Kariuki Mwangi Otieno
Hughes Bello Ito Tan Ng Ong Goh Chua Koh Teo Lau Cheung Leung Chow Yip Kwok Wan
Parkinson Addison Cushing Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Schäfer Koch Bauer Richter
Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange Werner Krause Lehmann Köhler Maier
Müller Mueller Muller
`);

/**
 * Vietnamese surnames, written family name first ("Nguyen Van Minh", "Tran Thi Lan"), and the middle
 * names that nearly every Vietnamese name carries. Short surnames that are English words (Le, Do, Ho,
 * Ha, Mai) are left out: they are found only with a title or label.
 */
export const VIETNAMESE_SURNAMES = words(`
Nguyen Tran Pham Huynh Hoang Phan Vu Vo Dang Bui Ngo Duong Trinh Dinh Doan Luong Truong Quach Trieu Lam Vuong
`);
export const VIETNAMESE_MIDDLE_NAMES = words(`
Van Thi Duc Huu Ngoc Thanh Quoc Xuan Minh Anh Hong Kim Cong Dinh Quang Tuan Thu Bao Gia
`);

/** Hanyu Pinyin surnames, for Chinese names written in Latin letters ("Wang Xiaoming", "Chen Jing"). */
export const PINYIN_SURNAMES = words(`
Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Luo Gao Zheng Liang Xie Song Tang Han Feng
Deng Cao Peng Zeng Xiao Tian Dong Yuan Pan Yu Jiang Cai Du Ye Cheng Su Wei Lyu Lv Ding Ren Shen Yao Lu Jiang Cui Zhong
Tan Wan Fan Jin Shi Liao Jia Xia Fu Fang Bai Zou Meng Xiong Qin Qiu Yin Xue Yan Duan Lei Hou Long Tao Hao Gong Shao
Qian Kong Mao Qiao Ouyang Situ Zhuge Shangguan Sima
Niu Geng Diao Dou Bian Miao Ning Pei Rao Ruan Zhai Zhuang Zhuo Zuo Huo Kou Kuang Lian Luan Mei Qu Quan Shang Teng Weng
Xiang Xing Xuan Yue Zang Zhan Zhen Zong Lai Bao Chu Dai Hua Jing Lan Sheng Xian Xin Ying Yong Yun Zu
`);

/**
 * Capitalised words that are given names in the lists above but usually mean something else at the start
 * of a clinical phrase ("May 2024", "Will follow", "Grace period", "Hope this helps"): a pair starting with
 * one of them needs a listed surname after it.
 */
export const AMBIGUOUS_GIVEN_NAMES = words(`
May June April August Will Grace Hope Faith Joy Dawn Summer Autumn Rose Lily Iris Ivy Holly Daisy Ruby Pearl Crystal
Amber Jade Angel Mark Bill Art Sue Pat Rich Frank Gene Ray Guy Jack Joe Max Dean Chase Hunter Mason Carter Tanner Taylor
Jordan Lane Wade Grant Hardy Long Young Rich Sterling Golden Christian Major Royal Sunny Miles Earl Van Chance Will
Lee Kim Jean Marie Clay Glen Glenn Dale Forrest Skip Buck Cash Price Bishop
Aurora Blessing Precious Honor Kit Morgan Murray Griffin Wren Darcy Benedict Crispin Celestine Aurelia Otto Jun Nur Rana
Poppy Kai Sonny Wyn Mali Patience Comfort Prosper Gift Obi Yaw Nana Awa Bailey
`);
